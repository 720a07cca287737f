"""A report's own fields, as the reply reader reads them from a message's framings: the
values of their slots, the server it names, its format and language; and the record of a
report that names its recipient without a reply."""

from __future__ import annotations

from .._compile.grammar import Grammar
from .._compile.text import LazyPattern
from .._records import ClientError
from .build import _record
from .recipient import ADDRESS_LINE
from .reply_hits import Hit, Message
from .reply_text import line_start, lines_matching, region_end
from .shapes import _Spans
from .window import Normalized

__all__ = [
    "NAMED_BACK",
    "UNREPLIED_REACH",
    "frame",
    "language",
    "named_server",
    "server_before",
    "slot",
    "tail_slot",
    "unreplied",
]


def slot(n: Normalized, h: Hit, name: str) -> str | None:
    if name not in h.slots:
        return None
    a, b = h.slots[name]
    value = n.text[a:b].strip().rstrip(".\u3002")
    return value or None


def tail_slot(n: Normalized, h: Hit, end: int, name: str) -> str | None:
    """A slot of the literal that ends a framing's reply, read where the reply ends (the code
    a log prints after the reply: "... Relay access denied (Code: 454)")."""
    ending = h.f.end
    if ending is None or name not in ending.full.groupindex:
        return None
    m = ending.full.match(n.struct, end)
    return m.group(name) if m is not None else None


def named_server(n: Normalized, msg: Message, hit: Hit) -> str | None:
    """The server a section of the message names (the last before the reply, else the first
    after it: Sendmail's "... while talking to x:" follows the "(reason: ...)"), else its
    head's."""
    named = [h for h in msg.hits if "server" in h.slots]
    sections = [h for h in named if h.f.role == "section"]
    before = [h for h in sections if h.start <= hit.start]
    pick = before[-1] if before else sections[0] if sections else named[0] if named else None
    return slot(n, pick, "server") if pick is not None else None


NAMED_BACK = 600  # how far before a reply its report's recipient and server are looked for
# A line that gives a host name alone after its label, in any language: Exchange's
# "Generating server: mx.example.com" ("生成サーバー: ...", "Genererande server: ..."); its last
# label starts with a letter (not "Version: 1.7.8-13635bcf").
_SERVER_LINE = LazyPattern(
    r"[ \t]*+[^\W\d_][^\n:\uff1a@]{0,40}?[:\uff1a][ \t]*+"
    r"(?P<h>[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*\.[A-Za-z][A-Za-z0-9-]*+)[ \t]*+(?=\n|\Z)"
)


def server_before(n: Normalized, text: str, start: int, floor: int) -> str | None:
    """The host a report names on a line of its own before the reply: the server that
    generated the report or gave the reply."""
    lo = max(floor, start - NAMED_BACK)
    found = [
        m
        for m in lines_matching(_SERVER_LINE, text, line_start(text, lo), line_start(text, start))
        if m.start() >= lo
    ]
    return n.text[found[-1].start("h") : found[-1].end("h")] if found else None


def frame(msg: Message, hit: Hit) -> Hit:
    """What names a message's format: its first head or section, else the reply's framing."""
    heads = [h for h in msg.hits if h.f.role in ("head", "section")]
    return heads[0] if heads and not msg.standalone else hit


def language(msg: Message, frame: Hit) -> str:
    """A message's language: the first of its heads and sections not in English (a bounce
    quotes English wording inside its own), else its frame's."""
    heads = (h for h in msg.hits if h.f.role in ("head", "section") and h.f.language != "en")
    return next((h.f.language for h in heads), frame.f.language)


UNREPLIED_REACH = 600  # how far after a report's head without a reply its recipient may stand


def unreplied(
    g: Grammar, n: Normalized, msg: Message, taken: _Spans, stop: int
) -> tuple[ClientError, tuple[int, int]] | None:
    """A report that names its recipient, without a reply: in its head (Gmail's "Your message
    wasn't delivered to x because the domain y couldn't be found": no server answered), or
    alone on a line after it (Hotmail's "Delivery to the following recipients failed." with
    the addresses below); also a head pasted without the rest.  The record: the recipient,
    and the reason the report's words give."""
    heads = [h for h in msg.hits if h.f.role == "head"]
    if not heads:
        return None
    text = n.struct
    head = next((h for h in heads if "@" in (slot(n, h, "recipient") or "")), None)
    if head is not None:
        recipient = slot(n, head, "recipient")
        end = min(stop, region_end(text, head.end))
    else:
        head = heads[0]
        reach = min(stop, head.end + UNREPLIED_REACH)
        found = next(lines_matching(ADDRESS_LINE, text, head.end, reach), None)
        if found is None:
            return None
        recipient = n.text[found.start("a") : found.end("a")]
        end = found.end()
    start = msg.start
    while end > head.end and text[end - 1] in " \t\n":
        end -= 1
    if taken.hits(start, end):
        return None  # the template reader read this message
    framed = frame(msg, head)
    rec = _record(
        g,
        n,
        (start, end),
        fmt=framed.f.format,
        language=language(msg, framed),
        number=None,
        values={"server": named_server(n, msg, head)},
        recipient=recipient,
        # (the lines after the recipient's may say why: "for the following reason: ...")
        wording=text[head.start : min(stop, region_end(text, end))],
    )
    return rec, (start, end)
