"""Accuracy in a language the tables lack: each language of ``tests/corpus`` left out in turn.

Run from the repository root::

    python benchmarks/leave_one_out.py [--json] [LANG ...]

For each language, a copy of the package is made whose tables hold nothing of it (its label
locale, and every framing row of it; the generated tables are made again from what is left),
and that language's real samples are read with it.  The figures say what a report or client
message in a language without a table gives, read from what languages share (a quoted reply,
a reply after a colon, the address alone on a line, label lists by shape): the held-out sets
hold languages smtperr has no table for.  Fields compared: those the golden file gives, of
the first record, language and format left aside (they cannot be known); detection is also
given over the samples that hold something translations share (``SHARED``).  ``--json``
prints one JSON line per language instead of the table (``tests/test_leave_one_out.py``).
"""

from __future__ import annotations

import contextlib
import io
import json
import pathlib
import runpy
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
FIELDS = (
    "recipient",
    "server_response",
    "smtp_code",
    "enhanced_status",
    "server",
    "error_number",
    "account",
    "subject",
    "reason",
    "port",
    "protocol",
    "ssl",
)
GENERATED = (("gate", "gate_tables"), ("labels", "label_tables"), ("framings", "framing_tables"))


def _without(language: str) -> None:
    """Drop ``language`` from the tables of the smtperr imported (before anything compiles)."""
    import smtperr._tables as tables

    tables.LANGUAGES = tuple(tag for tag in tables.LANGUAGES if tag != language)  # type: ignore[misc]
    for _name, module in tables.framing_families():
        for table in ("HEADS", "SECTIONS", "REPLIES", "INNER", "GATE"):
            rows = getattr(module, table, None)
            if rows:
                setattr(module, table, tuple(row for row in rows if row[0] != language))


def _prepare(tree: str, language: str) -> None:
    """In a fresh process: the copy's generated tables made from the tables without it."""
    sys.path.insert(0, tree)
    _without(language)
    for compiler, table in GENERATED:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            runpy.run_module(f"smtperr._compile.{compiler}", run_name="__main__")
        pathlib.Path(tree, "smtperr", "_data", f"{table}.py").write_text(out.getvalue())


# What a message shares with its translations: a sample whose expected record holds none of
# these (Google Groups' refusal: its language's words, the group's name, no reply, no
# address) cannot be read without its language's table, and is counted apart.
SHARED = ("server_response", "smtp_code", "enhanced_status", "error_number", "recipient",
          "server")


def _norm(value: object) -> str | None:
    value = getattr(value, "value", value)
    return None if value is None else " ".join(str(value).split()).strip("'\"<> ").lower()


def _score(tree: str, language: str) -> None:
    """In a fresh process: read the language's samples; print one JSON line of figures."""
    sys.path.insert(0, tree)
    _without(language)
    import smtperr

    assert smtperr.__file__ and smtperr.__file__.startswith(tree), smtperr.__file__
    samples = detected = fields = right = anchored = anchored_detected = 0
    misses = []
    silent = []  # samples holding what translations share that gave no record
    for golden in sorted((CORPUS / language).glob("*.json")):
        expected = json.loads(golden.read_text(encoding="utf-8"))["expected"]
        if not expected:
            continue
        records = list(smtperr.scan(golden.with_suffix(".txt").read_text(encoding="utf-8")))
        samples += 1
        detected += bool(records)
        if any(expected[0].get(name) is not None for name in SHARED):
            anchored += 1
            anchored_detected += bool(records)
            if not records:
                silent.append(golden.stem)
        first = records[0] if records else None
        for name in FIELDS:
            if name in expected[0]:
                fields += 1
                if _norm(getattr(first, name, None)) == _norm(expected[0][name]):
                    right += 1
                else:
                    misses.append(f"{golden.stem}.{name}")
    print(
        json.dumps(
            {
                "language": language,
                "samples": samples,
                "detected": detected,
                "fields": fields,
                "right": right,
                "anchored": anchored,
                "anchored_detected": anchored_detected,
                "misses": misses,
                "silent": silent,
            }
        )
    )


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] in ("--prepare", "--score"):
        (_prepare if sys.argv[1] == "--prepare" else _score)(sys.argv[2], sys.argv[3])
        return
    as_json = "--json" in sys.argv
    languages = [a for a in sys.argv[1:] if a != "--json"] or sorted(
        p.name for p in CORPUS.iterdir() if p.is_dir() and p.name != "en"
    )
    if not as_json:
        print("| language | detected | fields right | misses |\n|---|---|---|---|")
    total = [0, 0, 0, 0, 0, 0]
    for language in languages:
        with tempfile.TemporaryDirectory() as tree:
            shutil.copytree(
                ROOT / "smtperr",
                pathlib.Path(tree, "smtperr"),
                ignore=shutil.ignore_patterns("__pycache__"),
            )
            me = [sys.executable, __file__]
            subprocess.run([*me, "--prepare", tree, language], check=True, cwd=ROOT)
            out = subprocess.run(
                [*me, "--score", tree, language],
                check=True,
                cwd=ROOT,
                capture_output=True,
                text=True,
            ).stdout
        got = json.loads(out.strip().splitlines()[-1])
        if as_json:
            print(json.dumps(got), flush=True)
            continue
        keys = ("samples", "detected", "fields", "right", "anchored", "anchored_detected")
        for i, key in enumerate(keys):
            total[i] += got[key]
        print(
            f"| {language} | {got['detected']}/{got['samples']} | {got['right']}/"
            f"{got['fields']} | {', '.join(got['misses'][:6])} |",
            flush=True,
        )
    if as_json:
        return
    samples, detected, fields, right, anchored, anchored_detected = total
    print(
        f"| **all** | **{detected}/{samples}** ({detected / max(1, samples):.0%}) | "
        f"**{right}/{fields}** ({right / max(1, fields):.0%}) | |\n\n"
        f"Samples that hold a reply, an error number, an address or a server (what translations "
        f"share): {anchored_detected}/{anchored} give a record "
        f"({anchored_detected / max(1, anchored):.0%})."
    )


if __name__ == "__main__":
    main()
