"""Stage 1: the gate, and the bounded windows around what it finds.

One trie pass for the pivots, the code labels' ends and the error-number shape, one pass
over the non-ASCII runs, one for a reply's code and enhanced status, and a small pattern
check of each hit in its neighbourhood give the positions where a client error may stand.
Each becomes a window of at most ``BEFORE`` + ``AFTER`` characters, cut at line starts, and
only windows reach the readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .._compile.gate import Gate
from .._compile.gate_checks import Check, check_pattern, unwrapped
from .._compile.text import LazyPattern, spaceless
from .shapes import CODE_SRC, CODE_STATUS_SEP

__all__ = ["AFTER", "BEFORE", "SKIP", "around", "clusters", "hits", "tight", "windows"]

BEFORE = 800  # how far before the first hit of a cluster a message may start
AFTER = 1000  # how far after the last hit it may end (past the reply, the error number)
SKIP = 600  # after a hit, the next of the same literal is checked this far on (taken unchecked)
SNAP = 200  # how far a window's edge moves to reach a line start
REACH = 40  # how far before a hit its part may start beyond its own length (wraps, quotes)
# Runs of non-ASCII characters; a no-break or other wide blank ends one (French puts one
# between a word and its colon: "a indiqué\xa0: «\xa0550 ...»").  Not possessive: "++" loses
# regex's fast scan.
_NON_ASCII = LazyPattern(r"[^\x00-\x7f]+")
_BLANKS = "\xa0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200C)))
_WIDE_BLANK = LazyPattern(f"[{_BLANKS}]")  # (a class of them in _NON_ASCII: its search 5x)
_NON_ASCII_BACK = LazyPattern(r"(?r)[^\x00-\x7f]")
_WORD_BACK = LazyPattern(r"(?r)[^\W\d_]{0,40}+")
_WORD_ON = LazyPattern(r"[^\W\d_]{0,40}+")
JOIN = 12  # how much of each side of a hard wrap is joined to look for a split piece
# A line break (and the mail quoting after it) between a letter or digit and a lower-case
# or non-ASCII letter: where a hard wrap may split a word.
# Two patterns that find the same junctions: one entered at each line break (the faster on
# text of lines, ~20 ms for 10 MB of logs; but ~80 ns a break: 80 ms for a megabyte of blank
# lines), one at each letter or digit, skipped over in C where none stands (9 ms for that
# megabyte, 35 for the 10 MB of logs); the second where a sample of the text is mostly breaks.
# (Group 1 is the line feed, group 2 the next line's first letter.)
_JUNCTION_AT_BREAK = LazyPattern(r"(\n)(?<=[^\W_]\r?\n)(?=[ \t>]{0,8}([a-z\u00c0-\uffff]))")
_JUNCTION_AT_LETTER = LazyPattern(r"[^\W_]\r?(\n)(?=[ \t>]{0,8}([a-z\u00c0-\uffff]))")
BREAKS_SAMPLE = 65536  # the characters a text's share of line breaks is sampled from
_WORDS = LazyPattern(r"[^\W\d_]+")
# A reply's code and enhanced status ("550 5.1.1", "451-4.7.1", Exchange's "550 #5.1.1"), or
# an enhanced status after a colon ("The server response was: 5.7.1 ..."): a reply pasted
# alone or after wording no table knows opens a window (the readers then want more: a
# framing, or a bare reply's evidence).  None in the logs of tests/data/negative.
# (The subject digit is RFC 3463's 0-7: the pass finds the status from its ".0-7." dots.)
# Exchange 2000/2003 put the status before the diagnostic type: "<mx #5.1.1 SMTP; 550 ...>";
# Sendmail's log writes it after "dsn=".
STATUS_SHAPE = LazyPattern(
    rf"(?:{CODE_SRC}{CODE_STATUS_SEP}|:[ \t]{{0,3}}+|dsn="
    r"|#(?=[45]\.[0-7]\.\d{1,3}+[ \t]{1,3}+(?i:smtp);))"
    r"[45]\.[0-7]\.\d{1,3}+(?![\d.])"
)
# (stdlib ``re``: its search for the literal "." runs 1.6x faster than ``regex``'s, 12 ms
# against 19 on the benchmark's 10 MB mix; the same matches.)
_STATUS_DOTS = re.compile(r"\.[0-7]\.\d")
STATUS_BACK = 9  # from a status's first dot back to the start of its shape ("550 #5.7.1")
STATUS_AHEAD = 14  # ... and on past its end (the shape looks at what follows: " SMTP;")
# The digits after "0x800", a hard wrap among them (CRLF, mail quoting after it) counted as one.
_HEX_AFTER = LazyPattern(r"(?:[0-9A-Fa-f]|\r?+\n[ \t>]{0,8}+){4,12}+")


def hits(gate: Gate, text: str) -> list[int]:
    """Sorted positions of accepted hits: one pass of the pivots' trie finds the pivots and
    the error numbers.  A pivot's hit is checked against the wording around it only when
    it stands beyond the reach of the hit accepted before it: inside, it falls into the
    same window anyway, so dense text costs one check per window."""
    raw: list[Raw] = []
    pivots = gate.literals
    skip_to: dict[str, int] = {}  # after an error number, the next is looked for SKIP on
    for m in gate.pattern.finditer(text):
        pos = m.start()
        piece = m.group()
        checks = pivots.get(piece)
        if checks is not None:
            raw.append((pos, checks))
        elif pos < skip_to.get(piece, -1):
            raw.append((pos, None))  # not checked, but its window must reach it (SKIP > TIGHT)
        elif is_number(text, pos):
            raw.append((pos, None))
            skip_to[piece] = pos + SKIP
    return accept(gate, text, raw)


Raw = tuple[int, "tuple[Check, ...] | None"]  # a literal's hit and its checks (None: checked)


def is_number(text: str, pos: int) -> bool:
    """Whether the hex pivot at ``pos`` is inside a client error number ("0x800CCC0E"; a
    hard wrap may stand in it, with mail quoting after it)."""
    if pos <= 0:
        return False
    if text[pos - 1] not in "0\n":
        nl = text.rfind("\n", max(0, pos - 10), pos)
        if nl < 0 or text[nl + 1 : pos].strip(" \t>"):
            return False
    return _HEX_AFTER.match(text, pos + 4) is not None


def accept(gate: Gate, text: str, raw: list[Raw]) -> list[int]:
    """The literal passes' hits (``raw``, from ``str.find`` or an accelerated twin) with the
    non-ASCII and hard-wrap hits, sorted; a hit is checked only beyond the reach of the one
    accepted before it."""
    if not text.isascii():
        raw.extend((pos, None) for pos in _foreign_hits(gate, text))
    raw.extend((pos, None) for pos in _junction_hits(gate, text))
    raw.extend(_status_hits(text))
    raw.sort(key=lambda hit: hit[0])
    out: list[int] = []
    reach = -1
    # A log repeats its lines: a check's verdict on the same neighbourhood is remembered
    # (a search costs 50-80 us; "Recipient: <x>" header lines would pay it at every one).
    known: dict[tuple[int, str], bool] = {}
    for pos, check in raw:
        if pos <= reach or check is None or _verified(check, text, pos, known):
            out.append(pos)
            reach = pos + AFTER
    return out


VERDICTS = 4096  # the most verdicts remembered in one call (then forgotten, and begun again)


def _status_hits(text: str) -> Iterator[Raw]:
    """The reply statuses: the dots of one (".7.1") found by a pass at ~700 MB/s, each
    checked against the whole shape around it (the shape's own search runs at ~300 MB/s:
    its first character, a digit, stands everywhere in logs)."""
    last = -1
    for m in _STATUS_DOTS.finditer(text):
        pos = m.start()
        if pos <= last:
            continue
        found = STATUS_SHAPE.search(text, max(0, pos - STATUS_BACK), pos + STATUS_AHEAD)
        if found is not None:
            last = found.end()
            yield found.start(), None


def _junction_hits(gate: Gate, text: str) -> Iterator[int]:
    """Hits that a hard wrap splits ("Pr\\n> otocol", "Răspun\\ns"): where a line ending in a
    letter or digit is followed by one starting in lower case (log lines start with digits
    or capitals), the two sides are joined — as one word and as two — and looked up (a
    literal found there that fails its checks does not hide a non-ASCII word: "Servera
    kļū" + "da" holds the code piece "ervera" of another language)."""
    sample = min(len(text), BREAKS_SAMPLE)
    dense = text.count("\n", 0, sample) * 3 > sample  # (a third of it: no text of lines)
    for m in (_JUNCTION_AT_LETTER if dense else _JUNCTION_AT_BREAK).finditer(text):
        brk = m.start(1) - (text[m.start(1) - 1] == "\r")  # (where the line ends)
        tail = text[max(0, brk - JOIN) : brk]
        head = text[m.start(2) : m.start(2) + JOIN]
        for joined in (tail + head, tail + " " + head):
            found = gate.plain.search(joined)
            checks = gate.literals.get(found.group()) if found else None  # (None: hex)
            if checks is not None and _verified(checks, text, brk):
                yield brk
                break
            if not joined.isascii():
                words = [w.lower() for w in _WORDS.findall(joined)]
                checks = next((gate.words[w] for w in words if w in gate.words), None)
                if checks is None and any(
                    joined[i : i + 2].lower() in gate.bigrams for i in range(len(joined) - 1)
                ):
                    checks = ()
                if checks is not None and _verified(checks, text, brk):
                    yield brk
                    break


def _foreign_hits(gate: Gate, text: str) -> Iterator[int]:
    """Hits of words with a non-ASCII letter (looked up whole) and of two-letter pieces of
    scripts written without blanks; one regex pass finds the runs."""
    m = _NON_ASCII.search(text)
    while m is not None:
        run = m.group()
        pos = m.start()
        stop = m.end()
        blank = _WIDE_BLANK.search(run)
        if blank is not None:  # the run's first word (the rest of the run is passed over)
            word = run.lstrip(_BLANKS)
            pos += len(run) - len(word)
            cut = _WIDE_BLANK.search(word)
            run = word if cut is None else word[: cut.start()]
            stop = pos + len(run)
            if not run:
                m = _NON_ASCII.search(text, m.end())
                continue
        found: tuple[Check, ...] | None = None
        if spaceless(run[0]):
            low = run.lower()
            for j in range(len(low) - 1):
                if low[j : j + 2] in gate.bigrams:
                    pos += j
                    found = ()
                    break
        elif run.lower() in gate.runs:
            start = _WORD_BACK.match(text, max(0, pos - 40), pos)
            end = _WORD_ON.match(text, stop)
            a = start.start() if start else pos
            b = end.end() if end else stop
            found = gate.words.get(text[a:b].lower())
        if found is not None and _verified(found, text, pos):
            yield pos
            # The runs skipped are not checked, but the window must reach the last of them.
            last = _NON_ASCII_BACK.search(text, pos + 1, pos + SKIP)
            if last is not None:
                yield last.start()
            m = _NON_ASCII.search(text, pos + SKIP)
        else:
            m = _NON_ASCII.search(text, max(stop, m.end()))


def _verified(
    checks: tuple[Check, ...],
    text: str,
    pos: int,
    known: dict[tuple[int, str], bool] | None = None,
) -> bool:
    """Whether the wording around ``pos`` passes one of ``checks``: one search of their
    alternation in the hit's neighbourhood (no checks: accepted).  With ``known``, a verdict
    is looked up there first by the neighbourhood's text (the checks match no text outside
    it: no look-behind, and the search's end bounds their lookaheads)."""
    if not checks:
        return True
    pattern, reach = check_pattern(checks)
    near = text[max(0, pos - reach) : pos + reach]
    if known is None:
        return pattern.search(unwrapped(near)) is not None
    key = (id(checks), near)
    got = known.get(key)
    if got is None:
        if len(known) >= VERDICTS:
            known.clear()
        got = known[key] = pattern.search(unwrapped(near)) is not None
    return got


def clusters(
    gate: Gate, text: str, find: Callable[[Gate, str], list[int]] | None = None
) -> Iterator[list[int]]:
    """Each run of accepted hits less than ``BEFORE + AFTER`` apart, sorted (``find``:
    ``hits`` or an accelerated twin)."""
    run: list[int] = []
    for pos in (find or hits)(gate, text):
        if run and pos - run[-1] > BEFORE + AFTER:
            yield run
            run = []
        run.append(pos)
    if run:
        yield run


def windows(
    gate: Gate, text: str, find: Callable[[Gate, str], list[int]] | None = None
) -> Iterator[tuple[int, int]]:
    """Merged regions around accepted hits, cut at line starts where possible."""
    for run in clusters(gate, text, find):
        yield around(text, run[0], run[-1], BEFORE, AFTER)


def around(text: str, first: int, last: int, before: int, after: int) -> tuple[int, int]:
    """The window from ``before`` characters before ``first`` to ``after`` past ``last``,
    its edges moved to line starts (within ``SNAP``)."""
    return _snap(text, max(0, first - before), min(len(text), last + after))


def _snap(text: str, lo: int, hi: int) -> tuple[int, int]:
    if lo > 0:
        nl = text.rfind("\n", max(0, lo - SNAP), lo)
        lo = nl + 1 if nl >= 0 else lo
    if hi < len(text):
        nl = text.find("\n", hi, hi + SNAP)
        hi = nl if nl >= 0 else hi
    return lo, hi


# A line that a log wrote: it starts (at its first column) with a date and time, as syslog,
# ISO 8601, Apache, Android, Spark, Proxifier, HealthApp, HDFS, BGL and multilog write them,
# maybe after a log file's name (OpenStack).  A message pasted among such lines holds none (a
# bounce's dates stand after a header's name, indented, or with a comma: "Wed, 16 Aug 2006";
# a time alone, "17:12:28 -0400", is no stamp), so the first reading of a cluster stops at
# the nearest of them on each side.
LOG_STAMP = LazyPattern(
    r"(?:[\w.-]{1,60}\.log[\w.:-]{0,30}[ \t])?"
    r"(?:\[?+(?:[A-Z][a-z]{2}[ \t]){1,2}+[ \d]?\d[ \t]\d\d:\d\d:\d\d"  # syslog, Apache
    r"|\[?+\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?[ \tT_-]\d\d:\d\d:\d\d"  # ISO, Spark, Android
    r"|\d{8}-\d\d:\d\d:\d\d|\[\d\d:\d\d:\d\d[.,]\d"  # HealthApp; a bracketed time
    r"|\d{6}[ \t]\d{6}[ \t]|-[ \t]\d{9,10}[ \t]\d{4}\.\d\d\.\d\d[ \t]|@[0-9a-f]{24})"  # HDFS; BGL
    # ... and words after it on the line: a date and time alone is a report's field
    # ("时　间：" + line break + "2013-04-11 14:29:05" in NetEase's report), no log's line.
    r"(?=[^\n]{0,400}?[^\W\d_])"
)


def tight(text: str, first: int, last: int, reach: int) -> tuple[int, int]:
    """The first window read around a cluster: ``reach`` before its first hit and after its
    last, cut at the nearest log line on each side (kept as the window's first and last
    line: a record that reaches one of them is read again in the wide window)."""
    lo, hi = around(text, first, last, reach, reach)
    pos = text.rfind("\n", lo, first) + 1 or lo  # the first hit's line
    while pos > lo:
        prev = text.rfind("\n", lo, pos - 1) + 1
        if prev < lo:
            break
        if LOG_STAMP.match(text, prev, pos) is not None:
            lo = prev
            break
        pos = prev
    nxt = text.find("\n", last, hi)
    while 0 <= nxt < hi:
        if LOG_STAMP.match(text, nxt + 1, hi) is not None:
            end = text.find("\n", nxt + 1, hi)
            hi = end if end >= 0 else hi
            break
        nxt = text.find("\n", nxt + 1, hi)
    return lo, hi
