"""Typed, immutable result records.

Records are frozen and slotted attrs classes: cheap to build in bulk, hashable, and safe to
share between threads.  ``to_dict`` gives a JSON-ready mapping with a fixed key order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._reason import Reason

__all__ = ["ClientError", "ErrorInfo", "Evidence", "Explanation", "Verdict"]


@attrs.frozen(slots=True)
class Evidence:
    """What decided a verdict: the phrase or code, where it was found, and what kind it is."""

    text: str
    span: tuple[int, int]
    kind: str  # "phrase", "status", "code", "error_number", "command", "default"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``span`` as a list."""
        return {"text": self.text, "span": [self.span[0], self.span[1]], "kind": self.kind}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        """The evidence ``to_dict`` gave (``ValueError``/``TypeError`` on anything else)."""
        _known(cls, data, ("text", "span", "kind"))
        return cls(
            text=_typed(data, "text", str, required=True),
            span=_span(data.get("span")),
            kind=_typed(data, "kind", str, required=True),
        )


@attrs.frozen(slots=True)
class Verdict:
    """The classifier's reading of one server reply."""

    reason: Reason
    smtp_code: int | None = None
    enhanced_status: str | None = None
    permanent: bool | None = None
    evidence: Evidence | None = None
    mta: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``reason`` as its string, ``evidence`` as a dict."""
        return {
            "reason": self.reason.value,
            "smtp_code": self.smtp_code,
            "enhanced_status": self.enhanced_status,
            "permanent": self.permanent,
            "evidence": None if self.evidence is None else self.evidence.to_dict(),
            "mta": self.mta,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Verdict:
        """The verdict ``to_dict`` gave: ``Verdict.from_dict(v.to_dict()) == v``."""
        _known(cls, data, _VERDICT_KEYS)
        evidence = data.get("evidence")
        return cls(
            reason=_reason(data.get("reason"), required=True),  # type: ignore[arg-type]
            smtp_code=_typed(data, "smtp_code", int),
            enhanced_status=_typed(data, "enhanced_status", str),
            permanent=_typed(data, "permanent", bool),
            evidence=None if evidence is None else Evidence.from_dict(evidence),
            mta=_typed(data, "mta", str),
        )


_VERDICT_KEYS = ("reason", "smtp_code", "enhanced_status", "permanent", "evidence", "mta")


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

# The columns of a flat row (CSV, Arrow, pandas), in order: ``DICT_KEYS`` with the span as two
# integer columns.
FLAT_KEYS: tuple[str, ...] = tuple(
    k for key in DICT_KEYS for k in (("span_start", "span_end") if key == "span" else (key,))
)

# The pandas dtype of each flat column and of the command line's ``file``: what
# ``smtperr.to_pandas`` gives, and what ``pandas.read_csv(f, dtype=smtperr.PANDAS_DTYPES,
# keep_default_na=False, na_values=[""])`` reads from ``smtperr parse --format csv``.
PANDAS_DTYPES: dict[str, str] = {
    key: "Int32" if key in ("port", "smtp_code", "socket_error") else
    "Int64" if key in ("span_start", "span_end") else "boolean" if key == "ssl" else "string"
    for key in ("file", *FLAT_KEYS)
}


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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClientError:
        """The record a ``to_dict`` dict or a line of ``smtperr parse`` describes:
        ``ClientError.from_dict(rec.to_dict()) == rec``.

        ``reason`` becomes a ``Reason`` and ``span`` a tuple; the flat ``span_start`` and
        ``span_end`` of CSV and Arrow rows are read too, and the command line's ``file`` key is
        ignored.  Missing keys take their defaults; an unknown key raises ``ValueError``, a
        value of the wrong type ``TypeError``.
        """
        _known(cls, data, (*DICT_KEYS, "file", "span_start", "span_end"))
        values: dict[str, Any] = {}
        for key in DICT_KEYS:
            if key == "reason":
                values[key] = _reason(data.get(key))
            elif key == "span":
                if "span_start" in data or "span_end" in data:
                    values[key] = _span([data.get("span_start"), data.get("span_end")])
                else:
                    values[key] = _span(data.get(key, (0, 0)))
            else:
                values[key] = _typed(data, key, _FIELD_TYPES[key])
        return cls(**values)


# The type of each field of ``ClientError`` but ``reason`` and ``span``.
_FIELD_TYPES: dict[str, type] = {
    key: int if key in ("port", "smtp_code", "socket_error") else bool if key == "ssl" else str
    for key in DICT_KEYS
}


def _known(cls: type, data: Mapping[str, Any], keys: tuple[str, ...]) -> None:
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__}.from_dict expects a mapping, not {type(data).__name__}")
    unknown = [k for k in data if k not in keys]
    if unknown:
        raise ValueError(f"{cls.__name__}.from_dict: unknown key(s) {', '.join(map(str, unknown))}")


def _typed(data: Mapping[str, Any], key: str, kind: type, required: bool = False) -> Any:
    value = data.get(key)
    if value is None and not required:
        return None
    # bool is an int in Python; a JSON true is no port number.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{key}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _reason(value: Any, required: bool = False) -> Reason | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise TypeError(f"reason: expected str, got {type(value).__name__}")
    return Reason(value)  # ValueError for a name the taxonomy does not hold


def _span(value: Any) -> tuple[int, int]:
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise TypeError(f"span: expected two integers, got {value!r}")
    return (value[0], value[1])


@attrs.frozen(slots=True)
class Explanation:
    """A client error, error number or server reply explained in one language (see
    ``smtperr.explain``): what failed, the reason and the words that decided it, the likely
    causes, what to do, and whether sending again later can help.  ``text`` is all of it as
    lines ready to paste to the customer; ``sources`` names where the texts come from
    (``"ms:kb290842"``: a real translation of Microsoft's article; ``"own"``: smtperr's own
    wording)."""

    language: str
    kind: str  # "message", "error_number" or "reply"
    what_failed: str
    reason: Reason
    title: str
    causes: tuple[str, ...]
    fixes: tuple[str, ...]
    waiting_helps: bool | None  # None: it depends
    error_number: str | None = None
    phase: str | None = None  # the SMTP/POP3 command: "RCPT", "MAIL", "CONN", ...
    server_response: str | None = None
    evidence: Evidence | None = None
    sources: tuple[str, ...] = ()
    text: str = ""

    def __str__(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``reason`` as its string, tuples as lists."""
        return {
            "language": self.language,
            "kind": self.kind,
            "what_failed": self.what_failed,
            "reason": self.reason.value,
            "title": self.title,
            "causes": list(self.causes),
            "fixes": list(self.fixes),
            "waiting_helps": self.waiting_helps,
            "error_number": self.error_number,
            "phase": self.phase,
            "server_response": self.server_response,
            "evidence": None if self.evidence is None else self.evidence.to_dict(),
            "sources": list(self.sources),
            "text": self.text,
        }
