"""Coverage-guided fuzzing with atheris (libFuzzer): ``scan`` (and so ``parse``), ``scan_file``
on the raw bytes, ``classify``, ``explain`` and ``render(parse(x))``.

The parser reads untrusted text (tickets, mails, logs) with hand-written scanning code around
compiled patterns; property tests check what it reads, this checks that nothing breaks it:
no exception, records that hold together, and no input that takes disproportionately long.

Run (``pip install atheris``)::

    python tests/fuzz/fuzz_parse.py -atheris_runs=1000000 -max_len=4096 -timeout=10
    python tests/fuzz/fuzz_parse.py CORPUS_DIR -atheris_runs=...   # keep what it finds
    python tests/fuzz/fuzz_parse.py crash-<sha>                     # replay one input

Any libFuzzer flag works.  The seed corpus is the golden corpus (``tests/corpus/*/*.txt``),
read at start and handed to libFuzzer in a temporary directory (not copied into the tree); a
corpus directory given on the command line comes first, so new units are saved there.  Inputs
are bytes decoded as UTF-8 (invalid bytes replaced).  A unit slower than ``SLOW_SECONDS`` per
4 KiB is written to ``$SMTPERR_FUZZ_SLOW_DIR`` (default: the working directory) as
``slow-<sha1>.txt``; libFuzzer's ``-timeout`` catches the hopeless ones.

``target`` is importable without atheris: ``tests/test_fuzz_smoke.py`` runs it on the seeds and
on random mutations so CI covers the harness without the fuzzer.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

SLOW_SECONDS = 1.0  # per 4 KiB of input; the parser reads about 1 MB/s or more


def seeds() -> list[bytes]:
    """The golden corpus, one seed per message file."""
    return [p.read_bytes() for p in sorted((ROOT / "tests" / "corpus").glob("*/*.txt"))]


def _check_records(text: str) -> None:
    import smtperr

    records = list(smtperr.scan(text))
    last = 0
    for rec in records:
        start, end = rec.span
        if not 0 <= start <= end <= len(text):
            raise AssertionError(f"span {rec.span} outside the text ({len(text)} chars)")
        if start < last:
            raise AssertionError(f"records out of order or overlapping at {rec.span}")
        last = end
        rec.to_dict()
        if rec.error_number is not None and smtperr.lookup(rec.error_number) is None:
            if rec.error_name is not None:
                raise AssertionError(f"name {rec.error_name} for unknown {rec.error_number}")


def _check_file(data: bytes) -> None:
    """``scan_file`` on the raw bytes (decoding, blocks, byte spans): spans inside the data,
    in order, and no lone surrogate in a record."""
    import smtperr

    last = 0
    for rec in smtperr.scan_file(io.BytesIO(data)):
        start, end = rec.span
        if not last <= start <= end <= len(data):
            raise AssertionError(f"byte span {rec.span} outside or out of order")
        last = end
        for value in rec.to_dict().values():
            if isinstance(value, str):
                value.encode("utf-8")  # a lone surrogate raises here


def _check_explain_render(text: str) -> None:
    """``explain`` of the text and of its first record, and ``render`` of that record in
    its language: nothing but their documented ``ValueError`` (nothing to explain, a
    language without texts, a record with no field to show)."""
    import smtperr

    rec = smtperr.parse(text)
    for call in (
        lambda: smtperr.explain(text[:2000]),
        lambda: rec is not None and smtperr.explain(rec),
        lambda: rec is not None and smtperr.render(rec, language=rec.language or "en"),
    ):
        try:
            call()
        except ValueError:
            pass


def target(data: bytes) -> None:
    """One fuzz input: decode, then scan, scan_file, classify, explain and render must not
    raise and must give records that hold together.  (``parse`` is the first record of
    ``scan``.)"""
    import smtperr

    text = data.decode("utf-8", "replace")
    started = time.perf_counter()
    _check_records(text)
    _check_file(data)
    _check_explain_render(text)
    verdict = smtperr.classify(text)
    if verdict.evidence is not None:
        s, e = verdict.evidence.span
        if not 0 <= s <= e <= len(text):
            raise AssertionError(f"evidence span {verdict.evidence.span} outside the reply")
    elapsed = time.perf_counter() - started
    if elapsed > SLOW_SECONDS * max(1.0, len(data) / 4096):
        _save_slow(data, elapsed)


def _save_slow(data: bytes, elapsed: float) -> None:
    folder = Path(os.environ.get("SMTPERR_FUZZ_SLOW_DIR", "."))
    name = folder / f"slow-{hashlib.sha1(data).hexdigest()}.txt"
    name.write_bytes(data)
    print(f"\nslow unit: {elapsed:.2f}s for {len(data)} bytes -> {name}", file=sys.stderr)


def main(argv: list[str]) -> None:
    import atheris  # type: ignore[import-untyped]

    with atheris.instrument_imports(include=["smtperr"]):
        import smtperr
        import smtperr._classify
        import smtperr._classify.reply
        import smtperr._compile.gate
        import smtperr._compile.grammar
        import smtperr._errors
        import smtperr._scan
        import smtperr._scan.gate

    smtperr.parse("Error Number: 0x800CCC79")  # compile the grammar before the clock starts
    smtperr.classify("550 5.7.1 Relaying denied")
    replay = [a for a in argv[1:] if not a.startswith("-") and Path(a).is_file()]
    args = list(argv)
    if not replay:
        seed_dir = tempfile.mkdtemp(prefix="smtperr-fuzz-seeds-")
        for i, seed in enumerate(seeds()):
            Path(seed_dir, f"seed-{i:03d}").write_bytes(seed)
        args.append(seed_dir)  # after any corpus directory given: new units go there
    atheris.Setup(args, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
