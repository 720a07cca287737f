"""The clients' sentence phrases (``SENTENCE_PHRASES``) as a trie searched for the first one.

Why in pieces: the whole trie (260 phrases in 37 languages, 26,000 characters of pattern)
costs a first classification of a client's sentence 40-60 ms to compile, and a sentence holds
the first words of a few of the phrases only.  A phrase can match only in a text that holds
its words, so the trie of the phrases whose first words the sentence holds finds the same
first phrase as the whole trie: the same phrases, in the same order.
Each such set's trie is compiled once; once the sets compiled hold as many phrases' worth of
pattern as the whole trie, or after ``SEARCHES`` searches, the whole trie is compiled and used
(a batch job: never more than about twice the whole trie's compile time in all).
"""

from __future__ import annotations

import functools
import re

from .._data import replies as _data
from .._reason import Reason
from .phrases import phrase_key
from .trie import GAP, PhraseSet

__all__ = ["SEARCHES", "SentenceTrie", "sentence_trie"]

# Searches after which the whole trie is compiled however few sets have been: a search here
# costs ~50 us more than the whole trie's (the look-up of every key in the text), 40-60 ms
# to compile that trie.
SEARCHES = 1000


def _words(phrase: str) -> tuple[str, str]:
    """What a phrase's match needs to stand in the text, as the text holds it: its first two
    runs of literal characters (the text's blanks and gaps between them may be any; its
    first alone is often a word every text holds: "a", "no", "le"); "" for none."""
    words = [w for w in phrase.replace(GAP, " ").split(" ") if w]
    return (words[0] if words else "", words[1] if len(words) > 1 else "")


class SentenceTrie:
    """The phrases, each marked with its reason's group; ``search`` as the whole trie's."""

    __slots__ = ("_budget", "_by_words", "_phrases", "_searches", "_tries", "_whole", "names")

    def __init__(self, budget: int | None = None, searches: int = SEARCHES) -> None:
        reasons = {reason.value: reason for reason in Reason}
        entries: list[tuple[str, str, str]] = []
        self.names: dict[str, Reason] = {}  # marker group -> reason
        for reason, table in _data.SENTENCE_PHRASES.items():
            for raw, _client, _source in table:
                name = f"s{len(self.names)}"
                self.names[name] = reasons[reason]
                entries.append((phrase_key(raw), "", name))
        self._phrases = PhraseSet(entries)
        by_words: dict[tuple[str, str], list[str]] = {}
        for (phrase, _tail, _name), encoded in zip(entries, self._phrases.encoded):
            by_words.setdefault(_words(phrase), []).append(encoded)
        self._by_words = by_words
        self._tries: dict[tuple[tuple[str, str], ...], re.Pattern[str]] = {}
        self._searches = searches  # (left before the whole trie)
        self._whole: re.Pattern[str] | None = None
        # What the sets' tries may cost before the whole trie is compiled: the whole trie's
        # size, counted in encoded phrase characters (tests: more, and more searches, to
        # compare the two).
        self._budget = sum(map(len, self._phrases.encoded)) if budget is None else budget

    def whole(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = re.compile(self._phrases.source(self._phrases.encoded))
        return self._whole

    def search(self, low: str) -> re.Match[str] | None:
        """The first phrase in a lowered text (``_classify.reply.lowered``)."""
        self._searches -= 1
        if self._whole is not None or self._budget <= 0 or self._searches < 0:
            return self.whole().search(low)
        held = tuple(k for k in self._by_words if k[0] in low and k[1] in low)
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
