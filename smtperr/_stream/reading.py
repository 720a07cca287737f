"""How the parser reads a buffer of decoded bytes: legacy code pages and mojibake, once.

Bytes arrive decoded as UTF-8 (or the given encoding), undecodable bytes kept as surrogate
escapes.  Two kinds of damage are read again here, each stretch once, so the parser reads every
buffer exactly once and never re-reads the text around a record:

* A line holding undecodable bytes was most likely written in a legacy code page: it is read in
  the page ``codepages.choose`` picks for it, unless its valid UTF-8 characters outnumber its bad
  bytes (UTF-8 text with a few stray bytes: it stays UTF-8).
* A word that reads as UTF-8 mis-decoded as cp1252 (mojibake, "wysÅ‚aÄ‡") is repaired when the
  whole word converts back.

Each decision looks at one line or word and the lines within ``codepages._VOTE`` characters,
not at the rest of the buffer, and a buffer holds ``blocks._CARRY`` characters before any
record it yields: records do not depend on where blocks start.  ``Reading.at`` maps each
position of the new text to its byte offset in the buffer, so spans still count file bytes.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import importlib
import importlib.util
import re
from collections.abc import Callable, Iterable

import regex

from .codepages import choose

__all__ = ["Reading", "read"]

_SURROGATE = regex.compile("[\udc80-\udcff]")  # regex: skips ASCII faster than re
_NOT_SURROGATE = re.compile("[^\udc80-\udcff\n]+")
_NOT_VALID = re.compile("[\x00-\t\x0b-\x7f\udc80-\udcff]+")
_SPACE = re.compile(r"[\t-\r ]")
_SPACE_BACK = regex.compile(r"(?r)[\t-\r ]")
_C1 = re.compile("[\x80-\x9f]")
_ANY_SURROGATE = re.compile("[\ud800-\udfff]")  # a "repair" that makes one is none

# cp1252 with its five undefined bytes read as the C1 controls of the same number (as Windows
# converts them): the table the mojibake repair inverts, one byte per character.
_CP1252X = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))
_CP1252X_MAP = codecs.charmap_build(_CP1252X)


def _cls(lo: int, hi: int) -> str:
    return "[" + "".join(f"\\u{ord(c):04x}" for c in _CP1252X[lo:hi]) + "]"


# A UTF-8 multi-byte sequence read as cp1252: lead byte, then its continuation bytes (the
# lead bytes read as U+00C2-U+00F4; one leading class lets the search skip at C speed).
_CONT = _cls(0x80, 0xC0)
_MOJI = regex.compile(f"[\\u00c2-\\u00f4](?:(?<=[\\u00c2-\\u00df]){_CONT}"
                      f"|(?<=[\\u00e0-\\u00ef]){_CONT}{{2}}|(?<=[\\u00f0-\\u00f4]){_CONT}{{3}})")
# The same read as ISO 8859-1 (continuation bytes 0x80-0x9F as C1 controls): ftfy's to repair.
_CONT_ANY = "[" + _CONT[1:-1] + "\\u0080-\\u00bf]"
_MOJI_ANY = regex.compile(
    f"[\\u00c2-\\u00f4](?:(?<=[\\u00c2-\\u00df]){_CONT_ANY}|(?<=[\\u00e0-\\u00ef])"
    f"{_CONT_ANY}{{2}}|(?<=[\\u00f0-\\u00f4]){_CONT_ANY}{{3}})"
)

Sizer = Callable[[str], int]  # the byte length of a piece of text in the buffer's bytes


class Reading:
    """The text the parser reads for one buffer, made of pieces each with its own way back to
    bytes; ``at(i)`` is the byte offset of position ``i`` in the buffer.  Positions are asked
    for mostly in increasing order, so each piece is measured about once, not once per record."""

    __slots__ = ("_bytes", "_cursor", "_sizers", "_starts", "text", "undecodable")

    def __init__(self, pieces: Iterable[tuple[str, Sizer]], undecodable: bool = False) -> None:
        self.undecodable = undecodable  # the text holds bytes no reading decodes (escapes)
        texts: list[str] = []
        self._starts: list[int] = []
        self._bytes: list[int] = []
        self._sizers: list[Sizer] = []
        pos = size = 0
        for text, sizer in pieces:
            if text:
                texts.append(text)
                self._starts.append(pos)
                self._bytes.append(size)
                self._sizers.append(sizer)
                pos += len(text)
                size += sizer(text)
        if not texts:
            self._starts, self._bytes, self._sizers = [0], [0], [len]
        self.text = "".join(texts)
        self._cursor = (0, 0, 0)  # (piece, position, byte offset) of the last answer

    def at(self, i: int) -> int:
        j = max(0, bisect.bisect_right(self._starts, i) - 1)
        k, pos, size = self._cursor
        measure = self._sizers[j]
        if k == j and i >= pos:
            size += measure(self.text[pos:i])
        elif k == j and pos - i < i - self._starts[j]:
            size -= measure(self.text[i:pos])
        else:
            size = self._bytes[j] + measure(self.text[self._starts[j] : i])
        self._cursor = (j, i, size)
        return size


@functools.cache
def _sizer(codec: str) -> Sizer:
    if codecs.lookup(codec).name == "utf-8":
        return lambda s: len(s) if s.isascii() else len(s.encode("utf-8", "surrogateescape"))
    return lambda s: len(s.encode(codec, "surrogateescape"))


def _moji_sizer(codec: str) -> Sizer:
    """Bytes of repaired text: each character of the mojibake it came from is one byte of the
    repaired text's UTF-8, and takes its own size in the buffer's encoding."""
    size = _sizer(codec)
    return lambda s: size(codecs.charmap_decode(s.encode("utf-8"), "strict", _CP1252X)[0])


def read(buf: str, codec: str) -> Reading:
    """How the parser reads ``buf`` (text decoded from ``codec`` with surrogate escapes)."""
    plain = _sizer(codec)
    if buf.isascii():
        return Reading([(buf, plain)])
    edits, undecodable = _legacy_lines(buf, codec) if _SURROGATE.search(buf) else ([], False)
    edits += _mojibake_words(buf, codec, [(lo, hi) for lo, hi, _t, _s in edits])
    if not edits:
        return Reading([(buf, plain)], undecodable)
    edits.sort(key=lambda e: e[0])

    def pieces() -> Iterable[tuple[str, Sizer]]:
        pos = 0
        for lo, hi, text, sizer in edits:
            yield buf[pos:lo], plain
            yield text, sizer
            pos = hi
        yield buf[pos:], plain

    return Reading(pieces(), undecodable)


_Edit = tuple[int, int, str, Sizer]  # buf[lo:hi] reads as text, measured by sizer


def _mojibake_words(buf: str, codec: str, skip: list[tuple[int, int]]) -> list[_Edit]:
    """Words (between ASCII spaces) that are whole UTF-8 read as cp1252, repaired; words in
    the ``skip`` spans (lines read in a legacy page) are left alone."""
    out: list[_Edit] = []
    starts = [lo for lo, _hi in skip]
    sizer = _moji_sizer(codec)
    pattern = _MOJI_ANY if _ftfy_installed() else _MOJI
    m = pattern.search(buf)
    while m is not None:
        back = _SPACE_BACK.search(buf, 0, m.start())
        lo = back.end() if back is not None else 0
        ahead = _SPACE.search(buf, m.end())
        hi = ahead.start() if ahead is not None else len(buf)
        i = bisect.bisect_right(starts, lo) - 1
        if not (i >= 0 and skip[i][1] > lo):
            word = buf[lo:hi]
            if (fixed := _repair(word)) is not None:
                out.append((lo, hi, fixed, sizer))
            elif (
                (ftfy := _ftfy()) is not None
                and (healed := ftfy(word)) != word
                and not _C1.search(healed)
                and not _ANY_SURROGATE.search(healed)
            ):
                out.append((lo, hi, healed, _ftfy_sizer(word, healed, codec)))
        m = pattern.search(buf, hi)
    return out


@functools.cache
def _ftfy_installed() -> bool:
    """Whether ftfy can be imported, without importing it (~70 ms, with wcwidth: most texts
    hold no word it need repair, and a command-line run would pay it every time)."""
    return importlib.util.find_spec("ftfy") is not None


@functools.cache
def _ftfy() -> Callable[[str], str] | None:
    """ftfy's ``fix_encoding`` when ftfy is installed (``pip install "smtperr[repair]"``):
    it repairs the words smtperr's own cp1252 inverse cannot (UTF-8 read as ISO 8859-1,
    mojibake of mojibake, a word half repaired).  Imported at the first such word."""
    try:
        fix: Callable[[str], str] = importlib.import_module("ftfy").fix_encoding
    except ImportError:
        return None
    return fix


def _ftfy_sizer(word: str, fixed: str, codec: str) -> Sizer:
    """Bytes of a word ftfy repaired: exact where the repair is UTF-8 read one byte per
    character (ISO 8859-1 or cp1252); else exact for the whole word, in proportion inside."""
    size = _sizer(codec)
    for table in (_LATIN1, _CP1252X):
        if codecs.charmap_decode(fixed.encode("utf-8"), "strict", table)[0] == word:
            return lambda s: size(codecs.charmap_decode(s.encode("utf-8"), "strict", table)[0])
    whole, n = size(word), len(fixed)
    return lambda s: whole if len(s) == n else len(s) * whole // n


_LATIN1 = "".join(map(chr, range(256)))


def _repair(word: str) -> str | None:
    try:
        fixed = codecs.charmap_encode(word, "strict", _CP1252X_MAP)[0].decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return None if _C1.search(fixed) else fixed  # a control character the text did not hold


def _legacy_lines(buf: str, codec: str) -> tuple[list[_Edit], bool]:
    """Lines with undecodable bytes, each read in the code page chosen for it; and whether
    some bytes stay undecodable (in a line kept as UTF-8, or that its page cannot read)."""
    spans: list[tuple[int, int]] = []
    m = _SURROGATE.search(buf)
    while m is not None:
        lo = buf.rfind("\n", 0, m.start()) + 1
        hi = buf.find("\n", m.end())
        hi = len(buf) if hi < 0 else hi
        spans.append((lo, hi))
        m = _SURROGATE.search(buf, hi)
    lines = "\n".join(buf[lo:hi] for lo, hi in spans)
    bad = [len(part) for part in _NOT_SURROGATE.sub("", lines).split("\n")]
    good = [len(part) for part in _NOT_VALID.sub("", lines).split("\n")]
    # A line whose valid UTF-8 outnumbers its bad bytes is UTF-8 with a few stray bytes.
    legacy = [span for span, g, b in zip(spans, good, bad) if g <= b]
    raw = [buf[lo:hi].encode(codec, "surrogateescape") for lo, hi in legacy]
    chosen = choose(raw, [lo for lo, _hi in legacy])
    left = len(legacy) < len(spans) or any(_SURROGATE.search(text) for _page, text in chosen)
    return [(lo, hi, text, _sizer(page)) for (lo, hi), (page, text) in zip(legacy, chosen)], left
