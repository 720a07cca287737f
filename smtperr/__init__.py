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
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ._reason import Reason
from ._records import ClientError, ErrorInfo, Evidence, Verdict

__all__ = [
    "ClientError",
    "ErrorInfo",
    "Evidence",
    "Reason",
    "Verdict",
    "__version__",
    "classify",
    "languages",
    "lookup",
    "parse",
    "render",
    "scan",
    "scan_file",
    "scan_lines",
]

__version__ = "0.1.0"


def parse(text: str) -> ClientError | None:
    """The first client error message found anywhere in ``text`` (a ticket, a mail, a log)."""
    from ._scan import parse as _parse

    return _parse(text)


def scan(text: str) -> Iterator[ClientError]:
    """Every client error message in ``text``, in order; each record's ``span`` locates it."""
    from ._scan import scan as _scan

    return _scan(text)


def scan_file(
    source: str | os.PathLike[str] | BinaryIO, *, encoding: str | None = None, jobs: int = 1
) -> Iterator[ClientError]:
    """Every client error in a file or binary stream, in constant memory; spans are byte
    offsets.  Undecodable messages are read with the legacy code page that fits best."""
    from ._stream import scan_file as _scan_file

    return _scan_file(source, encoding=encoding, jobs=jobs)


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
