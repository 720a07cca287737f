"""The one compiler: language tables -> patterns, built once, on first use.

Every pattern of the parser comes from here, so the guarantees are made in one place:
case and whitespace folding, tolerance of hard line wraps inside words, ``[0-9]`` instead of
``\\d``, and no nested quantifiers over overlapping classes (values are never matched by
patterns: they are cut between labels).  Nothing is compiled at import time.
"""

from __future__ import annotations

import functools
import unicodedata

import attrs
import regex

from ._normalize import FULLWIDTH
from ._tables import Locale, all_locales

__all__ = ["QUOTES", "Grammar", "Template", "compact", "grammar", "host_rest", "match_template"]

QUOTES = (
    "'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"  # straight and curly
    "\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f`\u00b4"  # guillemets, CJK, accents
)
_QCLASS = "[" + regex.escape(QUOTES) + "]"

# The keys of a language's LABELS table.
FIELDS = ("subject", "account", "server", "protocol", "server_response", "port", "ssl",
          "server_error", "socket_error", "error_number", "wlm_error_id", "wm_error_id")
# Labels that only a client error carries: worth starting a search from.
STRONG_FIELDS = ("server_response", "socket_error", "error_number", "wlm_error_id", "wm_error_id")

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


def _boundary(text: str) -> str:
    first = text.strip()[:1]
    return "" if not first or _spaceless(first) else r"(?<!\w)"


class Grammar:
    """Everything the parser looks things up in, built once from the language tables.

    Labels are a dictionary (folded spelling -> field), not a pattern: the parser finds them
    from their colons.  Openings and templates are patterns, tried only where their first
    word (``*_keys``, lower case) occurs, so no pattern scans text on its own.
    """

    def __init__(self, locales: tuple[Locale, ...]) -> None:
        self.locales = {loc.tag: loc for loc in locales}
        self.order = {loc.tag: i for i, loc in enumerate(locales)}
        # (field, folded spelling) -> languages that use it
        self.label_langs: dict[tuple[str, str], frozenset[str]] = {}
        by_field: dict[str, list[str]] = {f: [] for f in FIELDS}
        for loc in locales:
            for field, spellings in loc.labels.items():
                for s in spellings:
                    by_field[field].append(s)
                    key = (field, compact(s))
                    self.label_langs[key] = self.label_langs.get(key, frozenset()) | {loc.tag}
        # folded spelling -> field (the first field in FIELDS order when spellings collide)
        self.label_fields: dict[str, str] = {}
        for field in FIELDS:
            for s in by_field[field]:
                self.label_fields.setdefault(compact(s), field)
        # the most characters a label may take in text: its spelling, blanks and wraps
        every = [s for v in by_field.values() for s in v]
        self.longest_label = 2 * max((len(s) for s in every), default=0) + 4
        self.longest_cjk = 2 * max(
            (len(s) for s in every if s and spaceless(s[0])), default=0
        ) + 2
        # Openings: the part before the first slot identifies the message.
        self.openings: list[tuple[str, str, str, bool]] = []  # (lang, number, text, has_recipient)
        self.opening_patterns: list[regex.Pattern[str]] = []
        self.opening_keys: dict[str, list[int]] = {}
        for loc in locales:
            for number, sentence in loc.openings:
                head, _brace, rest = sentence.partition("{")
                pattern = _boundary(head) + _literal(head, wraps=False)
                if len(compact(head)) < 8:
                    # Too short to tell the message alone ("The host '{server}' could not be
                    # found"): the slot (within a line) and the text after it are part of it.
                    after = rest.partition("}")[2].partition("{")[0]
                    if len(compact(head + after)) < 8:
                        continue
                    pattern += r"[^\n]{1,255}?" + _literal(after, wraps=False)
                self.openings.append((loc.tag, number, sentence, "{recipient}" in sentence))
                self.opening_patterns.append(regex.compile(pattern, regex.IGNORECASE))
                self.opening_keys.setdefault(_key(head), []).append(len(self.openings) - 1)
        # Templates: whole sentences with slots.
        self.templates: list[Template] = []
        self.template_keys: dict[str, list[int]] = {}
        for loc in locales:
            for fmt, sentence in loc.templates:
                self.templates.append(_template(loc.tag, fmt, sentence))
                head = next(p for p in regex.split(r"\{[a-z_]+\}", sentence) if compact(p))
                self.template_keys.setdefault(_key(head), []).append(len(self.templates) - 1)
        # Yes/no words of the SSL field.
        self.yes_no: dict[str, tuple[bool, frozenset[str]]] = {}
        for loc in locales:
            for words, value in ((loc.yes, True), (loc.no, False)):
                for w in words:
                    word = compact(w)
                    old = self.yes_no.get(word)
                    langs = (old[1] if old and old[0] is value else frozenset()) | {loc.tag}
                    self.yes_no[word] = (value, langs)
        self.keywords = _keywords(by_field, self.openings, locales)
        # ... as looked for in text without line breaks (where a break stood for a blank).
        self.wrap_keywords = tuple(
            sorted(set(self.keywords) | {k.replace(" ", "") for k in self.keywords if " " in k})
        )
        # Every beginning of a label as written (blanks folded): what a paste cut off inside
        # a label leaves on its last line ("Serv").
        self.label_stumps = frozenset(
            " ".join(s.split())[:i] for s in every for i in range(1, len(" ".join(s.split())) + 1)
        )


def _key(head: str) -> str:
    """The lower-case first word of a sentence (two when the first is short), which the
    parser looks for with ``str.find`` before trying the sentence's pattern there."""
    words = [w.strip(QUOTES + ".,:;()") for w in head.lower().split()]
    words = [w for w in words if w]
    if not words:
        return ""
    if _spaceless(words[0][:1]):
        return words[0][:6]
    if len(words[0]) >= 4 or len(words) == 1:
        return words[0]
    return words[0] + " " + words[1]


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
        words = [w.strip(QUOTES + ".,:;()") for w in head.lower().split()]
        words = [w for w in words if w]
        if not words:
            continue
        if _spaceless(words[0][:1]):
            found.add(words[0][:6])
        else:
            # The longest of the first words: distinctive, and a line break between two
            # words of the sentence cannot hide it.
            longest = max(words[:4], key=len)
            found.add(longest if len(longest) >= 4 else " ".join(words[:3]))
    found = {k for k in found if len(k) >= 4 or k in ("0x8", "ssl") or _spaceless(k[:1])}
    # A literal that contains another adds nothing.
    return tuple(sorted(k for k in found if not any(o != k and o in k for o in found)))


@attrs.frozen
class Slot:
    """A slot of a template: its name (None to skip), bounds and the shape it must have."""

    name: str | None
    longest: int
    lines: bool
    shape: regex.Pattern[str] | None


@attrs.frozen
class Template:
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


def _template(language: str, fmt: str, sentence: str) -> Template:
    pieces = regex.split(r"(\{[a-z_.]+\})", sentence.rstrip())
    if pieces[-1].strip(QUOTES + " ") == "":
        pieces[-1] = ""  # a slot at the very end runs to a line-ending quote
    seen: set[str] = set()

    def literal(part: str) -> regex.Pattern[str]:
        if not part.strip():  # slots apart by blanks only: at least one blank between
            return regex.compile(r"\s++")
        body = _literal(part, wraps=False)
        first = part.strip(QUOTES + " ")[:1]
        if first.isalnum() and not _spaceless(first):
            # The text after a slot starts at a word start: "' on 1/15" must not be found
            # inside "jon.doe@example.com".
            body = body.replace(regex.escape(first), r"(?<!\w)" + regex.escape(first), 1)
        lead = r"\s*+" if part[:1].isspace() else ""
        trail = r"\s*+" if part[-1:].isspace() else ""
        last = part.rstrip(QUOTES + " ")[-1:]
        if trail and last.isalnum() and not _spaceless(last):
            # ... and ends at a word end: " en " must not be found in "en69rfl.com"
            trail = r"(?!\w)" + trail
        return regex.compile(lead + body + trail, regex.IGNORECASE)

    head = regex.compile(_boundary(pieces[0]) + literal(pieces[0]).pattern, regex.IGNORECASE)
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
        parts.append((slot, literal(after) if after else None, 2 * len(after) + 40))
    return Template(language, fmt, head, tuple(parts), slot_first=not compact(pieces[0]))


_WRAPPED = frozenset({"subject", "account", "server", "recipient", "address", "error_number"})
_OPEN_END = regex.compile(_QCLASS + r"(?=[ \t|.,;]{0,8}+(?:\n|\Z))|(?=\n[ \t]{0,8}+\n)")


def match_template(
    t: Template,
    text: str,
    pos: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]] | None = None,
) -> tuple[int, int, dict[str, tuple[int, int]]] | None:
    """(start, end, slot spans) of template ``t`` at ``pos`` in ``text``, or None.

    ``memo`` (one per text) remembers each literal search: (from, to, where found or None).
    Attempts at many positions then cost one pass over the text per literal, not one each.
    """
    m = t.head.match(text, pos)
    if m is None:
        return None
    cur = m.end()
    slots: dict[str, tuple[int, int]] = {}
    for i, (slot, after, stretch) in enumerate(t.parts):
        reach = min(len(text), cur + slot.longest)
        if not slot.lines and (after is None or slot.name not in _WRAPPED):
            nl = text.find("\n", cur, reach)
            reach = reach if nl < 0 else nl
        elif not slot.lines or slot.name:  # a value may wrap, but never over a blank line
            blank = text.find("\n\n", cur, reach)
            reach = reach if blank < 0 else blank
        if after is None:  # the end: a quote that ends a line, a blank line, or the reach
            end_m = _OPEN_END.search(text, cur, min(len(text), reach + 1))
            stop = end_m.start() if end_m is not None else reach
            close = stop + 1 if end_m is not None and end_m.group() else stop
            if end_m is None and slot.shape is not None:
                stop = close = _wrapped_end(slot.shape, text, cur, stop)
            if slot.shape is not None and not slot.shape.fullmatch(text[cur:stop].strip()):
                # A value of a known shape ends where its shape does (a host name before a
                # closing quote or prose: 'the server Google"* on').
                lead = len(text[cur:stop]) - len(text[cur:stop].lstrip())
                prefix = slot.shape.match(text, cur + lead, stop)
                if prefix is not None:
                    stop = close = prefix.end()
            if slot.name:
                slots[slot.name] = (cur, stop)
            return m.start(), close, slots
        limit = min(len(text), reach + stretch)
        start_at = _search(after, text, cur, limit, memo, (id(t), i), stretch)
        if start_at is None or start_at > reach:
            return None
        found = after.match(text, start_at)
        if found is None:  # pragma: no cover - the search matched here
            return None
        if slot.shape is not None and not slot.shape.fullmatch(text[cur : found.start()].strip()):
            return None
        if slot.name:
            slots[slot.name] = (cur, found.start())
        cur = found.end()
    return m.start(), cur, slots


_HOST_PART = regex.compile(r"[\w.-]{1,255}+")
_REST_OF_WORD = regex.compile(r"\n([^\s.][^\s]{0,254}+|[.][^\s]{1,254}+)(?=\n|\Z)")


def host_rest(head: str, word: str) -> bool:
    """Whether ``word`` on the line after ``head`` reads as the rest of a host name split by a
    hard wrap rather than a word of prose (a signature, "Thanks"): it holds a dot, or ``head``
    ends with one or a hyphen, or both are in lower case as host names are written."""
    return (
        "." in word
        or head.endswith((".", "-"))
        or (not any(ch.isupper() for ch in word) and not any(ch.isupper() for ch in head))
    )


def _wrapped_end(shape: regex.Pattern[str], text: str, cur: int, stop: int) -> int:
    """Where a value with a shape (a host) that ends its template and its line ends, when a
    hard wrap split it: the next line is one word with a dot inside ("e.com", ".151") and
    the two make one value of the shape; else ``stop``."""
    m = _REST_OF_WORD.match(text, stop)
    if m is None:
        return stop
    word = m.group(1).rstrip(".")
    head = text[cur:stop].strip()
    if (
        not _HOST_PART.fullmatch(word)
        or not host_rest(head, word)
        or not shape.fullmatch(head + word)
    ):
        return stop
    return stop + 1 + len(word)


def _search(
    pattern: regex.Pattern[str],
    text: str,
    start: int,
    end: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]] | None,
    key: tuple[int, int],
    width: int = 0,
) -> int | None:
    """Where ``pattern`` first matches in text[start:end], reusing an earlier search that
    covered that range (searches of one literal only move forward in a text).

    With ``width`` (the most a match of the literal spans, as its slot's stretch assumes), a
    range that overlaps one already searched in vain is searched only where it is new, plus
    ``width`` of overlap: many tries close together (a fragment of a sentence repeated
    thousands of times) then cost one pass over the text, not one each.
    """
    if memo is not None and key in memo:
        lo, hi, at = memo[key]
        if lo <= start:
            if at is not None and at >= start and at <= end:
                return at
            if at is None and end <= hi:
                return None
            if at is not None and at > end and end <= hi:
                return None
            if at is None and width and start <= hi:  # only the part past ``hi`` is new
                return _search_new(pattern, text, start, end, memo, key, max(lo, hi - width))
        elif at is None and width and end <= hi and lo - start <= width:
            # Only a match that starts before ``lo`` is new; it ends within ``width`` of it.
            found = pattern.search(text, start, min(end, lo + width))
            got = found.start() if found is not None else None
            memo[key] = (start, hi, None) if got is None else (start, min(end, lo + width), got)
            return got
    found = pattern.search(text, start, end)
    at = found.start() if found is not None else None
    if memo is not None:
        memo[key] = (start, end, at)
    return at


def _search_new(
    pattern: regex.Pattern[str],
    text: str,
    start: int,
    end: int,
    memo: dict[tuple[int, int], tuple[int, int, int | None]],
    key: tuple[int, int],
    since: int,
) -> int | None:
    """``_search`` where nothing matched from ``memo[key]``'s start up to ``since + width``:
    search from ``since`` on (a match found there before ``start`` is not one of this range,
    which is then searched from ``start``)."""
    lo = memo[key][0]
    found = pattern.search(text, since, end)
    got = found.start() if found is not None else None
    if got is None:
        memo[key] = (lo, end, None)
        return None
    memo[key] = (since, end, got)
    if got >= start:
        return got
    found = pattern.search(text, start, end)
    got = found.start() if found is not None else None
    memo[key] = (start, end, got)
    return got


@functools.cache
def grammar() -> Grammar:
    """The grammar of every known language, compiled on first use and then shared."""
    return Grammar(all_locales())
