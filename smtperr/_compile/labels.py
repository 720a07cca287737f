"""Every label spelling of every language as one compiled pattern, read backwards from a colon.

A label is found from the colon after it: one anchored match of the *reversed* spellings,
factored as a trie, on the window's folded text reversed (lower case, line breaks as blanks).
Between two letters of a spelling the text may hold a few blanks, hyphens, apostrophes or
brackets, so hard wraps, spacing and "Secure (SSL)" against "Secure(SSL)" do not matter —
the same folding the spellings' look-up keys (``compact``) make.  The longest spelling wins,
and a label starts at a word start (any letter in scripts written without blanks).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .generated import generated_source
from .grammar import grammar
from .text import FULLWIDTH, QUOTES, spaceless

__all__ = [
    "ALPHABETS",
    "GAP",
    "built_label_tries",
    "colon_label_pattern",
    "label_source",
    "reversed_label_pattern",
]

# What may stand between two letters of a label in text: blanks (a hard wrap is a blank in
# the folded view), hyphens, apostrophes, brackets.  Bounded: a label is a few words.  A
# narrower class costs 2-9 times the compile time (the pattern repeats it at every letter).
GAP = r"\W{0,3}"  # the reader rejects a label that holds a separator (",.;:")
_Node = dict[str, "_Node"]
_FREE_END = "end"  # a key no letter is: a spelling in a script without blanks ends here


def _emit(node: _Node, first: bool = False) -> str:
    """What may follow once the letters leading to ``node`` are read: a gap and one of the
    next letters (tried before ending here, so the longest spelling wins).  An end is marked
    by the key ``""`` (a spelling in a script with blanks must end at a word start) or
    ``_FREE_END`` (a script without blanks: any letter may start a word)."""
    conts = [re.escape(ch) + _emit(node[ch]) for ch in sorted(k for k in node if len(k) == 1)]
    ends = [r"(?!\w)" if k == "" else "" for k in ("", _FREE_END) if k in node]
    alt = conts[0] if len(conts) == 1 else "(?:" + "|".join(conts) + ")" if conts else ""
    body = alt if first or not conts else GAP + alt
    if not ends:
        return body
    end = "" if "" in ends else ends[0]
    return f"(?:{body}|{end})" if conts else end


def reversed_label_pattern(keys: Iterable[tuple[str, bool]]) -> str:
    """``keys``: (letters of a spelling in lower case, whether it starts in a script without
    blanks).  The pattern matches the reversed text from just before a colon: closing
    brackets and blanks, then the longest reversed spelling, then (unless that spelling
    starts in a script without blanks) no letter or digit."""
    root: _Node = {}
    for letters, free in keys:
        node = root
        for ch in reversed(letters):
            node = node.setdefault(ch, {})
        if letters:
            node[_FREE_END if free else ""] = {}
    return _emit(root, True)


# Before the colon: blanks, closing brackets, combining marks (Thai, Indic).
_LEAD = r"(?:[\s)\]]|(?![\x00-\x7f])\W){0,4}"


# Narrower tries for windows whose letters fit an alphabet: a window with no letter of a
# spelling outside it cannot match those spellings, so the narrower trie finds the same
# labels, and the first ``parse`` compiles 4.8 ms (ASCII) or 7.7 ms (Latin), not 12.6 ms.
# The last tier is every spelling.
ALPHABETS = (0x80, 0x250)  # letters below: ASCII, then the Latin blocks


@functools.cache
def _tier_pattern(tier: int) -> re.Pattern[str]:
    from .._data.label_tables import LABEL_TRIES

    # ("(?=[: ])": where no colon or blank stands, the engine need not enter the trie's
    # branches: 1.5x faster on the benchmark's windows.)
    return re.compile(
        "(?=[: ])(?:(?P<colon>:)" + _LEAD + "|(?<=[" + re.escape(QUOTES) + "<0-9]) )"
        "(?P<label>" + LABEL_TRIES[tier][1] + ")"
    )


@functools.cache
def _outside(tier: int) -> re.Pattern[str]:
    """The letters of the spellings that ``tier`` leaves out."""
    from .._data.label_tables import LABEL_TRIES

    return re.compile("[" + re.escape(LABEL_TRIES[tier][0]) + "]")


def colon_label_pattern(lower: str = "") -> re.Pattern[str]:
    """The reversed trie of the label spellings that may stand in ``lower`` (a window's
    folded text; ``""``: every spelling), after a colon (group ``colon`` set) or after a
    blank that a quote, '<' or a digit follows (a label written without its colon).
    Searched over the whole reversed window, the engine skips to each candidate in C and
    only labels come back to Python; matched at one colon, it reads that colon's label.
    One pattern for both: each tier is compiled once, on first use; its source ships
    generated in ``smtperr._data.label_tables`` (building it costs another 5 ms)."""
    if not lower:
        return _tier_pattern(len(ALPHABETS))
    if lower.isascii():  # (a sure sign, found in C, that the ASCII tier will do)
        return _tier_pattern(0)
    for tier in range(1, len(ALPHABETS)):
        if _outside(tier).search(lower) is None:
            return _tier_pattern(tier)
    return _tier_pattern(len(ALPHABETS))


def _label_keys() -> set[tuple[str, bool]]:
    g = grammar()
    keys = set()
    for loc in g.locales.values():
        for spellings in loc.labels.values():
            for spelling in spellings:
                # folded as the window's view is (lower case, one character for one)
                letters = "".join(
                    ch.lower()[:1] for ch in spelling.translate(FULLWIDTH) if ch.isalnum()
                )
                if letters:
                    keys.add((letters, spaceless(letters[0])))
    return keys


def built_label_tries() -> list[tuple[str, str]]:
    """Per tier of ``ALPHABETS`` and last every spelling: (the letters of the spellings it
    leaves out, its reversed trie); what ``label_tables`` must hold."""
    keys = _label_keys()
    letters = {ch for word, _free in keys for ch in word}
    out = []
    for limit in ALPHABETS:
        inside = {k for k in keys if all(ord(ch) < limit for ch in k[0])}
        left_out = "".join(sorted(ch for ch in letters if ord(ch) >= limit))
        out.append((left_out, reversed_label_pattern(inside)))
    out.append(("", reversed_label_pattern(keys)))
    return out


def label_source(tries: list[tuple[str, str]]) -> str:
    """``tries`` as the source of ``smtperr._data.label_tables``."""
    body = "".join(f"    ({left!r},\n     {trie!r}),\n" for left, trie in tries)
    return generated_source(
        "The reversed tries of the label spellings, by alphabet",
        "labels",
        "label_tables",
        f"LABEL_TRIES: tuple[tuple[str, str], ...] = (\n{body})\n",
    )


if __name__ == "__main__":
    print(label_source(built_label_tries()), end="")
