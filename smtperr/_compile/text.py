"""Text folding shared by the compiler and the readers: case and blanks folded, full-width
punctuation as ASCII (one character for one, so offsets are kept), and literal text as a
pattern that tolerates wraps, quotes and spacing."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import regex

# Full-width and CJK punctuation -> ASCII, one character for one, so offsets are kept.
FULLWIDTH = str.maketrans(
    {
        "\uff1a": ":",
        "\uff0c": ",",
        "\u3001": ",",
        "\uff08": "(",
        "\uff09": ")",
        "\uff1b": ";",
        "\u3002": ".",
        "\uff0e": ".",
        "\u3000": " ",
        "\ufe55": ":",
        "\uff02": '"',
        "\uff07": "'",
    }
)

QUOTES = (
    "'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"  # straight and curly
    "\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f`\u00b4"  # guillemets, CJK, accents
)

_QCLASS = "[" + regex.escape(QUOTES) + "]"

_FW_PAIRS = [(chr(k), v) for k, v in FULLWIDTH.items() if isinstance(v, str)]
_WIDE_FORMS = re.compile("[" + "".join(chr(k) for k in FULLWIDTH) + "]")


def fold_wide(text: str) -> str:
    """``text`` with its full-width punctuation as ASCII (``translate`` looks up every
    character: only text that holds such a form, found in C, pays it)."""
    return text.translate(FULLWIDTH) if _WIDE_FORMS.search(text) else text


_NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "IDEOGRAPHIC")
_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum() rejects, removed in C


class LazyPattern:
    """A module's pattern, compiled the first time it is used: a text needs few of the
    readers' patterns, and compiling all of them at import cost the first ``parse`` ~15 ms.
    Once compiled, the pattern's methods stand in the instance's own dict, so a call costs
    what it costs on the pattern itself."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> regex.Pattern[str]:
        p = regex.compile(self.pattern, self.flags)
        vars(self).update(
            compiled=lambda: p,
            search=p.search,
            match=p.match,
            fullmatch=p.fullmatch,
            finditer=p.finditer,
            findall=p.findall,
            sub=p.sub,
            split=p.split,
        )
        return p

    def search(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int | None = None, endpos: int | None = None) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(
        self, repl: str | Callable[[regex.Match[str]], str], string: str, count: int = 0
    ) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


def compact(text: str) -> str:
    """The key a spelling is looked up by: case-folded, no blanks, brackets or dashes."""
    return _NOT_ALNUM.sub("", fold_wide(text).casefold())


@functools.lru_cache(maxsize=4096)
def spaceless(ch: str) -> bool:
    """Whether ``ch`` belongs to a script written without blanks between words."""
    name = unicodedata.name(ch, "")
    return any(script in name for script in _NO_SPACE_SCRIPTS)


def _literal(text: str, *, wraps: bool, strict: bool = False) -> str:
    """A flexible pattern for literal text: any blank run may be a line break, hyphens and
    quotes are optional, and (with ``wraps``) a line break may split any word.  With
    ``strict``, periods and quote marks are required (text of punctuation only, which would
    otherwise match nothing)."""
    text = " ".join(fold_wide(text).split())
    out: list[str] = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch == " ":
            out.append(r"\s*+")
        elif ch == "(":
            out.append(r"\s*+\(\s*+")
        elif ch == ")":
            out.append(r"\s*+\)")
        elif ch in "-\u2010\u2011":
            out.append(r"[-\u2010\u2011]?+\s*+")
        elif ch in QUOTES:
            out.append(_QCLASS + ("" if strict else "?+"))
        elif ch == ".":
            out.append(r"[.\u3002\uff0e]" + ("" if strict else "?+"))
        elif ch in _WIDE:
            out.append(_WIDE[ch])
        else:
            out.append(regex.escape(ch))
            if wraps and nxt not in " ()-":
                # CJK and Thai labels are written with and without inner blanks.
                out.append(r"\s?+" if spaceless(ch) else r"\n?+")
    return "".join(out)


# ASCII punctuation -> a class that also takes its full-width forms, for raw-text matching.
_WIDE = {
    ascii_: "[" + regex.escape(ascii_ + "".join(w for w, a in _FW_PAIRS if a == ascii_)) + "]"
    for ascii_ in ",:;"
}


def _boundary(text: str) -> str:
    """A sentence starts at a word start: not after a letter; after a digit it may, for a
    paste glued to the end of a log line ("... time: 0.2717581The connection to ...")."""
    first = text.strip()[:1]
    return "" if not first or spaceless(first) else r"(?<![^\W\d])"
