"""Stage 2: a window of text, normalized for reading, with the map back to the original.

The parser matches labels and values in a *normalized* copy of a window of text: line
endings unified, mail-quote markers, bullets and markdown emphasis removed, HTML entities,
a JSON or program string's escapes and a few HTML tags decoded, runs of blanks collapsed,
indentation after a line break dropped.  ``Normalized.offsets[i]`` is the index in the
original text of normalized character ``i``, so spans always point into what the caller
passed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

from .._compile.text import FULLWIDTH, LazyPattern
from .._compile.trie import lower_one_for_one

# One token per alternative; everything not listed is copied as it is.
_TOKEN = LazyPattern(
    r"""
    # every token starts with one of these (a blank only before another blank or a line
    # break: a lone blank between words is no token): the look-ahead lets the engine skip
    (?=[\t\u00a0\u3000\r\n*`]|[ ][ \t\u00a0\u3000\r\n]|&[a-zA-Z\#]|</?[a-zA-Z]|\[/?[a-zA-Z]|__
       |\\['"nu]|\]\()
    # a plain line break (no blank, quote marker or bullet around it, no dropped token
    # before it) is copied as it is: not a token, so log lines cost no Python step
    (?!(?<![*_`\];>])\n(?![ \t\u00a0\u3000>\-*\u2022\u00b7\#`\r]|[0-9]{1,2}[.)]))
    (?:(?P<nl>[ \t\u00a0\u3000]*+(?:\r\n|\r|\n)
        # mail quoting: "> ", ">>", "> > "; not after a line that is not quoted and leaves a
        # '<' open: then the '>' closes it ("'<smtp.example.com" + wrap + ">'")
        # (the cheap look-ahead for '>' first: the look-behind scans back 600 characters)
        (?:(?=[ \t\u00a0\u3000]*+>)
           (?<!(?:\A|[\r\n])[ \t]{0,20}(?=[^>\s])[^\r\n]{0,2000}?<[^<>\r\n]{0,300}(?:\r\n|\r|\n))
           [ \t\u00a0\u3000]*+(?:>[ \t]?)++)?+
        (?:[ \t\u00a0\u3000]*+                          # bullets, numbering, '# '
           (?:[-*\u2022\u00b7][ \t]++|[0-9]{1,2}[.)][ \t]++|\#{1,6}+[ \t]++))?+
        (?:[ \t]*+```[\w+-]{0,20}+[ \t]*+(?=\r|\n))?+  # a code fence line
        [ \t\u00a0\u3000]*+)
    | (?P<ws>[ \t\u00a0\u3000]{2,}+|[\t\u00a0\u3000])  # a lone blank is copied as it is
    | (?P<ent>&(?:[a-zA-Z]{2,8}|\#[0-9]{2,6}|\#[xX][0-9a-fA-F]{2,5});)
    # a message pasted from a JSON string or a program's quoted string: its escaped quotes,
    # angle brackets and ampersand, and "\n" before a capital or a blank (not "C:\new")
    | (?P<esc>\\(?:['"]|u00(?:2[27]|3[cCeE]|26)|u20(?:1[89cCdD])|n(?=[A-Z \\]|\Z)))
    | (?P<tag></[A-Za-z][A-Za-z0-9-]{0,20}+>
        |</?(?i:br|p|div|span|b|i|u|strong|em|font|code|pre|tt|blockquote|li|ul|ol|a|td|tr
               |table|tbody|small|big)(?=[\s/>])[^<>\n]{0,200}+>)
    | (?P<bb>\[/?(?i:email|url|b|i|u|s|quote|code|color|size|font|img|left|center|right)
              (?:=[^\]\n]{0,100}+)?\])
    # a Markdown link copied from a rendered page: its text is kept ("<[x@y.z](mailto:x@y.z)>")
    | (?P<link>\[(?=[^\[\]\n]{1,200}+\]\((?:mailto:|https?://)[^()\s]{1,500}+\))
        |(?<=\[[^\[\]\n]{1,200}+)\]\((?:mailto:|https?://)[^()\s]{1,500}+\))
    | (?P<md>(?<![*\w@])\*\*(?=[^*\s.@])
        # (not when the next line starts with the other half of a split mark: "*'x'"; a
        # redacted address there, "***@***.com", is a value)
        |(?<=[^*\s@>])\*\*(?![*\w@])(?![ \t]*+(?:\r\n|\r|\n)[ \t>]*+\*(?!\**+[\w@]))
        # (not in an address: "tim__@x", "<__init__@x.org>" keep theirs)
        |(?<!\w)__(?=\w)(?![\w.+-]*+@)|(?<=\w)__(?![\w@]|[ \t]*+\r?\n[ \t>]*+@)|`
        |(?<!\S)\*(?=\w)
        |(?<=[\w.!?'"\u2019])\*(?=[ \t]*+(?:\r|\n|\Z))(?![ \t]*+(?:\r\n|\r|\n)[ \t>]*+\*)
        # a label's closing "**" that a hard wrap split or moved to the next line
        # ("**Account:" + wrap + "** 'x'", "**Account:*" + wrap + "*'x'")
        |(?<=\*\*[^*\n]{1,40}:[ \t]*+(?:\r\n|\r|\n)[ \t>]{0,8}+)\*\*(?=[ \t])
        |(?<=\*\*[^*\n]{1,40}:)\*(?=(?:\r\n|\r|\n)[ \t>]{0,8}+\*(?!\*))
        |(?<=\*\*[^*\n]{1,40}:\*(?:\r\n|\r|\n)[ \t>]{0,8}+)\*(?!\*)))
    """,
    regex.VERBOSE,
)

# Where a token of ``_TOKEN`` may start (every place it can match, and more: its first
# look-ahead, with a '<' only before a tag's name and a line break only where the look-ahead
# after it lets one be a token).  A window where none stands is copied as it is, and ``_TOKEN``
# (~5-9 ms to compile) is not compiled for it: a one-line message or plain lines of text.
_TOKEN_START = re.compile(
    r"[\t\u00a0\u3000\r*`]|[ ][ \t\u00a0\u3000\r\n]|&[a-zA-Z#]|\[/?[a-zA-Z]|__|\]\(|\\['" + '"'
    + r"nu]|</[a-zA-Z]|<(?i:br|p|div|span|b|i|u|strong|em|font|code|pre|tt|blockquote|li|ul|ol"
    r"|a|td|tr|table|tbody|small|big)(?=[\s/>])"
    r"|(?<=[*_`\];>])\n|\n(?=[ \t\u00a0\u3000>\-*\u2022\u00b7#`\r]|[0-9]{1,2}[.)])"
)

_LEAD = LazyPattern(
    r"\A[ \t\u00a0\u3000]*+(?:(?:>[ \t]?)++[ \t]*+)?+"
    r"(?:(?:[-*\u2022\u00b7][ \t]++|[0-9]{1,2}[.)][ \t]++|\#{1,6}+[ \t]++))?+"
)

# What ``struct`` folds (stdlib ``re``: a set of a dozen characters is found 4x faster).
_WIDE = re.compile("[" + "".join(chr(k) for k in FULLWIDTH) + "]+")


def _fold_wide(m: re.Match[str]) -> str:
    return m.group().translate(FULLWIDTH)

_BLOCK_TAGS = ("br", "p", "div", "li", "tr", "blockquote", "pre")


# How far back a source line's start is looked for from a place in it (its quote marks, its
# indentation: ``reply_text._indent``).
LINE_START_REACH = 200


class Normalized:
    """A normalized copy of ``source[start:end]`` and the map back into ``source``.

    The map is piecewise: piece ``i`` begins at normalized index ``marks[i]`` and at source
    index ``bases[i]``, and runs on one for one (``steps[i]`` 1) or stays on its source
    character (0: an entity decoded to several characters).  A window of log text is one
    piece or a few, not an 8-byte entry per character."""

    __slots__ = (
        "bases", "blank", "ends", "frames", "marks", "size", "source", "steps", "struct", "text"
    )

    def __init__(
        self, source: str, text: str, marks: list[int], bases: list[int], steps: list[int]
    ) -> None:
        self.source = source
        self.text = text
        # Same length as ``text``: punctuation folded, for structure matching only.
        # (Only the runs that need it: ``translate`` looks up every character of a window.)
        self.struct = _WIDE.sub(_fold_wide, text) if _WIDE.search(text) else text
        self.marks = marks
        self.bases = bases
        self.steps = steps
        self.size = len(text)
        # The places of each reply-ending literal in ``struct``, in the stretch scanned so
        # far (``_scan.reply_text._end_at``).
        self.ends: dict[object, tuple[int, int, list[int], list[int]]] = {}
        # Where a framing begins, and its line's start (``_scan.replies``): a reply's
        # continuation lines stop there, and no reply starts there.
        self.frames: frozenset[int] = frozenset()
        # The last search for a blank line in ``struct``: (from, to, where; -1: none).
        self.blank = (0, 0, -1)

    def _at(self, i: int) -> int:
        j = bisect.bisect_right(self.marks, i) - 1
        return self.bases[j] + (i - self.marks[j]) * self.steps[j]

    def source_at(self, i: int) -> int:
        """The source index of window index ``i`` (past the window: just past its last
        character)."""
        if i >= self.size:
            return self._at(self.size - 1) + 1 if self.size else 0
        return self._at(i)

    def quote_depth(self, i: int) -> int:
        """How many mail quote marks ("> ", ">>") open the source line that holds window
        offset ``i``: a line quoted less deep than the one before is the user's own."""
        src = self.source_at(i)
        line = self.source.rfind("\n", max(0, src - LINE_START_REACH), src) + 1
        lead = self.source[line : min(src, line + LINE_START_REACH)]
        marks = lead[: len(lead) - len(lead.lstrip(" \t>"))]
        return marks.count(">")

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span back to the original text."""
        s = self.source_at(start)
        if start >= self.size:
            return s, s
        e = self._at(end - 1) + 1 if end > start else s
        return s, e

    def from_source(self, pos: int, start: int, end: int) -> int:
        """The first normalized index in [start, end) whose character stands at or after
        source index ``pos`` (``end``: none does); a binary search over the map."""
        lo, hi = start, end
        while lo < hi:
            mid = (lo + hi) // 2
            if self._at(mid) < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _glues(source: str, at: int, end: int, stop: int) -> bool:
    """Whether dropping the mark at ``source[at:end]`` would join two words ("0.27`Task")."""
    return 0 < at and end < stop and source[at - 1].isalnum() and source[end].isalnum()


def normalize(source: str, start: int = 0, end: int | None = None) -> Normalized:
    """Normalize ``source[start:end]`` (see the module docstring)."""
    stop = len(source) if end is None else end
    out: list[str] = []
    marks: list[int] = []  # one piece of the offset map per piece of ``out``
    bases: list[int] = []
    steps: list[int] = []
    size = 0

    def put(piece: str, base: int, step: int = 1) -> None:
        nonlocal size
        out.append(piece)
        marks.append(size)
        bases.append(base)
        steps.append(step)
        size += len(piece)

    pos = start
    lead = _LEAD.match(source, pos, stop)
    if lead is not None and lead.end() > pos and (pos == 0 or source[pos - 1] in "\r\n"):
        pos = lead.end()
    tokens = _TOKEN.finditer(source, pos, stop) if _TOKEN_START.search(source, pos, stop) else ()
    for m in tokens:
        kind = m.lastgroup
        at = m.start()
        if kind == "nl" and m.end() - at == 1 and source[at] == "\n" and (
            at > pos or not out or out[-1] != " "
        ):
            continue  # a plain line break is copied as it is, with the text around it
        if at > pos:
            put(source[pos:at], pos)
        if kind == "nl":
            if out and out[-1] == " ":
                out.pop()
                marks.pop()
                bases.pop()
                steps.pop()
                size -= 1
            put("\n", at)
        elif kind == "ws":
            if not out or not out[-1].endswith("\n"):  # no indent after a line break
                put(" ", at)
        elif kind == "ent":
            import html  # (loaded at the first entity: ~2 ms the first ``parse`` need not pay)

            value = html.unescape(m.group())
            if value == m.group():
                put(value, at)
            else:
                put(value.replace("\u00a0", " "), at, 0)
        elif kind == "esc":
            value = m.group()[1:]
            if value == "n":
                put("\n", at, 0)
            else:
                put(chr(int(value[1:], 16)) if value[0] == "u" else value, at, 0)
        elif kind == "tag":
            name = m.group().lstrip("</").split(None, 1)[0].rstrip("/>").lower()
            if name in _BLOCK_TAGS:
                put("\n", at)
        elif kind == "md" and m.group() == "`" and _glues(source, at, m.end(), stop):
            put(" ", at)  # an inline code span's mark between two words parts them
        # "md", "bb", "link": dropped (and other code marks)
        pos = m.end()
    if pos < stop:
        put(source[pos:stop], pos)
    return Normalized(source, "".join(out), marks, bases, steps)


def _positions(lower: str, key: str) -> Iterator[int]:
    pos = lower.find(key)
    while pos >= 0:
        yield pos
        pos = lower.find(key, pos + 1)


def _folded(text: str) -> str:
    """Lower case, line breaks as blanks, one character for one (offsets are kept)."""
    return lower_one_for_one(text).replace("\n", " ")
