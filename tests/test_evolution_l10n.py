"""Evolution's translated Camel sentences (evolution-data-server po files): each one, with a
reply after it, reads as an Evolution record in its language."""

from __future__ import annotations

import pytest

import smtperr
from smtperr._data.framings import evolution

REPLY = "<user@example.org>: Recipient address rejected: User unknown in local recipient table"

ROWS = [row for row in evolution.INNER if row[0] != "en"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r[0]}:{r[1][:24]}")
def test_each_translation_reads_the_reply(row: tuple[str, str, str]) -> None:
    language, text, _source = row
    pasted = text.replace("{recipient}", "user@example.org").replace("{reply}", REPLY)
    records = list(smtperr.scan(pasted))
    assert len(records) == 1, pasted
    (record,) = records
    assert (record.format, record.language) == ("evolution", language)
    assert record.server_response == REPLY
    if "{recipient}" in text:  # the address Camel names; else none (the reply has no code)
        assert record.recipient == "user@example.org"


def test_the_french_no_break_space_as_shipped() -> None:
    pasted = "La commande MAIL FROM a échoué\xa0: Sender address rejected: not owned by user x"
    (record,) = smtperr.scan(pasted)
    assert (record.format, record.language) == ("evolution", "fr")
    assert record.server_response == "Sender address rejected: not owned by user x"
