"""Scanning one large file in several processes, results in file order.

The file is cut into ranges at line ends; each worker reads its range plus a margin of
context on both sides and keeps only the records that start inside its own range, so every
message is found once and whole.  Each worker also counts its own range, so the counts are of
the bytes scanned, read once (a second read would hang on a FIFO and miscount a growing file).
"""

from __future__ import annotations

import collections
import io
import itertools
import os
import stat
import threading
import time
from collections.abc import Generator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import BinaryIO

from .._records import ClientError
from .blocks import Counts, scan_binary, undecodable
from .decoding import HEAD, WIDE, sniff, unit

__all__ = ["SMALL", "scan_many", "scan_parallel", "scan_range"]

_RANGE = 1 << 25  # 32 MiB of file per task
_MARGIN = 1 << 16  # context read before and after a range
_POLL = 1.0  # seconds between a worker's checks that its parent is alive
SMALL = 2 * _RANGE  # a file below this is one task of ``scan_many`` (not split into ranges)

# A worker's answer: its records, and the bytes, lines and undecodable bytes of its range.
_Result = tuple[list[ClientError], tuple[int, int, int]]


def scan_range(
    fh: BinaryIO, encoding: str | None, start: int, end: int | None
) -> Iterator[ClientError]:
    """The records of a seekable file whose message starts in ``[start, end)`` (``None``: to
    the end), spans in bytes of the file: read from ``_MARGIN`` before ``start`` to ``_MARGIN``
    after ``end``, each is found whole, and ranges that meet give each record once."""
    fh.seek(0)
    codec, skip = sniff(fh.read(HEAD), encoding)  # the file's start decides its codec
    read_from = max(0, start - _MARGIN)
    # From the start the front door reads the BOM again; else start on a code unit.
    read_from = 0 if read_from <= skip else read_from - (read_from - skip) % unit(codec)
    fh.seek(read_from)
    source = fh if end is None else io.BytesIO(fh.read(end + _MARGIN - read_from))
    for rec in scan_binary(source, codec, read_from):
        if end is not None and rec.span[0] >= end:
            break
        if rec.span[0] >= start:
            yield rec


def _task(args: tuple[str, str, int, int]) -> _Result:
    path, codec, start, end = args
    with open(path, "rb") as fh:
        out = list(scan_range(fh, codec, start, end))
        fh.seek(start)
        own = fh.read(end - start)  # ranges start after a line end (or 64 KiB into a line)
    text = own.decode(codec, "replace" if codec in WIDE else "surrogateescape")
    return out, (len(own), own.count(b"\n"), undecodable(text))


def _ranges(path: str, size: int, codec: str, skip: int) -> list[tuple[int, int]]:
    cuts = [0]
    width = unit(codec)
    with open(path, "rb") as fh:
        pos = _RANGE
        while pos < size:
            fh.seek(pos)
            line = fh.readline(_MARGIN)  # bounded: a file of one long line is cut within it
            pos += len(line)
            pos += -(pos - skip) % width  # on a code unit of UTF-16/32
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
    ranges: list[tuple[int, int]] = []
    if stat.S_ISREG(os.stat(path).st_mode):
        with open(path, "rb") as fh:
            codec, skip = sniff(fh.read(HEAD), encoding)
        ranges = _ranges(path, os.path.getsize(path), codec, skip)
    if len(ranges) <= 1:
        with open(path, "rb") as fh:
            yield from scan_binary(fh, encoding, 0, counts)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_watch, initargs=(os.getpid(),))
    try:
        for records, tally in pool.map(_task, [(path, codec, a, b) for a, b in ranges]):
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


def _whole(args: tuple[str, str | None]) -> _Result | OSError:
    path, encoding = args
    counts = Counts()
    try:
        with open(path, "rb") as fh:
            return list(scan_binary(fh, encoding, 0, counts)), (
                counts.bytes, counts.lines, counts.undecodable)
    except OSError as exc:
        return exc


def scan_many(
    paths: list[str], *, encoding: str | None, jobs: int
) -> Generator[tuple[str, _Result | OSError], None, None]:
    """Many small files over ``jobs`` processes, one task per file, results in the order of
    ``paths``: each file's records and counts, or the error that kept it from being read.  At
    most ``2 * jobs`` results wait for a slow reader; a reader that stops ends the work."""
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_watch, initargs=(os.getpid(),))
    pending: collections.deque[tuple[str, Future[_Result | OSError]]] = collections.deque()
    todo = iter(paths)
    try:
        while True:
            while len(pending) < 2 * jobs and (path := next(todo, None)) is not None:
                pending.append((path, pool.submit(_whole, (path, encoding))))
            if not pending:
                return
            path, future = pending.popleft()
            yield path, future.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
