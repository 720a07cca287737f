"""The optional accelerator (hyperscan, the ``accel`` extra) changes nothing but speed: its
gate returns exactly the pure gate's hits, and ``scan`` the same records, on every golden
sample, the real logs, a mix of both and drawn messages among log lines."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smtperr
from smtperr._compile.gate import table_gate
from smtperr._scan import accel
from smtperr._scan import gate as pure
from smtperr.strategies import messages

pytestmark = pytest.mark.skipif(not accel.installed(), reason="hyperscan is not installed")

HERE = Path(__file__).parent
SAMPLES = sorted((HERE / "corpus").glob("*/*.txt"))
LOGS = sorted((HERE / "data" / "negative").glob("*.log"))
LOG_LINES = [
    line
    for p in LOGS
    for line in p.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
]


def _mix(size: int, seed: int = 7) -> str:
    """Log lines with a golden sample after about 1% of them (as benchmarks/bench_gate.py)."""
    rnd = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in SAMPLES]
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(LOG_LINES[rnd.randrange(len(LOG_LINES))])
        total += len(parts[-1])
        if rnd.random() < 0.01:
            parts.append(samples[rnd.randrange(len(samples))] + "\n")
            total += len(parts[-1])
    return "".join(parts)


def _same(text: str) -> list[int]:
    gate = table_gate()
    expected = pure.hits(gate, text)
    assert accel.hits(gate, text) == expected
    return expected


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden_sample(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _same(text)  # every sample has a hit
    assert _same(text.replace("\n", "\r\n"))


@pytest.mark.parametrize("path", LOGS, ids=lambda p: p.stem)
def test_negative_log(path: Path) -> None:
    _same(path.read_text(encoding="utf-8", errors="replace"))


def test_mix_2mb() -> None:
    text = _mix(2_000_000)
    assert not text.isascii()
    assert len(_same(text)) > 100


def test_ascii_mix() -> None:
    text = _mix(500_000, seed=3).encode("ascii", "ignore").decode("ascii")
    assert len(_same(text)) > 10


def test_characters_beyond_the_bmp_and_lone_surrogates() -> None:
    sample = SAMPLES[0].read_text(encoding="utf-8")
    for odd in ("\U0001f600", "\ud800", "日本語", "é"):
        _same(odd + sample + odd * 3 + sample)
        _same((odd + " ") * 50 + sample)


def test_edges() -> None:
    for text in ("", "x800", "0x800", "0x800CCC0E", "\n0x800ABCD", "Protocol: SMTP", "(SSL)"):
        _same(text)


def test_long_text_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts longer than one hyperscan scan are scanned in overlapping pieces; a small
    piece size puts literals across every boundary."""
    text = _mix(300_000, seed=11)
    for size in (17, 1000, 4096):
        monkeypatch.setattr(accel, "CHUNK", size)
        _same(text)
        _same(text.encode("ascii", "ignore").decode("ascii"))


def test_threads_have_their_own_scratch() -> None:
    texts = [_mix(200_000, seed=s) for s in range(4)]
    gate = table_gate()
    expected = [pure.hits(gate, t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: accel.hits(gate, t), texts * 3))
    assert got == expected * 3


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(messages(), st.sampled_from(LOG_LINES), st.text(max_size=40)),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["", "\n", "\r\n", " "]),
)
def test_drawn_messages_among_log_lines(parts: list[str], sep: str) -> None:
    _same(sep.join(parts))


def test_switch() -> None:
    code = (
        "import os, sys, smtperr; from smtperr._scan import accel; "
        "assert 'hyperscan' not in sys.modules; "
        "print(accel.available())"
    )
    for value, expected in (("0", "False"), ("1", "True")):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "SMTPERR_ACCEL": value},
            cwd=HERE.parent,
        )
        assert out.stdout.strip() == expected


def _records(text: str) -> list[dict[str, object]]:
    return [r.to_dict() for r in smtperr.scan(text)]


def test_scan_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    """``scan`` with the gate forced onto the accelerator and forced off it."""
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES] + [_mix(2_000_000, seed=5)]
    monkeypatch.setenv("SMTPERR_ACCEL", "0")
    off = [_records(t) for t in texts]
    monkeypatch.setattr(pure, "hits", accel.hits)
    monkeypatch.setenv("SMTPERR_ACCEL", "1")
    on = [_records(t) for t in texts]
    assert on == off
    assert all(off[: len(SAMPLES)])
