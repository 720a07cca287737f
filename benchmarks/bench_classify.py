"""Throughput of ``smtperr.classify`` on short SMTP replies.

Run from the repository root::

    python benchmarks/bench_classify.py [--seconds 1.0] [--repeat 5]

The workload is the Sisimai diagnostics in ``tests/data/sisimai`` (real bounce texts) plus
short, real relay-denied replies.  The machine may be noisy, so every figure is reported both
as replies/second and as a ratio against a baseline measured in the same run, in the same loop
shape: ``s.lower()`` plus one ``in`` test per reply (what the cheapest possible keyword check
costs).  Each figure is the best of ``--repeat`` rounds.  The first classification (which
builds the phrase table and compiles the gate and the few tries that reply needs) is timed
separately.  ``classify`` keeps the verdicts of the last 4096 short replies; the uncached figure
(the cache emptied before every pass, so every reply is new) is the one that counts, the cached
one shows what a repeated reply costs.  Until ``smtperr._compile.phrases.SWITCH`` replies have
been scanned the phrase table is gated (small tries, compiled as met); the "gated" figure is
that early speed, the uncached one the speed after the switch to the whole trie.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time
from collections.abc import Callable, Sequence

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smtperr._classify import _classify_cached, classify  # noqa: E402
from smtperr._compile import phrases  # noqa: E402

# Short relay-denied replies as real servers send them (see tests/test_classify.py for sources).
RELAY_REPLIES = (
    "554 5.7.1 <someone@example.com>: Relay access denied",
    "550 5.7.1 <someone@example.com>... Relaying denied. Proper authentication required.",
    "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    "550 relay not permitted",
    "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
    "550 not local host example.net, not a gateway",
    "550 Delivery is not allowed to this address.",
    "513 Relaying denied.",
)


def load_replies() -> list[str]:
    path = ROOT / "tests" / "data" / "sisimai" / "diagnostics_failures.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [row["diagnostic"] for row in rows] + list(RELAY_REPLIES)


def baseline(replies: Sequence[str]) -> int:
    hits = 0
    for s in replies:
        if "relay" in s.lower():
            hits += 1
    return hits


def uncached(replies: Sequence[str]) -> int:
    """Every reply is new to the classifier: its cache is emptied before each pass."""
    _classify_cached.cache_clear()
    for s in replies:
        classify(s)
    return len(replies)


def gated(replies: Sequence[str]) -> int:
    """Every reply new, the phrase table still gated: the speed of a run's first replies."""
    table = phrases.phrase_table()
    full, switch = table.full, phrases.SWITCH
    table.full, phrases.SWITCH = None, 1 << 62
    try:
        return uncached(replies)
    finally:
        table.full, phrases.SWITCH = full, switch


def cached(replies: Sequence[str]) -> int:
    """The same replies again: after the first pass every call is a cache hit."""
    for s in replies:
        classify(s)
    return len(replies)


def rate(loop: Callable[[Sequence[str]], int], replies: Sequence[str], seconds: float,
         repeat: int) -> float:
    """Best replies/second over ``repeat`` rounds of at least ``seconds`` each."""
    best = 0.0
    for _ in range(repeat):
        done = 0
        start = time.perf_counter()
        elapsed = 0.0
        while elapsed < seconds:
            loop(replies)
            done += len(replies)
            elapsed = time.perf_counter() - start
        best = max(best, done / elapsed)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=1.0, help="minimum time per round")
    ap.add_argument("--repeat", type=int, default=5, help="rounds; the best one counts")
    args = ap.parse_args(argv)

    replies = list(dict.fromkeys(load_replies()))  # distinct replies only
    short = [s for s in replies if len(s) <= 120]

    start = time.perf_counter()
    classify("550 5.7.1 <someone@example.com>: Relay access denied")
    first = time.perf_counter() - start

    workloads = (
        (f"short replies (<= 120 chars, n={len(short)})", short),
        (f"all replies (n={len(replies)}, mean {sum(map(len, replies)) / len(replies):.0f} "
         "chars)", replies),
    )
    print(f"first call (builds the phrase table): {first * 1000:.1f} ms")
    for title, work in workloads:
        base = rate(baseline, work, args.seconds, args.repeat)
        plain = rate(uncached, work, args.seconds, args.repeat)
        early = rate(gated, work, args.seconds, args.repeat)
        hot = rate(cached, work, args.seconds, args.repeat)
        print(f"\n{title}")
        print(f"  baseline (lower() + one 'in'): {base:12,.0f} replies/s")
        print(f"  classify, uncached (new text): {plain:12,.0f} replies/s   "
              f"= 1/{base / plain:.0f} of baseline")
        print(f"  classify, uncached, gated:     {early:12,.0f} replies/s   "
              f"= 1/{base / early:.0f} of baseline")
        print(f"  classify, cached (seen text):  {hot:12,.0f} replies/s   "
              f"= 1/{base / hot:.1f} of baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
