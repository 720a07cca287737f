"""The ``smtperr`` command: parse, stats and explain.

Inputs are read in order and streamed (constant memory, any size); ``-`` or no file reads
standard input; globs are recursive (``**``) and ``-r`` reads the files under a directory.
Every record carries the ``file`` it came from.  An input that cannot be read is reported at
once and the others are still read.  Exit status, grep-like: 0 when something was found, 1 when
nothing was, 2 on a usage error or when any input could not be read, 3 when the output could
not be written, 130 when interrupted (after the closing summary on standard error).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import importlib
import io
import os
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ._inputs import Run, isatty
from ._records import DICT_KEYS, FLAT_KEYS, ClientError

__all__ = ["main"]


_WRITE_ERROR = 3  # the status of a failed write (a full disk): distinct from 1 and 2


def _fields(args: argparse.Namespace) -> list[str] | str:
    """The columns asked for, or a usage message.  JSON Lines keeps ``span`` as a list; the
    flat formats write it as ``span_start`` and ``span_end``."""
    flat = args.format != "jsonl"
    default = ["file", *(FLAT_KEYS if flat else DICT_KEYS)]
    if not args.fields:
        return default
    known = ["file", *DICT_KEYS, "span_start", "span_end"]
    fields = [f.strip() for f in args.fields.split(",") if f.strip()]
    unknown = [f for f in fields if f not in known]
    if unknown or not fields:
        return f"unknown field(s): {', '.join(unknown)}; choose from {', '.join(known)}"
    out: list[str] = []
    for f in fields:
        for g in ("span_start", "span_end") if flat and f == "span" else (f,):
            if g not in out:
                out.append(g)
    return out


def _row(name: str, rec: ClientError, fields: list[str]) -> dict[str, Any]:
    d = rec.to_dict()
    d["file"] = name
    d["span_start"], d["span_end"] = rec.span
    return {k: d[k] for k in fields}


def _cmd_parse(args: argparse.Namespace) -> int:
    from ._output import make_writer, text_stream

    fields = _fields(args)
    if isinstance(fields, str):
        print(f"smtperr: {fields}", file=sys.stderr)
        return 2
    binary: Any = None
    if args.output:
        try:
            binary = open(args.output, "wb")  # closed by _release
        except OSError as exc:
            print(f"smtperr: {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    elif hasattr(sys.stdout, "buffer"):
        sys.stdout.flush()
        binary = sys.stdout.buffer
    if args.format == "parquet" and (binary is None or isatty(binary)):
        print("smtperr: Parquet is binary: write it with -o FILE or a redirect", file=sys.stderr)
        return 2
    run = Run(args)
    out: Any = text_stream(binary, isatty(binary)) if binary is not None else sys.stdout
    run.out = out
    run.counts.waiting = run.waiting  # while workers scan: flush, and stop if the reader left
    records = run.records()
    status: int | None = None
    try:
        writer = make_writer(args.format, fields, run.emit, binary)
        try:
            for name, rec in records:
                writer.write(_row(name, rec, fields))
        except KeyboardInterrupt:
            run.interrupted = True
        writer.close()  # what was read is written whole (a table's last rows, Parquet's end)
        out.flush()
    except BrokenPipeError:
        status = 0  # the reader has gone (| head): stop quietly
    except OSError as exc:
        run.close_bar()
        print(f"smtperr: write error: {exc.strerror or exc}", file=sys.stderr)
        status = _WRITE_ERROR
    except ImportError as exc:
        print(f"smtperr: {exc}", file=sys.stderr)
        status = 2
    finally:
        records.close()
        _release(out, binary, args.output, failed=status is not None)
        run.out = sys.stdout
    if status is not None:
        run.close_bar()
        return status
    return run.finish()


def _release(out: Any, binary: Any, output: str | None, failed: bool) -> None:
    """Let go of the output: the text layer leaves standard output open; after a failed
    write, what is still buffered is dropped (no second error at exit)."""
    if out is not sys.stdout:
        if not failed:
            with contextlib.suppress(OSError, ValueError):
                out.flush()
        with contextlib.suppress(OSError, ValueError):
            out.detach() if not output else out.close()
    if failed and not output and binary is not None:
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            os.dup2(os.open(os.devnull, os.O_WRONLY), binary.fileno())


def _cmd_stats(args: argparse.Namespace) -> int:
    from ._output import text_stream

    run = Run(args)
    keys = ("reason", "error_number", "server", "language", "format")
    counters = {k: Counter[str]() for k in keys}
    records = run.records()
    try:
        for _name, rec in records:
            d = rec.to_dict()
            for key, counter in counters.items():
                counter["-" if d[key] is None else str(d[key])] += 1
    except KeyboardInterrupt:
        run.interrupted = True
    finally:
        records.close()
    run.close_bar()
    lines = [f"messages: {run.found}"]
    for key, counter in counters.items():
        lines.append(f"\nby {key}:")
        lines += [f"  {count:>8}  {value}" for value, count in counter.most_common(args.top)]
    binary = getattr(sys.stdout, "buffer", None)
    out: Any = sys.stdout if binary is None else text_stream(binary, False)
    status: int | None = None
    try:
        sys.stdout.flush()
        out.write("\n".join(lines) + "\n")
        out.flush()
    except BrokenPipeError:
        status = 0
    except OSError as exc:
        print(f"smtperr: write error: {exc.strerror or exc}", file=sys.stderr)
        status = _WRITE_ERROR
    finally:
        _release(out, binary, None, failed=status is not None)
    return run.finish() if status is None else status


def _cmd_explain(args: argparse.Namespace) -> int:
    from ._explain.command import run

    return run(args.inputs, args.language, args.json, sys.stdin.buffer, sys.stdout, sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of ``python -m smtperr``."""
    parser = argparse.ArgumentParser(
        prog="smtperr", description="Read email-client error messages."
    )
    # The package is imported before any of its modules: its one __version__, read at run time.
    version = importlib.import_module("smtperr").__version__
    parser.add_argument("--version", action="version", version=f"smtperr {version}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="print every message found, one record per line")
    p.add_argument("files", nargs="*", help="files or globs; '-' or none reads standard input")
    p.add_argument("--format", choices=("jsonl", "csv", "table", "parquet"), default="jsonl",
                   help="jsonl (default), csv, table, or parquet (needs smtperr[arrow])")
    p.add_argument("--fields", help="comma-separated columns (default: all, 'file' first)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not standard output")
    s = sub.add_parser("stats", help="counts by reason, error number, server, language, format")
    s.add_argument("files", nargs="*", help="files or globs; '-' or none reads standard input")
    s.add_argument("--top", type=_count, default=10, help="rows per table (default 10)")
    for cmd in (p, s):
        cmd.add_argument("-r", "--recursive", action="store_true",
                         help="read the files under each directory named")
        cmd.add_argument("--encoding", type=_encoding,
                         help="the inputs' encoding (default: BOM, UTF-16 or UTF-8, "
                              "legacy code pages per message)")
        cmd.add_argument("--jobs", type=_count, default=1, help="processes (default 1)")
        cmd.add_argument(
            "-q",
            "--quiet",
            action="store_true",
            help="no progress bar, hint or closing summary on stderr",
        )
    p.set_defaults(func=_cmd_parse)
    s.set_defaults(func=_cmd_stats)
    e = sub.add_parser("explain", help="every message, error number or server reply in plain "
                       "words: what failed, likely cause and fix")
    e.add_argument("inputs", nargs="*",
                   help="text, files, or '-' (none: standard input)")
    e.add_argument("--language", help="language of the explanation (default: the message's "
                   "when explanations exist in it, else en)")
    e.add_argument("--json", action="store_true", help="one JSON object per explanation")
    e.set_defaults(func=_cmd_explain)
    args = parser.parse_args(argv)
    try:
        result: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return result


def _count(text: str) -> int:
    """A whole number of 1 or more (``--jobs``, ``--top``)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _encoding(text: str) -> str:
    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {text!r}") from None
