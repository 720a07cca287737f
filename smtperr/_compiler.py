"""The one compiler: language tables -> patterns, built once, on first use.

Every pattern of the parser comes from here, so the guarantees are made in one place:
case and whitespace folding, tolerance of hard line wraps inside words, ``[0-9]`` instead of
``\\d``, and no nested quantifiers over overlapping classes (values are never matched by
patterns: they are cut between labels).  Nothing is compiled at import time.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

import regex

from ._normalize import FULLWIDTH
from ._tables import Locale, all_locales

__all__ = ["QUOTES", "Grammar", "compact", "grammar"]

QUOTES = "'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f`\u00b4"
_QCLASS = "[" + regex.escape(QUOTES) + "]"

FIELDS = (
    "subject", "account", "server", "protocol", "server_response", "port", "ssl",
    "server_error", "socket_error", "error_number", "wlm_error_id", "wm_error_id",
)
# Labels that only a client error carries: worth starting a search from.
STRONG_FIELDS = ("server_response", "socket_error", "error_number", "wlm_error_id", "wm_error_id")

# Slots of templates and what they may hold.
_SLOTS = {
    "error_number": r"(?P<error_number>0[xX][0-9A-Fa-f]{8})",
    "server": r"(?P<server>[^\s'\"<>,]{1,255}+)",
    "account": r"(?P<account>[^\n]{1,200}?)",
    "subject": r"(?P<subject>[^\n]{0,300}?)",
    "recipient": r"(?P<recipient>[^\n]{1,300}?)",
    "address": r"(?P<address>[^\n]{1,300}?)",
    "server_response": r"(?P<server_response>.{1,3000}?)",
    "_": r".{0,300}?",
}
_FW_PAIRS = [(chr(k), v) for k, v in FULLWIDTH.items() if isinstance(v, str)]
_NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "IDEOGRAPHIC")


def compact(text: str) -> str:
    """The key a spelling is looked up by: case-folded, no blanks, brackets or dashes."""
    folded = text.translate(FULLWIDTH).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


@functools.lru_cache(maxsize=4096)
def spaceless(ch: str) -> bool:
    """Whether ``ch`` belongs to a script written without blanks between words."""
    name = unicodedata.name(ch, "")
    return any(script in name for script in _NO_SPACE_SCRIPTS)


_spaceless = spaceless


def _literal(text: str, *, wraps: bool) -> str:
    """A flexible pattern for literal text: any blank run may be a line break, hyphens and
    quotes are optional, and (with ``wraps``) a line break may split any word."""
    text = " ".join(text.translate(FULLWIDTH).split())
    out: list[str] = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch == " ":
            out.append(r"\s*+")
        elif ch == "(":
            out.append(r"\s*+\(\s*+")
        elif ch == ")":
            out.append(r"\s*+\)")
        elif ch in "-\u2010\u2011":
            out.append(r"[-\u2010\u2011]?+\s*+")
        elif ch in QUOTES:
            out.append(_QCLASS + "?+")
        elif ch == ".":
            out.append(r"[.\u3002\uff0e]?+")
        elif ch in _WIDE:
            out.append(_WIDE[ch])
        else:
            out.append(regex.escape(ch))
            if wraps and nxt not in " ()-":
                # CJK and Thai labels are written with and without inner blanks.
                out.append(r"\s?+" if _spaceless(ch) else r"\n?+")
    return "".join(out)


# ASCII punctuation -> a class that also takes its full-width forms, for raw-text matching.
_WIDE = {
    ascii_: "[" + regex.escape(ascii_ + "".join(w for w, a in _FW_PAIRS if a == ascii_)) + "]"
    for ascii_ in ",:;"
}


def _lead(text: str) -> str:
    """The first words of a sentence: enough to anchor a search, short enough to survive
    the damage of pasting (bullets and quote marks at line starts)."""
    words = text.split()
    if words and _spaceless(words[0][:1]):
        return text.strip()[:10]
    return " ".join(words[:5])


def _boundary(text: str) -> str:
    first = text.strip()[:1]
    return "" if not first or _spaceless(first) else r"(?<!\w)"


def _alternation(spellings: Iterable[str], *, wraps: bool) -> str:
    unique = {compact(s): s for s in spellings if compact(s)}
    ordered = sorted(unique.values(), key=lambda s: (-len(s), s))
    return "|".join(_boundary(s) + _literal(s, wraps=wraps) for s in ordered)


class Grammar:
    """All compiled patterns and lookup tables for the known languages."""

    def __init__(self, locales: tuple[Locale, ...]) -> None:
        self.locales = {loc.tag: loc for loc in locales}
        self.order = {loc.tag: i for i, loc in enumerate(locales)}
        # label spelling (compact) -> field -> languages
        self.label_langs: dict[tuple[str, str], frozenset[str]] = {}
        by_field: dict[str, list[str]] = {f: [] for f in FIELDS}
        for loc in locales:
            for field, spellings in loc.labels.items():
                for s in spellings:
                    by_field[field].append(s)
                    key = (field, compact(s))
                    self.label_langs[key] = self.label_langs.get(key, frozenset()) | {loc.tag}
        # compact spelling -> field (the first field in FIELDS order when spellings collide)
        self.label_fields: dict[str, str] = {}
        for field in FIELDS:
            for s in by_field[field]:
                self.label_fields.setdefault(compact(s), field)
        groups = [
            f"(?P<{field}>{_alternation(spellings, wraps=True)})"
            for field, spellings in by_field.items()
            if spellings
        ]
        after = (
            r"(?:[ \t\n]{0,3}+[)\]]{0,2}+[ \t\n]{0,2}+:|"
            r"(?=[ \t\n]{1,3}+(?:" + _QCLASS + r"|<|[0-9])))"
        )
        self.labels = regex.compile(
            r"(?:" + "|".join(groups) + r")" + after, regex.IGNORECASE | regex.V0
        )
        strong = [s for f in STRONG_FIELDS for s in by_field[f]]
        # Openings: the part before the first slot identifies the message.
        self.openings: list[tuple[str, str, str, bool]] = []  # (lang, number, text, has_recipient)
        opening_alts: list[str] = []
        for loc in locales:
            for number, sentence in loc.openings:
                head, _, _rest = sentence.partition("{")
                has_recipient = "{recipient}" in sentence
                if len(compact(head)) < 8:
                    continue
                self.openings.append((loc.tag, number, sentence, has_recipient))
                idx = len(self.openings) - 1
                opening_alts.append(f"(?P<o{idx}>{_boundary(head)}{_literal(head, wraps=False)})")
        self.opening = regex.compile("|".join(opening_alts) or r"(?!)", regex.IGNORECASE)
        # Templates: whole sentences with slots.
        self.templates: list[tuple[str, str, regex.Pattern[str]]] = []
        template_heads: list[str] = []
        for loc in locales:
            for fmt, sentence in loc.templates:
                self.templates.append((loc.tag, fmt, _template(sentence)))
                head = regex.split(r"\{[a-z_]+\}", sentence)[0]
                if len(compact(head)) < 4:
                    head = regex.split(r"\{[a-z_]+\}", sentence)[1]
                template_heads.append(_literal(_lead(head.strip(" '")), wraps=False))
        self.template_head = regex.compile(
            "|".join(template_heads) or r"(?!)", regex.IGNORECASE
        )
        # Yes/no words of the SSL field.
        self.yes_no: dict[str, tuple[bool, frozenset[str]]] = {}
        for loc in locales:
            for words, value in ((loc.yes, True), (loc.no, False)):
                for w in words:
                    key = compact(w)
                    old = self.yes_no.get(key)
                    langs = (old[1] if old and old[0] is value else frozenset()) | {loc.tag}
                    self.yes_no[key] = (value, langs)
        self.anchor = regex.compile(
            r"0[xX]800[4cC][0-9A-Fa-f]{4}(?![0-9A-Fa-f])"
            + ("|(?:" + _alternation(strong, wraps=False) + r")[ \t]{0,3}+:" if strong else "")
            + ("|" + "|".join(sorted({f"(?:{_literal(_lead(o[2].partition('{')[0]), wraps=False)})"
                                      for o in self.openings})) if self.openings else "")
            + ("|" + "|".join(template_heads) if template_heads else ""),
            regex.IGNORECASE,
        )
        self.keywords = _keywords(by_field, self.openings, locales)
        # A label in a language smtperr does not know: a few words and a colon after a
        # separator.  Values decide which field it is.
        self.generic = regex.compile(
            r"(?:(?<=[,;]) ?+|(?<=[.] )|(?<=\n)|(?<=\A))(?P<g>[^\W\d_][^\n:,;'\"<>()\[\]]{0,30}+"
            r"(?:\([A-Za-z]{3}\))?+) ?+:(?=[ \n]|" + _QCLASS + r")"
        )


def _keywords(
    by_field: dict[str, list[str]],
    openings: list[tuple[str, str, str, bool]],
    locales: tuple[Locale, ...],
) -> tuple[str, ...]:
    """Lower-case literals of which every message holds at least one: the prefilter looks
    for them with ``str.find`` (memory speed) before any pattern runs."""
    found = {"0x8", "ssl"}
    for field in ("protocol", *STRONG_FIELDS):
        found.update(" ".join(s.lower().split()) for s in by_field[field])
    heads = [o[2].partition("{")[0] for o in openings]
    for loc in locales:
        for _fmt, sentence in loc.templates:
            parts = [p for p in regex.split(r"\{[a-z_]+\}", sentence) if len(compact(p)) >= 4]
            heads.extend(parts[:1])
    for head in heads:
        words = head.lower().split()
        if words and _spaceless(words[0][:1]):
            found.add(head.strip().lower()[:4])
        else:
            found.add(" ".join(words[:2]).strip(QUOTES + " .,:"))
    found = {k for k in found if len(k) >= 5 or k in ("0x8", "ssl") or _spaceless(k[:1])}
    # A literal that contains another adds nothing.
    return tuple(sorted(k for k in found if not any(o != k and o in k for o in found)))


def _template(sentence: str) -> regex.Pattern[str]:
    """A sentence with slots -> pattern.  A slot at the very end (before an optional closing
    quote) runs to a quote that ends a line, or to the end of the paragraph."""
    parts = regex.split(r"(\{[a-z_]+\})", sentence.rstrip())
    open_end = parts[-1].strip(QUOTES + " ") == ""
    if open_end:
        parts[-1] = ""
    out: list[str] = []
    seen: set[str] = set()
    for part in parts:
        if part.startswith("{") and part.endswith("}"):
            name = part[1:-1]
            if name in seen or name not in _SLOTS:
                out.append(_SLOTS["_"])
            else:
                out.append(_SLOTS[name])
                seen.add(name)
        elif part:
            out.append(_boundary(part) if not out else "")
            if part[:1].isspace() and out:
                out.append(r"\s*+")
            out.append(_literal(part, wraps=False))
            if part[-1:].isspace():
                out.append(r"\s*+")
    if open_end:
        out.append(
            r"(?:" + _QCLASS + r"(?=[ \t|.,;]*+(?:\n|\Z))|(?=[ \t]*+(?:\n[ \t]*+\n|\Z)))"
        )
    return regex.compile("".join(out), regex.IGNORECASE | regex.DOTALL)


@functools.cache
def grammar() -> Grammar:
    """The grammar of every known language, compiled on first use and then shared."""
    return Grammar(all_locales())
