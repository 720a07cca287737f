"""Real system logs hold no client error: nothing may be found in them (loghub, see
tests/data/negative/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smtperr

LOGS = sorted((Path(__file__).parent / "data" / "negative").glob("*.log"))


def test_logs_are_present() -> None:
    assert len(LOGS) >= 12


@pytest.mark.parametrize("path", LOGS, ids=lambda p: p.stem)
def test_no_record_in_real_logs(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert [r.to_dict() for r in smtperr.scan(text)] == []


CANDIDATES_PER_MB = 5  # accepted gate hits: each puts a window of log text before the readers


def test_the_gate_lets_little_log_text_through() -> None:
    """Few gate hits in real logs (a pivot that common log wording passes, like the "Received"
    of every HDFS line, would put most of a log through the readers and cut throughput
    tenfold, with no false record to show for it)."""
    from smtperr._compile.gate import table_gate
    from smtperr._scan.gate import hits

    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in LOGS)
    found = hits(table_gate(), text)
    assert len(found) <= CANDIDATES_PER_MB * len(text) / 1e6, [text[p : p + 40] for p in found]


def test_a_guarded_pivot_is_found_wherever_its_check_passes() -> None:
    """A pivot whose checks are all labels ending in its word is looked for in the trie only
    where a value can follow ("Received >>> 550", not the "Received block" of HDFS logs):
    wherever its check reads the label, the trie finds the pivot; the log wording it skips
    is there in the real logs."""
    from smtperr._compile.gate import table_gate
    from smtperr._scan.gate import _verified

    gate = table_gate()
    assert "eceived" in gate.after  # the one that costs: 5,000 hits in 10 MB of loghub logs
    for pivot in set(gate.after) & set(gate.pivots):
        for check in gate.pivots[pivot]:
            for sep in ("", " ", ":", ": ", " >>> ", "\n> ", "  **", "\t"):
                for value in ("'550 x'", "550 x", "<a@b.c>", '"x"', "«x»"):
                    text = "Hello.\n" + check.phrase + sep + value + "\n"
                    at = text.index(pivot)
                    if not _verified((check,), text, at):
                        continue
                    found = [m.start() for m in gate.pattern.finditer(text)]
                    assert at in found, (pivot, text)
    logs = "".join(p.read_text(encoding="utf-8", errors="replace") for p in LOGS)
    assert logs.count("Received") > 100
    assert all(m.group() != "eceived" for m in gate.pattern.finditer(logs))


def test_a_code_piece_is_found_wherever_its_check_passes() -> None:
    """A code piece (the end of a server-error or server-response label) is looked for in
    the trie only before a colon and a reply code: wherever its check reads the two labels
    with their codes, the trie finds the piece and the gate accepts it."""
    from smtperr._compile.gate import MAX_CODE_PIECE, table_gate
    from smtperr._scan.gate import JOIN, _verified, hits

    gate = table_gate()
    assert "esponse" in gate.codes
    assert max(map(len, gate.codes)) <= MAX_CODE_PIECE <= JOIN  # (a wrap inside is found)
    for piece, checks in gate.codes.items():
        for check in checks:
            for sep in (": ", " : ", ":", "**: ", "：", ":\n> ", ": '", "\u00a0: "):
                text = f"Hello.\n{check.phrase}{sep}554\n{check.then}{sep}554 x\n"
                at = text.index(piece)
                assert _verified((check,), text, at), text
                assert at in [m.start() for m in gate.pattern.finditer(text)], (piece, text)
                assert hits(gate, text), text


@pytest.mark.parametrize("end", ["\n", "\r\n"])
@pytest.mark.parametrize("quote", ["", "> ", ">> "])
def test_a_wrapped_error_number_opens_a_window(end: str, quote: str) -> None:
    """Found by the noise property test: an error number hard-wrapped inside ("0x800C" +
    wrap + "CC90"), with CRLF line ends or mail quoting after the wrap, is the only thing the
    gate can find in this message; the gate missed it, so no record came out."""
    lines = ["Account: 'Mail'", "Server Error: 0x800C", "CC90", "Server Response:",
             "-ERR Invalid login or password", "Server: 'smtp.example.com'"]
    text = end.join(quote + line for line in lines)
    (rec,) = smtperr.scan(text)
    assert (rec.format, rec.server_error) == ("outlook-express", "0x800CCC90")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.:-# \n45x", max_size=200))
def test_the_status_pass_finds_what_the_status_shape_finds(text: str) -> None:
    """The gate finds reply statuses from their dots, each checked against the whole shape
    (``gate._status_hits``): the same places as a search of the shape over the text."""
    from smtperr._scan.gate import STATUS_SHAPE, _status_hits

    assert [pos for pos, _check in _status_hits(text)] == [
        m.start() for m in STATUS_SHAPE.finditer(text)
    ]
