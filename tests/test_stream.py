"""Streaming: scan_file and scan_lines find what scan finds, across block boundaries,
with byte spans, and read legacy code pages and mojibake."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import smtperr
import smtperr._stream as stream

CORPUS = Path(__file__).parent / "corpus"
SAMPLES = sorted(CORPUS.glob("*/*.txt"))
LOG_LINES = (Path(__file__).parent / "data" / "negative" / "Hadoop_2k.log").read_text(
    encoding="utf-8").splitlines(keepends=True)


def _document() -> str:
    parts = []
    for i, path in enumerate(SAMPLES):
        parts.append("".join(LOG_LINES[(i * 13) % 1900 : (i * 13) % 1900 + 13]))
        parts.append(path.read_text(encoding="utf-8") + "\n")
    return "".join(parts)


@pytest.fixture()
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks far smaller than a message, so boundaries fall inside messages."""
    monkeypatch.setattr(stream, "_BLOCK", 3000)
    monkeypatch.setattr(stream, "_CARRY", 4096)


def _fields(rec: smtperr.ClientError) -> dict[str, object]:
    d = rec.to_dict()
    d.pop("span")
    return d


def test_scan_lines_equals_scan(small_blocks: None) -> None:
    text = _document()
    ref = list(smtperr.scan(text))
    got = list(smtperr.scan_lines(text.splitlines(keepends=True)))
    assert len(ref) > 50
    assert [r.span for r in got] == [r.span for r in ref]
    assert [_fields(r) for r in got] == [_fields(r) for r in ref]


def test_scan_file_byte_spans(small_blocks: None, tmp_path: Path) -> None:
    text = _document()
    data = text.encode("utf-8")
    path = tmp_path / "mixed.log"
    path.write_bytes(data)
    ref = list(smtperr.scan(text))
    for source in (path, str(path), io.BytesIO(data)):
        got = list(smtperr.scan_file(source))  # type: ignore[arg-type]
        assert [_fields(r) for r in got] == [_fields(r) for r in ref]
        for r, g in zip(ref, got):
            assert data[g.span[0] : g.span[1]].decode("utf-8") == text[r.span[0] : r.span[1]]


def test_scan_file_jobs_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import smtperr._parallel as parallel

    monkeypatch.setattr(parallel, "_RANGE", 20_000)
    text = _document()
    path = tmp_path / "mixed.log"
    path.write_bytes(text.encode("utf-8"))
    one = list(smtperr.scan_file(path))
    two = list(smtperr.scan_file(path, jobs=2))
    assert [r.span for r in two] == [r.span for r in one]
    assert [_fields(r) for r in two] == [_fields(r) for r in one]


@pytest.mark.parametrize(("tag", "codec"), [("pl", "cp1250"), ("cs", "cp1250"), ("de", "cp1252"),
                                              ("fr", "cp1252"), ("ja", "shift_jis")])
def test_legacy_code_pages(tag: str, codec: str) -> None:
    for path in sorted((CORPUS / tag).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        try:
            data = ("Log line before\n" + text + "\nLog line after\n").encode(codec)
        except UnicodeEncodeError:
            continue
        ref = [_fields(r) for r in smtperr.scan(text)]
        got = [_fields(r) for r in smtperr.scan_file(io.BytesIO(data))]
        assert got == ref, path.name
        return
    pytest.fail(f"no {tag} sample encodable in {codec}")


def test_mojibake_is_repaired() -> None:
    path = CORPUS / "pl" / "kb290842_relay_denied.txt"
    text = path.read_text(encoding="utf-8")
    garbled = text.encode("utf-8").decode("cp1252", errors="replace")
    ref = [_fields(r) for r in smtperr.scan(text)]
    got = [_fields(r) for r in smtperr.scan_file(io.BytesIO(garbled.encode("utf-8")))]
    assert got == ref


def test_undecodable_bytes_are_not_lost() -> None:
    data = b"\xff\xfe junk \x81\x82\n" + (CORPUS / "en" / "hx-063-oe-0x800CCC0E.txt").read_bytes()
    (rec,) = smtperr.scan_file(io.BytesIO(data))
    assert rec.error_number == "0x800CCC0E"
    assert data[rec.span[0] : rec.span[0] + 14] == b"The connection"


def test_scan_file_rejects_text_objects() -> None:
    with pytest.raises(TypeError):
        list(smtperr.scan_file(123))  # type: ignore[arg-type]


def test_meta_is_json() -> None:
    for path in SAMPLES:
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def test_legacy_span_covers_the_whole_message() -> None:
    text = (CORPUS / "ja" / "hx-038-oe-0x800CCC79.txt").read_text(encoding="utf-8")
    data = ("Log line before\n" + text + "\nLog line after\n").encode("shift_jis")
    (rec,) = smtperr.scan_file(io.BytesIO(data))
    (ref,) = smtperr.scan(text)
    prefix = len("Log line before\n".encode("shift_jis"))
    assert data[rec.span[0] : rec.span[1]].decode("shift_jis") == text[ref.span[0] : ref.span[1]]
    assert rec.span[0] == prefix + len(text[: ref.span[0]].encode("shift_jis"))


def test_long_windows_are_read_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dense messages merge into one long window; reading it in overlapping pieces (which
    bounds memory) finds the same records, each once."""
    import smtperr._parser as parser

    text = _document()
    ref = list(smtperr.scan(text))
    monkeypatch.setattr(parser, "_PIECE", 6000)
    monkeypatch.setattr(parser, "_OVERLAP", 5000)
    got = list(smtperr.scan(text))
    assert [r.span for r in got] == [r.span for r in ref]
    assert [_fields(r) for r in got] == [_fields(r) for r in ref]
