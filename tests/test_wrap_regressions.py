"""Hard wraps that cut values short or joined text onto them (found by stress tests): a
signature's "--" after a host that ends its template, mojibake next to a wrap inside a host,
a quoted address wrapped before a word of the sentence after it, a subject wrapped after a
quote mark inside it.  Each input is a real corpus sample (or the template sentence of one)
with the value replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

import smtperr

CORPUS = Path(__file__).parent / "corpus"

# Apple Mail's sentence, as tests/corpus/en/apple-mail-audit-google.txt quotes it.
_APPLE = "Cannot send message using the server "


def _sample(path: str) -> str:
    return (CORPUS / path).read_text(encoding="utf-8")


def _one(text: str) -> smtperr.ClientError:
    records = list(smtperr.scan(text))
    assert len(records) == 1, records
    return records[0]


@pytest.mark.parametrize("sig", ["--", "-- ", "---"])
def test_signature_rule_after_a_host_that_ends_the_template(sig: str) -> None:
    """The "--" line of a signature is no rest of a wrapped host (it holds no letter)."""
    text = _APPLE + "smtp.gmail.com\n" + sig + "\nSent from my iPhone"
    rec = _one(text)
    assert rec.format == "apple-mail"
    assert rec.server == "smtp.gmail.com"
    assert rec.span == (0, len(_APPLE + "smtp.gmail.com"))


def test_a_wrapped_host_still_joins_before_a_signature() -> None:
    rec = _one(_APPLE + "smtp.gmail.c\nom\n--\nSent from my iPhone")
    assert rec.server == "smtp.gmail.com"


@pytest.mark.parametrize(
    ("wrapped", "host"),
    [
        ("smtp.exam\n€ple.com", "smtp.exam€ple.com"),
        ("smtp.exam€\nple.com", "smtp.exam€ple.com"),
        ("smtp.espaÃ\n±a.com", "smtp.espaÃ±a.com"),  # "españa" as UTF-8 read as cp1252
        ("smtp.espa\nÃ±a.com", "smtp.espaÃ±a.com"),
    ],
)
def test_mojibake_next_to_a_wrap_inside_a_host(wrapped: str, host: str) -> None:
    """Characters that UTF-8 read as cp1252 puts in a word ("€", "±") may stand on either
    side of the wrap: the host is read as it is without the wrap."""
    assert _one(_APPLE + host).server == host
    rec = _one(_APPLE + wrapped + "\n\nThanks")
    assert rec.server == host


def test_quoted_recipient_wrapped_before_the_word_after_it() -> None:
    """'j' + wrap + 'on@x.cn' on ...: the sentence's "' on " is not found in the address."""
    sample = _sample("en/exchange-ndr-exchange2003-forum.txt")
    rec = _one(sample.replace("[email]badaddress@gmail.com[/email]", "'j\non@x.cn'"))
    assert rec.format == "exchange-ndr"
    assert rec.recipient == "jon@x.cn"
    assert rec.subject == "thesubject"


def test_recipient_wrapped_before_the_word_after_it_and_a_dot() -> None:
    """French: "0@examp" + wrap + "le.com le ...": " le " is not found in "le.com"."""
    sample = _sample("fr/outlook-ndr-msqa-sendas-2242315.txt")
    rec = _one(sample.replace("******@contoso.com le", "ju@examp\nle.com le"))
    assert rec.format == "exchange-ndr"
    assert rec.language == "fr"
    assert rec.recipient == "ju@example.com"


@pytest.mark.parametrize("label", ["Subject ", "Subject: "])
@pytest.mark.parametrize(
    ("subject", "read"),
    [
        ("'Re: the \"budget\"\nreport Re: Q3'", 'Re: the "budget" report Re: Q3'),
        ("'Re: the \"budget\"\nUpdate: Q3'", 'Re: the "budget" Update: Q3'),
        ("\u201cRe: the 'budget'\nreport Re: Q3\u201d", "Re: the 'budget' report Re: Q3"),
    ],
)
def test_subject_wrapped_after_a_quote_mark_inside_it(label: str, subject: str, read: str) -> None:
    """A quote mark that cannot close the subject's opening one, before a wrap, is no end
    of the value, though the next line holds words and a colon that look like a label."""
    sample = _sample("en/hx-003-oe-0x800CCC79.txt")
    rec = _one(sample.replace("Subject 'subject'", label + subject))
    assert rec.format == "outlook-express"
    assert rec.subject == read
    assert rec.account == "oceanfree account"
    assert rec.server == "smtp.oceanfree.net"
    assert rec.error_number == "0x800CCC79"


@pytest.mark.parametrize("quote", ["", "> "])
def test_a_bold_label_wrapped_before_a_redacted_address(quote: str) -> None:
    """Markdown bold labels ("**Account:**") with a hard wrap after the label and a value that
    a redaction starts with stars ("***@***.com"): the label's closing "**" is markup, not the
    value's start (found by the noise property test; Outlook Express's English connection
    sentence, as tests/corpus/en holds it)."""
    lines = [
        "Your server has unexpectedly terminated the connection. Possible causes for this",
        "include server problems, network problems, or a long period of inactivity. **Account:**",
        "***@***.com, **Server:**",
        "smtp.example.com, **Protocol:** SMTP, **Port:** 25",
    ]
    rec = _one("\r\n".join(quote + line for line in lines))
    assert rec.account == "***@***.com"
    assert (rec.server, rec.protocol, rec.port) == ("smtp.example.com", "SMTP", 25)


def test_a_quoted_message_hard_wrapped_then_the_users_own_line() -> None:
    """Found by the noise test (hypothesis): the Czech Outlook task error of
    tests/corpus/cs/outlook-task-forpsi-0x800ccc78, hard-wrapped narrow and mail-quoted, then a
    line of the user's own.  The reply's last line was as long as the wrap, so the user's
    "Thanks in advance." read as the reply's next line: a line quoted less deep ends it."""
    lines = [
        "Úkol Mail -", "odesílání ohlásil", "chybu (0x800CCC79):", "Zprávu nelze",
        "odeslat. Ověřte, zda", "je ve vlastnostech", "účtu zadána správná", "e-mailová adresa.",
        "Odpověď serveru: 554 5.7.1", "<bob@example.com>:", "Přenos byl odepřen",
    ]
    text = "\r\n".join("> " + line for line in lines) + "\nThanks in advance."
    rec = _one(text)
    assert rec.server_response == "554 5.7.1 <bob@example.com>: Přenos byl odepřen"
    assert (rec.format, rec.language, rec.recipient) == ("outlook-task", "cs", "bob@example.com")
