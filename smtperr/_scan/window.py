"""Stage 2: a window of text, normalized for reading, with the map back to the original.

The parser matches labels and values in a *normalized* copy of a window of text: line
endings unified, mail-quote markers, bullets and markdown emphasis removed, HTML entities
and a few HTML tags decoded, runs of blanks collapsed, indentation after a line break
dropped.  ``Normalized.offsets[i]`` is the index in the original text of normalized
character ``i``, so spans always point into what the caller passed.
"""

from __future__ import annotations

import html
from array import array
from collections.abc import Iterator

import regex

from .._compile.text import FULLWIDTH

# One token per alternative; everything not listed is copied as it is.
_TOKEN = regex.compile(
    r"""
    # every token starts with one of these: the look-ahead lets the engine skip the rest
    (?=[ \t\u00a0\u3000\r\n&<\[*_`])
    (?:(?P<nl>[ \t\u00a0\u3000]*+(?:\r\n|\r|\n)
        # mail quoting: "> ", ">>", "> > "; not after a line that is not quoted and leaves a
        # '<' open: then the '>' closes it ("'<smtp.example.com" + wrap + ">'")
        # (the cheap look-ahead for '>' first: the look-behind scans back 600 characters)
        (?:(?=[ \t\u00a0\u3000]*+>)
           (?<!(?:\A|[\r\n])[ \t]{0,20}[^>\s][^\r\n]{0,300}?<[^<>\r\n]{0,300}(?:\r\n|\r|\n))
           [ \t\u00a0\u3000]*+(?:>[ \t]?)++)?+
        (?:[ \t\u00a0\u3000]*+                          # bullets, numbering, '# '
           (?:[-*\u2022\u00b7][ \t]++|[0-9]{1,2}[.)][ \t]++|\#{1,6}+[ \t]++))?+
        (?:[ \t]*+```[\w+-]{0,20}+[ \t]*+(?=\r|\n))?+  # a code fence line
        [ \t\u00a0\u3000]*+)
    | (?P<ws>[ \t\u00a0\u3000]{2,}+|[\t\u00a0\u3000])  # a lone blank is copied as it is
    | (?P<ent>&(?:[a-zA-Z]{2,8}|\#[0-9]{2,6}|\#[xX][0-9a-fA-F]{2,5});)
    | (?P<tag></[A-Za-z][A-Za-z0-9-]{0,20}+>
        |</?(?i:br|p|div|span|b|i|u|strong|em|font|code|pre|tt|blockquote|li|ul|ol|a|td|tr
               |table|tbody|small|big)(?=[\s/>])[^<>\n]{0,200}+>)
    | (?P<bb>\[/?(?i:email|url|b|i|u|s|quote|code|color|size|font|img|left|center|right)
              (?:=[^\]\n]{0,100}+)?\])
    | (?P<md>(?<![*\w@])\*\*(?=[^*\s.@])
        |(?<=[^*\s@>])\*\*(?![*\w@])(?![ \t]*+(?:\r\n|\r|\n)[ \t>]*+\*)
        |(?<!\w)__(?=\w)|(?<=\w)__(?!\w)|`
        |(?<!\S)\*(?=\w)
        |(?<=[\w.!?'"\u2019])\*(?=[ \t]*+(?:\r|\n|\Z))(?![ \t]*+(?:\r\n|\r|\n)[ \t>]*+\*)))
    """,
    regex.VERBOSE,
)

_LEAD = regex.compile(
    r"\A[ \t\u00a0\u3000]*+(?:(?:>[ \t]?)++[ \t]*+)?+"
    r"(?:(?:[-*\u2022\u00b7][ \t]++|[0-9]{1,2}[.)][ \t]++|\#{1,6}+[ \t]++))?+"
)

_BLOCK_TAGS = ("br", "p", "div", "li", "tr", "blockquote", "pre")


class Normalized:
    """A normalized copy of ``source[start:end]`` and the map back into ``source``."""

    __slots__ = ("offsets", "source", "struct", "text")

    def __init__(self, source: str, text: str, offsets: array[int]) -> None:
        self.source = source
        self.text = text
        # Same length as ``text``: punctuation folded, for structure matching only.
        self.struct = text.translate(FULLWIDTH)
        self.offsets = offsets

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span back to the original text."""
        if start >= len(self.offsets):
            pos = self.offsets[-1] + 1 if self.offsets else 0
            return pos, pos
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1 if end > start else s
        return s, e


def normalize(source: str, start: int = 0, end: int | None = None) -> Normalized:
    """Normalize ``source[start:end]`` (see the module docstring)."""
    stop = len(source) if end is None else end
    out: list[str] = []
    offsets: array[int] = array("q")  # 8 bytes an entry, not a Python int object
    pos = start
    lead = _LEAD.match(source, pos, stop)
    if lead is not None and lead.end() > pos and (pos == 0 or source[pos - 1] in "\r\n"):
        pos = lead.end()
    for m in _TOKEN.finditer(source, pos, stop):
        if m.start() > pos:
            out.append(source[pos : m.start()])
            offsets.extend(range(pos, m.start()))
        kind = m.lastgroup
        if kind == "nl":
            if out and out[-1] == " ":
                out.pop()
                offsets.pop()
            out.append("\n")
            offsets.append(m.start())
        elif kind == "ws":
            if not out or out[-1] != "\n":
                out.append(" ")
                offsets.append(m.start())
        elif kind == "ent":
            value = html.unescape(m.group())
            if value == m.group():
                out.append(value)
                offsets.extend(range(m.start(), m.end()))
            else:
                value = value.replace("\u00a0", " ")
                out.append(value)
                offsets.extend([m.start()] * len(value))
        elif kind == "tag":
            name = m.group().lstrip("</").split(None, 1)[0].rstrip("/>").lower()
            if name in _BLOCK_TAGS:
                out.append("\n")
                offsets.append(m.start())
        # "md", "bb": dropped
        pos = m.end()
    if pos < stop:
        out.append(source[pos:stop])
        offsets.extend(range(pos, stop))
    text = "".join(out)
    if len(text) != len(offsets):  # pragma: no cover - a bug, never input-dependent
        raise AssertionError("normalize: offset map out of step")
    return Normalized(source, text, offsets)


def _positions(lower: str, key: str) -> Iterator[int]:
    pos = lower.find(key)
    while pos >= 0:
        yield pos
        pos = lower.find(key, pos + 1)


def _folded(text: str) -> str:
    """Lower case, line breaks as blanks, one character for one (offsets are kept)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(ch.lower()[:1] or ch for ch in text)
    return lower.replace("\n", " ")
