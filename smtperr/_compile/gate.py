"""The gate's literals, chosen from the language tables: rare pieces, not first words.

Every message carries at least one *unit* of the client's own wording: an error number, a
strong label (protocol, SSL, server response, socket error, error number, error IDs), an
opening sentence or a template's literal text.  The gate looks for a handful of pieces of
those units with ``str.find`` (memory speed) and checks each hit against the units it could
belong to with a small pattern in the hit's neighbourhood, so ordinary log text costs a few
literal passes and almost no pattern at all.

* ASCII units are covered by *pivots*: case-stable pieces of their words (a word less its
  first letter, so "Error" and "error" share "rror"), chosen by greedy set cover so that few
  passes cover every unit, avoiding pieces of ``COMMON_LOG_WORDS``.
* Units with a letter outside ASCII are covered by one pass over the text's non-ASCII runs:
  a run is looked up as a word (Latin, Cyrillic, Greek, ...) or by its bigrams (scripts
  written without blanks), never by pattern.
* A label of the SMTP-code field ("Server Error") followed by a reply code and the
  server-response label (``CODE_LABELS``) is what remains of Windows (Live) Mail's field list
  cut off before its error number.  Its ASCII spellings are found by *code pieces*: the
  label's end, in the same trie but only where a colon and a reply code follow, and only
  from a character a pivot starts with, so the trie is entered nowhere new (a pivot that is
  a piece of the label takes its check instead).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

import regex

from .._data.gate import COMMON_LOG_WORDS
from .._tables import all_locales, framing_families
from .gate_checks import CODE_COLON, Check, Part
from .generated import generated_source
from .text import spaceless
from .trie import literal_trie

__all__ = [
    "Check", "Gate", "Part", "build_gate", "built_gate", "code_unit", "gate_source",
    "label_unit", "sentence_unit", "table_gate",
]

# Labels that, without an error number, still mark a fragment of a client error.
GATE_LABELS = ("protocol", "ssl")
# The label whose value is a reply code, and the label Windows (Live) Mail prints after it.
CODE_LABELS = ("server_error", "server_response")

MIN_PIECE = 5  # the shortest piece of a word worth a pass (four letters are too common)
# The lower-case letters pivots start with, unless a unit has no rare piece that does: the
# trie is entered at each of them ("e" 5.5% of the loghub logs' characters, "r" 2.9%, "o"
# 3.4%, "i" 2.4%, "u" 1.4%, "h" 1.0%; "a" would add 3.5%).
PIVOT_FIRSTS = "ehioru"
MAX_PIECE = 8  # longer pieces add nothing but a chance of a hard wrap inside
# The longest code piece: no longer than the hard-wrap look-up joins on each side of a wrap
# (``_scan.gate.JOIN``), so a wrap anywhere inside one is found.
MAX_CODE_PIECE = 12
HEX_PIVOTS = ("x800", "X800")  # every client error number is 0x800xxxxx
_WORD = regex.compile(r"[^\W\d_]++")
_SLOT = regex.compile(r"\{[a-z_.]+\}")


class Gate:
    """What the gate looks for: pivots and code pieces (one trie) and non-ASCII words, each
    with the checks a hit must pass; bigrams of scripts written without blanks, unchecked.
    Not changed once built.  (A plain class: an attrs class costs the first ``parse`` ~1 ms
    to create, and this one's patterns are cached on it.)"""

    def __init__(
        self,
        pivots: dict[str, tuple[Check, ...]],
        words: dict[str, tuple[Check, ...]],  # lower-case words holding a non-ASCII letter
        runs: frozenset[str],  # their non-ASCII runs: a quick reject before the word look-up
        bigrams: frozenset[str],  # scripts without blanks: two letters
        codes: dict[str, tuple[Check, ...]],  # code pieces: found only before a reply code
    ) -> None:
        self.pivots, self.words, self.runs, self.bigrams, self.codes = (
            pivots, words, runs, bigrams, codes)

    def __eq__(self, other: object) -> bool:
        fields = ("pivots", "words", "runs", "bigrams", "codes")
        return isinstance(other, Gate) and all(vars(self)[f] == vars(other)[f] for f in fields)

    __hash__ = None  # type: ignore[assignment]  # (its tables are dictionaries)

    @functools.cached_property
    def literals(self) -> dict[str, tuple[Check, ...]]:
        """The checks of every literal of the trie but the error-number pivots."""
        return {**self.pivots, **self.codes}

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The pivots, the code pieces and the error-number pivots as one ``re`` trie: one
        pass over the text finds them all (measured on a 10 MB log: 2.6x faster than a
        ``str.find`` pass per pivot, which costs one literal-scan limit each).  A literal of
        ``after`` is found only where what its checks need after it follows."""
        tails = {p: f"(?={after.pattern})" for p, after in self.after.items()}
        return re.compile(literal_trie((*self.literals, *HEX_PIVOTS), tails))

    @functools.cached_property
    def plain(self) -> re.Pattern[str]:
        """Every pivot and code piece as one trie, without ``after``: the hard-wrap look-up
        reads a few characters past a piece, fewer than ``after`` may need."""
        return re.compile(literal_trie((*self.literals, *HEX_PIVOTS)))

    @functools.cached_property
    def after(self) -> dict[str, re.Pattern[str]]:
        """What must follow a pivot whose every check is a label that ends in the pivot's
        word ("Received >>>": a colon, a quote or a digit after blanks and '>'), anchored
        after it.  Checked in the trie, so the log lines that hold the word elsewhere
        ("Received block", 5,000 times in 10 MB of loghub logs) cost no Python step; such a
        hit would fail its check anyway.  (Not for a pivot that is a prefix of another.)
        A code piece's: its label's colon (``CODE_COLON``; its check wants the code)."""
        out: dict[str, re.Pattern[str]] = {p: re.compile(CODE_COLON) for p in self.codes}
        others = (*self.pivots, *HEX_PIVOTS)
        for pivot, checks in self.pivots.items():
            rests = [_rest(c, pivot) for c in checks]
            if not checks or any(r is None for r in rests):
                continue
            if any(o != pivot and (o.startswith(pivot) or pivot.startswith(o)) for o in others):
                continue
            gap = "".join(sorted({ch for r in rests for ch in r or ""} - set(" >*_\r\n\t")))
            # (each character of the rest with a wrap and quoting around it, blanks between)
            reach = _AFTER_REACH + _PER_CHAR * max(len(r or "") for r in rests)
            out[pivot] = re.compile(
                rf"[\s>*_{re.escape(gap)}]{{0,{reach}}}[{re.escape(_LABEL_END)}]"
            )
        return out


_AFTER_REACH = 20  # the blanks a label check lets stand after its last word, and some
_PER_CHAR = 12  # ... and for each character of punctuation after the pivot in its phrase
_LABEL_END = ":：'\"«‘’“”<0123456789"  # what a label check needs after its blanks


def _rest(check: Check, pivot: str) -> str | None:
    """The text of a label check's phrase after the last place of ``pivot`` in it, when that
    holds no letter or digit (so the check needs only punctuation and a value after the
    pivot); else None."""
    if not check.label:
        return None
    at = check.phrase.rfind(pivot)
    if at < 0:
        at = check.phrase.lower().rfind(pivot.lower())
    rest = check.phrase[at + len(pivot) :] if at >= 0 else "x"
    return None if any(ch.isalnum() for ch in rest) else rest


def _check(part: Part, piece: str) -> Check:
    """The piece's words in the part, with one word on each side."""
    if part.label:
        return Check(part.text, True, part.then)
    at = part.text.find(piece)
    if at < 0:
        at = part.text.lower().find(piece.lower())
    words = part.text.split(" ")
    first = part.text.count(" ", 0, max(at, 0))
    last = part.text.count(" ", 0, max(at, 0) + len(piece))
    return Check(" ".join(words[max(0, first - 1) : last + 2]), False)


def _pieces(word: str) -> set[str]:
    """The case-stable pieces of an ASCII word: its substrings of ``MIN_PIECE`` to
    ``MAX_PIECE`` characters, not the first letter when the rest is lower case (a word may
    be written capitalized or not)."""
    body = word[1:] if word[1:].islower() else word
    if len(body) < MIN_PIECE:
        return set()
    top = min(MAX_PIECE, len(body))
    return {body[i : i + n] for n in range(MIN_PIECE, top + 1) for i in range(len(body) - n + 1)}


def _word_pairs(text: str) -> set[str]:
    """Two words with the blank between them (less the first letter): a unit written in
    everyday words only ("The connection to the server has failed") is rare as a phrase."""
    words = text.split(" ")
    out = set()
    for a, b in itertools.pairwise(words):
        if a.isascii() and b.isascii() and a.isalpha() and b.isalpha() and len(a) + len(b) >= 7:
            out.add((a[1:] if a[1:].islower() else a) + " " + b[:MAX_PIECE])
    return out


_COMMON = "\0".join(COMMON_LOG_WORDS)  # one string: a piece is looked up in C


def _common(piece: str) -> bool:
    return piece.lower() in _COMMON


def build_gate(units: Iterable[tuple[Part, ...]]) -> Gate:
    """``units``: the parts of each label or sentence; a unit is found when any of its parts
    is.  Pivots are chosen by greedy set cover over the units that have no non-ASCII word
    (rare pieces first, then most units covered, then the longest piece); an ASCII code
    label is found by a pivot that is a piece of it, else by its code piece."""
    parts: dict[Part, int] = {}
    piece_parts: dict[str, set[int]] = {}
    words: dict[str, set[int]] = {}
    bigrams: dict[str, set[int]] = {}
    options: list[set[str]] = []
    code_parts: list[int] = []
    for unit in units:
        mine: set[str] = set()
        foreign = False
        for part in unit:
            k = parts.setdefault(part, len(parts))
            if part.label:  # "(SSL)": a bracketed token of a label is rare as written
                for token in part.text.split(" "):
                    if token[:1] == "(" and len(token) >= MIN_PIECE and token.isascii():
                        mine.add(token)
                        piece_parts.setdefault(token, set()).add(k)
            for piece in _word_pairs(part.text):
                mine.add(piece)
                piece_parts.setdefault(piece, set()).add(k)
            for w in _WORD.findall(part.text):
                if w.isascii():
                    for piece in _pieces(w):
                        mine.add(piece)
                        piece_parts.setdefault(piece, set()).add(k)
                elif spaceless(w[0]):
                    foreign = True
                    for j in range(len(w) - 1):
                        bigrams.setdefault(w[j : j + 2].lower(), set()).add(k)
                else:
                    foreign = True
                    words.setdefault(w.lower(), set()).add(k)
        if any(part.then for part in unit):  # (a non-ASCII one: found by its words)
            if not foreign:
                code_parts.extend(parts[part] for part in unit)
        elif not foreign:
            options.append(mine)
    # Greedy set cover: each round takes the piece that covers the most units left.
    covers: dict[str, set[int]] = {}
    for u, o in enumerate(options):
        for p in o:
            covers.setdefault(p, set()).add(u)
    rare = {p: not _common(p) for p in covers}
    chosen: list[str] = []
    left = {u for u, o in enumerate(options) if o}
    firsts: set[str] = set(PIVOT_FIRSTS)
    while left:
        useful = {p for u in left for p in options[u]}
        best = max(
            useful,
            key=lambda p: (
                rare[p],
                # The trie is entered at every character that starts a pivot: a new lower
                # case letter there ("ast Response") costs the pass 10%.
                p[0] in firsts or not p[0].islower(),
                len(covers[p] & left),
                " " not in p,
                len(p),
                p,
            ),
        )
        chosen.append(best)
        firsts.add(best[0])
        left -= covers[best]
    part_list = list(parts)
    codes: dict[str, list[int]] = {}
    heads = {p[:2] for p in chosen}
    for k in code_parts:
        if not any(k in piece_parts[p] for p in chosen):
            piece = _code_piece(part_list[k], firsts, heads)
            if piece in chosen:  # (a pivot already, a piece of the other label: it checks)
                piece_parts[piece].add(k)
            else:
                codes.setdefault(piece, []).append(k)
    runs = frozenset(r for w in words for r in _NON_ASCII.findall(w))
    return Gate(
        {
            p: tuple(dict.fromkeys(_check(part_list[k], p) for k in sorted(piece_parts[p])))
            for p in sorted(chosen)
        },
        {
            w: tuple(dict.fromkeys(_check(part_list[k], w) for k in sorted(v)))
            for w, v in words.items()
        },
        runs,
        frozenset(bigrams),
        {c: tuple(dict.fromkeys(_check(part_list[k], c) for k in v)) for c, v in codes.items()},
    )


_NON_ASCII = regex.compile(r"[^\x00-\x7f]++")


def _code_piece(part: Part, firsts: set[str], heads: set[str]) -> str:
    """The piece a code label is found by: an end of its label or of the label after its
    code (both take a code), of at most ``MAX_CODE_PIECE`` characters, that starts inside a
    word (not at its first letter: "Error" and "error" share it) at a character a pivot
    starts with, and takes in a blank only before a lower-case word (a hard wrap there is
    found by the junction pass).  Preferred: one whose first two characters begin a pivot
    (the trie then branches nowhere new), then the longest (the rarest).  Failing all, the
    label's last word less its first letter."""
    ends = [
        label[i:]
        for label in (part.text, part.then)
        for i in range(max(1, len(label) - MAX_CODE_PIECE), len(label))
        if label[i - 1] != " "
        and label[i] in firsts
        and all(w[:1].islower() for w in label[i:].split(" ")[1:])
    ]
    if not ends:
        return part.text.rsplit(" ", 1)[-1][1:]
    return max(ends, key=lambda p: (p[:2] in heads, len(p)))


def label_unit(spelling: str) -> tuple[Part, ...]:
    return (Part(" ".join(spelling.split()), True),)


def code_unit(spelling: str, then: str) -> tuple[Part, ...]:
    """A label of the SMTP-code field, its value a reply code, then the label ``then``."""
    return (Part(" ".join(spelling.split()), True, " ".join(then.split())),)


def sentence_unit(sentence: str) -> tuple[Part, ...]:
    """Each literal part of a sentence between its slots (four letters or more)."""
    out = []
    for raw in _SLOT.split(sentence):
        text = " ".join(raw.split()).strip(" '\".,:;()")
        if sum(ch.isalnum() for ch in text) >= 4:
            out.append(Part(text, False))
    return tuple(out)


@functools.cache
def table_gate() -> Gate:
    """The gate of every language's tables, as generated into ``smtperr._data.gate_tables``
    (choosing the pivots costs the first ``parse`` about 25 ms; a test keeps the generated
    module equal to ``built_gate()``)."""
    from .._data import gate_tables as t

    def checks(rows: tuple[tuple[str, bool] | tuple[str, bool, str], ...]) -> tuple[Check, ...]:
        return tuple(Check(*row) for row in rows)

    return Gate(
        {k: checks(v) for k, v in t.PIVOTS.items()},
        {k: checks(v) for k, v in t.WORDS.items()},
        frozenset(t.RUNS),
        frozenset(t.BIGRAMS),
        {k: checks(v) for k, v in t.CODES.items()},
    )


def built_gate() -> Gate:
    """The gate chosen from the tables now (what ``gate_tables`` must hold)."""
    units: list[tuple[Part, ...]] = []
    for loc in all_locales():
        for field in GATE_LABELS:
            units.extend(label_unit(s) for s in loc.labels.get(field, ()))
        code, then = (loc.labels.get(field, ()) for field in CODE_LABELS)
        units.extend(code_unit(s, t) for s in code for t in then)
        sentences = [s for _n, s in loc.openings] + [s for _f, s in loc.templates]
        units.extend(sentence_unit(s) for s in sentences)
    # The wording that opens a window on a server's reply in a bounce or a log line: each
    # family of ``smtperr._data.framings`` lists a few sentences in its GATE, chosen so that
    # they share pieces (each pivot costs a pass over the text).
    # One that ends in its reply is checked like a label (a digit or a quote must follow).
    for _name, module in framing_families():
        for _lang, text, _source in getattr(module, "GATE", ()):
            unit = sentence_unit(text)
            if unit and text.rstrip().endswith("{reply}"):
                unit = (*unit[:-1], Part(unit[-1].text, True))
            units.append(unit)
    return build_gate(units)


def gate_source(gate: Gate) -> str:
    """``gate`` as the source of ``smtperr._data.gate_tables``."""

    def rows(d: dict[str, tuple[Check, ...]]) -> str:
        body = "".join(
            f"    {k!r}: ({''.join(f'{tuple(c) if c.then else c[:2]!r}, ' for c in v)}),\n"
            for k, v in sorted(d.items())
        )
        return "{\n" + body + "}"

    row = "tuple[tuple[str, bool] | tuple[str, bool, str], ...]"  # (phrase, label[, then])
    return generated_source(
        "The gate's literals and checks",
        "gate",
        "gate_tables",
        f"PIVOTS: dict[str, {row}] = {rows(gate.pivots)}\n\n"
        f"WORDS: dict[str, {row}] = {rows(gate.words)}\n\n"
        f"RUNS: tuple[str, ...] = {tuple(sorted(gate.runs))!r}\n\n"
        f"BIGRAMS: tuple[str, ...] = {tuple(sorted(gate.bigrams))!r}\n\n"
        f"CODES: dict[str, {row}] = {rows(gate.codes)}\n",
    )


if __name__ == "__main__":
    print(gate_source(built_gate()), end="")
