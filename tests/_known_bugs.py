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

from smtperr._render import LIST_FORMATS, choose_template, pieces
from smtperr._tables import load_locale
from smtperr.strategies import Case


@dataclass(frozen=True)
class Bug:
    name: str
    why: str
    text: str
    expected: dict[str, Any]  # fields of the record a correct reader returns (None: no record)
    applies: Callable[[Case], bool] = field(repr=False)


_PROSE = "Outlook Express says:\n"
_AFTER_PROSE = ("Server: 'pop.example.com', Protocol: POP3, Port: 110, Secure(SSL): No, "
                "Error Number: 0x800CCC0E")
_HEADER = "Subject: cannot send\n\n"
_AFTER_HEADER = ("Account: 'Mail', Server: 'pop.example.com', Protocol: POP3, Port: 110, "
                 "Secure(SSL): No, Error Number: 0x800CCC0E")
_SUBJECT_NL = ("Subject\n'Test', Account: 'Mail', Server: 'smtp.example.com', Protocol: SMTP, "
               "Port: 25, Error Number: 0x800CCC79")
_CUT = ("Account: 'Mail', Server: 'smtp.example.com', Protocol: SMTP, Server Response: "
        "'550 5.7.1 Relaying denied'")


_SLOTS = ("subject", "account", "recipient", "server", "error_number")
_SLOT_BREAKS = frozenset(_SLOTS) | {"edge:" + s for s in _SLOTS}


_HOSTLIKE = regex.compile(r"[\w.@+-]+")


_WORD = regex.compile(r"\w+")


def _slot_meets_next_word(case: Case) -> bool:
    """Whether a slot's value holds the first word of the sentence text after the slot."""
    r = case.record
    if r.format in LIST_FORMATS or r.language is None or r.format is None:
        return False
    sentence = choose_template(r, load_locale(r.language), r.format)
    parts = regex.split(r"\{([a-z_]+)\}", sentence)
    for i in range(1, len(parts), 2):
        value = getattr(r, parts[i], None) if parts[i] != "_" else None
        m = _WORD.search(parts[i + 1]) if i + 1 < len(parts) else None
        if isinstance(value, str) and m and m.group().lower() in value.lower():
            return True
    return False


def _fmt(case: Case) -> str:
    return case.record.format or ""


def _recipient_shown_in_opening(case: Case) -> bool:
    r = case.record
    if r.format not in LIST_FORMATS or r.language is None:
        return False
    return any(p.field == "recipient" for p in pieces(r, language=r.language, format=r.format))


BUGS: tuple[Bug, ...] = (
    Bug(
        "prefilter-short-keywords",
        "the prefilter drops literals shorter than 5 characters, so a message whose only "
        "keywords are short is never looked at: every Italian Thunderbird template (head "
        "'si è') and Korean messages without an error number ('프로토콜')",
        "Si è verificato un errore durante l'invio della posta. Il server di posta ha risposto: "
        "550 5.7.1 Relaying denied. Controllare il messaggio e riprovare.",
        {"format": "thunderbird", "language": "it", "server_response": "550 5.7.1 Relaying denied"},
        lambda c: (c.record.language == "it" and _fmt(c) == "thunderbird")
        or (c.record.language == "ko" and c.expected is not None
            and c.expected.error_number is None),
    ),
    Bug(
        "prefilter-short-keywords-ko",
        "(same bug) a Korean fragment without error number: four fields and a protocol",
        "계정: 'Mail', 서버: 'smtp.example.com', 프로토콜: SMTP, 포트: 25",
        {"language": "ko", "account": "Mail", "server": "smtp.example.com", "protocol": "SMTP",
         "port": 25},
        lambda c: False,
    ),
    Bug(
        "unquoted-reply-loses-period",
        "Windows Live Mail / Windows Mail print the server's reply unquoted on its own line; "
        "a period that ends the reply ('-ERR Login failed.') is cut as if it were punctuation",
        "Server Response: -ERR Login failed.\nServer: 'pop.example.com'\n"
        "Windows Live Mail Error ID: 0x800CCC90\nProtocol: POP3\nPort: 110\nSecure(SSL): No",
        {"format": "windows-live-mail", "server_response": "-ERR Login failed."},
        lambda c: _fmt(c) in ("windows-live-mail", "windows-mail")
        and (c.record.server_response or "").endswith("."),
    ),
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
        "prose-label-joins-message",
        "a line of prose that ends with a colon ('Outlook Express says:', 'Error message:'), "
        "or a mail header block before a blank line, is taken into the message: the span "
        "starts there and the language is lost (or the header's Subject becomes the subject)",
        _PROSE + _AFTER_PROSE,
        {"language": "en", "span": (len(_PROSE), len(_PROSE) + len(_AFTER_PROSE))},
        lambda c: c.prose[0] is not None
        and (c.prose[0].rstrip().endswith((":", "："))
             or "\nSubject:" in c.prose[0]),
    ),
    Bug(
        "mail-header-subject-joins-message",
        "(same bug) the Subject of a forwarded mail's headers, a blank line before the message",
        _HEADER + _AFTER_HEADER,
        {"subject": None, "span": (len(_HEADER), len(_HEADER) + len(_AFTER_HEADER))},
        lambda c: False,
    ),
    Bug(
        "wrap-inside-word-value",
        "a hard wrap inside the protocol or the yes/no word ('SM\\nTP', 'N\\no') loses the "
        "value (README: hard wraps anywhere, inside values)",
        "Account: 'Mail', Server: 'mail.example.com', Protocol: SM\nTP, Port: 25, "
        "Secure(SSL): N\no, Error Number: 0x800CCC0E",
        {"protocol": "SMTP", "ssl": False},
        lambda c: bool(c.split & {"value:protocol", "value:ssl"}),
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
        "template-slot-ends-inside-word",
        "a template slot is matched lazily and the quote after it is optional, so it ends at "
        "the first place the next word of the sentence appears, even inside the value: in "
        "Outlook's NDR \"'jon.doe@example.com' on 1/15/2008\" the recipient reads 'j' (and "
        "'karen@...' reads 'kar' in Spanish, before 'en')",
        "Your message did not reach some or all of the intended recipients. Subject: Test Sent: "
        "1/15/2008 10:32 AM The following recipient(s) cannot be reached: 'jon.doe@example.com' "
        "on 1/15/2008 10:32 AM Server error: '550 5.1.1 User unknown'",
        {"format": "exchange-ndr", "recipient": "jon.doe@example.com", "subject": "Test"},
        lambda c: _slot_meets_next_word(c),
    ),
    Bug(
        "prefilter-not-wrap-proof",
        "the prefilter looks for its literals with str.find, so a message without an error "
        "number whose protocol label is wrapped inside ('Proto\\ncol:') is never looked at",
        "Account: 'Mail', Server: 'smtp.example.com', Proto\ncol: SMTP, Port: 25",
        {"language": "en", "protocol": "SMTP", "port": 25},
        lambda c: ("label" in c.split or "in-label" in c.broken) and c.expected is not None
        and c.expected.error_number is None,
    ),
    Bug(
        "wrap-before-apostrophe-in-label",
        "a wrap just before the apostrophe of a label ('Numéro d\\n'erreur :') loses the "
        "label: the apostrophe after a line break is taken for a quote that ends the label",
        "Compte : 'Mail', Serveur : 'smtp.example.com', Protocole : IMAP, Port : 993, "
        "Numéro d\n'erreur : 0x800CCC0E",
        {"language": "fr", "error_number": "0x800CCC0E"},
        lambda c: "label-before-quote" in c.split,
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
        "truncated-quoted-value-absorbs-tail",
        "a paste cut off right after a quoted value: the text after the closing quote (the "
        "start of the next label, or a signature) is taken into the value",
        _CUT + ", Por",
        {"server_response": "550 5.7.1 Relaying denied", "span": (0, len(_CUT))},
        lambda c: c.cut_after_quote
        or (c.cut_with_tail and c.record.format in ("windows-live-mail", "windows-mail")),
    ),
    Bug(
        "truncated-line-value-absorbs-next-line",
        "(same bug) in Windows Live Mail's one-field-per-line form, a cut-off message's last "
        "(unquoted) reply takes in the next line",
        "Server: 'pop.example.com'\nServer Response: 550 5.7.1 Relaying denied\nServ\n"
        "Thanks!",
        {"server_response": "550 5.7.1 Relaying denied"},
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
