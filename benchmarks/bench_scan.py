"""Bulk throughput of ``smtperr.scan`` on a mixed log, measured side by side with baselines.

Run from the repository root::

    python benchmarks/bench_scan.py [--mb 30] [--repeat 3] [--rss-mb 0]

The mixed log is built from the real loghub logs in ``tests/data/negative`` with the real
client messages of ``tests/corpus`` injected after 1% of lines (seed 7).  Every speed is
reported as MB/s and as a ratio against baselines measured in the same run (the machines are
shared and noisy; read the ratios):

* the literal-scan limit: ``text.count("0x800")`` over the same text (memory speed);
* the hand-written script: read each line, skip lines without "0x800", try one regex per
  language for the classic one-line form (what a support engineer writes in ten minutes).

Also: records found against the records each injected message yields when scanned alone
(matched by span), records from the negative logs (must be 0), records/s on text that is all
messages, time per stage (gate, normalizing windows, readers and builder) and what reading
may cost a record for issue 10's bars to hold (with reading at no cost: the ceiling of any
reader design), the first
``parse`` in a fresh process, a first ``scan_file`` of the whole mix in a fresh process
(compiling included), and all of it with the optional hyperscan gate on and off
(``SMTPERR_ACCEL=0``).  Results print as a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

import regex

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import smtperr  # noqa: E402
from smtperr._compile.gate import table_gate  # noqa: E402
from smtperr._scan import accel  # noqa: E402
from smtperr._scan import gate as pure_gate  # noqa: E402
from smtperr._scan.window import normalize  # noqa: E402

LOGS = sorted((ROOT / "tests" / "data" / "negative").glob("*.log"))
SAMPLES = sorted((ROOT / "tests" / "corpus").glob("*/*.txt"))
SEED = ("Nie można wysłać wiadomości, ponieważ jeden z adresatów został odrzucony przez serwer. "
        "Odrzucony adres e-mail to: '<osoba@microsoft.com>'. Temat: '<Test>', Konto: '<Test>', "
        "Serwer: '<smtp.microsoft.com>', Protokół: SMTP, Odpowiedź serwera: '550 "
        "<osoba@microsoft.com>... Odmowa przekazywania', Port: 25, Zabezpieczenia (SSL): Nie, "
        "Błąd serwera: 550, Numer błędu: 0x800CCC79")

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


def build_mixed(
    target_mb: float, seed: int = 7, count: bool = True
) -> tuple[str, set[tuple[int, int]]]:
    """Real log lines with a real message after about 1% of them; returns the text and the
    spans of the records each injected message yields when scanned alone (``count``: else
    an empty set)."""
    rnd = random.Random(seed)
    # (A log file's last line may lack its line break: a message injected after it would
    # be glued to it, "time: 0.2717581Sorry, we were unable ...".)
    log_lines = [ln if ln.endswith("\n") else ln + "\n"
                 for p in LOGS for ln in p.read_text(encoding="utf-8", errors="replace")
                 .splitlines(keepends=True)]
    messages = [p.read_text(encoding="utf-8") for p in SAMPLES]
    alone = [[r.span for r in smtperr.scan(m)] if count else [] for m in messages]
    parts: list[str] = []
    expected: set[tuple[int, int]] = set()
    size = 0
    limit = int(target_mb * 1e6)
    while size < limit:
        line = log_lines[rnd.randrange(len(log_lines))]
        parts.append(line)
        size += len(line)
        if rnd.random() < 0.01:
            k = rnd.randrange(len(messages))
            expected.update((size + a, size + b) for a, b in alone[k])
            parts.append(messages[k] + "\n")
            size += len(messages[k]) + 1
    return "".join(parts), expected


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def first_parse_ms(accelerated: bool) -> tuple[float, float, float]:
    """(import smtperr, first parse of the seed message, its CPU time) in a fresh process,
    each the median of 5 (CPU time: what the parse costs on a machine shared with other jobs,
    whose work wall time counts too).

    With bytecode, as an installed package has it (written once to a private cache first:
    without it every module the first parse imports is compiled from source, ~50 ms)."""
    code = ("import time; t=time.perf_counter(); import smtperr; u=time.perf_counter(); "
            f"c=time.process_time(); smtperr.parse({SEED!r}); v=time.perf_counter(); "
            "print(u-t, v-u, time.process_time()-c)")
    env = dict(os.environ, SMTPERR_ACCEL="1" if accelerated else "0",
               PYTHONPYCACHEPREFIX=os.path.join(tempfile.gettempdir(), "smtperr-bench-pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, cwd=ROOT,
                   env=env)  # writes the bytecode
    runs = [
        tuple(map(float, subprocess.run([sys.executable, "-c", code], capture_output=True,
                                        text=True, check=True, cwd=ROOT, env=env)
                  .stdout.split()))
        for _ in range(5)
    ]
    def median(i: int) -> float:
        return sorted(run[i] for run in runs)[len(runs) // 2] * 1000

    return median(0), median(1), median(2)


def first_scan_s(path: str, accelerated: bool) -> float:
    """``scan_file`` of the whole mix in a fresh process, after ``import smtperr``: what a
    command-line run over one log costs, compiling the patterns its text needs included
    (the rows above measure a warm process).  Median of 3."""
    code = ("import sys, time, smtperr; t=time.perf_counter(); "
            "n=sum(1 for _ in smtperr.scan_file(sys.argv[1])); print(time.perf_counter()-t)")
    env = dict(os.environ, SMTPERR_ACCEL="1" if accelerated else "0",
               PYTHONPYCACHEPREFIX=os.path.join(tempfile.gettempdir(), "smtperr-bench-pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = sorted(
        float(subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                             check=True, cwd=ROOT, env=env).stdout)
        for _ in range(3)
    )
    return runs[1]


def peak_rss_mb(path: str) -> float:
    code = ("import resource, sys, smtperr; n = sum(1 for _ in smtperr.scan_file(sys.argv[1])); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return float(out.stdout.strip())


BAR_PURE = 0.02  # issue 10's floors, against the literal-scan limit
BAR_ACCEL = 0.08
BAR_DENSE = 20_000  # records/s


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--mb", type=float, default=30.0, help="size of the mixed log")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rss-mb", type=float, default=0.0, help="file for peak memory (0: skip)")
    args = ap.parse_args()

    text, expected = build_mixed(args.mb)
    mb = len(text.encode("utf-8")) / 1e6
    negatives = "".join(p.read_text(encoding="utf-8", errors="replace") for p in LOGS)
    dense = "\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES) * 20
    smtperr.parse(SEED)
    print("| measure | result |\n|---|---|", flush=True)

    def row(name: str, value: str) -> None:
        print(f"| {name} | {value} |", flush=True)

    row("mixed log", f"{mb:.1f} MB, {len(expected)} records from the injected messages alone")
    t_limit = best(lambda: text.count("0x800"), args.repeat)
    t_naive = best(lambda: naive_script(text), args.repeat)
    row("literal-scan limit (`text.count('0x800')`)", f"{mb / t_limit:,.0f} MB/s")
    row("hand-written script", f"{mb / t_naive:,.1f} MB/s, finds {naive_script(text)}")
    gate = table_gate()
    with tempfile.TemporaryDirectory() as mix_dir:  # (the mix as a file: the first-scan row)
        mix_path = os.path.join(mix_dir, "mix.log")
        with open(mix_path, "w", encoding="utf-8") as fh:
            fh.write(text)
        modes = [("pure Python", False)] + ([("hyperscan gate", True)] if accel.installed() else [])
        for label, on in modes:
            os.environ["SMTPERR_ACCEL"] = "1" if on else "0"
            found = {r.span for r in smtperr.scan(text)}
            t_scan = best(lambda: sum(1 for _ in smtperr.scan(text)), args.repeat)
            hits = accel.hits if on else pure_gate.hits
            t_gate = best(lambda h=hits: list(pure_gate.windows(gate, text, h)), args.repeat)
            wins = list(pure_gate.windows(gate, text, hits))
            t_norm = best(lambda w=wins: [normalize(text, a, b) for a, b in w], args.repeat)
            row(f"scan, {label}",
                f"{mb / t_scan:,.1f} MB/s = **{t_limit / t_scan:.4f}x** the limit, "
                f"{t_naive / t_scan:.2f}x the script; finds {len(found & expected)} of "
                f"{len(expected)}, {len(found - expected)} others")
            covered = sum(b - a for a, b in wins)
            row(f"stages, {label}",
                f"gate + windows {t_gate * 1000:.0f} ms ({len(hits(gate, text))} hits, {len(wins)} "
                f"wide windows, {covered / len(text):.1%} of the text); reading them (tight "
                f"first), readers and builder {(t_scan - t_gate) * 1000:.0f} ms, of which "
                f"normalizing would take {t_norm * 1000:.0f} ms for the wide windows alone")
            # What the readers may cost for a bar to hold: the gate and windows take their
            # share first (reading at no cost is the ceiling of any reader design).
            bar = BAR_ACCEL if on else BAR_PURE
            budget = (t_limit / bar - t_gate) / max(1, len(found))
            row(f"reading's share, {label}",
                f"{(t_scan - t_gate) / max(1, len(found)) * 1e6:.0f} us a record; with reading "
                f"at no cost the ceiling is {mb / t_gate:,.1f} MB/s = {t_limit / t_gate:.4f}x; "
                f"the {bar}x bar leaves " + (f"{budget * 1e6:.0f} us a record"
                                             if budget > 0 else "nothing for reading"))
            imp, first, cpu = first_parse_ms(on)
            row(f"first parse in a fresh process, {label}",
                f"{first:.0f} ms after `import smtperr` ({imp:.0f} ms), {cpu:.0f} ms of CPU")
            t_first = first_scan_s(mix_path, on)
            row(f"first scan of the mix in a fresh process (`scan_file`), {label}",
                f"{mb / t_first:,.1f} MB/s ({t_first:.2f} s, compiling what it needs included)")
    os.environ.pop("SMTPERR_ACCEL", None)
    row("records from the negative logs", str(sum(1 for _ in smtperr.scan(negatives))))
    n_dense = sum(1 for _ in smtperr.scan(dense))
    t_dense = best(lambda: sum(1 for _ in smtperr.scan(dense)), args.repeat)
    row("records/s, text that is all messages",
        f"{n_dense / t_dense:,.0f} ({t_dense / n_dense * 1e6:.0f} us a record; the bar of "
        f"{BAR_DENSE:,}/s is {1e6 / BAR_DENSE:.0f} us)")
    if args.rss_mb > 0:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "big.log")
            data = text.encode("utf-8")
            with open(path, "wb") as fh:
                written = 0
                while written < args.rss_mb * 1e6:
                    fh.write(data)
                    written += len(data)
            row(f"peak RSS, scan_file of {written / 1e9:.2f} GB", f"{peak_rss_mb(path):.0f} MB")
    row("this process's peak RSS",
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
