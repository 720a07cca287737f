"""The fuzz harness's target, run without atheris: on every seed, then on random mutations.

CI needs no fuzzer for this: it checks that the harness still runs against the current API
and catches the shallow crashes a fuzzer would find first.  Mutations are libFuzzer's simple
ones (bit flips, byte insertions and deletions, copies, splices of two seeds, dictionary
words) from a fixed random seed, within a time budget.
"""

from __future__ import annotations

import base64
import importlib.util
import random
import time
from pathlib import Path
from types import ModuleType

import pytest

HARNESS = Path(__file__).parent / "fuzz" / "fuzz_parse.py"
BUDGET = 4.0  # seconds for the mutations
MAX_MUTATIONS = 3000
WORDS = (b"0x800CCC79", b"0x800CCC0E", b"Error Number:", b"Server Response: '", b"Subject '",
         b"Port: 25", b"Secure(SSL): No", b"\n", b"\r\n", b"> ", b"'", b"\xe2\x80\x99", b"**",
         b"\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc:", b":", b"\xff\xfe", b"&amp;",
         b"Task 'x - Sending' reported error (0x800CCC0E) : '",
         b"An error occurred while sending mail. The mail server responded: ")


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_parse", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    return _harness()


def _mutate(rng: random.Random, data: bytes, other: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2 and buf:
            del buf[pos : pos + rng.randint(1, 32)]
        elif op == 3 and buf:
            start = rng.randrange(len(buf))
            chunk = buf[start : start + rng.randint(1, 64)]
            buf[pos:pos] = chunk * rng.randint(1, 4)
        elif op == 4 and other:
            start = rng.randrange(len(other))
            buf[pos:pos] = other[start : start + rng.randint(1, 200)]
        elif op == 5:
            buf[pos:pos] = rng.choice(WORDS)
        elif op == 6:
            del buf[pos:]
    return bytes(buf)


def test_seeds_exist(harness: ModuleType) -> None:
    assert len(harness.seeds()) >= 20


def test_target_on_every_seed(harness: ModuleType) -> None:
    for seed in harness.seeds():
        harness.target(seed)


def test_target_on_random_mutations(harness: ModuleType) -> None:
    rng = random.Random(20240601)
    seeds = harness.seeds()
    deadline = time.monotonic() + BUDGET
    done = 0
    while done < MAX_MUTATIONS and (done < 200 or time.monotonic() < deadline):
        data = rng.choice(seeds)
        if len(data) > 800:  # a window of a long seed keeps each run short
            start = rng.randrange(len(data) - 800)
            data = data[start : start + 800]
        mutated = _mutate(rng, data, rng.choice(seeds))
        try:
            harness.target(mutated)
        except Exception as exc:  # report the input, not just the traceback
            raise AssertionError(f"target failed on {mutated!r}") from exc
        done += 1
    assert done >= 200


# Inputs atheris found, kept as they were (base64 of the unit libFuzzer wrote).
FOUND = [
    # An information separator (\x1f) after a line break inside a reply: the reply's next line
    # seemed to start with a word, which str.lstrip() then removed whole (IndexError).
    "VGhlIGMKPiBBbiBlcnJvciBvY2N1cnJlZCB3aGlsZSBzZW5kaW5nIG1haWw6IE91dGdvaW5nIHNlcnZlciAoU01UUCkg"
    "ZXJyb3IuIFRoZSBzZXJ2ZXIgcmVzcG9uZGVkOiBUTFMgbm90IGF2YWlsYWJsZSBkdWUgdG8gdGVtam9yYXJ5IHJlYXNj"
    "dGlvbnMgb24gc2V0dGluZyB1cCogICAgMjc1LTUuNy4yNiBhdXRom4l0aWNhdGlvbiwgZ28gdG8gNTUwIDUuNy4yNgog"
    "HyD09PT09C5jb20+OiBSZWxhYjJkMm5la29Qb3J0OiA0NjVyOiAweDgwMENDQzBF",
]


@pytest.mark.parametrize("unit", FOUND, ids=range(len(FOUND)))
def test_target_on_what_fuzzing_found(harness: ModuleType, unit: str) -> None:
    harness.target(base64.b64decode(unit))

