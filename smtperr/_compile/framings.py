"""The framings' compile-time half: a framing's layout (its slots and the parts around its
reply), the patterns of its slots, and the word it is found by (its *key*) with its reach.

Keys are chosen against every framing's words and every client sentence's, which costs the
first ``parse`` about 6 ms: they ship generated in ``smtperr._data.framing_tables``
(``python -m smtperr._compile.framings > smtperr/_data/framing_tables.py``).
"""

from __future__ import annotations

import re

import regex

from .._data.gate import COMMON_LOG_WORDS
from .._tables import framing_families
from .generated import generated_source
from .grammar import grammar
from .text import spaceless

__all__ = [
    "ROLES",
    "SLOT",
    "SLOTS",
    "Derived",
    "built_keys",
    "entries",
    "keys_source",
    "layout",
    "words",
]

ROLES = ("head", "section", "reply", "inner")
_TABLES = {"head": "HEADS", "section": "SECTIONS", "reply": "REPLIES", "inner": "INNER"}
_WORD = regex.compile(r"[^\W\d_]{2,}+")  # (``words`` keeps those of three letters or more)
SLOT = re.compile(r"(\{[a-z_]+\})")
_HOST = r"[^\s\[\]<>'\"(),;:]{1,255}+"
_BRACKETED = r"\[[^\]\n]{0,60}\](?::\d{1,5})?"
# A slot's pattern and the most text it may take (to bound the search around a key).
SLOTS: dict[str, tuple[str, int]] = {
    "server": (
        rf"(?P<server>{_BRACKETED}|<[^<>\s]{{1,60}}>|{_HOST})"
        rf"(?:[ \t]?+{_BRACKETED}|[ \t]?+\([^)\n]{{0,60}}\))?+",
        340,
    ),
    # (a domain ends before a CJK letter: "...地送至 x@y.com。请参阅" folds "。" to ".", and
    # before CJK punctuation and full-width forms: "收件者「x@y.com」（...）")
    "recipient": (
        r"(?P<recipient>[^\s<>'\"(),;:@]{1,64}@"
        r"[^\s<>'\"(),;:\[\]\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
        r"\u3001\u3008-\u301f\uff01-\uff0f\uff1a-\uff20]{1,255}+)",
        330,
    ),
    # The sender's address a client names where the server refused it (Roundcube's "Failed to
    # set sender 'x@example.com'"): read past, never a record's field.
    "sender": (
        r"(?:[^\s<>'\"(),;:@]{1,64}@[^\s<>'\"(),;:]{1,255}+)",
        330,
    ),
    # A domain a report names in passing ("... for the recipient domain x.by by <server>"):
    # read past whole (a lazy skip would end at ".by", a blank standing for any run of it).
    "domain": (r"(?:[^\s<>'\"(),;:]{1,255}+)", 255),
    # The source file a webmail's log names after the reply (RainLoop's " in /.../x.php:794",
    # SnappyMail's " @ /.../x.php#568"): it ends the reply.
    "file": (r"(?:in|@)[ \t]++/[^\s]{0,300}?\.php", 310),
    "command": (
        r"(?P<command>(?:RCPT\s++TO|MAIL\s++FROM|RCPT|MAIL)[ \t]?:?\s?<[^<>\n]{0,300}>"
        r"(?:[ \t]SIZE=\d+)?|end\s++of\s++data|initial\s++connection"
        r"|[A-Za-z]{4,7}(?:\s++(?:TO|FROM))?)",
        340,
    ),
    "status": (r"(?P<status>[245]\.\d{1,3}\.\d{1,3})", 10),
    # The reply's code where the client shows it apart from the reply's words ("SMTP Error
    # (550): ... (5.7.1 ...)"): the record's code when the reply has none of its own.
    "code": (r"(?P<code>[45]\d\d)(?!\d)", 3),
    "_": (r"[^\n]{0,200}?", 200),
    "line": (r"[^\n]{0,300}+(?:\n|\Z)", 301),  # (possessive: a shorter run never ends a line)
}
_COMMON = frozenset(COMMON_LOG_WORDS)
Derived = tuple[str, int, int, bool, str, bool]  # key, back, ahead, starts with its key,
# also, starts on its key's line
_ONE_LINE_SLOTS = frozenset({"{recipient}", "{server}", "{status}"})  # no line break inside


def words(piece: str, pairs: bool = False) -> list[str]:
    """The words of a piece (three letters or more; of a script without blanks, its first
    three characters), lower case; ``pairs``: and words of two characters of such a script."""
    return [
        (word[:3] if spaceless(word[0]) else word).lower()
        for word in _WORD.findall(piece)
        if len(word) > 2 or (pairs and spaceless(word[0]))
    ]


def _key(pieces: list[str], frequency: dict[str, int], client: frozenset[str]) -> tuple[str, int]:
    """The key of a framing and its piece's index: a word of its literal text that logs
    seldom hold (not one of ``COMMON_LOG_WORDS``, five letters or more), then one that the
    client messages' own sentences do not hold (windows are mostly those), then the one that
    fewest framings share, then the longest: a window's words try few framings each."""
    best: tuple[tuple[bool, bool, bool, int, int], str, int] | None = None
    for i, piece in enumerate(pieces):
        if piece.startswith("{"):
            continue
        for word in words(piece):
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


def layout(text: str) -> tuple[bool, list[str], str]:
    """A framing's text as (starts a line, the parts before its reply, the text after it)."""
    line_start = text.startswith("^")
    parts = [p for p in SLOT.split(text[1:] if line_start else text) if p]
    if "{reply}" not in parts:
        return line_start, parts, ""
    at = parts.index("{reply}")
    return line_start, parts[:at], "".join(parts[at + 1 :])


Found = tuple[str, int, int, bool, bool]  # a Derived without its other word


def derive(text: str, frequency: dict[str, int], client: frozenset[str]) -> Found:
    """What a framing is found by: its key, how far before and after the key it may reach,
    whether it starts with the key, and whether it starts on its key's line (its other word
    is chosen against the framings of the same key: ``built_keys``)."""
    line_start, head, _tail = layout(text)
    key, key_at = _key(head, frequency, client)
    reach = [SLOTS[p[1:-1]][1] if p.startswith("{") else 2 * len(p) + 4 for p in head]
    back = sum(reach[:key_at])
    if key_at < len(head):
        back += 2 * head[key_at].lower().find(key) + 4
    first = key_at == 0 and head[0].lower().startswith(key)
    # A framing that starts a line and holds nothing before its key that may span lines
    # (slots without blanks; no literal text, which a wrap may split): it can only start at
    # the start of its key's line ("^{recipient}: {reply}", keyed on its colon).
    one_line = (
        line_start
        and not first
        and key_at < len(head)
        and head[key_at].lower().startswith(key)
        and all(p in _ONE_LINE_SLOTS for p in head[:key_at])
    )
    return key, back, sum(reach), first, one_line


def entries() -> list[tuple[str, str, str, tuple[str, str, str]]]:
    """Every framing of every family: (family, format, role, (language, text, source))."""
    return [
        (name, module.FORMAT, role, entry)
        for name, module in framing_families()
        for role in ROLES
        for entry in getattr(module, _TABLES[role], ())
    ]


def built_keys() -> dict[str, Derived]:
    """Each framing's key and reach, chosen from the tables now (what
    ``smtperr._data.framing_tables`` must hold): a key is chosen against every framing's words
    and every client sentence's, which costs the first ``parse`` about 6 ms."""
    table = entries()
    frequency: dict[str, int] = {}
    for _name, _fmt, _role, (_lang, text, _source) in table:
        for word in set(words(SLOT.sub(" ", text))):
            frequency[word] = frequency.get(word, 0) + 1
    client = frozenset(
        word
        for loc in grammar().locales.values()
        for sentence in [*(s for _n, s in loc.openings), *(s for _f, s in loc.templates)]
        for word in words(SLOT.sub(" ", sentence))
    )
    found = {e[3][1]: derive(e[3][1], frequency, client) for e in table}
    head_words = {text: _head_words(text) for text in found}
    by_key: dict[str, list[set[str]]] = {}
    for text, f in found.items():
        by_key.setdefault(f[0], []).append(head_words[text])
    return {
        text: (*f[:4], _also(f[0], head_words[text], by_key[f[0]]), f[4])
        for text, f in found.items()
    }


def _head_words(text: str) -> set[str]:
    # (a word of two CJK characters tells framings apart too)
    return {w for p in layout(text)[1] if not p.startswith("{") for w in words(p, pairs=True)}


def _also(key: str, own: set[str], same_key: list[set[str]]) -> str:
    """The other word of a framing's head that fewest framings of the same key hold (then
    the longest): the ``str.find`` before a key's patterns then tells them apart ("Tõrge DATA
    ..." from "Tõrge RCPT TO ..."), where a word they all hold would let each through."""
    others = sorted(w for w in own if key not in w and w not in key)
    return min(others, key=lambda w: (sum(w in ws for ws in same_key), -len(w)), default="")


def keys_source(keys: dict[str, Derived]) -> str:
    """``keys`` as the source of ``smtperr._data.framing_tables``."""
    body = "".join(f"    {text!r}: {derived!r},\n" for text, derived in sorted(keys.items()))
    return generated_source(
        "Each framing's key, reach back and ahead, whether it starts with its key, another word"
        " of it, and whether it starts on its key's line",
        "framings",
        "framing_tables",
        f"KEYS: dict[str, tuple[str, int, int, bool, str, bool]] = {{\n{body}}}\n",
    )

if __name__ == "__main__":
    print(keys_source(built_keys()), end="")
