"""Render, then read back: the tables and the parser must agree.

``smtperr._render`` writes a record as the client would, from the same tables the parser
compiles; reading that text must give the record back (``strategies.parsed`` says exactly
what: the language a reader can tell, the span of the text).  Then the same with the text
embedded in other text, and damaged the way pastes are damaged.

Inputs that run into a known parser bug (``tests/_known_bugs.py``) are left out of the
properties; each bug's minimal reproducer runs below as a strict xfail, so fixing the parser
turns it into a failure that asks for the bug's entry to be deleted.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import smtperr
from smtperr import ClientError
from smtperr._render import LIST_FORMATS, all_formats, formats, pieces, render
from smtperr._tables import LANGUAGES, load_locale
from smtperr.strategies import (
    NOISES,
    READABLE_NOISES,
    Case,
    cases,
    client_errors,
    complete,
    messages,
    parsed,
    records,
)
from tests._known_bugs import BUGS, known_bug

PAIRS = [(tag, fmt) for tag in LANGUAGES for fmt in formats(tag)]
QUICK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
NEGATIVE = Path(__file__).parent / "data" / "negative"


def _known(case: Case) -> bool:
    return known_bug(case) is not None


def _record_case(record: ClientError) -> Case:
    assert record.language is not None and record.format is not None
    text = render(record, language=record.language, format=record.format)
    return Case(text, parsed(record), record, ())


# --------------------------------------------------------------------------- the tables


def _slot_values() -> dict[str, str]:
    return {"subject": "Test", "account": "Mail", "server": "smtp.example.com",
            "server_response": "550 5.7.1 Relaying denied", "recipient": "bob@example.com",
            "error_number": "0x800CCC79"}


def _table_cases() -> list[tuple[str, ClientError]]:
    """One record per template and per opening sentence of every table, plus a fragment
    without error number per language: each must be read back."""
    out: list[tuple[str, ClientError]] = []
    for tag in LANGUAGES:
        loc = load_locale(tag)
        for i, (fmt, sentence) in enumerate(loc.templates):
            slots = set(re.findall(r"\{([a-z_]+)\}", sentence)) - {"_"}
            values: dict[str, Any] = {k: v for k, v in _slot_values().items() if k in slots}
            if slots - set(values):
                continue  # a slot render does not fill
            out.append((f"{tag}-{fmt}-{i}", ClientError(format=fmt, language=tag, **values)))
        for i, (number, sentence) in enumerate(loc.openings):
            out.append((f"{tag}-opening-{i}-{number}", ClientError(
                format="outlook-express", language=tag, error_number=number,
                account="bob@example.com", server="smtp.example.com", protocol="SMTP", port=25,
                recipient="rcpt@example.com" if "{recipient}" in sentence else None)))
        out.append((f"{tag}-fragment", ClientError(
            format="outlook-express", language=tag, account="Mail", server="smtp.example.com",
            protocol="SMTP", port=25, ssl=False)))
    return out


TABLE_CASES = _table_cases()


@pytest.mark.parametrize(("name", "shown"), TABLE_CASES, ids=[n for n, _ in TABLE_CASES])
def test_every_table_entry_reads_back(name: str, shown: ClientError) -> None:
    record = complete(shown)
    bug = known_bug(_record_case(record))
    if bug is not None:
        pytest.xfail(f"known parser bug: {bug.name}")
    text = render(record, language=record.language or "", format=record.format or "")
    assert smtperr.parse(text) == parsed(record), text


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize(("language", "fmt"), PAIRS, ids=[f"{t}-{f}" for t, f in PAIRS])
@settings(QUICK, max_examples=30)
@given(data=st.data())
def test_roundtrip(language: str, fmt: str, data: st.DataObject) -> None:
    record = data.draw(records([language], [fmt]))
    if _known(_record_case(record)):
        return  # not assume(): a pair may be wholly a known bug (as Italian Thunderbird was)
    text = render(record, language=language, format=fmt)
    assert smtperr.parse(text) == parsed(record)


@settings(QUICK, max_examples=200)
@given(records())
def test_roundtrip_any(record: ClientError) -> None:
    """Across languages and formats at once, so shrinking can reach English classic."""
    assume(not _known(_record_case(record)))
    assert smtperr.parse(render(record, language=record.language or "",
                                format=record.format or "")) == parsed(record)


def test_render_rejects_what_the_tables_lack() -> None:
    # (Hungarian has no Apple Mail row: Apple's Hungarian strings were not taken.)
    r = ClientError(format="apple-mail", language="hu", server="smtp.example.com")
    with pytest.raises(ValueError, match="no 'apple-mail' template"):
        render(r, language="hu", format="apple-mail")
    with pytest.raises(ValueError, match="unknown language"):
        render(r, language="xx", format="outlook-express")
    with pytest.raises(ValueError, match="unknown format"):
        render(r, language="en", format="pine")
    with pytest.raises(ValueError, match="no label for 'socket_error'"):
        render(ClientError(server="x", socket_error=10060), language="de")
    with pytest.raises(ValueError, match="cannot show port"):
        render(ClientError(server_response="550 x", port=25), language="en", format="thunderbird")
    assert set(all_formats()) >= {"outlook-express", "thunderbird", "outlook-task"}


def test_render_classic_english_exactly() -> None:
    r = ClientError(error_number="0x800CCC0E", account="mail.example.org",
                    server="mail.example.org", protocol="POP3", port=110, ssl=False,
                    socket_error=10060)
    assert render(r) == (
        "The connection to the server has failed. Account: 'mail.example.org', Server: "
        "'mail.example.org', Protocol: POP3, Port: 110, Secure(SSL): No, Socket Error: 10060, "
        "Error Number: 0x800CCC0E"
    )


# --------------------------------------------------------------------------- embedded


def _log_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(NEGATIVE.glob("*.log")):
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()[:200]
    return [line for line in lines if line.strip()]


LOG_LINES = _log_lines()


@st.composite
def _filler(draw: st.DrawFn) -> str:
    """Text around messages: real log lines, or random text (never a message itself)."""
    text = draw(st.one_of(
        st.lists(st.sampled_from(LOG_LINES), max_size=5).map("\n".join),
        st.text(max_size=200),
    ))
    assume(not list(smtperr.scan(text)))
    return text


_LOG_FIELD = re.compile(r"\w: ?[0-9]")


def _log_field_before(filler: str) -> bool:
    """Known bug log-field-joins-next-paragraph: a 'word:digits' pair in the filler's last
    line is read as a field of the message after the blank line."""
    lines = filler.rstrip("\n").rsplit("\n", 1)
    return bool(_LOG_FIELD.search(lines[-1]))


def _takes_next_field(before: ClientError, after: ClientError) -> bool:
    """Known bug next-message-field-taken: a one-field-per-line message takes the first field
    of the message after it when it has none of its own."""
    if before.format not in ("windows-live-mail", "windows-mail"):
        return False
    if after.format not in LIST_FORMATS or after.language is None:
        return False
    shown = pieces(after, language=after.language, format=after.format)
    first = next((p.field for p in shown if p.kind == "label"), None)
    return first is not None and getattr(before, first) is None


@settings(QUICK, max_examples=60)
@given(st.lists(records(), min_size=1, max_size=4), st.data())
def test_scan_finds_every_embedded_message(rs: list[ClientError], data: st.DataObject) -> None:
    """Messages at random places in log lines or random text, each alone in its paragraph:
    scan finds each, in order, and its span slices back to exactly the rendered message."""
    for r in rs:
        assume(not _known(_record_case(r)))
    fillers = [data.draw(_filler()) for _ in range(len(rs) + 1)]
    assume(not any(_log_field_before(f) for f in fillers[:-1]))
    assume(not any(_takes_next_field(a, b) for a, b in itertools.pairwise(rs)))
    # Known bug template-reply-spans-messages: two template messages of one kind.
    kinds = [(r.language, r.format) for r in rs if r.format not in LIST_FORMATS]
    assume(len(kinds) == len(set(kinds)))
    text = ""
    expected: list[tuple[ClientError, str]] = []
    for r, filler in zip(rs, fillers, strict=False):
        text += filler + "\n\n"
        message = render(r, language=r.language or "", format=r.format or "")
        want = attrs.evolve(parsed(r), span=(len(text), len(text) + len(message)))
        expected.append((want, message))
        text += message + "\n\n"
    text += fillers[-1]
    found = list(smtperr.scan(text))
    assert found == [e for e, _ in expected]
    for rec, (_, message) in zip(found, expected, strict=True):
        assert text[rec.span[0] : rec.span[1]] == message


# --------------------------------------------------------------------------- noise


@settings(QUICK, max_examples=300)
@given(cases(noise=READABLE_NOISES))
def test_readable_noise_keeps_the_fields(case: Case) -> None:
    """Wraps, quote marks, mail quoting, markdown, CRLF and prose change no field."""
    assume(not _known(case))
    assert smtperr.parse(case.text) == case.expected, (case.noises, case.text)


@settings(QUICK, max_examples=300)
@given(cases(noise=NOISES))
def test_any_noise_reads_as_expected(case: Case) -> None:
    """Redaction, truncation and mojibake too: the expected record says what is left."""
    assume(not _known(case))
    assert smtperr.parse(case.text) == case.expected, (case.noises, case.text)


@settings(QUICK, max_examples=100)
@given(client_errors(noise=False))
def test_client_errors_without_noise_is_the_rendered_record(pair: tuple[str, ClientError]) -> None:
    text, expected = pair
    assert expected.span == (0, len(text))


@settings(QUICK, max_examples=100)
@given(messages())
def test_messages_never_break_the_reader(text: str) -> None:
    """Unreadable noise (mojibake of any script) may lose fields, never raise."""
    for rec in smtperr.scan(text):
        assert 0 <= rec.span[0] <= rec.span[1] <= len(text)


# --------------------------------------------------------------------------- known bugs


@pytest.mark.parametrize("bug", BUGS, ids=[b.name for b in BUGS])
@pytest.mark.xfail(strict=True, reason="known parser bug (tests/_known_bugs.py)")
def test_known_bug(bug: object) -> None:
    from tests._known_bugs import Bug

    assert isinstance(bug, Bug)
    got = smtperr.parse(bug.text)
    assert got is not None, bug.why
    for key, want in bug.expected.items():
        assert getattr(got, key) == want, (key, bug.why)
