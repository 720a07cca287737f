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
from collections.abc import Iterable, Iterator

from .generated import generated_source
from .grammar import grammar
from .text import FULLWIDTH, QUOTES, spaceless

__all__ = [
    "ALPHABETS",
    "GAP",
    "WHOLE_AFTER",
    "LabelTrie",
    "built_label_tries",
    "colon_labels",
    "label_buckets",
    "label_source",
    "reversed_label_pattern",
]

# What may stand between two letters of a label in text: blanks (a hard wrap is a blank in
# the folded view), hyphens, apostrophes, brackets.  Bounded: a label is a few words.  A
# narrower class costs 2-9 times the compile time (the pattern repeats it at every letter).
GAP = r"\W{0,3}"  # the reader rejects a label that holds a separator (",.;:")
_Node = dict[str, "_Node"]
_FREE_END = "end"  # a key no letter is: a spelling in a script without blanks ends here


def _end(node: _Node) -> str | None:
    """How a spelling that ends at ``node`` must end, if one does: at a word start (the key
    ``""``: a script with blanks), or anywhere (``_FREE_END``: a script without blanks)."""
    if _FREE_END in node:
        return ""
    return r"(?!\w)" if "" in node else None


def _emit(node: _Node, first: bool = False) -> str:
    """What may follow once the letters leading to ``node`` are read: a gap and one of the
    next letters (tried before ending here, so the longest spelling wins), or an end."""
    conts = [re.escape(ch) + _emit(node[ch]) for ch in sorted(k for k in node if len(k) == 1)]
    alt = conts[0] if len(conts) == 1 else "(?:" + "|".join(conts) + ")" if conts else ""
    body = alt if first or not conts else GAP + alt
    end = _end(node)
    if end is None:
        return body
    return f"(?:{body}|{end})" if conts else end


def _trie(keys: Iterable[tuple[str, bool]]) -> _Node:
    root: _Node = {}
    for letters, free in keys:
        node = root
        for ch in reversed(letters):
            node = node.setdefault(ch, {})
        if letters:
            node[_FREE_END if free else ""] = {}
    return root


def reversed_label_pattern(keys: Iterable[tuple[str, bool]]) -> str:
    """``keys``: (letters of a spelling in lower case, whether it starts in a script without
    blanks).  The pattern matches the reversed text from just before a colon: closing
    brackets and blanks, then the longest reversed spelling, then (unless that spelling
    starts in a script without blanks) no letter or digit."""
    return _emit(_trie(keys), True)


PIECE = 400  # a piece of the trie longer than this (in pattern source) is cut further ...
KEY_LETTERS = 4  # ... down to keys of this many letters ("(ssl)" ends labels in 37 languages)


def label_buckets(keys: Iterable[tuple[str, bool]]) -> dict[str, str]:
    """``reversed_label_pattern(keys)`` cut into pieces by the spellings' first letters read
    backwards (their last): the piece of key ``"ab"`` holds every spelling that ends in "ba",
    from its first letters on; a piece longer than ``PIECE`` is cut again by the next letter,
    its key's own spelling (if one ends there) left as a piece of its own.  At a colon, the
    letters before it name the pieces that can match there (a gap holds no letter), tried
    longest key first — the order in which the whole trie tries them; the pieces, in the
    order of the dictionary, make a pattern that matches as the trie does."""
    out: dict[str, str] = {}

    def cut(path: str, node: _Node) -> None:
        head = GAP.join(re.escape(ch) for ch in path)
        letters = sorted(k for k in node if len(k) == 1)
        source = head + _emit(node)
        if len(path) >= 2 and (len(source) <= PIECE or len(path) == KEY_LETTERS or not letters):
            out[path] = source
            return
        for ch in letters:
            cut(path + ch, node[ch])
        end = _end(node)
        if end is not None:
            out[path] = head + end

    for a, node in sorted(_trie(keys).items()):
        cut(a, node)
    return out


# Before the colon: blanks, closing brackets, combining marks (Thai, Indic).
_LEAD = r"(?:[\s)\]]|(?![\x00-\x7f])\W){0,4}"


# Narrower tries for windows whose letters fit an alphabet: a window with no letter of a
# spelling outside it cannot match those spellings, so the narrower trie finds the same
# labels, and compiles in less time.  The last tier is every spelling.
ALPHABETS = (0x80, 0x250)  # letters below: ASCII, then the Latin blocks



def _before(colon: str) -> str:
    """Where a label may end: at a colon (in a group opened by ``colon``) and what may stand
    between them, or at a blank that a quote, '<' or a digit follows (a label written without
    its colon)."""
    return f"(?:({colon}:){_LEAD}|(?<=[{re.escape(QUOTES)}<0-9]) )"


_BEFORE = _before("?P<colon>")
# Places read piece by piece before the whole trie is compiled (the first ``parse`` reads
# ~15; the benchmark's 6 MB mix 11,000, at ~2 us each in Python, where the whole trie's
# search skips to them in C).
WHOLE_AFTER = 2000


@functools.cache
def _places() -> re.Pattern[str]:
    """Each place a label may end, with the ``KEY_LETTERS`` letters before it (past gaps):
    zero-width, so no place is skipped."""
    letters = r"(\w)"
    for _ in range(KEY_LETTERS - 1):
        letters = r"(\w)(?:" + GAP + letters + ")?"
    return re.compile("(?=[: ])(?=" + _before("?:") + letters + ")")


class LabelTrie:
    """A tier's reversed trie of label spellings, used as one compiled pattern is:
    ``finditer`` over a reversed window, ``match`` at one colon.  The whole trie costs ~12 ms
    to compile (~25 ms on a slow machine), and one message needs a few of its pieces: until
    ``WHOLE_AFTER`` places have been read, each place is matched against the one piece its
    last letters name (``label_buckets``), each piece compiled on first use; then the whole
    trie, as one pattern of the pieces, finds the same labels in one C search per window."""

    __slots__ = ("_buckets", "_pieces", "_read", "_whole")

    def __init__(self, buckets: dict[str, str]) -> None:
        self._buckets = buckets
        self._pieces: dict[str, re.Pattern[str]] = {}
        self._read = 0
        self._whole: re.Pattern[str] | None = None

    def whole(self) -> re.Pattern[str]:
        """Every piece in one pattern: at a place, pieces are tried in the trie's order."""
        if self._whole is None:
            # ("(?=[: ])": where no colon or blank stands, the engine need not enter the
            # trie's branches: 1.5x faster on the benchmark's windows.)
            self._whole = re.compile(
                "(?=[: ])" + _BEFORE + "(?P<label>(?:" + "|".join(self._buckets.values()) + "))"
            )
        return self._whole

    def finditer(self, rev: str) -> Iterator[re.Match[str]]:
        """The labels of a reversed window, as ``whole().finditer`` finds them."""
        if self._whole is not None or self._read >= WHOLE_AFTER:
            yield from self.whole().finditer(rev)
            return
        end = 0
        for place in _places().finditer(rev):
            if place.start() < end:
                continue  # (inside the label read last)
            self._read += 1
            found = self._at(place, rev)
            if found is not None:
                yield found
                end = found.end()

    def match(self, rev: str, pos: int) -> re.Match[str] | None:
        """The label that ends at ``pos`` of a reversed window, as ``whole().match``."""
        if self._whole is not None:
            return self._whole.match(rev, pos)
        place = _places().match(rev, pos)
        return None if place is None else self._at(place, rev)

    def _at(self, place: re.Match[str], rev: str) -> re.Match[str] | None:
        letters = "".join(ch for ch in place.groups() if ch is not None)
        for n in range(len(letters), 0, -1):  # the longest key first
            key = letters[:n]
            source = self._buckets.get(key)
            if source is None:
                continue
            piece = self._pieces.get(key)
            if piece is None:
                piece = self._pieces[key] = re.compile(_BEFORE + f"(?P<label>{source})")
            found = piece.match(rev, place.start())
            if found is not None:
                return found
        return None


@functools.cache
def _tier(tier: int) -> LabelTrie:
    from .._data.label_tables import LABEL_TRIES

    return LabelTrie(LABEL_TRIES[tier][1])


@functools.cache
def _outside(tier: int) -> re.Pattern[str]:
    """The letters of the spellings that ``tier`` leaves out."""
    from .._data.label_tables import LABEL_TRIES

    return re.compile("[" + re.escape(LABEL_TRIES[tier][0]) + "]")


def colon_labels(lower: str = "") -> LabelTrie:
    """The reversed trie of the label spellings that may stand in ``lower`` (a window's
    folded text; ``""``: every spelling), after a colon (group ``colon`` set) or after a
    blank that a quote, '<' or a digit follows (a label written without its colon).
    Searched over the whole reversed window, only labels come back; matched at one colon,
    it reads that colon's label.  Its pieces ship generated in
    ``smtperr._data.label_tables`` (building them costs another 5 ms)."""
    if not lower:
        return _tier(len(ALPHABETS))
    if lower.isascii():  # (a sure sign, found in C, that the ASCII tier will do)
        return _tier(0)
    for tier in range(1, len(ALPHABETS)):
        if _outside(tier).search(lower) is None:
            return _tier(tier)
    return _tier(len(ALPHABETS))


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


def built_label_tries() -> list[tuple[str, dict[str, str]]]:
    """Per tier of ``ALPHABETS`` and last every spelling: (the letters of the spellings it
    leaves out, its reversed trie in pieces); what ``label_tables`` must hold."""
    keys = _label_keys()
    letters = {ch for word, _free in keys for ch in word}
    out = []
    for limit in ALPHABETS:
        inside = {k for k in keys if all(ord(ch) < limit for ch in k[0])}
        left_out = "".join(sorted(ch for ch in letters if ord(ch) >= limit))
        out.append((left_out, label_buckets(inside)))
    out.append(("", label_buckets(keys)))
    return out


def label_source(tries: list[tuple[str, dict[str, str]]]) -> str:
    """``tries`` as the source of ``smtperr._data.label_tables``."""
    body = "".join(
        f"    ({left!r}, {{\n" + "".join(f"        {k!r}: {v!r},\n" for k, v in pieces.items())
        + "    }),\n"
        for left, pieces in tries
    )
    return generated_source(
        "The reversed tries of the label spellings, by alphabet, in pieces by their last "
        "letters",
        "labels",
        "label_tables",
        f"LABEL_TRIES: tuple[tuple[str, dict[str, str]], ...] = (\n{body})\n",
    )


if __name__ == "__main__":
    print(label_source(built_label_tries()), end="")
