"""Three derived tables ship generated, each sparing the first ``parse`` what building it
costs (the gate's pivots about 25 ms, the label trie's source 5 ms, the framings' keys 6 ms):
each generated module must be what the tables give now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from smtperr._compile.framings import built_keys, keys_source
from smtperr._compile.gate import built_gate, gate_source, table_gate
from smtperr._compile.labels import built_label_trie, label_source
from smtperr._data import framing_tables, gate_tables, label_tables

GENERATED: list[tuple[ModuleType, Callable[[], str], str]] = [
    (gate_tables, lambda: gate_source(built_gate()), "smtperr._compile.gate"),
    (label_tables, lambda: label_source(built_label_trie()), "smtperr._compile.labels"),
    (framing_tables, lambda: keys_source(built_keys()), "smtperr._compile.framings"),
]


@pytest.mark.parametrize(("module", "source", "command"), GENERATED, ids=lambda v: str(v)[:40])
def test_generated_tables_are_current(
    module: ModuleType, source: Callable[[], str], command: str
) -> None:
    path = Path(str(module.__file__))
    assert source() == path.read_text(encoding="utf-8"), (
        f"the tables changed: run `python -m {command} > smtperr/_data/{path.name}`"
    )


def test_the_loaded_gate_is_the_built_one() -> None:
    assert table_gate() == built_gate()
    pivots = table_gate().pivots
    # One trie pass finds them all: its cost is the places it is entered at, every character
    # that starts a pivot.  A new lower-case first letter ("ast Response") cost the pass 10%
    # on the benchmark's mix; the compiler prefers first characters already taken.
    assert len({p[0] for p in pivots if p[0].islower()}) <= 6
    assert len(pivots) <= 48
