"""Stage 3a: the template reader.  A template is a sentence with slots, matched without
backtracking: each literal part is searched for only within the reach of the slot before it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex

from .._compile.grammar import Grammar
from .._compile.sentences import Template
from .._compile.text import _QCLASS, LazyPattern
from .._records import ClientError
from .build import _record
from .recipient import _recipient
from .shapes import _LAST_QUOTE, MOJIBAKE, host_rest
from .slot_ends import _BLANKS, _open_reply_end, _wrapped_before_blank
from .window import Normalized, _positions

_WRAPPED = frozenset({"subject", "account", "server", "recipient", "address", "error_number"})
# The rest of a sentence after a template's last literal ("... was rejected by the server"
# + " because it does not allow relaying."), and its start before the template's first
# ("サーバがリレーを許可していないため、" + "受信者 ..."): its words may say why the message failed.
_SENTENCE_REST = LazyPattern(r"[^.!?\u3002\n]{0,200}+(?:\n(?![ \t]*+\n)[^.!?\u3002\n]{0,200}+)?+")
SENTENCE_BACK = 200  # how far before a template's start its sentence may begin
FOLLOW_REACH = 40  # how far after a head's key its next word may stand (blanks, a wrap, quotes)
_SENTENCE_ENDS = ".!?\u3002\n"

_OPEN_END = LazyPattern(_QCLASS + r"(?=[ \t|.,;]{0,8}+(?:\n|\Z))|(?=\n[ \t]{0,8}+\n)")


def match_template(
    t: Template,
    text: str,
    pos: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]] | None = None,
    depth: Callable[[int], int] | None = None,
) -> tuple[int, int, dict[str, tuple[int, int]]] | None:
    """(start, end, slot spans) of template ``t`` at ``pos`` in ``text``, or None.

    ``memo`` (one per text) remembers each literal search: (from, to, where found or None).
    Attempts at many positions then cost one pass over the text per literal, not one each.
    """
    m = t.head.match(text, pos)
    if m is None:
        return None
    cur = m.end()
    slots: dict[str, tuple[int, int]] = {}
    for i, (slot, after, stretch) in enumerate(t.parts):
        reach = min(len(text), cur + slot.longest)
        if not slot.lines and (after is None or slot.name not in _WRAPPED):
            nl = text.find("\n", cur, reach)
            reach = reach if nl < 0 else nl
        elif not slot.lines or slot.name:  # a value may wrap, but never over a blank line
            blank = text.find("\n\n", cur, reach)
            reach = reach if blank < 0 else blank
        if after is None and t.open_end and slot.lines and slot.name:
            reach = _open_reply_end(text, m.start(), cur, reach, depth)
        if after is None:  # the end: a quote that ends a line, a blank line, or the reach
            end_m = _OPEN_END.search(text, cur, min(len(text), reach + 1))
            stop = end_m.start() if end_m is not None else reach
            close = stop + 1 if end_m is not None and end_m.group() else stop
            if end_m is None and slot.shape is not None:
                stop = close = _wrapped_end(slot.shape, text, cur, stop)
            if end_m is None:  # the reach: a line break before it is no part of the value
                stop = close = cur + len(text[cur:stop].rstrip())
            if slot.shape is not None and not slot.shape.fullmatch(text[cur:stop].strip()):
                # A value of a known shape ends where its shape does (a host name before a
                # closing quote or prose: 'the server Google"* on').
                lead = len(text[cur:stop]) - len(text[cur:stop].lstrip())
                prefix = slot.shape.match(text, cur + lead, stop)
                if prefix is not None:
                    stop = close = prefix.end()
            if slot.name:
                slots[slot.name] = (cur, stop)
            return m.start(), close, slots
        limit = min(len(text), reach + stretch)
        start_at = _search(after, text, cur, limit, memo, (id(t), i), stretch)
        if start_at is None or start_at > reach:
            return None
        found = after.match(text, start_at)
        if found is None:  # pragma: no cover - the search matched here
            return None
        if slot.shape is not None and not slot.shape.fullmatch(text[cur : found.start()].strip()):
            return None
        if slot.shape is not None and after.pattern == _BLANKS:
            nxt = t.parts[i + 1][1] if i + 1 < len(t.parts) else None
            if (
                nxt is not None
                and memo is not None
                and _search(nxt, text, found.end(), len(text), memo, (id(t), -1 - i)) is None
            ):
                return None  # the next literal stands nowhere after: no end of this slot helps
            found = _wrapped_before_blank(
                slot.shape, after, nxt, text, (m.start(), cur), found, reach)
        if slot.name:
            slots[slot.name] = (cur, found.start())
        cur = found.end()
    return m.start(), cur, slots


# The rest of a host after a wrap: a host's characters, and those mojibake puts in one
# ("smtp.espaÃ" + wrap + "±a.com"); at least one letter or digit (a signature's "--" is none).
_HOST_PART = LazyPattern(r"[\w.\-" + regex.escape(MOJIBAKE) + r"]{1,255}+")
_ALNUM = LazyPattern(r"[^\W_]")

_REST_OF_WORD = LazyPattern(r"\n([^\s.][^\s]{0,254}+|[.][^\s]{1,254}+)(?=\n|\Z)")


def _wrapped_end(shape: regex.Pattern[str], text: str, cur: int, stop: int) -> int:
    """Where a value with a shape (a host) that ends its template and its line ends, when a
    hard wrap split it: the next line is one word with a dot inside ("e.com", ".151") and
    the two make one value of the shape; else ``stop``."""
    m = _REST_OF_WORD.match(text, stop)
    if m is None:
        return stop
    word = m.group(1).rstrip(".")
    head = text[cur:stop].strip()
    if (
        not _HOST_PART.fullmatch(word)
        or _ALNUM.search(word) is None
        or not host_rest(head, word)
        or not shape.fullmatch(head + word)
    ):
        return stop
    return stop + 1 + len(word)


def _search(
    pattern: regex.Pattern[str],
    text: str,
    start: int,
    end: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]] | None,
    key: tuple[int, int],
    width: int = 0,
) -> int | None:
    """Where ``pattern`` first matches in text[start:end], reusing an earlier search that
    covered that range (searches of one literal only move forward in a text).

    With ``width`` (the most a match of the literal spans, as its slot's stretch assumes), a
    range that overlaps one already searched in vain is searched only where it is new, plus
    ``width`` of overlap: many tries close together (a fragment of a sentence repeated
    thousands of times) then cost one pass over the text, not one each.
    """
    if memo is not None and key in memo:
        lo, hi, at = memo[key]
        if lo <= start:
            if at is not None and at >= start and at <= end:
                return at
            if at is None and end <= hi:
                return None
            if at is not None and at > end and end <= hi:
                return None
            if at is None and width and start <= hi:  # only the part past ``hi`` is new
                return _search_new(pattern, text, start, end, memo, key, max(lo, hi - width))
        elif at is None and width and end <= hi and lo - start <= width:
            # Only a match that starts before ``lo`` is new; it ends within ``width`` of it.
            found = pattern.search(text, start, min(end, lo + width))
            got = found.start() if found is not None else None
            memo[key] = (start, hi, None) if got is None else (start, min(end, lo + width), got)
            return got
    found = pattern.search(text, start, end)
    at = found.start() if found is not None else None
    if memo is not None:
        memo[key] = (start, end, at)
    return at


def _search_new(
    pattern: regex.Pattern[str],
    text: str,
    start: int,
    end: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]],
    key: tuple[int, int],
    since: int,
) -> int | None:
    """``_search`` where nothing matched from ``memo[key]``'s start up to ``since + width``:
    search from ``since`` on (a match found there before ``start`` is not one of this range,
    which is then searched from ``start``)."""
    lo = memo[key][0]
    found = pattern.search(text, since, end)
    got = found.start() if found is not None else None
    if got is None:
        memo[key] = (lo, end, None)
        return None
    memo[key] = (since, end, got)
    if got >= start:
        return got
    found = pattern.search(text, start, end)
    got = found.start() if found is not None else None
    memo[key] = (start, end, got)
    return got


def _opening_quotes(text: str, pos: int, floor: int) -> list[int]:
    """Where a value that ends at ``pos`` may open: the quote marks before it on its line
    and the line above (a hard wrap inside or after the value: "'smtp.example.co" + wrap +
    "m' giden sunucusuna ..."), nearest first (at most three, within a slot's reach); else
    ``pos`` itself."""
    line = text.rfind("\n", 0, pos) + 1
    if line > 0:
        line = text.rfind("\n", 0, line - 1) + 1
    lo = max(line, floor, pos - 200)
    found: list[int] = []
    while len(found) < 3:
        m = _LAST_QUOTE.search(text, lo, found[-1] if found else pos)
        if m is None:
            break
        found.append(m.start())
    return found or [pos]


_Match = tuple[int, int, int, dict[str, tuple[int, int]]]  # start, end, template, slots


def _empty_first(t: Template, slots: dict[str, tuple[int, int]]) -> bool:
    """Whether a reading leaves the template's first slot, a named one, empty."""
    name = t.parts[0][0].name if t.parts else None
    span = slots.get(name) if name else None
    return span is not None and span[0] == span[1]


def _best_at(
    g: Grammar,
    text: str,
    pos: int,
    indices: tuple[int, ...],
    end: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]],
    depth: Callable[[int], int] | None = None,
) -> _Match | None:
    """The template that reads at the head found at ``pos`` (earliest start, then longest)."""
    best: _Match | None = None
    # The template may open with a quote or bracket before its first word; a template
    # that opens with a slot starts at the quote that opens the slot's value.
    for idx in indices:
        slot_first = g.template_slot_first[idx]
        if slot_first:
            tries: Iterable[int] = _opening_quotes(text, pos, max(end, 0))
        else:
            tries = range(pos, max(end - 1, pos - 3), -1)
        head = g.template_heads[idx]
        for at in tries:
            if head.match(text, at) is None:
                continue  # (most tries: a head's first word in other words; no call made)
            template = g.templates[idx]  # (compiled whole once its head has matched)
            got = match_template(template, text, at, memo, depth)
            if got is not None and slot_first and _empty_first(template, got[2]):
                # The quote that closes the value, read as one that opens an empty value
                # ("'[email protected]' alıcısı": a bracket, not a letter, before it).
                continue
            if got is not None and (best is None or _better(g, text, (*got[:2], idx), best)):
                best = (got[0], got[1], idx, got[2])
            if got is not None and slot_first:
                break  # the nearest quote that reads: farther ones take in prose
    return best


def _better(g: Grammar, text: str, got: tuple[int, int, int], best: _Match) -> bool:
    """Whether reading ``got`` (start, end, template) beats ``best``: the earlier start, then
    the longer, unless the shorter ends with its template's own words at its line's end and
    the longer runs over a line break past it: then the longer took in the next message ("...
    recipient x and try again." + a log line + another's "... Please check the message and
    try again.")."""
    if got[0] != best[0]:
        return got[0] < best[0]
    if got[1] == best[1]:
        return False
    short, idx = (got[1], got[2]) if got[1] < best[1] else (best[1], best[2])
    far = best[1] if short == got[1] else got[1]
    parts = g.templates[idx].parts
    worded = bool(parts) and parts[-1][1] is not None  # (it ends with words, not a slot)
    closed = worded and not text[short:far].split("\n", 1)[0].strip()
    if closed and "\n" in text[short:far]:
        return short == got[1]
    return got[1] > best[1]


def _first_slot(g: Grammar, text: str, best: _Match) -> tuple[int, bool]:
    """Where a reading's first slot ends, and whether its first named slot (an account, a
    subject) holds a line break."""
    t = g.templates[best[2]]
    first = t.parts[0][0].name if t.parts else None
    value = best[3].get(first or "")
    wrapped = value is not None and "\n" in text[value[0] : value[1]]
    return min((b for _a, b in best[3].values()), default=best[1]), wrapped


def _read_templates(
    g: Grammar, n: Normalized, lower: str
) -> Iterator[tuple[ClientError, tuple[int, int]]]:
    text = n.struct
    keys = g.ascii_template_keys if lower.isascii() else g.template_keys
    follow = g.template_follow
    starts: list[tuple[int, tuple[int, ...]]] = []
    for key, members in keys.items():
        if key not in lower:
            continue  # (most keys are absent: no generator for them)
        for pos in _positions(lower, key):
            after = pos + len(key)
            # (the next word of the head must stand near: "error" is in every log)
            near = tuple(
                i for i in members
                if not follow[i] or lower.find(follow[i], after, after + FOLLOW_REACH) >= 0
            )
            if near:
                starts.append((pos, near))
    starts.sort()
    memo: dict[tuple[int, int], tuple[int, int, int | None]] = {}
    end = -1
    for i, (pos, indices) in enumerate(starts):
        if pos < end:
            continue  # inside the message just read
        best = _best_at(g, text, pos, indices, end, memo, n.quote_depth)
        if best is None:
            continue
        # The same sentence's head again inside its first slot, reading to the same end, is
        # where the message starts: the earlier head took in the text before it ("Running
        # task 33.0 ...\nTask 'x - Sending' reported error").
        # So is any sentence that starts after a line break inside a first slot that holds
        # a name (an account, a subject): "Running task 34.0 ...\n'Receiving' reported error".
        # (Asked again of the later reading once it replaces the earlier: a log line's
        # "task 1283" before "Task 'x - Sending' ..." must not make the message's own
        # "'x - Sending'" look like a head inside a wrapped first slot.)
        first_slot, wrapped = _first_slot(g, text, best)
        for later, more in starts[i + 1 :]:
            if later > first_slot:
                break
            if best[2] in more or wrapped:
                other = _best_at(
                    g, text, later, more if wrapped else (best[2],), end, memo, n.quote_depth
                )
                if other is not None and other[1] == best[1] and other[0] > best[0]:
                    best = other
                    first_slot, wrapped = _first_slot(g, text, best)
        start, end, idx, spans = best
        lang, fmt = g.templates[idx].language, g.templates[idx].format
        groups = {k: n.text[a:b] for k, (a, b) in spans.items()}
        digits = "".join(groups.get("error_number", "").split())
        number = "0x" + digits[2:].upper() if digits else None
        recipient = _recipient(groups["recipient"]) if "recipient" in groups else None
        rec = _record(
            g,
            n,
            (start, end),
            fmt=fmt,
            language=lang,
            number=number,
            values=groups,
            recipient=recipient,
            wording=_sentence(n.text, start, end, spans.values()),  # (may say why it failed)
        )
        yield rec, (start, end)


def _sentence(text: str, start: int, end: int, slots: Iterable[tuple[int, int]]) -> str:
    """The whole sentence that holds a template's reading text[start:end], its slots' values
    left out (a subject's words are the user's, not the client's)."""
    lo = max(0, start - SENTENCE_BACK)
    cut = max(text.rfind(ch, lo, start) for ch in _SENTENCE_ENDS)
    pos = cut + 1 if cut >= 0 else lo
    out = []
    for a, b in sorted(slots):
        if a >= pos:
            out.append(text[pos:a])
            pos = b
    rest = _SENTENCE_REST.match(text, max(pos, end))  # (always matches: empty at least)
    out.append(text[pos : rest.end() if rest else end])
    return " ".join(out)
