"""Text folding shared by the compiler and the readers: case and blanks folded, full-width
punctuation as ASCII (one character for one, so offsets are kept), and literal text as a
pattern that tolerates wraps, quotes and spacing."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

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

_NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "IDEOGRAPHIC")
_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum() rejects, removed in C


def lazy_patterns(sources: dict[str, str]) -> Callable[[str], regex.Pattern[str]]:
    """A getter of ``sources`` by name, each compiled on first use: a reader that few texts
    need (a wrapped reply, a task error in a language without a table) costs the first
    ``parse`` nothing."""
    return functools.cache(lambda name: regex.compile(sources[name]))


def compact(text: str) -> str:
    """The key a spelling is looked up by: case-folded, no blanks, brackets or dashes."""
    return _NOT_ALNUM.sub("", text.translate(FULLWIDTH).casefold())


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
    text = " ".join(text.translate(FULLWIDTH).split())
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
