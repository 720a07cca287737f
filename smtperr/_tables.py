"""Loading of the literal data tables (``smtperr/_data``), lazily and once."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from types import ModuleType

from ._data.framings import FAMILIES
from ._data.locales import LANGUAGES

__all__ = ["LANGUAGES", "Locale", "all_locales", "framing_families", "load_locale", "module_name"]


def module_name(tag: str) -> str:
    """``pt-BR`` -> ``pt_br``: the module that holds a language's tables."""
    return tag.lower().replace("-", "_")


class Locale:
    """A language's tables, read from its data module (read-only view)."""

    __slots__ = (
        "basis",
        "labels",
        "no",
        "openings",
        "server_phrases",
        "tag",
        "templates",
        "verified",
        "yes",
    )

    def __init__(self, module: ModuleType) -> None:
        get = functools.partial(getattr, module)
        self.tag: str = get("LANGUAGE")
        self.verified: bool = get("VERIFIED", False)
        self.basis: str = get("BASIS", "")
        self.labels: Mapping[str, tuple[str, ...]] = get("LABELS", {})
        self.yes: tuple[str, ...] = tuple(get("YES", ()))
        self.no: tuple[str, ...] = tuple(get("NO", ()))
        self.openings: tuple[tuple[str, str], ...] = tuple(get("OPENINGS", ()))
        self.templates: tuple[tuple[str, str], ...] = tuple(get("TEMPLATES", ()))
        self.server_phrases: Mapping[str, tuple[str, ...]] = get("SERVER_PHRASES", {})

    def __repr__(self) -> str:
        return f"Locale({self.tag!r})"


@functools.cache
def load_locale(tag: str) -> Locale:
    """The tables of one language; ``KeyError`` for a language smtperr does not know."""
    if tag not in LANGUAGES:
        raise KeyError(f"unknown language {tag!r}; known: {', '.join(LANGUAGES)}")
    module = importlib.import_module(f"smtperr._data.locales.{module_name(tag)}")
    return Locale(module)


@functools.cache
def all_locales() -> tuple[Locale, ...]:
    """Every language with a data module, in priority order."""
    out = []
    for tag in LANGUAGES:
        try:
            out.append(load_locale(tag))
        except ModuleNotFoundError:
            continue
    return tuple(out)




@functools.cache
def framing_families() -> tuple[tuple[str, ModuleType], ...]:
    """The family modules of ``smtperr._data.framings``, in the order of ``FAMILIES``."""
    return tuple(
        (name, importlib.import_module(f"smtperr._data.framings.{name}")) for name in FAMILIES
    )
