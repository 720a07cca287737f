"""Streaming: files and line iterables of any size, in constant memory.

Text is read in blocks; each block is scanned together with the tail of the one before
(``_CARRY`` characters), so a message that straddles a block boundary is found whole, once.
Bytes are decoded as UTF-8 with undecodable bytes kept as surrogate escapes (nothing is lost);
a message that holds such bytes is decoded again from its own bytes with the legacy code
pages these clients wrote, and a message that reads as UTF-8 mis-decoded as cp1252
(mojibake) is repaired, both only where that reads more of the message.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

import attrs
import regex

from ._parser import _check, _scan
from ._records import ClientError

__all__ = ["Counts", "scan_file", "scan_lines"]

_BLOCK = 1 << 21  # bytes (or characters) read at a time
_CARRY = 16384  # characters kept from the previous block: the longest message and its opening
LEGACY = ("cp1252", "cp1250", "cp1251", "iso-8859-2", "koi8-r", "cp1253", "cp1254", "cp1255",
          "cp1256", "cp1257", "cp874", "shift_jis", "gbk", "big5", "euc-kr")
_SURROGATE = regex.compile("[\udc80-\udcff]")
_MOJIBAKE = ("\u00c3", "\u00c2", "\u00c4", "\u00c5", "\u00c5\u201a", "\u00d0", "\u00d1",
             "\u00e2\u20ac", "\u00e3\u0081", "\u00e3\u0082", "\u00e3\u0083")


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

    for rec, _buf, _base, _bytes in _blocks(blocks()):
        yield rec


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
    ``encoding=None`` bytes are read as UTF-8 and each message that is not valid UTF-8 is
    decoded with the legacy code page that reads it best; ``jobs`` > 1 scans a file given
    by path in that many processes and still yields records in file order.
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

    for rec, buf, base, byte_base in _blocks(blocks(), codec=codec):
        s_local, e_local = rec.span[0] - base, rec.span[1] - base
        fixed, where = _repair(rec, buf, s_local, e_local, codec)
        if where is None:
            b0 = offset + byte_base + _nbytes(buf, 0, s_local, codec)
            b1 = b0 + _nbytes(buf, s_local, e_local, codec)
        else:  # the span of the re-read message, in bytes of the region it came from
            region_at = offset + byte_base + _nbytes(buf, 0, where[0], codec)
            b0, b1 = region_at + where[1], region_at + where[2]
        if limit is not None and b0 >= offset + limit:
            return
        yield attrs.evolve(fixed, span=(b0, b1))


def _nbytes(text: str, start: int, end: int, codec: str | None) -> int:
    if codec is None:
        return end - start
    return len(text[start:end].encode(codec, errors="surrogateescape"))


def _blocks(
    blocks: Iterable[str], *, codec: str | None = None
) -> Iterator[tuple[ClientError, str, int, int]]:
    """Scan consecutive blocks of one text and yield each record once, with absolute
    character spans, the buffer it was read from, the buffer's absolute character offset
    and (with ``codec``) its byte offset."""
    carry = ""
    base = 0  # absolute character offset of the buffer
    byte_base = 0
    emitted_end = 0
    it = iter(blocks)
    nxt = next(it, None)
    while nxt is not None:
        buf = carry + nxt
        nxt = next(it, None)
        final = nxt is None
        safe = len(buf) if final else max(0, len(buf) - _CARRY)
        for rec in _scan(buf):
            s, e = rec.span
            if s + base < emitted_end:
                continue
            if not final and e > safe:
                break
            emitted_end = e + base
            yield attrs.evolve(rec, span=(s + base, e + base)), buf, base, byte_base
        if final:
            break
        keep_from = max(0, len(buf) - 2 * _CARRY)
        byte_base += _nbytes(buf, 0, keep_from, codec)
        base += keep_from
        carry = buf[keep_from:]


def _repair(
    rec: ClientError, text: str, start: int, end: int, codec: str
) -> tuple[ClientError, tuple[int, int, int] | None]:
    """Re-read a message whose text is not clean: undecodable bytes (a legacy code page) or
    UTF-8 read as cp1252.  The reading that recognises more of the message wins; the other
    messages around it are left as they are."""
    lo, hi = max(0, start - 1500), min(len(text), end + 2000)
    region = text[lo:hi]
    broken = any("\udc80" <= ch <= "\udcff" for ch in region)
    if not broken and not any(m in region for m in _MOJIBAKE):
        return rec, None
    raw = region.encode(codec, errors="surrogateescape")
    own = (len(text[lo:start].encode(codec, errors="surrogateescape")),
           len(text[lo:end].encode(codec, errors="surrogateescape")))
    candidates: list[tuple[str, str]] = []
    if broken:
        for legacy in LEGACY:
            # The region may cut a double-byte character at either end: allow two misses.
            decoded = raw.decode(legacy, errors="replace")
            if decoded.count("\ufffd") <= 2:
                candidates.append((decoded, legacy))
    else:
        try:
            candidates.append((region.encode("cp1252").decode("utf-8"), "utf-8"))
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    best, best_score = rec, _score(rec)
    where: tuple[int, int, int] | None = None
    for cand, cand_codec in candidates:
        for other in _scan(cand):
            b0 = len(cand[: other.span[0]].encode(cand_codec, errors="replace"))
            b1 = len(cand[: other.span[1]].encode(cand_codec, errors="replace"))
            if b1 <= own[0] or b0 >= own[1]:
                continue  # another message of the region
            score = _score(other)
            if score > best_score or (broken and best is rec and score == best_score):
                best, best_score, where = other, score, (lo, b0, b1)
    return best, where


def _score(rec: ClientError) -> int:
    filled = sum(v is not None for v in attrs.astuple(rec, recurse=False))
    return filled + (5 if rec.language else 0)
