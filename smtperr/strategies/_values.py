"""The values a message holds: hosts, addresses, subjects, accounts and server replies.

Realistic rather than arbitrary values, because a reader's hard cases are the real ones:
quotes and commas in subjects, internationalised addresses, MTA reply shapes quoting the
recipient.  Every list puts its shrink target first.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs
import regex
from hypothesis import strategies as st

# The package's one import of the compiler's text helpers; the other modules take them from here.
from .._compile.text import QUOTES as QUOTES
from .._compile.text import compact as compact
from .._data import replies as _replies
from .._tables import load_locale

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
    """A phrase of the reply tables as a server writes it (gaps closed, first letter up; no
    blank just inside a bracket a gap followed: "mail score (… over" is "Mail score (over", as
    no server writes "( over" and a hard wrap there reads back without the blank)."""
    text = " ".join(phrase.replace("\u2026", " ").split()).rstrip(" :")
    text = text.replace("( ", "(").replace("[ ", "[").replace("< ", "<")
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
