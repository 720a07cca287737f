"""Blocks: text of any size scanned a block at a time, each record once.

Each block is scanned together with the tail of the one before (``_CARRY`` characters), so a
message that straddles a block boundary is found whole; a record is kept only once the text
after it is read (it ends ``_CARRY`` before the buffer does), only if it starts after the
last record kept, and only if it ends after the text the buffer before judged (a later
buffer, with less of a message before it, may read its second part as a message of its own).
Bytes are decoded as UTF-8 keeping undecodable bytes as surrogate escapes, then read through
``reading.read`` (legacy code pages, mojibake); the records' fields never hold those escapes
(U+FFFD stands for a byte no reading could decode).

This module is the stream package's one link to the text scanner.
"""

from __future__ import annotations

import builtins
import codecs
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

import attrs
import regex

from .._records import ClientError
from .._scan import _check, _scan  # the stream's one link to the text scanner
from .decoding import WIDE, sniff
from .reading import read

__all__ = ["Counts", "scan_binary", "scan_text", "undecodable"]

_BLOCK = 1 << 21  # bytes (or characters) read at a time
_FIRST = 1 << 18  # bytes read first: a file's first records wait for no more
_CARRY = 16384  # characters kept from the previous block: the longest message and its opening

_SURROGATES = regex.compile("[\udc80-\udcff]++")  # regex: skips ASCII faster than re

# (start, end, record): a record found in one buffer, spans local to the buffer.
_Found = tuple[int, int, ClientError]


@attrs.define
class Counts:
    """What a scan read: for the command line's closing report; and its hooks."""

    bytes: int = 0
    lines: int = 0
    undecodable: int = 0
    progress: Callable[[int], object] | None = None  # called with each block's byte count
    # Called, about ten times a second, while a parallel scan waits for its workers; what it
    # raises ends the scan (the command line's output has no reader left: ``| head``).
    waiting: Callable[[], object] | None = None

    def add(self, data: builtins.bytes, text: str) -> None:
        """Count a block's bytes, and the bytes its decoding (``text``) could not read."""
        self.tally(len(data), data.count(b"\n"), undecodable(text))

    def tally(self, nbytes: int, lines: int, bad: int) -> None:
        self.bytes += nbytes
        self.lines += lines
        self.undecodable += bad
        if self.progress is not None and nbytes:
            self.progress(nbytes)


def undecodable(text: str) -> int:
    """Undecodable bytes (surrogate escapes) in ``text``."""
    return 0 if text.isascii() else len(text) - len(_SURROGATES.sub("", text))


def scan_text(lines: Iterable[str]) -> Iterator[ClientError]:
    """Every client error in an iterable of lines; spans are character offsets into the lines
    joined as given."""
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


def scan_binary(
    fh: BinaryIO, encoding: str | None, offset: int = 0, counts: Counts | None = None
) -> Iterator[ClientError]:
    """Every client error in ``fh`` from its current position, which is ``offset`` bytes into
    the file; spans are byte offsets into the file.  ``counts`` counts what was read.

    At the start of a file (``offset`` 0) the front door (``decoding.sniff``) chooses the
    codec from a BOM or the NUL bytes of UTF-16/32, or takes ``encoding``, and skips its BOM;
    further on (a byte range) ``encoding`` must be the codec the file's start chose."""
    first = fh.read(min(_FIRST, _BLOCK))  # small: the first records come out soon
    codec, skip = sniff(first, encoding) if offset == 0 else (encoding or "utf-8", 0)
    # Undecodable bytes of an ASCII-based codec are kept (surrogate escapes) for the legacy
    # code pages; a bad UTF-16/32 code unit becomes U+FFFD, of the same size.
    errors = "replace" if codec in WIDE else "surrogateescape"
    decoder = codecs.getincrementaldecoder(codec)(errors=errors)
    if counts is not None and skip:
        counts.tally(skip, 0, 0)

    def blocks() -> Iterator[str]:
        data = first[skip:]
        while data:
            text = decoder.decode(data)
            if counts is not None:
                counts.add(data, text)
            yield text
            data = fh.read(_BLOCK)
        tail = decoder.decode(b"", final=True)  # bytes of an unfinished character at the end
        if counts is not None:
            counts.add(b"", tail)
        if tail:
            yield tail

    def size(text: str) -> int:
        return len(text.encode(codec, errors="surrogateescape"))

    def find(buf: str) -> Iterator[_Found]:
        reading = read(buf, codec)
        for rec in _scan(reading.text):
            s, e = rec.span
            yield reading.at(s), reading.at(e), _clean(rec) if reading.undecodable else rec

    yield from _blocks(blocks(), find, size, offset + skip)


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
    decided = start  # records that end before this were judged with more text before them
    it = iter(blocks)
    nxt = next(it, None)
    while nxt is not None:
        buf = carry + nxt
        nxt = next(it, None)
        final = nxt is None
        keep_from = max(0, len(buf) - 2 * _CARRY)
        kept = safe = 0
        if not final:  # the last buffer keeps every record: no need to measure it
            kept = size(buf[:keep_from])
            safe = kept + size(buf[keep_from : max(keep_from, len(buf) - _CARRY)])
        for s, e, rec in find(buf):
            if s + base < emitted_end or e + base <= decided:
                continue  # (one the buffer before left out: a part of a message it read)
            if not final and e > safe:
                break
            emitted_end = e + base
            yield attrs.evolve(rec, span=(s + base, e + base))
        if final:
            break
        decided = safe + base
        base += kept
        carry = buf[keep_from:]


def _clean(rec: ClientError) -> ClientError:
    """Bytes that no reading could decode, shown as U+FFFD: a record holds valid text."""
    changes: dict[str, Any] = {
        a.name: _SURROGATES.sub(lambda m: "\ufffd" * len(m.group()), v)
        for a in attrs.fields(type(rec))
        if isinstance(v := getattr(rec, a.name), str) and undecodable(v)
    }
    return attrs.evolve(rec, **changes) if changes else rec
