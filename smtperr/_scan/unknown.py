"""Raw values of a label group, and fields for labels of languages without a table, by the
shape of their value and their place in the fixed order."""

from __future__ import annotations

import functools

from .._compile.text import compact
from .shapes import _HEX, _PROTOCOLS, _QSET, _Label
from .values import _typed_stop
from .window import Normalized


def _clean(value: str) -> str | None:
    value = " ".join(value.split())
    while value[:1] in _QSET and value:
        value = value[1:].lstrip()
    while value[-1:] in _QSET and value:
        value = value[:-1].rstrip()
    return value or None


def _values(n: Normalized, group: list[_Label]) -> dict[str, str]:
    """field -> raw value (from the unfolded text, so values keep their punctuation)."""
    out: dict[str, str] = {}
    unknown: list[tuple[int, str]] = []
    for idx, lab in enumerate(group):
        raw = n.text[lab.end : lab.stop]
        if lab.field is None:
            unknown.append((idx, raw))
        elif lab.field not in out:
            out[lab.field] = raw
    if unknown:
        _assign_unknown(group, unknown, out)
        for idx, _raw in unknown:
            lab = group[idx]
            if lab.field is not None:
                lab.stop = _typed_stop(n, lab.field, lab.end, lab.stop)
                out[lab.field] = n.text[lab.end : lab.stop]
    return out


@functools.cache
def _error_id_names() -> tuple[tuple[str, str], ...]:
    from .._data.products import ERROR_ID_NAMES

    return tuple((compact(name), field) for name, field, _seen in ERROR_ID_NAMES)


def error_id_field(key: str) -> str | None:
    """The error-ID field of a label (its ``compact`` key) that names the client in words no
    table knows ("ID de Erro do Windows Live Mail"), or None."""
    return next((field for name, field in _error_id_names() if name in key), None)


def _is_hex(value: str) -> bool:
    """Whether a value is an error number, perhaps with marks after it that are no part of
    the message ("0x800CCC0E |" from a table cell, "0x800CCC79”[/box]" from a forum's
    markup)."""
    m = _HEX.match(value)
    return m is not None and not value[m.end() : m.end() + 1].isalnum()


def _assign_unknown(
    group: list[_Label], unknown: list[tuple[int, str]], out: dict[str, str]
) -> None:
    """Give labels of unknown languages a field by the shape of their value and their place
    in the fixed order (subject, account, server, protocol, response, port, ssl, errors)."""
    proto_at = next((i for i, lab in enumerate(group) if lab.field == "protocol"), None)
    if proto_at is None:
        for i, raw in unknown:
            if (_clean(raw) or "").upper() in _PROTOCOLS:
                proto_at = i
                out.setdefault("protocol", raw)
                group[i].field = "protocol"
                break
    before: list[tuple[int, str]] = []
    last = group[-1]
    for i, raw in unknown:
        if group[i].field is not None:
            continue
        value = (_clean(raw) or "").rstrip(".。")
        named = error_id_field(group[i].key)
        if named is not None and named not in out and _is_hex(value):
            group[i].field = named
            out[named] = raw
            continue
        quoted = raw.strip()[:1] in _QSET
        if not quoted:
            value = value.split(",", 1)[0].strip()
        if _is_hex(value):
            field = (
                "error_number" if group[i] is last and "error_number" not in out else "server_error"
            )
        elif value.isdigit():
            if "port" not in out and (proto_at is None or i > proto_at):
                field = "port"
            elif len(value) == 3 and value[0] in "2345":
                field = "server_error"
            else:
                field = "socket_error"
        elif proto_at is not None and i < proto_at:
            if quoted:  # subject, account and server values are always quoted
                before.append((i, raw))
            continue
        elif quoted and proto_at is not None and i > proto_at and "server_response" not in out:
            field = "server_response"
        elif proto_at is not None and i > proto_at and "ssl" not in out and " " not in value:
            field = "ssl"
        else:
            continue
        if field not in out:
            out[field] = raw
            group[i].field = field
    free = [f for f in ("server", "account", "subject") if f not in out]
    for field, (i, raw) in zip(free, reversed(before)):
        out[field] = raw
        group[i].field = field
