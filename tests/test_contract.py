"""Records that round-trip: ``from_dict`` of ``to_dict`` and of the command line's JSON Lines,
the published JSON Schema (the output is validated against it), the fixed Arrow schema, pandas
dtypes of the CSV output, and Parquet output."""

from __future__ import annotations

import codecs
import io
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smtperr
from smtperr import ClientError, Reason, Verdict
from smtperr._cli import main
from smtperr._records import DICT_KEYS, FLAT_KEYS
from smtperr.strategies import client_errors

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "tickets.txt"
CORPUS = ROOT / "tests" / "corpus"


def _jsonl(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main(["parse", "-q", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _corpus_records() -> list[ClientError]:
    out: list[ClientError] = []
    for path in sorted(CORPUS.rglob("*.txt")):
        out += smtperr.scan(path.read_text(encoding="utf-8"))
    return out


# -- from_dict ------------------------------------------------------------------------------


def test_client_error_from_dict_round_trips_every_corpus_record() -> None:
    records = _corpus_records()
    assert len(records) > 50
    for rec in records:
        assert ClientError.from_dict(rec.to_dict()) == rec
        assert ClientError.from_dict(json.loads(json.dumps(rec.to_dict()))) == rec


def test_from_dict_reads_a_cli_line_with_typed_reason_and_span(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The defect: ClientError(**json.loads(line)) gave a str reason and a list span.
    rows = _jsonl(capsys, str(EXAMPLE))
    recs = [ClientError.from_dict(row) for row in rows]
    assert recs == list(smtperr.scan_file(EXAMPLE))
    assert isinstance(recs[0].reason, Reason) and isinstance(recs[0].span, tuple)
    flat = {**{k: v for k, v in rows[0].items() if k != "span"},
            "span_start": rows[0]["span"][0], "span_end": rows[0]["span"][1]}
    assert ClientError.from_dict(flat) == recs[0]


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"nonsense": 1}, ValueError),
        ({"port": "25"}, TypeError),
        ({"port": True}, TypeError),
        ({"ssl": "false"}, TypeError),
        ({"span": [1]}, TypeError),
        ({"reason": "no_such_reason"}, ValueError),
        ([("port", 25)], TypeError),
    ],
)
def test_from_dict_refuses_what_to_dict_never_gives(data: Any, error: type) -> None:
    with pytest.raises(error):
        ClientError.from_dict(data)


@pytest.mark.parametrize(
    "reply",
    ["554 5.7.1 <bob@example.org>: Relay access denied", "452 4.2.2 Mailbox full",
     "hello", "", "550 sorry"],
)
def test_verdict_round_trips(reply: str) -> None:
    v = smtperr.classify(reply)
    assert Verdict.from_dict(v.to_dict()) == v
    assert Verdict.from_dict(json.loads(json.dumps(v.to_dict()))) == v


# -- JSON Schema ----------------------------------------------------------------------------


def test_schema_describes_the_record() -> None:
    schema = smtperr.json_schema()
    assert schema["required"] == list(DICT_KEYS)
    assert set(schema["properties"]) == {"file", *DICT_KEYS, "span_start", "span_end"}
    assert schema["properties"]["reason"]["enum"] == [r.value for r in Reason] + [None]
    assert schema["additionalProperties"] is False


def test_cli_output_validates_against_the_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(smtperr.json_schema())
    validator.check_schema(smtperr.json_schema())
    rows = _jsonl(capsys, str(CORPUS / "**" / "*.txt"), str(EXAMPLE))
    assert len(rows) > 50
    for row in rows:
        validator.validate(row)
    # ... and a line missing a key, or with a wrong type, does not.
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({k: v for k, v in rows[0].items() if k != "port"})
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**rows[0], "span": "[1, 2]"})


@settings(max_examples=60, deadline=None)
@given(client_errors())
def test_drawn_records_validate_against_the_schema(case: tuple[str, ClientError]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    text, _expected = case
    for rec in smtperr.scan(text):
        jsonschema.validate(rec.to_dict(), smtperr.json_schema())
        assert ClientError.from_dict(rec.to_dict()) == rec


# -- Arrow, pandas, CSV, Parquet -----------------------------------------------------------


def test_arrow_schema_is_fixed_even_for_empty_columns() -> None:
    pa = pytest.importorskip("pyarrow")
    rec = ClientError(error_number="0x800CCC0E", span=(3, 9))  # almost every field None
    table = smtperr.to_arrow([rec])
    # The defect: pyarrow infers `null` for a column that holds only None.
    assert table.schema.field("subject").type == pa.string()
    assert table.schema.field("port").type == pa.int32()
    assert table.schema.field("ssl").type == pa.bool_()
    assert table.column_names == list(FLAT_KEYS)
    assert smtperr.to_arrow([]).schema == table.schema
    assert smtperr.to_arrow([rec], file="a.log").column_names == ["file", *FLAT_KEYS]
    back = [ClientError.from_dict(row) for row in table.to_pylist()]
    assert back == [rec]


def test_to_pandas_has_the_documented_dtypes() -> None:
    pytest.importorskip("pyarrow")
    df = smtperr.to_pandas(_corpus_records(), file="corpus")
    assert {c: str(t) for c, t in df.dtypes.items()} == smtperr.PANDAS_DTYPES
    assert len(smtperr.to_pandas([]).columns) == len(FLAT_KEYS)


def test_csv_loads_in_pandas_with_the_documented_dtypes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pd = pytest.importorskip("pandas")
    assert main(["parse", "-q", "--format", "csv", str(CORPUS / "**" / "*.txt")]) == 0
    text = capsys.readouterr().out
    header = text.splitlines()[0].split(",")
    assert header == ["file", *FLAT_KEYS]
    assert ",true," in text and ",false," in text and "True" not in text
    df = pd.read_csv(io.StringIO(text), dtype=smtperr.PANDAS_DTYPES,
                     keep_default_na=False, na_values=[""])
    assert {c: str(t) for c, t in df.dtypes.items()} == smtperr.PANDAS_DTYPES
    # server_error holds both SMTP codes and HRESULTs: strings, never floats.
    assert {"550", "0x800CCC90"} <= set(df["server_error"].dropna())
    spans = [r.span[0] for p in sorted(CORPUS.rglob("*.txt")) for r in smtperr.scan_file(p)]
    assert list(df["span_start"]) == spans


def test_parquet_output_is_the_arrow_table(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    assert main(["parse", "-q", "--format", "parquet", "-o", str(out), str(EXAMPLE)]) == 0
    table = pq.read_table(out)
    assert table.equals(smtperr.to_arrow(smtperr.scan_file(EXAMPLE), file=str(EXAMPLE)))
    assert main(["parse", "-q", "--format", "parquet", "-o", str(out), "--fields",
                 "file,port,span", str(EXAMPLE)]) == 0
    assert pq.read_table(out).column_names == ["file", "port", "span_start", "span_end"]


# -- the decoding front door ----------------------------------------------------------------


def _fields(recs: list[ClientError]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.to_dict().items() if k != "span"} for r in recs]


def _samples(lang: str) -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((CORPUS / lang).glob("*.txt")))


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
     ("utf-16-le", b""), ("utf-16-be", b""), ("utf-32-le", codecs.BOM_UTF32_LE),
     ("utf-32-be", b""), ("utf-8", codecs.BOM_UTF8)],
)
@pytest.mark.parametrize("lang", ["en", "pl", "ru", "ja"])
def test_unicode_files_give_the_records_of_their_utf8_original(
    tmp_path: Path, encoding: str, bom: bytes, lang: str
) -> None:
    # The defect: a UTF-16 file (Notepad's "Unicode", PowerShell 5's `>`) was read as nothing.
    text = "Ticket 4711, from the customer:\n" + _samples(lang)
    want = list(smtperr.scan_file(io.BytesIO(text.encode())))
    assert want
    data = bom + text.encode(encoding)
    path = tmp_path / "ticket.txt"
    path.write_bytes(data)
    got = list(smtperr.scan_file(path))
    assert _fields(got) == _fields(want)
    for rec in got:  # spans are byte offsets into the file as it is
        start, end = rec.span
        assert data[start:end].decode(encoding) in text


POLISH = (
    "Nie można wysłać wiadomości, ponieważ jeden z adresatów został odrzucony przez serwer. "
    "Odrzucony adres e-mail to: '<osoba@example.pl>'. Temat: 'Łódź', Konto: 'Łukasz', "
    "Serwer: 'smtp.example.pl', Protokół: SMTP, Odpowiedź serwera: '550 5.7.1 Relaying "
    "denied', Port: 25, Zabezpieczenia (SSL): Nie, Błąd serwera: 550, Numer błędu: 0x800CCC79\n"
)


@pytest.mark.parametrize("lang", ["ru", "pl"])
def test_legacy_code_page_and_c1_mojibake_give_the_utf8_records(tmp_path: Path,
                                                                lang: str) -> None:
    # The defect: UTF-8 mis-read as cp1252 holding C1 bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D:
    # "Ł", many Cyrillic letters) was not repaired: the Russian message was not found, the
    # Polish one lost its language and account.
    text = _samples(lang) if lang == "ru" else POLISH
    want = _fields(list(smtperr.scan(text)))
    assert want and all(r["language"] == lang for r in want)
    raw = text.encode()
    mojibake = "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw
    ).encode()
    legacy = text.encode("cp1251" if lang == "ru" else "cp1250")
    assert any(b in raw for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))
    for data in (mojibake, legacy):
        assert _fields(list(smtperr.scan_file(io.BytesIO(data)))) == want



# -- byte ranges and the progress hook ------------------------------------------------------


def _mixed_file() -> bytes:
    """Real log lines and real messages (UTF-8, cp1252, mojibake) with no line end between
    some of them: about 150 KB."""
    logs = (ROOT / "tests" / "data" / "negative").rglob("*")
    lines = [line for p in sorted(logs) if p.is_file()
             for line in p.read_bytes().splitlines(keepends=True)[:150]]
    parts: list[bytes] = []
    for i, path in enumerate(sorted(CORPUS.rglob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        parts += lines[i * 15 : i * 15 + 15]
        try:
            parts.append(text.encode("cp1252") if i % 5 == 1 else text.encode())
        except UnicodeEncodeError:
            parts.append(text.encode())
        parts.append(b"\n" if i % 7 else b" ")
    return b"".join(parts)


MIXED = _mixed_file()


@pytest.fixture(scope="module")
def mixed_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[Any]]]:
    top = tmp_path_factory.mktemp("ranges")
    out = {}
    for name, data in (("utf8", MIXED),
                       ("utf16", codecs.BOM_UTF16_LE + MIXED.decode("utf-8", "replace")
                        .encode("utf-16-le"))):
        path = top / f"{name}.txt"
        path.write_bytes(data)
        out[name] = (path, list(smtperr.scan_file(path)))
    return out


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["utf8", "utf16"]), st.lists(st.floats(0, 1), max_size=6))
def test_byte_ranges_join_without_loss_or_duplicates(
    mixed_files: dict[str, tuple[Path, list[Any]]], name: str, cuts: list[float]
) -> None:
    path, whole = mixed_files[name]
    size = path.stat().st_size
    assert len(whole) > 40
    bounds = sorted({0, size, *(int(c * size) for c in cuts)})  # any byte, even mid-character
    joined = [rec for a, b in itertools.pairwise(bounds)
              for rec in smtperr.scan_file(path, start=a, end=b)]
    assert joined == whole
    for a, b in itertools.pairwise(bounds):
        assert all(a <= rec.span[0] < b for rec in smtperr.scan_file(path, start=a, end=b))


def test_progress_hook_counts_every_byte(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(MIXED * 20)  # several blocks
    seen: list[int] = []
    records = list(smtperr.scan_file(path, progress=seen.append))
    assert sum(seen) == path.stat().st_size and len(seen) > 1
    assert records == list(smtperr.scan_file(path))
    seen.clear()
    list(smtperr.scan_file(io.BytesIO(codecs.BOM_UTF8 + MIXED), progress=seen.append))
    assert sum(seen) == len(MIXED) + 3


def test_explain_input_is_decoded_like_a_file() -> None:
    from smtperr._stream import decode_input

    text = POLISH
    moj = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                  for b in text.encode()).encode()
    for data in (text.encode(), text.encode("utf-16"), text.encode("utf-16-le"),
                 codecs.BOM_UTF8 + text.encode(), text.encode("cp1250"), moj):
        assert decode_input(data) == text
    assert decode_input(text.encode("cp1250"), "cp1250") == text


def test_ftfy_repairs_what_the_builtin_repair_cannot(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ftfy")
    from smtperr._stream import reading

    want = _fields(list(smtperr.scan(POLISH)))
    latin1 = POLISH.encode().decode("latin-1").encode()  # UTF-8 read as ISO 8859-1
    got = list(smtperr.scan_file(io.BytesIO(latin1)))
    assert _fields(got) == want
    assert got[0].span == (0, len(latin1) - 1)  # byte spans of the file as it is
    monkeypatch.setattr(reading, "_ftfy", lambda: None)  # ftfy not installed
    assert _fields(list(smtperr.scan_file(io.BytesIO(latin1)))) != want
    moji = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                   for b in POLISH.encode()).encode()
    assert _fields(list(smtperr.scan_file(io.BytesIO(moji)))) == want  # its own repair


def test_jobs_cut_a_file_of_one_long_line_in_bounded_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The defect: on a single-line file, finding a range's cut read the whole line.
    from smtperr._stream import parallel

    monkeypatch.setattr(parallel, "_RANGE", 40_000)
    path = tmp_path / "one-line.txt"
    data = MIXED.replace(b"\n", b" ").replace(b"\r", b" ")
    path.write_bytes(data)
    assert len(parallel._ranges(str(path), len(data), "utf-8", 0)) > 2
    assert list(smtperr.scan_file(path, jobs=2)) == list(smtperr.scan_file(path))


def _windows_mojibake(text: str) -> str:
    """UTF-8 bytes shown as Windows-1252, the undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    as C1 controls: what a browser or editor shows."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@pytest.mark.parametrize(
    "path", ["pl/kb290842_relay_denied.txt", "ru/wlm-bitbucket-spam-snippet-fragment.txt"]
)
def test_repair_is_the_opt_in_for_str_input(path: str) -> None:
    """Mojibake in a ``str`` (the Polish seed with "Ł", Cyrillic: C1 bytes) reads like the
    original after ``smtperr.repair``; without it the language is lost."""
    text = (Path(__file__).parent / "corpus" / path).read_text(encoding="utf-8")
    want = [{k: v for k, v in r.to_dict().items() if k != "span"} for r in smtperr.scan(text)]
    broken = _windows_mojibake(text)
    got = [{k: v for k, v in r.to_dict().items() if k != "span"}
           for r in smtperr.scan(smtperr.repair(broken))]
    assert got == want and want
    with pytest.raises(TypeError):
        smtperr.repair(b"bytes")  # type: ignore[arg-type]


def test_explain_reads_stdin_through_the_front_door() -> None:
    """``smtperr explain -`` decodes as ``scan_file`` does: a UTF-16 paste (what Notepad's
    "Unicode" writes) is read, not taken for nothing."""
    from smtperr._explain.command import decode

    text = (Path(__file__).parent / "corpus" / "pl" / "kb290842_relay_denied.txt").read_text(
        encoding="utf-8"
    )
    assert decode(text.encode("utf-16")) == text
    assert decode(text.encode("utf-16-le")) == text
