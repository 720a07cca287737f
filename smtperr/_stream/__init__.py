"""Streaming: files and line iterables of any size, in constant memory.

``blocks`` reads a text a block at a time and yields each record once, whatever the block
size; ``reading`` reads bytes that are not UTF-8 (legacy code pages, mojibake) once, in the
page ``codepages`` chooses without parsing; ``parallel`` spreads a large file over processes.
This module holds the entry points.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from .._records import ClientError
from .blocks import Counts, scan_binary, scan_text
from .codepages import LEGACY
from .decoding import decode_input, sniff
from .parallel import SMALL, scan_many, scan_parallel, scan_range

__all__ = [
    "LEGACY", "SMALL", "Counts", "decode_input", "scan_file", "scan_lines", "scan_many", "sniff",
]


def scan_lines(lines: Iterable[str]) -> Iterator[ClientError]:
    """Every client error in an iterable of text lines (with or without line ends, as a
    file yields them); spans are character offsets into the lines joined as given."""
    return scan_text(lines)


def scan_file(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    encoding: str | None = None,
    jobs: int = 1,
    counts: Counts | None = None,
    start: int = 0,
    end: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> Iterator[ClientError]:
    """Every client error in a file (a path or a binary file object), in constant memory.

    Spans are byte offsets into the file, so a caller can seek to a message.  With
    ``encoding=None`` a BOM (UTF-8, UTF-16, UTF-32) or the NUL bytes of UTF-16/32 choose the
    codec, else bytes are read as UTF-8; lines that are not are read in the legacy code page
    their letters fit best, and UTF-8 mis-read as cp1252 is repaired (by ``ftfy`` too, when it
    is installed).  A given ``encoding`` is used as it is (its BOM skipped).  ``jobs`` > 1
    scans a file given by path in that many processes and still yields records in file
    order.  ``counts`` counts the bytes, lines and undecodable bytes scanned.  ``start`` and
    ``end`` keep the records whose message starts in that byte range (a seekable source, one
    process, no counts): ranges that meet give each record of the file once.  ``progress``
    is called with the number of bytes of each block read (``tqdm``'s ``update`` fits).
    """
    if progress is not None:
        if counts is not None:
            raise ValueError("give counts (with its progress) or progress, not both")
        counts = Counts(progress=progress)
    if (start, end) != (0, None):
        if jobs > 1 or counts is not None:
            raise ValueError("a byte range is scanned in one process, without counts")
        if isinstance(source, (str, os.PathLike)):
            with open(source, "rb") as fh:
                yield from scan_range(fh, encoding, start, end)
        else:
            yield from scan_range(source, encoding, start, end)
        return
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if jobs > 1:
            yield from scan_parallel(path, encoding=encoding, jobs=jobs, counts=counts)
            return
        with open(path, "rb") as fh:
            yield from scan_binary(fh, encoding, 0, counts)
    elif hasattr(source, "read"):
        yield from scan_binary(source, encoding, 0, counts)
    else:
        raise TypeError(
            f"scan_file expects a path or a binary file object, not {type(source).__name__}"
        )
