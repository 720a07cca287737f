"""Stage 3a: the template reader.  A template is a sentence with slots, matched without
backtracking: each literal part is searched for only within the reach of the slot before it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from .._compile.grammar import Grammar
from .._compile.sentences import Template
from .._compile.text import _QCLASS
from .._records import ClientError
from .build import _record
from .recipient import _recipient
from .reply_text import CODE_AT, LOG_LINE
from .shapes import _LAST_QUOTE, host_rest
from .window import Normalized, _positions

_WRAPPED = frozenset({"subject", "account", "server", "recipient", "address", "error_number"})

_OPEN_END = regex.compile(_QCLASS + r"(?=[ \t|.,;]{0,8}+(?:\n|\Z))|(?=\n[ \t]{0,8}+\n)")


def match_template(
    t: Template,
    text: str,
    pos: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]] | None = None,
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
            reach = _open_reply_end(text, m.start(), cur, reach)
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
            found = _wrapped_before_blank(
                slot.shape, after, nxt, text, (m.start(), cur), found, reach)
        if slot.name:
            slots[slot.name] = (cur, found.start())
        cur = found.end()
    return m.start(), cur, slots


_BLANKS = r"\s++"  # the literal between two slots apart by blanks only
# A host's rest (mojibake too: "mÃ¼nchen"): no address, date, time, bracket or mark ('***').
_WORD = regex.compile(r"[^\s'\"<>,;@/:*\[\]()#]{1,255}+(?=\s)")


def _wrapped_before_blank(
    shape: regex.Pattern[str],
    blanks: regex.Pattern[str],
    literal: regex.Pattern[str] | None,
    text: str,
    span: tuple[int, int],
    found: regex.Match[str],
    reach: int,
) -> regex.Match[str]:
    """The blanks that end a value of a shape (a host, at ``span[1]`` in the template from
    ``span[0]``) that only blanks part from the next slot ("Generating server: {server}
    {recipient} #..."), when the first is a line break: a wrap inside the value when the word
    after it is the rest of a host, not a word of the next slot ("pop.mail.yah" + wrap +
    "oo.co.uk Müller, Hans #", "smtp.example.co" + wrap + "m", "192.0.2.1" + wrap + "0", small
    letters after a line as full as the message's wrapped lines; twice at most) and the next
    slot holds text after it (a wrap that replaced the blank: "yahoo.co.uk" + wrap + "bob@x #")."""
    cur = span[1]
    width = _wrap_width(text, span[0], cur) if "\n" in found.group() else 0
    for first in (True, False):
        word = _WORD.match(text, found.end(), reach) if "\n" in found.group() else None
        if word is None:
            return found
        head, rest, at = text[cur : found.start()].strip(), word.group(), found.start()
        line = at - (text.rfind("\n", max(0, at - _LOOK_BACK), at) + 1)
        full = 0 < width <= line and not any(ch.isupper() for ch in rest)  # hosts: small
        tld = head.rsplit(".")[-1]  # no host ends so; a top-level domain has two letters+
        cut = "." in rest or "." not in head or head[-1] in ".-" or (tld.isalpha() and len(tld) < 2)
        cut = cut or ((tld + rest).isdigit() and int(tld + rest) < 256)  # an IPv4 address's end
        if not (cut or full or (len(rest) < 2 and first)) or not shape.fullmatch(
            text[cur : word.end()].strip()
        ):
            return found
        more = blanks.match(text, word.end())
        if more is None or "\n\n" in more.group() or (
            literal is not None and literal.match(text, more.end()) is not None
        ):
            return found
        found, width = more, width or line
    return found


_MAX_LINES = 30  # the most lines of a reply that ends its template
_LOOK_BACK = 300  # the longest line a hard wrap leaves


def _open_reply_end(text: str, head: int, cur: int, reach: int) -> int:
    """Where a server reply that ends its template ("The server responded: {server_response}")
    ends: at the end of its line, as a reply in a log or a bounce does, unless the next line
    goes on with it:

    - the reply holds no text yet ("550 5.7.1" or "<bob@example.com>:" alone on its line) or
      leaves a '<' or a redaction's "***" open;
    - the next line repeats its code ("550-5.7.1 ..." / "550 5.7.1 ...");
    - the next line does not start with a word that may open the user's own sentence (a
      capital, a letter of a script without case): a wrap inside the reply ("... Relay" /
      "access denied", "<bob@...>", "(#5.7.1)", an address);
    - the message is hard-wrapped (a line break inside the client's sentence, which the
      client writes on one line) and the reply's line is full at that wrap's width: with the
      next line's first word it would be as long as the longest line the wrap left.

    Else the next line is the user's ("Thanks in advance.", a signature's "--")."""
    m = CODE_AT.match(text, cur)
    code = m.group("code") if m is not None else None
    width = _wrap_width(text, head, cur)
    end = text.find("\n", cur, reach)
    angle, stars, start = 0, 0, cur  # '<' and "***" (a redaction) open on the lines so far
    for _ in range(_MAX_LINES):
        if end < 0:
            return reach
        angle += text.count("<", start, end) - text.count("< ", start, end)  # a '<' alone: prose
        angle -= text.count(">", start, end)
        stars += text.count("***", start, end)
        start = nxt = end + 1
        if nxt >= reach or LOG_LINE.match(text, nxt) is not None:
            return end
        lead = text[nxt : nxt + 8]
        at = nxt + len(lead) - len(lead.lstrip(" \t'\"*(["))
        coded = code is not None and text.startswith(code, at)
        if not coded or text[at + 3 : at + 4] not in ("-", " "):
            line = end - (text.rfind("\n", max(0, end - _LOOK_BACK), end) + 1)
            word = _FIRST_WORD.match(text, nxt)
            if word is None or _RULE.match(word.group()) is not None:
                return end
            first_ch = word.group().lstrip()[0]
            sentence = first_ch.isalpha() and not first_ch.islower() and "@" not in word.group()
            bare = angle > 0 or stars % 2 or _NO_TEXT.fullmatch(text, cur, end) is not None
            if sentence and not bare and not (width and line + 1 + len(word.group()) >= width):
                return end
        end = text.find("\n", nxt, reach)
    return end if end >= 0 else reach


_FIRST_WORD = regex.compile(r"[ \t]*+\S{1,80}+")
# A reply with no text yet: a code, a status, an address ("550 5.1.1", "<bob@example.com>:",
# a redacted "<*** Email address is removed for privacy ***>").
_NO_TEXT = regex.compile(
    r"[\s'\"(#]*+(?:[45]\d\d[\s-]*+)?+(?:\(?#?[45]\.\d{1,3}\.\d{1,3}\)?\s*+)?+"
    r"(?:(?:<[^<>]{1,300}+>|[^\s<>@]{1,64}+@[^\s<>]{1,255}+)[.:,]*+)?+\s*+"
)
_RULE = regex.compile(r"[ \t]*+(?:-{2,}|\*{3,}|={3,}|_{3,})\Z")  # a signature's "--", a rule


def _wrap_width(text: str, head: int, cur: int) -> int:
    """The width a hard wrap inside a template's sentence (before ``cur``, where its reply
    starts) shows: the longest line it left whole that holds a blank (a line with none, as a
    Japanese sentence, was broken where it could be, past the width); 0 when none."""
    first = text.find("\n", head, cur)
    if first < 0:
        return 0
    width = 0
    line = text.rfind("\n", max(0, head - _LOOK_BACK), head) + 1
    whole = (line > 0 or head < _LOOK_BACK) and not text[line:head].strip()
    start = line if whole else first + 1  # a line the message shares with prose: not whole
    nl = text.find("\n", start, cur)
    while 0 <= nl:
        if text.find(" ", start, nl) >= 0:
            width = max(width, nl - start)
        start = nl + 1
        nl = text.find("\n", start, cur)
    return width


_HOST_PART = regex.compile(r"[\w.-]{1,255}+")

_REST_OF_WORD = regex.compile(r"\n([^\s.][^\s]{0,254}+|[.][^\s]{1,254}+)(?=\n|\Z)")


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
    """Where a value that ends at ``pos`` may open: the quote marks before it on its line,
    nearest first (at most three, within a slot's reach); else ``pos`` itself."""
    line = text.rfind("\n", 0, pos) + 1
    lo = max(line, floor, pos - 200)
    found: list[int] = []
    while len(found) < 3:
        m = _LAST_QUOTE.search(text, lo, found[-1] if found else pos)
        if m is None:
            break
        found.append(m.start())
    return found or [pos]


_Match = tuple[int, int, int, dict[str, tuple[int, int]]]  # start, end, template, slots


def _best_at(
    g: Grammar,
    text: str,
    pos: int,
    indices: tuple[int, ...],
    end: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]],
) -> _Match | None:
    """The template that reads at the head found at ``pos`` (earliest start, then longest)."""
    best: _Match | None = None
    # The template may open with a quote or bracket before its first word; a template
    # that opens with a slot starts at the quote that opens the slot's value.
    for idx in indices:
        template = g.templates[idx]
        if template.slot_first:
            tries: Iterable[int] = _opening_quotes(text, pos, max(end, 0))
        else:
            tries = range(pos, max(end - 1, pos - 3), -1)
        for at in tries:
            got = match_template(template, text, at, memo)
            if got is not None and (best is None or (got[0], -got[1]) < (best[0], -best[1])):
                best = (got[0], got[1], idx, got[2])
            if got is not None and template.slot_first:
                break  # the nearest quote that reads: farther ones take in prose
    return best


def _read_templates(
    g: Grammar, n: Normalized, lower: str
) -> Iterator[tuple[ClientError, tuple[int, int]]]:
    text = n.struct
    starts = sorted(
        (pos, tuple(indices))
        for key, indices in g.template_keys.items()
        for pos in _positions(lower, key)
    )
    memo: dict[tuple[int, int], tuple[int, int, int | None]] = {}
    end = -1
    for i, (pos, indices) in enumerate(starts):
        if pos < end:
            continue  # inside the message just read
        best = _best_at(g, text, pos, indices, end, memo)
        if best is None:
            continue
        # The same sentence's head again inside its first slot, reading to the same end, is
        # where the message starts: the earlier head took in the text before it ("Running
        # task 33.0 ...\nTask 'x - Sending' reported error").
        # So is any sentence that starts after a line break inside a first slot that holds
        # a name (an account, a subject): "Running task 34.0 ...\n'Receiving' reported error".
        first = g.templates[best[2]].parts[0][0].name if g.templates[best[2]].parts else None
        value = best[3].get(first or "")
        wrapped = value is not None and "\n" in text[value[0] : value[1]]
        first_slot = min((b for _a, b in best[3].values()), default=best[1])
        for later, more in starts[i + 1 :]:
            if later > first_slot:
                break
            if best[2] in more or wrapped:
                other = _best_at(g, text, later, more if wrapped else (best[2],), end, memo)
                if other is not None and other[1] == best[1] and other[0] > best[0]:
                    best = other
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
        )
        yield rec, (start, end)
