"""Streaming: scan_file and scan_lines find what scan finds, across block boundaries,
with byte spans, and read legacy code pages and mojibake."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import smtperr
import smtperr._stream.blocks as stream
import smtperr._stream.parallel as parallel
import smtperr._stream.reading as reading

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
    import smtperr._scan as parser

    text = _document()
    ref = list(smtperr.scan(text))
    monkeypatch.setattr(parser, "_PIECE", 6000)
    monkeypatch.setattr(parser, "_OVERLAP", 5000)
    got = list(smtperr.scan(text))
    assert [r.span for r in got] == [r.span for r in ref]
    assert [_fields(r) for r in got] == [_fields(r) for r in ref]


# Messages whose recognisable head holds letters outside ASCII: in a legacy code page their
# bytes are not UTF-8, so the UTF-8 reading cannot see them at all.
LEGACY_HEADS = [
    ("cs/ms_65b494a4_english_tail.txt", "cp1250"),
    ("fr/exchange-ndr-fixture-nonremise.txt", "cp1252"),
    ("de/gromox_outlook_task.txt", "cp1252"),
    ("ru/wlm-bitbucket-spam-snippet-fragment.txt", "cp1251"),
    ("ru/wlm-bitbucket-spam-snippet-fragment.txt", "koi8-r"),
    ("ja/outlook-task-0x800ccc0f-0x800ccc78.txt", "shift_jis"),
    ("zh-CN/oe-0x800ccc79-postfix-relay.txt", "gbk"),
]


def _legacy_file(
    parts: list[tuple[str, str]],
) -> tuple[bytes, list[dict[str, object]], list[tuple[int, int]]]:
    """Log lines and messages, each part in its own encoding: the bytes, and the fields and
    byte spans ``scan`` gives each message read in its own encoding."""
    data = b""
    fields: list[dict[str, object]] = []
    spans: list[tuple[int, int]] = []
    for i, (text, codec) in enumerate(parts):
        data += "".join(LOG_LINES[i * 7 : i * 7 + 7]).encode("utf-8")
        for rec in smtperr.scan(text):
            fields.append(_fields(rec))
            spans.append((len(data) + len(text[: rec.span[0]].encode(codec)),
                          len(data) + len(text[: rec.span[1]].encode(codec))))
        data += text.encode(codec) + b"\n"
    return data, fields, spans


@pytest.mark.parametrize(("name", "codec"), LEGACY_HEADS)
def test_legacy_heads_are_found(name: str, codec: str) -> None:
    """Found with the fields of the UTF-8 text and exact byte spans."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    data, fields, spans = _legacy_file([(text, codec)])
    got = list(smtperr.scan_file(io.BytesIO(data)))
    assert [_fields(r) for r in got] == fields
    assert [r.span for r in got] == spans
    for rec, ref in zip(got, smtperr.scan(text)):
        assert data[rec.span[0] : rec.span[1]].decode(codec) == text[ref.span[0] : ref.span[1]]


def test_french_ndr_in_cp1252_matches_its_golden_record() -> None:
    path = CORPUS / "fr" / "exchange-ndr-fixture-nonremise.txt"
    want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    data = b"2024-05-02 relay log\n" + path.read_text(encoding="utf-8").encode("cp1252")
    (rec,) = smtperr.scan_file(io.BytesIO(data))
    got = rec.to_dict()
    assert {k: got[k] for k in want[0]} == want[0]
    assert data[rec.span[0] :].startswith("Échec de la remise".encode("cp1252"))


def _mixed_parts() -> list[tuple[str, str]]:
    utf8 = [(CORPUS / name).read_text(encoding="utf-8")
            for name in ("pl/kb290842_relay_denied.txt", "fr/kb290842_relay.txt")]
    legacy = [((CORPUS / name).read_text(encoding="utf-8"), codec)
              for name, codec in LEGACY_HEADS]
    parts: list[tuple[str, str]] = []
    for i, item in enumerate(legacy):
        parts.append((utf8[i % 2], "utf-8"))
        parts.append(item)
    return parts


def test_utf8_and_legacy_messages_in_one_file() -> None:
    """A UTF-8 message beside a cp1252 one (no log line between): both found, each read in
    its own encoding, once, in file order."""
    utf8 = (CORPUS / "pl" / "kb290842_relay_denied.txt").read_text(encoding="utf-8")
    french = (CORPUS / "fr" / "exchange-ndr-fixture-nonremise.txt").read_text(encoding="utf-8")
    head = b"Log line before\n"
    data = head + utf8.encode("utf-8") + b"\n" + french.encode("cp1252") + b"\nafter\n"
    (pl_ref,) = smtperr.scan(utf8)
    (fr_ref,) = smtperr.scan(french)
    got = list(smtperr.scan_file(io.BytesIO(data)))
    assert [_fields(r) for r in got] == [_fields(pl_ref), _fields(fr_ref)]
    assert data[got[0].span[0] : got[0].span[1]].decode("utf-8") == utf8[slice(*pl_ref.span)]
    assert data[got[1].span[0] : got[1].span[1]].decode("cp1252") == french[slice(*fr_ref.span)]


def test_mixed_encodings_across_block_boundaries(
    small_blocks: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """UTF-8 and legacy messages alternating, blocks far smaller than a message: each record
    once, in order, with exact byte spans, the same with ``jobs``."""
    data, fields, spans = _legacy_file(_mixed_parts())
    got = list(smtperr.scan_file(io.BytesIO(data)))
    assert [_fields(r) for r in got] == fields
    assert [r.span for r in got] == spans
    path = tmp_path / "mixed.log"
    path.write_bytes(data)
    monkeypatch.setattr(parallel, "_RANGE", 2000)
    two = list(smtperr.scan_file(path, jobs=2))
    assert [r.span for r in two] == spans
    assert [_fields(r) for r in two] == fields


def test_clean_utf8_skips_the_legacy_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only blocks with undecodable bytes pay for the legacy readings."""
    def fail(text: str, codec: str) -> object:
        raise AssertionError("legacy reading of clean UTF-8")

    monkeypatch.setattr(reading, "_legacy_lines", fail)
    text = _document()
    assert len(list(smtperr.scan_file(io.BytesIO(text.encode("utf-8"))))) > 50


def test_mojibake_span_is_in_bytes_of_the_file() -> None:
    """The repaired message's span counts the file's bytes, not the repaired text's."""
    text = (CORPUS / "pl" / "kb290842_relay_denied.txt").read_text(encoding="utf-8")
    garbled = text.encode("utf-8").decode("cp1252")
    data = ("Zażółć gęślą jaźń\n" * 3 + "log\n" * 500 + garbled).encode("utf-8")
    (rec,) = smtperr.scan_file(io.BytesIO(data))
    (ref,) = smtperr.scan(text)
    assert _fields(rec) == _fields(ref)
    assert data[rec.span[0] : rec.span[1]].decode("utf-8") == garbled[
        len(text[: ref.span[0]].encode("utf-8")) : len(text[: ref.span[1]].encode("utf-8"))]
