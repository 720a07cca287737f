"""Reading a language the tables lack (issue 11): each non-English language of tests/corpus is
left out of the tables in turn (``benchmarks/leave_one_out.py``: a copy of the package without
its label locale and framing rows, its generated tables made again) and its real samples are
read with what every language shares.  The floors are a little under what this reads now
(2026-12-06, third stop: 71 of the 86 samples that hold a reply, a number, an address or a
server gave a record, 496 of 560 fields right; second stop: 68 of 81 samples, 461 of 512
fields; at the
first, 66 of 79 and 440 of 506; before the readers of replies in unknown wording and the rule
for a known label that ends an unknown one, 55 and 342)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "leave_one_out.py"
# Measured 2026-12-06 at the fifth stop: 101 of 130 anchored samples detected (77.7%), 623 of
# 744 fields right (83.7%); at the fourth, 84 of 110 and 547 of 653 (83.8%; 71 of 86 and 496 of
# 560, 88.6%, before that stop's samples).  The fifth stop's samples that only their own table
# reads: Spanish Exchange's "<host> produjo este error:" over a refusal without a code, German
# Outlook's report without a reply, Spanish Outlook reports whose reply has no status.  Of the
# samples added then, those that share nothing with other languages are read only by their
# own table: Opera Mail's Czech reply in square brackets, the French 5.7.711 sentence with
# its reply unquoted, Mail.Ru's Russian part with a reason in words and no code, the Chinese
# and Korean providers' reports (QQ, Alibaba, NetEase/Coremail, NAVER, Dooray!: 9 of the 16
# zh-CN samples give a record without the zh-CN rows) and Apple Mail's sending-limit alert
# (a sentence alone, in de, hr, it, ja, sv, zh-TW).
DETECTED_FLOOR = 0.76
FIELDS_FLOOR = 0.83


def test_samples_of_a_language_left_out_of_the_tables_are_still_read() -> None:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--json"], check=True, cwd=ROOT, capture_output=True,
        text=True, timeout=600,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(rows) >= 15
    # Detection over the samples that hold something their translations share (a reply, an
    # error number, an address, a server): Google Groups' refusal holds none (its words, the
    # group's name) and cannot be read without its language's table (ten languages, added
    # 2026-12-06 at the third stop; with them all samples gave a record 71 times of 96).
    anchored = sum(r["anchored"] for r in rows)
    fields = sum(r["fields"] for r in rows)
    assert sum(r["anchored_detected"] for r in rows) >= DETECTED_FLOOR * anchored
    assert sum(r["right"] for r in rows) >= FIELDS_FLOOR * fields
