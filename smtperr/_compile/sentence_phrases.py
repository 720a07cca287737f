"""The clients' sentence phrases (``SENTENCE_PHRASES``) as a trie searched for the first one.

Why in pieces: the whole trie (260 phrases in 37 languages, 26,000 characters of pattern)
costs a first classification of a client's sentence 40-60 ms to compile, and a sentence holds
the first words of a few of the phrases only.  A phrase can match only in a text that holds
its words, so the trie of the phrases whose first words the sentence holds finds the same
first phrase as the whole trie: the same phrases, in the same order.
Each such set's trie is compiled once; once the sets compiled hold as many phrases' worth of
pattern as the whole trie, the whole trie is compiled and used (a batch job: never more than
about twice the whole trie's compile time in all).
"""

from __future__ import annotations

import functools
import re

from .._data import replies as _data
from .._reason import Reason
from .phrases import phrase_key
from .trie import GAP, PhraseSet

__all__ = ["KEY_WORDS", "SentenceTrie", "sentence_trie"]

KEY_WORDS = 2  # a phrase is tried where its first two words stand (its first alone is often
# a word every text holds: "a", "no", "le")


def _words(phrase: str) -> tuple[str, ...]:
    """What a phrase's match needs to stand in the text, as the text holds it: its first
    ``KEY_WORDS`` runs of literal characters (the text's blanks and gaps between them may be
    any)."""
    return tuple(w for w in phrase.replace(GAP, " ").split(" ") if w)[:KEY_WORDS]


class SentenceTrie:
    """The phrases, each marked with its reason's group; ``search`` as the whole trie's."""

    __slots__ = ("_budget", "_by_words", "_phrases", "_tries", "_whole", "names")

    def __init__(self, budget: int | None = None) -> None:
        reasons = {reason.value: reason for reason in Reason}
        entries: list[tuple[str, str, str]] = []
        self.names: dict[str, Reason] = {}  # marker group -> reason
        for reason, table in _data.SENTENCE_PHRASES.items():
            for raw, _client, _source in table:
                name = f"s{len(self.names)}"
                self.names[name] = reasons[reason]
                entries.append((phrase_key(raw), "", name))
        self._phrases = PhraseSet(entries)
        by_words: dict[tuple[str, ...], list[str]] = {}
        for (phrase, _tail, _name), encoded in zip(entries, self._phrases.encoded):
            by_words.setdefault(_words(phrase), []).append(encoded)
        self._by_words = by_words
        self._tries: dict[tuple[tuple[str, ...], ...], re.Pattern[str]] = {}
        self._whole: re.Pattern[str] | None = None
        # What the sets' tries may cost before the whole trie is compiled: the whole trie's
        # size, counted in encoded phrase characters (tests: more, to compare the two).
        self._budget = sum(map(len, self._phrases.encoded)) if budget is None else budget

    def whole(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = re.compile(self._phrases.source(self._phrases.encoded))
        return self._whole

    def search(self, low: str) -> re.Match[str] | None:
        """The first phrase in a lowered text (``_classify.reply.lowered``)."""
        if self._whole is not None or self._budget <= 0:
            return self.whole().search(low)
        held = tuple(k for k in self._by_words if all(w in low for w in k))
        pattern = self._tries.get(held)
        if pattern is None:
            chosen = [e for k in held for e in self._by_words[k]]
            self._budget -= sum(map(len, chosen))
            pattern = self._tries[held] = re.compile(self._phrases.source(chosen))
        return pattern.search(low)


@functools.cache
def sentence_trie() -> SentenceTrie:
    """The one sentence trie; built on the first client sentence classified."""
    return SentenceTrie()
