"""The text around a message never changes its record: real log lines and ticket sentences put
before and after every golden sample leave every field as it is and shift the span.

Support tools read messages inside tickets and logs; a record that changes with a greeting, a
``<br>`` or an sshd line before it would make batch results depend on what was pasted with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import smtperr

HERE = Path(__file__).parent
SAMPLES = sorted((HERE / "corpus").glob("*/*.txt"))
NEGATIVE = sorted((HERE / "data" / "negative").glob("*.log"))


def _log_lines() -> list[str]:
    """Two real lines of every loghub log (the first and one with a colon and a number)."""
    out = []
    for path in NEGATIVE:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        out.append(lines[0])
        out.extend([ln for ln in lines if ":" in ln and any(c.isdigit() for c in ln)][5:6])
    return out


# Ticket text seen around pasted errors (written for this test; the log lines are real).
TICKET = [
    "Hi,",
    "Please use port 587",
    "It worked yesterday at 10:30.",
    "Thanks,<br>",
    "</p>\n<p>",
    "<br />",
    "Regards, John",
    "Error below:",
    "-- ",
]
# Two lines before: the message then starts past the tight first window's first line, so a
# record read there is kept unless it (or a bounce it belongs to) reaches the window's edge.
TWO_LINES = "Hi,\nIt worked yesterday at 10:30."
AROUND = (
    [(p, "") for p in [*TICKET, TWO_LINES, *_log_lines()]]
    + [("", "\n" + s) for s in TICKET[:4]]
)


def _fields(rec: smtperr.ClientError) -> dict[str, object]:
    d = rec.to_dict()
    d.pop("span")
    return d


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_context_does_not_change_records(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    alone = list(smtperr.scan(text))
    for before, after in AROUND:
        head = before + "\n" if before else ""
        got = list(smtperr.scan(head + text + after))
        assert [_fields(r) for r in got] == [_fields(r) for r in alone], (before, after)
        assert [r.span for r in got] == [(a + len(head), b + len(head)) for a, b in
                                          (r.span for r in alone)], (before, after)


def test_log_lines_that_hold_a_sentences_first_word() -> None:
    """Real log lines that hold the first word of a client's sentence ("Got assigned task
    1283" before "Task 'x - Sending' reported error ...") start a reading that runs into the
    message; the message's own head then takes over, and the record is the one read alone."""
    lines = [
        ln
        for path in NEGATIVE
        for ln in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if " task " in ln.lower()
    ][:5]
    assert lines
    samples = [p for p in SAMPLES if "task" in p.read_text(encoding="utf-8").lower()[:80]]
    assert samples
    for path in samples:
        text = path.read_text(encoding="utf-8")
        alone = [_fields(r) for r in smtperr.scan(text)]
        for line in lines:
            got = [_fields(r) for r in smtperr.scan(line + "\n" + text)]
            assert got == alone, (path.name, line)


WLM = sorted(p for p in SAMPLES if "wlm" in p.stem or "windows-live-mail" in p.stem)
WITH_HEADER = [
    HERE / "corpus" / "en" / name
    for name in ("exchange-ndr-exchange2003-not-recognized.txt", "ndr-domino-not-listed.txt")
]


@pytest.mark.parametrize("path", WLM, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_mail_header_after_a_field_per_line_message_is_not_its_subject(path: Path) -> None:
    """Found by pasting real samples one after another: Windows Live Mail's one field a line
    (blank lines or not) took the "Subject:" header of a bounce pasted after it as its own
    subject.  A subject, the first field of every layout, past a blank line after the error
    number begins another message."""
    text = path.read_text(encoding="utf-8")
    for other in WITH_HEADER:
        second = other.read_text(encoding="utf-8")
        alone = [_fields(r) for r in smtperr.scan(text)] + [
            _fields(r) for r in smtperr.scan(second)
        ]
        for sep in ("\n\n", "\nThanks\n\n", "\n----\n\n"):
            got = [_fields(r) for r in smtperr.scan(text + sep + second)]
            assert got == alone, (other.name, sep)


BOUNCE_PAIRS = [
    ("exchange-ndr-exchange2003-forum.txt", "ndr-postfix-transcript-queue-error.txt"),
    ("exchange-ndr-exchange2010-nintendo.txt", "ndr-postfix-transcript-queue-error.txt"),
    ("ndr-gmail-de.txt", "ndr-postfix-transcript-queue-error.txt"),
    ("exchange-ndr-o365-gmail-ratelimit.txt", "ndr-postfix-transcript-queue-error.txt"),
    # ... and of the same family, once the first holds its reply with a code
    ("exchange-ndr-exchange2010-nintendo.txt", "exchange-ndr-lkml-quoted.txt"),
    ("exchange-ndr-exchange2007-user-unknown.txt", "exchange-ndr-office365-mail-11.txt"),
]


@pytest.mark.parametrize(("first", "second"), BOUNCE_PAIRS)
def test_a_second_bounce_is_its_own_message(first: str, second: str) -> None:
    """Two real bounces pasted one after the other: the second one's opening section (Postfix's
    "Transcript of session follows.") or reply framing ("Remote Server returned ...") stood
    past the part that holds the first one's reply, yet was read as a part of it, and the
    second bounce was lost."""
    texts = [next(HERE.glob(f"corpus/*/{name}")).read_text(encoding="utf-8")
             for name in (first, second)]
    alone = [_fields(r) for t in texts for r in smtperr.scan(t)]
    assert len(alone) == 2
    assert [_fields(r) for r in smtperr.scan(texts[0] + "\n\n" + texts[1])] == alone
