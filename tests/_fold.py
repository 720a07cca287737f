"""How golden values are compared: whitespace folded, surrounding quotes and brackets off."""

from __future__ import annotations

from typing import Any

QUOTES = (
    "'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"  # straight and curly
    "\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f`\u00b4"  # guillemets, CJK, accents
)


def fold(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return str(value)
    text = " ".join(str(value).split())
    return text.strip(QUOTES + "<> ")


def mismatches(expected: dict[str, Any], got: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """The expected fields whose folded values differ from the record's."""
    out = []
    for key, want in expected.items():
        have = got.get(key)
        if fold(want) != fold(have):
            out.append((key, want, have))
    return out
