"""A server's reply that a hard wrap cut inside a word, an address or its code.

A value's line breaks become blanks (``unknown._clean``), which is right for a wrap between
two words and wrong inside one: "<bob@exa" + wrap + "mple.org>", "55" + wrap + "0 5.7.1",
"Rel" + wrap + "aying denied" (the phrase that says relaying was denied, lost).  Addresses in
angle brackets and the reply's code and status are joined by their shape; a wrap between
letters is joined only when the classifier then finds a phrase there (``build._record``):
each alone, all of them, then each pair, ``WRAP_JOINS`` wraps at most.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import regex

from .unknown import _clean

__all__ = ["WRAP_JOINS", "rejoined", "repaired"]

WRAP_JOINS = 8  # the most hard wraps between letters tried joined: each alone, all, pairs
HEAD_WRAPS = 2  # the most hard wraps tried joined in a reply's code and status

# An address in angle brackets with a hard wrap (or a few) inside it.
_BRACKETED_SRC = (r"<[^<>\s]{0,320}+(?:[ \t]*+\n[ \t]*+[^<>\s]{0,320}+){1,3}+>")
# Sendmail's "..." after an address, a hard wrap among its dots.
_DOTS_SRC = (r"(?<=>\.{0,2})[ \t]*+\n[ \t]*+(?=\.)")
# The reply's code and status at its start, a hard wrap among their digits and dots.
_HEAD_SRC = (
    r"[ \t'\"\u2018\u2019\u201c\u201d\u00ab]*+[45][\d.]{0,10}+(?:[ \t]++#?+[45][\d.]{0,8}+)?+"
    r"(?:[ \t]*+\n[ \t]*+[\d.]{1,10}+)++"
)
_CODE_STATUS_SRC = (
    r"[45]\d\d(?!\d)(?:[ -]#?+[45]\.\d{1,3}\.\d{1,3}(?![\d.]))?+|[45]\.\d{1,3}\.\d{1,3}(?![\d.])"
)
# A hard wrap before a comma, a period or a closing bracket (no blank stands there).
# (and before an apostrophe inside a word, a colon after an address, after an opening one).
_BEFORE_PUNCT_SRC = (
    r"(?<=\S)[ \t]*+\n[ \t]*+(?=[,.;)\]](?:[\s'\"\u2019\u201d]|\Z)|'[^\W\d_])"
    r"|(?<=>)[ \t]*+\n[ \t]*+(?=:)"
    r"|(?<=[(\[#]|[^\W\d_]')[ \t]*+\n[ \t]*+"
    r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}.])[ \t]*+\n[ \t]*+(?=[\p{Han}\p{Hiragana}\p{Katakana}])"
)
# An address without brackets cut at or after its '@' (its domain holds no blank): right
# after the '@', in the domain's first label before its dot, after a dot or a hyphen.
_DOMAIN_WRAP_SRC = (
    r"(?<=[\w.+-]@)[ \t]*+\n[ \t]*+(?=[\w-])"
    r"|(?<=[\w.+-]@[\w-]{1,63}+)[ \t]*+\n[ \t]*+(?=[\w-]*+\.[A-Za-z])"
    r"|(?<=[\w.+-]@[\w.-]{0,253}+[.-])[ \t]*+\n[ \t]*+(?=\w)"
    r"|(?<=[\w.+-]@[\w.-]{1,253}+)[ \t]*+\n[ \t]*+(?=\.[A-Za-z])"
    r"|(?<=[\w.+-]@[\w.-]{1,253}+\.[A-Za-z])[ \t]*+\n[ \t]*+(?=[A-Za-z])"  # no 1-letter TLD
)
# An enhanced status anywhere in the reply ("(#5.7" + wrap + ".1)"), a hard wrap inside it.
_WRAP_IN = r"(?:[ \t]*+\n[ \t]*+)?+"
_STATUS_WRAPPED_SRC = (
    rf"(?<![\d.])[45]{_WRAP_IN}\.{_WRAP_IN}\d{{1,3}}+{_WRAP_IN}\.{_WRAP_IN}\d{{1,3}}+(?![\d.])"
)
# A hard wrap between two letters: inside a word, or between two.
_LETTER_WRAP_SRC = (r"(?<=[^\W\d_])[ \t]*+\n[ \t]*+(?=[^\W\d_])")


_LEAD = " \t'\"\u2018\u2019\u201c\u201d\u00ab"
_SOURCES = {name[:-4]: value for name, value in globals().items() if name.endswith("_SRC")}


@functools.cache
def _rx(name: str) -> regex.Pattern[str]:
    """A pattern of this module, compiled on first use: most texts hold no wrapped reply,
    and the first ``parse`` should not pay for them."""
    return regex.compile(_SOURCES[name])


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
    value = _rx("_DOTS").sub("", _rx("_BRACKETED").sub(_spaceless, raw)) if "<" in raw else raw
    if "\n" in value:
        value = _rx("_BEFORE_PUNCT").sub("", value)
        value = _rx("_STATUS_WRAPPED").sub(_joined_status, value)
        value = _rx("_DOMAIN_WRAP").sub("", value) if "@" in value else value
    head = _rx("_HEAD").match(value)
    if head is None:
        return value
    text = head.group()
    breaks = [m.span() for m in regex.finditer(r"[ \t]*+\n[ \t]*+", text)][:HEAD_WRAPS]
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
    m = _rx("_CODE_STATUS").match(text)
    return m.end() if m is not None else 0


def rejoined(raw: str) -> Iterator[str]:
    """The reply with some of its hard wraps between letters joined, each reading cleaned as
    a value is: each wrap alone, then all of them, then each pair (a bounded number)."""
    text = raw.strip()
    wraps = [m.span() for m in _rx("_LETTER_WRAP").finditer(text)][:WRAP_JOINS]
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
            yield cleaned
