"""Streaming: files and line iterables of any size, in constant memory.

Text is read in blocks; each block is scanned together with the tail of the one before
(``_CARRY`` characters), so a message that straddles a block boundary is found whole, once.
Bytes are decoded as UTF-8 with undecodable bytes kept as surrogate escapes (nothing is lost).
Where a block holds such bytes, the stretch around them is also read in the legacy code pages
these clients wrote: a message whose opening words are not ASCII ("Échec de la remise...")
is invisible in the UTF-8 reading and only found there.  The reading that recognises more of
each message wins.  A message that reads as UTF-8 mis-decoded as cp1252 (mojibake) is
repaired where that reads more of it.  Blocks of clean UTF-8 take none of these paths.
"""

from __future__ import annotations

import bisect
import codecs
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

import attrs
import regex

from ._parser import _check, _scan
from ._records import ClientError

__all__ = ["Counts", "scan_file", "scan_lines"]

_BLOCK = 1 << 21  # bytes (or characters) read at a time
_CARRY = 16384  # characters kept from the previous block: the longest message and its opening
# Characters read around undecodable bytes in the legacy code pages: a message holding such a
# byte lies within a few thousand characters of it (the parser's reach from an anchor).
_AROUND = 8192
LEGACY = ("cp1252", "cp1250", "cp1251", "iso-8859-2", "koi8-r", "cp1253", "cp1254", "cp1255",
          "cp1256", "cp1257", "cp874", "shift_jis", "gbk", "big5", "euc-kr")
_SURROGATE = regex.compile("[\udc80-\udcff]")
_RUN = regex.compile("[\udc80-\udcff]++")
_FAILED = regex.compile("[\udc80-\udcff\x80-\x9f]")  # undecodable, or a C1 control
_SCRIPTS = r"\p{Cyrillic}\p{Greek}\p{Hebrew}\p{Arabic}\p{Thai}"
_ALIEN = regex.compile(rf"(?<=[A-Za-z])[{_SCRIPTS}]|[{_SCRIPTS}](?=[A-Za-z])")
_LETTER = regex.compile(r"[^\x00-\x7f](?<=[\p{L}\p{M}])")
_LAST_SURROGATE = regex.compile("(?r)[\udc80-\udcff]")
_MOJIBAKE = ("\u00c3", "\u00c2", "\u00c4", "\u00c5", "\u00c5\u201a", "\u00d0", "\u00d1",
             "\u00e2\u20ac", "\u00e3\u0081", "\u00e3\u0082", "\u00e3\u0083")

# (start, end, record): a record found in one buffer, spans local to the buffer.
_Found = tuple[int, int, ClientError]


def scan_lines(lines: Iterable[str]) -> Iterator[ClientError]:
    """Every client error in an iterable of text lines (with or without line ends, as a
    file yields them); spans are character offsets into the lines joined as given."""
    def blocks() -> Iterator[str]:
        buf: list[str] = []
        size = 0
        for line in lines:
            _check(line)
            buf.append(line)
            size += len(line)
            if size >= _BLOCK:
                yield "".join(buf)
                buf, size = [], 0
        if buf:
            yield "".join(buf)

    def find(buf: str) -> Iterator[_Found]:
        for rec in _scan(buf):
            yield rec.span[0], rec.span[1], rec

    yield from _blocks(blocks(), find, len)


@attrs.define
class Counts:
    """What a scan read: for the command line's closing report."""

    bytes: int = 0
    lines: int = 0
    undecodable: int = 0
    progress: Callable[[int], object] | None = None  # called with each block's byte count


def scan_file(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    encoding: str | None = None,
    jobs: int = 1,
    counts: Counts | None = None,
) -> Iterator[ClientError]:
    """Every client error in a file (a path or a binary file object), in constant memory.

    Spans are byte offsets into the file, so a caller can seek to a message.  With
    ``encoding=None`` bytes are read as UTF-8, and around bytes that are not valid UTF-8 the
    text is also read with the legacy code pages, the reading that recognises most winning
    message by message; ``jobs`` > 1 scans a file given by path in that many processes and
    still yields records in file order.
    """
    if jobs > 1 and isinstance(source, (str, os.PathLike)):
        from ._parallel import scan_parallel

        yield from scan_parallel(os.fspath(source), encoding=encoding, jobs=jobs)
        if counts is not None:
            _count_file(os.fspath(source), counts)
        return
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as fh:
            yield from _scan_binary(fh, encoding, 0, None, counts)
    elif hasattr(source, "read"):
        yield from _scan_binary(source, encoding, 0, None, counts)
    else:
        raise TypeError(
            f"scan_file expects a path or a binary file object, not {type(source).__name__}"
        )


def _count_file(path: str, counts: Counts) -> None:
    with open(path, "rb") as fh:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
        while data := fh.read(_BLOCK):
            _count(data, decoder.decode(data), counts)


def _count(data: bytes, text: str, counts: Counts) -> None:
    counts.bytes += len(data)
    if counts.progress is not None:
        counts.progress(len(data))
    counts.lines += data.count(b"\n")
    if not text.isascii():
        counts.undecodable += len(_SURROGATE.findall(text))


def _scan_binary(
    fh: BinaryIO,
    encoding: str | None,
    offset: int,
    limit: int | None,
    counts: Counts | None = None,
) -> Iterator[ClientError]:
    """Scan ``fh`` from its current position, which is ``offset`` bytes into the file;
    with ``limit``, only records that start in the first ``limit`` bytes are yielded."""
    codec = encoding or "utf-8"
    decoder = codecs.getincrementaldecoder(codec)(errors="surrogateescape")

    def blocks() -> Iterator[str]:
        while True:
            data = fh.read(_BLOCK)
            if not data:
                break
            text = decoder.decode(data)
            if counts is not None:
                _count(data, text, counts)
            yield text
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail

    def size(text: str) -> int:
        return len(text.encode(codec, errors="surrogateescape"))

    def find(buf: str) -> Iterator[_Found]:
        return _find(buf, codec)

    for rec in _blocks(blocks(), find, size, offset):
        if limit is not None and rec.span[0] >= offset + limit:
            return
        yield rec


def _blocks(
    blocks: Iterable[str],
    find: Callable[[str], Iterable[_Found]],
    size: Callable[[str], int],
    start: int = 0,
) -> Iterator[ClientError]:
    """Scan consecutive blocks of one text and yield each record once, in order, with
    absolute spans in the units of ``size`` (characters, or bytes of the file from
    ``start``); ``find`` gives a buffer's records with spans in those units."""
    carry = ""
    base = start  # absolute offset of the buffer
    emitted_end = start
    it = iter(blocks)
    nxt = next(it, None)
    while nxt is not None:
        buf = carry + nxt
        nxt = next(it, None)
        final = nxt is None
        keep_from = max(0, len(buf) - 2 * _CARRY)
        kept = size(buf[:keep_from])
        safe = kept + size(buf[keep_from : max(keep_from, len(buf) - _CARRY)])
        for s, e, rec in find(buf):
            if s + base < emitted_end:
                continue
            if not final and e > safe:
                break
            emitted_end = e + base
            yield attrs.evolve(rec, span=(s + base, e + base))
        if final:
            break
        base += kept
        carry = buf[keep_from:]


class _Offsets:
    """Byte offsets of character positions in one text.  Positions are asked for mostly in
    increasing order, so each stretch of the text is encoded about once, not once per
    record."""

    __slots__ = ("_byte", "_char", "_codec", "_text")

    def __init__(self, text: str, codec: str) -> None:
        self._text, self._codec, self._char, self._byte = text, codec, 0, 0
        if text.isascii() and codecs.lookup(codec).name == "utf-8":
            self._codec = ""  # a character is a byte

    def __call__(self, i: int) -> int:
        if not self._codec:
            return i
        if i >= self._char:
            self._byte += len(self._text[self._char : i].encode(self._codec, "surrogateescape"))
        else:
            self._byte -= len(self._text[i : self._char].encode(self._codec, "surrogateescape"))
        self._char = i
        return self._byte


def _broken(text: str) -> bool:
    return not text.isascii() and _SURROGATE.search(text) is not None


def _undecodable(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
    except UnicodeDecodeError:
        return True
    return False


def _find(buf: str, codec: str) -> Iterator[_Found]:
    """The records of one buffer with byte spans local to it, in order and disjoint.

    Clean text: the UTF-8 reading, each record repaired if it is mojibake.  Text with
    undecodable bytes: the records of every reading of the stretches around those bytes
    compete with the UTF-8 ones, and the better of two overlapping records is kept."""
    at = _Offsets(buf, codec)
    if not _broken(buf):
        for rec in _scan(buf):
            fixed, b0, b1 = _repair(rec, buf, at, codec)
            yield b0, b1, fixed
        return
    # (key, start, end, record); the key orders the candidates, best first.
    cands: list[tuple[tuple[int, int, int, int], int, int, ClientError]] = []
    for rec in _scan(buf):
        s, e = rec.span
        if _broken(buf[max(0, s - 1500) : e + 2000]):  # read again below, in the legacy pages
            cands.append(((_score(rec), -_bad(buf, s, e), 0, 0), at(s), at(e), rec))
        else:
            fixed, b0, b1 = _repair(rec, buf, at, codec)
            cands.append(((_score(fixed), 0, 0, 0), b0, b1, fixed))
    for lo, hi in _stretches(buf):
        base = at(lo)
        raw = buf[lo:hi].encode(codec, errors="surrogateescape")
        seen: set[int] = set()  # hashes, not texts: one decoded stretch in memory at a time
        for rank, legacy in _pages(buf, lo, hi, codec):
            text = raw.decode(legacy, errors="surrogateescape")
            if hash(text) in seen:
                continue  # a page that agrees with an earlier one on every byte here
            seen.add(hash(text))
            to = _Offsets(text, legacy)
            for other in _scan(text):
                s, e = other.span
                b0, b1 = to(s), to(e)
                if not _undecodable(raw[b0:b1], codec):
                    continue  # the UTF-8 reading reads these bytes as they are
                key = (_score(other), -_bad(text, s, e), 1, -rank)
                cands.append((key, base + b0, base + b1, _clean(other)))
    yield from _select(cands)


def _stretches(text: str) -> Iterator[tuple[int, int]]:
    """Disjoint stretches of ``text`` that reach ``_AROUND`` characters beyond its
    undecodable bytes; a few steps per stretch even when every byte is undecodable."""
    m = _SURROGATE.search(text)
    while m is not None:
        lo = last = m.start()
        while (n := _LAST_SURROGATE.search(text, last + 1, last + 1 + 2 * _AROUND)) is not None:
            last = n.start()
        hi = min(len(text), last + 1 + _AROUND)
        yield max(0, lo - _AROUND), hi
        m = _SURROGATE.search(text, hi)


def _pages(text: str, lo: int, hi: int, codec: str) -> list[tuple[int, str]]:
    """The legacy pages worth reading ``text[lo:hi]`` in, with their rank in ``LEGACY``.

    Parsing a stretch costs the same in every page, so pages that cannot be the one it was
    written in are left out, judged on a sample of the bytes UTF-8 could not decode with a
    character of context on each side: pages that fail to decode (or read as C1 control
    characters) more than half of them, and pages that read most of them as letters of
    another alphabet glued to ASCII letters ("d'йchec": the text is Latin)."""
    pieces: list[bytes] = []
    undecodable = 0
    for m in _RUN.finditer(text, lo, hi):
        if len(pieces) == 256:
            break
        undecodable += m.end() - m.start()
        pieces.append(text[max(lo, m.start() - 1) : m.end() + 1].encode(codec, "surrogateescape"))
    sample = b"\n".join(pieces)
    out = []
    for rank, legacy in enumerate(LEGACY):
        decoded = sample.decode(legacy, errors="surrogateescape")
        if 2 * len(_FAILED.findall(decoded)) > undecodable:
            continue
        if 2 * len(_ALIEN.findall(decoded)) > len(_LETTER.findall(decoded)):
            continue  # most letters it reads sit inside Latin words but are not Latin
        out.append((rank, legacy))
    return out


def _select(
    cands: list[tuple[tuple[int, int, int, int], int, int, ClientError]],
) -> list[_Found]:
    """The best candidates that do not overlap a better one, in order of their start."""
    cands.sort(key=lambda c: c[0], reverse=True)
    starts: list[int] = []
    chosen: list[_Found] = []
    for _key, b0, b1, rec in cands:
        i = bisect.bisect_right(starts, b0)
        if (i and chosen[i - 1][1] > b0) or (i < len(chosen) and chosen[i][0] < b1):
            continue
        starts.insert(i, b0)
        chosen.insert(i, (b0, b1, rec))
    return chosen


def _repair(
    rec: ClientError, text: str, at: _Offsets, codec: str
) -> tuple[ClientError, int, int]:
    """Re-read a message whose text is not clean: undecodable bytes (a legacy code page) or
    UTF-8 read as cp1252.  The reading that recognises more of the message wins; the other
    messages around it are left as they are.  Returns the record and its byte span."""
    start, end = rec.span
    own = (at(start), at(end))
    lo, hi = max(0, start - 1500), min(len(text), end + 2000)
    region = text[lo:hi]
    if region.isascii():
        return rec, own[0], own[1]
    broken = _SURROGATE.search(region) is not None
    if not broken and not any(m in region for m in _MOJIBAKE):
        return rec, own[0], own[1]
    base = at(lo)
    raw = region.encode(codec, errors="surrogateescape")
    # Each reading with the byte offsets of its characters: in the region's own bytes (a
    # legacy page), or in the region's characters (mojibake: one cp1252 byte per character).
    readings: list[tuple[str, _Offsets, bool]] = []
    if broken:
        for legacy in LEGACY:
            decoded = raw.decode(legacy, errors="surrogateescape")
            # The region may cut a double-byte character at either end: allow two misses.
            if len(_SURROGATE.findall(decoded)) <= 2:
                readings.append((decoded, _Offsets(decoded, legacy), True))
    else:
        try:
            decoded = region.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        else:
            readings.append((decoded, _Offsets(decoded, "utf-8"), False))
    best, best_score, span = rec, _score(rec), own
    for cand, to, legacy_read in readings:
        for other in _scan(cand):
            s, e = other.span
            if legacy_read:
                b0, b1 = base + to(s), base + to(e)
            else:
                b0, b1 = at(lo + to(s)), at(lo + to(e))
            if b1 <= own[0] or b0 >= own[1]:
                continue  # another message of the region
            score = _score(other)
            # On a tie the legacy reading wins only where it reads bytes UTF-8 could not.
            if score > best_score or (
                legacy_read and best is rec and score == best_score
                and _undecodable(raw[b0 - base : b1 - base], codec)
            ):
                best, best_score, span = _clean(other), score, (b0, b1)
    return best, span[0], span[1]


def _bad(text: str, start: int, end: int) -> int:
    """Undecodable bytes (kept as surrogate escapes) in ``text[start:end]``."""
    piece = text[start:end]
    return 0 if piece.isascii() else len(_SURROGATE.findall(piece))


def _clean(rec: ClientError) -> ClientError:
    """A legacy reading's bytes that even its code page cannot decode, shown as U+FFFD."""
    changes: dict[str, Any] = {
        a.name: _SURROGATE.sub("\ufffd", v)
        for a in attrs.fields(type(rec))
        if isinstance(v := getattr(rec, a.name), str) and _broken(v)
    }
    return attrs.evolve(rec, **changes) if changes else rec


def _score(rec: ClientError) -> int:
    filled = sum(v is not None for v in attrs.astuple(rec, recurse=False))
    return filled + (5 if rec.language else 0)
