"""Stage 3b: the reply reader.  A server's reply, with the framing that introduces it.

Framings (``smtperr._data.framings``, compiled by ``_scan.framing``) are found in a window
from their keys.  They are grouped into *messages*: a head (a bounce's first sentence) or a
section begins one, and the hits that follow within reach belong to it; a reply framing
outside any message (a fragment, a log line) is a message of its own.  Another bounce ends a
message: a head of another family (of its own, once the message has a reply or the template
reader's record it begins in has ended), a record of another reader beginning between two
hits, or, once the message has its reply (or lies in a template's record), a reply
framing of another family standing apart from it (past the blank line after its part).  Each
message yields one record, with the best of its replies (one with a code and words beats
codes alone, which beat words alone): one record per pasted bounce, not one per layer that
repeats its reply; a message that repeats the reply of the one before it (a part of that
bounce without a head, the bounce in another language) yields none.
Replies pasted without any framing are read last (``_scan.bare``), only with more evidence.
Values are cut from the window's text; the record is made by ``build._record``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from .._classify import classify
from .._compile.grammar import Grammar
from .._compile.text import LazyPattern
from .._records import ClientError
from .bare import quoted_reply, read_bare
from .build import _record
from .framing import Framing, framings
from .gate import LOG_STAMP
from .messages import GAP, failed_status, messages, reply
from .messages import rank as reply_rank
from .recipient import last_address_line, reply_recipient
from .reply_hits import Hit, Message, find
from .reply_text import (
    LINE_REACH,
    LOG_WRAP_REACH,
    LogLines,
    line_between,
    line_start,
    lines_matching,
    log_start,
    paragraph_start,
    region_end,
    reply_end,
    reply_value,
)
from .report import frame, language, named_server, server_before, slot, tail_slot, unreplied
from .shapes import _HEX, CODE_AT, _Spans
from .window import Normalized

__all__ = ["read_replies"]

# A line that starts with a reply code (inside a message: its transcript or its reason).
_CODE_LINE = LazyPattern(r"(?<![^\n])[ \t]*+(?=[45]\d\d[ \-])")
_LOG_ADDRESS = LazyPattern(
    r"(?:\bto=<|\barg1=<|RCPT[ \t]TO:[ \t]?<|\S[ \t]\*\*[ \t])"
    r"(?P<a>[^\s<>@]{1,64}@[^\s<>,]{1,255})",
    regex.IGNORECASE,
)


ADDRESS_LINE_BACK = 5000  # how far before its reply a bounce names its recipient alone


class _LogAddresses:
    """Where ``_LOG_ADDRESS`` matches in a window: found in one pass on the first question
    (asked from every reply, a search over the lines around each would cost thousands of
    characters a reply on a long line)."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def between(self, lo: int, hi: int) -> bool:
        """Whether a match starts in text[lo:hi]."""
        if self._starts is None:
            self._starts = [m.start() for m in _LOG_ADDRESS.finditer(self._text)]
        i = bisect.bisect_left(self._starts, lo)
        return i < len(self._starts) and self._starts[i] < hi


def read_replies(
    g: Grammar,
    n: Normalized,
    lower: str,
    records: list[ClientError],
    taken: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Append the records of the replies in window ``n`` (and their spans) to ``records``
    and ``taken``; spans already taken by the template reader are left alone.  Returns what
    the messages found hold (a bounce's parts, read or not)."""
    fr = framings()
    text = n.struct
    hits = find(fr, text, lower)
    n.frames = frozenset(_frame_starts(text, hits))
    logs = LogLines(text)
    addresses = _LogAddresses(text)
    spans = _Spans(taken)  # what is read already, asked in O(log n)
    last: tuple[ClientError, tuple[int, int], Framing] | None = None
    covered: list[tuple[int, int]] = []  # what messages hold, read or not: no bare reply there
    found = messages(n, hits, sorted(taken), logs, fr.shared)
    for i, msg in enumerate(found):
        stop = found[i + 1].start if i + 1 < len(found) else n.size
        got = _read(g, n, msg, spans, logs, addresses, stop)
        if got is not None or not msg.standalone:
            covered.append((msg.start, region_end(text, msg.last)))
        if got is not None:
            first = msg.hits[0].f
            again = last is not None and _same(text, last, (*got, first))
            last = (*got, first)
            if again:
                continue  # the same reply again (a bounce in two languages, a DSN part)
            records.append(got[0])
            taken.append(got[1])
            spans.add(*got[1])
    for rec, span in read_bare(g, n, taken + covered, list(zip(records, taken))):
        records.append(rec)
        taken.append(span)
    return covered


def _frame_starts(text: str, hits: list[Hit]) -> Iterator[int]:
    """Where a head or section begins, or a framing whose reply starts with a code (or that
    shows a status apart from it: "dsn=5.1.1, stat=..."), and the start of its line when only
    blanks stand before it there, or when it is a log line's: a reply stops at such a line,
    and none starts at such a place."""
    for h in hits:
        if (
            h.f.role in ("head", "section")
            or CODE_AT.match(text, h.end) is not None
            or "status" in h.slots
        ):
            yield h.start
            line = line_start(text, h.start)
            if h.f.format == "mta-log" or not text[line : h.start].strip(" \t"):
                yield line


def _read(
    g: Grammar,
    n: Normalized,
    msg: Message,
    taken: _Spans,
    logs: LogLines,
    addresses: _LogAddresses,
    stop: int,
) -> tuple[ClientError, tuple[int, int]] | None:
    best = _best(n, msg)
    if best is None or (best[0] == 0 and not msg.standalone):
        line = _code_line(n, msg, stop)
        if line is not None:
            best = (1, line[0], line[1])
    if best is None and not msg.standalone:
        line = _unframed(n, msg, stop)
        if line is not None:
            best = (1, line[0], line[1])
    if best is None:
        return None if msg.standalone else unreplied(g, n, msg, taken, stop)
    worth, hit, span = best
    start, end = msg.start, span[1]
    if taken.hits(start, start + 1):
        return None  # another reader read this message
    if taken.hits(span[0], span[1]):
        # The reply is another message's (a label list or sentence read already, below a
        # report pasted without its reply): the report has none of its own.
        return None if msg.standalone else unreplied(g, n, msg, taken, stop)
    if worth == 0 and _HEX.search(n.struct, span[0], span[1]) is not None:
        return None  # words with a client's error number: its own message, not a reply
    framed = frame(msg, hit)
    fmt = framed.f.format
    # A bounce that a provider prefaces in its own language is in that language.
    lang = language(msg, framed)
    if msg.standalone and logs.at(line_start(n.struct, hit.start)):
        fmt = "mta-log"
    values = {"server_response": reply_value(n, span, hit.prefix)}
    code = slot(n, hit, "code") or tail_slot(n, hit, span[1], "code")
    own = CODE_AT.match(n.struct, span[0], span[1])
    if code and (own is None or own.group("code") is None):
        values["server_error"] = code  # the code the client shows apart from the reply
    status = failed_status(n, hit)
    if status and (own is None or own.group("status") is None):
        values["enhanced_status"] = status  # ... and the status ("dsn=5.1.1, stat=...")
    server = slot(n, hit, "server") or named_server(n, msg, hit)
    if not server and fmt != "mta-log":  # a report's host line in wording no framing knows
        floor = msg.start if not msg.standalone else taken.end_before(msg.start)
        server = server_before(n, n.struct, span[0], floor)
    if server:
        values["server"] = server
    recipient = _recipient(n, msg, hit, span, logs, addresses)
    rec = _record(
        g,
        n,
        (start, end),
        fmt=fmt,
        language=lang,
        number=None,
        values=values,
        recipient=recipient,
        command=slot(n, hit, "command"),  # the command the reply answered ("RCPT TO")
    )
    return rec, (start, end)


def _code_line(n: Normalized, msg: Message, stop: int) -> tuple[Hit, tuple[int, int]] | None:
    """A line of the message that starts with a reply code (a transcript, a bare reason),
    when no framing of the message introduces a reply with one: before the next message
    (``stop``)."""
    if msg.standalone:
        return None
    text = n.struct
    end = min(region_end(text, msg.last), stop)
    for m in lines_matching(_CODE_LINE, text, msg.start, end):
        got = reply_end(n, m.end(), None)
        if got is not None:
            return msg.hits[0], got[:2]
    return None


UNFRAMED_REACH = 3000  # how far after a report's start a reply no framing of it knows is looked for


def _unframed(n: Normalized, msg: Message, stop: int) -> tuple[Hit, tuple[int, int]] | None:
    """A reply that wording no framing knows introduces inside a report whose heads or
    sections were found (a head in a known language, its "Remote Server returned '...'" in
    wording of its own): quoted with its code and status, or after Exchange's "#"; before
    the next message."""
    found = quoted_reply(n, msg.start, min(stop, msg.start + UNFRAMED_REACH))
    return (msg.hits[0], found) if found is not None else None


def _best(n: Normalized, msg: Message) -> tuple[int, Hit, tuple[int, int]] | None:
    """The message's best reply: the first of the highest rank, one that its framing's end
    literal ended before one cut by lines; a later one that goes on where it stops (Sendmail's
    "(reason: ...)" holds only the first line of what its transcript quotes) replaces it."""
    found: list[tuple[int, bool, Hit, tuple[int, int]]] = []
    for h in msg.hits:
        got = reply(n, h)
        if got is None:
            continue
        rank = reply_rank(n, h, got[:2])
        if rank == 0 and (h.f.role != "inner" or msg.standalone) and not _refused(n, h, got):
            continue  # words without a code only where a family's own message frames them
        found.append((rank, got[2], h, got[:2]))
    if not found:
        return None
    top = max((rank, ended) for rank, ended, _h, _s in found)
    rank, _ended, hit, span = next(c for c in found if (c[0], c[1]) == top)
    others = [(o, s) for r, _e, o, s in found if rank and r == rank and o is not hit]
    if others:  # (each value folded only when there is another to compare it with)
        value = _fold(reply_value(n, span, hit.prefix))
        for other, other_span in others:
            longer = _fold(reply_value(n, other_span, other.prefix))
            if len(longer) > len(value) and longer.startswith(value):
                hit, span, value = other, other_span, longer
    return rank, hit, span


def _refused(n: Normalized, h: Hit, got: tuple[int, int, bool]) -> bool:
    """Whether words without a code are a refusal all the same: their framing names the
    recipient refused, and they are a known phrase (Exim's log: "F=<a> rejected RCPT <b>:
    relay not permitted")."""
    if "recipient" not in h.slots:
        return False
    evidence = classify(reply_value(n, got[:2], h.prefix)).evidence
    return evidence is not None and evidence.kind == "phrase"


def _fold(value: str) -> str:
    return " ".join(value.split()).lower()


def _recipient(
    n: Normalized,
    msg: Message,
    hit: Hit,
    span: tuple[int, int],
    logs: LogLines,
    addresses: _LogAddresses,
) -> str | None:
    """The failed recipient: a slot of the reply's framing or of the message, else the last
    address alone on a line before the reply, the log line's ``to=<...>``, the reply's own."""
    for h in [hit, *msg.hits]:
        value = slot(n, h, "recipient")
        if value:
            return value
    text = n.struct
    start = msg.start if not msg.standalone else paragraph_start(text, hit.start)
    found = last_address_line(text, max(start, span[0] - ADDRESS_LINE_BACK), span[0])
    if found is not None:
        return n.text[found.start("a") : found.end("a")]
    own = reply_recipient(text[span[0] : span[1]])  # "550 5.1.1 <bob@x>: Recipient address ..."
    eol = text.find("\n", span[1], span[1] + LINE_REACH)
    eol = min(len(text), span[1] + LINE_REACH) if eol < 0 else eol
    # Where the log line may start: within LOG_WRAP_REACH of the reply's line, or at its
    # paragraph's start.  No address in all that: no need to find where (a dozen lines).
    paragraph = paragraph_start(text, hit.start)
    earliest = min(line_start(text, hit.start) - LOG_WRAP_REACH, paragraph)
    if not addresses.between(max(0, earliest), eol):
        return own
    line = log_start(text, hit.start, logs)
    if not logs.at(line):
        line = min(line, paragraph)
    logged = _LOG_ADDRESS.search(text, line, eol)
    if logged is not None:
        return n.text[logged.start("a") : logged.end("a")]
    return own


def _same(
    text: str,
    prev: tuple[ClientError, tuple[int, int], Framing],
    got: tuple[ClientError, tuple[int, int], Framing],
) -> bool:
    """Whether a message repeats the one just before it (kept or not): the same reply again,
    from a part of that bounce without a head of its own (its delivery status fields, its
    section for administrators) or, both begun by a head, from the same family's message in
    another language for the same recipient (Mail.Ru's Russian part and Exim's English one).
    A message begun by the framing that began the one before is that bounce pasted again, so
    is one after a log's line."""
    (old, old_span, old_first), (rec, span, first) = prev, got
    if (
        span[0] - old_span[1] > GAP
        or line_between(LOG_STAMP, text, old_span[1], span[0])
        or rec.server_response is None
        or old.server_response != rec.server_response
        or rec.format == "mta-log"
        or first == old_first
    ):
        return False
    if first.role != "head":
        return True
    return (
        old_first.role == "head"
        and first.family == old_first.family
        and old.format == rec.format
        and old.recipient == rec.recipient
    )
