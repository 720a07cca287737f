"""Typed, immutable result records.

Records are frozen and slotted attrs classes: cheap to build in bulk, hashable, and safe to
share between threads.  ``to_dict`` gives a JSON-ready mapping with a fixed key order.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._reason import Reason

__all__ = ["ClientError", "ErrorInfo", "Evidence", "Verdict"]


@attrs.frozen(slots=True)
class Evidence:
    """What decided a verdict: the phrase or code, where it was found, and what kind it is."""

    text: str
    span: tuple[int, int]
    kind: str  # "phrase", "status", "code", "error_number", "command", "default"


@attrs.frozen(slots=True)
class Verdict:
    """The classifier's reading of one server reply."""

    reason: Reason
    smtp_code: int | None = None
    enhanced_status: str | None = None
    permanent: bool | None = None
    evidence: Evidence | None = None
    mta: str | None = None


@attrs.frozen(slots=True)
class ErrorInfo:
    """One client error number: its symbolic name, protocol and meaning."""

    number: str
    name: str
    protocol: str | None
    meaning: str


# The keys of ``ClientError.to_dict`` in order; the first 17 are the documented core.
DICT_KEYS: tuple[str, ...] = (
    "format",
    "language",
    "error_number",
    "error_name",
    "subject",
    "account",
    "server",
    "protocol",
    "server_response",
    "port",
    "ssl",
    "smtp_code",
    "enhanced_status",
    "recipient",
    "reason",
    "span",
    "server_error",
    "socket_error",
)


@attrs.frozen(slots=True)
class ClientError:
    """One email-client error message found in text, with every field it carries.

    Fields the message does not carry are ``None``.  ``span`` holds (start, end) offsets into
    the text that was searched.  ``server_error`` keeps the raw "Server Error" value (an SMTP
    code or an HRESULT such as ``0x800CCC90``); ``socket_error`` is the Winsock code of
    connection failures (10060, 10061, ...).
    """

    format: str | None = None
    language: str | None = None
    error_number: str | None = None
    error_name: str | None = None
    subject: str | None = None
    account: str | None = None
    server: str | None = None
    protocol: str | None = None
    server_response: str | None = None
    port: int | None = None
    ssl: bool | None = None
    smtp_code: int | None = None
    enhanced_status: str | None = None
    recipient: str | None = None
    reason: Reason | None = None
    span: tuple[int, int] = (0, 0)
    server_error: str | None = None
    socket_error: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``reason`` as its string, ``span`` as a list."""
        out: dict[str, Any] = {}
        for key in DICT_KEYS:
            value = getattr(self, key)
            if key == "reason" and value is not None:
                value = value.value
            elif key == "span":
                value = [value[0], value[1]]
            out[key] = value
        return out
