"""The gate alone (``smtperr._scan.gate.hits``), pure Python and with the hyperscan
accelerator (``smtperr._scan.accel``), on the mixed log of ``bench_scan.py``.

Run from the repository root::

    python benchmarks/bench_gate.py [--mb 30] [--repeat 5]

The mixed log: lines of ``tests/data/negative/*.log`` with a sample of ``tests/corpus``
injected after about 1% of them (seed 7, as ``bench_scan.build_mixed``).  Every speed is
given as MB/s (UTF-8 size) and as a ratio to the literal-scan limit, ``text.count("0x800")``
over the same text in the same run (the machine is shared: read the ratios).  Best of
``--repeat``.  Also on the same text less its non-ASCII characters (an ASCII log), the parts
of each gate, and, when google-re2 is installed, re2 as the literal engine instead.
Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
import time
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smtperr._compile.gate import HEX_PIVOTS, table_gate  # noqa: E402
from smtperr._scan import accel  # noqa: E402
from smtperr._scan import gate as pure  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_scan import best, build_mixed  # noqa: E402  (the same mix and timer)


def pure_passes(literals: tuple[str, ...], text: str) -> list[list[int]]:
    """The pure gate's raw literal passes (what the accelerator replaces): every occurrence
    of each literal by ``str.find``, before any check."""
    found: list[list[int]] = []
    for literal in literals:
        starts = []
        pos = text.find(literal)
        while pos >= 0:
            starts.append(pos)
            pos = text.find(literal, pos + len(literal))
        found.append(starts)
    return found


def re2_raw(pattern: Any, text: str) -> list[int]:
    """Raw literal hits with re2 on UTF-8 bytes, offsets mapped back to ``str``
    (leftmost-first, so overlapping occurrences are missed: a comparison, not an engine)."""
    ascii_only = text.isascii()
    data = text.encode("ascii") if ascii_only else text.encode("utf-8", "surrogatepass")
    starts: list[int] = [m.start() for m in pattern.finditer(data)]
    if ascii_only:
        return starts
    return list(accel._char_offsets(data, starts).values())


def report(name: str, text: str, repeat: int, re2: Any) -> None:
    """One Markdown table: the two gates on ``text`` and their parts."""
    gate = table_gate()
    literals = (*HEX_PIVOTS, *gate.literals)
    has_accel = accel.installed()
    ascii_only = text.isascii()
    mb = len(text.encode("utf-8", "surrogatepass")) / 1e6
    t_limit = best(lambda: text.count("0x800"), repeat)
    print(f"### {name}: {mb:.1f} MB, limit {mb / t_limit:,.0f} MB/s\n")
    print("| gate | MB/s | x limit | ms |\n|---|---:|---:|---:|")

    def row(label: str, seconds: float) -> None:
        print(f"| {label} | {mb / seconds:,.0f} | {t_limit / seconds:.3f} | "
              f"{seconds * 1e3:,.1f} |", flush=True)

    row("limit `text.count('0x800')`", t_limit)
    t_pure = best(lambda: pure.hits(gate, text), repeat)
    row("**pure gate** `gate.hits`", t_pure)
    if has_accel:
        same = accel.hits(gate, text) == pure.hits(gate, text)
        t_acc = best(lambda: accel.hits(gate, text), repeat)
        row(f"**accelerated gate** `accel.hits` (same hits: {same})", t_acc)
        print(f"| accelerated / pure | | {t_pure / t_acc:.2f}x | |")
    print("| *parts* | | | |")
    row(f"pure: {len(literals)} `str.find` passes (raw hits, unchecked)",
        best(lambda: pure_passes(literals, text), repeat))
    if has_accel:
        codec = "ascii" if ascii_only else "utf-8"
        data = text.encode(codec, "surrogatepass")
        row(f"accel: `str.encode('{codec}')`",
            best(lambda: text.encode(codec, "surrogatepass"), repeat))
        row("accel: hyperscan scan (all literals, one pass)",
            best(lambda: accel._raw(literals, data), repeat))
        if not ascii_only:
            offsets = [o for f in accel._raw(literals, data) for o in f]
            row(f"accel: {len(offsets):,} byte offsets -> str offsets",
                best(lambda: accel._char_offsets(data, offsets), repeat))
    if not ascii_only:
        row("both: non-ASCII runs `_foreign_hits`",
            best(lambda: list(pure._foreign_hits(gate, text)), repeat))
    row("both: hard wraps `_junction_hits`",
        best(lambda: list(pure._junction_hits(gate, text)), repeat))
    if re2 is not None:
        alternation = "|".join(re.escape(lit) for lit in literals)
        pattern = re2.compile(alternation.encode("utf-8"))
        row("re2 instead: raw literal hits, bytes (encode + scan + map)",
            best(lambda: re2_raw(pattern, text), repeat))
        pattern_str = re2.compile(alternation)
        row("re2 instead: raw literal hits, on `str`",
            best(lambda: [m.start() for m in pattern_str.finditer(text)], max(1, repeat // 2)))
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=30.0, help="size of the mixed log")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    mixed, _ = build_mixed(args.mb, count=False)
    gate = table_gate()
    literals = (*HEX_PIVOTS, *gate.literals)
    re2: Any
    try:
        import re2  # type: ignore[import-not-found, import-untyped, no-redef, unused-ignore]
    except ImportError:
        re2 = None
    print(f"{len(literals)} literals ({len(gate.pivots)} pivots + {len(gate.codes)} code "
          f"pieces + {len(HEX_PIVOTS)} hex), "
          f"hyperscan {'installed' if accel.installed() else 'not installed'}, "
          f"google-re2 {'installed' if re2 is not None else 'not installed'}\n")
    if accel.installed():
        accel._database.cache_clear()
        t = time.perf_counter()
        accel._database(literals)
        print(f"hyperscan database build: {(time.perf_counter() - t) * 1e3:.2f} ms "
              "(after `import hyperscan`: ~2 ms)\n")
    report("1% mix", mixed, args.repeat, re2)
    report("1% mix, ASCII only", mixed.encode("ascii", "ignore").decode(), args.repeat, re2)


if __name__ == "__main__":
    main()
