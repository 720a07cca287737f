"""Look-ups in the error-number tables (``smtperr/_data/errors.py``)."""

from __future__ import annotations

import regex

from ._data.errors import ERRORS, SOCKET_ERRORS
from ._records import ErrorInfo

__all__ = ["lookup", "lookup_name", "lookup_socket", "normalize_number"]

_NUMBER = regex.compile(r"(?:0[xX])?+([0-9A-Fa-f]{8})")


def normalize_number(number: str | int) -> str | None:
    """``"0x800ccc79"``, ``"800CCC79"`` or ``0x800CCC79`` -> ``"0x800CCC79"``; None if not one."""
    if isinstance(number, bool):
        return None
    if isinstance(number, int):
        if not 0 <= number <= 0xFFFFFFFF:
            return None
        return f"0x{number:08X}"
    m = _NUMBER.fullmatch(number.strip())
    return "0x" + m.group(1).upper() if m else None


def lookup(number: str | int) -> ErrorInfo | None:
    """The entry for a client error number (any case, with or without ``0x``), or None."""
    if not isinstance(number, (str, int)):
        raise TypeError(
            f"lookup expects an error number as str or int, not {type(number).__name__}"
        )
    key = normalize_number(number)
    if key is None or key not in ERRORS:
        return None
    name, protocol, meaning = ERRORS[key]
    return ErrorInfo(number=key, name=name, protocol=protocol, meaning=meaning)


def lookup_name(number: str | None) -> str | None:
    """The symbolic name of a normalized error number, for filling records."""
    if number is None:
        return None
    entry = ERRORS.get(number)
    return entry[0] if entry else None


def lookup_socket(code: int) -> tuple[str, str] | None:
    """(name, meaning) of a Winsock error number such as 10060."""
    return SOCKET_ERRORS.get(code)
