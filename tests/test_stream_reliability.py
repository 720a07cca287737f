"""Issue 14, stream side: bounded work for legacy code pages and mojibake, valid text in the
records, undecodable bytes at the end counted, records independent of block boundaries."""

from __future__ import annotations

import io
import os
import sys
import time
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smtperr
import smtperr._stream.blocks as blocks
import smtperr._stream.parallel as parallel
from smtperr._stream import Counts, scan_file

HERE = Path(__file__).parent
SAMPLES = sorted((HERE / "corpus").glob("*/*.txt"))
LOG = "".join(p.read_text(encoding="utf-8") for p in sorted(HERE.glob("data/negative/*.log")))
LOG_LINES = LOG.splitlines(keepends=True)
SIZES = (256 << 10, 1 << 20)
ROUNDS = 3  # best of: load on the machine slows some runs, never speeds one up
LIMIT = 3.0  # issue 14: at most 3x the time of ordinary text of the same size


def _fit(unit: bytes, size: int) -> bytes:
    return (unit * (size // len(unit) + 1))[:size]


def _log(size: int) -> bytes:
    return _fit(LOG.encode("utf-8"), size)


def _messages(encoding: str) -> bytes:
    """The real messages with letters outside ASCII that cp1252 can write, one a line."""
    out = []
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        if not text.isascii() and text.encode("cp1252", "ignore").decode("cp1252") == text:
            out.append(text.encode(encoding) + b"\n")
    return b"".join(out)


def _seconds(data: bytes) -> float:
    start = time.process_time()  # CPU seconds: load on the machine does not count
    for _ in smtperr.scan_file(io.BytesIO(data)):
        pass
    return time.process_time() - start


def _ratio(make: Callable[[int], tuple[bytes, bytes]], size: int) -> float:
    """Best time of the crafted input over best time of its ordinary counterpart, timed
    interleaved so that load falls on both alike."""
    crafted, ordinary = make(size)
    assert abs(len(crafted) - len(ordinary)) <= size // 50
    best_c = best_o = float("inf")
    for _ in range(ROUNDS):
        best_o = min(best_o, _seconds(ordinary))
        best_c = min(best_c, _seconds(crafted))
    return best_c / best_o


def _assert_fast(make: Callable[[int], tuple[bytes, bytes]]) -> None:
    for size in SIZES:
        ratio = _ratio(make, size)
        if ratio > LIMIT:  # once more: a 2-core box under load
            ratio = min(ratio, _ratio(make, size))
        assert ratio <= LIMIT, f"{ratio:.1f}x ordinary text at {size} bytes"


def _mojibake(size: int) -> tuple[bytes, bytes]:
    """Issue 14's input: one mojibake marker per 100 records, against the same text with the
    marker read right.  Each record is a message, so its ordinary counterpart is the same
    messages, not log text: the parser's cost per record is not the stream's to cut."""
    unit = "SSL:1,Error Num:0x800CCC0E\n" * 100
    return _fit((unit + "Ã©\n").encode(), size), _fit((unit + "é\n").encode(), size)


def _cp1252(size: int) -> tuple[bytes, bytes]:
    """Real messages saved in cp1252, against the same messages in UTF-8."""
    return _fit(_messages("cp1252"), size), _fit(_messages("utf-8"), size)


def _undecodable_in_log(size: int) -> tuple[bytes, bytes]:
    """Ordinary log text with 16 bytes that are not UTF-8 every 16 KB, against the log."""
    log = _log(size)
    junk = bytes(range(0x80, 0x100, 8))
    step = 16 << 10
    return b"".join(log[i : i + step - len(junk)] + junk for i in range(0, size, step)), log


def _undecodable_in_messages(size: int) -> tuple[bytes, bytes]:
    """Real UTF-8 messages with 4 bytes that are not UTF-8 every 16 KB."""
    text = _fit(_messages("utf-8"), size)
    step = 16 << 10
    junk = b"\xe9\xff\x81\xa4"
    return b"".join(text[i : i + step - len(junk)] + junk for i in range(0, size, step)), text


@pytest.mark.parametrize(
    "make", [_mojibake, _cp1252, _undecodable_in_log, _undecodable_in_messages],
    ids=["mojibake", "cp1252-messages", "bytes-in-log", "bytes-in-messages"],
)
def test_crafted_bytes_cost_little_more_than_ordinary_text(
    make: Callable[[int], tuple[bytes, bytes]],
) -> None:
    """Mojibake is repaired and legacy code pages are chosen once per stretch, by a score
    computed at C speed; only the winning reading is parsed."""
    _assert_fast(make)


def _assert_valid(rec: smtperr.ClientError, source: str) -> None:
    for key, value in rec.to_dict().items():
        if isinstance(value, str):
            assert not any("\ud800" <= c <= "\udfff" for c in value), (key, value)
            controls = {c for c in value if unicodedata.category(c) == "Cc"}
            assert controls <= set(source), (key, value)


def test_undecodable_bytes_never_reach_a_record() -> None:
    data = b"Ser\xe9ver: 'a\xe9b', Protocol: SMTP, Port: 25, Error Number: 0x800CCC0E\n"
    (rec,) = smtperr.scan_file(io.BytesIO(data))
    _assert_valid(rec, data.decode("ascii", "ignore"))
    assert rec.server == "aéb"  # read in cp1252, the page whose letters fit


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sample=st.sampled_from(SAMPLES),
    junk=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=4)), max_size=6),
)
def test_records_hold_valid_text_whatever_the_bytes(
    sample: Path, junk: list[tuple[float, bytes]]
) -> None:
    data = sample.read_bytes()
    for where, piece in junk:
        cut = int(where * len(data))
        data = data[:cut] + bytes(b | 0x80 for b in piece) + data[cut:]
    source = data.decode("utf-8", "replace")
    for rec in smtperr.scan_file(io.BytesIO(data)):
        _assert_valid(rec, source)


def test_undecodable_bytes_at_the_end_are_counted(tmp_path: Path) -> None:
    data = b"log line\n\xe2\x82"  # a character cut off by the end of the file
    counts = Counts()
    assert list(scan_file(io.BytesIO(data), counts=counts)) == []
    assert (counts.bytes, counts.lines, counts.undecodable) == (11, 1, 2)
    path = tmp_path / "cut.log"
    path.write_bytes(data)
    counts = Counts()
    list(scan_file(path, jobs=2, counts=counts))
    assert (counts.bytes, counts.lines, counts.undecodable) == (11, 1, 2)


def test_jobs_count_what_one_job_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each worker counts its own range: no second read of the file."""
    monkeypatch.setattr(parallel, "_RANGE", 5000)
    path = tmp_path / "mixed.log"
    path.write_bytes(_log(30_000) + b"\xff\xfe\n" + _messages("cp1252") + b"\xe2\x82")
    one, two = Counts(), Counts()
    recs = list(scan_file(path, counts=one))
    assert list(scan_file(path, jobs=2, counts=two)) == recs
    assert (one.bytes, one.lines, one.undecodable) == (two.bytes, two.lines, two.undecodable)
    assert one.bytes == path.stat().st_size and one.undecodable > 2


@st.composite
def _files(draw: st.DrawFn) -> bytes:
    """Real log lines and real samples, each sample in UTF-8, in a legacy code page that can
    write it, or as UTF-8 mis-read as cp1252."""
    parts = []
    for _ in range(draw(st.integers(3, 10))):
        at = draw(st.integers(0, len(LOG_LINES) - 20))
        parts.append("".join(LOG_LINES[at : at + draw(st.integers(0, 20))]).encode("utf-8"))
        sample = draw(st.sampled_from(SAMPLES))
        text = sample.read_text(encoding="utf-8")
        codec = draw(st.sampled_from(["utf-8", "mojibake", "cp1252", "cp1250", "cp1251",
                                      "shift_jis", "gbk"]))
        if codec == "mojibake":
            codec, text = "utf-8", text.encode("utf-8").decode("cp1252", "replace")
        parts.append(text.encode(codec, "replace") + b"\n")
    return b"".join(parts)


def _whole_and_in_blocks(data: bytes, block: int) -> tuple[list[Any], list[Any]]:
    """The records of ``data`` (fields and spans) read whole, and read in blocks of ``block``."""
    ref = [(r.to_dict(), r.span) for r in smtperr.scan_file(io.BytesIO(data))]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(blocks, "_BLOCK", block)
        mp.setattr(blocks, "_CARRY", 4096)  # over twice the longest sample: blocks start near
        got = [(r.to_dict(), r.span) for r in smtperr.scan_file(io.BytesIO(data))]
    return ref, got


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_files(), block=st.integers(500, 6000))
def test_records_do_not_depend_on_where_blocks_start(data: bytes, block: int) -> None:
    ref, got = _whole_and_in_blocks(data, block)
    assert got == ref


def test_two_bounces_near_each_other_are_read_apart() -> None:
    """Found by the block property test: a Postfix report, classic messages, then a
    mailing-list mail quoting "Remote Server returned '550 5.1.10 ...'" (real samples and log
    lines).  Read whole, the quoted reply joined the first report (which has its reply) and was
    lost; read in small blocks, it was found."""
    data = (HERE / "data" / "regress" / "two-bounces-grouped.bin").read_bytes()
    ref, got = _whole_and_in_blocks(data, 500)
    assert got == ref
    assert [r["server_response"][:10] for r, _span in ref[:4]] == [
        "550-5.7.26", "550 <someo", "553 Sorry,", "550 5.1.10"
    ]


def test_a_bounce_cut_by_a_block_start_is_still_one_record() -> None:
    """A Postfix bounce for two recipients is one record.  A later block whose carry no longer
    holds the bounce's first lines reads the second recipient's part alone, as a message of
    its own: the block before judged that text, so it is not read again."""
    bounce = (HERE / "corpus" / "en" / "ndr-postfix-user-unknown.txt").read_text(encoding="utf-8")
    data = (bounce + "\n" + LOG[:12000]).encode("utf-8")
    for block in (300, 500, 1000, 1500):
        ref, got = _whole_and_in_blocks(data, block)
        assert len(ref) == 1
        assert got == ref


def test_a_bounce_pasted_again_is_read_again() -> None:
    """The same bounce pasted twice, log lines between, is two records read whole and read in
    blocks (a bounce repeats itself in another language, not with its own first sentence)."""
    bounce = (HERE / "corpus" / "en" / "ndr-postfix-gmail-spf.txt").read_text(encoding="utf-8")
    data = (bounce + "\n" + "".join(LOG_LINES[:5]) + bounce + "\n" + LOG[:9000]).encode()
    for block in (500, 1000):
        ref, got = _whole_and_in_blocks(data, block)
        assert len(ref) == 2
        assert got == ref


def test_an_open_quoted_reply_ends_where_it_ends_whatever_follows() -> None:
    """Found by the block property test: Windows Mail's Czech message whose reply's quote is
    left open ("Odpověď serveru: '550 ... odepřen, port: 25, ...", the article's '"' around the
    whole message after it), mis-read as cp1252, then Exchange reports (real samples and log
    lines).  Whether the reply ran on to the paragraph's end depended on labels after that
    paragraph, so on where the block ended.  Now what follows the paragraph does not count,
    and a '"' does not close a "'": the reply ends at the next label, read whole or in
    blocks."""
    data = (HERE / "data" / "regress" / "open-quote-reply.bin").read_bytes()
    ref, got = _whole_and_in_blocks(data, 500)
    assert got == ref
    first = ref[0][0]
    assert first["server_response"] == "550 <someone@example.com>... Přenos byl odepřen"
    assert (first["port"], first["ssl"], first["server_error"]) == (25, False, "550")


def test_ranges_start_small_and_double(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: the first range is small, so that its records come out at once (``| head``);
    each next one is twice as large, up to ``_RANGE``; they meet and cover the file."""
    monkeypatch.setattr(parallel, "_FIRST", 1000)
    monkeypatch.setattr(parallel, "_RANGE", 8000)
    data = _log(60_000)
    path = tmp_path / "log.txt"
    path.write_bytes(data)
    ranges = parallel._ranges(str(path), len(data), "utf-8", 0)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(a[1] == b[0] and data[b[0] - 1 : b[0]] == b"\n" for a, b in pairwise(ranges))
    longest = max(map(len, LOG_LINES))
    steps = [1000, 2000, 4000] + [8000] * (len(ranges) - 4)
    for (start, end), step in zip(ranges, steps):
        assert step <= end - start < step + longest  # to the line end after each step
    assert len(ranges) == 10


@pytest.mark.skipif(not os.path.exists("/dev/fd/0"), reason="needs /dev/fd")
def test_workers_open_the_file_a_descriptor_name_stands_for(tmp_path: Path) -> None:
    """``/dev/stdin`` or ``/dev/fd/N`` opened in a worker is the worker's own descriptor: the
    workers open the file it resolves to, or the file is read in one process."""
    path = tmp_path / "log.txt"
    path.write_bytes(b"a line\n")
    with open(path, "rb") as fh:
        found = parallel._shareable(f"/dev/fd/{fh.fileno()}")
    if sys.platform == "linux":
        assert found is not None and found[0] == os.path.realpath(path)
    else:
        assert found is None or found[0] == os.path.realpath(path)
    r, w = os.pipe()
    try:
        assert parallel._shareable(f"/dev/fd/{r}") is None  # a pipe: read once, in order
    finally:
        os.close(r)
        os.close(w)


def test_a_mojibake_repair_that_makes_surrogates_is_refused() -> None:
    """Found by atheris: ftfy "repaired" a word of undecodable bytes (an encoded surrogate
    among them) into lone surrogates, and sizing the repair raised UnicodeEncodeError out of
    ``scan_file``.  Such a repair is refused; the records hold valid text."""
    pytest.importorskip("ftfy")
    data = (Path(__file__).parent / "data" / "regress" / "ftfy-surrogate.bin").read_bytes()
    records = list(smtperr.scan_file(io.BytesIO(data)))
    assert records
    for rec in records:
        for value in rec.to_dict().values():
            if isinstance(value, str):
                value.encode("utf-8")
