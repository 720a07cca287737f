"""Golden corpus: every ``tests/corpus/<lang>/<name>.txt`` beside its ``<name>.json``.

A new case is two files and no code.  The JSON holds the source of the real text and the
records expected from ``scan`` in order, each with the fields read off by eye.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import smtperr
from tests._fold import mismatches

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(CORPUS.glob("*/*.txt"))


def _load(path: Path) -> tuple[str, dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return text, meta


def test_corpus_is_not_empty() -> None:
    assert len(CASES) >= 24


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden(path: Path) -> None:
    text, meta = _load(path)
    assert meta.get("source"), "every sample names where it was found"
    expected = meta["expected"]
    assert isinstance(expected, list)
    records = list(smtperr.scan(text))
    assert len(records) == len(expected), [r.to_dict() for r in records]
    for want, rec in zip(expected, records):
        got = rec.to_dict()
        assert mismatches(want, got) == []
        start, end = rec.span
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden_crlf_and_quoting(path: Path) -> None:
    """The same message pasted through Windows line ends and a mail reply keeps its fields."""
    text, meta = _load(path)
    expected = meta["expected"]
    assert isinstance(expected, list)
    for variant in (text.replace("\n", "\r\n"), "> " + text.replace("\n", "\n> ")):
        records = list(smtperr.scan(variant))
        assert len(records) == len(expected)
        for want, rec in zip(expected, records):
            assert mismatches(want, rec.to_dict()) == []


LOG = (Path(__file__).parent / "data" / "negative" / "Hadoop_2k.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden_inside_real_log(path: Path) -> None:
    """A message between real log lines reads the same, and its span points at it."""
    text, meta = _load(path)
    expected = meta["expected"]
    assert isinstance(expected, list)
    lines = LOG.splitlines(keepends=True)
    before, after = "".join(lines[:40]), "".join(lines[40:80])
    doc = before + text + "\n" + after
    alone = list(smtperr.scan(text))
    inside = list(smtperr.scan(doc))
    assert len(inside) == len(expected)
    for want, rec, ref in zip(expected, inside, alone):
        assert mismatches(want, rec.to_dict()) == []
        assert rec.span == (ref.span[0] + len(before), ref.span[1] + len(before))
