"""The explanation texts of ``smtperr._data.explain``, per language, and the paste-ready text.

A language module that does not explain a reason (``COMPLETE = False``) gives way to English
for that reason: the whole explanation is then English, never a mix of languages within one
reason's cause and fix.
"""

from __future__ import annotations

import functools
from types import ModuleType

from .._data import explain as _data
from .._reason import Reason

__all__ = ["FALLBACK", "Texts", "languages", "texts"]

FALLBACK = "en"
Text = tuple[str, str]  # (text, source key)


@functools.cache
def _modules() -> dict[str, ModuleType]:
    return {module.LANGUAGE: module for module in _data.MODULES}


def languages() -> tuple[str, ...]:
    """The languages explanations are written in (English first)."""
    return tuple(_modules())


class Texts:
    """One language's tables, falling back to English text by text where a table is silent."""

    __slots__ = ("_base", "_module", "language")

    def __init__(self, module: ModuleType, base: ModuleType) -> None:
        self._module = module
        self._base = base
        self.language: str = module.LANGUAGE

    def covers(self, reason: Reason) -> bool:
        return bool(self._module.COMPLETE) or reason.value in self._module.REASONS

    def label(self, key: str) -> str:
        labels: dict[str, str] = self._module.LABELS
        return labels.get(key) or self._base.LABELS[key]

    def number(self, number: str | None) -> Text | None:
        """What the error number means, in this language (None when not written)."""
        numbers: dict[str, Text] = self._module.NUMBERS
        return None if number is None else numbers.get(number)

    def phase(self, phase: str | None) -> Text | None:
        """What failed at this phase (``None``: unknown), in this language."""
        phases: dict[str, Text] = self._module.PHASES
        return phases.get(phase or "")

    def reason(self, reason: Reason) -> tuple[Text, tuple[Text, ...], tuple[Text, ...]]:
        """The title, the causes and the fixes of ``reason``."""
        entry = self._module.REASONS[reason.value]
        return entry["title"], entry["cause"], entry["fix"]


def texts(language: str | None, reason: Reason) -> Texts:
    """The texts to explain ``reason`` in ``language`` (English when that language's module
    does not explain the reason).  ``ValueError`` for a language without a module."""
    modules = _modules()
    base = modules[FALLBACK]
    if language is None:
        return Texts(base, base)
    if language not in modules:
        raise ValueError(
            f"no explanations in {language!r}; choose from {', '.join(modules)}"
        )
    chosen = Texts(modules[language], base)
    return chosen if chosen.covers(reason) else Texts(base, base)


def waiting(reason: Reason, permanent: bool | None) -> bool | None:
    """Whether sending again later can help: always after a temporary (4xx) reply."""
    if permanent is False:
        return True
    value: bool | None = _data.WAITING[reason.value]
    return value


def render(lines: list[tuple[str, str | tuple[str, ...]]]) -> str:
    """Headed lines as text: ``(heading, value)`` on one line, ``(heading, paragraphs)`` as a
    heading and one indented ``-`` item per paragraph (continuation lines indented)."""
    out: list[str] = []
    for heading, value in lines:
        if isinstance(value, str):
            colon = "" if heading.endswith("?") else ":"
            out.append(f"{heading}{colon} {value}" if heading else value)
            continue
        out.append(f"{heading}:")
        for paragraph in value:
            first, *rest = paragraph.strip("\n").split("\n")
            out.append(f"  - {first.strip()}")
            out.extend(f"    {line.strip()}" for line in rest)
    return "\n".join(out)
