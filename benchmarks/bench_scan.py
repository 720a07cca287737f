"""Bulk throughput of ``smtperr.scan`` / ``scan_file`` on a mixed log, measured side by side.

Run from the repository root::

    python benchmarks/bench_scan.py [--mb 100] [--big-mb 1024] [--repeat 3]

The mixed log is built from the real loghub logs in ``tests/data/negative`` with the real
client messages of ``tests/corpus`` injected at 1% of lines.  Every speed is reported as MB/s
and as a ratio against baselines measured in the same run (the machines are shared and noisy):

* the literal-scan limit: ``text.count("0x800")`` over the same text (memory speed);
* the hand-written script: read each line, skip lines without "0x800", try one regex per
  language for the classic one-line form (what a support engineer writes in ten minutes).

Also: records/s on text that is all messages; peak RSS of ``scan_file`` on a ``--big-mb`` file
(a child process, ``ru_maxrss``); ``import smtperr`` time above bare Python; ``--jobs 2``
against ``--jobs 1``.  Results print as a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

import regex

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import smtperr  # noqa: E402

LOGS = sorted((ROOT / "tests" / "data" / "negative").glob("*.log"))
SAMPLES = sorted((ROOT / "tests" / "corpus").glob("*/*.txt"))

# The hand-written script's per-language regexes: "Server: '...', ... Error Number: 0x..." on
# one line, with the labels of a handful of languages the author knew.
NAIVE_LABELS = {
    "en": ("Server", "Error Number"), "de": ("Server", "Fehlernummer"),
    "fr": ("Serveur", "Numéro d'erreur"), "es": ("Servidor", "Número de error"),
    "pl": ("Serwer", "Numer błędu"),
}
NAIVE = [regex.compile(rf"{srv}\s*:\s*'([^']*)'.*?{num}\s*:\s*(0x[0-9A-Fa-f]{{8}})")
         for srv, num in NAIVE_LABELS.values()]


def naive_script(text: str) -> int:
    found = 0
    for line in text.splitlines():
        if "0x800" not in line:
            continue
        for pattern in NAIVE:
            if pattern.search(line):
                found += 1
                break
    return found


def build_mixed(target_mb: float, seed: int = 7) -> tuple[str, int]:
    """Real log lines with a real message after about 1% of them; returns the text and the
    number of messages smtperr finds in the injected samples when read alone."""
    rnd = random.Random(seed)
    log_lines = [ln for p in LOGS for ln in p.read_text(encoding="utf-8", errors="replace")
                 .splitlines(keepends=True)]
    messages = [p.read_text(encoding="utf-8") for p in SAMPLES]
    expected = [len(list(smtperr.scan(m))) for m in messages]
    parts: list[str] = []
    size = 0
    injected = 0
    limit = int(target_mb * 1e6)
    while size < limit:
        line = log_lines[rnd.randrange(len(log_lines))]
        parts.append(line)
        size += len(line)
        if rnd.random() < 0.01:
            k = rnd.randrange(len(messages))
            parts.append(messages[k] + "\n")
            size += len(messages[k]) + 1
            injected += expected[k]
    return "".join(parts), injected


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def peak_rss_mb(path: str) -> float:
    code = ("import resource, sys, smtperr; n = sum(1 for _ in smtperr.scan_file(sys.argv[1])); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return float(out.stdout.strip())


def import_ms(repeat: int) -> float:
    def run(code: str) -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        return time.perf_counter() - t
    bare = statistics.median(run("pass") for _ in range(repeat * 3))
    ours = statistics.median(run("import smtperr") for _ in range(repeat * 3))
    return (ours - bare) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=100.0, help="size of the mixed log")
    ap.add_argument("--big-mb", type=float, default=1024.0, help="file for peak memory")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    text, injected = build_mixed(args.mb)
    mb = len(text.encode("utf-8")) / 1e6
    smtperr.parse("warm up: compile the grammar")
    print("| measure | result |\n|---|---|", flush=True)

    class Rows(list[tuple[str, str]]):
        """Rows printed as they are measured (a long run shows its progress)."""

        def append(self, row: tuple[str, str]) -> None:
            super().append(row)
            print(f"| {row[0]} | {row[1]} |", flush=True)

        def __iadd__(self, rows: object) -> Rows:  # type: ignore[override,misc]
            for row in rows:  # type: ignore[attr-defined]
                self.append(row)
            return self

    rows = Rows()

    t_limit = best(lambda: text.count("0x800"), args.repeat)
    t_naive = best(lambda: naive_script(text), args.repeat)
    naive_found = naive_script(text)
    found = len(list(smtperr.scan(text)))
    t_scan = best(lambda: sum(1 for _ in smtperr.scan(text)), args.repeat)
    rows += [
        ("mixed log", f"{mb:.1f} MB, {injected} injected messages"),
        ("literal-scan limit (`text.count('0x800')`)", f"{mb / t_limit:,.0f} MB/s"),
        ("hand-written script", f"{mb / t_naive:,.1f} MB/s, finds {naive_found}"),
        ("smtperr.scan", f"{mb / t_scan:,.1f} MB/s, finds {found}"),
        ("scan / literal limit", f"{t_limit / t_scan:.4f}x"),
        ("scan / hand-written script", f"{t_naive / t_scan:.2f}x"),
    ]

    all_messages = "\n".join(p.read_text(encoding="utf-8") for p in SAMPLES) * 20
    n_all = len(list(smtperr.scan(all_messages)))
    t_all = best(lambda: sum(1 for _ in smtperr.scan(all_messages)), args.repeat)
    rows.append(("records/s, text that is all messages", f"{n_all / t_all:,.0f}"))

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mixed.log")
        data = text.encode("utf-8")
        with open(path, "wb") as fh:
            fh.write(data)
        t1 = best(lambda: sum(1 for _ in smtperr.scan_file(path)), 1)
        t2 = best(lambda: sum(1 for _ in smtperr.scan_file(path, jobs=2)), 1)
        rows.append(("scan_file --jobs 2 vs --jobs 1", f"{t1 / t2:.2f}x ({mb / t1:.1f} -> "
                     f"{mb / t2:.1f} MB/s)"))
        if args.big_mb > 0:
            big = os.path.join(tmp, "big.log")
            with open(big, "wb") as fh:
                written = 0
                while written < args.big_mb * 1e6:
                    fh.write(data)
                    written += len(data)
            rows.append((f"peak RSS, scan_file of {written / 1e9:.2f} GB",
                         f"{peak_rss_mb(big):.0f} MB"))
    rows.append(("`import smtperr` above bare Python", f"{import_ms(args.repeat):.1f} ms"))


if __name__ == "__main__":
    main()
