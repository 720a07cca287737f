"""Scanning one large file in several processes, results in file order.

The file is cut into ranges at line ends; each worker reads its range plus a margin of
context on both sides and keeps only the records that start inside its own range, so every
message is found once and whole.  Each worker also counts its own range, so the counts are of
the bytes scanned, read once (a second read would hang on a FIFO and miscount a growing file).
"""

from __future__ import annotations

import io
import itertools
import os
import stat
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import BinaryIO

from .._records import ClientError
from .blocks import Counts, scan_binary, undecodable

__all__ = ["scan_parallel", "scan_range"]

_RANGE = 1 << 25  # 32 MiB of file per task
_MARGIN = 1 << 16  # context read before and after a range
_POLL = 1.0  # seconds between a worker's checks that its parent is alive

# A worker's answer: its records, and the bytes, lines and undecodable bytes of its range.
_Result = tuple[list[ClientError], tuple[int, int, int]]


def scan_range(
    fh: BinaryIO, encoding: str | None, start: int, end: int | None
) -> Iterator[ClientError]:
    """The records of a seekable file whose message starts in ``[start, end)`` (``None``: to
    the end), spans in bytes of the file: read from ``_MARGIN`` before ``start`` to ``_MARGIN``
    after ``end``, each is found whole, and ranges that meet give each record once."""
    read_from = max(0, start - _MARGIN)
    fh.seek(read_from)
    source = fh if end is None else io.BytesIO(fh.read(end + _MARGIN - read_from))
    for rec in scan_binary(source, encoding, read_from):
        if end is not None and rec.span[0] >= end:
            break
        if rec.span[0] >= start:
            yield rec


def _task(args: tuple[str, str | None, int, int]) -> _Result:
    path, encoding, start, end = args
    with open(path, "rb") as fh:
        out = list(scan_range(fh, encoding, start, end))
        fh.seek(start)
        own = fh.read(end - start)  # ranges start after a line end: no character is cut
    text = own.decode(encoding or "utf-8", "surrogateescape")
    return out, (len(own), own.count(b"\n"), undecodable(text))


def _ranges(path: str, size: int) -> list[tuple[int, int]]:
    cuts = [0]
    with open(path, "rb") as fh:
        pos = _RANGE
        while pos < size:
            fh.seek(pos)
            line = fh.readline()
            pos += len(line)
            if pos >= size:
                break
            cuts.append(pos)
            pos += _RANGE
    cuts.append(size)
    return list(itertools.pairwise(cuts))


def scan_parallel(
    path: str, *, encoding: str | None, jobs: int, counts: Counts | None = None
) -> Iterator[ClientError]:
    """``scan_file(path, jobs=N)``: the same records, computed by N processes.  A file that
    cannot be cut into ranges (a pipe, a FIFO, a small file) is read once, in order."""
    ranges = _ranges(path, os.path.getsize(path)) if stat.S_ISREG(os.stat(path).st_mode) else []
    if len(ranges) <= 1:
        with open(path, "rb") as fh:
            yield from scan_binary(fh, encoding, 0, counts)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_watch, initargs=(os.getpid(),))
    try:
        for records, tally in pool.map(_task, [(path, encoding, a, b) for a, b in ranges]):
            if counts is not None:
                counts.tally(*tally)
            yield from records
    finally:  # a reader that stops early (head -1, Ctrl-C) does not wait for the other ranges
        pool.shutdown(wait=False, cancel_futures=True)


def _watch(parent: int) -> None:
    """In a worker: end when the parent process is gone, rather than live on as an orphan."""
    def run() -> None:
        while os.getppid() == parent:
            time.sleep(_POLL)
        os._exit(1)

    threading.Thread(target=run, daemon=True).start()
