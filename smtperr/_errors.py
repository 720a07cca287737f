"""Look-ups in the error-number tables (``smtperr/_data/errors.py``)."""

from __future__ import annotations

from ._data.errors import ERRORS, SOCKET_ERRORS
from ._records import ErrorInfo

__all__ = ["lookup", "lookup_name", "lookup_socket", "normalize_number"]

_HEX = frozenset("0123456789abcdefABCDEF")


def normalize_number(number: str | int) -> str | None:
    """A client error number as the tables key it, ``"0x800CCC79"``; None if it is not one.

    The one normaliser, for every way a number reaches smtperr: ``"0x800ccc79"``,
    ``"800CCC79"`` (hexadecimal, 1 to 8 digits, ``0x`` optional), ``0x800CCC79`` as an int, and
    the decimal forms tools print for an HRESULT, unsigned ``2148322425`` or signed
    ``-2146644871`` (as int or str; a string is decimal when it has a minus sign or more than 8
    digits, since no hex number of these tables is longer).  A value outside 32 bits (signed or
    unsigned) is not an error number: None.  ``TypeError`` for anything but str or int.
    """
    if isinstance(number, bool):
        return None
    if isinstance(number, int):
        value: int | None = number
    elif isinstance(number, str):
        text = number.strip()
        signed = text[:1] == "-"
        digits = text[1:] if signed else text
        if digits.isascii() and digits.isdigit() and (signed or len(digits) > 8):
            value = int(text)
        else:
            value = _hex(text[2:] if text[:2] in ("0x", "0X") else text)
    else:
        raise TypeError(f"error number must be str or int, not {type(number).__name__}")
    if value is None or not -0x80000000 <= value <= 0xFFFFFFFF:
        return None
    return f"0x{value & 0xFFFFFFFF:08X}"


def _hex(digits: str) -> int | None:
    """1 to 8 hexadecimal digits as a number (``int(x, 16)`` alone would take "+1_0")."""
    if not 1 <= len(digits) <= 8 or not _HEX.issuperset(digits):
        return None
    return int(digits, 16)


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
