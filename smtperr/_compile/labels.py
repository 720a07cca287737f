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
    "GAP",
    "built_label_trie",
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


@functools.cache
def colon_label_pattern() -> re.Pattern[str]:
    """The reversed trie of every label spelling after a colon (group ``colon`` set) or after
    a blank that a quote, '<' or a digit follows (a label written without its colon).
    Searched over the whole reversed window, the engine skips to each candidate in C and
    only labels come back to Python; matched at one colon, it reads that colon's label.
    One pattern for both: the trie is compiled once (about 13 ms); its source ships generated
    in ``smtperr._data.label_tables`` (building it costs another 5 ms)."""
    from .._data.label_tables import LABEL_TRIE

    return re.compile(
        "(?:(?P<colon>:)" + _LEAD + "|(?<=[" + re.escape(QUOTES) + "<0-9]) )"
        "(?P<label>" + LABEL_TRIE + ")"
    )


def built_label_trie() -> str:
    """The reversed trie of every label spelling, built from the tables now (what
    ``label_tables`` must hold)."""
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
    return reversed_label_pattern(keys)


def label_source(trie: str) -> str:
    """``trie`` as the source of ``smtperr._data.label_tables``."""
    return generated_source(
        "The reversed trie of every label spelling",
        "labels",
        "label_tables",
        f"LABEL_TRIE = {trie!r}\n",
    )


if __name__ == "__main__":
    print(label_source(built_label_trie()), end="")
