"""The reason a client's own sentence gives where no server reply stands (iOS Mail's "...
rejected by the server because it does not allow relaying.", Thunderbird's "... because the
connection to Outgoing server (SMTP) x timed out."): ``SENTENCE_PHRASES``, not a reply's
words, so ``classify`` never looks for them."""

from __future__ import annotations

from .._compile.sentence_phrases import sentence_trie
from .._reason import Reason
from .reply import lowered

__all__ = ["sentence_reason"]


def sentence_reason(text: str) -> Reason | None:
    """The reason of the first client sentence phrase in ``text``, or None."""
    trie = sentence_trie()
    m = trie.search(lowered(text))
    return trie.names[m.lastgroup] if m is not None and m.lastgroup is not None else None
