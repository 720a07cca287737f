"""The source of a module of ``smtperr._data`` that the compiler generates from the tables
(what building it would cost every first ``parse``), with the note that says how to make it
again; ``tests/test_generated_tables.py`` holds each equal to what the tables give now."""

from __future__ import annotations

__all__ = ["generated_source"]


def generated_source(what: str, compiler: str, table: str, body: str) -> str:
    """``body`` (assignments) under a docstring naming ``what`` it holds and the command
    (``python -m smtperr._compile.<compiler> > smtperr/_data/<table>.py``) that writes it."""
    import textwrap  # (only when a table is generated: the first ``parse`` need not load it)

    lines = [
        *textwrap.wrap(f"{what}, generated from the tables by", 92),
        f"``python -m smtperr._compile.{compiler} > smtperr/_data/{table}.py`` (do not edit;",
        "``tests/test_generated_tables.py`` fails when the tables change and this is not",
        "regenerated).",
    ]
    doc = "\n".join(lines)
    return f'"""{doc}"""\n\n# fmt: off\n{body}'
