"""The framings of ``smtperr._data.framings`` compiled for the reply reader, on first use.

A framing's text becomes a pattern that matches it up to where its reply starts (or to its
end), and, when literal text follows ``{reply}``, a pattern for the literal that ends the
reply.  Each framing is found from one lower-case literal word of it (its *key*): one pass of
a trie of all keys over a window gives the positions, and only there is its pattern tried.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from .._compile.grammar import grammar
from .._compile.text import _literal, spaceless
from .._compile.trie import literal_trie
from .._data.gate import COMMON_LOG_WORDS
from .._tables import framing_families

__all__ = ["ROLES", "Framing", "Framings", "framings"]

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
        r"(?P<command>(?:RCPT\s++TO|MAIL\s++FROM|RCPT|MAIL)[ \t]?:?\s?<[^<>\n]{0,300}>"
        r"(?:[ \t]SIZE=\d+)?|end\s++of\s++data|initial\s++connection"
        r"|[A-Za-z]{4,7}(?:\s++(?:TO|FROM))?)",
        340,
    ),
    "status": (r"(?P<status>[245]\.\d{1,3}\.\d{1,3})", 10),
    "_": (r"[^\n]{0,200}?", 200),
    "line": (r"[^\n]{0,300}(?:\n|\Z)", 301),
}
_COMMON = frozenset(COMMON_LOG_WORDS)
_REPLY_REACH = 3000  # the longest reply searched for the literal that ends it


@attrs.frozen
class Framing:
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

    @property
    def start(self) -> regex.Pattern[str]:
        """The framing, up to where its reply starts (or to its end)."""
        return _patterns(self.text)[0]

    @property
    def end(self) -> regex.Pattern[str] | None:
        """The literal that ends the reply, if the framing has one."""
        return _patterns(self.text)[1]


@attrs.frozen
class Keys:
    """Framings by key, and one pattern that finds the keys (a trie: 2x faster than finding
    overlapping matches; a key inside another key at another place is not looked for)."""

    by_key: dict[str, tuple[int, ...]]
    pattern: re.Pattern[str]


@attrs.frozen
class Framings:
    items: tuple[Framing, ...]
    outer: Keys  # heads, sections, reply framings: searched in every window
    inner: dict[str, Keys]  # INNER framings by family: searched only inside its messages


def _keys(items: list[Framing], inner: bool, family: str | None = None) -> Keys:
    by_key: dict[str, list[int]] = {}
    for i, f in enumerate(items):
        if (f.role == "inner") == inner and family in (None, f.family):
            by_key.setdefault(f.key, []).append(i)
    pattern = re.compile("(" + literal_trie(sorted(by_key)) + ")")
    return Keys({k: tuple(v) for k, v in by_key.items()}, pattern)


def _piece(text: str) -> str:
    """A literal piece as a pattern: blanks are any white space, wraps may split a word."""
    body = _literal(text, wraps=True) if text.strip() else ""
    lead = r"\s*+" if text[:1].isspace() else ""
    trail = r"\s*+" if text[-1:].isspace() else ""
    return lead + body + trail


def _words(piece: str) -> list[str]:
    out = []
    for word in regex.findall(r"[^\W\d_]{3,}+", piece):
        out.append((word[:3] if spaceless(word[0]) else word).lower())
    return out


def _key(
    pieces: list[str], frequency: dict[str, int], client: frozenset[str]
) -> tuple[str, int]:
    """The key of a framing and its piece's index: a word of its literal text that logs
    seldom hold (not one of ``COMMON_LOG_WORDS``, five letters or more), then one that the
    client messages' own sentences do not hold (windows are mostly those), then the one that
    fewest framings share, then the longest: a window's words try few framings each."""
    best: tuple[tuple[bool, bool, bool, int, int], str, int] | None = None
    for i, piece in enumerate(pieces):
        if piece.startswith("{"):
            continue
        for word in _words(piece):
            common = word in _COMMON or (len(word) < 5 and not spaceless(word[0]))
            n = frequency.get(word, 0)
            rank = (common, word in client, n > 2, n, -len(word))
            if best is None or rank < best[0]:
                best = (rank, word, i)
    if best is not None:
        return best[1], best[2]
    # No word: the punctuation itself ("#", "<<<").
    i = next(i for i, p in enumerate(pieces) if p.strip() and not p.startswith("{"))
    return pieces[i].strip().lower(), i


def _layout(text: str) -> tuple[bool, list[str], str]:
    """A framing's text as (starts a line, the parts before its reply, the text after it)."""
    line_start = text.startswith("^")
    parts = [p for p in _SLOT.split(text[1:] if line_start else text) if p]
    if "{reply}" not in parts:
        return line_start, parts, ""
    at = parts.index("{reply}")
    return line_start, parts[:at], "".join(parts[at + 1 :])


@functools.cache
def _patterns(text: str) -> tuple[regex.Pattern[str], regex.Pattern[str] | None]:
    """A framing's patterns: up to where its reply starts (or to its end), and the literal
    that ends its reply.  Built and compiled the first time a window holds the framing's key:
    all of them at once would cost the first ``parse`` tens of milliseconds."""
    line_start, head, tail = _layout(text)
    has_reply = "{reply}" in text
    out = [r"(?<![^\n])[ \t]*+" if line_start else ""]
    if not line_start and head and head[0][:1].isalnum():
        out.append(r"(?<!\w)")
    for i, piece in enumerate(head):
        if piece.startswith("{"):
            out.append(_SLOTS[piece[1:-1]][0])
            continue
        stripped = piece.rstrip()
        if i == len(head) - 1 and not has_reply and stripped[-1:] in ".:":
            # A final full stop or colon may be missing (or taken by the value before it).
            out.append(_piece(stripped[:-1]) + r"[.:]?+")
        else:
            out.append(_piece(piece))
    end = None
    if tail.strip():
        tail_parts = [p for p in _SLOT.split(tail.strip()) if p]
        source = "".join(_SLOTS[p[1:-1]][0] if p.startswith("{") else _piece(p) for p in tail_parts)
        if not any(ch.isalnum() for ch in tail):  # punctuation ends a reply at a line end
            source += r"(?=[ \t]*+(?:\n|\Z))"
        end = regex.compile(r"\s*+" + source, regex.IGNORECASE)
    return regex.compile("".join(out), regex.IGNORECASE), end


def _compile(
    family: str,
    fmt: str,
    role: str,
    entry: tuple[str, str, str],
    frequency: dict[str, int],
    client: frozenset[str],
) -> Framing:
    language, text, _source = entry
    line_start, head, tail = _layout(text)
    has_reply = "{reply}" in text
    key, key_at = _key(head, frequency, client)
    reach = [_SLOTS[p[1:-1]][1] if p.startswith("{") else 2 * len(p) + 4 for p in head]
    back = sum(reach[:key_at])
    if key_at < len(head):
        back += 2 * head[key_at].lower().find(key) + 4
    bare = not any(ch.isalpha() for p in head if not p.startswith("{") for ch in p)
    others = [
        w for p in head if not p.startswith("{") for w in _words(p) if key not in w and w not in key
    ]
    first = key_at == 0 and head[0].lower().startswith(key)
    return Framing(
        family,
        fmt,
        language,
        role,
        text,
        has_reply,
        bool(tail.strip()) and bare,
        key,
        back,
        sum(reach),
        first,
        first and line_start,
        max(others, key=len, default=""),
    )


@functools.cache
def framings() -> Framings:
    """Every framing of every family, compiled (once, on first use)."""
    entries = [
        (name, module.FORMAT, role, entry)
        for name, module in framing_families()
        for role in ROLES
        for entry in getattr(module, _TABLES[role], ())
    ]
    frequency: dict[str, int] = {}
    for _name, _fmt, _role, (_lang, text, _source) in entries:
        for word in set(_words(_SLOT.sub(" ", text))):
            frequency[word] = frequency.get(word, 0) + 1
    client = frozenset(
        word
        for loc in grammar().locales.values()
        for sentence in [*(s for _n, s in loc.openings), *(s for _f, s in loc.templates)]
        for word in _words(_SLOT.sub(" ", sentence))
    )
    items = [_compile(*e, frequency, client) for e in entries]
    families = sorted({f.family for f in items if f.role == "inner"})
    inner = {fam: _keys(items, inner=True, family=fam) for fam in families}
    return Framings(tuple(items), _keys(items, inner=False), inner)
