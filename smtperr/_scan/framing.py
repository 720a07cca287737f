"""The framings of ``smtperr._data.framings`` compiled for the reply reader, on first use.

A framing's text becomes a pattern that matches it up to where its reply starts (or to its
end), and, when literal text follows ``{reply}``, a pattern for the literal that ends the
reply.  Each framing is found from one lower-case literal word of it (its *key*): one pass of
a trie of all keys over a window gives the positions, and only there is its pattern tried.
"""

from __future__ import annotations

import functools
import importlib
import re
from types import ModuleType

import attrs
import regex

from .._compile.text import _literal, spaceless
from .._compile.trie import literal_trie
from .._data.framings import FAMILIES

__all__ = ["ROLES", "Framing", "Framings", "families", "framings"]

ROLES = ("head", "section", "reply", "inner")
_TABLES = {"head": "HEADS", "section": "SECTIONS", "reply": "REPLIES", "inner": "INNER"}

_SLOT = re.compile(r"(\{[a-z_]+\})")
_HOST = r"[^\s\[\]<>'\"(),;:]{1,255}+"
_BRACKETED = r"\[[^\]\n]{0,60}\](?::\d{1,5})?"
# A slot's pattern and the most text it may take (to bound the search around a key).
_SLOTS: dict[str, tuple[str, int]] = {
    "server": (
        rf"(?P<server>{_BRACKETED}|<[^<>\s]{{1,60}}>|{_HOST})"
        rf"(?:[ \t]?+{_BRACKETED}|[ \t]?+\([^)\n]{{0,60}}\))?+",
        340,
    ),
    "recipient": (r"(?P<recipient>[^\s<>'\"(),;:@]{1,64}@[^\s<>'\"(),;:\[\]]{1,255}+)", 330),
    "command": (
        r"(?P<command>(?:RCPT[ \t]TO|MAIL[ \t]FROM|RCPT|MAIL)[ \t]?:?\s?<[^<>\n]{0,300}>"
        r"(?:[ \t]SIZE=\d+)?|end[ \t]of[ \t]data|initial[ \t]connection"
        r"|[A-Za-z]{4,7}(?:[ \t](?:TO|FROM))?)",
        340,
    ),
    "status": (r"(?P<status>[245]\.\d{1,3}\.\d{1,3})", 10),
    "_": (r"[^\n]{0,200}?", 200),
    "line": (r"[^\n]{0,300}(?:\n|\Z)", 301),
}
_REPLY_REACH = 3000  # the longest reply searched for the literal that ends it


@attrs.frozen
class Framing:
    """One compiled framing; ``start`` ends where the reply starts (or the framing ends)."""

    family: str
    format: str
    language: str
    role: str
    text: str
    start: regex.Pattern[str]
    end: regex.Pattern[str] | None  # the literal after {reply}
    has_reply: bool
    end_required: bool  # framed by punctuation alone ("#... ##"): no reply without its end
    key: str
    back: int  # how far before its key the framing may start
    ahead: int  # how far after its key it may end


@attrs.frozen
class Framings:
    items: tuple[Framing, ...]
    by_key: dict[str, tuple[int, ...]]
    keys: re.Pattern[str]  # every key, found at every position (overlapping)


def families() -> list[tuple[str, ModuleType]]:
    """The family modules of ``smtperr._data.framings``, in the order of ``FAMILIES``."""
    return [
        (name, importlib.import_module(f"smtperr._data.framings.{name}")) for name in FAMILIES
    ]


def _piece(text: str) -> str:
    """A literal piece as a pattern: blanks are any white space, wraps may split a word."""
    body = _literal(text, wraps=True) if text.strip() else ""
    lead = r"\s*+" if text[:1].isspace() else ""
    trail = r"\s*+" if text[-1:].isspace() else ""
    return lead + body + trail


def _key(pieces: list[str]) -> tuple[str, int]:
    """The key of a framing (a lower-case word of its literal text) and its piece's index."""
    best = ("", -1)
    for i, piece in enumerate(pieces):
        if piece.startswith("{"):
            continue
        for word in regex.findall(r"[^\W\d_]{3,}+", piece):
            if spaceless(word[0]):
                word = word[:3]
            if len(word) > len(best[0]):
                best = (word.lower(), i)
    if best[1] < 0:  # no word: the punctuation itself ("#", "<<<")
        i = next(i for i, p in enumerate(pieces) if p.strip() and not p.startswith("{"))
        best = (pieces[i].strip().lower(), i)
    return best


def _compile(family: str, fmt: str, role: str, entry: tuple[str, str, str]) -> Framing:
    language, text, _source = entry
    line_start = text.startswith("^")
    body = text[1:] if line_start else text
    parts = [p for p in _SLOT.split(body) if p]
    has_reply = "{reply}" in parts
    head = parts[: parts.index("{reply}")] if has_reply else parts
    tail = "".join(parts[parts.index("{reply}") + 1 :]) if has_reply else ""
    key, key_at = _key(head if any(not p.startswith("{") for p in head) else parts)
    out = [r"(?<![^\n])[ \t]*+" if line_start else ""]
    if not line_start and head and head[0][:1].isalnum():
        out.append(r"(?<!\w)")
    back = 0
    for i, piece in enumerate(head):
        if piece.startswith("{"):
            pattern, reach = _SLOTS[piece[1:-1]]
            out.append(pattern)
        else:
            stripped = piece.rstrip()
            if i == len(head) - 1 and not has_reply and stripped[-1:] in ".:":
                # A final full stop or colon may be missing (or taken by the value before it).
                out.append(_piece(stripped[:-1]) + r"[.:]?+")
            else:
                out.append(_piece(piece))
            reach = 2 * len(piece) + 4
        if i < key_at:
            back += reach
    if key_at < len(head):
        back += 2 * head[key_at].lower().find(key) + 4
    ahead = sum(_SLOTS[p[1:-1]][1] if p.startswith("{") else 2 * len(p) + 4 for p in head)
    end = None
    if tail.strip():
        tail_parts = [p for p in _SLOT.split(tail.strip()) if p]
        tail_pattern = "".join(
            _SLOTS[p[1:-1]][0] if p.startswith("{") else _piece(p) for p in tail_parts
        )
        if not any(ch.isalnum() for ch in tail):  # punctuation ends a reply at a line end
            tail_pattern += r"(?=[ \t]*+(?:\n|\Z))"
        end = regex.compile(r"\s*+" + tail_pattern, regex.IGNORECASE)
    start = regex.compile("".join(out), regex.IGNORECASE)
    bare = not any(ch.isalpha() for p in head if not p.startswith("{") for ch in p)
    return Framing(
        family, fmt, language, role, text, start, end, has_reply, end is not None and bare,
        key, back, ahead,
    )


@functools.cache
def framings() -> Framings:
    """Every framing of every family, compiled (once, on first use)."""
    items: list[Framing] = []
    for name, module in families():
        fmt = module.FORMAT
        for role in ROLES:
            for entry in getattr(module, _TABLES[role], ()):
                items.append(_compile(name, fmt, role, entry))
    by_key: dict[str, list[int]] = {}
    for i, f in enumerate(items):
        by_key.setdefault(f.key, []).append(i)
    keys = re.compile("(?=(" + literal_trie(sorted(by_key)) + "))")
    return Framings(tuple(items), {k: tuple(v) for k, v in by_key.items()}, keys)
