"""Openings and templates: sentences with slots, compiled from the language tables."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

import regex

from .text import QUOTES, _boundary, _literal, compact, spaceless

# Slots of templates: (longest text, may span lines, what the text must look like).  Values
# of a line (subject, account, server, recipient) may still hold a hard wrap or two when the
# template goes on after them: the text after the slot then says where the value ends.
_SLOTS: dict[str, tuple[int, bool, str | None]] = {
    "error_number": (40, False, r"0\n?+[xX](?:\n?+[0-9A-Fa-f]){8}+"),
    "server": (255, False, r"[^\s'\"<>,]{1,255}+(?:\n[^\s'\"<>,]{1,255}+){0,2}+"),
    "account": (200, False, None),
    "subject": (300, False, None),
    "recipient": (300, False, None),
    "address": (300, False, None),
    "server_response": (3000, True, None),
    "_": (300, False, None),  # text to skip, within a line
    "...": (600, True, None),  # text to skip, across lines
}


def _particle(ch: str) -> bool:
    """Whether text starting with ``ch`` may be written onto the word before it: Korean
    particles are, a Latin address included (Korean Thunderbird: "{recipient}를 확인하고")."""
    return unicodedata.name(ch, "").startswith("HANGUL")


class Slot(NamedTuple):
    """A slot of a template: its name (None to skip), bounds and the shape it must have."""

    name: str | None
    longest: int
    lines: bool
    shape: regex.Pattern[str] | None


class Template(NamedTuple):
    """A sentence with slots, matched without backtracking: each literal part is searched
    for only within the reach of the slot before it, and the first fit is kept.  The work per
    attempt is bounded by the slots' lengths, whatever the text."""

    language: str
    format: str
    head: regex.Pattern[str]
    parts: tuple[tuple[Slot, regex.Pattern[str] | None, int], ...]  # slot, literal after, its reach
    # The sentence opens with a slot ("'{account} - Sending' reported error"): its first word
    # is found after the slot's value, so the match starts before it.
    slot_first: bool = False
    # The sentence ends in a slot with no quote mark after it ("The server responded:
    # {server_response}"): nothing in the sentence says where the value ends.
    open_end: bool = False


def _split(sentence: str) -> tuple[list[str], bool]:
    """A template's literal parts and slots, alternating, and whether it ends in a slot."""
    pieces = regex.split(r"(\{[a-z_.]+\})", sentence.rstrip())
    open_end = pieces[-1] == ""
    if pieces[-1].strip(QUOTES + " ") == "":
        pieces[-1] = ""  # a slot at the very end runs to a line-ending quote
    return pieces, open_end


def template_head(sentence: str) -> regex.Pattern[str]:
    """A template's head: its text before the first slot.  Compiled alone, the first time
    a window holds the template's key: most tries fail there, and the rest of a template
    (a pattern per literal part) is compiled only once its head has matched (the README's
    example of six messages compiles 38 heads and 9 whole templates, not 38 whole ones)."""
    first = _split(sentence)[0][0]
    return regex.compile(_boundary(first) + _part_source(first), regex.IGNORECASE)


def slot_first(sentence: str) -> bool:
    """Whether a template opens with a slot (see ``Template.slot_first``)."""
    return not compact(_split(sentence)[0][0])


def _part_source(part: str) -> str:
    """A literal part of a template as a pattern's source."""
    if not part.strip():  # slots apart by blanks only: at least one blank between
        return r"\s++"
    body = _literal(part, wraps=False)
    if regex.fullmatch(body, ""):
        # Punctuation only between two slots (Turkish Thunderbird: "{server_response}.
        # '{recipient}'"): with its period and quote marks optional it would match
        # nothing, at once, and end the first slot empty.
        body = _literal(part, wraps=False, strict=True)
    first = part.strip(QUOTES + " ")[:1]
    if first.isalnum() and not spaceless(first) and not _particle(first):
        # The text after a slot starts at a word start: "' on 1/15" must not be found
        # inside "jon.doe@example.com".  The check goes after the quote marks and blanks
        # before the word, not into their pattern: "' selhalo" (Czech Apple Mail) must
        # not put it inside the "\s" of the blank.
        tail = _literal(part.lstrip(QUOTES + " "), wraps=False)
        body = body[: len(body) - len(tail)] + r"(?<!\w)" + tail
    lead = r"\s*+" if part[:1].isspace() else ""
    trail = r"\s*+" if part[-1:].isspace() else ""
    last = part.rstrip(QUOTES + " ")[-1:]
    if trail and last.isalnum() and not spaceless(last):
        # ... and ends at a word end: " en " must not be found in "en69rfl.com", nor in
        # an address that a hard wrap split before it ("'j" + wrap + "on@x.cn' on ...",
        # "0@examp" + wrap + "le.com le ...": quote marks are optional, a blank may be
        # the wrap)
        trail = r"(?![\w@]|[.]\w)" + trail
    return lead + body + trail


def _template(
    language: str, fmt: str, sentence: str, head: regex.Pattern[str] | None = None
) -> Template:
    pieces, open_end = _split(sentence)
    seen: set[str] = set()
    if head is None:
        head = template_head(sentence)
    parts: list[tuple[Slot, regex.Pattern[str] | None, int]] = []
    for i in range(1, len(pieces), 2):
        name = pieces[i][1:-1]
        longest, lines, shape = _SLOTS.get(name, _SLOTS["_"])
        keep = name if name in _SLOTS and name not in ("_", "...") and name not in seen else None
        if keep:
            seen.add(keep)
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        slot = Slot(keep, longest, lines, regex.compile(shape) if shape else None)
        # A literal may stretch (blanks become line breaks, quotes come or go): allow twice
        # its length, plus slack, past the slot's reach for it to end.
        ends = regex.compile(_part_source(after), regex.IGNORECASE) if after else None
        parts.append((slot, ends, 2 * len(after) + 40))
    return Template(language, fmt, head, tuple(parts), slot_first=slot_first(sentence),
                    open_end=open_end)
