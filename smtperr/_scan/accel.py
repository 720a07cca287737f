"""The gate's literal passes in hyperscan, when it is installed (the ``accel`` extra).

``hits(gate, text)`` returns exactly what ``gate.hits(gate, text)`` returns.  Only the raw
literal passes move to C: every pivot, code piece and the error-number shape go into one
hyperscan database, scanned once over the text's UTF-8 bytes (offsets equal to ``str``
offsets when the text is ASCII; otherwise the few hit offsets are mapped back by decoding
the bytes between them).  The hits are then filtered, checked and accepted by the pure
gate's own rules (repeated here: the pure gate does them inline); its non-ASCII and
hard-wrap passes and its checks are called unchanged.

Measured on a 30 MB mix of log lines and messages (``benchmarks/bench_gate.py``), when the
database held 24 literals: one scan costs about one ``str.count`` pass; the gate as a whole
ran about 4x faster than the pure one.  It now holds about 65 (pivots, code pieces, the
error-number pivots) and compiles in about 1 ms (``import hyperscan``: ~2 ms), so it is
built on first use (one per set of literals) and never stored.

Nothing here is imported or compiled by ``import smtperr``; ``available()`` imports
hyperscan on first call.  ``SMTPERR_ACCEL=0`` in the environment turns it off.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from .._compile.gate import HEX_PIVOTS
from . import gate as _pure

if TYPE_CHECKING:
    from .._compile.gate import Gate

__all__ = ["available", "hits", "installed"]

# hs_scan takes an unsigned int length: longer texts are scanned in pieces of this many bytes
# (each overlapping the next by the longest literal less one).
CHUNK = 1 << 30


class _Database(Protocol):
    """What is used of ``hyperscan.Database`` (typed here: the extra may be absent)."""

    def scan(
        self,
        data: bytes,
        match_event_handler: Callable[[int, int, int, int, object], None],
        flags: int = 0,
        context: object = None,
        scratch: Any = None,
    ) -> None: ...


@functools.cache
def installed() -> bool:
    """Whether hyperscan imports and compiles here (whatever ``SMTPERR_ACCEL`` says)."""
    try:
        _database(HEX_PIVOTS)
    except Exception:  # not installed, or a CPU it does not support (it needs SSSE3)
        return False
    return True


def available() -> bool:
    """Whether the gate should use the accelerator: hyperscan works here and
    ``SMTPERR_ACCEL`` is not ``0``."""
    return os.environ.get("SMTPERR_ACCEL", "1") != "0" and installed()


@functools.lru_cache(maxsize=8)
def _database(literals: tuple[str, ...]) -> tuple[_Database, threading.local]:
    """One block-mode database of ``literals`` (id = index), and its per-thread scratch
    (the binding scans without the GIL: two threads must not share one)."""
    import hyperscan  # type: ignore[import-not-found, unused-ignore]

    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(
        expressions=[lit.encode("utf-8") for lit in literals],
        ids=list(range(len(literals))),
        flags=0,
        literal=True,
    )
    return cast(_Database, db), threading.local()


def _raw(literals: tuple[str, ...], data: bytes) -> list[list[int]]:
    """Byte offsets of every occurrence (overlapping ones too) of each literal, ascending."""
    import hyperscan  # type: ignore[import-not-found, unused-ignore]

    db, local = _database(literals)
    scratch = getattr(local, "scratch", None)
    if scratch is None:
        scratch = local.scratch = hyperscan.Scratch(cast(Any, db))
    found: list[list[int]] = [[] for _ in literals]
    lengths = [len(lit.encode("utf-8")) for lit in literals]
    if len(data) <= CHUNK:

        def on_match(i: int, _from: int, to: int, _flags: int, _ctx: object) -> None:
            found[i].append(to - lengths[i])

        db.scan(data, match_event_handler=on_match, scratch=scratch)
        return found
    overlap = max(lengths) - 1
    view = memoryview(data)
    for base in range(0, len(data), CHUNK):

        def on_piece(
            i: int, _from: int, to: int, _flags: int, _ctx: object, base: int = base
        ) -> None:
            start = base + to - lengths[i]
            if start < base + CHUNK:  # one that starts in the overlap is the next piece's
                found[i].append(start)

        piece = cast(bytes, view[base : base + CHUNK + overlap])
        db.scan(piece, match_event_handler=on_piece, scratch=scratch)
    return found


def _char_offsets(data: bytes, offsets: list[int]) -> dict[int, int]:
    """``str`` offsets of the UTF-8 byte offsets (each the start of a character)."""
    out: dict[int, int] = {}
    prev = chars = 0
    for off in sorted(set(offsets)):
        chars += len(data[prev:off].decode("utf-8", "surrogatepass"))
        prev = off
        out[off] = chars
    return out


def hits(gate: Gate, text: str) -> list[int]:
    """Sorted positions of accepted hits: the same list as ``gate.hits(gate, text)``; only
    the literal passes run here, the rest is ``gate.accept`` (``tests/test_accel.py`` holds
    the two equal)."""
    literals = (*HEX_PIVOTS, *gate.literals)
    ascii_only = text.isascii()
    data = text.encode("ascii") if ascii_only else text.encode("utf-8", "surrogatepass")
    found = _raw(literals, data)
    if not ascii_only:
        where = _char_offsets(data, [off for offs in found for off in offs])
        found = [[where[off] for off in offs] for offs in found]
    # The pure pass is one trie: at each place the longest literal whose ``after`` holds, and
    # the next looked for past its end.  Hyperscan reports every occurrence, overlapping ones
    # too ("he server" at 132 and "e server" at 133): kept as the trie would keep them.
    found_at = sorted(
        (pos, -len(literals[i]), i) for i, starts in enumerate(found) for pos in starts
    )
    checks_of = [None] * len(HEX_PIVOTS) + list(gate.literals.values())
    raw: list[_pure.Raw] = []
    skip_to: dict[str, int] = {}  # after an error number, the next is looked for SKIP on
    end = 0
    for pos, _longest, i in found_at:
        if pos < end:
            continue
        literal = literals[i]
        after = gate.after.get(literal)
        if after is not None and not after.match(text, pos + len(literal)):
            continue
        end = pos + len(literal)
        checks = checks_of[i]
        if checks is not None:
            raw.append((pos, checks))
        elif pos < skip_to.get(literal, -1):
            raw.append((pos, None))  # not checked, but its window must reach it (SKIP > TIGHT)
        elif _pure.is_number(text, pos):
            raw.append((pos, None))
            skip_to[literal] = pos + _pure.SKIP
    return _pure.accept(gate, text, raw)
