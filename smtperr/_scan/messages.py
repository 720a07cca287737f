"""Stage 3b, second part: the framings found in a window (``_scan.reply_hits``) grouped into
the messages they belong to (see ``_scan.replies``), and what each hit's reply is worth."""

from __future__ import annotations

import bisect

from .._compile.text import LazyPattern
from .gate import LOG_STAMP
from .reply_hits import Hit, Message
from .reply_text import LogLines, line_between, line_start, region_end, reply_end
from .shapes import CODE_AT
from .window import Normalized

__all__ = ["GAP", "messages", "rank", "reply"]

GAP = 2500  # the most text between two hits of one message
_WORDS = LazyPattern(r"[^\W\d_]{2,}")


def messages(
    n: Normalized,
    hits: list[Hit],
    records: list[tuple[int, int]],
    logs: LogLines,
    shared: frozenset[str],
) -> list[Message]:
    """Hits grouped into the messages they belong to (see the module docstring); ``records``:
    the spans of the template reader's records, sorted; ``shared``: families whose sections
    stand inside other families' bounces."""
    starts = [a for a, _b in records]
    out: list[Message] = []
    cur: Message | None = None
    for h in hits:
        role = h.f.role
        line = line_start(n.struct, h.start)
        log = h.f.format == "mta-log" or logs.at(line)
        near = (
            cur is not None
            and not cur.standalone
            and h.start - cur.reach <= GAP
            and not _between(starts, cur.hits[-1].start, h.start)
            and not line_between(LOG_STAMP, n.struct, cur.hits[-1].start, h.start)  # a log's line
        )
        if role in ("head", "section"):
            # A section continues the message it stands in, unless it is another family's,
            # past the part that holds the message's reply (a second bounce pasted after
            # the first); a head only one of its own family without a reply yet (Mail.Ru's
            # Russian part, then Exim's English one); another family's head begins a
            # message of its own.
            same = (
                cur is not None
                and h.f.family in cur.families
                and not _has_reply(n, cur)
                and not _read_before(records, starts, cur, h.start)
            )
            # ... nor its own family's in another language, past the part that holds the
            # message's coded reply (a German report's diagnostic part pasted after an
            # English report: one report has its sections in one language).
            part = role == "section" and not (
                cur is not None
                and (
                    (h.f.family not in cur.families and h.f.family not in shared)
                    or (h.f.language not in cur.languages and _has_coded_reply(n, cur))
                )
                and _has_reply(n, cur)
                and h.start >= region_end(n.struct, cur.last)
            )
            if near and cur is not None and (part or same):
                cur.add(h)
            else:
                cur = Message.of(h, False)
                out.append(cur)
        elif role == "inner":
            # (a '#' that no " ##" ends is no part: "...680000##7126##..." in a log line)
            if (
                near
                and cur is not None
                and h.f.family in cur.families
                and (not h.f.end_required or reply(n, h) is not None)
            ):
                cur.add(h)
        elif near and cur is not None and not log and not _apart(n, cur, h, records, starts):
            cur.add(h)
        else:
            cur = Message.of(h, True)
            out.append(cur)
    return out


def _read_before(
    records: list[tuple[int, int]], starts: list[int], msg: Message, pos: int
) -> bool:
    """Whether the template reader's record that the message begins in ends before ``pos``:
    the message is read, and a head after it begins another (an NDR without a reply, then
    another NDR)."""
    i = bisect.bisect_right(starts, msg.start) - 1
    return i >= 0 and msg.start < records[i][1] <= pos


def _between(starts: list[int], a: int, b: int) -> bool:
    """Whether one of ``starts`` lies in ``(a, b]``."""
    i = bisect.bisect_right(starts, a)
    return i < len(starts) and starts[i] <= b


def _apart(
    n: Normalized, msg: Message, h: Hit, records: list[tuple[int, int]], starts: list[int]
) -> bool:
    """Whether a reply framing begins another bounce rather than repeating this one: of
    another family than the message's heads and sections, once the message has its reply (a
    framing's, or the template reader's record that the message begins in), and past the
    part that holds it (a reply quoted inside another stays in its part).  Of the message's
    own family, only once the message holds a reply with its code: a bounce gives its reply
    with a code once (per recipient, line after line), and words before it ("Google tried to
    deliver your message, but ..."); a second bounce gives one again."""
    if h.f.family in msg.families and not _has_coded_reply(n, msg):
        return False
    i = bisect.bisect_right(starts, msg.start) - 1
    held = (i >= 0 and records[i][1] > msg.start) or _has_reply(n, msg)
    return held and h.start >= region_end(n.struct, msg.last)



def _has_reply(n: Normalized, msg: Message) -> bool:
    """Whether a hit of the message introduces a reply (each hit looked at once)."""
    while not msg.replied and msg.checked < len(msg.hits):
        h = msg.hits[msg.checked]
        msg.checked += 1
        msg.replied = h.f.has_reply and reply(n, h) is not None
    return msg.replied


def _has_coded_reply(n: Normalized, msg: Message) -> bool:
    """Whether a hit of the message introduces a reply with its code (each hit looked at
    once: asked for every reply framing the message meets)."""
    while not msg.coded and msg.coded_checked < len(msg.hits):
        h = msg.hits[msg.coded_checked]
        msg.coded_checked += 1
        got = reply(n, h)
        msg.coded = got is not None and rank(n, h, got[:2]) > 0
    return msg.coded


def reply(n: Normalized, h: Hit) -> tuple[int, int, bool] | None:
    """The reply a hit introduces: (start, end, ended by the framing's literal) in the
    window, or None when there is none."""
    if h.reply is None and h.f.has_reply:
        if h.f.text[:1] == "^":
            h.prefix = n.struct[line_start(n.struct, h.start) : h.end].strip()
        got = reply_end(n, h.end, h.f.end, h.prefix, h.f.end_required)
        h.reply = got or (-1, -1, False)
    return None if h.reply is None or h.reply[0] < 0 else h.reply


def rank(n: Normalized, h: Hit, span: tuple[int, int]) -> int:
    """How good a reply is: 2 with a code and words, 1 with a code alone, 0 words alone."""
    text = n.struct[span[0] : span[1]]
    if CODE_AT.match(text) is None:
        # The framing shows the code apart from the words ("SMTP Error (451): ... (Temporary
        # local problem)"), or a failure's enhanced status (Sendmail's "dsn=5.1.1, stat=User
        # unknown"): words with a code.
        apart = "code" in h.slots or failed_status(n, h) is not None
        return 2 if apart and _WORDS.search(text) else 0
    rest = CODE_AT.sub("", text, count=1)
    return 2 if _WORDS.search(rest) else 1


def failed_status(n: Normalized, h: Hit) -> str | None:
    """The enhanced status a framing shows apart from its reply, when it is a failure's
    (4.x.x, 5.x.x: "dsn=2.0.0, stat=Sent" is a delivery)."""
    span = h.slots.get("status")
    if span is None or n.struct[span[0] : span[0] + 1] not in ("4", "5"):
        return None
    return n.struct[span[0] : span[1]]
