"""Scale-out on Dask: scan a glob of files, or big files cut into byte ranges, with
``dask.bag`` (``pip install "smtperr[dask]"``).

>>> import smtperr.dask
>>> bag = smtperr.dask.scan_bag("logs/**/*.log", blocksize=64 << 20)   # doctest: +SKIP
>>> bag.filter(lambda r: r.reason == "relay_denied").count().compute()  # doctest: +SKIP
>>> df = smtperr.dask.scan_dataframe("logs/*.log")                      # doctest: +SKIP

Each partition is one byte range of one file, read by ``smtperr.scan_file(path, start=,
end=)``, which gives exactly the records whose message starts in the range: the partitions
join without loss or duplicates, and in partition order they are the records of a plain
``scan_file`` of each file, files in sorted order.  The paths must be readable by the
workers (a local or shared file system).  The same function scales out on any engine that maps
over a list; with PySpark::

    ranges = smtperr.dask.ranges("logs/*.log")
    sc.parallelize(ranges, len(ranges)).mapPartitions(smtperr.dask.scan_ranges)

Dask is imported on first use, not by ``import smtperr``.
"""

from __future__ import annotations

import glob
import importlib
import os
from collections.abc import Iterable, Sequence
from typing import Any

from ._frames import arrow_schema, arrow_to_pandas, to_arrow
from ._records import ClientError
from ._stream import scan_file

__all__ = ["BLOCKSIZE", "ranges", "scan_bag", "scan_dataframe", "scan_range", "scan_ranges"]

BLOCKSIZE = 64 << 20  # bytes of file per partition by default

# (path, start, end, encoding): one partition's work.
Range = tuple[str, int, int, "str | None"]

Paths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


def ranges(
    paths: Paths, *, blocksize: int | None = BLOCKSIZE, encoding: str | None = None
) -> list[Range]:
    """The byte ranges of the files ``paths`` names (a path, a glob with ``**``, or a list of
    either), each file cut every ``blocksize`` bytes (``None``: one range per file)."""
    if blocksize is not None and blocksize < 1:
        raise ValueError(f"blocksize must be 1 or more, not {blocksize}")
    out: list[Range] = []
    for path in _expand(paths):
        size = os.path.getsize(path)
        step = (size or 1) if blocksize is None else blocksize
        out += [(path, a, min(a + step, size), encoding) for a in range(0, max(size, 1), step)]
    return out


def _expand(paths: Paths) -> list[str]:
    names = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    out: list[str] = []
    for name in (os.fspath(n) for n in names):
        if any(c in name for c in "*?["):
            found = sorted(p for p in glob.glob(name, recursive=True) if os.path.isfile(p))
            if not found:
                raise FileNotFoundError(f"no file matches {name!r}")
            out += found
        elif os.path.isfile(name):
            out.append(name)
        else:
            raise FileNotFoundError(f"no such file: {name!r}")
    return out


def scan_range(part: Range) -> list[ClientError]:
    """The records of one range: those whose message starts in ``[start, end)``."""
    path, start, end, encoding = part
    return list(scan_file(path, start=start, end=end, encoding=encoding))


def scan_ranges(parts: Iterable[Range]) -> list[ClientError]:
    """The records of several ranges, in order (a ``mapPartitions`` function)."""
    return [rec for part in parts for rec in scan_range(part)]


def _bag_module() -> Any:
    try:
        return importlib.import_module("dask.bag")
    except ImportError:
        raise ImportError('smtperr.dask needs dask: pip install "smtperr[dask]"') from None


def scan_bag(
    paths: Paths, *, blocksize: int | None = BLOCKSIZE, encoding: str | None = None
) -> Any:
    """A ``dask.bag.Bag`` of the ``ClientError`` records of ``paths``, one partition per
    byte range, in file order."""
    parts = ranges(paths, blocksize=blocksize, encoding=encoding)
    db = _bag_module()
    if not parts:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(parts, npartitions=len(parts)).map_partitions(scan_ranges)


def _frame(part: Range) -> Any:
    return arrow_to_pandas(to_arrow(scan_range(part), file=part[0]))


def scan_dataframe(
    paths: Paths, *, blocksize: int | None = BLOCKSIZE, encoding: str | None = None
) -> Any:
    """A Dask DataFrame of the records of ``paths``: a ``file`` column, then the flat columns
    of ``smtperr.to_pandas`` with their fixed dtypes; one partition per byte range."""
    _bag_module()
    dd = importlib.import_module("dask.dataframe")
    meta = arrow_to_pandas(arrow_schema(file=True).empty_table())
    parts = ranges(paths, blocksize=blocksize, encoding=encoding)
    if not parts:
        return dd.from_pandas(meta, npartitions=1)
    return dd.from_map(_frame, parts, meta=meta, enforce_metadata=False)
