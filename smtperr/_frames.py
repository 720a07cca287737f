"""Records as tables: flat rows (CSV, the command line's table), a fixed Arrow schema, pandas
frames, and the published JSON Schema of the JSON Lines output.

The flat form is ``ClientError.to_dict`` with ``span`` as two integer columns, ``span_start``
and ``span_end``, in its place.  Every column has one type whatever the rows hold (an empty
column is still ``string`` or ``int32``, never Arrow's ``null``).  ``pyarrow`` and ``pandas``
are imported on first use only (``pip install "smtperr[arrow]"``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from ._records import DICT_KEYS, FLAT_KEYS, PANDAS_DTYPES, ClientError

__all__ = [
    "FLAT_KEYS",
    "PANDAS_DTYPES",
    "arrow_schema",
    "arrow_to_pandas",
    "csv_value",
    "flat",
    "json_schema",
    "record_batch",
    "to_arrow",
    "to_pandas",
]

def flat(rec: ClientError) -> dict[str, Any]:
    """One record as a flat row: ``FLAT_KEYS`` in order, ``reason`` as its string."""
    out: dict[str, Any] = {}
    for key in DICT_KEYS:
        value = getattr(rec, key)
        if key == "span":
            out["span_start"], out["span_end"] = value
        else:
            out[key] = value.value if key == "reason" and value is not None else value
    return out


def csv_value(value: Any) -> str:
    """A cell as CSV writes it: empty for None, ``true``/``false``, numbers in decimal."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return " ".join(map(str, value))
    return str(value)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a line of ``smtperr parse --format jsonl`` and of
    ``ClientError.to_dict()``; shipped as ``smtperr/schema/record.schema.json``."""
    import json
    from importlib.resources import files

    text = (files("smtperr") / "schema" / "record.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _pa() -> Any:
    try:
        return importlib.import_module("pyarrow")
    except ImportError:
        raise ImportError(
            'smtperr needs pyarrow for this: pip install "smtperr[arrow]"'
        ) from None


def arrow_schema(*, file: bool = False) -> Any:
    """The fixed ``pyarrow.Schema`` of ``to_arrow`` (with a leading ``file`` column when
    ``file`` is true): strings, ``int32`` codes and port, ``int64`` span, ``bool`` ssl."""
    pa = _pa()
    fields = [pa.field("file", pa.string(), nullable=False)] if file else []
    for key in FLAT_KEYS:
        if PANDAS_DTYPES[key] == "Int32":
            kind = pa.int32()
        elif PANDAS_DTYPES[key] == "Int64":
            kind = pa.int64()
        elif key == "ssl":
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(key, kind, nullable=key not in ("span_start", "span_end")))
    return pa.schema(fields)


def record_batch(rows: list[dict[str, Any]], *, file: bool = False) -> Any:
    """Flat rows (with ``file`` first when ``file`` is true) as a ``pyarrow.RecordBatch``."""
    return _pa().RecordBatch.from_pylist(rows, schema=arrow_schema(file=file))


def to_arrow(records: Iterable[ClientError], *, file: str | None = None) -> Any:
    """Records as a ``pyarrow.Table`` of the fixed schema ``arrow_schema()``; with ``file``,
    a leading ``file`` column holding it."""
    pa = _pa()
    rows = list(_rows(records, file))
    return pa.Table.from_batches(
        [record_batch(rows, file=file is not None)], schema=arrow_schema(file=file is not None)
    )


def to_pandas(records: Iterable[ClientError], *, file: str | None = None) -> Any:
    """Records as a ``pandas.DataFrame`` with the dtypes of ``PANDAS_DTYPES`` (nullable
    integers and booleans, ``string`` columns), through ``to_arrow``."""
    return arrow_to_pandas(to_arrow(records, file=file))


def arrow_to_pandas(table: Any) -> Any:
    """A table of ``arrow_schema`` as pandas, with ``PANDAS_DTYPES``."""
    pa = _pa()
    pd = importlib.import_module("pandas")
    mapping = {
        pa.string(): pd.StringDtype(),
        pa.int32(): pd.Int32Dtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
    }
    return table.to_pandas(types_mapper=mapping.get)


def _rows(records: Iterable[ClientError], file: str | None) -> Iterator[dict[str, Any]]:
    for rec in records:
        if not isinstance(rec, ClientError):
            raise TypeError(f"expected ClientError records, not {type(rec).__name__}")
        yield flat(rec) if file is None else {"file": file, **flat(rec)}
