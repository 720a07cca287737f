"""Hypothesis strategies for email-client error messages, with what a reader must get from them.

>>> from hypothesis import given
>>> from smtperr import parse
>>> from smtperr.strategies import client_errors
>>> @given(client_errors())
... def test_parse(pair):
...     text, expected = pair
...     assert parse(text) == expected

* `records` draws `ClientError` values that a client can show: realistic hosts, IPv4 literals,
  addresses (also internationalised), subjects with quotes and commas, server replies built
  from the phrases of ``smtperr._data.replies`` (real MTA texts) and the languages' translated
  relay phrases, the usual ports, Winsock errors and error numbers from ``ERRORS``.  The fields
  a reader derives (``error_name``, ``smtp_code``, ``enhanced_status``, ``reason``, a recipient
  quoted by the server) are filled in as the parser must derive them.
* `client_errors` renders such a record (`smtperr._render`) and damages the text the way real
  pastes are damaged (`NOISES`), and gives the record a correct reader returns for that text,
  ``span`` included; `messages` gives the text only; `parsed` tells what ``parse(render(r))``
  must return for a record ``r``.

Lists are ordered so that shrinking goes to English, the classic Outlook Express format, the
most common error (0x800CCC79, relaying denied) and no noise.  This module imports Hypothesis;
the core package never imports it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import regex
from hypothesis import strategies as st

from ._compiler import QUOTES, compact
from ._data import replies as _replies
from ._data.errors import ERRORS
from ._errors import lookup_name
from ._records import ClientError
from ._render import (
    LIST_FORMATS,
    Piece,
    all_formats,
    choose_opening,
    choose_template,
    formats,
    pieces,
)
from ._tables import LANGUAGES, load_locale

__all__ = [
    "NOISES",
    "NUMBERS",
    "READABLE_NOISES",
    "SOCKET_ERRORS",
    "Case",
    "Reply",
    "addresses",
    "cases",
    "client_errors",
    "complete",
    "hosts",
    "ipv4",
    "messages",
    "parsed",
    "records",
    "server_replies",
    "subjects",
]

# --------------------------------------------------------------------------- noise names

# What each noise keeps (the expected record follows from it; see ``_make_case``):
#
# redact     every address (recipient, an address-like account, the one in the server reply)
#            becomes a placeholder such as "[email protected]": fields hold the placeholder
#            (blanks folded), a recipient quoted by the server is found only if it has an "@".
# truncate   the paste ends after the k-th field (k >= 4), possibly inside the next label but
#            never after its colon: only the fields before the cut remain; the error number then
#            comes from the opening sentence, if any; a Windows (Live) Mail message whose
#            "Error ID" label was cut off no longer names its client (format outlook-express).
#            Not applied to templates (a cut sentence is no longer the client's text).
# quotes     the quote marks around values become curly, guillemets, „low“, 「corner」, double
#            or none; "none" only for one-word values (hosts, addresses), never for the subject
#            (without a colon after its label, its quote marks are what makes it a field).
# mojibake   the text was UTF-8 read as cp1252 ("Ã©" for "é"): values are garbled the same way
#            and read as garbled.  Drawn only when the words of the client (labels, openings,
#            templates, the yes/no word) are ASCII and no garbled value holds a quote mark, so
#            the fields stay readable.
# wrap       a hard wrap at a column (20-120).  A break on a blank replaces it; a break inside
#            a word is inserted in labels, numbers, host names and addresses, but never inside a
#            word of free text (subject, account, reply: it would read as a blank, which no
#            reader can undo) or of the client's sentences (then the blank before the word
#            breaks); no line is made to start like a bullet or a mail quote.  Values unchanged.
# markdown   a bullet before the message, bold labels, or the message in a code block / inline
#            code.  Unchanged values.
# mail-quote every line quoted with "> " (or ">", "> > ").  Unchanged values.
# crlf       line breaks as CRLF.  Unchanged values.
# prose      text before and after the message (greetings, "Outlook Express says:", a mail
#            header block, signatures), on the same line, the next, or after a blank line.
#            Unchanged values; the span moves.
NOISES: tuple[str, ...] = (
    "prose", "mail-quote", "crlf", "markdown", "wrap", "quotes", "redact", "truncate",
    "mojibake",
)
# Noise after which every field the message shows is still there, unchanged.
READABLE_NOISES: tuple[str, ...] = ("prose", "mail-quote", "crlf", "markdown", "wrap", "quotes")

# --------------------------------------------------------------------------- values

# Real host names seen in client errors and provider set-up pages.
_REAL_HOSTS = (
    "smtp.example.com", "mail.example.org", "smtp.gmail.com", "smtp.mail.yahoo.com",
    "smtp-mail.outlook.com", "smtp.live.com", "pop.gmail.com", "imap.gmail.com",
    "mail.btinternet.com", "smtp.orange.fr", "mail.gmx.net", "smtp.web.de", "smtp.poczta.onet.pl",
    "smtp.mail.ru", "smtp.yandex.ru", "pop.mail.yahoo.co.uk", "smtp.oceanfree.net",
    "smtp.email.msn.com", "smtp.libero.it", "smtp.terra.com.br", "smtp.163.com", "smtp.qq.com",
    "mail.so-net.ne.jp", "smtp.seznam.cz", "vmail.me", "localhost", "exchange.corp.local",
)
_PREFIXES = ("smtp", "mail", "pop", "pop3", "imap", "mx", "smtp-mail", "smtpout", "relay",
             "outgoing", "securesmtp", "mail2", "exchange")
_TLDS = ("com", "net", "org", "de", "fr", "co.uk", "com.br", "jp", "pl", "ru", "it", "es", "nl",
         "se", "cz", "cn", "ne.jp", "com.au", "example")
# Internationalised domain labels (Unicode and their punycode forms).
_IDN_LABELS = ("bücher", "münchen", "пример", "例子", "測試", "παράδειγμα", "xn--bcher-kva",
               "xn--80akhbyknj4f", "ñandú", "dömäin", "例え")
_ASCII_LABEL = "abcdefghijklmnopqrstuvwxyz0123456789"
_LOCAL_WORDS = ("bob", "alice", "info", "support", "j.smith", "john.doe", "user", "test",
                "sales", "admin", "jon", "karen", "contact", "noreply", "webmaster", "simone",
                "m.müller", "josé", "françois", "用户", "пользователь", "δοκιμή", "ユーザー",
                "사용자", "o'brien", "first+tag", "a_b-c")


def _label_text() -> st.SearchStrategy[str]:
    """A DNS label: letters and digits, with inner hyphens."""
    return st.text(_ASCII_LABEL, min_size=1, max_size=12).flatmap(
        lambda s: st.sampled_from([s, f"{s}-{s[:3]}", f"{s[:1]}{s}"])
    )


@st.composite
def _made_host(draw: Any) -> str:
    prefix = draw(st.sampled_from(_PREFIXES))
    name = draw(st.one_of(_label_text(), st.sampled_from(_IDN_LABELS)))
    tld = draw(st.sampled_from(_TLDS))
    return f"{prefix}.{name}.{tld}"


def ipv4() -> st.SearchStrategy[str]:
    """IPv4 literals as users type them into the server field."""
    octet = st.integers(0, 255)
    return st.tuples(octet, octet, octet, octet).map(lambda t: ".".join(map(str, t)))


def hosts(*, brackets: bool = True) -> st.SearchStrategy[str]:
    """Server names: real ones, made-up ones (also internationalised), IPv4 literals, and the
    ``<smtp.example.com>`` placeholder of Microsoft's documentation (unless ``brackets=False``:
    a template slot takes a bare host)."""
    options = [st.sampled_from(_REAL_HOSTS), _made_host(), ipv4()]
    if brackets:
        options.append(st.sampled_from(_REAL_HOSTS[:2]).map(lambda h: f"<{h}>"))
    return st.one_of(*options)


@st.composite
def _address(draw: Any) -> str:
    local = draw(st.one_of(st.sampled_from(_LOCAL_WORDS), st.text(_ASCII_LABEL, min_size=1,
                                                                   max_size=10)))
    host = draw(st.one_of(
        st.sampled_from(("example.com", "example.org", "gmail.com", "yahoo.co.uk", "live.ca")),
        _made_host().map(lambda h: h.split(".", 1)[1]),
    ))
    return f"{local}@{host}"


def addresses() -> st.SearchStrategy[str]:
    """E-mail addresses: ASCII, with tags and apostrophes, and internationalised (RFC 6531)."""
    return _address()


_SUBJECT_WORDS = (
    "Test", "test", "Invoice", "Re:", "Fwd:", "AW:", "Meeting", "report", "Q3", "hello",
    "Tom's", "don't", "photos", "2019", "#123", "(urgent)", '"draft"', "a,", "café",
    "Zażółć gęślą jaźń", "Привет", "こんにちは", "测试", "it's a secret", "<Test>", "*",
    "Ürün listesi", "¿Qué tal?", "Grüße", "Ελληνικά", "שלום", "مرحبا", "ทดสอบ", "Tiếng Việt",
    "50%", "&", "v1.2", "[list]", "smiley :-)",
)


@st.composite
def _subject(draw: Any) -> str:
    words = draw(st.lists(st.sampled_from(_SUBJECT_WORDS), min_size=1, max_size=6))
    seps = draw(st.lists(st.sampled_from((" ", ", ", " - ", "; ")), min_size=len(words),
                         max_size=len(words)))
    text = _tidy("".join(w + s for w, s in zip(words, seps, strict=True)).strip(" ,;-"))
    # A quote mark, a comma and words with a colon ('"draft", Test Fwd:') read as the end of
    # the subject and the next label to any reader that accepts mismatched quotes: ambiguous.
    text = _QUOTE_THEN_LABEL.sub(lambda m: m.group()[0] + " -" + m.group()[2:], text)
    return _tidy(text) or "Test"


_QUOTE_THEN_LABEL = regex.compile("[" + regex.escape(QUOTES) + r"][,;] ?+[^\W\d_][^,;:]{0,33}:")


def subjects() -> st.SearchStrategy[str]:
    """Subjects as people write them: apostrophes, commas, quotes, brackets, many scripts."""
    return _subject()


def _tidy(text: str) -> str:
    """A value as a reader gives it back: blanks folded, no quote marks at either end."""
    text = " ".join(text.split())
    while text[:1] in QUOTES and text:
        text = text[1:].lstrip()
    while text[-1:] in QUOTES and text:
        text = text[:-1].rstrip()
    return text


_ACCOUNT_NAMES = ("Mail", "MSN Mail", "Bob's account", "Work, main", "pop.example.com",
                  "Yahoo! (bob)", "Hotmail", "Firma", "Почта", "メール", "工作邮箱")


def _accounts() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(_ACCOUNT_NAMES), addresses(), hosts(brackets=False))


# --------------------------------------------------------------------------- server replies


def _phrase_text(phrase: str) -> str | None:
    """A phrase of the reply tables as a server writes it (gaps closed, first letter up)."""
    text = " ".join(phrase.replace("\u2026", " ").split()).rstrip(" :")
    if len(text) < 6 or text.endswith(("<", "(", "[")) or '"|' in text:
        return None
    return text[:1].upper() + text[1:]


@functools.cache
def _phrases(language: str) -> tuple[str, ...]:
    """Reply phrases, relay denials first; the language's translated phrases (as Microsoft's
    localized pages print them) before the English ones."""
    rows: list[str] = []
    loc = load_locale(language)
    for reason in ("relay_denied", *sorted(loc.server_phrases)):
        rows += loc.server_phrases.get(reason, ())
    for table in (_replies.PHRASES, _replies.VENDOR_PHRASES):
        for reason in ("relay_denied", *sorted(set(table) - {"relay_denied"})):
            rows += [p for p, _mta, _src in table.get(reason, ())]
    out: dict[str, None] = {}
    for row in rows:
        text = _phrase_text(row)
        if text is not None:
            out.setdefault(text, None)
    if language == "en":  # the first English one is the shrink target
        out = {"Relay access denied": None, **out}
    return tuple(out)


_CODES = (("554", "5.7.1"), ("550", "5.7.1"), ("553", "5.7.1"), ("454", "4.7.1"),
          ("550", "5.1.1"), ("552", "5.2.2"), ("530", "5.7.0"), ("535", "5.7.8"),
          ("451", "4.3.0"), ("421", "4.7.0"), ("550", None), ("553", None))

# Reply shapes of the MTAs: (template, needs an enhanced status).
_SHAPES = (
    ("{code} {status} <{rcpt}>: {phrase}", True),  # Postfix
    ("{code} {status} <{rcpt}>... {phrase}", True),  # sendmail
    ("{code} <{rcpt}>... {phrase}", False),  # Microsoft's documentation
    ("{code} {phrase} (#{status})", True),  # qmail
    ("{code} {status} {phrase}", True),  # Exchange, Exim with status
    ("{code} {phrase}", False),  # Exim, Courier, hMailServer
    ("{code} {status} {phrase} {rcpt}", True),  # Exchange "Unable to relay for x"
)


@attrs.frozen
class Reply:
    """A server reply and what it carries: its basic code and the address it quotes."""

    text: str
    code: str | None
    rcpt: str | None


@st.composite
def _reply(draw: Any, language: str, rcpt: str | None, with_code: bool = True) -> Reply:
    phrase = draw(st.sampled_from(_phrases(language)))
    code, status = draw(st.sampled_from(_CODES))
    shapes = [s for s, needs in _SHAPES if status is not None or not needs]
    if rcpt is None:
        shapes = [s for s in shapes if "{rcpt}" not in s]
    shape = draw(st.sampled_from(shapes))
    if not with_code:  # Thunderbird shows the reply from its enhanced status on
        shape = shape.replace("{code} ", "", 1)
    text = shape.format(code=code, status=status, rcpt=rcpt, phrase=phrase)
    return Reply(_tidy(text), code if "{code}" in shape else None,
                 rcpt if "{rcpt}" in shape else None)


def server_replies(language: str = "en") -> st.SearchStrategy[Reply]:
    """SMTP replies in the shapes of Postfix, sendmail, qmail, Exim and Exchange, quoting an
    address; the phrase from ``smtperr._data.replies`` or the language's relay phrases."""
    return addresses().flatmap(lambda a: _reply(language, a))


_POP3_REPLIES = ("-ERR Invalid login or password", "-ERR [AUTH] Authentication failed.",
                 "-ERR Temporary problem, please try again later", "-ERR authorization failed",
                 "-ERR Login failed.", "-ERR invalid user name or password.",
                 "NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)")
# Outlook's own texts in task errors (Microsoft KB articles, tests/corpus/en).
_OUTLOOK_TEXTS = (
    "Cannot connect to server.",
    "The operation timed out waiting for a response from the sending (SMTP) server. If you "
    "continue to receive this message, contact your server administrator or Internet service "
    "provider (ISP).",
    "Your server does not support the connection encryption type you have specified. Try "
    "changing the encryption method. Contact your mail server administrator or Internet "
    "service provider (ISP) for additional assistance.",
    "None of the authentication methods supported by this client are supported by your server.",
    "Outlook cannot synchronize subscribed folders for Inbox. Error: The server is busy.",
)

# --------------------------------------------------------------------------- records

# Error numbers, most common first; then every other number of the table.
_COMMON = ("0x800CCC79", "0x800CCC0E", "0x800CCC0F", "0x800CCC78", "0x800CCC90", "0x800CCC92",
           "0x800CCC1A", "0x800CCC0D", "0x800CCC80", "0x800CCC7D", "0x800CCC6A", "0x8004210B",
           "0x80042109")
NUMBERS: tuple[str, ...] = _COMMON + tuple(sorted(set(ERRORS) - set(_COMMON)))
_CONNECT = frozenset({"0x800CCC0E", "0x800CCC15", "0x800CCC0D", "0x80042108", "0x80042109"})
_SOCKET = frozenset({"0x800CCC0E", "0x800CCC15"})
_LOGIN = frozenset({"0x800CCC90", "0x800CCC91", "0x800CCC92", "0x800CCC18"})
_PORTS = {"SMTP": (25, 587, 465), "POP3": (110, 995), "IMAP": (143, 993), "NNTP": (119, 563),
          "HTTPMail": (80, 443)}
SOCKET_ERRORS = (10060, 10061, 11001, 10051, 10053, 10054, 11004)


def _kind(number: str) -> str:
    """What a message with this number shows: "connect" (socket error, no reply), "drop" (no
    reply), "login" (a POP3/IMAP reply) or "reply" (an SMTP reply)."""
    if number in _CONNECT:
        return "connect"
    if number in _LOGIN:
        return "login"
    name = ERRORS[number][0]
    reason = _replies.CLIENT_ERRORS.get(number, (None, None))[1]
    if reason in _replies.CLIENT_SIDE_REASONS:
        return "drop"
    if "SMTP" in name or number.startswith("0x800CCC6") or number.startswith("0x800CCC7"):
        return "reply"
    if any(p in name for p in ("POP3", "IMAP", "NNTP", "HTTPMAIL")):
        return "login"
    return "drop"


def _protocol_for(number: str, kind: str) -> tuple[str, ...]:
    name = ERRORS[number][0]
    for proto, key in (("IMAP", "IMAP"), ("NNTP", "NNTP"), ("HTTPMail", "HTTPMAIL"),
                       ("POP3", "POP3")):
        if key in name:
            return (proto,)
    if kind == "reply":
        return ("SMTP",)
    if kind == "login":
        return ("POP3", "IMAP")
    return ("SMTP", "POP3", "IMAP")


@attrs.define
class _Draft:
    """A message before rendering: the fields it shows, and the address quoted by the server."""

    language: str
    format: str
    fields: dict[str, Any]
    rcpt: str | None = None  # the address inside the server reply


@st.composite
def _list_draft(draw: Any, language: str, fmt: str) -> _Draft:
    loc = load_locale(language)
    number = draw(st.sampled_from(NUMBERS))
    kind = _kind(number)
    protocol = draw(st.sampled_from(_protocol_for(number, kind)))
    fields: dict[str, Any] = {"error_number": number, "protocol": protocol}
    fields["server"] = draw(hosts())
    account = draw(st.none() | _accounts())
    if account is not None:
        fields["account"] = account
    fields["port"] = draw(st.sampled_from(_PORTS[protocol]))
    fields["ssl"] = draw(st.booleans())
    rcpt = None
    if kind == "reply":
        subject = draw(st.none() | subjects())
        if subject is not None:
            fields["subject"] = subject
        rcpt = draw(addresses())
        reply = draw(_reply(language, rcpt))
        fields["server_response"] = reply.text
        if reply.code is not None:
            fields["server_error"] = reply.code
        # Openings name the recipient the server refused.
        if number == "0x800CCC79" and draw(st.booleans()):
            fields["recipient"] = rcpt
        rcpt = reply.rcpt
    elif kind == "login":
        fields["server_response"] = draw(st.sampled_from(_POP3_REPLIES))
        fields["server_error"] = "0x800CCC90"
    elif number in _SOCKET and loc.labels.get("socket_error"):
        fields["socket_error"] = draw(st.sampled_from(SOCKET_ERRORS))
    return _Draft(language, fmt, fields, rcpt)


@st.composite
def _template_draft(draw: Any, language: str, fmt: str) -> _Draft:
    loc = load_locale(language)
    sentence = draw(st.sampled_from([s for f, s in loc.templates if f == fmt]))
    fields: dict[str, Any] = {}
    rcpt = None
    if "{recipient}" in sentence:
        fields["recipient"] = draw(addresses() if fmt != "exchange-ndr" else st.one_of(
            addresses(), st.sampled_from(("Compras Cayarga", "John Smith", "Müller, Hans"))))
        rcpt = fields["recipient"] if "@" in fields["recipient"] else None
    if "{subject}" in sentence:
        fields["subject"] = draw(subjects())
    if "{account}" in sentence:
        fields["account"] = draw(_accounts())
    if "{server}" in sentence:
        fields["server"] = draw(hosts(brackets=False))
    if "{error_number}" in sentence:
        fields["error_number"] = draw(st.sampled_from(NUMBERS))
    if "{server_response}" in sentence:
        quoted = draw(st.none() | addresses()) if rcpt is None else rcpt
        options = [_reply(language, quoted, with_code=fmt != "thunderbird"
                          or draw(st.booleans()))]
        if fmt == "outlook-task":
            options.append(st.sampled_from(_OUTLOOK_TEXTS).map(lambda t: Reply(t, None, None)))
        reply = draw(st.one_of(*options))
        fields["server_response"] = reply.text
        rcpt = reply.rcpt
    return _Draft(language, fmt, fields, rcpt)


def _pairs(languages: Iterable[str] | None, fmts: Iterable[str] | None) -> list[tuple[str, str]]:
    langs = list(LANGUAGES) if languages is None else list(languages)
    wanted = list(all_formats()) if fmts is None else list(fmts)
    for tag in langs:
        if tag not in LANGUAGES:
            raise ValueError(f"unknown language {tag!r}")
    for fmt in wanted:
        if fmt not in all_formats():
            raise ValueError(f"unknown format {fmt!r}; known: {', '.join(all_formats())}")
    pairs = [(tag, fmt) for tag in langs for fmt in wanted if fmt in formats(tag)]
    if not pairs:
        raise ValueError("no language among those given has any of the formats given")
    return pairs


@st.composite
def _draft(draw: Any, languages: Sequence[str] | None, fmts: Sequence[str] | None) -> _Draft:
    pairs = _pairs(languages, fmts)
    langs = list(dict.fromkeys(tag for tag, _ in pairs))
    language = draw(st.sampled_from(langs))
    fmt = draw(st.sampled_from([f for tag, f in pairs if tag == language]))
    if fmt in LIST_FORMATS:
        result: _Draft = draw(_list_draft(language, fmt))
    else:
        result = draw(_template_draft(language, fmt))
    return result


def _display(draft: _Draft) -> ClientError:
    """The record of the shown fields only (what `render` needs)."""
    return ClientError(format=draft.format, language=draft.language, **draft.fields)


_ID_KEYS = ("wlm_error_id", "wm_error_id")


def _derive(draft: _Draft, shown: list[Piece], *, number_from_opening: str | None) -> ClientError:
    """The record a reader gets from the rendered pieces: the shown fields, plus what it derives
    from them -- the error's name, the SMTP code (from "Server Error" when that is a reply code,
    else from the reply), the enhanced status and the reason (``smtperr.classify`` of the reply,
    given the error number), and for 0x800CCC79 the recipient quoted by the server when no
    opening names one."""
    from ._classify import classify

    # A reader folds blanks (a no-break space in "[email protected]" reads as a space).
    values = {p.field: " ".join(p.text.split()) for p in shown if p.kind == "value" and p.field}
    f = draft.fields
    number = f.get("error_number") if "error_number" in values else number_from_opening
    response = values.get("server_response")
    server_error = values.get("server_error")
    verdict = classify(response or "", error_number=number)
    smtp_code = None
    if server_error and regex.fullmatch(r"[2-5][0-9]{2}", server_error):
        smtp_code = int(server_error)
    elif response:
        smtp_code = verdict.smtp_code
    recipient = values.get("recipient")
    if recipient is None and response and number == "0x800CCC79":
        rcpt = " ".join(draft.rcpt.split()) if draft.rcpt else None
        recipient = rcpt if rcpt and rcpt in response else None
    reason = verdict.reason if (response or number is not None) else None

    def get(name: str, convert: Callable[[str], Any] = str) -> Any:
        return convert(values[name]) if name in values else None

    return ClientError(
        format=draft.format,
        language=draft.language,
        error_number=number,
        error_name=lookup_name(number),
        subject=get("subject"),
        account=get("account"),
        server=get("server"),
        protocol=get("protocol"),
        server_response=response,
        port=get("port", int),
        ssl=f["ssl"] if "ssl" in values else None,
        smtp_code=smtp_code,
        enhanced_status=verdict.enhanced_status if response else None,
        recipient=recipient,
        reason=reason,
        server_error=server_error,
        socket_error=get("socket_error", int),
    )


def _opening_number(shown: list[Piece]) -> str | None:
    for p in shown:
        if p.field == "opening" and p.kind == "text":
            return p.number
    return None


def records(
    languages: Sequence[str] | None = None, formats: Sequence[str] | None = None
) -> st.SearchStrategy[ClientError]:
    """Records a client can show, in ``languages`` (default: all 37) and ``formats`` (default:
    every format the language's tables have).  ``language`` and ``format`` say how to render
    them; every derived field is filled in as the parser derives it; ``span`` is (0, 0)."""
    return _draft(languages, formats).map(_record_of)


def _record_of(draft: _Draft) -> ClientError:
    display = _display(draft)
    shown = pieces(display, language=draft.language, format=draft.format)
    return _derive(draft, shown, number_from_opening=_opening_number(shown))


_SHOWN = ("subject", "account", "server", "protocol", "server_response", "port", "ssl",
          "server_error", "socket_error", "error_number", "recipient")


def complete(record: ClientError, *, quoted: str | None = None) -> ClientError:
    """``record`` -- its shown fields, language and format -- with the fields a reader derives
    filled in (see `records`); ``quoted`` is the address the server's reply quotes, if any.
    For writing explicit examples: ``parsed(complete(r))`` is what the parser must return."""
    if record.language is None or record.format is None:
        raise ValueError("the record needs the language and format to render it in")
    fields = {f: getattr(record, f) for f in _SHOWN if getattr(record, f) is not None}
    return _record_of(_Draft(record.language, record.format, fields, quoted))


def parsed(record: ClientError) -> ClientError:
    """What ``parse(render(record, language=record.language, format=record.format))`` must
    return: ``record`` with the span of the whole text and the language a reader can tell --
    the highest-priority language whose tables explain the text (labels shared by several
    languages, e.g. Danish and Norwegian, make the first in ``smtperr.languages()`` win)."""
    assert record.language is not None and record.format is not None
    shown = pieces(record, language=record.language, format=record.format)
    text = "".join(p.text for p in shown)
    return attrs.evolve(record, language=_reader_language(record, shown),
                        span=(0, len(text)))


def _reader_language(record: ClientError, shown: list[Piece]) -> str:
    """The language the parser must report for rendered ``shown`` pieces (see `parsed`)."""
    assert record.language is not None and record.format is not None
    loc = load_locale(record.language)
    if record.format not in LIST_FORMATS:
        used = compact(choose_template(record, loc, record.format))
        for tag in LANGUAGES:
            templates = load_locale(tag).templates
            if any(f == record.format and compact(s) == used for f, s in templates):
                return tag
        return record.language
    opening = choose_opening(record, loc)
    if opening is not None and any(p.field == "opening" for p in shown):
        head = compact(opening.partition("{")[0])
        for tag in LANGUAGES:
            if any(compact(s.partition("{")[0]) == head for _n, s in load_locale(tag).openings):
                return tag
    labels = [(p.label_key, compact(p.text)) for p in shown if p.kind == "label"]
    for tag in LANGUAGES:
        spellings = load_locale(tag).labels
        if all(key in {compact(s) for s in spellings.get(field or "", ())}
               for field, key in labels):
            return tag
    return record.language


# --------------------------------------------------------------------------- noise


class _Doc:
    """Rendered text as characters that remember where they came from: ``orig`` is the index
    of the character in the rendered message (-1 for inserted noise), ``tags`` what it is
    ("text", "sentence", "label", "quote", "value:<field>", "noise") and ``protect`` whether
    a wrap may not break inside its word (see `_wrap`)."""

    def __init__(self, parts: list[Piece], *, sentences: bool = False) -> None:
        self.chars: list[str] = []
        self.orig: list[int] = []
        self.tags: list[str] = []
        self.protect: list[bool] = []
        self.split: set[str] = set()  # what a wrap broke inside a word
        pos = 0
        for p in parts:
            tag = f"value:{p.field}" if p.kind == "value" else p.kind
            if p.kind == "text" and p.field == "_":
                tag = "skip"  # a template's {_}: text skipped within its line, never broken
            elif p.kind == "text" and (sentences or any(c.isalpha() for c in p.text)):
                tag = "sentence"
            # Free text, sentences, and values with blanks (a redaction placeholder).
            protect = tag in _PROTECTED or (
                p.kind == "value" and any(c.isspace() for c in p.text)
            )
            for ch in p.text:
                self.chars.append(ch)
                self.orig.append(-1 if p.kind == "noise" else pos)
                self.tags.append(tag)
                self.protect.append(protect)
                pos += 1

    def text(self) -> str:
        return "".join(self.chars)

    def insert(self, index: int, text: str, tag: str = "noise") -> None:
        self.chars[index:index] = list(text)
        self.orig[index:index] = [-1] * len(text)
        self.tags[index:index] = [tag] * len(text)
        self.protect[index:index] = [False] * len(text)

    def broken(self) -> frozenset[str]:
        """Where line breaks are: ``<field>`` for one inside a value, ``edge:<field>`` for one
        next to a value, ``label:<field>`` for one between a label and its value, ``in-label``
        inside a label, ``skip`` inside a template's skipped text, ``head`` among the first
        two words of the message."""
        out = set()
        n = len(self.chars)
        for i, ch in enumerate(self.chars):
            if ch != "\n" or not 0 < i < n - 1:
                continue
            left, right = self.tags[i - 1], self.tags[i + 1]
            if self.tags[i] == "label" or left == right == "label":
                out.add("in-label")
            if self.tags[i] == "skip" or left == right == "skip":
                out.add("skip")
            if self.tags[i].startswith("value:"):
                out.add(self.tags[i][6:])
            elif left == right and left.startswith("value:"):
                out.add(left[6:])
            for side in (left, right):
                if side.startswith("value:"):
                    out.add("edge:" + side[6:])
            j = i - 1
            while j > 0 and self.tags[j] in ("text", "noise"):
                j -= 1
            k = i + 1
            while k < n - 1 and self.tags[k] in ("text", "noise", "quote"):
                k += 1
            if self.tags[j] == "label" and self.tags[k].startswith("value:"):
                out.add("label:" + self.tags[k][6:])
        own = [i for i, o in enumerate(self.orig) if o >= 0]
        words = 0
        for i in range(own[0], own[-1] + 1) if own else ():
            if self.chars[i] == "\n" and words < 2:
                out.add("head")
            if self.chars[i].isspace() and i > own[0] and not self.chars[i - 1].isspace():
                words += 1
            if words >= 2:
                break
        return frozenset(out)

    def span(self) -> tuple[int, int]:
        """Where the message is: from its first to its last own character."""
        own = [i for i, o in enumerate(self.orig) if o >= 0]
        before = sum(len(ch) for ch in self.chars[: own[0]])
        inside = sum(len(ch) for ch in self.chars[own[0] : own[-1] + 1])
        return before, before + inside


# Where a break inside a word would change what is read: free text (a break there reads as a
# blank, which no reader can undo) and the client's sentences (openings, templates).
_PROTECTED = frozenset({"value:subject", "value:account", "value:server_response",
                        "value:None", "sentence"})


def _wrap(doc: _Doc, width: int) -> None:
    """Hard-wrap at ``width``: a break on a blank replaces it, a break inside a word is
    inserted -- except next to protected text, where the blank before the word (on this
    line) is replaced instead, or no break is made."""
    chars: list[str] = []
    orig: list[int] = []
    tags: list[str] = []
    protect: list[bool] = []
    col = 0
    for i, (ch, o, tag, prot) in enumerate(
        zip(doc.chars, doc.orig, doc.tags, doc.protect, strict=True)
    ):
        if ch != "\n" and col >= width:
            nxt = doc.chars[i + 1 : i + 4]
            if tag == "skip" or tags[-1] == "skip":
                pass  # a template's {_} is skipped within its line: no break in it
            elif ch == " ":
                if not _marker("".join(nxt)):
                    ch = "\n"  # a break on a blank replaces it
            elif chars[-1] == " ":
                if not _marker(ch + "".join(nxt[:2])):
                    chars[-1] = "\n"
                    col = 0
            elif prot or protect[-1]:
                blank = len(chars) - 1
                while blank >= 0 and (chars[blank] not in " \n" or tags[blank] == "skip"):
                    blank -= 1
                if (blank >= 0 and chars[blank] == " " and len(chars) - blank <= col
                        and not _marker("".join([*chars[blank + 1 : blank + 4], ch])[:3])):
                    chars[blank] = "\n"
                    col = len(chars) - blank - 1
            elif not _marker(ch + "".join(nxt[:2])):
                if tags[-1] == tag and tag not in ("text", "noise"):
                    doc.split.add(tag)
                    if tag == "label" and (ch in QUOTES or chars[-1] in QUOTES):
                        doc.split.add("label-at-quote")
                chars.append("\n")
                orig.append(-1)
                tags.append("noise")
                protect.append(False)
                col = 0
        chars.append(ch)
        orig.append(o)
        tags.append(tag)
        protect.append(prot)
        col = 0 if ch == "\n" else col + 1
    doc.chars, doc.orig, doc.tags, doc.protect = chars, orig, tags, protect


def _marker(line_start: str) -> bool:
    """Whether a line starting so reads as paste markup (a bullet, a mail quote) that a reader
    drops: a wrap must not put text there, or no reader could tell it from markup."""
    return (line_start[:1] in (">", "\u2022", "\u00b7")
            or line_start[:2] in ("- ", "* ", "-", "*")
            or _NUMBERING.match(line_start) is not None)


_NUMBERING = regex.compile(r"[0-9]{1,2}[.)]")  # "1. ", "12) ": a numbered list


def _cp1252(ch: str) -> list[str]:
    """One character as UTF-8 read as Windows-1252 (undefined bytes as C1 controls, as
    Windows' own conversion does)."""
    out = []
    for byte in ch.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return out


def _mojibake(doc: _Doc) -> None:
    chars: list[str] = []
    orig: list[int] = []
    tags: list[str] = []
    protect: list[bool] = []
    for ch, o, tag, prot in zip(doc.chars, doc.orig, doc.tags, doc.protect, strict=True):
        for part in _cp1252(ch):
            chars.append(part)
            orig.append(o)
            tags.append(tag)
            protect.append(prot)
    doc.chars, doc.orig, doc.tags, doc.protect = chars, orig, tags, protect


def _garble(text: str) -> str:
    return "".join("".join(_cp1252(ch)) for ch in text)


_QUOTE_STYLES = (("\u2018", "\u2019"), ("\u201c", "\u201d"), ("\u00ab ", " \u00bb"),
                 ("\u201e", "\u201c"), ('"', '"'), ("\u300c", "\u300d"), ("", ""))
_REDACTIONS = ("[email\u00a0protected]", "xxx@xxx.com", "***@***.com", "email address",
               "*** Email address is removed for privacy ***", "user@domain")
_PROSE_BEFORE = (
    "Hi,\n\nI get this error when I send mail:",
    "Outlook Express says:",
    "Error message:",
    "Help! Since yesterday I can't send any email.",
    "Hallo, ich bekomme folgende Fehlermeldung:",
    "Bonjour, j'ai ce message d'erreur :",
    "Hola, me sale este error al enviar:",
    "Witam, dostaję taki komunikat:",
    "以下のエラーが表示されます。",
    "发送邮件时出现如下错误：",
    "-----Original Message-----\nFrom: John Smith\nSent: Monday, March 3, 2008 10:12 AM\n"
    "To: support@example.com\nSubject: cannot send",
    "Ticket #48213 (priority: normal)",
)
_PROSE_AFTER = (
    "Thanks in advance.",
    "What does this mean?",
    "Any ideas?\n\nRegards,\nBob",
    "Danke!",
    "Merci d'avance",
    "--\nSent from my iPhone",
    "I have restarted the computer twice.",
)


@attrs.frozen
class Case:
    """A drawn message and how it was made, for tests that must tell a reader's mistake from
    a property of the input: ``text`` and the ``expected`` reading (``None``: unreadable
    noise, only from `messages`), the undamaged ``record`` (as `records` draws it), the
    ``noises`` applied, ``split``: what the wrap broke inside a word ("label",
    "value:protocol", ...), ``broken``: the fields whose value holds a line break,
    ``unquoted``: the fields whose quote marks the quote noise removed, ``prose``: the text
    put before and after the message, ``cut_with_tail``: the message was cut off and other
    text follows in its paragraph, ``cut_after_quote``: ... right after a quoted value."""

    text: str
    expected: ClientError | None
    record: ClientError
    noises: tuple[str, ...]
    split: frozenset[str] = frozenset()
    broken: frozenset[str] = frozenset()
    unquoted: frozenset[str] = frozenset()
    prose: tuple[str | None, str | None] = (None, None)
    cut_with_tail: bool = False
    cut_after_quote: bool = False


def _structure_ascii(parts: list[Piece]) -> bool:
    """Whether the client's own words (and the yes/no word) are ASCII."""
    return all(p.text.isascii() for p in parts if p.kind != "value" or p.field == "ssl")


def _make_case(draw: Any, draft: _Draft, noises: Sequence[str], exact: bool) -> Case:
    """Render ``draft`` with ``noises`` applied in the order real damage happens (see
    `NOISES`): the text and the record a correct reader gets from it."""
    record = _record_of(draft)
    draft = attrs.evolve(draft, fields=dict(draft.fields))
    applied: list[str] = []
    if "redact" in noises and _redact(draw, draft):
        applied.append("redact")
    display = _display(draft)
    parts = pieces(display, language=draft.language, format=draft.format)
    if "truncate" in noises and draft.format in LIST_FORMATS:
        cut = _truncate(draw, parts)
        if cut is not parts:
            parts = cut
            applied.append("truncate")
            if not any(p.label_key in _ID_KEYS for p in parts):
                draft.format = "outlook-express"  # the client's name was cut off
    if "quotes" in noises:
        parts = _restyle(draw, parts)
        applied.append("quotes")
    expected: ClientError | None = _derive(
        draft, parts, number_from_opening=_opening_number(parts))
    assert expected is not None
    expected = attrs.evolve(expected, language=_reader_language(display, parts))
    doc = _Doc(parts, sentences=draft.format not in LIST_FORMATS)
    if "mojibake" in noises and (not exact or _garble_ok(parts)):
        _mojibake(doc)
        applied.append("mojibake")
        expected = _garbled_record(draft, parts, expected) if _garble_ok(parts) else None
    broken: frozenset[str] = frozenset()
    if "wrap" in noises:
        _wrap(doc, draw(st.integers(20, 120)))
        applied.append("wrap")
        broken = doc.broken()
    if "markdown" in noises:
        _markdown(draw, doc)
        applied.append("markdown")
    if "mail-quote" in noises:
        prefix = draw(st.sampled_from(("> ", ">", "> > ")))
        doc.insert(0, prefix)
        for i in range(len(doc.chars) - 1, 0, -1):
            if doc.chars[i - 1] == "\n":
                doc.insert(i, prefix)
        applied.append("mail-quote")
    if "crlf" in noises:
        for i in range(len(doc.chars) - 1, -1, -1):
            if doc.chars[i] == "\n":
                doc.insert(i, "\r")
        applied.append("crlf")
    before = after = None
    if "prose" in noises:
        before = draw(st.none() | st.sampled_from(_PROSE_BEFORE))
        after = draw(st.none() | st.sampled_from(_PROSE_AFTER))
        if before is not None:
            decorated = bool({"mail-quote", "markdown"} & set(applied))
            sep = ("\n\n" if "\n" in before else "\n" if decorated
                   else draw(st.sampled_from(("\n\n", "\n", " "))))
            doc.insert(0, before + sep)
        if after is not None:
            # A template that ends in an open slot ends at the end of its line.
            seps = ("\n\n", "\n") if draft.format not in LIST_FORMATS else ("\n\n", "\n", " ")
            doc.insert(len(doc.chars), draw(st.sampled_from(seps)) + after)
        applied.append("prose")
    if expected is not None:
        expected = attrs.evolve(expected, span=doc.span())
    text = doc.text()
    _s, end = doc.span()
    # Text after the cut, before the paragraph ends (a signature on the next line counts).
    follows = text[end:].replace("\r", "").split("\n\n", 1)[0].strip() != ""
    last = parts[-2] if parts[-1].kind == "noise" else parts[-1]
    cut_with_tail = "truncate" in applied and follows
    unquoted = frozenset(
        p.field for i, p in enumerate(parts)
        if p.kind == "value" and p.field and 0 < i < len(parts) - 1
        and parts[i - 1].kind == "quote" and parts[i - 1].text == ""
    ) if "quotes" in applied else frozenset()
    return Case(text, expected, record, tuple(applied), frozenset(doc.split), broken,
                unquoted, (before, after), cut_with_tail, cut_with_tail and last.kind == "quote")


def _redact(draw: Any, draft: _Draft) -> bool:
    """Replace every address of the message by a placeholder (in place); False if none."""
    targets = {v for k, v in draft.fields.items()
               if k in ("recipient", "account") and isinstance(v, str) and "@" in v}
    if draft.rcpt:
        targets.add(draft.rcpt)
    if not targets:
        return False
    token = draw(st.sampled_from(_REDACTIONS))
    for target in sorted(targets, key=len, reverse=True):
        for k, v in draft.fields.items():
            if isinstance(v, str) and target in v:
                draft.fields[k] = v.replace(target, token)
        if draft.rcpt == target:
            draft.rcpt = token if "@" in token else None
    return True


def _garble_ok(parts: list[Piece]) -> bool:
    """Mojibake keeps a message readable when the client's words are ASCII and no garbled
    value holds a quote mark (a reader could not tell it from the quotes around it)."""
    if not _structure_ascii(parts):
        return False
    return not any(
        any(q in _garble(p.text) for q in QUOTES) for p in parts if p.kind == "value"
    )


def _garbled_record(draft: _Draft, parts: list[Piece], expected: ClientError) -> ClientError:
    garbled = [
        Piece(p.kind, _garble(p.text) if p.kind == "value" else p.text, p.field,
              label_key=p.label_key, number=p.number)
        for p in parts
    ]
    rcpt = _garble(draft.rcpt) if draft.rcpt else None
    again = _derive(attrs.evolve(draft, rcpt=rcpt), garbled,
                    number_from_opening=_opening_number(parts))
    return attrs.evolve(again, language=expected.language)


def _truncate(draw: Any, parts: list[Piece]) -> list[Piece]:
    """Cut after the k-th field (k >= 4), anywhere before the colon of the next label."""
    ends: list[int] = []  # index of the piece after each field's value (and closing quote)
    seen_label = False
    for i, p in enumerate(parts):
        if p.kind == "label":
            seen_label = True
        elif p.kind == "value" and seen_label:
            j = i + 1
            if j < len(parts) and parts[j].kind == "quote":
                j += 1
            ends.append(j)
    if len(ends) < 5:
        return parts
    k = draw(st.integers(4, len(ends) - 1))
    stop = ends[k - 1]
    nxt = next(i for i in range(stop, len(parts)) if parts[i].kind == "label")
    dangling = "".join(p.text for p in parts[stop : nxt + 1])
    keep = draw(st.integers(0, len(dangling) - 1))
    cut = parts[:stop]
    if keep:
        cut.append(Piece("noise", dangling[:keep]))
    return cut


def _restyle(draw: Any, parts: list[Piece]) -> list[Piece]:
    opening, closing = draw(st.sampled_from(_QUOTE_STYLES))
    out: list[Piece] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if p.kind == "quote" and i + 2 < len(parts) and parts[i + 2].kind == "quote":
            value = parts[i + 1]
            plain = not any(c.isspace() or c in QUOTES or c in ",;:" for c in value.text)
            if opening or (plain and value.field not in ("subject", "server_response")):
                out += [Piece("quote", opening), value, Piece("quote", closing)]
            else:
                out += [p, value, parts[i + 2]]
            i += 3
            continue
        out.append(p)
        i += 1
    return out


def _markdown(draw: Any, doc: _Doc) -> None:
    style = draw(st.sampled_from(("bullet", "bold-labels", "code-block", "inline-code")))
    if style == "bullet":
        doc.insert(0, draw(st.sampled_from(("- ", "* ", "\u2022 ", "1. "))))
    elif style == "bold-labels":
        # "**Server:** 'x'": the emphasis takes the label (across a wrap) and its colon.
        i = len(doc.chars) - 1
        while i >= 0:
            if doc.tags[i] != "label":
                i -= 1
                continue
            end = i + 1
            if doc.chars[end : end + 2] == [" ", ":"]:
                end += 1
            if doc.chars[end : end + 1] == [":"]:
                end += 1
            start = i
            while start > 0 and (doc.tags[start - 1] == "label" or (
                    doc.chars[start - 1] == "\n" and doc.tags[start - 1] == "noise"
                    and start > 1 and doc.tags[start - 2] == "label")):
                start -= 1
            doc.insert(end, "**")
            doc.insert(start, "**")
            i = start - 1
    elif style == "code-block":
        doc.insert(0, "```\n")
        doc.insert(len(doc.chars), "\n```")
    else:
        doc.insert(0, "`")
        doc.insert(len(doc.chars), "`")


# --------------------------------------------------------------------------- public


def _noise_set(noise: bool | Iterable[str]) -> tuple[str, ...]:
    if noise is True:
        return NOISES
    if noise is False:
        return ()
    chosen = set(noise)
    unknown = chosen - set(NOISES)
    if unknown:
        raise ValueError(f"unknown noise {sorted(unknown)}; known: {', '.join(NOISES)}")
    return tuple(n for n in NOISES if n in chosen)


@st.composite
def _case(draw: Any, languages: Sequence[str] | None, fmts: Sequence[str] | None,
          noise: tuple[str, ...], exact: bool) -> Case:
    draft = draw(_draft(languages, fmts))
    chosen = draw(st.lists(st.sampled_from(noise), unique=True)) if noise else []
    return _make_case(draw, draft, chosen, exact)


def cases(
    languages: Sequence[str] | None = None,
    formats: Sequence[str] | None = None,
    noise: bool | Iterable[str] = True,
) -> st.SearchStrategy[Case]:
    """`Case` values: what `client_errors` draws, with how each message was made."""
    return _case(languages, formats, _noise_set(noise), True)


def client_errors(
    languages: Sequence[str] | None = None,
    formats: Sequence[str] | None = None,
    noise: bool | Iterable[str] = True,
) -> st.SearchStrategy[tuple[str, ClientError]]:
    """``(text, expected)``: a client's message, damaged by a random subset of ``noise``
    (``True``: all of `NOISES`; ``False``: none; or names), and the record a correct reader
    returns for ``text`` -- ``parse(text) == expected``, span included."""
    return cases(languages, formats, noise).map(_pair_of)


def _pair_of(case: Case) -> tuple[str, ClientError]:
    assert case.expected is not None  # exact cases keep every message readable
    return case.text, case.expected


def messages(
    languages: Sequence[str] | None = None,
    formats: Sequence[str] | None = None,
    noise: bool | Iterable[str] = True,
) -> st.SearchStrategy[str]:
    """Client messages as text, damaged by ``noise``; unlike `client_errors`, mojibake is
    applied whatever the language (the text may then be unreadable), for fuzzing."""
    return _case(languages, formats, _noise_set(noise), False).map(lambda c: c.text)
