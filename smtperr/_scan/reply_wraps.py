"""A server's reply that a hard wrap cut inside a word, an address or its code.

A value's line breaks become blanks (``unknown._clean``), which is right for a wrap between
two words and wrong inside one: "<bob@exa" + wrap + "mple.org>", "55" + wrap + "0 5.7.1",
"Rel" + wrap + "aying denied" (the phrase that says relaying was denied, lost).  Addresses in
angle brackets and the reply's code and status are joined by their shape; a wrap between
letters is joined only when the classifier then finds a phrase there (``build._record``):
each alone, all of them, then each pair, ``WRAP_JOINS`` wraps at most.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from .._compile.text import LazyPattern
from .shapes import CODE_AT, CODE_SRC, STATUS_SRC
from .unknown import _clean

__all__ = [
    "BLANK_LINES",
    "REJOIN_BUDGET",
    "WRAP_JOINS",
    "past_blank_continuations",
    "rejoined",
    "repaired",
]

WRAP_JOINS = 8  # the most hard wraps between letters tried joined: each alone, all, pairs
# The most characters of rejoined readings classified for one reply: 37 readings of a real
# wrapped reply (200 characters at most in the corpus), not of a run of 30 lines.
REJOIN_BUDGET = 8000
HEAD_WRAPS = 2  # the most hard wraps tried joined in a reply's code and status

_LEAD = " \t'\"\u2018\u2019\u201c\u201d\u00ab"  # what may stand before a reply's code
_WRAP = r"[ \t]*+\n[ \t]*+"  # a hard wrap, the blanks around it
_WRAP_IN = rf"(?:{_WRAP})?+"
_WRAPS = LazyPattern(_WRAP)
# An address in angle brackets with a hard wrap (or a few) inside it.
_BRACKETED = LazyPattern(rf"<[^<>\s]{{0,320}}+(?:{_WRAP}[^<>\s]{{0,320}}+){{1,3}}+>")
# Sendmail's "..." after an address, a hard wrap among its dots.
_DOTS = LazyPattern(rf"(?<=>\.{{0,2}}){_WRAP}(?=\.)")
# The reply's code and status at its start, a hard wrap among their digits and dots.
_HEAD = LazyPattern(
    "[" + regex.escape(_LEAD) + r"]*+[45][\d.]{0,10}+(?:[ \t]++#?+[45][\d.]{0,8}+)?+"
    rf"(?:{_WRAP}[\d.]{{1,10}}+)++"
)
_CODE_STATUS = LazyPattern(rf"{CODE_SRC}(?:[ -]#?+{STATUS_SRC})?+|{STATUS_SRC}")
# A hard wrap before a comma, a period or a closing bracket (no blank stands there),
# before an apostrophe inside a word, a colon after an address, after an opening
# bracket or '#', and between two characters of a script written without blanks.
_BEFORE_PUNCT = LazyPattern(
    rf"(?<=\S){_WRAP}(?=[,.;)\]](?:[\s'\"\u2019\u201d]|\Z)|'[^\W\d_])"
    rf"|(?<=>){_WRAP}(?=:)"
    rf"|(?<=[(\[#]|[^\W\d_]'){_WRAP}"
    rf"|(?<=[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}.]){_WRAP}"
    r"(?=[\p{Han}\p{Hiragana}\p{Katakana}])"
)
# An address without brackets cut at or after its '@' (its domain holds no blank):
# right after the '@', in the domain's first label before its dot, after a dot or a
# hyphen, before a dot, after a top-level domain's first letter (none has one).
_DOMAIN = LazyPattern(
    rf"(?<=[\w.+-]@){_WRAP}(?=[\w-])"
    rf"|(?<=[\w.+-]@[\w-]{{1,63}}+){_WRAP}(?=[\w-]*+\.[A-Za-z])"
    rf"|(?<=[\w.+-]@[\w.-]{{0,253}}+[.-]){_WRAP}(?=\w)"
    rf"|(?<=[\w.+-]@[\w.-]{{1,253}}+){_WRAP}(?=\.[A-Za-z])"
    rf"|(?<=[\w.+-]@[\w.-]{{1,253}}+\.[A-Za-z]){_WRAP}(?=[A-Za-z])"
)
# An enhanced status anywhere in the reply ("(#5.7" + wrap + ".1)"), a wrap inside it.
_STATUS = LazyPattern(
    rf"(?<![\d.])[45]{_WRAP_IN}\.{_WRAP_IN}\d{{1,3}}+{_WRAP_IN}\.{_WRAP_IN}\d{{1,3}}+"
    r"(?![\d.])"
)
# A hard wrap between two letters: inside a word, or between two.
_LETTERS = LazyPattern(rf"(?<=[^\W\d_]){_WRAP}(?=[^\W\d_])")


def _joined_status(m: regex.Match[str]) -> str:
    return "".join(m.group().split()) if "\n" in m.group() else m.group()


def _spaceless(m: regex.Match[str]) -> str:
    inside = m.group()
    return "".join(inside.split()) if "@" in inside or "." in inside else inside


def repaired(raw: str) -> str:
    """``raw`` with the hard wraps inside its bracketed addresses, and among the digits of
    its code and status, joined (where the joined reading has the shape of a code and a
    status and the reading with a blank does not)."""
    if "\n" not in raw:
        return raw
    value = _DOTS.sub("", _BRACKETED.sub(_spaceless, raw)) if "<" in raw else raw
    if "\n" in value:
        value = _BEFORE_PUNCT.sub("", value)
        value = _STATUS.sub(_joined_status, value)
        value = _DOMAIN.sub("", value) if "@" in value else value
    head = _HEAD.match(value)
    if head is None:
        return value
    text = head.group()
    breaks = [m.span() for m in _WRAPS.finditer(text)][:HEAD_WRAPS]
    best, best_len = text, _shaped(" ".join(text.split()).strip(_LEAD))
    for mask in itertools.product((False, True), repeat=len(breaks)):
        out, pos = [], 0
        for join, (a, b) in zip(mask, breaks):
            out.append(text[pos:a] + ("" if join else " "))
            pos = b
        out.append(text[pos:])
        reading = "".join(out)
        length = _shaped(reading.strip(_LEAD))
        if length > best_len:
            best, best_len = reading, length
    return value[: head.start()] + best + value[head.end() :]


def _shaped(text: str) -> int:
    m = _CODE_STATUS.match(text)
    return m.end() if m is not None else 0


def rejoined(raw: str) -> Iterator[str]:
    """The reply with some of its hard wraps between letters joined, each reading cleaned as
    a value is: each wrap alone, then all of them, then each pair (a bounded number), as long
    as their characters stay within REJOIN_BUDGET."""
    text = raw.strip()
    budget = REJOIN_BUDGET
    wraps = [m.span() for m in _LETTERS.finditer(text)][:WRAP_JOINS]
    choices: list[tuple[tuple[int, int], ...]] = [(w,) for w in wraps]
    if len(wraps) > 1:
        choices.append(tuple(wraps))
        choices.extend(itertools.combinations(wraps, 2) if len(wraps) > 2 else ())
    for chosen in choices:
        out, pos = [], 0
        for a, b in chosen:
            out.append(text[pos:a])
            pos = b
        out.append(text[pos:])
        cleaned = _clean("".join(out))
        if cleaned:
            budget -= len(cleaned)
            if budget < 0:
                return
            yield cleaned


BLANK_LINES = 8  # the most blank lines a paste may put inside one multi-line reply


def past_blank_continuations(text: str, a: int, blank: int, limit: int) -> int:
    """The blank line that ends a reply, past those a paste put between the lines of a
    multi-line one ('550-"Your IP: ... is not allowed in' blank '550 header From"'): a blank
    line followed by the reply's code, when the reply announced more ("550-") before it."""
    m = CODE_AT.match(text, a)
    code = m.group("code") if m is not None else None
    for _ in range(BLANK_LINES):
        if code is None or not text.startswith(code, blank + 2):
            return blank
        if text[blank + 5 : blank + 6] not in ("-", " "):
            return blank
        before = max(a, text.rfind("\n", a, blank) + 1)  # (the line before the blank one)
        if text.find(code + "-", before, blank) < 0:
            return blank
        blank = text.find("\n\n", blank + 2, limit)
        if blank < 0:
            return -1
    return blank
