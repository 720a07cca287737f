"""The framings of ``smtperr._data.framings`` compiled for the reply reader, on first use.

A framing's text becomes a pattern that matches it up to where its reply starts (or to its
end), and, when literal text follows ``{reply}``, a pattern for the literal that ends the
reply.  Each framing is found from one lower-case literal word of it (its *key*): one pass of
a trie of all keys over a window gives the positions, and only there is its pattern tried.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

import regex

from .._compile.framings import ROLES, SLOT, SLOTS, Derived, entries, layout
from .._compile.text import LazyPattern, _literal
from .._compile.trie import literal_trie
from .._tables import framing_families

__all__ = ["ROLES", "Ending", "Framing", "Framings", "framings"]

_REPLY_REACH = 3000  # the longest reply searched for the literal that ends it


class Framing(NamedTuple):
    """One compiled framing; ``start`` ends where the reply starts (or the framing ends)."""

    family: str
    format: str
    language: str
    role: str
    text: str
    has_reply: bool
    end_required: bool  # framed by punctuation alone ("#... ##"): no reply without its end
    key: str
    back: int  # how far before its key the framing may start
    ahead: int  # how far after its key it may end
    key_first: bool  # the framing starts with its key: matched there, not searched for
    at_line_start: bool  # ... and starts a line
    also: str  # another word of it (lower case), looked for around the key before the pattern
    one_line: bool  # it starts a line, and nothing before its key spans lines: matched at the
    # start of its key's line, not searched for

    @property
    def start(self) -> regex.Pattern[str]:
        """The framing, up to where its reply starts (or to its end)."""
        return _start(self.text)

    @property
    def slot_names(self) -> tuple[str, ...]:
        """The names of the slots of ``start``."""
        return _slot_names(self.text)

    @property
    def end(self) -> Ending | None:
        """The literal that ends the reply, if the framing has one."""
        return _ending(self.text)

    @property
    def near(self) -> regex.Pattern[str]:
        """``start`` for a match at most ``back`` characters after where it is tried: the
        framing must start before its key, so a search up to ``ahead`` after the key would
        try in vain every place after it (on text that repeats a framing, over and over)."""
        return _near(self.text, self.back)


class Ending(NamedTuple):
    """The literal that ends a reply, as two patterns: ``full`` takes the blanks before it
    (the reply ends where they start); ``fast`` is the same literal without the leading
    blanks, its first item required: a pattern that starts with ``\\s*+`` matches empty at
    every place and is searched for at 50 MB/s, one that starts with a literal at ~1 GB/s.
    A match of ``full`` starts where the blanks before a match of ``fast`` start, except at
    the end of the text (an optional first item: "'" at a line end, or the text's end)."""

    full: regex.Pattern[str]
    fast: regex.Pattern[str]


class Keys(NamedTuple):
    """Framings by key, and one pattern that finds the keys (a trie: 2x faster than finding
    overlapping matches; a key inside another key at another place is not looked for)."""

    by_key: dict[str, tuple[tuple[int, Framing], ...]]  # (index in ``Framings.items``, it)
    pattern: re.Pattern[str]


class _InnerKeys(Mapping[str, Keys]):
    """A family's INNER keys, compiled the first time a window holds one of its heads or
    sections (all of them at once cost the first ``parse`` 2 ms; most texts need none)."""

    __slots__ = ("_items", "_keys")

    def __init__(self, items: list[Framing]) -> None:
        self._items = items
        self._keys: dict[str, Keys | None] = dict.fromkeys(
            sorted({f.family for f in items if f.role == "inner"})
        )

    def __getitem__(self, family: str) -> Keys:
        keys = self._keys[family]  # (KeyError: a family without INNER framings)
        if keys is None:
            keys = self._keys[family] = _keys(self._items, inner=True, family=family)
        return keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class Framings(NamedTuple):
    items: tuple[Framing, ...]
    outer: Keys  # heads, sections, reply framings: searched in every window
    inner: Mapping[str, Keys]  # INNER framings by family: searched only inside its messages
    shared: frozenset[str]  # families whose sections stand inside others' bounces too


def _keys(items: list[Framing], inner: bool, family: str | None = None) -> Keys:
    by_key: dict[str, list[tuple[int, Framing]]] = {}
    for i, f in enumerate(items):
        if (f.role == "inner") == inner and family in (None, f.family):
            by_key.setdefault(f.key, []).append((i, f))
    # Word keys start a word (after no ASCII letter): entered only there, the search runs
    # 1.4x faster.  Punctuation keys (":" of "^{recipient}: {reply}") stand anywhere.
    words = all(k[:1].isalpha() for k in by_key)
    # The keys' first characters, looked at first: without it the engine enters the trie's
    # hundred branches at every character (2.2x slower on the benchmark's windows).
    first = "(?=[" + re.escape("".join(sorted({k[0] for k in by_key}))) + "])"
    pattern = re.compile(
        ("(?<![a-z])" if words else "") + first + "(" + literal_trie(sorted(by_key)) + ")"
    )
    return Keys({k: tuple(v) for k, v in by_key.items()}, pattern)


def _piece(text: str) -> str:
    """A literal piece as a pattern: blanks are any white space, wraps may split a word."""
    body = _literal(text, wraps=True) if text.strip() else ""
    lead = r"\s*+" if text[:1].isspace() else ""
    trail = r"\s*+" if text[-1:].isspace() else ""
    return lead + body + trail


_WORD = LazyPattern(r"[^\W\d_]{3,}+")
_LEAD_BLANKS = r"\s*+"
_OPTIONAL_HEAD = LazyPattern(r"(\[(?:\\.|[^\]\\])++\])\?\+")  # "[...]?+" first: made required


@functools.cache
def _sources(text: str) -> tuple[str, tuple[str, str] | None]:
    """A framing's pattern sources: up to where its reply starts (or to its end), and the
    literal that ends its reply (in full, and fast: see ``Ending``).  Built the first time a
    window holds the framing's key, and each compiled when first used: all of them at once
    would cost the first ``parse`` tens of milliseconds, and a framing tried as ``near`` never
    needs ``start`` compiled (a first scan of a 10 MB log compiles 360 framing patterns)."""
    line_start, head, tail = layout(text)
    has_reply = "{reply}" in text
    out = [r"(?<![^\n])[ \t]*+" if line_start else ""]
    if not line_start and head and head[0][:1].isalnum():
        out.append(r"(?<!\w)")
    for i, piece in enumerate(head):
        if piece.startswith("{"):
            out.append(SLOTS[piece[1:-1]][0])
            continue
        stripped = piece.rstrip()
        if i == len(head) - 1 and not has_reply and stripped[-1:] in ".:":
            # A final full stop or colon may be missing (or taken by the value before it).
            out.append(_piece(stripped[:-1]) + r"[.:]?+")
        else:
            out.append(_piece(piece))
    end = None
    if tail.strip():
        tail_parts = [p for p in SLOT.split(tail.strip()) if p]
        source = "".join(SLOTS[p[1:-1]][0] if p.startswith("{") else _piece(p) for p in tail_parts)
        if not any(ch.isalnum() for ch in tail):  # punctuation ends a reply at a line end
            source += r"(?=[ \t]*+(?:\n|\Z))"
        while source.startswith(_LEAD_BLANKS):
            source = source[len(_LEAD_BLANKS) :]
        first = _OPTIONAL_HEAD.match(source)
        fast = source if first is None else first.group(1) + source[first.end() :]
        end = (_LEAD_BLANKS + source, fast)
    return "".join(out), end


@functools.cache
def _start(text: str) -> regex.Pattern[str]:
    return regex.compile(_sources(text)[0], regex.IGNORECASE)


@functools.cache
def _ending(text: str) -> Ending | None:
    end = _sources(text)[1]
    if end is None:
        return None
    return Ending(regex.compile(end[0], regex.IGNORECASE), regex.compile(end[1], regex.IGNORECASE))


_GROUP_NAME = LazyPattern(r"\(\?P<(\w+)>")


@functools.cache
def _slot_names(text: str) -> tuple[str, ...]:
    """The named groups of ``start``, in their order, read from its source (a framing
    tried as ``near`` then needs no ``start`` compiled)."""
    return tuple(dict.fromkeys(_GROUP_NAME.findall(_sources(text)[0])))


@functools.cache
def _near(text: str, back: int) -> regex.Pattern[str]:
    return regex.compile(
        rf"[\s\S]{{0,{back}}}?\K(?:{_sources(text)[0]})", regex.IGNORECASE
    )


def _compile(
    family: str, fmt: str, role: str, entry: tuple[str, str, str], derived: Derived
) -> Framing:
    language, text, _source = entry
    line_start, head, tail = layout(text)
    key, back, ahead, first, also, one_line = derived
    bare = not any(ch.isalpha() for p in head if not p.startswith("{") for ch in p)
    return Framing(
        family,
        fmt,
        language,
        role,
        text,
        "{reply}" in text,
        bool(tail.strip()) and bare,
        key,
        back,
        ahead,
        first,
        first and line_start,
        also,
        one_line,
    )


@functools.cache
def framings() -> Framings:
    """Every framing of every family, compiled (once, on first use)."""
    from .._data.framing_tables import KEYS

    items = [_compile(*e, KEYS[e[3][1]]) for e in entries()]
    shared = frozenset(
        name for name, module in framing_families() if getattr(module, "SECTIONS_SHARED", False)
    )
    return Framings(tuple(items), _keys(items, inner=False), _InnerKeys(items), shared)
