"""smtperr: read email-client error messages into typed records.

>>> import smtperr
>>> err = smtperr.parse("Server: 'smtp.example.com', Protocol: SMTP, Port: 25, "
...                     "Error Number: 0x800CCC0E")
>>> err.server, err.port, err.error_name
('smtp.example.com', 25, 'IXP_E_FAILED_TO_CONNECT')

Importing the package compiles nothing: patterns are built on the first call.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from ._reason import Reason
from ._records import PANDAS_DTYPES, ClientError, ErrorInfo, Evidence, Explanation, Verdict

__all__ = [
    "PANDAS_DTYPES",
    "ClientError",
    "ErrorInfo",
    "Evidence",
    "Explanation",
    "Reason",
    "Verdict",
    "__version__",
    "classify",
    "explain",
    "json_schema",
    "languages",
    "lookup",
    "parse",
    "render",
    "repair",
    "scan",
    "scan_file",
    "scan_lines",
    "to_arrow",
    "to_pandas",
]

__version__ = "0.1.0"  # the one place: setuptools reads it (pyproject's dynamic version)


def parse(text: str) -> ClientError | None:
    """The first client error message found anywhere in ``text`` (a ticket, a mail, a log)."""
    from ._scan import parse as _parse

    return _parse(text)


def scan(text: str) -> Iterator[ClientError]:
    """Every client error message in ``text``, in order; each record's ``span`` locates it."""
    from ._scan import scan as _scan

    return _scan(text)


def scan_file(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    encoding: str | None = None,
    jobs: int = 1,
    start: int = 0,
    end: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> Iterator[ClientError]:
    """Every client error in a file or binary stream, in constant memory; spans are byte
    offsets.  A BOM or the NUL bytes of UTF-16/32 choose the codec (else UTF-8, or
    ``encoding``); undecodable messages are read with the legacy code page that fits best and
    mojibake is repaired.  ``start``/``end`` keep the records whose message starts in that
    byte range (ranges that meet give each record once); ``progress(nbytes)`` is called as
    blocks are read."""
    from ._stream import scan_file as _scan_file

    return _scan_file(
        source, encoding=encoding, jobs=jobs, start=start, end=end, progress=progress
    )


def repair(text: str) -> str:
    """``text`` with mojibake repaired the way ``scan_file`` repairs it (UTF-8 read as cp1252
    or Latin-1, "Ã©" -> "é"; more of it with ``smtperr[repair]``): the opt-in for ``str``
    input.  Spans of ``scan(repair(text))`` are offsets into the repaired text."""
    from ._stream.reading import read

    if not isinstance(text, str):
        raise TypeError(f"repair expects str, not {type(text).__name__}")
    return read(text, "utf-8").text


def scan_lines(lines: Iterable[str]) -> Iterator[ClientError]:
    """Every client error in an iterable of lines (messages may span lines)."""
    from ._stream import scan_lines as _scan_lines

    return _scan_lines(lines)


def classify(
    response: str, *, error_number: str | int | None = None, command: str | None = None
) -> Verdict:
    """What a server reply means: reason, codes, permanence, the evidence, the likely MTA."""
    from ._classify import classify as _classify

    return _classify(response, error_number=error_number, command=command)


def explain(subject: str | ClientError, language: str | None = None) -> Explanation:
    """What failed, why, the likely causes and what to do, in plain words and in the
    customer's language: for a record, the first message in a text, a bare server reply or a
    bare error number.  ``Explanation.text`` is ready to paste; ``ValueError`` when there is
    nothing to explain."""
    from ._explain import explain as _explain

    return _explain(subject, language)


def lookup(number: str | int) -> ErrorInfo | None:
    """The table entry of a client error number such as ``"0x800ccc79"``, or ``None``."""
    from ._errors import lookup as _lookup

    return _lookup(number)


def render(record: ClientError, *, language: str = "en", format: str = "outlook-express") -> str:
    """The text the client shows for ``record`` in ``language`` and ``format`` (the inverse
    of ``parse``; also reads a Polish error back in English).  ``ValueError`` when that
    language has no such format."""
    from ._render import render as _render

    return _render(record, language=language, format=format)


def languages() -> tuple[str, ...]:
    """The language tags whose tables smtperr ships, most common first."""
    from ._tables import all_locales

    return tuple(loc.tag for loc in all_locales())


def to_arrow(records: Iterable[ClientError], *, file: str | None = None) -> Any:
    """Records as a ``pyarrow.Table`` of one fixed schema whatever the rows hold (strings,
    ``int32`` port and codes, ``bool`` ssl, ``int64`` ``span_start``/``span_end``); with
    ``file``, a leading ``file`` column.  Needs ``pip install "smtperr[arrow]"``."""
    from ._frames import to_arrow as _to_arrow

    return _to_arrow(records, file=file)


def to_pandas(records: Iterable[ClientError], *, file: str | None = None) -> Any:
    """Records as a ``pandas.DataFrame`` with the dtypes of ``PANDAS_DTYPES`` (nullable
    integers and booleans, ``string`` columns).  Needs ``pip install "smtperr[arrow]"``."""
    from ._frames import to_pandas as _to_pandas

    return _to_pandas(records, file=file)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``smtperr parse`` JSON Lines and of ``ClientError.to_dict()``
    (shipped as ``smtperr/schema/record.schema.json``)."""
    from ._frames import json_schema as _json_schema

    return _json_schema()
