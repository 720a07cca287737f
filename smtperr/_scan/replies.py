"""Stage 3b: the reply reader.  A server's reply, with the framing that introduces it.

Framings (``smtperr._data.framings``, compiled by ``_scan.framing``) are found in a window
from their keys.  They are grouped into *messages*: a head (a bounce's first sentence) or a
section begins one, and the hits that follow within reach belong to it; a reply framing
outside any message (a fragment, a log line) is a message of its own.  Each message yields
one record, with the best of its replies (one with a code and words beats codes alone, which
beat words alone): one record per pasted bounce, not one per layer that repeats its reply.
Replies pasted without any framing are read last (``_scan.bare``), only with more evidence.

Values are cut from the window's text; the record is made by ``build._record``.
"""

from __future__ import annotations

import attrs
import regex

from .._compile.grammar import Grammar
from .._records import ClientError
from .bare import LOG_LINE, read_bare
from .build import _record
from .framing import Framing, Framings, framings
from .reply_text import CODE_AT, reply_end, reply_value
from .window import Normalized

__all__ = ["read_replies"]

GAP = 2500  # the most text between two hits of one message
_ADDRESS_LINE = regex.compile(
    r"(?<![^\n])[ \t]*+(?:\*\*[ \t]*+)?[<\"]?+"
    r"(?P<a>[^\s<>'\"(),;:@]{1,64}@[^\s<>'\"(),;:]{1,255}?)[>\"]?+(?=[ \t]*+(?:[(:]|on[ \t]|\n|\Z))"
)
# A line that starts with a reply code (inside a message: its transcript or its reason).
_CODE_LINE = regex.compile(r"(?<![^\n])[ \t]*+(?=[45]\d\d[ \-])")
_LOG_ADDRESS = regex.compile(
    r"(?:\bto=<|\barg1=<|RCPT[ \t]TO:[ \t]?<|\S[ \t]\*\*[ \t])"
    r"(?P<a>[^\s<>@]{1,64}@[^\s<>,]{1,255})",
    regex.IGNORECASE,
)
_WORDS = regex.compile(r"[^\W\d_]{2,}")


@attrs.define(slots=True)
class _Hit:
    start: int
    end: int  # where the framing's match ends: for a reply framing, where the reply starts
    f: Framing
    slots: dict[str, tuple[int, int]]
    reply: tuple[int, int] | None = None  # the reply's span, once read


@attrs.define(slots=True)
class _Message:
    hits: list[_Hit]
    standalone: bool  # a reply framing without a head: a fragment or a log line

    @property
    def start(self) -> int:
        return self.hits[0].start

    @property
    def last(self) -> int:
        return max(h.reply[1] if h.reply else h.end for h in self.hits)


def read_replies(
    g: Grammar,
    n: Normalized,
    lower: str,
    records: list[ClientError],
    taken: list[tuple[int, int]],
) -> None:
    """Append the records of the replies in window ``n`` (and their spans) to ``records``
    and ``taken``; spans already taken by the template reader are left alone."""
    fr = framings()
    text = n.struct
    hits = _find(fr, text, lower)
    last: tuple[ClientError, tuple[int, int]] | None = None
    covered: list[tuple[int, int]] = []  # what messages hold, read or not: no bare reply there
    for msg in _messages(n, hits):
        got = _read(g, n, msg, taken)
        if got is not None or not msg.standalone:
            covered.append((msg.start, _region_end(text, msg.last)))
        if got is not None:
            if last is not None and _same(last, got):
                continue  # the same reply again (a bounce in two languages, a DSN part)
            records.append(got[0])
            taken.append(got[1])
            last = got
    for rec, span in read_bare(g, n, taken + covered):
        records.append(rec)
        taken.append(span)


def _find(fr: Framings, text: str, lower: str) -> list[_Hit]:
    """Every framing found in the window, by start; of two framings that introduce the same
    reply the longer is kept ("status=bounced (host x said:" over "host x said:")."""
    seen: dict[tuple[int, int], _Hit] = {}
    size = len(text)
    for m in fr.keys.finditer(lower):
        pos = m.start()
        for idx in fr.by_key[m.group(1)]:
            f = fr.items[idx]
            lo = max(0, pos - f.back)
            found = f.start.search(text, lo, min(size, pos + f.ahead))
            while found is not None and found.start() <= pos:
                if (idx, found.start()) not in seen:
                    slots = {
                        k: found.span(k) for k, v in found.groupdict().items() if v is not None
                    }
                    seen[(idx, found.start())] = _Hit(found.start(), found.end(), f, slots)
                found = f.start.search(text, found.start() + 1, min(size, pos + f.ahead))
    hits = sorted(seen.values(), key=lambda h: (h.start, -h.end))
    out: list[_Hit] = []
    reply_starts: set[tuple[int, str]] = set()
    for h in hits:
        if h.f.has_reply:
            # One framing per reply (the longest), but a family's own INNER wording is kept
            # beside others' (it is read only inside that family's message).
            key = (h.end, h.f.family if h.f.role == "inner" else "")
            if key in reply_starts:
                continue
            reply_starts.add(key)
        out.append(h)
    return out


def _messages(n: Normalized, hits: list[_Hit]) -> list[_Message]:
    """Hits grouped into the messages they belong to (see the module docstring)."""
    out: list[_Message] = []
    cur: _Message | None = None
    for h in hits:
        role = h.f.role
        log = h.f.format == "mta-log" or bool(LOG_LINE.match(n.struct, _line_start(n.struct, h.start)))
        near = cur is not None and not cur.standalone and h.start - cur.last <= GAP
        if role in ("head", "section"):
            if near and cur is not None and (role == "section" or not _has_reply(n, cur)):
                cur.hits.append(h)
            else:
                cur = _Message([h], False)
                out.append(cur)
        elif role == "inner":
            if near and cur is not None and _family_open(cur, h.f.family):
                cur.hits.append(h)
        elif near and cur is not None and not log:
            cur.hits.append(h)
        else:
            cur = _Message([h], True)
            out.append(cur)
    return out


def _region_end(text: str, pos: int) -> int:
    """Where the part of a message that holds ``pos`` ends: at the next blank line."""
    blank = text.find("\n\n", pos, pos + 600)
    return blank if blank >= 0 else min(len(text), pos + 600)


def _family_open(msg: _Message, family: str) -> bool:
    return any(h.f.family == family and h.f.role in ("head", "section") for h in msg.hits)


def _has_reply(n: Normalized, msg: _Message) -> bool:
    return any(_reply(n, h) is not None for h in msg.hits if h.f.has_reply)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _reply(n: Normalized, h: _Hit) -> tuple[int, int] | None:
    """The reply a hit introduces: (start, end) in the window, or None when there is none."""
    if h.reply is None and h.f.has_reply:
        prefix = n.struct[_line_start(n.struct, h.start) : h.end] if h.f.text[:1] == "^" else ""
        h.reply = reply_end(n, h.end, h.f.end, prefix.strip() and prefix, h.f.end_required)
        h.reply = h.reply or (-1, -1)
    return None if h.reply is None or h.reply[0] < 0 else h.reply


def _rank(n: Normalized, h: _Hit, span: tuple[int, int]) -> int:
    """How good a reply is: 2 with a code and words, 1 with a code alone, 0 words alone."""
    text = n.struct[span[0] : span[1]]
    if CODE_AT.match(text) is None:
        return 0
    rest = CODE_AT.sub("", text, count=1)
    return 2 if _WORDS.search(rest) else 1


def _read(
    g: Grammar, n: Normalized, msg: _Message, taken: list[tuple[int, int]]
) -> tuple[ClientError, tuple[int, int]] | None:
    best: tuple[int, _Hit, tuple[int, int]] | None = None
    for h in msg.hits:
        span = _reply(n, h)
        if span is None:
            continue
        rank = _rank(n, h, span)
        if rank == 0 and (h.f.role != "inner" or msg.standalone):
            continue  # words without a code only where a family's own message frames them
        if best is None or rank > best[0]:
            best = (rank, h, span)
    if best is None or (best[0] == 0 and not msg.standalone):
        line = _code_line(n, msg)
        if line is not None:
            best = (1, line[0], line[1])
    if best is None:
        return None
    _rank_, hit, span = best
    start, end = msg.start, span[1]
    if any(a <= start < b or (span[0] < b and a < span[1]) for a, b in taken):
        return None  # the template reader read this message
    head = next((h for h in msg.hits if h.f.role in ("head", "section")), None)
    frame = head if head is not None and not msg.standalone else hit
    fmt = frame.f.format
    if msg.standalone and LOG_LINE.match(n.struct, _line_start(n.struct, hit.start)):
        fmt = "mta-log"
    values = {"server_response": reply_value(n, span)}
    server = _slot(n, hit, "server") or _server(n, msg, hit)
    if server:
        values["server"] = server
    recipient = _recipient(n, msg, hit, span)
    rec = _record(
        g,
        n,
        (start, end),
        fmt=fmt,
        language=frame.f.language,
        number=None,
        values=values,
        recipient=recipient,
    )
    return rec, (start, end)


def _code_line(n: Normalized, msg: _Message) -> tuple[_Hit, tuple[int, int]] | None:
    """A line of the message that starts with a reply code (a transcript, a bare reason),
    when no framing of the message introduces a reply with one."""
    if msg.standalone:
        return None
    text = n.struct
    end = _region_end(text, msg.last)
    for m in _CODE_LINE.finditer(text, msg.start, end):
        span = reply_end(n, m.end(), None)
        if span is not None:
            return msg.hits[0], span
    return None


def _slot(n: Normalized, h: _Hit, name: str) -> str | None:
    if name not in h.slots:
        return None
    a, b = h.slots[name]
    value = n.text[a:b].strip().rstrip(".")
    return value or None


def _server(n: Normalized, msg: _Message, hit: _Hit) -> str | None:
    """The server named by the message's sections (remote first), else by its head."""
    ranked = sorted(
        (h for h in msg.hits if h.start <= hit.start and "server" in h.slots),
        key=lambda h: (h.f.role == "section", h.start),
    )
    return _slot(n, ranked[-1], "server") if ranked else None


def _recipient(n: Normalized, msg: _Message, hit: _Hit, span: tuple[int, int]) -> str | None:
    """The failed recipient: a slot of the reply's framing or of the message, else the last
    address standing alone on a line before the reply, else the log line's ``to=<...>``."""
    for h in [hit, *msg.hits]:
        value = _slot(n, h, "recipient")
        if value:
            return value
    text = n.struct
    start = msg.start if not msg.standalone else _paragraph_start(text, hit.start)
    found = None
    for m in _ADDRESS_LINE.finditer(text, start, hit.start):
        found = m
    if found is not None:
        return n.text[found.start("a") : found.end("a")]
    line = min(_log_start(text, hit.start), _paragraph_start(text, hit.start))
    eol = text.find("\n", span[1])
    m = _LOG_ADDRESS.search(text, line, len(text) if eol < 0 else eol)
    if m is not None:
        return n.text[m.start("a") : m.end("a")]
    return None


def _paragraph_start(text: str, pos: int) -> int:
    """The start of the lines before ``pos`` up to a blank line, at most 300 characters."""
    blank = text.rfind("\n\n", max(0, pos - 300), pos)
    return blank + 2 if blank >= 0 else _line_start(text, max(0, pos - 300))


def _log_start(text: str, pos: int) -> int:
    """The start of the log line (wrapped or not) that holds ``pos``: the nearest line start
    before it, within 600 characters and no blank line, where a log line starts; else the
    start of the line of ``pos``."""
    line = _line_start(text, pos)
    at = line
    while line - at < 600:
        if LOG_LINE.match(text, at) is not None:
            return at
        if at < 2 or text[at - 2] == "\n":
            break
        at = _line_start(text, at - 1)
    return line


def _same(
    prev: tuple[ClientError, tuple[int, int]], got: tuple[ClientError, tuple[int, int]]
) -> bool:
    """Whether a record repeats the one before it (same reply, recipient and format)."""
    (old, old_span), (rec, span) = prev, got
    return (
        span[0] - old_span[1] <= GAP
        and rec.server_response is not None
        and old.format == rec.format
        and old.server_response == rec.server_response
        and old.recipient == rec.recipient
        and rec.format != "mta-log"
    )
