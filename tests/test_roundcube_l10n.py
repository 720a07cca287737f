"""Roundcube's refusals in the languages whose tables took them from Roundcube's own
translations (``tests/data/roundcube/messages.json``, with its source beside it).

The inputs are *constructed*, not real pastes: each real l10n string is filled the way
Roundcube fills it (``rcube_smtp::_conn_error``: ``$code`` the reply's code, ``$msg`` the reply
without it, ``$to``/``$from`` the address) with a real reply quoted in ``tests/data/replies``.
Real pastes of the messages are in tests/corpus (``roundcube-*``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import smtperr

DATA = Path(__file__).parent / "data"
STRINGS: dict[str, dict[str, str]] = json.loads(
    (DATA / "roundcube" / "messages.json").read_text(encoding="utf-8")
)
# Postfix refusals (fail2ban's test logs): a relay at RCPT, a sender (a message's sender is
# refused at RCPT too); Roundcube shows the code apart from the words.
REPLIES = {
    "smtptoerror": ("554 5.7.1 <smtp@example.com>: Relay access denied", "smtp@example.com",
                    smtperr.Reason.RELAY_DENIED),
    "smtpfromerror": ("554 5.7.1 <foo@bad.domain>: Sender address rejected: match bad.domain",
                      "foo@bad.domain", smtperr.Reason.SENDER_REJECTED),
}
FILE = "fail2ban-postfix-lines.txt"
# Roundcube's sender refusal, read in these languages only: the others' wording is in letters
# of ASCII that the gate has no pass for (roundcube.py says which).
SENDER_READ = {
    "cs_CZ", "fr_FR", "hu_HU", "ja_JP", "pl_PL", "ru_RU", "sv_SE", "tr_TR", "uk_UA", "zh_CN",
    "zh_TW",
}
CASES = sorted(
    (loc, key)
    for loc, strings in STRINGS.items()
    for key in strings
    if key == "smtptoerror" or loc in SENDER_READ
)


def test_the_replies_are_real() -> None:
    for reply, _address, _reason in REPLIES.values():
        assert reply in (DATA / "replies" / FILE).read_text(encoding="utf-8")


def test_every_locale_has_both_keys() -> None:
    assert len(STRINGS) == 24
    assert all(set(s) == {"smtptoerror", "smtpfromerror"} for s in STRINGS.values())


@pytest.mark.parametrize(("loc", "key"), CASES, ids=[f"{loc}-{key}" for loc, key in CASES])
def test_roundcube_string_reads(loc: str, key: str) -> None:
    reply, address, reason = REPLIES[key]
    code, words = reply.split(" ", 1)
    text = (
        STRINGS[loc][key].replace("$code", code).replace("$msg", words)
        .replace("$to", address).replace("$from", address)
    )
    language = loc.split("_")[0] if loc not in ("pt_BR", "pt_PT", "zh_CN", "zh_TW") else (
        loc.replace("_", "-")
    )
    for name, variant in {
        "alone": text,
        "quoted": "> " + text,
        "in a mail": "Hello,\n\nwebmail says:\n\n" + text + "\n\nThanks\n",
    }.items():
        (rec,) = smtperr.scan(variant)
        assert (rec.format, rec.language) == ("roundcube", language), name
        assert (rec.server_response, rec.smtp_code) == (words, 554), name
        assert rec.enhanced_status == "5.7.1", name
        assert rec.reason is reason, name
        # (the sender's address is no recipient)
        assert rec.recipient == (address if key == "smtptoerror" else None), name
