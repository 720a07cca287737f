"""The ``smtperr`` command: parse, stats and explain.

Exit status: 0 when something was found, 1 when nothing was, 2 on a usage or input error
(an unreadable file is reported by name and the other files are still read).
"""

from __future__ import annotations

import argparse
import csv
import glob
import io
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence

from ._records import DICT_KEYS, ClientError

__all__ = ["main"]


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else the Windows code page these clients wrote."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _inputs(names: Sequence[str], errors: list[str]) -> Iterator[tuple[str, str]]:
    if not names:
        names = ["-"]
    for name in names:
        if name == "-":
            yield "<stdin>", _decode(sys.stdin.buffer.read())
            continue
        paths = sorted(glob.glob(name)) if any(c in name for c in "*?[") else [name]
        if not paths:
            errors.append(f"smtperr: {name}: no such file")
            continue
        for path in paths:
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                errors.append(f"smtperr: {path}: {exc.strerror or exc}")
                continue
            yield path, _decode(data)


def _row(rec: ClientError, fields: Sequence[str], source: str | None) -> dict[str, object]:
    d = rec.to_dict()
    row: dict[str, object] = {k: d[k] for k in fields}
    if source is not None:
        row = {"file": source, **row}
    return row


def _cmd_parse(args: argparse.Namespace) -> int:
    fields = [f.strip() for f in args.fields.split(",")] if args.fields else list(DICT_KEYS)
    unknown = [f for f in fields if f not in DICT_KEYS]
    if unknown:
        print(f"smtperr: unknown field(s): {', '.join(unknown)}; choose from {', '.join(DICT_KEYS)}",
              file=sys.stderr)
        return 2
    from ._parser import scan

    errors: list[str] = []
    found = 0
    rows: list[dict[str, object]] = []
    many = len(args.files) > 1 or any(c in "".join(args.files) for c in "*?[")
    out = sys.stdout
    writer: csv.DictWriter[str] | None = None
    for name, text in _inputs(args.files, errors):
        for rec in scan(text):
            found += 1
            row = _row(rec, fields, name if many else None)
            if args.format == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif args.format == "csv":
                if writer is None:
                    writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
                    writer.writeheader()
                writer.writerow({k: "" if v is None else v for k, v in row.items()})
            else:
                rows.append(row)
    if args.format == "table" and rows:
        out.write(_table(rows))
    for line in errors:
        print(line, file=sys.stderr)
    if errors and not found:
        return 2
    return 0 if found else 1


def _table(rows: list[dict[str, object]]) -> str:
    cols = list(rows[0])
    cells = [[("" if r[c] is None else str(r[c])) for c in cols] for r in rows]
    widths = [min(40, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(cols)]
    buf = io.StringIO()
    buf.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for row in cells:
        buf.write("  ".join(v[:w].ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    return buf.getvalue()


def _cmd_stats(args: argparse.Namespace) -> int:
    from ._parser import scan

    errors: list[str] = []
    counters = {k: Counter[str]() for k in ("reason", "error_number", "server", "language", "format")}
    total = 0
    for _name, text in _inputs(args.files, errors):
        for rec in scan(text):
            total += 1
            d = rec.to_dict()
            for key, counter in counters.items():
                counter[str(d[key]) if d[key] is not None else "-"] += 1
    for line in errors:
        print(line, file=sys.stderr)
    print(f"messages: {total}")
    for key, counter in counters.items():
        print(f"\nby {key}:")
        for value, count in counter.most_common(args.top):
            print(f"  {count:>8}  {value}")
    if errors and not total:
        return 2
    return 0 if total else 1


def _cmd_explain(args: argparse.Namespace) -> int:
    from ._errors import lookup
    from ._parser import parse

    text = sys.stdin.read() if args.text in (None, "-") else args.text
    rec = parse(text)
    if rec is None:
        print("No email-client error message was found in the text.")
        return 1
    lines = []
    info = lookup(rec.error_number) if rec.error_number else None
    what = info.meaning if info else "An email client reported an error."
    lines.append(f"What failed: {what}")
    if rec.error_number:
        lines.append(f"Error number: {rec.error_number}" + (f" ({rec.error_name})" if rec.error_name else ""))
    for key in ("server", "port", "ssl", "protocol", "account", "recipient", "server_response",
                "smtp_code", "enhanced_status"):
        value = getattr(rec, key)
        if value is not None:
            lines.append(f"{key.replace('_', ' ').capitalize()}: {value}")
    if rec.reason is not None:
        lines.append(f"Reason: {rec.reason.value}")
        lines.append(f"Likely cause and fix: {rec.reason.hint}")
    print("\n".join(lines))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of ``python -m smtperr``."""
    parser = argparse.ArgumentParser(prog="smtperr", description="Read email-client error messages.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="print every message found, one record per line")
    p.add_argument("files", nargs="*", help="files or globs; '-' or none reads standard input")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    p.add_argument("--fields", help="comma-separated columns (default: all)")
    p.set_defaults(func=_cmd_parse)
    s = sub.add_parser("stats", help="counts by reason, error number, server, language, format")
    s.add_argument("files", nargs="*")
    s.add_argument("--top", type=int, default=10)
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
