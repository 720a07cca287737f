"""Apple Mail (iOS/iPadOS and macOS) send-failure alerts: the sentences of Apple's
MessageFoundation that name the refused recipient or the outgoing server
(``smtperr/_data/locales/en.py``, format ``apple-mail``).

Apple's wording is the English default of its own strings (MFSMTPResponse,
MFSMTPConnection, as decompiled builds show them); the addresses and hosts below are
placeholders filled into those sentences, not pastes.
"""

from __future__ import annotations

import smtperr

RELAYING = (
    "The recipient \u201cbob@example.org\u201d was rejected by the server because it does not "
    "allow relaying."
)


def _one(text: str) -> smtperr.ClientError:
    records = list(smtperr.scan(text))
    assert len(records) == 1, [r.to_dict() for r in records]
    return records[0]


def test_recipient_sentence_gives_the_recipient() -> None:
    rec = _one(RELAYING)
    assert (rec.format, rec.language, rec.recipient) == ("apple-mail", "en", "bob@example.org")
    assert rec.server_response is None and rec.smtp_code is None and rec.reason is None


def test_each_reason_variant_and_the_plain_sentence() -> None:
    for tail in (
        "because the user is unknown.",
        "because it is not a valid email address.",
        "because it does not allow relaying.",
        "",
    ):
        text = f"The recipient \u201cbob@example.org\u201d was rejected by the server {tail}"
        text = text.strip()
        assert _one(text).recipient == "bob@example.org"


def test_alert_among_ticket_text() -> None:
    ticket = (
        "Hello support,\n\nsince yesterday my iPhone says:\n\nCannot Send Mail\n"
        "A copy has been placed in your Outbox. " + RELAYING + "\n\nThanks, Ann\n"
    )
    rec = _one(ticket)
    assert rec.recipient == "bob@example.org"
    assert ticket[rec.span[0] : rec.span[1]].startswith("The recipient")


def test_alert_wrapped_and_quoted() -> None:
    text = (
        "> The recipient \u201cbob@example.org\u201d was rejected by\n"
        "> the server because it does not allow relaying.\n"
    )
    assert _one(text).recipient == "bob@example.org"
    wrapped = RELAYING.replace(" was rejected ", "\nwas rejected ")
    assert _one(wrapped).recipient == "bob@example.org"


def test_prose_without_the_quoted_address_is_no_record() -> None:
    for text in (
        "The recipient was rejected by the server because it does not allow relaying",
        "Hi, the recipient was rejected by the server, see \"log.txt\" attached",
        "The recipient bob@example.org was rejected by the server.",
    ):
        assert list(smtperr.scan(text)) == []


def test_outgoing_server_sentences_give_the_server() -> None:
    no_connection = (
        "Cannot Send Mail\nThe connection to the outgoing server \u201csmtp.example.com\u201d "
        "failed. Additional Outgoing Mail Servers can be configured for Mail accounts in "
        "Settings > Accounts & Passwords."
    )
    failed_send = (
        "Cannot Send Mail\nCheck the account settings for the outgoing server "
        "\u201csmtp.example.com\u201d."
    )
    for text in (no_connection, failed_send):
        rec = _one(text)
        assert (rec.format, rec.server) == ("apple-mail", "smtp.example.com")
    assert list(smtperr.scan("The connection to the outgoing server failed.")) == []


def test_help_page_alert_without_the_address_is_no_record() -> None:
    """The iOS alert as a how-to page transcribed it (real text, kept pending): the page
    dropped the address and its opening quote, so nothing says whose message was refused."""
    from pathlib import Path

    pending = Path(__file__).parent / "corpus_pending" / "apple-mail" / "en"
    text = (pending / "techzillo-ios-cannot-send-relaying.txt").read_text(encoding="utf-8")
    assert "The recipient was rejected by" in text
    assert list(smtperr.scan(text)) == []
