"""Legacy code pages: which page a line of undecodable bytes was written in, chosen without
parsing.

Parsing costs the same in every page, so pages are not tried by parsing (that was up to 15
parses per stretch).  Each line is scored in every page at C speed: ``bytes.translate`` counts
the non-ASCII bytes a single-byte page reads as letters of a language it writes, a ``re`` pass
(a bitmap class) the common characters of a double-byte page; less bytes the page cannot
read; for non-Latin alphabets, less letters glued to ASCII letters or alone ("d'йchec" is
Latin text); plus a bonus for each word of the tables read right (one dict lookup per word).
The line is read in the page that wins the vote of the lines within ``_VOTE`` characters: a
message's lines agree, a neighbour in another page is too far to outvote them.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable

from .._tables import all_locales

__all__ = ["LEGACY", "choose"]

LEGACY = ("cp1252", "cp1250", "cp1251", "iso-8859-2", "koi8-r", "cp1253", "cp1254", "cp1255",
          "cp1256", "cp1257", "cp874", "shift_jis", "gbk", "big5", "euc-kr")
# Double-byte pages: the language each writes, and the lead bytes of its common characters
# (GB2312 level 1, Big5 level 1, KS X 1001 Hangul, JIS level 1 kanji).
_DOUBLE_BYTE = {"shift_jis": ("ja", 0x88, 0x99), "gbk": ("zh-CN", 0xB0, 0xD8),
                "big5": ("zh-TW", 0xA4, 0xC7), "euc-kr": ("ko", 0xB0, 0xC9)}
_WIDE = 2  # bytes of a double-byte character: scores count bytes, whatever the page
_VOTE = 1024  # characters either side of a line whose lines vote on its code page
_FAIL = 2  # score lost per byte a page cannot read (or reads as a C1 control)
_WORD = 2  # score won per non-ASCII byte of a word of the tables read in a page

# Lowercase non-ASCII letters of each language's alphabet (the tables hold only the words the
# clients print, too few letters to tell cp1250 from cp1252); a language's table letters are
# added.  East Asian languages count their page's common characters (``_DOUBLE_BYTE``) and,
# once more, their table's: GB2312 and KS X 1001 read each other's byte pairs as common
# characters, the words of the messages tell them apart.
_ALPHABETS: dict[str, str] = {
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü", "it": "àèéìíîòóùú",
    "pt-BR": "áâãàçéêíóôõú", "pt-PT": "áâãàçéêíóôõú", "nl": "áéëïóöü", "sv": "åäöé",
    "nb": "æøåéèóòô", "da": "æøåé", "fi": "äöåšž", "ca": "àçèéíïòóúü", "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű", "sl": "čšž",
    "hr": "čćđšž", "ro": "ăâîșțşţ", "et": "äõöüšž", "lv": "āčēģīķļņšūž", "lt": "ąčęėįšųūž",
    "tr": "çğıöşüâîİ", "el": "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя", "sr": "абвгдђежзијклљмнњопрстћуфхцчџшčćđšž",
    "he": "אבגדהוזחטיכךלמםנןסעפףצץקרשת", "ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
    "th": "".join(map(chr, range(0x0E01, 0x0E4F))),
    "ja": "".join(map(chr, [*range(0x3041, 0x3097), *range(0x30A1, 0x30FB), 0x30FC])),
}

_NOT_SURROGATE = re.compile("[^\udc80-\udcff\n]+")
# Bytes as classes: L an ASCII letter, o other ASCII, H a high byte.  A high byte glued to an
# ASCII letter (LH, HL), or alone between ASCII (a run of one), is how a non-Latin alphabet
# reads the accented letters of Latin text ("d'йchec"), never its own words.
_CLASSES = bytes(76 if chr(b).isascii() and chr(b).isalpha() else 111 if b < 0x80 else 72
                 for b in range(256))
_ASCII_BUT_NL = bytes(b for b in range(128) if b != 0x0A)
_ASCII = bytes(range(128))
# A word as bytes: ASCII letters and high bytes (the table words hold at least one high byte).
_TOKEN = re.compile(rb"[A-Za-z\x80-\xff]+")


def choose(raw: list[bytes], positions: list[int]) -> list[tuple[str, str]]:
    """For each line (its bytes, and where it starts in the text): the page it is read in, and
    the line read in it; bytes the page reads as C1 controls stay undecodable."""
    if not raw:
        return []
    scores, decoded = _score(raw)
    pages = _pages()
    out = []
    for n, index in enumerate(_vote(positions, scores)):
        page = pages[index]
        text = decoded[index][n] if decoded[index] else raw[n].decode(page.name, "surrogateescape")
        out.append((page.name, text.translate(page.c1) if page.c1 else text))
    return out


def _alien(line: bytes) -> int:
    """High bytes of ``line`` that a non-Latin alphabet would read as letters out of place."""
    c = b"o" + line.translate(_CLASSES) + b"o"
    runs, long_runs = c.count(b"oH") + c.count(b"LH"), c.count(b"oHH") + c.count(b"LHH")
    return c.count(b"LH") + c.count(b"HL") + runs - long_runs


def _vote(positions: list[int], scores: list[list[int]]) -> list[int]:
    """For each line, the page (index) with the highest summed score over the lines within
    ``_VOTE`` characters; ties go to the more common page."""
    width = len(scores[0]) if scores else 0
    total = [0] * width
    lo = hi = 0
    out = []
    for pos in positions:
        while hi < len(positions) and positions[hi] <= pos + _VOTE:
            total = [a + b for a, b in zip(total, scores[hi])]
            hi += 1
        while positions[lo] < pos - _VOTE:
            total = [a - b for a, b in zip(total, scores[lo])]
            lo += 1
        out.append(total.index(max(total)))
    return out


class _Page:
    """A legacy page's scoring tables.  Single-byte page: per language, the bytes to delete to
    keep its letters; the bytes the page cannot read.  Double-byte page: patterns deleting all
    but its language's common characters, and all but its table's characters (the words of
    the messages: GB2312 and KS X 1001 read each other's byte pairs as common characters)."""

    __slots__ = ("c1", "drops", "fail", "name", "patterns")

    def __init__(self, name: str, letters: dict[str, tuple[frozenset[str], frozenset[str]]]):
        self.name = name
        # C1 controls the page reads bytes as: kept as undecodable (surrogate escapes).
        self.c1 = {b: 0xDC00 + b for b in range(0x80, 0xA0)
                   if bytes([b]).decode(name, errors="ignore") == chr(b)}
        self.patterns: list[re.Pattern[str]] = []
        self.drops: list[tuple[bytes, bool]] = []
        self.fail = b""
        if name in _DOUBLE_BYTE:
            tag, lo, hi = _DOUBLE_BYTE[name]
            alpha, table = letters.get(tag, (frozenset(), frozenset()))
            for keep in (alpha | _common(name, lo, hi), table):
                escaped = "".join(f"\\u{ord(c):04x}" for c in sorted(keep))
                self.patterns.append(re.compile(f"[^{escaped}\n]+"))  # re: a bitmap, O(1)
            return
        bad = {b for b in range(0x80, 0xA0) if bytes([b]).decode(name, "ignore") in ("", chr(b))}
        bad |= {b for b in range(0xA0, 0x100) if not bytes([b]).decode(name, "ignore")}
        self.fail = bytes(b for b in range(0x100) if b not in bad and b != 0x0A)
        sets = []
        for alpha, _table in letters.values():
            rep = {c for c in alpha if _encodes(c, name)}
            if 3 * len(rep) >= 2 * len(alpha):  # a language this page writes
                sets.append(({c.encode(name)[0] for c in rep}, not _latin(alpha)))
        for own, nonlatin in sets:  # a language whose letters another's cover adds nothing
            if any(own < k and nl == nonlatin for k, nl in sets):
                continue
            drop = bytes(b for b in range(0x100) if b not in own and b != 0x0A)
            if all(drop != d for d, _nl in self.drops):
                self.drops.append((drop, nonlatin))


def _common(page: str, lo: int, hi: int) -> set[str]:
    """The letters a double-byte page codes with lead bytes ``lo`` to ``hi`` (exclusive)."""
    pairs = (bytes([lead, trail]).decode(page, "ignore")
             for lead in range(lo, hi) for trail in range(0x40, 0xFF))
    return {c for c in pairs if len(c) == 1 and ord(c) > 0x7F and unicodedata.category(c)[0] == "L"}


def _latin(alpha: Iterable[str]) -> bool:
    names = [unicodedata.name(c, "") for c in alpha]
    return 2 * sum(n.startswith("LATIN") for n in names) > len(names)


def _encodes(char: str, page: str) -> bool:
    try:
        char.encode(page)
    except UnicodeEncodeError:
        return False
    return True


@functools.cache
def _pages() -> tuple[_Page, ...]:
    letters: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for tag, words in _table_words().items():
        # (a letter whose lower case is two, Turkish "İ", stays as it is)
        table = {c.lower() if len(c.lower()) == 1 else c for w in words for c in w
                 if not c.isascii() and unicodedata.category(c)[0] in "LM"}
        alpha = table | set(_ALPHABETS.get(tag, ""))
        if _latin(alpha):  # case tells KOI8-R from cp1251: only Latin letters count in both
            alpha |= {u for c in alpha if len(u := c.upper()) == 1 and not u.isascii()}
        if alpha:
            letters[tag] = (frozenset(alpha), frozenset(table))
    return tuple(_Page(name, letters) for name in LEGACY)


@functools.cache
def _table_words() -> dict[str, list[str]]:
    """Each language's words as the tables hold them (labels, sentences, yes/no, phrases)."""
    out = {}
    for loc in all_locales():
        words = [*loc.yes, *loc.no, *(t for _k, t in loc.openings),
                 *(t for _k, t in loc.templates)]
        for group in (loc.labels, loc.server_phrases):
            words += [w for ws in group.values() for w in ws]
        out[loc.tag] = words
    return out


@functools.cache
def _words() -> dict[bytes, tuple[int, ...]]:
    """The non-ASCII words of the tables as each single-byte page writes them (in the case
    observed, lower, upper and capitalized), with the pages (``_pages()`` indexes) that do:
    a word of the messages read right is the strongest sign of the right page."""
    found: dict[bytes, set[int]] = {}
    for index, page in enumerate(LEGACY):
        if page in _DOUBLE_BYTE:
            continue
        for text in itertools.chain.from_iterable(_table_words().values()):
            for form in {text, text.lower(), text.upper(), text.title()}:
                try:
                    data = form.encode(page)
                except UnicodeEncodeError:
                    continue
                for token in _TOKEN.findall(data):
                    if not token.isascii():
                        found.setdefault(token, set()).add(index)
    return {token: tuple(sorted(pages)) for token, pages in found.items()}


def _score(raw: list[bytes]) -> tuple[list[list[int]], list[list[str]]]:
    """Each line's score in each page (``_pages()`` order), and the lines as the double-byte
    pages read them (empty for single-byte pages: those read a line only if it wins)."""
    batch = b"\n".join(raw)
    high = batch.translate(None, _ASCII_BUT_NL)
    alien = [_alien(line) for line in raw]
    columns: list[list[int]] = []
    decoded: list[list[str]] = []
    for page in _pages():
        if page.patterns:
            text = batch.decode(page.name, "surrogateescape")
            lines = text.split("\n")
            if len(lines) != len(raw):  # a line end read inside a character: line by line
                lines = [r.decode(page.name, "surrogateescape") for r in raw]
                text = "\n".join(lines)
            fails = _counts(_NOT_SURROGATE.sub("", text))
            common, table = (_counts(p.sub("", text)) for p in page.patterns)
            best = list(map(_WIDE.__mul__, map(operator.add, common, table)))
            decoded.append(lines)
        else:
            fails = _counts(high.translate(None, page.fail))
            best = [0] * len(raw)
            for drop, nonlatin in page.drops:
                got = _counts(high.translate(None, drop))
                best = list(map(max, best, map(operator.sub, got, alien) if nonlatin else got))
            decoded.append([])
        columns.append(list(map(operator.sub, best, map(_FAIL.__mul__, fails))))
    rows = [list(row) for row in zip(*columns)]
    words = _words()
    for row, line in zip(rows, raw):
        for token in _TOKEN.findall(line):
            for index in words.get(token, ()):
                row[index] += _WORD * len(token.translate(None, _ASCII))
    return rows, decoded


def _counts(kept: str | bytes) -> list[int]:
    """Per line, how many characters a pass kept (the lines joined by newlines)."""
    parts = kept.split("\n") if isinstance(kept, str) else kept.split(b"\n")
    return list(map(len, parts))
