"""The grammar: every label spelling, opening, template and yes/no word of the tables, built
once on first use (``grammar()``) and shared by the readers."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TypeVar, overload

import regex

from .._tables import Locale, all_locales
from .sentences import Template, _template, slot_first, template_head
from .text import QUOTES, _boundary, _literal, compact, fold_wide, spaceless
from .trie import lower_one_for_one

# The keys of a language's LABELS table.
FIELDS = (
    "subject",
    "account",
    "server",
    "protocol",
    "server_response",
    "port",
    "ssl",
    "server_error",
    "socket_error",
    "error_number",
    "wlm_error_id",
    "wm_error_id",
)


T = TypeVar("T")

# A sentence's first word alone is its key from this many letters on; a shorter one takes the
# next word with it: a key is found anywhere (inside "e-mail" too), and "mail", which
# starts Apple Mail's alert in a dozen languages, tried them all wherever a text said e-mail.
KEY_WORD = 5

_SLOT = re.compile(r"\{[a-z_]+\}")  # (stdlib ``re``: split 184 times, 3 ms less than ``regex``)


class Lazy(Sequence[T]):
    """Items made on first use: compiling every language's sentences up front costs about
    150 ms, and a text needs the few whose first words it holds."""

    __slots__ = ("_items", "_make")

    def __init__(self, make: Callable[[int], T], size: int) -> None:
        self._make = make
        self._items: list[T | None] = [None] * size

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[T]: ...
    def __getitem__(self, i: int | slice) -> T | Sequence[T]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        item = self._items[i]
        if item is None:
            item = self._items[i] = self._make(i)
        return item


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
        by_field: dict[str, list[tuple[str, str]]] = {f: [] for f in FIELDS}
        for loc in locales:
            for field, spellings in loc.labels.items():
                for s in spellings:
                    key = (field, compact(s))
                    by_field[field].append((s, key[1]))
                    self.label_langs[key] = self.label_langs.get(key, frozenset()) | {loc.tag}
        # folded spelling -> field (the first field in FIELDS order when spellings collide)
        self.label_fields: dict[str, str] = {}
        for field in FIELDS:
            for _s, folded in by_field[field]:
                self.label_fields.setdefault(folded, field)
        # the most characters a label may take in text: its spelling, blanks and wraps
        every = [s for v in by_field.values() for s, _folded in v]
        self.longest_label = 2 * max((len(s) for s in every), default=0) + 4
        # Openings: the part before the first slot identifies the message.
        self.openings: list[tuple[str, str, str, bool]] = []  # (lang, number, text, has_recipient)
        self.opening_keys: dict[str, list[int]] = {}
        for loc in locales:
            for number, sentence in loc.openings:
                head, _brace, rest = sentence.partition("{")
                # Too short to tell the message alone ("The host '{server}' could not be
                # found"): the slot (within a line) and the text after it are part of it.
                after = rest.partition("}")[2].partition("{")[0]
                if len(compact(head)) < 8 and len(compact(head + after)) < 8:
                    continue
                self.openings.append((loc.tag, number, sentence, "{recipient}" in sentence))
                self.opening_keys.setdefault(_key(head)[0], []).append(len(self.openings) - 1)
        self.opening_patterns: Lazy[regex.Pattern[str]] = Lazy(
            lambda i: _opening_pattern(self.openings[i][2]), len(self.openings)
        )
        # Templates: whole sentences with slots.
        sentences: list[tuple[str, str, str]] = []
        self.template_keys: dict[str, list[int]] = {}
        self.template_follow: list[str] = []  # the letters that follow each one's key
        for loc in locales:
            for fmt, sentence in loc.templates:
                sentences.append((loc.tag, fmt, sentence))
                head = next(p for p in _SLOT.split(sentence) if compact(p))
                first, follow = _key(head)
                self.template_keys.setdefault(first, []).append(len(sentences) - 1)
                self.template_follow.append(follow)
        # (an ASCII window holds none of the other keys: half of them need not be looked for)
        self.ascii_template_keys = {k: v for k, v in self.template_keys.items() if k.isascii()}
        # A template's head alone first (most tries fail there), the whole template once its
        # head has matched; whether it opens with a slot is known without either.
        self.template_heads: Lazy[regex.Pattern[str]] = Lazy(
            lambda i: template_head(sentences[i][2]), len(sentences)
        )
        self.template_slot_first: Lazy[bool] = Lazy(
            lambda i: slot_first(sentences[i][2]), len(sentences)
        )
        self.templates: Lazy[Template] = Lazy(
            lambda i: _template(*sentences[i], head=self.template_heads[i]), len(sentences)
        )
        # Yes/no words of the SSL field.
        self.yes_no: dict[str, tuple[bool, frozenset[str]]] = {}
        for loc in locales:
            for words, value in ((loc.yes, True), (loc.no, False)):
                for w in words:
                    word = compact(w)
                    old = self.yes_no.get(word)
                    langs = (old[1] if old and old[0] is value else frozenset()) | {loc.tag}
                    self.yes_no[word] = (value, langs)
        self._every = every

    @functools.cached_property
    def label_stumps(self) -> frozenset[str]:
        """Every beginning of a label as written (blanks folded): what a paste cut off inside
        a label leaves on its last line ("Serv").  Made when first asked for."""
        spellings = {" ".join(s.split()) for s in self._every}
        return frozenset(s[:i] for s in spellings for i in range(1, len(s) + 1))


def _opening_pattern(sentence: str) -> regex.Pattern[str]:
    """An opening's pattern: the text before its first slot (when that is too short to tell
    the message, the slot within a line and the text up to the next slot too)."""
    head, _brace, rest = sentence.partition("{")
    pattern = _boundary(head) + _literal(head, wraps=False)
    if len(compact(head)) < 8:
        after = rest.partition("}")[2].partition("{")[0]
        pattern += r"[^\n]{1,255}?" + _literal(after, wraps=False)
    return regex.compile(pattern, regex.IGNORECASE)


def _key(head: str) -> tuple[str, str]:
    """The lower-case first word of a sentence (two when the first is under ``KEY_WORD``
    letters), which the parser looks for with ``str.find`` before trying the sentence's
    pattern there: folded as the window is (full-width punctuation as ASCII, one lower-case
    character for one: "İleti" is "ileti", not "i̇leti"); and the letters of the word after
    it ("" when none, or in a script written without blanks): where a key stands with
    other words after it ("error" in a log line, "mail" in "e-mail"), a ``str.find`` for
    them spares the sentence's pattern."""
    folded = lower_one_for_one(fold_wide(head))
    tokens: list[str] = []  # (the first three that hold more than punctuation: all it reads)
    for t in folded.split():
        if t.strip(_KEY_STRIP):
            tokens.append(t)
            if len(tokens) == 3:
                break
    words = [t.strip(_KEY_STRIP) for t in tokens]
    if not words:
        return "", ""
    if spaceless(words[0][:1]):
        return words[0][:6], ""
    taken = 1
    if len(words[0]) < KEY_WORD and len(words) > 1 and tokens[0].endswith(words[0]):
        taken = 2  # (a first word with punctuation after it stands alone: "Mail, SSL ...")
    letters = _LEADING_LETTERS.match(words[taken]) if len(words) > taken else None
    return " ".join(words[:taken]), letters.group() if letters else ""


_KEY_STRIP = QUOTES + ".,:;()"
_LEADING_LETTERS = re.compile(r"[^\W_]+")


@functools.cache
def grammar() -> Grammar:
    """The grammar of every known language, compiled on first use and then shared."""
    return Grammar(all_locales())
