"""Value shapes, separators and limits the readers share: declared once."""

from __future__ import annotations

import bisect

import regex

from .._compile.text import QUOTES, LazyPattern

_SEP = " \t\n,;.、。"

_TRAIL = _SEP + QUOTES

_SEP_OPEN = frozenset(_SEP + "(")

# The longest a value of each field may run before it is cut at the end of its line.
_MAX = {
    "subject": 400,
    "account": 300,
    "server": 300,
    "protocol": 40,
    "server_response": 3000,
    "port": 20,
    "ssl": 40,
    "server_error": 40,
    "socket_error": 40,
    "error_number": 40,
}

_PROTOCOLS = ("SMTP", "POP3", "POP", "IMAP", "IMAP4", "NNTP", "HTTP", "HTTPMAIL", "LDAP", "SSL")

_HEX = LazyPattern(r"0\n?+[xX](?:\n?+[0-9A-Fa-f]){8}+(?![0-9A-Fa-f])")

_INT = LazyPattern(r"[0-9](?:\n?+[0-9]){0,5}+(?![0-9])")

_CODE = LazyPattern(
    r"(?:0\n?+[xX](?:\n?+[0-9A-Fa-f]){1,8}+|[0-9](?:\n?+[0-9]){0,5}+)(?![0-9A-Za-z])"
)

# A reply's code and enhanced status, as sources the readers' patterns are built from (the
# framings' slots declare theirs in ``_compile.framings``).
CODE_SRC = r"[45]\d\d(?!\d)"
STATUS_SRC = r"[45]\.\d{1,3}+\.\d{1,3}+(?![\d.])"
# What stands between a reply's code and its enhanced status: a blank or hyphen ("550 5.1.1",
# "550-5.1.1"), Exchange's "#" ("550 #5.1.1"), or the semicolon Microsoft's help prints
# ("550;5.7.711").
CODE_STATUS_SEP = r"(?:[ -]#?+|;)"

# A reply's code (4xx/5xx, with a '#' or quotes before it) or enhanced status, at its start.
CODE_AT = LazyPattern(
    r"[\s'\"*(\[]*+#?+(?:(?P<code>[45]\d\d)(?![\d.,])(?=[\s\-:;,.'\"_)*]|\Z)"
    r"|(?P<status>[45]\.\d{1,3}\.\d{1,3})(?![\d.]))"
)

_WORD = LazyPattern(r"[^\s,;.、。:'\"]{1,30}+")

_ANGLE = LazyPattern(r"<[^<>]{1,300}+>")

# An apostrophe may stand inside the local part (RFC 5322 atext: o'brien@...), not first.
_EMAIL = LazyPattern(r"[^\s<>'\"(),;:@][^\s<>\"(),;:@]{0,63}+@[^\s<>'\"(),;:]{1,255}+")
# ... inside a sentence: its domain ends before a character of a script written without
# blanks ("news@mass.eu.com。请参阅 ...", "bob@x.com에").
_EMAIL_IN_PROSE = LazyPattern(
    r"[^\s<>'\"(),;:@]{1,64}+@(?:(?![\u3000-\u9fff\uac00-\ud7af\uff00-\uffef])[\w.-]){1,255}+"
)

_Q = "[" + regex.escape(QUOTES) + "]"

# What UTF-8 read as cp1252 puts inside a word: the characters of bytes 0x80-0xFF (the five
# that cp1252 leaves undefined as the C1 controls of the same number, as Windows converts
# them), quote marks and the no-break space aside ("Ã±" for "ñ", "â‚¬" for "€").
MOJIBAKE = "".join(
    ch
    for ch in (bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0x100))
    if ch not in QUOTES and not ch.isspace()
)

_LAST_QUOTE = LazyPattern("(?r)[" + regex.escape(QUOTES) + "]")  # searched backwards

_QSET = frozenset(QUOTES)  # membership of one character (an empty slice is never in it)

_SUBJECT_BEFORE = LazyPattern(
    r"(?:(?<=[.] )|(?<=\n))[^\W\d_][^\W\d_]{1,25}+ ?+(?P<v>"
    + _Q
    + r"[^\n]{0,300}?"
    + _Q
    + r")[ ,;]*+\Z"
)

_ENDS = ("error_number", "wlm_error_id", "wm_error_id")

_PROTO = LazyPattern(
    r"(?<![A-Za-z])(?:SMTP|POP3|POP|IMAP4|IMAP|NNTP|HTTPMail|HTTP|LDAP)(?![A-Za-z0-9])",
    regex.IGNORECASE,
)

_COLONLESS_FIELDS = frozenset(
    {"subject", "port", "server", "account", "server_error", "error_number"}
)


_ALIAS = {"wlm_error_id": "error_number", "wm_error_id": "error_number"}


class _Label:
    """A label found in a window.  (A plain class: ``stop`` is set while reading, and an
    attrs class costs the first ``parse`` ~1 ms to create.)"""

    __slots__ = ("end", "field", "key", "start", "stop")

    def __init__(self, start: int, end: int, field: str | None, key: str) -> None:
        self.start = start
        self.end = end  # after the colon
        self.field = field  # None: a label of an unknown language
        self.key = key  # compact spelling, for the language vote
        self.stop = -1  # where this label's value ends (set while reading)

    def __repr__(self) -> str:
        return f"_Label({self.start}, {self.end}, {self.field!r}, {self.key!r}, {self.stop})"


def _inner_apostrophe(text: str, i: int) -> bool:
    """Whether the quote mark at ``i`` stands inside a word ("d'erreur"), a hard wrap on
    either side of it or not ("d\n'erreur", "d'\nerror")."""
    before = i - 2 if i >= 2 and text[i - 1] == "\n" else i - 1
    after = i + 2 if i + 2 < len(text) and text[i + 1] == "\n" else i + 1
    if before == i - 2 and after == i + 2:
        return False  # a quote alone on its line
    return before >= 0 and after < len(text) and text[before].isalpha() and text[after].isalpha()


_PAIRS = {
    "'": "'\u2018\u2019",
    '"': '"\u201c\u201e',
    "\u2019": "'\u2018\u2019",
    "\u201d": '"\u201c\u201e\u201d',
    "\u201c": "\u201e",  # German: „...“
    "\u00bb": "\u00ab",
    "\u300d": "\u300c",
    "\u300f": "\u300e",
    "\u203a": "\u2039",
}

_HOSTLIKE_PART = LazyPattern(r"[\w.:@<>\[\]-]{1,255}+")


class _Spans:
    """Sorted spans, asked whether any overlaps [start, end): O(log n) a question."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _b in merged]
        self.ends = [b for _a, b in merged]

    def hits(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start

    def end_before(self, pos: int) -> int:
        """The end of the last span that ends at or before ``pos`` (0: none)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        return self.ends[i] if i >= 0 else 0

    def add(self, start: int, end: int) -> None:
        """Take in one more span (merged with those it touches): O(log n) and a list insert,
        so a reader that adds its records as it goes asks and adds in O(log n) each."""
        i = bisect.bisect_left(self.starts, start)
        if i > 0 and self.ends[i - 1] >= start:
            i -= 1
            start = self.starts[i]
        j = i
        while j < len(self.starts) and self.starts[j] <= end:
            end = max(end, self.ends[j])
            j += 1
        if j > i:
            end = max(end, self.ends[j - 1])
        self.starts[i:j] = [start]
        self.ends[i:j] = [max(end, self.ends[i]) if j > i else end]


def host_rest(head: str, word: str) -> bool:
    """Whether ``word`` on the line after ``head`` reads as the rest of a host name split by a
    hard wrap rather than a word of prose (a signature, "Thanks"): it holds a dot, or ``head``
    ends with one or a hyphen, or both are in lower case as host names are written."""
    return (
        "." in word
        or head.endswith((".", "-"))
        or (not any(ch.isupper() for ch in word) and not any(ch.isupper() for ch in head))
    )
