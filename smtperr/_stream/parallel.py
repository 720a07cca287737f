"""Scanning one large file in several processes, results in file order.

The file is cut into ranges at line ends; each worker reads its range plus a margin of
context on both sides and keeps only the records that start inside its own range, so every
message is found once and whole.  Each worker also counts its own range, so the counts are of
the bytes scanned, read once (a second read would hang on a FIFO and miscount a growing file).

The first range is small and each next one twice as large, up to ``_RANGE``: the first
records come out soon (``| head``), the later ranges are large enough that the workers spend
their time scanning.  Results are handed on range by range, in file order, with at most
``2 * jobs`` ranges under way, so memory stays bounded when the reader is slow; a reader that
stops (``| head``, Ctrl-C) ends the workers at once, without waiting for their ranges.
"""

from __future__ import annotations

import collections
import contextlib
import io
import itertools
import os
import stat
import threading
import time
from collections.abc import Callable, Generator, Iterator
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from .._records import ClientError
from .blocks import Counts, scan_binary, undecodable
from .decoding import HEAD, WIDE, sniff, unit

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["SMALL", "scan_many", "scan_parallel", "scan_range"]

_RANGE = 1 << 25  # 32 MiB of file per task, at most
_FIRST = 1 << 18  # the first range (256 KiB), scanned by the parent: its records come out soon
_MARGIN = 1 << 16  # context read before and after a range
_POLL = 1.0  # seconds between a worker's checks that its parent is alive
_TICK = 0.1  # seconds between calls of the ``waiting`` hook while a worker's result is awaited
# Names that open the opener's own descriptors: the same name is another file in a worker.
_OWN_DESCRIPTORS = ("/dev/fd/", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/proc/")
SMALL = 2 * _RANGE  # a file below this is one task of ``scan_many`` (not split into ranges)

# A worker's answer: its records, and the bytes, lines and undecodable bytes of its range.
_Result = tuple[list[ClientError], tuple[int, int, int]]
_T = TypeVar("_T")
_R = TypeVar("_R")


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


def _task(args: tuple[str, tuple[int, int], str, int, int]) -> _Result:
    path, ident, codec, start, end = args
    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        if (st.st_dev, st.st_ino) != ident:
            raise OSError("replaced by another file while it was read")
        out = list(scan_range(fh, codec, start, end))
        fh.seek(start)
        own = fh.read(end - start)  # ranges start after a line end (or 64 KiB into a line)
    text = own.decode(codec, "replace" if codec in WIDE else "surrogateescape")
    return out, (len(own), own.count(b"\n"), undecodable(text))


def _ranges(path: str, size: int, codec: str, skip: int) -> list[tuple[int, int]]:
    """Cuts at line ends: ``_FIRST`` bytes, then each range twice the one before, up to
    ``_RANGE``."""
    cuts = [0]
    width = unit(codec)
    step = min(_FIRST, _RANGE)
    with open(path, "rb") as fh:
        pos = step
        while pos < size:
            fh.seek(pos)
            line = fh.readline(_MARGIN)  # bounded: a file of one long line is cut within it
            pos += len(line)
            pos += -(pos - skip) % width  # on a code unit of UTF-16/32
            if pos >= size:
                break
            cuts.append(pos)
            step = min(2 * step, _RANGE)
            pos += step
    cuts.append(size)
    return list(itertools.pairwise(cuts))


def scan_parallel(
    path: str, *, encoding: str | None, jobs: int, counts: Counts | None = None
) -> Iterator[ClientError]:
    """``scan_file(path, jobs=N)``: the same records, computed by N processes.  A file that
    cannot be cut into ranges (a pipe, a FIFO, a small file) is read once, in order."""
    ranges: list[tuple[int, int]] = []
    found = _shareable(path)
    if found is not None:
        real, st = found
        with open(real, "rb") as fh:
            codec, skip = sniff(fh.read(HEAD), encoding)
        ranges = _ranges(real, st.st_size, codec, skip)
    if len(ranges) <= 1:
        with open(path, "rb") as fh:
            yield from scan_binary(fh, encoding, 0, counts)
        return
    ident = (st.st_dev, st.st_ino)
    tasks = [(real, ident, codec, a, b) for a, b in ranges]
    waiting = None if counts is None else counts.waiting
    for records, tally in _in_order(_task, tasks, jobs, here=1, waiting=waiting):
        if counts is not None:
            counts.tally(*tally)
        yield from records


def _shareable(path: str) -> tuple[str, os.stat_result] | None:
    """A name under which the workers open the same regular file as ``path``, and its stat;
    ``None`` for a pipe, a FIFO, a device, or a name of the opener's own descriptors that does
    not resolve to the file (``/dev/stdin``, ``/dev/fd/N``): such a file is read in one process."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        return None
    real = os.path.realpath(path)  # Linux: /dev/stdin < FILE resolves to FILE
    try:
        same = os.path.samestat(os.stat(real), st)
    except OSError:
        return None
    return (real, st) if same and not real.startswith(_OWN_DESCRIPTORS) else None


def _pool(jobs: int) -> ProcessPoolExecutor:
    # (imported here: concurrent.futures and multiprocessing cost a run that reads one
    # file in this process ~20 ms)
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, initializer=_watch, initargs=(os.getpid(),))


def _in_order(
    fn: Callable[[_T], _R],
    tasks: list[_T],
    jobs: int,
    here: int = 0,
    waiting: Callable[[], object] | None = None,
) -> Generator[_R, None, None]:
    """``fn`` of each task, in the order of ``tasks``, each as soon as it and those before it
    are done, computed by ``jobs`` processes but for the first ``here``: those are computed in
    this process before the workers start, so their results need not wait for a worker to
    start, and workers forked after them start with the patterns they compiled (the scanner
    compiles on first use).  At most ``2 * jobs`` results wait for a slow reader; a reader
    that stops early ends the workers at once (``_stop``).  ``waiting`` is called every
    ``_TICK`` seconds while a result is awaited: what it raises ends the workers too."""
    from concurrent.futures import wait

    first = [fn(task) for task in tasks[:here]]
    pool = _pool(jobs)
    pending: collections.deque[Future[_R]] = collections.deque()
    todo = iter(tasks[here:])
    done = False
    try:
        while True:
            while len(pending) < 2 * jobs and (task := next(todo, None)) is not None:
                pending.append(pool.submit(fn, task))
            if first:
                yield first.pop(0)
            elif pending:
                future = pending.popleft()
                while waiting is not None and not wait([future], timeout=_TICK).done:
                    waiting()
                yield future.result()
            else:
                done = True
                return
    finally:
        if done:
            pool.shutdown(wait=True)  # the workers are idle: they end at once
        else:
            _stop(pool)


_JOIN = 1.0  # seconds the pool's thread is waited for once its workers are terminated


def _stop(pool: ProcessPoolExecutor) -> None:
    """End a pool now: tasks not started are cancelled and the workers still scanning are
    terminated, not waited for (``shutdown`` lets a running task finish, and the interpreter
    waits for it at exit: seconds after ``| head`` has gone)."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    workers = list((pool._processes or {}).values())  # the pool forgets them on shutdown
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        with contextlib.suppress(OSError, ValueError):  # already ended, or closed
            worker.terminate()
    if manager is not None:
        # Its workers gone, the pool's thread ends at once, closing its wake-up pipe: let it,
        # before the exit hook writes to that pipe (a race on 3.11 printed "Exception ignored
        # in threading._shutdown ... Bad file descriptor" after a run that had gone well).
        manager.join(_JOIN)


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
    paths: list[str],
    *,
    encoding: str | None,
    jobs: int,
    waiting: Callable[[], object] | None = None,
) -> Generator[tuple[str, _Result | OSError], None, None]:
    """Many small files over ``jobs`` processes, one task per file, results in the order of
    ``paths``: each file's records and counts, or the error that kept it from being read.  At
    most ``2 * jobs`` results wait for a slow reader; a reader that stops ends the work, as
    does what ``waiting`` (called while a result is awaited) raises."""
    results = _in_order(_whole, [(path, encoding) for path in paths], jobs, waiting=waiting)
    try:
        yield from zip(paths, results)
    finally:
        results.close()
