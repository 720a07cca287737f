"""Parser bugs found by the property tests, each with a minimal reproducer.

Each bug has a predicate on a drawn `Case` (what the input is, not how the parser failed), so
the property tests can leave those inputs out and keep guarding everything else, and a
reproducer that ``tests/test_roundtrip.py`` runs as ``xfail(strict=True)``: when the parser is
fixed the reproducer passes, the strict xfail fails, and the bug (predicate and reproducer) is
to be deleted from this list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

from smtperr._render import LIST_FORMATS, pieces
from smtperr.strategies import Case


@dataclass(frozen=True)
class Bug:
    name: str
    why: str
    text: str
    expected: dict[str, Any]  # fields of the record a correct reader returns (None: no record)
    applies: Callable[[Case], bool] = field(repr=False)


_SUBJECT_NL = ("Subject\n'Test', Account: 'Mail', Server: 'smtp.example.com', Protocol: SMTP, "
               "Port: 25, Error Number: 0x800CCC79")
_CUT_TAIL = ("Account: 'Mail', Server: 'smtp.example.com', Protocol: IMAP, Server Response: "
             "'-ERR Invalid login or password', Po\n\nThanks in advance.")
_LINES = ("Account: 'Mail'\nServer Error: 550\nServer: 'smtp.example.com'\nProtocol: SMTP\n"
          "Server Response: 550 5.7.1 Relaying denied")
_SLOTS = ("subject", "account", "recipient", "server", "error_number")
_SLOT_BREAKS = frozenset(_SLOTS) | {"edge:" + s for s in _SLOTS}
_HOSTLIKE = regex.compile(r"[\w.@+-]+")


def _fmt(case: Case) -> str:
    return case.record.format or ""


def _recipient_shown_in_opening(case: Case) -> bool:
    r = case.record
    if r.format not in LIST_FORMATS or r.language is None:
        return False
    return any(p.field == "recipient" for p in pieces(r, language=r.language, format=r.format))


BUGS: tuple[Bug, ...] = (
    Bug(
        "apostrophe-in-address",
        "an address with an apostrophe (RFC 5322 atext: o'brien@...) loses its local part "
        "before the apostrophe when read from a template slot or from the server's reply",
        "An error occurred while sending mail. The mail server responded: 550 5.1.1 User "
        "unknown Please check the message recipient o'brien@example.com and try again.",
        {"format": "thunderbird", "recipient": "o'brien@example.com"},
        lambda c: "'" in (c.record.recipient or "") and not _recipient_shown_in_opening(c),
    ),
    Bug(
        "spaced-guillemets-with-apostrophe",
        "a value in spaced guillemets with an apostrophe inside ('« Bob's account »', as "
        "French text sets them) runs into the next field: account \"', Server: « "
        "smtp.example.com\", server lost (unspaced «…» and other quote marks are fine)",
        "Account: « Bob's account », Server: « smtp.example.com », Protocol: SMTP, Port: 25, "
        "Error Number: 0x800CCC0F",
        {"account": "Bob's account", "server": "smtp.example.com"},
        lambda c: "quotes" in c.noises and "\u00ab " in c.text
        and any("'" in (getattr(c.record, f) or "")
                for f in ("subject", "account", "server_response", "recipient")),
    ),
    Bug(
        "wrap-inside-pop3",
        "a wrap inside 'POP3' right before the '3' ('POP\\n3') reads the protocol as 'POP': "
        "the part before the break is itself a protocol name ('SM\\nTP' is read right)",
        "Server: 'pop.example.com', Protocol: POP\n3, Port: 110, Error Number: 0x800CCC0E",
        {"protocol": "POP3"},
        lambda c: "value:protocol" in c.split and c.record.protocol == "POP3",
    ),
    Bug(
        "truncated-quoted-value-absorbs-tail",
        "a paste cut off right after a quoted value, with more text after a blank line: the "
        "dangling ', Po' (or just ',') is taken into the value (without the text after the "
        "blank line the value ends at its quote, as it should)",
        _CUT_TAIL,
        {"server_response": "-ERR Invalid login or password",
         "span": (0, _CUT_TAIL.index("', Po") + 1)},
        lambda c: c.cut_after_quote,
    ),
    Bug(
        "wrap-inside-thai-yes-no",
        "a wrap inside the Thai yes/no word ('ไ\\nม่ใช่') loses the SSL value (Latin and "
        "Japanese words are read across the break)",
        "บัญชี: 'Mail', เซิร์ฟเวอร์: 'smtp.example.com', โพรโทคอล: POP3, พอร์ต: 995, "
        "ปลอดภัย (SSL): ไ\nม่ใช่, หมายเลขข้อผิดพลาด: 0x800CCC0E",
        {"ssl": False},
        lambda c: "value:ssl" in c.split and c.record.language == "th",
    ),
    Bug(
        "wrap-after-0-of-hex-server-error",
        "a wrap between the '0' and the 'x' of an HRESULT in 'Server Error' ('0\\nx800CCC90') "
        "reads the value as '0' (the error number itself is read right)",
        "Server: 'pop.example.com', Protocol: POP3, Port: 110, Server Error: 0\nx800CCC90, "
        "Error Number: 0x800CCC92",
        {"server_error": "0x800CCC90"},
        lambda c: "value:server_error" in c.split
        and (c.record.server_error or "").startswith("0x"),
    ),
    Bug(
        "wrap-inside-bracketed-host",
        "a wrap inside a server name in angle brackets ('<smtp.exam\\nple.com>', as "
        "Microsoft's documentation writes it) leaves a blank in it, or loses the '>' (the same "
        "for any host with a character outside [\\w.@+-], e.g. mojibake)",
        "Server: '<smtp.example.com\n>', Protocol: SMTP, Port: 25, Error Number: 0x800CCC0E",
        {"server": "<smtp.example.com>"},
        lambda c: "server" in c.broken and c.expected is not None
        and not _HOSTLIKE.fullmatch(c.expected.server or ""),
    ),
    Bug(
        "wrap-inside-template-slot",
        "a template's subject, account, recipient and server slots cannot hold a line break, "
        "so a wrapped Thunderbird / NDR / Outlook task message is not found at all",
        "An error occured sending mail: Unable to connect to SMTP Server smtp.exam\nple.com "
        "via STARTTLS since it doesn't offer STARTTLS In EHLO response.",
        {"format": "thunderbird", "server": "smtp.example.com"},
        lambda c: _fmt(c) not in LIST_FORMATS and bool(c.broken & _SLOT_BREAKS),
    ),
    Bug(
        "wrap-at-apostrophe-in-label",
        "a wrap next to the apostrophe of a label ('Numéro d\\n'erreur :', Catalan "
        "\"Número d'\\nerror:\") loses the label or the language: the apostrophe at a line "
        "break is taken for a quote that ends the label",
        "Compte : 'Mail', Serveur : 'smtp.example.com', Protocole : IMAP, Port : 993, "
        "Numéro d\n'erreur : 0x800CCC0E",
        {"language": "fr", "error_number": "0x800CCC0E"},
        lambda c: "label-at-quote" in c.split,
    ),
    Bug(
        "prefilter-not-wrap-proof",
        "a French fragment without error number whose protocol label is wrapped inside "
        "('Protoco\\nle :') is not found (the English 'Proto\\ncol:' is)",
        "Compte : 'Mail', Serveur : 'smtp.example.com', Protoco\nle : SMTP, Port : 25",
        {"language": "fr", "protocol": "SMTP", "port": 25},
        lambda c: ("label" in c.split or "in-label" in c.broken) and c.expected is not None
        and c.expected.error_number is None,
    ),
    Bug(
        "subject-label-line-break",
        "a line break between the colon-less subject label and its quoted value "
        "('Subject\\n'Test'') loses the subject, and the value is then read as the recipient",
        _SUBJECT_NL,
        {"subject": "Test", "recipient": None, "span": (0, len(_SUBJECT_NL))},
        lambda c: "label:subject" in c.broken,
    ),
    Bug(
        "truncated-line-value-absorbs-next-line",
        "(same bug) in Windows Live Mail's one-field-per-line form, a cut-off message's last "
        "(unquoted) reply takes in the next line",
        _LINES + "\nServ\nThanks!",
        {"server_response": "550 5.7.1 Relaying denied", "span": (0, len(_LINES))},
        lambda c: False,
    ),
    Bug(
        "unquoted-value-line-break",
        "an unquoted account or server value (quotes lost in the paste) with a line break in "
        "it or right after its label is cut at the line end ('Server: relay.exa\\nmple.com' "
        "reads 'relay.exa'; 'Account:\\nmail.example.com' reads nothing)",
        "Account:\nmail.example.com, Server: relay.exa\nmple.com, Protocol: SMTP, Port: 25, "
        "Error Number: 0x800CCC0E",
        {"account": "mail.example.com", "server": "relay.example.com"},
        lambda c: any(f in c.broken or "label:" + f in c.broken or "edge:" + f in c.broken
                      for f in c.unquoted),
    ),
)


def known_bug(case: Case) -> Bug | None:
    """The known bug this input runs into, if any."""
    return next((b for b in BUGS if b.applies(case)), None)
