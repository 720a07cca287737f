"""FairEmail's send error (smtperr/_data/framings/fairemail.py): its layout, not a real paste.

No real paste of the message was found (see the module's docstring).  The texts below are
composed the way FairEmail's ServiceSend.java builds its message (M66B/FairEmail@e23dd9df8002:
``title_service_auth`` around JavaMail's exception message, which keeps the reply's line break,
then "SMTP cmd=... rc=..."), with the strings file's wording and replies quoted as send errors
in FairEmail's own FAQ.md ("Send errors").  They check the layout, not a client's real output.
The rows are checked against the strings as collected (tests/corpus_pending/fairemail).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import smtperr
from smtperr._data.framings import fairemail


@pytest.mark.parametrize(
    ("text", "language", "response"),
    [
        (
            "The email server said: '571 5.7.1 Relay access denied\n'\nSMTP cmd=RCPT rc=571",
            "en",
            "571 5.7.1 Relay access denied",
        ),
        (
            "Der E-Mail-Server meldete: »503 5.5.0 Recipient already specified\n«\n"
            "SMTP cmd=RCPT rc=503",
            "de",
            "503 5.5.0 Recipient already specified",
        ),
        (
            "Поштовий сервер повідомив: «554 5.7.1 Service unavailable; Client host"
            " xxx.xxx.xxx.xxx blocked\n»",
            "uk",
            "554 5.7.1 Service unavailable; Client host xxx.xxx.xxx.xxx blocked",
        ),
    ],
)
def test_the_reply_ends_at_its_line_break_before_the_closing_quote(
    text: str, language: str, response: str
) -> None:
    (rec,) = smtperr.scan(text)
    assert (rec.format, rec.language, rec.server_response) == ("fairemail", language, response)


def test_invalid_addresses_is_no_reply() -> None:
    """A refused recipient: JavaMail's "Invalid Addresses" stands in the quotes, no code."""
    text = "The email server said: 'Invalid Addresses'\nInvalid: someone@example.org"
    assert list(smtperr.scan(text)) == []


STRINGS = json.loads(
    (Path(__file__).parent / "corpus_pending" / "fairemail" / "strings.json").read_text("utf-8")
)
_QUALIFIER = {"en": "en", "he": "he-IL", "nb": "nb-NO", "pt-BR": "pt-BR", "pt-PT": "pt-PT",
              "zh-CN": "zh-CN", "zh-TW": "zh-TW"}


@pytest.mark.parametrize("row", fairemail.REPLIES, ids=lambda r: r[0])
def test_each_row_is_the_strings_files_wording(row: tuple[str, str, str]) -> None:
    """Each row is FairEmail's ``title_service_auth`` as shipped, its closing quote left out."""
    language, text, _source = row
    key = _QUALIFIER.get(language) or next(k for k in STRINGS if k.split("-")[0] == language)
    shipped = STRINGS[key]["title_service_auth"].replace("\\'", "'").replace('\\"', '"')
    assert shipped.startswith(text.replace("{reply}", "%1$s"))
    assert shipped.endswith(("%1$s", "%1$s'", '%1$s"', "%1$s«", "%1$s»", "%1$s’"))
