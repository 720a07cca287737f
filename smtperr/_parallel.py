"""Scanning one large file in several processes, results in file order.

The file is cut into ranges at line ends; each worker reads its range plus a margin of
context on both sides and keeps only the records that start inside its own range, so every
message is found once and whole.
"""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from ._records import ClientError

__all__ = ["scan_parallel"]

_RANGE = 1 << 25  # 32 MiB of file per task
_MARGIN = 1 << 16  # context read before and after a range


def _task(args: tuple[str, str | None, int, int]) -> list[ClientError]:
    from ._stream import _scan_binary

    path, encoding, start, end = args
    read_from = max(0, start - _MARGIN)
    with open(path, "rb") as fh:
        fh.seek(read_from)
        data = fh.read(end + _MARGIN - read_from)
    out = []
    for rec in _scan_binary(io.BytesIO(data), encoding, read_from, None):
        if rec.span[0] >= end:
            break
        if rec.span[0] >= start:
            out.append(rec)
    return out


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


def scan_parallel(path: str, *, encoding: str | None, jobs: int) -> Iterator[ClientError]:
    """``scan_file(path, jobs=N)``: the same records, computed by N processes."""
    size = os.path.getsize(path)
    ranges = _ranges(path, size)
    if len(ranges) <= 1:
        from ._stream import _scan_binary

        with open(path, "rb") as fh:
            yield from _scan_binary(fh, encoding, 0, None)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for records in pool.map(_task, [(path, encoding, a, b) for a, b in ranges]):
            yield from records
