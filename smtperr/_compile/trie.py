"""Many literal phrases as ONE stdlib ``re`` source, factored as a trie.

Why a trie: an alternation of N phrases makes the engine try N branches at every position of
the text; factored on common prefixes it follows one branch per character, so a search costs
about the same for 10 phrases as for 1,000.  Why stdlib ``re``: the patterns hold nothing it
lacks, and it compiles them faster than ``regex`` (measured on the classifier's 956-phrase trie:
30 ms against 84 ms).

Two builders: ``literal_trie`` for plain strings, and ``PhraseSet`` for the classifier's phrase
syntax (a space matches a run of white space, ``…`` a gap of at most 80 characters, a phrase
that starts with a letter or digit matches only at a word start, optional regex tails and
marker groups).  At every node continuations come before the end of a phrase, so the longest
phrase starting at a position is the one matched.

Sources are built from the sorted phrases by grouping on the character at each depth, so the
cost is in the branch points, not in the characters (a chain of single children is escaped in
one ``str.translate``).  Nothing is compiled here: callers compile what they build, when they
need it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

__all__ = ["GAP", "PhraseSet", "literal_trie", "lower_one_for_one", "phrase_trie", "squash"]

GAP = "\u2026"  # "…" in a phrase: up to GAP_REACH characters of anything
GAP_REACH = 80
_GAP_RE = rf"[\s\S]{{0,{GAP_REACH}}}?"

# What ``re.escape`` escapes (Python 3.7+), as a ``str.translate`` table.
_ESCAPES: dict[int, str] = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}

# Symbols that stand for one non-literal token each: private-use code points (plane 15, room
# for 65,000 tokens) above every character a phrase holds.  Their order is the order in which
# the trie tries siblings: literal characters (mutually exclusive, so their order does not
# matter), then ``\s`` before ``\s+`` (the string order of the tokens the trie has always
# used), then gaps, tails and lookaheads sorted by their source text; the end of a phrase
# comes last (see ``_emit``).
_FIRST_SYMBOL = 0xF0000
_WORD = chr(0xF0000)  # \b: only the first symbol of a phrase that starts with a letter/digit
_SPACE1 = chr(0xF0001)  # \s: one white-space character, next to a gap
_SPACES = chr(0xF0002)  # \s+: a space of the phrase
_OTHER = 0xF0010  # gaps, regex tails and marker lookaheads, numbered in sorted order
_FIRST_OTHER = chr(_OTHER)


def lower_one_for_one(text: str) -> str:
    """Lower case with one character for one, so offsets stay valid (a letter whose lower case
    is longer takes its first character: "İ" is "i").  The window, the classifier and the
    template keys fold alike."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch.lower()[:1] or ch for ch in text)


def squash(text: str) -> str:
    """Every run of white space as one space: how phrases are stored and looked up."""
    if "  " not in text and text.isprintable():
        return text
    # (as ``re.sub(r"\s+", " ", text)`` does, without a pattern lookup per call: phrases
    # matched across line breaks come here by the hundred thousand in a long reply)
    words = text.split()
    if not words:
        return " " if text else text
    out = " ".join(words)
    return (" " if text[0].isspace() else "") + out + (" " if text[-1].isspace() else "")


def literal_trie(strings: Iterable[str], tails: Mapping[str, str] | None = None) -> str:
    """A regex source matching any of ``strings`` literally, longest first at each position.

    Duplicates are ignored; an empty string makes the whole pattern optional.  No anchors or
    word boundaries are added: wrap the source as the use needs (``rf"\\b(?:{src})"``).
    ``tails``: regex sources that must follow some of the strings (a lookahead), placed in
    the trie where the string ends, so the trie stays one factored alternation.
    """
    table = _ESCAPES
    marks: dict[str, str] = {}
    if tails:
        table = dict(_ESCAPES)
        for i, (key, tail) in enumerate(sorted(tails.items())):
            sym = chr(_OTHER + i)
            table[ord(sym)] = tail
            marks[key] = key + sym
    keys = sorted({marks.get(k, k) for k in strings})
    if not keys:
        return "(?!)"  # matches nothing, like an empty alternation would
    return _emit(keys, 0, lambda s: s.translate(table))


def phrase_trie(entries: Iterable[tuple[str, str, str]]) -> str:
    """The regex source of ``(phrase, regex tail, marker)`` entries (see ``PhraseSet``)."""
    phrases = PhraseSet(entries)
    return phrases.source(phrases.encoded)


class PhraseSet:
    """Entries in phrase syntax, each encoded as one string with a symbol per trie token.

    An entry is ``(phrase, tail, marker)``: the phrase, an optional raw regex appended after it,
    and a marker group name (``""`` for none).  A marked entry consumes as little as possible
    (its words up to the first gap, or its first character) and ends in a lookahead holding the
    marker group, so ``match.lastgroup`` names it, ``match.end(marker)`` is where it ends, and
    it cannot hide a phrase that starts inside it.

    ``encoded[i]`` is entry i as symbols; ``source`` builds the regex of any subset of them, so
    a caller can compile a few small tries instead of one large one and get the same matches.
    """

    __slots__ = ("_decode", "encoded")

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        # Non-literal token -> provisional symbol, and the decoding of provisional symbols
        # (lookaheads are decoded while entries are encoded).
        tokens: dict[str, str] = {}
        decode = dict(_ESCAPES)
        decode.update({ord(_WORD): r"\b", ord(_SPACE1): r"\s", ord(_SPACES): r"\s+"})
        raw = [
            self._encode(phrase, tail, marker, tokens, decode) for phrase, tail, marker in entries
        ]
        # Renumber the provisional symbols so that code point order is source text order; only
        # entries holding such a symbol (gaps, tails, markers: a few) need it.
        final = {tok: chr(_OTHER + i) for i, tok in enumerate(sorted(tokens))}
        renumber = {ord(tokens[tok]): sym for tok, sym in final.items()}
        self.encoded: list[str] = [
            s.translate(renumber) if s and max(s) >= _FIRST_OTHER else s for s in raw
        ]
        for tok, sym in final.items():
            decode[ord(sym)] = tok
        self._decode = decode

    @staticmethod
    def _encode(
        phrase: str, tail: str, marker: str, tokens: dict[str, str], decode: dict[int, str]
    ) -> str:
        if phrase and max(phrase) >= _WORD:
            raise ValueError(f"phrase holds a private-use character: {phrase!r}")
        while "  " in phrase:
            phrase = phrase.replace("  ", " ")
        body = phrase
        if GAP in body:
            # Next to a gap, white space is one character: the gap takes any more.  A "\s+"
            # beside a gap would let the two share a run of spaces in every possible way
            # (polynomial backtracking on long runs of white space).
            gap = _symbol(_GAP_RE, tokens, decode)
            body = body.replace(" " + GAP, _SPACE1 + GAP).replace(GAP + " ", GAP + _SPACE1)
            body = body.replace(GAP, gap)
        body = body.replace(" ", _SPACES)
        if tail:
            body += _symbol(tail, tokens, decode)
        if marker:
            gap = tokens.get(_GAP_RE, "")
            cut = body.index(gap) if gap and gap in body else 1
            rest = body[cut:]
            if rest:
                look = f"(?=(?P<{marker}>{_checked_gaps(rest, gap, decode)}))"
                body = body[:cut] + _symbol(look, tokens, decode)
        if phrase[:1].isascii() and phrase[:1].isalnum():
            body = _WORD + body
        return body

    def source(self, encoded: Iterable[str]) -> str:
        """The regex source of some of ``self.encoded``, factored as a trie."""
        keys = sorted(set(encoded))
        if not keys:
            return "(?!)"
        decode = self._decode
        return _emit(keys, 0, lambda s: s.translate(decode))

    def ahead(self, encoded: Iterable[str], skip: int, symbols: int) -> str:
        """A lookahead of what must follow the first ``skip`` literal characters of each of
        ``encoded`` (their next ``symbols`` tokens, as a trie): a gate that finds those
        characters then knows that one of the entries may match there.  ``""`` when an entry
        ends after them (nothing more is needed)."""
        rests = []
        for entry in encoded:
            rest = entry[(1 if entry[:1] == _WORD else 0) + skip :][:symbols]
            for i, sym in enumerate(rest):  # not a gap's lookahead: it costs what it saves
                if sym >= _FIRST_OTHER and _GAP_RE in self._decode[ord(sym)]:
                    rest = rest[:i]
                    break
            if not rest:
                return ""
            rests.append(rest)
        return f"(?={self.source(rests)})" if rests else ""

    @staticmethod
    def literal_prefix(encoded: str, limit: int) -> str:
        """The literal characters an encoded entry starts with (after its word boundary), at
        most ``limit``: the text that must stand where the entry matches."""
        start = 1 if encoded[:1] == _WORD else 0
        out = encoded[start : start + limit]
        for i, ch in enumerate(out):
            if ord(ch) >= _FIRST_SYMBOL:
                return out[:i]
        return out


def _checked_gaps(rest: str, gap: str, decode: dict[int, str]) -> str:
    """The source of ``rest`` with each gap that a literal character follows (perhaps after
    one blank) checked first for that character within reach: a lazy gap steps through all
    of its characters in Python's ``re`` (~20 ns each) where a negated set runs through them
    at C speed, and "user", "mailbox", "no" start gap phrases ("user … does not exist"):
    text full of such words would scan GAP_REACH characters at every one."""
    if not gap or gap not in rest:
        return rest.translate(decode)
    parts = rest.split(gap)
    out = [parts[0].translate(decode)]
    for part in parts[1:]:
        after = part[1:] if part[:1] == _SPACE1 else part
        check = ""
        if after and ord(after[0]) < _FIRST_SYMBOL:
            ch = re.escape(after[0])
            check = f"(?=[^{ch}]{{0,{GAP_REACH + 1}}}{ch})"
        out.append(check + _GAP_RE + part.translate(decode))
    return "".join(out)


def _symbol(token: str, tokens: dict[str, str], decode: dict[int, str]) -> str:
    """The provisional symbol of a non-literal token (numbered as first seen)."""
    sym = tokens.get(token)
    if sym is None:
        sym = tokens[token] = chr(_OTHER + len(tokens))
        decode[ord(sym)] = token
    return sym


def _emit(keys: list[str], depth: int, decode: Callable[[str], str]) -> str:
    """The trie of sorted, distinct ``keys`` that all share ``keys[0][:depth]``, from ``depth``.

    Siblings are tried in code point order, and a key that ends here (the first, being sorted)
    comes last, after every continuation: so longer phrases win.
    """
    alts: list[str] = []
    ends = len(keys[0]) == depth
    i = 1 if ends else 0
    n = len(keys)
    while i < n:
        first = keys[i]
        ch = first[depth]
        j = i + 1
        while j < n and keys[j][depth] == ch:
            j += 1
        if j - i == 1:
            alts.append(decode(first[depth:]))
        else:
            last = keys[j - 1]  # sorted: first and last share what the whole group shares
            k = depth + 1
            stop = min(len(first), len(last))
            while k < stop and first[k] == last[k]:
                k += 1
            alts.append(decode(first[depth:k]) + _emit(keys[i:j], k, decode))
        i = j
    if ends:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"
