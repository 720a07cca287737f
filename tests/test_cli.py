"""The command line as a new user meets it: files, globs, stdin, missing, binary and empty
files, output formats, exit status."""

from __future__ import annotations

import csv
import importlib.metadata
import io
import json
import multiprocessing
import os
import pty
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest

import smtperr
from smtperr._cli import main
from smtperr._records import DICT_KEYS

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
                 str(tmp_path / "missing.txt"), "--fields", "file,error_number,reason"])
    captured = capsys.readouterr()
    assert code == 2  # grep-like: an input could not be read
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == 6 and list(rows[0]) == ["file", "error_number", "reason"]
    assert "missing.txt: No such file or directory" in captured.err
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
    # The default columns: a file column first, the span as two integer columns.
    assert main(["parse", "-q", str(EXAMPLE), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["file"] == str(EXAMPLE) and rows[0]["ssl"] == "false"
    assert (rows[0]["span_start"], rows[0]["span_end"]) == ("272", "721")
    assert "span" not in rows[0]
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


# -- the contract of issue 13: same columns, grep-like status, signals, arguments -----------


def test_file_column_whatever_the_number_of_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    # The defect: a file column only with more than one input; --fields file was refused.
    for args in ([str(EXAMPLE)], [str(EXAMPLE), str(EXAMPLE)], [str(ROOT / "examples" / "*")]):
        assert main(["parse", "-q", *args]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert list(rows[0]) == ["file", *DICT_KEYS]
        assert rows[0]["file"] == str(EXAMPLE)
    assert main(["parse", "-q", "--fields", "file,port", str(EXAMPLE)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0]) == {
        "file": str(EXAMPLE), "port": 25}
    assert _run("parse", "-q", stdin=EXAMPLE.read_bytes()).stdout.startswith(
        b'{"file": "<stdin>"')


def test_missing_file_is_reported_at_once_and_exits_2(tmp_path: Path) -> None:
    # The defect: a missing file among good ones exited 0 and was reported only at the end.
    out = subprocess.run(
        [sys.executable, "-m", "smtperr", "parse", "-q", "--fields", "file",
         str(EXAMPLE), str(tmp_path / "missing.txt"), str(EXAMPLE)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT, check=False)
    lines = out.stdout.decode().splitlines()
    assert out.returncode == 2
    assert len(lines) == 13 and "missing.txt: No such file or directory" in lines[6]


def test_ctrl_c_exits_130_after_a_summary() -> None:
    # The defect: Ctrl-C exited 2 (the usage-error code) with no summary.
    # (SIGINT restored to its default in the child: a test run started in the background
    # inherits it ignored, and Python then never raises KeyboardInterrupt.)
    proc = subprocess.Popen([sys.executable, "-m", "smtperr", "parse", "-"], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdin is not None
    proc.stdin.write(EXAMPLE.read_bytes())
    proc.stdin.flush()
    time.sleep(1.5)  # started, and blocked reading the open pipe
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert b"interrupted" in err and b"found" in err and b"Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [["parse", "--jobs", "0"], ["parse", "--jobs", "-3"], ["stats", "--top", "-1"],
     ["stats", "--jobs", "x"], ["parse", "--encoding", "no-such-codec"],
     ["parse", "--format", "xml"]],
)
def test_bad_arguments_are_usage_errors(args: list[str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([*args, str(EXAMPLE)])
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_version() -> None:
    out = _run("--version")
    assert out.returncode == 0
    assert out.stdout.decode().split() == ["smtperr", importlib.metadata.version("smtperr")]
    assert smtperr.__version__ == importlib.metadata.version("smtperr")


def test_recursive_globs_and_directories(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    # The defect: '**/*.txt' was not recursive and directories were refused.
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "top.txt").write_bytes(EXAMPLE.read_bytes())
    assert main(["parse", "-q", "--fields", "file", str(tmp_path / "**" / "*.txt")]) == 0
    files = {json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()}
    assert files == {str(tmp_path / "a" / "b" / "deep.txt"), str(tmp_path / "top.txt")}
    assert main(["parse", "-q", "-r", "--fields", "file", str(tmp_path)]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert sorted(set(files)) == sorted(files[::6]) and len(files) == 12
    assert main(["parse", "-q", str(tmp_path)]) == 2
    assert "Is a directory (use -r" in capsys.readouterr().err


def test_interactive_stdin_gets_a_hint() -> None:
    # The defect: `smtperr parse` with no argument on a terminal waited silently.
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "smtperr", "parse"], cwd=ROOT,
                            stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(slave)
    time.sleep(1.0)
    os.write(master, b"hello\n\x04")
    time.sleep(0.5)
    os.write(master, b"\x04")  # a buffered read ends at the first Ctrl-D, the stream at this
    try:
        _out, err = proc.communicate(timeout=30)
    finally:
        os.close(master)
    assert b"reading standard input" in err and b"Ctrl-D" in err
    assert proc.returncode == 1


def test_output_is_utf8_whatever_the_locale() -> None:
    # An ASCII locale, and a record holding bytes no code page reads.
    data = (b"Ser\xe9ver: 'a\xe9b', Protocol: SMTP, Port: 25, Error Number: 0x800CCC0E\n"
            + EXAMPLE.read_bytes())
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    for fmt in ("jsonl", "csv", "table"):
        out = subprocess.run([sys.executable, "-m", "smtperr", "parse", "-q", "--format", fmt],
                             input=data, capture_output=True, cwd=ROOT, env=env, check=False)
        assert out.returncode == 0, out.stderr
        text = out.stdout.decode("utf-8")  # strict: valid UTF-8
        assert "0x800CCC0E" in text and "\udce9" not in text
    stats = subprocess.run([sys.executable, "-m", "smtperr", "stats", "-q"], input=data,
                           capture_output=True, cwd=ROOT, env=env, check=False)
    assert stats.returncode == 0 and b"Traceback" not in stats.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["parse", "stats"])
def test_write_error_is_one_line_with_its_own_status(command: str) -> None:
    with open("/dev/full", "wb") as full:
        out = subprocess.run([sys.executable, "-m", "smtperr", command, str(EXAMPLE)],
                             stdout=full, stderr=subprocess.PIPE, cwd=ROOT, check=False)
    assert out.returncode == 3
    assert out.stderr.decode().strip().splitlines() == [
        "smtperr: write error: No space left on device"]


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(EXAMPLE.read_bytes() * 300)
    proc = subprocess.Popen([sys.executable, "-m", "smtperr", "parse", "-q", str(big)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0
    assert b"Traceback" not in proc.stderr.read()


# -- table output and the progress bar ------------------------------------------------------


@pytest.mark.parametrize("wide", ["wcwidth", "plain"])
def test_table_aligns_wide_characters_and_streams(
    wide: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smtperr import _output

    if wide == "plain":
        monkeypatch.setitem(sys.modules, "wcwidth", None)  # not installed
    else:
        pytest.importorskip("wcwidth")
    width = _output.cell_width()
    emitted: list[str] = []
    writer = _output.make_writer("table", ["server", "reason"], emitted.append)
    rows = [{"server": "邮件服务器.例子.中国", "reason": "relay_denied"},
            {"server": "smtp.example.org", "reason": "timeout"},
            {"server": "x" * 60, "reason": None}]
    for row in rows * 100:
        writer.write(row)
    assert emitted, "the first rows were written before the end (bounded buffer)"
    writer.close()
    lines = "".join(emitted).splitlines()
    assert len(lines) == 301
    # The second column starts at the same display column on every line.
    starts = {width(line[: line.index(word)]) for line in lines
              for word in ("reason", "relay_denied", "timeout") if word in line}
    assert len(starts) == 1
    cut = next(line for line in lines if line.startswith("xxx"))
    assert cut.rstrip().endswith("…") and width(cut.rstrip()) == 40


class _FakeBar:
    made: ClassVar[list[_FakeBar]] = []

    def __init__(self, **kwargs: object) -> None:
        self.kwargs = kwargs
        self.n = 0
        self.postfix = ""
        self.events: list[str] = []
        self.start_t = 0.0
        self.delay = 0.0
        _FakeBar.made.append(self)

    def update(self, n: int) -> None:
        self.n += n

    def set_postfix_str(self, s: str, refresh: bool = True) -> None:
        self.postfix = s

    def clear(self) -> None:
        self.events.append("clear")

    def refresh(self) -> None:
        self.events.append("refresh")

    def close(self) -> None:
        self.events.append("close")


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_one_bar_counts_bytes_and_messages_across_files_and_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The defects: no bar for stdin or many small files; bar fragments between records.
    import types

    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=_FakeBar))
    for i in range(5):
        (tmp_path / f"{i}.txt").write_bytes(EXAMPLE.read_bytes())
    monkeypatch.setattr(sys, "stderr", _Tty())
    _FakeBar.made.clear()
    assert main(["parse", "--fields", "file", str(tmp_path / "*.txt")]) == 0
    (bar,) = _FakeBar.made
    size = 5 * EXAMPLE.stat().st_size
    assert bar.kwargs["total"] == size and bar.n == size
    assert bar.postfix.endswith("message(s)") and bar.events[-1] == "close"
    assert len(capsys.readouterr().out.splitlines()) == 30
    # Standard input: a bar without a total.
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(
        buffer=io.BytesIO(EXAMPLE.read_bytes()), isatty=lambda: False))
    _FakeBar.made.clear()
    assert main(["parse"]) == 0
    (bar,) = _FakeBar.made
    assert bar.kwargs["total"] is None and bar.n == EXAMPLE.stat().st_size
    # Records written to the same terminal go above the bar: clear, write, redraw.
    from smtperr import _inputs

    monkeypatch.setattr(_inputs, "isatty", lambda stream: True)
    _FakeBar.made.clear()
    assert main(["parse", str(EXAMPLE)]) == 0
    (bar,) = _FakeBar.made
    assert bar.events[:2] == ["clear", "refresh"] and bar.events.count("clear") >= 6


# -- decoding: the same front door as scan_file -------------------------------------------


def test_utf16_file_and_stdin_and_encoding_option(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # The defect: a UTF-16 file was read as nothing (0 found, exit 1); no --encoding.
    text = EXAMPLE.read_text(encoding="utf-8")
    want = [{k: v for k, v in json.loads(line).items() if k not in ("file", "span")}
            for line in _run("parse", "-q", str(EXAMPLE)).stdout.decode().splitlines()]

    def rows(out: str) -> list[dict[str, object]]:
        return [{k: v for k, v in json.loads(line).items() if k not in ("file", "span")}
                for line in out.splitlines()]

    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))  # Notepad's "Unicode"
    assert main(["parse", "-q", str(tmp_path / "u16.txt")]) == 0
    assert rows(capsys.readouterr().out) == want
    piped = _run("parse", "-q", stdin=text.encode("utf-16"))  # PowerShell 5's pipe
    assert piped.returncode == 0 and rows(piped.stdout.decode()) == want
    (tmp_path / "cp.txt").write_bytes(text.replace("—", "-").encode("cp1250", "replace"))
    assert main(["parse", "-q", "--encoding", "cp1250", str(tmp_path / "cp.txt")]) == 0
    assert len(rows(capsys.readouterr().out)) == len(want)
    (tmp_path / "be.txt").write_bytes(text.encode("utf-16-be"))
    assert main(["stats", "-q", "--encoding", "UTF-16BE", str(tmp_path / "be.txt")]) == 0
    assert f"messages: {len(want)}" in capsys.readouterr().out


def test_jobs_spread_many_files_with_the_same_output(tmp_path: Path) -> None:
    # The defect: --jobs split only one file of 32 MiB or more; many small files: no gain.
    for i in range(12):
        (tmp_path / f"{i:02d}.txt").write_bytes(EXAMPLE.read_bytes() * (i + 1))
    names = [str(tmp_path / "0*.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "1*.txt")]
    one = _run("parse", *names)
    two = _run("parse", "--jobs", "2", *names)
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 6 * 78
    assert one.stderr == two.stderr


# -- issue 14: --jobs loses nothing: | head returns at once, pipes and FIFOs read whole ---------


def _mixed_log(path: Path, size: int) -> Path:
    """Real log lines with real messages between them (one in about 13 KB), ``size`` bytes or
    a little more: a file that ``--jobs 2`` cuts into several ranges."""
    rng = random.Random(14)
    lines = [line for log in sorted((ROOT / "tests" / "data" / "negative").glob("*.log"))
             for line in log.read_bytes().splitlines(keepends=True)]
    messages = [p.read_bytes() for p in sorted((ROOT / "tests" / "corpus").glob("*/*.txt"))]
    parts, n = [], 0
    while n < size:
        at = rng.randrange(len(lines) - 200)
        parts.append(b"".join(lines[at : at + rng.randrange(20, 200)]) + rng.choice(messages)
                     + b"\n")
        n += len(parts[-1])
    path.write_bytes(b"".join(parts))
    return path


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        if entry.isdigit() and int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out.append(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


# The CLI with workers that take a minute over each range (a huge range, a loaded machine):
# it must still stop at once when its reader goes, not wait for them.
_SLOW_WORKERS = """
import os, sys, time
import smtperr._stream.parallel as parallel
parent, task = os.getpid(), parallel._task
def slow(args):
    if os.getpid() != parent:
        time.sleep(60)
    return task(args)
parallel._task = slow
from smtperr._cli import main
sys.exit(main(sys.argv[1:]))
"""
_CLI = "import sys\nfrom smtperr._cli import main\nsys.exit(main(sys.argv[1:]))"


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="finds workers in /proc")
@pytest.mark.parametrize("workers", ["slow", "real"])
def test_head_ends_a_parallel_parse_at_once(tmp_path: Path, workers: str) -> None:
    # The defect: `smtperr parse --jobs 2 BIG | head -1` took seconds: a first range of 32 MiB
    # before any record, the reader's leaving unseen while a range was awaited, and exit
    # waiting for the workers to finish their ranges.
    # (The CLI's pool uses the platform's default start method: the first of these.)
    if workers == "slow" and multiprocessing.get_all_start_methods()[0] != "fork":
        pytest.skip("the slow workers are patched in before a fork")
    big = _mixed_log(tmp_path / "big.log", 4 << 20)
    code = _SLOW_WORKERS if workers == "slow" else _CLI
    proc = subprocess.Popen([sys.executable, "-c", code, "parse", "-q", "--jobs", "2", str(big)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    try:
        started = time.monotonic()
        assert json.loads(proc.stdout.readline())["file"] == str(big)
        first = time.monotonic() - started
        pool = _children(proc.pid)
        proc.stdout.close()
        closed = time.monotonic()
        assert proc.wait(timeout=5) == 0
    finally:
        proc.kill()
    assert time.monotonic() - closed < 5
    assert not [pid for pid in pool if _alive(pid)]
    assert b"Traceback" not in proc.stderr.read()
    if workers == "slow":
        assert pool  # the first record came while the workers scanned
        assert first < 30  # not after a worker's range: from the parent's own first range


def test_jobs_2_prints_what_jobs_1_prints(tmp_path: Path) -> None:
    from smtperr._stream import parallel

    big = _mixed_log(tmp_path / "mixed.log", 2 << 20)
    assert len(parallel._ranges(str(big), big.stat().st_size, "utf-8", 0)) >= 4
    one = _run("parse", "--jobs", "1", str(big))
    two = _run("parse", "--jobs", "2", str(big))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout.count(b"\n") > 100
    assert one.stderr == two.stderr  # the summary: bytes, lines, messages


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/stdin"),
                    reason="needs FIFOs and /dev/stdin")
def test_jobs_read_a_fifo_and_dev_stdin_as_one_job_does(tmp_path: Path) -> None:
    big = _mixed_log(tmp_path / "mixed.log", 1 << 20)
    data = big.read_bytes()
    fields = ("--fields", ",".join(DICT_KEYS))  # no file column: the names differ
    want = _run("parse", *fields, str(big))
    assert want.returncode == 0 and want.stdout.count(b"\n") > 50

    def parse(name: str, stdin: bytes | io.BufferedReader) -> subprocess.CompletedProcess[bytes]:
        args = [sys.executable, "-m", "smtperr", "parse", "--jobs", "2", *fields, name]
        if isinstance(stdin, bytes):
            return subprocess.run(args, input=stdin, capture_output=True, cwd=ROOT, timeout=120,
                                  check=False)
        return subprocess.run(args, stdin=stdin, capture_output=True, cwd=ROOT, timeout=120,
                              check=False)

    got = [parse("/dev/stdin", data)]  # cat FILE | smtperr parse --jobs 2 /dev/stdin
    with open(big, "rb") as fh:  # smtperr parse --jobs 2 /dev/stdin < FILE: cut into ranges
        got.append(parse("/dev/stdin", fh))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(data,), daemon=True)
    writer.start()
    got.append(parse(str(fifo), b""))
    writer.join(timeout=5)
    for out in got:
        assert out.returncode == 0 and out.stdout == want.stdout
        assert out.stderr == want.stderr
