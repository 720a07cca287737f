"""The command line's record writers: JSON Lines, CSV, an aligned table and Parquet.

Each writer takes rows one at a time and holds at most a bounded number of them (a table
aligns ``_TABLE_BATCH`` rows at a time, Parquet writes row groups of ``_PARQUET_BATCH``), so
output streams whatever the input's size.  Text goes out as UTF-8 whatever the locale.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import unicodedata
from collections.abc import Callable
from typing import IO, Any, BinaryIO

from ._frames import arrow_schema, csv_value

__all__ = ["FORMATS", "Writer", "cell_width", "make_writer", "text_stream"]

FORMATS = ("jsonl", "csv", "table", "parquet")
_TABLE_BATCH = 200  # rows a table aligns at a time: its buffer's bound
_CELL = 40  # display columns a table cell shows at most
_PARQUET_BATCH = 10_000  # rows of one Parquet row group
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def text_stream(binary: BinaryIO, tty: bool) -> io.TextIOWrapper:
    """UTF-8 text over ``binary`` whatever the locale: a character no encoding can write (a
    lone surrogate) becomes U+FFFD, so the output is always valid UTF-8."""
    return io.TextIOWrapper(
        binary, encoding="utf-8", errors="replace", newline="\n", line_buffering=tty,
        write_through=False,
    )


class Writer:
    """Writes rows (dicts with the same keys, in order) in one format."""

    def __init__(self, emit: Callable[[str], None]) -> None:
        self.emit = emit  # writes text out (above a progress bar, when one shows)

    def write(self, row: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Write what is held back (a table's last rows, Parquet's last row group)."""


class _Jsonl(Writer):
    def write(self, row: dict[str, Any]) -> None:
        self.emit(json.dumps(row, ensure_ascii=False) + "\n")


class _Csv(Writer):
    def __init__(self, emit: Callable[[str], None], fields: list[str]) -> None:
        super().__init__(emit)
        self.buf = io.StringIO()
        self.csv = csv.writer(self.buf, lineterminator="\n")
        self.csv.writerow(fields)
        self._flush()

    def _flush(self) -> None:
        self.emit(self.buf.getvalue())
        self.buf.seek(0)
        self.buf.truncate()

    def write(self, row: dict[str, Any]) -> None:
        self.csv.writerow([csv_value(v) for v in row.values()])
        self._flush()


def _plain_width(text: str) -> int:
    """Display columns without wcwidth: wide and full-width characters take two, combining
    marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def cell_width() -> Callable[[str], int]:
    """The display width of a cell's text (no control characters): ``wcwidth`` when it is
    installed (``pip install "smtperr[cli]"``), else a reading of the Unicode tables."""
    try:
        wcswidth = importlib.import_module("wcwidth").wcswidth
    except ImportError:
        return _plain_width

    def width(text: str) -> int:
        n: int = wcswidth(text)
        return n if n >= 0 else _plain_width(text)

    return width


class _Table(Writer):
    """Columns aligned by display width (CJK takes two columns), cells cut at ``_CELL``
    columns with an ellipsis.  Rows are aligned ``_TABLE_BATCH`` at a time; a later batch
    widens a column if it must (never narrows it)."""

    def __init__(self, emit: Callable[[str], None], fields: list[str]) -> None:
        super().__init__(emit)
        self.fields = fields
        self.width = cell_width()
        self.widths = [self.width(f) for f in fields]
        self.rows: list[list[str]] = []
        self.header = False

    def _cell(self, value: Any) -> str:
        text = _CONTROL.sub(" ", csv_value(value))
        if self.width(text) <= _CELL:
            return text
        out, used = [], 0
        for c in text:
            w = self.width(c)
            if used + w > _CELL - 1:
                break
            out.append(c)
            used += w
        return "".join(out) + "…"

    def write(self, row: dict[str, Any]) -> None:
        self.rows.append([self._cell(v) for v in row.values()])
        if len(self.rows) >= _TABLE_BATCH:
            self.close()

    def _line(self, cells: list[str]) -> str:
        padded = [c + " " * (w - self.width(c)) for c, w in zip(cells, self.widths)]
        return "  ".join(padded).rstrip() + "\n"

    def close(self) -> None:
        for cells in self.rows:
            self.widths = [max(w, self.width(c)) for w, c in zip(self.widths, cells)]
        lines = [] if self.header else [self._line(self.fields)]
        self.header = True
        lines += [self._line(cells) for cells in self.rows]
        self.rows = []
        self.emit("".join(lines))


class _Parquet(Writer):
    def __init__(self, binary: IO[bytes], fields: list[str]) -> None:
        super().__init__(lambda _s: None)
        try:
            pq = importlib.import_module("pyarrow.parquet")
        except ImportError:
            raise ImportError(
                'smtperr needs pyarrow for Parquet output: pip install "smtperr[arrow]"'
            ) from None
        self.rows: list[dict[str, Any]] = []
        full = arrow_schema(file=True)
        self.schema = importlib.import_module("pyarrow").schema([full.field(f) for f in fields])
        self.writer = pq.ParquetWriter(binary, self.schema)

    def write(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= _PARQUET_BATCH:
            self._batch()

    def _batch(self) -> None:
        if self.rows:
            table = importlib.import_module("pyarrow").Table.from_pylist(
                self.rows, schema=self.schema
            )
            self.writer.write_table(table)
            self.rows = []

    def close(self) -> None:
        self._batch()
        self.writer.close()


def make_writer(
    fmt: str, fields: list[str], emit: Callable[[str], None], binary: IO[bytes] | None = None
) -> Writer:
    """The writer of ``fmt`` for rows with ``fields``; Parquet writes to ``binary``."""
    if fmt == "jsonl":
        return _Jsonl(emit)
    if fmt == "csv":
        return _Csv(emit, fields)
    if fmt == "table":
        return _Table(emit, fields)
    if fmt == "parquet":
        assert binary is not None
        return _Parquet(binary, fields)
    raise ValueError(f"unknown format {fmt!r}")
