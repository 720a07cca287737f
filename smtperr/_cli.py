"""The ``smtperr`` command: parse, stats and explain.

Files are streamed (constant memory, any size); ``-`` or no file reads standard input.
Exit status: 0 when something was found, 1 when nothing was, 2 on a usage error or when no
input could be read (an unreadable file is reported by name and the others are still read).
A closing line on standard error counts what was read and found.
"""

from __future__ import annotations

import argparse
import csv
import glob
import importlib
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO

from ._records import DICT_KEYS, ClientError

__all__ = ["main"]


class _Run:
    """Reads the named inputs, counting what was read and what failed."""

    def __init__(self, names: Sequence[str], jobs: int, quiet: bool) -> None:
        from ._stream import Counts

        self.names = list(names) or ["-"]
        self.jobs = jobs
        self.quiet = quiet
        self.counts = Counts()
        self.files = 0
        self.found = 0
        self.failed: list[str] = []

    def records(self) -> Iterator[tuple[str, ClientError]]:
        from ._stream import scan_file

        for name, source in self._sources():
            bar = self._progress(source)
            self.counts.progress = bar.update if bar is not None else None
            try:
                for rec in scan_file(source, jobs=self.jobs, counts=self.counts):
                    self.found += 1
                    yield name, rec
                self.files += 1
            except OSError as exc:
                self.failed.append(f"smtperr: {name}: {exc.strerror or exc}")
            finally:
                if bar is not None:
                    bar.close()

    def _sources(self) -> Iterator[tuple[str, str | BinaryIO]]:
        for name in self.names:
            if name == "-":
                yield "<stdin>", sys.stdin.buffer
                continue
            paths = sorted(glob.glob(name)) if any(c in name for c in "*?[") else [name]
            if not paths:
                self.failed.append(f"smtperr: {name}: no such file")
            for path in paths:
                if os.path.isdir(path):
                    self.failed.append(f"smtperr: {path}: is a directory")
                elif not os.path.exists(path):
                    self.failed.append(f"smtperr: {path}: no such file")
                else:
                    yield path, path

    def _progress(self, source: str | BinaryIO) -> Any:
        """A tqdm bar on a terminal for inputs over 8 MB, when tqdm is installed."""
        if self.quiet or not isinstance(source, str) or not sys.stderr.isatty():
            return None
        size = os.path.getsize(source)
        if size < 8 << 20:
            return None
        try:
            tqdm = importlib.import_module("tqdm").tqdm
        except ImportError:
            return None
        return tqdm(
            total=size,
            unit="B",
            unit_scale=True,
            desc=os.path.basename(source),
            file=sys.stderr,
            leave=False,
        )

    def finish(self) -> int:
        for line in self.failed:
            print(line, file=sys.stderr)
        if not self.quiet:
            c = self.counts
            print(
                f"smtperr: read {c.bytes} bytes, {c.lines} lines from {self.files} input(s); "
                f"found {self.found} message(s); {c.undecodable} undecodable byte(s)",
                file=sys.stderr,
            )
        if self.failed and not self.files:
            return 2
        return 0 if self.found else 1


def _writer(
    fmt: str, fields: list[str], many: bool
) -> tuple[Callable[[dict[str, Any]], None], Callable[[], None]]:
    out = sys.stdout
    rows: list[dict[str, Any]] = []
    state: dict[str, csv.DictWriter[str]] = {}

    def write(row: dict[str, Any]) -> None:
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            if "w" not in state:
                state["w"] = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
                state["w"].writeheader()
            state["w"].writerow({k: "" if v is None else v for k, v in row.items()})
        else:
            rows.append(row)

    def close() -> None:
        if fmt == "table" and rows:
            out.write(_table(rows))

    return write, close


def _table(rows: list[dict[str, Any]]) -> str:
    cols = list(rows[0])
    cells = [[("" if r[c] is None else str(r[c])) for c in cols] for r in rows]
    widths = [min(40, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(cols)]
    buf = io.StringIO()
    buf.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for row in cells:
        buf.write("  ".join(v[:w].ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    return buf.getvalue()


def _cmd_parse(args: argparse.Namespace) -> int:
    fields = [f.strip() for f in args.fields.split(",")] if args.fields else list(DICT_KEYS)
    unknown = [f for f in fields if f not in DICT_KEYS]
    if unknown:
        print(
            f"smtperr: unknown field(s): {', '.join(unknown)}; choose from {', '.join(DICT_KEYS)}",
            file=sys.stderr,
        )
        return 2
    run = _Run(args.files, args.jobs, args.quiet)
    many = len(run.names) > 1 or any(c in "".join(run.names) for c in "*?[")
    write, close = _writer(args.format, fields, many)
    for name, rec in run.records():
        d = rec.to_dict()
        row = {k: d[k] for k in fields}
        write({"file": name, **row} if many else row)
    close()
    return run.finish()


def _cmd_stats(args: argparse.Namespace) -> int:
    run = _Run(args.files, args.jobs, args.quiet)
    keys = ("reason", "error_number", "server", "language", "format")
    counters = {k: Counter[str]() for k in keys}
    for _name, rec in run.records():
        d = rec.to_dict()
        for key, counter in counters.items():
            counter["-" if d[key] is None else str(d[key])] += 1
    print(f"messages: {run.found}")
    for key, counter in counters.items():
        print(f"\nby {key}:")
        for value, count in counter.most_common(args.top):
            print(f"  {count:>8}  {value}")
    return run.finish()


def _cmd_explain(args: argparse.Namespace) -> int:
    from ._errors import lookup, lookup_socket
    from ._scan import parse

    text = sys.stdin.read() if args.text in (None, "-") else args.text
    rec = parse(text)
    if rec is None:
        print("No email-client error message was found in the text.")
        return 1
    info = lookup(rec.error_number) if rec.error_number else None
    lines = [f"What failed: {info.meaning if info else 'An email client reported an error.'}"]
    if rec.error_number:
        lines.append(
            f"Error number: {rec.error_number}" + (f" ({rec.error_name})" if rec.error_name else "")
        )
    labels = {
        "server": "Server",
        "port": "Port",
        "ssl": "SSL",
        "protocol": "Protocol",
        "account": "Account",
        "recipient": "Rejected recipient",
        "server_response": "Server said",
        "smtp_code": "SMTP code",
        "enhanced_status": "Enhanced status",
        "language": "Language",
        "format": "Client format",
    }
    for key, label in labels.items():
        value = getattr(rec, key)
        if value is not None:
            lines.append(
                f"{label}: {'yes' if value is True else 'no' if value is False else value}"
            )
    if rec.socket_error is not None:
        sock = lookup_socket(rec.socket_error)
        lines.append(
            f"Socket error: {rec.socket_error}" + (f" ({sock[0]}: {sock[1]})" if sock else "")
        )
    if rec.reason is not None:
        lines.append(f"Reason: {rec.reason.value}")
        lines.append(f"Likely cause and fix: {rec.reason.hint}")
    print("\n".join(lines))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of ``python -m smtperr``."""
    parser = argparse.ArgumentParser(
        prog="smtperr", description="Read email-client error messages."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="print every message found, one record per line")
    p.add_argument("files", nargs="*", help="files or globs; '-' or none reads standard input")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    p.add_argument("--fields", help="comma-separated columns (default: all)")
    s = sub.add_parser("stats", help="counts by reason, error number, server, language, format")
    s.add_argument("files", nargs="*", help="files or globs; '-' or none reads standard input")
    s.add_argument("--top", type=int, default=10, help="rows per table (default 10)")
    for cmd in (p, s):
        cmd.add_argument("--jobs", type=int, default=1, help="processes per large file")
        cmd.add_argument(
            "-q",
            "--quiet",
            action="store_true",
            help="no progress bar and no closing summary on stderr",
        )
    p.set_defaults(func=_cmd_parse)
    s.set_defaults(func=_cmd_stats)
    e = sub.add_parser("explain", help="one message in plain words")
    e.add_argument("text", nargs="?", help="the message text, or '-' for standard input")
    e.set_defaults(func=_cmd_explain)
    args = parser.parse_args(argv)
    try:
        result: int = args.func(args)
    except KeyboardInterrupt:
        return 2
    except BrokenPipeError:
        return 0
    return result
