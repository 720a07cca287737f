"""``smtperr explain``: every message in the inputs, or a bare error number, or a bare reply.

Each input is a file (read as bytes and decoded the way ``scan_file`` decodes: UTF-8, legacy
code pages per line, mojibake repaired), ``-`` for standard input, or else the text itself.
No input reads standard input.  Exit status: 0 when something was explained, 1 when nothing
was, 2 on a usage error (a language without explanations).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from .._records import Explanation
from .._stream import decode_input
from . import explain_all, languages

__all__ = ["run"]


def decode(data: bytes) -> str:
    """Bytes as ``scan_file`` reads them (byte-order marks, UTF-16 by its NUL pattern, legacy
    code pages per line, mojibake repaired); bytes no reading decodes become U+FFFD."""
    return decode_input(data)


def _texts(inputs: Sequence[str], stdin: BinaryIO) -> list[tuple[str, str]]:
    """(name, text) of each input: standard input, a file, or the argument as text."""
    out: list[tuple[str, str]] = []
    for item in inputs or ["-"]:
        if item == "-":
            out.append(("<stdin>", decode(stdin.read())))
        elif "\n" not in item and len(item) < 4096 and os.path.isfile(item):
            with open(item, "rb") as fh:
                out.append((item, decode(fh.read())))
        else:
            out.append(("<text>", item))
    return out


def run(inputs: Sequence[str], language: str | None, as_json: bool, stdin: BinaryIO,
        stdout: TextIO, stderr: TextIO) -> int:
    """Explain every input on ``stdout``; the exit status."""
    if language is not None and language not in languages():
        print(f"smtperr: no explanations in {language!r}; choose from "
              f"{', '.join(languages())}", file=stderr)
        return 2
    found: list[tuple[str, Explanation]] = []
    for name, text in _texts(inputs, stdin):
        found.extend((name, e) for e in explain_all(text, language))
    if not found:
        print("No email-client error message, server reply or error number was found.",
              file=stdout)
        return 1
    for n, (name, e) in enumerate(found, 1):
        if as_json:
            print(json.dumps({"input": name, **e.to_dict()}, ensure_ascii=False), file=stdout)
            continue
        if len(found) > 1:
            print(("\n" if n > 1 else "") + f"[{n}/{len(found)}] {name}", file=stdout)
        print(e.text, file=stdout)
    return 0
