"""Real system logs hold no client error: nothing may be found in them (loghub, see
tests/data/negative/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import smtperr

LOGS = sorted((Path(__file__).parent / "data" / "negative").glob("*.log"))


def test_logs_are_present() -> None:
    assert len(LOGS) >= 12


@pytest.mark.parametrize("path", LOGS, ids=lambda p: p.stem)
def test_no_record_in_real_logs(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert [r.to_dict() for r in smtperr.scan(text)] == []
