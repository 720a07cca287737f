"""Reading a language the tables lack (issue 11): each non-English language of tests/corpus is
left out of the tables in turn (``benchmarks/leave_one_out.py``: a copy of the package without
its label locale and framing rows, its generated tables made again) and its real samples are
read with what every language shares.  The floors are a little under what this reads now
(2026-12-06, second stop: 68 of 81 samples gave a record, 461 of 512 fields right; at the
first, 66 of 79 and 440 of 506; before the readers of replies in unknown wording and the rule
for a known label that ends an unknown one, 55 and 342)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "leave_one_out.py"
DETECTED_FLOOR = 0.82
FIELDS_FLOOR = 0.88


def test_samples_of_a_language_left_out_of_the_tables_are_still_read() -> None:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--json"], check=True, cwd=ROOT, capture_output=True,
        text=True, timeout=600,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(rows) >= 15
    samples = sum(r["samples"] for r in rows)
    fields = sum(r["fields"] for r in rows)
    assert sum(r["detected"] for r in rows) >= DETECTED_FLOOR * samples
    assert sum(r["right"] for r in rows) >= FIELDS_FLOOR * fields
