"""The classifier's phrase table: every phrase it knows, found in one left-to-right pass.

Rows come from ``smtperr._data.replies`` (false friends, then vendor, generic and wrapper
phrases, each table by ``PRECEDENCE``) and from the languages' ``SERVER_PHRASES``, loaded
through ``smtperr._tables``: a language module that fails to import is an error here, not a
silently smaller table.  With them go the command phrases (and the phrases of a DATA reply that
says every recipient was refused at RCPT) and the MTA shape hints.  Literal
phrases are named by looking their matched text up in a dict, gap phrases and hints by marker
groups (see ``smtperr._compile.trie``).

Why in pieces: compiling all ~950 phrases as one trie costs ~35 ms, most of what a support tool
spends on one ticket.  So the table starts *gated*: a small pattern of the phrases' first
``KEY`` literal characters finds where a phrase may start, and there only the tries of the
phrases that start with those characters are tried, each compiled the first time it is needed.
After ``SWITCH`` gated scans, or ``SWITCH_CHARS`` characters scanned (a batch job, or one
long text full of words that start phrases), the whole trie is compiled and used instead: one
C-level ``finditer`` per reply beats a Python loop over candidate positions, and by then the
gated scans have spent about what the compile costs (ski rental: never more than twice the
better choice made in hindsight).  Both ways find the same phrases: at each candidate position
the gated scan tries the same phrases, in the same order, as the whole trie does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from .._data import replies as _data
from .._reason import Reason
from .._tables import all_locales
from .trie import GAP, PhraseSet, phrase_trie, squash

__all__ = [
    "GATE_AHEAD",
    "KEY",
    "SWITCH",
    "SWITCH_CHARS",
    "Command",
    "Hit",
    "PhraseTable",
    "Row",
    "phrase_key",
    "phrase_table",
]

# A phrase row: (reason, tier, mta, is_false_friend).  Tier 0: vendor phrase or false friend,
# 1: generic phrase, 2: wrapper phrase.
Row = tuple[Reason, int, "str | None", bool]
# A phrase found: (row, start, end), offsets into the scanned text.
Hit = tuple[Row, int, int]
# A command phrase found: (verb, (start, end)).
Command = tuple[str, tuple[int, int]]

KEY = 3  # literal characters per gate key: fewer candidates than 2, smaller gate than 4
GATE_AHEAD = 3  # tokens after a short key that the gate requires (see ``PhraseTable``)
SWITCH = 10_000  # gated scans before the switch: ~34 ms compile / ~3.5 µs extra per scan
# ... or characters: a gate hit costs a Python step (~1.5 µs), one every few characters in
# text of words that start phrases ("user user ..."), ~30 ms a 100 KB where they are dense.
SWITCH_CHARS = 1_000_000


_NAMED = r"(?<!\\)\(\?P<\w+>"  # a named group's opening in a source


def phrase_key(raw: str) -> str:
    """A phrase as the table stores it: lower case, single spaces, no leading space (phrases
    that start a word only match at a word start anyway); ``""`` for a blank phrase."""
    phrase = squash(raw.lower())
    stripped = phrase.lstrip(" ")
    if stripped[:1].isascii() and stripped[:1].isalnum():
        return stripped
    return phrase if phrase.strip() else ""


def rows() -> Iterator[tuple[str, Row]]:
    """Every phrase of the data tables and of the language modules, most decisive first.

    The tables are walked in ``PRECEDENCE`` order, not in the order their modules are merged,
    so splitting the data files differently never changes which phrase wins a tie.
    """
    reasons = {reason.value: reason for reason in Reason}
    for phrase, reason, mta, _source in _data.FALSE_FRIENDS:
        yield phrase, (reasons[reason], 0, mta or None, True)
    for tier, table in ((0, _data.VENDOR_PHRASES), (1, _data.PHRASES), (2, _data.WRAPPER_PHRASES)):
        for name in _data.PRECEDENCE:
            for phrase, mta, _source in table.get(name, ()):
                yield phrase, (reasons[name], tier, mta or None, False)
    for locale in all_locales():
        for name, phrases in locale.server_phrases.items():
            value = reasons.get(name)
            if value is None:  # a reason smtperr does not know (tests/test_locales checks)
                continue
            for phrase in phrases:
                yield phrase, (value, 1, None, False)


class PhraseTable:
    """The phrases, the lookups that name what matched, and the patterns, compiled lazily."""

    __slots__ = (
        "_chains",
        "_chars",
        "_gate",
        "_gate_source",
        "_groups",
        "_matchers",
        "_phrases",
        "_scans",
        "_whole",
        "commands",
        "full",
        "literals",
        "markers",
        "mtas",
        "refused",
    )

    def __init__(self) -> None:
        literals: dict[str, Row] = {}
        commands: dict[str, str] = {}
        markers: dict[str, Row] = {}
        mtas: dict[str, str] = {}
        entries: list[tuple[str, str, str]] = []
        for raw, row in rows():
            phrase = phrase_key(raw)
            if not phrase:
                continue
            if GAP in phrase:
                name = f"g{len(markers)}"
                markers[name] = row
                entries.append((phrase, "", name))
            elif phrase not in literals:
                literals[phrase] = row
                entries.append((phrase, "", ""))
        for raw, verb in _data.COMMAND_PHRASES:
            phrase = phrase_key(raw)
            if phrase not in literals and phrase not in commands:
                commands[phrase] = verb
                entries.append((phrase, "", ""))
        refused: set[str] = set()
        for raw, _source in _data.RECIPIENTS_REFUSED:
            phrase = phrase_key(raw)
            if phrase not in literals and phrase not in commands:
                commands[phrase] = "RCPT"
                refused.add(phrase)
                entries.append((phrase, "", ""))
        self.refused = frozenset(refused)
        for i, (prefix, tail, mta, _source) in enumerate(_data.MTA_HINTS):
            name = f"h{i}"
            mtas[name] = mta
            entries.append((prefix, tail, name))
        self.literals = literals
        self.commands = commands
        self.markers = markers
        self.mtas = mtas
        self._phrases = PhraseSet(entries)
        groups: dict[str, list[str]] = {}
        for encoded in self._phrases.encoded:
            groups.setdefault(PhraseSet.literal_prefix(encoded, KEY), []).append(encoded)
        self._groups = groups
        # Where the gate finds key K, the groups to try: K's, then those of K's prefixes
        # (longest first), as the whole trie tries literal continuations before the rest.
        self._chains = {
            key: tuple(key[:n] for n in range(len(key), 0, -1) if key[:n] in groups)
            for key in groups
        }
        self._matchers: dict[str, Callable[[str, int], re.Match[str] | None]] = {}
        self._whole: re.Pattern[str] | None = None
        self._scans = 0
        self._chars = 0
        self.full: re.Pattern[str] | None = None  # set once the table has switched
        self._gate_source = ""
        self._gate: re.Pattern[str] | None = None
        if "" in groups:  # a phrase starting with white space or a gap cannot be gated
            self.full = self.whole()
        else:
            # A key shorter than KEY is what its phrases start with before a marker's
            # lookahead, a gap or a space ("s" of "support.apple.com", "is" of "is an open
            # relay"): the gate wants what comes next too, or it stops at every word that
            # starts so ("ssl ssl").
            self._gate_source = phrase_trie(
                (key, self._phrases.ahead(members, len(key), GATE_AHEAD), "")
                if len(key) < KEY
                else (key, "", "")
                for key, members in groups.items()
            )
            self._gate = re.compile(self._gate_source)

    def whole(self) -> re.Pattern[str]:
        """The whole trie as one pattern (compiled on the first call), behind the gate as a
        lookahead: the gate's small trie turns away most places where a word starts, which
        the whole trie would descend into ("s s s", "ssl ssl": 2-4x log text without it)."""
        if self._whole is None:
            trie = self._phrases.source(self._phrases.encoded)
            if self._gate_source:
                gate = re.sub(_NAMED, "(?:", self._gate_source)  # its markers are the trie's
                trie = f"(?={gate}){trie}"
            self._whole = re.compile(trie)
        return self._whole

    def gated(self, low: str) -> Iterator[re.Match[str]]:
        """The matches ``whole().finditer(low)`` yields, compiling only the tries it meets."""
        gate = self._gate
        if gate is None:
            yield from self.whole().finditer(low)
            return
        search = gate.search
        chains = self._chains
        matchers = self._matchers
        pos = 0
        while (found := search(low, pos)) is not None:
            start = found.start()
            for key in chains[found.group()]:
                match = matchers.get(key) or self._compile_group(key)
                m = match(low, start)
                if m is not None:
                    yield m
                    pos = m.end()
                    break
            else:
                pos = start + 1

    def _compile_group(self, key: str) -> Callable[[str, int], re.Match[str] | None]:
        match = re.compile(self._phrases.source(self._groups[key])).match
        self._matchers[key] = match
        return match

    def scan(self, low: str) -> tuple[list[Hit], str | None, Command | None, bool]:
        """Every phrase found in a lower-cased text, the first MTA hint, the first command, and
        whether the text says every recipient was refused at RCPT (``RECIPIENTS_REFUSED``).

        Matches do not overlap; at each position the longest phrase is taken, and phrases
        start at a word, so a phrase hidden inside a longer one is one it would restate.
        """
        full = self.full
        if full is None:
            self._scans += 1
            self._chars += len(low)
            if self._scans > SWITCH or self._chars > SWITCH_CHARS:
                full = self.full = self.whole()
        hits: list[Hit] = []
        mta: str | None = None
        command: Command | None = None
        refused = False
        literals = self.literals
        for m in full.finditer(low) if full is not None else self.gated(low):
            name = m.lastgroup
            if name is None:
                found = m.group()
                row = literals.get(found)
                if row is None:
                    found = squash(found)
                    row = literals.get(found)
                if row is not None:
                    hits.append((row, m.start(), m.end()))
                elif found in self.refused:
                    refused = True
                elif command is None and found in self.commands:
                    command = (self.commands[found], m.span())
            elif name[0] == "g":
                hits.append((self.markers[name], m.start(), m.end(name)))
            elif mta is None:
                mta = self.mtas[name]
        return hits, mta, command, refused


@functools.cache
def phrase_table() -> PhraseTable:
    """The one phrase table; built on the first classification, never at import."""
    return PhraseTable()
