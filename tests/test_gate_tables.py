"""The gate ships generated (choosing its pivots costs the first ``parse`` about 25 ms): the
generated module must be what the tables give now."""

from __future__ import annotations

from pathlib import Path

from smtperr._compile.gate import built_gate, gate_source, table_gate
from smtperr._data import gate_tables


def test_generated_gate_tables_are_current() -> None:
    path = Path(gate_tables.__file__)
    assert gate_source(built_gate()) == path.read_text(encoding="utf-8"), (
        "the tables changed: run `python -m smtperr._compile.gate > "
        "smtperr/_data/gate_tables.py`"
    )


def test_the_loaded_gate_is_the_built_one() -> None:
    assert table_gate() == built_gate()
    assert len(table_gate().pivots) <= 40  # each pivot is a pass over the text
