"""The command line as a new user meets it: files, globs, stdin, missing, binary and empty
files, output formats, exit status."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from smtperr._cli import main

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "tickets.txt"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "smtperr", *args], input=stdin,
                          capture_output=True, cwd=ROOT, check=False)


def test_parse_example_as_in_readme() -> None:
    out = _run("parse", "examples/tickets.txt")
    assert out.returncode == 0
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(rows) == 6
    assert {r["reason"] for r in rows} >= {"relay_denied", "connection_failed"}
    assert b"found 6 message(s)" in out.stderr


def test_stdin_and_dash() -> None:
    data = EXAMPLE.read_bytes()
    for args in (("parse",), ("parse", "-")):
        out = _run(*args, stdin=data)
        assert out.returncode == 0
        assert len(out.stdout.decode().splitlines()) == 6


def test_glob_missing_binary_and_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.bin").write_bytes(bytes(range(256)) * 50)
    code = main(["parse", str(tmp_path / "*.txt"), str(tmp_path / "c.bin"),
                 str(tmp_path / "missing.txt"), "--fields", "error_number,reason"])
    captured = capsys.readouterr()
    assert code == 0
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == 6 and set(rows[0]) == {"file", "error_number", "reason"}
    assert "missing.txt: no such file" in captured.err
    assert "from 3 input(s)" in captured.err


def test_nothing_found_and_nothing_readable(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"just a line\n")
    assert main(["parse", "-q", str(empty)]) == 1
    assert main(["parse", "-q", str(tmp_path / "nope.txt")]) == 2
    assert main(["parse", "-q", str(tmp_path)]) == 2  # a directory


def test_csv_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "-q", str(EXAMPLE), "--format", "csv", "--fields",
                 "language,server,port"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == {"language": "en", "server": "smtp.oceanfree.net", "port": "25"}
    assert main(["parse", "-q", str(EXAMPLE), "--format", "table", "--fields",
                 "language,reason"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["language", "reason"] and len(table) == 7


def test_unknown_field_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLE), "--fields", "nonsense"]) == 2
    assert "unknown field" in capsys.readouterr().err


def test_stats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "-q", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "messages: 6" in out and "relay_denied" in out and "by language:" in out


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "tests" / "corpus" / "en" / "hx-063-oe-0x800CCC0E.txt").read_text()
    assert main(["explain", text]) == 0
    out = capsys.readouterr().out
    assert "IXP_E_FAILED_TO_CONNECT" in out and "10060" in out and "Likely cause" in out
    assert main(["explain", "hello"]) == 1


def test_jobs_gives_the_same_output(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(EXAMPLE.read_bytes() * 20)
    one = _run("parse", "-q", str(big))
    two = _run("parse", "-q", "--jobs", "2", str(big))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
