"""FairEmail's send error (smtperr/_data/framings/fairemail.py): its layout, not a real paste.

No real paste of the message was found (see the module's docstring).  The texts below are
composed the way FairEmail's ServiceSend.java builds its message (M66B/FairEmail@e23dd9df8002:
``title_service_auth`` around JavaMail's exception message, which keeps the reply's line break,
then "SMTP cmd=... rc=..."), with the strings file's wording and replies quoted as send errors
in FairEmail's own FAQ.md ("Send errors").  They check the layout, not a client's real output.
"""

from __future__ import annotations

import pytest

import smtperr


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
