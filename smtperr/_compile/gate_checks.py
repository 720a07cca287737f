"""What a gate hit is checked against, and the one pattern a hit's checks compile to.

A check is a few words of the clients' wording around the literal found, or a whole label
(then a colon, a quote or a digit must follow), or a label of the SMTP-code field whose value
is a reply code with the server-response label and its code after it (``then``): Windows
(Live) Mail prints those two fields first, on two lines, so a paste cut off before the error
number shows no other wording of the client's.  A lone "Server Error: 500" of a web log
passes no check.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from .text import LazyPattern

__all__ = ["CODE_COLON", "Check", "Part", "check_pattern", "unwrapped"]


class Part(NamedTuple):
    """A literal piece of wording that only client errors carry: a label, or the text of a
    sentence between two slots.  A hit is verified against it."""

    text: str  # as written in the tables, blanks folded
    label: bool  # a label: what follows it must be a colon, a quote or a digit
    then: str = ""  # a code label: the label that follows its code (see ``Check``)


class Check(NamedTuple):
    """What a hit is verified against: a few words of the wording around the piece found
    (or a whole label, which must be followed by a colon, a quote or a digit; or, with
    ``then``, a label followed by a reply code and the label ``then`` with its code).  A
    tuple: a hit's checks are looked up in a cache by value, and a tuple hashes in C."""

    phrase: str
    label: bool
    then: str = ""


# In a check: any run of blanks, quoting and markdown between words; punctuation may be
# missing.  A hard wrap inside a word (with the mail quoting after it) is taken out of the
# hit's neighbourhood before the check is searched there (``unwrapped``): an optional wrap
# between every two letters made the checks' patterns 7-8x longer and slower to compile
# (3.5-4.0 s for all 1,453 of them against 0.5; 0.7 of the 2.6 s of a first scan of a 10 MB
# log, 20-30 ms of a first parse of a bounce).
_HARD_WRAP = LazyPattern(r"\r?\n[ \t>]{0,8}+")
_BETWEEN = r"[\s>*_]{0,12}+"
_LABEL_TAIL = r"[\s>*_]{0,8}+[:：'\"«‘’“”<0-9]"  # what follows a label in a check
# A label's colon and a reply code after it (a quote may open it; a hard wrap inside it is
# gone from the text a check reads).  The trie looks for a code label's end only where its
# colon follows (``CODE_COLON``, in ``re`` syntax): the whole of it in each of the code
# pieces' tails made the trie cost the first parse 2 ms more to compile, for 8% fewer hits
# to check.
_TO_CODE = r"[\s>*_]{0,8}[:：][\s>*_'\"«‘’“”„「]{0,12}"
CODE_COLON = r"[\s>*_]{0,8}[:：]"
_CODE_TAIL = rf"{_TO_CODE}[45]\d\d(?!\d)".replace("}", "}+")  # (possessive)
_TO_THEN = r"[\s>*_,;`]{0,16}+"  # from the code to the next label: a line break, quoting
_Atoms = dict[str, "_Atoms"]


def _atoms(check: Check) -> list[str]:
    """A check as the sequence of its pattern's units: each character (punctuation optional),
    ``_IN_WORD`` between two of a word, ``_BETWEEN`` between words, a label's end."""
    out = _phrase_atoms(check.phrase)
    if check.then:
        out += [_CODE_TAIL, _TO_THEN, *_phrase_atoms(check.then), _CODE_TAIL]
    elif check.label:
        out.append(_LABEL_TAIL)
    return out


def _phrase_atoms(phrase: str) -> list[str]:
    out: list[str] = []
    for i, word in enumerate(phrase.split(" ")):
        if i:
            out.append(_BETWEEN)
        for ch in word:
            out.append(regex.escape(ch) + ("?+" if not ch.isalnum() else ""))
    return out


def _emit_atoms(node: _Atoms) -> str:
    if "" in node:  # a check ends here: whatever would follow, this place passes
        return ""
    alts = [atom + _emit_atoms(child) for atom, child in node.items()]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@functools.lru_cache(maxsize=512)
def check_pattern(checks: tuple[Check, ...]) -> tuple[regex.Pattern[str], int]:
    """One pattern for a hit's checks, and how far around the hit to search it.  Only
    whether it matches counts, so the checks are factored as a trie of their units (every
    unit is possessive, so a shared beginning matches the same way in each): at a place
    where many checks begin alike ("recipient ..." in 19 of them), the beginning is read
    once, not once per check."""
    root: _Atoms = {}
    for check in checks:
        node = root
        for atom in _atoms(check):
            key = atom.lower() if atom.isascii() else atom  # (the pattern ignores case)
            node = node.setdefault(key, {})
        node[""] = {}
    reach = 2 * max(len(c.phrase) + len(c.then) for c in checks) + 40
    return regex.compile(_emit_atoms(root), regex.IGNORECASE), reach


def unwrapped(text: str) -> str:
    """A hit's neighbourhood as its checks read it: without hard wraps and the mail quoting
    after them ("Pro\\n> tocol" reads as "Protocol"; between words, a check wants no blank)."""
    return _HARD_WRAP.sub("", text) if "\n" in text else text
