"""Stage 3b, first half: the framings a window holds (``find``), as hits grouped later into
messages by ``_scan.replies``.

Each framing is looked for where its key stands (one trie pass over the window's folded
text); INNER framings only within reach after a head or section of their family.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._compile.text import LazyPattern
from .framing import Framing, Framings, Keys
from .reply_text import line_start

__all__ = ["INNER_REACH", "Hit", "Message", "find"]

_FIRST_WORD = LazyPattern(r"\w")
INNER_REACH = 5000  # how far after its head or section a family's INNER wording is looked for
_KEY_SLACK = 40  # a key that starts within reach is searched for whole


# (Plain classes: they change while messages are gathered, and an attrs class costs the
# first ``parse`` ~1 ms to create.)
class Hit:
    __slots__ = ("end", "f", "prefix", "reply", "slots", "start")

    def __init__(
        self, start: int, end: int, f: Framing, slots: dict[str, tuple[int, int]]
    ) -> None:
        self.start = start
        self.end = end  # where the framing's match ends: for a reply framing, where the reply
        # starts
        self.f = f
        self.slots = slots
        # the reply's span, whether its end literal ended it (once read; (-1, -1, False): none)
        self.reply: tuple[int, int, bool] | None = None
        self.prefix = ""  # a transcript's line prefix ("<<< ")

    def __repr__(self) -> str:
        return f"Hit({self.start}, {self.end}, {self.f.text!r}, reply={self.reply})"


class Message:
    __slots__ = ("checked", "coded", "coded_checked", "families", "hits", "languages",
                 "reach", "replied", "standalone")

    def __init__(self, hits: list[Hit], standalone: bool) -> None:
        self.hits = hits
        self.standalone = standalone  # a reply framing without a head: a fragment or a log line
        self.reach = 0  # the furthest end of its hits' framings
        self.families: set[str] = set()  # of its heads and sections
        self.languages: set[str] = set()  # ... and their languages
        self.checked = 0  # how many of its hits were looked at for a reply (``_has_reply``)
        self.replied = False
        self.coded_checked = 0  # ... and for a reply with its code (``_has_coded_reply``)
        self.coded = False

    def __repr__(self) -> str:
        return f"Message({self.hits!r}, standalone={self.standalone})"

    @classmethod
    def of(cls, h: Hit, standalone: bool) -> Message:
        msg = cls([], standalone)
        msg.add(h)
        return msg

    def add(self, h: Hit) -> None:
        self.hits.append(h)
        self.reach = max(self.reach, h.end)
        if h.f.role in ("head", "section"):
            self.families.add(h.f.family)
            self.languages.add(h.f.language)

    @property
    def start(self) -> int:
        return self.hits[0].start

    @property
    def last(self) -> int:
        return max(h.reply[1] if h.reply else h.end for h in self.hits)


def find(fr: Framings, text: str, lower: str) -> list[Hit]:
    """Every framing found in the window, by start; of two framings that introduce the same
    reply the longer is kept ("status=bounced (host x said:" over "host x said:").  INNER
    framings are looked for only within reach after a head or section of their family."""
    seen: dict[tuple[int, int], Hit] = {}
    _search(fr, fr.outer, text, lower, seen, 0, len(text))
    opened: dict[str, list[int]] = {}
    for h in sorted(seen.values(), key=lambda h: h.start):
        if h.f.role in ("head", "section"):
            opened.setdefault(h.f.family, []).append(h.start)
    for family, starts in opened.items():
        keys = fr.inner.get(family)
        if keys is not None:
            for lo, hi in _reach(starts, len(text)):
                _search(fr, keys, text, lower, seen, lo, hi)
    # At one position a head or section comes first: the message it begins holds the rest.
    hits = sorted(seen.values(), key=lambda h: (h.start, h.f.has_reply, -h.end))
    out: list[Hit] = []
    reply_starts: set[tuple[int, str]] = set()
    # A family's INNER wording that is also another family's reply framing (Postfix's "host x
    # refused to talk to me:", in a report and in log lines): inside the report, the report's.
    inner = {(h.end, h.f.text) for h in hits if h.f.role == "inner"}
    for h in hits:
        if h.f.role != "inner" and (h.end, h.f.text) in inner:
            continue
        if h.f.has_reply:
            # One framing per reply (the longest), but a family's own INNER wording is kept
            # beside others' (it is read only inside that family's message).
            key = (h.end, h.f.family + h.f.text if h.f.role == "inner" else "")
            if key in reply_starts:
                continue
            reply_starts.add(key)
        out.append(h)
    return out


def _reach(starts: list[int], size: int) -> Iterator[tuple[int, int]]:
    """The stretches within INNER_REACH after ``starts`` (sorted), merged."""
    lo, hi = starts[0], min(size, starts[0] + INNER_REACH + _KEY_SLACK)
    for pos in starts[1:]:
        if pos > hi:
            yield lo, hi
            lo = pos
        hi = min(size, pos + INNER_REACH + _KEY_SLACK)
    yield lo, hi


def _search(
    fr: Framings,
    keys: Keys,
    text: str,
    lower: str,
    seen: dict[tuple[int, int], Hit],
    lo: int,
    hi: int,
) -> None:
    """Try the framings of ``keys`` where their key stands in ``lower[lo:hi]``."""
    size = len(text)
    read: dict[int, int] = {}  # where each framing's last match ends
    for m in keys.pattern.finditer(lower, lo, hi):
        pos = m.start()
        for idx, f in keys.by_key[m.group(1)]:
            end = min(size, pos + f.ahead)
            if f.also and lower.find(f.also, max(0, pos - f.back), end) < 0:
                continue  # a str.find spares most of the pattern searches
            if f.at_line_start:
                if pos and text[pos - 1] not in "\n \t":
                    continue  # (most keys stand inside a line: rejected without a slice)
                at = line_start(text, pos)
                if text[at:pos].strip(" \t"):
                    continue
                found = f.start.match(text, at, end)
            elif f.key_first:
                found = f.start.match(text, pos, end)
            elif f.one_line:
                at = line_start(text, pos)
                if pos - at > f.back:
                    continue
                found = f.start.match(text, at, end)
                if found is not None and found.end() <= pos:
                    continue  # it reads another colon of the line
            else:  # (the first start from ``pos - back`` on that reads, as a search would,
                # past the framing's matches read already: on text that repeats it, each key
                # would otherwise read again every repeat within ``back`` before it)
                at = max(0, pos - f.back, read.get(idx, 0))
                found = f.near.match(text, at, end)
                while found is not None and found.end() <= pos:  # one that ends before the key
                    at = found.end()
                    found = f.near.match(text, at, end)
                read[idx] = at  # (a match past the key, from a later start, is not the key's)
            if found is None or found.start() > pos:
                continue
            # (Optional punctuation lets a framing match at several starts: the first.)
            if (idx, found.end()) not in seen:
                slots = {k: span for k in f.slot_names if (span := found.span(k))[0] >= 0}
                seen[(idx, found.end())] = Hit(_start(found), found.end(), f, slots)


def _start(found: regex.Match[str]) -> int:
    """Where a framing's match starts in the text: its optional punctuation and blanks may
    let it begin on the line before its first word ("-- " + line break + "Transcript of
    session follows", for "----- Transcript ... -----"), or at the blanks before it; the
    framing starts on its first word's line, at its first character that is not blank."""
    body = found.group()
    if body[:1].isalnum():
        return found.start()  # (most framings: their first word starts the match)
    word = _FIRST_WORD.search(body)
    cut = body.rfind("\n", 0, word.start() if word else len(body)) + 1
    return found.start() + cut + len(body[cut:]) - len(body[cut:].lstrip())
