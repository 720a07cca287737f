"""The gate remembers a check's verdict on a neighbourhood it has searched (a log repeats its
lines): remembered or searched again, the hits are the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smtperr._compile.gate import table_gate
from smtperr._scan import gate

HERE = Path(__file__).parent
SAMPLES = sorted((HERE / "corpus").glob("*/*.txt"))
# Pieces of wording the gate's checks read, and what stands around them in real text.
_PIECES = st.sampled_from(
    ["Recipient: <a@b.c> ", "the recipient ", "Failed Recipient: a@b.c\n", "Server Response: ",
     "550 5.1.1 ", "Generating server: mx.b.c\n", "\n", "> ", "relay ", "x", "0x800CCC79 "]
)


_VERIFIED = gate._verified


def _searched_each_time(
    checks: tuple[object, ...], text: str, pos: int, known: object = None
) -> bool:
    return _VERIFIED(checks, text, pos)  # type: ignore[arg-type]


def _searched(monkeypatch: pytest.MonkeyPatch, text: str) -> list[int]:
    """The hits with every check searched (nothing remembered)."""
    with monkeypatch.context() as m:
        m.setattr(gate, "_verified", _searched_each_time)
        return gate.hits(table_gate(), text)


def test_remembered_verdicts_change_no_hit_on_real_samples(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "".join(p.read_text(encoding="utf-8") + "\n" for p in SAMPLES)
    repeated = "".join(p.read_text(encoding="utf-8")[:300] + "\n" for p in SAMPLES) * 3
    for t in (text, repeated):
        assert gate.hits(table_gate(), t) == _searched(monkeypatch, t)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60), st.integers(1, 3))
def test_remembered_verdicts_change_no_hit_on_repeats(pieces: list[str], times: int) -> None:
    text = "".join(pieces) * times
    remembered = gate.hits(table_gate(), text)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(gate, "VERDICTS", 1)  # forgotten at every new neighbourhood
        assert gate.hits(table_gate(), text) == remembered
        m.setattr(gate, "_verified", _searched_each_time)
        assert gate.hits(table_gate(), text) == remembered


def test_a_verdict_is_remembered_for_its_neighbourhood_only() -> None:
    """A pivot refused in one neighbourhood ("Recipient: <a@b.c>", no wording of a message)
    is still accepted in another ("the recipient", as a bounce words it) with the same
    checks."""
    far = "\n" + "log line\n" * 400
    text = "Recipient: <a@b.c>\n" * 3 + far + "Delivery to the recipient failed\n"
    found = gate.hits(table_gate(), text)
    at = text.index("the recipient")
    assert not [pos for pos in found if pos < len("Recipient: <a@b.c>\n") * 3]
    assert [pos for pos in found if at <= pos < at + len("the recipient")]
