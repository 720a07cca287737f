"""Scale-out on Dask: ``smtperr.dask`` on a two-worker ``LocalCluster`` gives exactly the
records of a plain ``scan_file``, for a big file cut into byte ranges and for a glob of files."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import smtperr

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pytest.importorskip("pandas")

import smtperr.dask as sdask  # noqa: E402 - after the skips: it needs dask

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "tests" / "corpus"
NEGATIVE = ROOT / "tests" / "data" / "negative"


def _mix(seed: int, size: int) -> bytes:
    """Real log lines with real messages (UTF-8 and a few in cp1252) between them."""
    rnd = random.Random(seed)
    logs = [line for p in sorted(NEGATIVE.rglob("*")) if p.is_file()
            for line in p.read_bytes().splitlines(keepends=True)[:2000]]
    samples = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt"))]
    out: list[bytes] = []
    total = 0
    while total < size:
        if rnd.random() < 0.03:
            text = rnd.choice(samples)
            try:
                chunk = text.encode("cp1252") if rnd.random() < 0.2 else text.encode()
            except UnicodeEncodeError:
                chunk = text.encode()
            chunk += b"\n"
        else:
            chunk = rnd.choice(logs)
        out.append(chunk)
        total += len(chunk)
    return b"".join(out)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    top = tmp_path_factory.mktemp("dask")
    (top / "big.log").write_bytes(_mix(1, 3 << 20))
    (top / "sub").mkdir()
    for i in range(6):
        (top / "sub" / f"small-{i}.log").write_bytes(_mix(10 + i, 40_000))
    (top / "sub" / "empty.log").write_bytes(b"")
    return top


def test_a_big_file_in_ranges_gives_the_records_of_scan_file(client: Any, files: Path) -> None:
    big = files / "big.log"
    expected = list(smtperr.scan_file(big))
    assert len(expected) > 50
    bag = sdask.scan_bag(big, blocksize=200_000)
    assert bag.npartitions == len(sdask.ranges(big, blocksize=200_000)) > 10
    assert client.compute(bag).result() == expected


def test_a_glob_of_files_gives_the_records_of_each_file_in_order(client: Any,
                                                                 files: Path) -> None:
    pattern = str(files / "**" / "*.log")
    paths = sorted(str(p) for p in files.rglob("*.log"))
    expected = [rec for p in paths for rec in smtperr.scan_file(p)]
    assert client.compute(sdask.scan_bag(pattern, blocksize=1 << 20)).result() == expected
    assert client.compute(sdask.scan_bag(pattern, blocksize=None)).result() == expected


def test_a_dask_dataframe_has_the_fixed_columns_and_the_same_rows(client: Any,
                                                                  files: Path) -> None:
    pd = pytest.importorskip("pandas")
    big = files / "big.log"
    df = sdask.scan_dataframe(big, blocksize=500_000)
    got = client.compute(df).result().reset_index(drop=True)
    want = smtperr.to_pandas(smtperr.scan_file(big), file=str(big))
    pd.testing.assert_frame_equal(got, want)
    assert {c: str(t) for c, t in df.dtypes.items()} == smtperr.PANDAS_DTYPES


def test_missing_input_and_bad_blocksize() -> None:
    with pytest.raises(FileNotFoundError):
        sdask.ranges(str(ROOT / "no-such-dir" / "*.log"))
    with pytest.raises(ValueError):
        sdask.ranges(str(ROOT / "README.md"), blocksize=0)
