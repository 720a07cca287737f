"""Stage 3c: replies pasted alone ("550 5.1.1 <x@y>: Recipient address rejected").

Without a framing a reply line is a record only with more evidence than its shape: an
enhanced status after the code, a multi-line reply (``550-`` continuation lines), an address,
or a phrase the classifier knows.  Lines of a log (a time stamp, ``prog[pid]:``) are never
read here: a log line is read by its framing or not at all.
"""

from __future__ import annotations

import regex

from .._compile.grammar import Grammar
from .._compile.phrases import phrase_table
from .._records import ClientError
from .build import _record
from .reply_text import LOG_LINE, line_start, reply_end, reply_value
from .shapes import _EMAIL, _Spans
from .window import Normalized

__all__ = ["read_bare"]

# A reply at the start of a line, perhaps after a transcript's "S: " / "<<< ".
# (The line break is matched, not looked behind for: the engine then skips to line breaks.)
_BARE = regex.compile(r"(?:\A|\n)[ \t]*+(?P<p>S:[ \t]*+|<<<[ \t]*+)?+(?P<r>[45]\d\d[ -](?=\S))")
_STATUS = regex.compile(r"[45]\d\d[ -]#?[45]\.\d{1,3}\.\d{1,3}(?![\d.])")


def _evidence(value: str) -> bool:
    if _STATUS.match(value) or _EMAIL.search(value):
        return True
    if value[3:4] == "-" and regex.search(r"\n\s*+" + value[:3] + r"[ -]", value):
        return True  # a multi-line reply
    hits, _mta, _command, _refused = phrase_table().scan(value.lower())
    return any(not row[3] for row, _a, _b in hits)


REPEAT_REACH = 600  # how far from a framed record a reply line may be its transcript's
_CODES = regex.compile(r"(?:[45]\d\d[ -]++)?+(?:#?+[45]\.\d{1,3}\.\d{1,3}[ \t]++)?+")


def _words(reply: str) -> str:
    """A reply's words without its code and status, in lower case, blanks made one."""
    m = _CODES.match(reply)
    return " ".join(reply[m.end() if m else 0 :].lower().split())


def _repeated(
    value: str, span: tuple[int, int], framed: list[tuple[ClientError, tuple[int, int]]]
) -> bool:
    """Whether a framed record near the reply line gives the same reply: the line is the
    transcript of the failure the client reports ("500 5.5.1 Command unrecognized" in a log,
    then "SMTP Last Response: 5.5.1 Command unrecognized"), one failure, one record."""
    words = _words(value)
    return bool(words) and any(
        max(s[0] - span[1], span[0] - s[1]) <= REPEAT_REACH
        and _words(r.server_response or "") == words
        for r, s in framed
    )


def read_bare(
    g: Grammar,
    n: Normalized,
    taken: list[tuple[int, int]],
    framed: list[tuple[ClientError, tuple[int, int]]],
) -> list[tuple[ClientError, tuple[int, int]]]:
    """Records of the reply lines in window ``n`` that no framing or template read, and that
    no record in ``framed`` repeats."""
    text = n.struct
    out: list[tuple[ClientError, tuple[int, int]]] = []
    done = -1
    spans = _Spans(taken)
    for m in _BARE.finditer(text):
        a = m.start("r")
        if a < done or spans.hits(a, a + 1):
            continue
        line = line_start(text, a)
        if LOG_LINE.match(text, line) is not None:
            continue
        prefix = m.group("p") or ""
        got = reply_end(n, a, None, prefix)
        if got is None:
            continue
        span = got[:2]
        done = span[1]
        if spans.hits(span[0], span[1]):
            continue
        value = reply_value(n, span, prefix)
        if not _evidence(value) or _repeated(value, span, framed):
            continue
        rec = _record(
            g,
            n,
            span,
            fmt="server-reply",
            language=None,
            number=None,
            values={"server_response": value},
            recipient=None,
        )
        out.append((rec, span))
    return out
