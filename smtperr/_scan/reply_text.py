"""Where a server reply ends in a window, and its value.

A reply ends at the literal its framing puts after it ("(in reply to RCPT TO command)", a
closing quote at the end of a line, " ##"), else at the end of its line, with the lines that
continue it: lines that repeat its code ("550-5.1.1 ..." / "550 5.1.1 ..."), and lines a
bounce indents under it (Postfix and Exim wrap their reports with an indent).  A blank line, an
address alone on a line and a header field ("Remote-MTA: ...") always end it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from .._compile.text import LazyPattern
from .framing import Ending
from .reply_wraps import past_blank_continuations
from .shapes import CODE_AT, CODE_SRC, STATUS_SRC
from .window import LINE_START_REACH, Normalized

__all__ = [
    "LINE_REACH",
    "LOG_LINE",
    "LOG_WRAP_LINES",
    "LOG_WRAP_REACH",
    "REACH",
    "LogLines",
    "line_between",
    "line_start",
    "lines_matching",
    "log_start",
    "paragraph_start",
    "region_end",
    "reply_end",
    "reply_value",
]

# The start of a log line: syslog or ISO time stamp, multilog/qmail time, "prog[pid]:".
LOG_LINE = LazyPattern(
    r"[ \t]*+(?:[A-Z][a-z]{2}[ \t]++\d{1,2}[ \t]++\d\d:\d\d:\d\d"
    r"|\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d|@[0-9a-f]{24}|\d{10}\.\d{3,6}[ \t]"
    r"|(?:\S++[ \t]){0,2}+[\w.-]++(?:/[\w.-]++)*+\[\d++\]:)"
)

REACH = 3000  # the longest reply
_MAX_LINES = 30

# (A report's fields are one word, "Remote-MTA:", or words that say what the field is: iCloud's
# "Remote system: dns;..." under its "Diagnostic code: smtp;<reply>", GitHub
# netneutrality/savetheinternet.in#166, tests/corpus/en/ndr-icloud-diagnostic-code.)
_STOP_LINE = LazyPattern(
    r"[ \t]*+(?:<?+[^\s<>'\"(),;:@]{1,64}@[^\s<>'\"(),;]{1,255}>?+:?[ \t]*+(?:\n|\Z)"
    r"|[A-Z][A-Za-z-]{2,30}:[ \t]"
    r"|(?:Remote system|Remote MTA|Reporting MTA|Recipient address|Diagnostic code):[ \t]"
    r"|-{3,}|\*{3,}|={3,}|_{3,})"
)
_QUOTING = LazyPattern(r"[ \t]*+(?:>[ \t]?+)*+")


LINE_REACH = 2000  # the most of a line looked back over from a place in it


def line_start(text: str, pos: int) -> int:
    """The start of the line that holds ``pos``; for a line longer than LINE_REACH, the
    place LINE_REACH before ``pos`` (what is read around a place stays bounded)."""
    lo = max(0, pos - LINE_REACH)
    return text.rfind("\n", lo, pos) + 1 or lo


INDENT_REACH = LINE_START_REACH  # the deepest indentation measured


def _indent(n: Normalized, i: int) -> int:
    """How far the source line holding window offset ``i`` (a line's first character) is
    indented, mail quoting ("> ") not counted."""
    if i >= n.size:
        return 0
    src = n.source_at(i)
    if src == 0 or n.source[src - 1] == "\n":
        return 0  # (most lines: the first character of the source line, no quoting before it)
    back = max(0, src - INDENT_REACH)
    line = n.source.rfind("\n", back, src) + 1
    if line == 0 and back > 0:
        return INDENT_REACH  # (a window that starts inside a long line: deep enough)
    quoting = _QUOTING.match(n.source, line, src)
    base = quoting.end() if quoting is not None and ">" in quoting.group() else line
    return min(INDENT_REACH, len(n.source[base:src].expandtabs(4)))


OWN_REPLY_REACH = 120  # how far into a line the colon before its own reply is looked for
# A line with a reply of its own after a colon ("host x said: 550 ..."): no wrap of another.
_OWN_REPLY = LazyPattern(
    rf"[^\n:\uff1a]{{1,{OWN_REPLY_REACH}}}+[:\uff1a][ \t\xa0]{{0,3}}+['\"\u00ab\u201c\u2018]?+"
    rf"(?:#?+{CODE_SRC}[ -]|{STATUS_SRC}[ \t])"
)

ADDRESS_BACK = 320  # how far back on its line a wrapped address's '@' is looked for
_ADDRESS_CHAR = LazyPattern(r"[\w.@+-]")
# The rest of a local part and its '@' at a line's start ("<tim" + wrap + "__@x.org>").
_LOCAL_AT = LazyPattern(r"[\w.+-]{0,64}+@")


def _continued(n: Normalized, code: str | None, prefix: str, nxt: int, first: int) -> bool:
    text = n.struct
    if code is not None:
        at = nxt
        if prefix:  # a transcript's continuation lines carry its prefix too
            if not text.startswith(prefix, nxt):
                return False
            at += len(prefix)
            while text[at : at + 1] in (" ", "\t"):
                at += 1
        if text.startswith(code, at) and text[at + 3 : at + 4] in ("-", " "):
            return True
    if nxt in n.frames:  # another framing's line: another reply, not this one's wrap
        return False
    if _STOP_LINE.match(text, nxt) is not None or LOG_LINE.match(text, nxt) is not None:
        return False
    indent = _indent(n, nxt)
    if indent > 0 and indent >= first:
        return True
    if _OWN_REPLY.match(text, nxt) is not None:
        return False  # a reply of its own ("host x said: 550 ..."), not this one's words
    # A hard wrap at the first column: the line goes on in lower case after one that ends
    # inside a sentence ("... <x@y>: Relay" + wrap + "access denied").
    # (or, cut inside its status, "5.7" + wrap + ".1").
    last, first_char = text[nxt - 2 : nxt - 1], text[nxt : nxt + 1]
    if last and first_char and last in "0123456789." and first_char in "0123456789.":
        return True
    if first_char.islower() and last not in ".!?;:)":
        return True
    if first_char == ":" and last == ">":  # "<x@y>" + wrap + ": Relay access denied"
        return True
    # (or inside an address: "news@mass." + wrap + "eu.com", "news" + wrap + "@mass.eu.com",
    # "ne" + wrap + "ws@mass.eu.com").
    if not (_ADDRESS_CHAR.match(last) and _ADDRESS_CHAR.match(first_char)):
        return False
    before = text[max(0, nxt - 1 - ADDRESS_BACK) : nxt - 1].rsplit(None, 1)
    return (bool(before) and "@" in before[-1]) or _LOCAL_AT.match(text, nxt) is not None


class LogLines:
    """Whether a log line starts at a line start of the window, each place matched once (a
    wrapped log line is looked back for over a dozen lines from every reply)."""

    __slots__ = ("_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[int, bool] = {}

    def at(self, pos: int) -> bool:
        got = self._known.get(pos)
        if got is None:
            got = self._known[pos] = LOG_LINE.match(self._text, pos) is not None
        return got


LOG_WRAP_LINES = 12  # the most lines a wrapped log line is looked back over
LOG_WRAP_REACH = 600  # ... and the most characters


def log_start(text: str, pos: int, logs: LogLines) -> int:
    """The start of the log line (wrapped or not) that holds ``pos``: the nearest line start
    before it (within LOG_WRAP_REACH characters and LOG_WRAP_LINES lines, no blank line)
    where a log line starts; else the start of the line of ``pos``."""
    line = line_start(text, pos)
    at = line
    for _ in range(LOG_WRAP_LINES):
        if line - at >= LOG_WRAP_REACH:
            break
        if logs.at(at):
            return at
        if at < 2 or text[at - 2] == "\n":
            break
        at = line_start(text, at - 1)
    return line


def reply_end(
    n: Normalized,
    start: int,
    end: Ending | None,
    prefix: str = "",
    required: bool = False,
) -> tuple[int, int, bool] | None:
    """The span of the reply that starts at (or after blanks from) ``start`` and whether the
    literal ``end`` ended it, or None.

    ``end``: the literal that ends it (``required``: no reply without it); ``prefix``: what
    starts each line of a transcript ("<<< "), so that its continuation lines are known."""
    text = n.struct
    size = len(text)
    a = start
    while a < size and text[a] in " \t\n" and text.count("\n", start, a + 1) <= 2:
        a += 1
    if a >= size or text[a] == "\n" or a in n.frames:
        return None  # (a line that another framing begins is no reply of this one)
    limit = min(size, a + REACH)
    blank = _blank_line(n, a, limit)
    if blank >= 0:
        blank = past_blank_continuations(text, a, blank, limit)
    stop = blank if blank >= 0 else limit
    b = -1
    if end is not None:
        at = _end_at(n, end, a)
        if 0 <= at <= stop and not line_between(LOG_LINE, text, a, at):
            b = at
    found = b >= 0
    if not found:
        if required:
            return None
        b = _quoted_end(text, a, _code_span_end(n, a, _line_end(n, a, stop, prefix)))
    while b > a and text[b - 1] in " \t\n":
        b -= 1
    return (a, b, found) if b > a else None


def _blank_line(n: Normalized, a: int, limit: int) -> int:
    """``n.struct.find("\\n\\n", a, limit)``, from the last search when it tells (replies
    on one long line would each search REACH characters for one)."""
    lo, hi, at = n.blank
    if lo <= a and (at >= a or (at < 0 and limit <= hi)):
        return at if at < limit else -1
    at = n.struct.find("\n\n", a, limit)
    n.blank = (a, limit, at)
    return at


END_BACKUP = 64  # how far before the end of a scanned stretch its next scan starts again


def _end_at(n: Normalized, end: Ending, a: int) -> int:
    """Where the first match of ``end`` at or after ``a`` starts, up to REACH past ``a``
    (-1: none).  The stretch scanned is remembered per window and literal, and a later reply
    only scans on from where that stretch ends: searched for from every reply, a literal that
    must end a line and is missing would cost REACH characters a reply.  A match that began
    before ``a`` and runs past it starts at ``a`` for a search from there; a match is kept
    only when it ends before the scan's cut (a cut is no line end), else scanned again."""
    need = min(n.size, a + REACH + 40)
    memo = n.ends.get(end)
    if memo is None or not memo[0] <= a <= memo[1]:
        memo = n.ends[end] = (a, a, [], [])
    lo, hi, starts, ends = memo
    if hi < need:
        text = n.struct
        resume = max(lo, hi - END_BACKUP, ends[-1] if ends else lo)
        floor = resume
        for m in end.fast.finditer(text, resume, need):
            if m.end() >= need and need < n.size:
                need = m.start()  # touches the cut: read again with more text
                break
            at = _blanks_from(text, floor, m.start())
            starts.append(at)
            ends.append(m.end())
            floor = m.end()
        if need >= n.size:  # the text's end may end the reply after blanks ("'" optional)
            at = _blanks_from(text, floor, n.size)
            tail = end.full.match(text, at, n.size)
            if tail is not None:
                starts.append(at)
                ends.append(tail.end())
        n.ends[end] = (lo, need, starts, ends)
    i = bisect.bisect_left(starts, a)
    if i > 0 and ends[i - 1] > a:
        return a
    return starts[i] if i < len(starts) else -1


_BLANKS_BACK = LazyPattern(r"(?r)\s*+")


def _blanks_from(text: str, floor: int, at: int) -> int:
    """Where the blanks that end at ``at`` start (not before ``floor``)."""
    m = _BLANKS_BACK.match(text, floor, at)
    return at if m is None else m.start()


CODE_SPAN_BACK = 300  # how far back on its line a reply's opening backtick is looked for


def _code_span_end(n: Normalized, a: int, b: int) -> int:
    """Where an inline code span that the reply starts in ends (Markdown "error: `SMTP session
    failed: 554 ...`. Sending ..."; the marks are gone from the window's text): the reply
    ends there, not at its line's end."""
    src = n.source_at(a)
    lo = max(n.source.rfind("\n", max(0, src - CODE_SPAN_BACK), src) + 1, src - CODE_SPAN_BACK)
    if n.source.count("`", lo, src) % 2 == 0 or n.source.find("```", lo, src) >= 0:
        return b
    close = n.source.find("`", src, n.to_source(a, b)[1])
    if close < 0:
        return b
    return n.from_source(close, a, b)  # the first character at or after the closing mark


_CLOSING_QUOTE = LazyPattern(r'(?<!\\)"(?=[\s.,;:!?)\]]|\Z)')


def _quoted_end(text: str, a: int, b: int) -> int:
    """Where a double quote that opened before the reply on its line closes (a K-9 user's
    'Repeated Error: "Negative SMTP Reply: 501 5.1.3 Bad re...", "Failed to send ..."'): the
    reply ends there, not at its line's end.  A reply that opens the quote itself is read as
    before (its own quotes are the reader's)."""
    lo = max(text.rfind("\n", max(0, a - CODE_SPAN_BACK), a) + 1, a - CODE_SPAN_BACK)
    if text.count('"', lo, a) % 2 == 0:
        return b
    m = _CLOSING_QUOTE.search(text, a + 1, b)
    return b if m is None else m.start()


REGION_REACH = 600  # the longest part of a message (up to a blank line)
PARAGRAPH_BACK = 300  # how far back the lines before a place are taken as its paragraph


def region_end(text: str, pos: int) -> int:
    """Where the part of a message that holds ``pos`` ends: at the next blank line."""
    blank = text.find("\n\n", pos, pos + REGION_REACH)
    return blank if blank >= 0 else min(len(text), pos + REGION_REACH)


def paragraph_start(text: str, pos: int) -> int:
    """The start of the lines before ``pos`` up to a blank line (PARAGRAPH_BACK at most)."""
    blank = text.rfind("\n\n", max(0, pos - PARAGRAPH_BACK), pos)
    return blank + 2 if blank >= 0 else line_start(text, max(0, pos - PARAGRAPH_BACK))


def lines_matching(
    pattern: LazyPattern, text: str, start: int, stop: int
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` at the line starts of text[start:stop], in order: tried
    at each line start (a search would try every character of a long line)."""
    if start == 0 or text[start - 1] == "\n":
        at = start
    else:
        nl = text.find("\n", start, stop)
        if nl < 0:
            return
        at = nl + 1
    while at < stop:
        found = pattern.match(text, at, stop)
        if found is not None:
            yield found
        nl = text.find("\n", at, stop)
        if nl < 0:
            return
        at = nl + 1


def line_between(kind: LazyPattern, text: str, a: int, b: int) -> bool:
    """Whether a line that ``kind`` matches at its start starts between ``a`` and ``b``: a
    reply never runs on into the next line of a log (``LOG_LINE``); two messages with a log's
    line between them (``LOG_STAMP``) are two pastes, not the parts of one."""
    nl = text.find("\n", a, b)
    return nl >= 0 and next(lines_matching(kind, text, nl + 1, b), None) is not None


def _line_end(n: Normalized, a: int, stop: int, prefix: str) -> int:
    text = n.struct
    m = CODE_AT.match(text, a)
    code = m.group("code") if m is not None else None
    line = line_start(text, a)
    first = _indent(n, line)
    end = text.find("\n", a, stop)
    for _ in range(_MAX_LINES):
        if end < 0:
            return stop
        nxt = end + 1
        if code is not None and text.startswith("\n" + code, nxt) and nxt + 1 < stop:
            nxt += 1  # a blank line the paste put between a multi-line reply's lines
        if nxt >= stop or not _continued(n, code, prefix, nxt, first):
            return end
        end = text.find("\n", nxt, stop)
    return end if end >= 0 else stop


def reply_value(n: Normalized, span: tuple[int, int], prefix: str = "") -> str:
    """The reply's text as the window holds it, without the transcript's ``prefix`` ("<<< ")
    on its continuation lines; qmail's log writes blanks as '_' and may wrap inside a word:
    such a reply is given back with blanks and without the wraps."""
    value = n.text[span[0] : span[1]]
    if prefix.strip():
        value = value.replace("\n" + prefix.strip(), "\n")
    if " " not in value and "_" in value:
        return value.replace("\n", "").replace("_", " ")
    core = value.rstrip("'\u2019 ")
    if core.endswith(">") and value.count(">") > value.count("<"):
        # the '>' that closes Exchange's "'<host #5.0.0 smtp;550 ...>'" (the quote stays)
        value = core[:-1].rstrip() + value[len(core) :]
    return value
