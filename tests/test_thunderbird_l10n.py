"""Thunderbird's send errors in the languages whose tables took them from Thunderbird's own
translations (``tests/data/thunderbird/composeMsgs.json``, with its source beside it).

The inputs are *constructed*, not real pastes: each real l10n string is filled the way
Thunderbird fills it (the properties escape ``\\n`` as a line break, ``%1$S``/``%s`` the
server's reply, ``%2$S`` the recipient, ``%S`` the host name) with real server replies quoted
in ``tests/data/replies``.  They check that the templates in ``smtperr/_data/locales`` read
what Thunderbird really shows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import smtperr

DATA = Path(__file__).parent / "data"
STRINGS: dict[str, dict[str, str]] = json.loads(
    (DATA / "thunderbird" / "composeMsgs.json").read_text(encoding="utf-8")
)
LANGUAGE = {"nb-NO": "nb", "sv-SE": "sv"}  # Thunderbird's locale code -> the table's tag
KEYS = ("errorSendingRcptCommand", "errorSendingMessage", "smtpSendNotAllowed", "startTlsFailed")
# Never translated (the file's history holds only their comment lines): not in the tables.
UNTRANSLATED = {"ar": {"smtpSendNotAllowed"}, "he": {"smtpSendNotAllowed", "startTlsFailed"}}

# Real replies, each quoted verbatim in a file of tests/data/replies (checked below):
# a Postfix relay refusal at RCPT (fail2ban's test logs), a Yahoo refusal after DATA and an
# Exim relay refusal without authentication (a 2012 Exim mainlog).
RCPT = ("554 5.7.1 <smtp@example.com>: Relay access denied", "fail2ban-postfix-lines.txt")
DATA_REPLY = (
    "554 delivery error: dd Sorry your message to thauocarief@yahoo.com cannot be delivered. "
    "This account has been disabled or discontinued [#102]. - mta1229.mail.mud.yahoo.com",
    "exim-bounce-2012-log-relay-and-blocklist.txt",
)
AUTH = ("553 We do not relay without RFC2554 authentication.",
        "exim-bounce-2012-log-relay-and-blocklist.txt")
RECIPIENT = "smtp@example.com"  # the address in the RCPT reply
SERVER = "smtp.example.com"

CASES = sorted((loc, key) for loc, strings in STRINGS.items() for key in strings)


def _fill(raw: str, reply: str | None = None) -> str:
    """The text Thunderbird shows for a raw string (the order of replacements matters:
    ``%1$S`` before ``%S``)."""
    text = raw.replace("\\n", "\n")
    if reply is not None:
        text = text.replace("%1$S", reply).replace("%s", reply)
    return text.replace("%2$S", RECIPIENT).replace("%S", SERVER)


def test_the_replies_are_real() -> None:
    for reply, name in (RCPT, DATA_REPLY, AUTH):
        assert reply in (DATA / "replies" / name).read_text(encoding="utf-8"), name


def test_every_locale_has_the_keys_the_tables_carry() -> None:
    assert len(STRINGS) == 13
    for loc, strings in STRINGS.items():
        assert set(strings) == set(KEYS) - UNTRANSLATED.get(loc, set()), loc


@pytest.mark.parametrize(("loc", "key"), CASES, ids=[f"{loc}-{key}" for loc, key in CASES])
def test_thunderbird_string_reads(loc: str, key: str) -> None:
    raw = STRINGS[loc][key]
    reply = {"errorSendingRcptCommand": RCPT, "errorSendingMessage": DATA_REPLY,
             "smtpSendNotAllowed": AUTH}.get(key, (None, ""))[0]
    text = _fill(raw, reply)
    assert not re.search(r"%(?:[0-9]\$)?[sS]", text), text
    variants = {
        "alone": text,
        "crlf": text.replace("\n", "\r\n"),
        "quoted": "> " + text.replace("\n", "\n> "),
        "in a mail": "Hello,\n\nI get this when I send:\n\n" + text + "\n\nThanks\n",
    }
    for name, variant in variants.items():
        records = list(smtperr.scan(variant))
        assert len(records) == 1, (name, [r.to_dict() for r in records])
        rec = records[0]
        assert rec.format == "thunderbird", name
        assert rec.language == LANGUAGE.get(loc, loc), name
        if reply is None:  # startTlsFailed names the server, no reply
            assert rec.server == SERVER, name
            assert rec.server_response is None, name
            continue
        assert rec.server_response == reply, name
        assert rec.smtp_code == int(reply[:3]), name
        if key == "errorSendingRcptCommand":
            assert rec.recipient == RECIPIENT, name
            assert rec.enhanced_status == "5.7.1", name


# Thunderbird's connection failures: no server answered, so no reply; the sentence names the
# server and says what went wrong (tests/data/thunderbird/connection.json, with its source).
CONNECTION: dict[str, dict[str, str]] = json.loads(
    (DATA / "thunderbird" / "connection.json").read_text(encoding="utf-8")
)
CONNECTION_REASONS = {
    "smtpSendTimeout": "timeout",
    "smtpSendRequestRefused": "connection_failed",
    "smtpSendInterrupted": "connection_lost",
    "smtpSendFailedUnknownServer": "connection_failed",  # a name that does not resolve
    "smtpAuthFailure": "login_failed",
    "startTlsFailed": "starttls_failed",  # the server offers no STARTTLS
}
CONNECTION_LANGUAGE = {**LANGUAGE, "en-US": "en", "es-ES": "es"}
# Turkish and Korean open these sentences with the server's name, unquoted: no template can
# start there; Thai's runs on into the next sentence without a stop.
NOT_READ = {
    ("tr", "smtpSendRequestRefused"), ("tr", "smtpAuthFailure"), ("ko", "smtpAuthFailure"),
    ("th", "smtpAuthFailure"),
}
CONNECTION_CASES = [
    (loc, key)
    for loc, strings in sorted(CONNECTION.items())
    for key in sorted(strings)
    if (loc, key) not in NOT_READ
]


def test_the_connection_strings_cover_every_table() -> None:
    assert len(CONNECTION) == 37
    # (Hebrew has no smtpAuthFailure)
    assert all(
        set(strings)
        == set(CONNECTION_REASONS)
        - ({"smtpAuthFailure"} if loc == "he" else set())
        - ({"startTlsFailed"} if loc == "he" else set())
        for loc, strings in CONNECTION.items()
    )


@pytest.mark.parametrize(
    ("loc", "key"), CONNECTION_CASES, ids=[f"{loc}-{key}" for loc, key in CONNECTION_CASES]
)
def test_connection_failure_reads(loc: str, key: str) -> None:
    text = CONNECTION[loc][key].replace("%S", SERVER)
    language = CONNECTION_LANGUAGE.get(loc, loc)
    for name, variant in {
        "alone": text,
        "quoted": "> " + text,
        "in a mail": "Hello,\n\nI get this when I send:\n\n" + text + "\n\nThanks\n",
    }.items():
        (rec,) = smtperr.scan(variant)
        assert (rec.format, rec.language) == ("thunderbird", language), name
        assert (rec.server, rec.server_response) == (SERVER, None), name
        assert rec.reason is not None and rec.reason.value == CONNECTION_REASONS[key], name
