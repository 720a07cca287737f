"""Totality and linear time: any ``str`` is read without an exception, in time linear in its
length.

Support tools feed the parser whole mailboxes and logs, so one hostile or unlucky input must
neither crash a batch nor stall it.  Time is measured as ratios in the same run, so the test
means the same on a fast laptop and a slow CI runner: each adversarial 1 MB input, through
``scan``, ``scan_file`` and ``classify``, at most 3x the time of 1 MB of real client-error
messages read densely (``tests/corpus``: ordinary text that is all
messages, the most work a real input asks of the readers; ``SLOW`` names the inputs held to
bounds of their own), and against the same input at a
quarter of the size (time per byte must not grow).  Log text (``tests/data/negative``) no longer
serves as the scan baseline: the gate skips it at memory speed, so a ratio to it would measure
the readers against a literal search, not whether time stays linear.
"""

from __future__ import annotations

import gc
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smtperr
from smtperr.strategies import messages

MB = 1_000_000
LIMIT = 3.0  # adversarial input / baseline, per function
GROWTH = 1.6  # time per byte at 1 MB against 256 KB: more would be super-linear
NEGATIVE = Path(__file__).parent / "data" / "negative"
QUICK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _fill(unit: str, size: int = MB) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _check(text: str) -> None:
    """scan, parse and classify on ``text``: no exception, and records that hold together."""
    records = list(smtperr.scan(text))
    last = 0
    for rec in records:
        assert 0 <= rec.span[0] <= rec.span[1] <= len(text)
        assert rec.span[0] >= last
        last = rec.span[1]
        rec.to_dict()
    assert smtperr.parse(text) == (records[0] if records else None)
    smtperr.classify(text)


# --------------------------------------------------------------------------- any str


@settings(QUICK, max_examples=300)
@given(st.text())
def test_any_text(text: str) -> None:
    _check(text)


@settings(QUICK, max_examples=150)
@given(st.text(alphabet=st.sampled_from("'\"‘’«»:,;.\n >*`<0x8CSMTP Server Error Number"),
               max_size=400))
def test_text_made_of_the_parsers_own_characters(text: str) -> None:
    _check(text)


@settings(QUICK, max_examples=150)
@given(st.lists(st.one_of(messages(), st.text(max_size=40)), max_size=5).map("".join),
       st.data())
def test_messages_cut_and_spliced(text: str, data: st.DataObject) -> None:
    """Realistic messages cut at random places and glued to random text and to each other."""
    if text:
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        text = text[b:] + text[:a]
    _check(text)


def test_wrong_types_raise_type_error() -> None:
    for bad in (b"Error Number: 0x800CCC79", None, 42, ["x"]):
        with pytest.raises(TypeError):
            smtperr.parse(bad)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            list(smtperr.scan(bad))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- linear time


CORPUS = Path(__file__).parent / "corpus"


def _message_text() -> str:
    return _fill("\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))))


def _log_text() -> str:
    logs = "".join(p.read_text(encoding="utf-8", errors="replace")
                   for p in sorted(NEGATIVE.glob("*.log")))
    return _fill(logs)


# Framings of bounces and MTA log lines repeated on one long line: each reply's line start,
# indentation, address and closing literal were looked for back to the start of the line or
# up to its end (quadratic: 88 us a character at 160 KB); then linear, at 5-10x dense
# messages (each hit's framing searched up to its reach after the key, a standalone reply's
# recipient at every character of the line before it).  Held to LIMIT with the rest.
ONE_LINE = {
    "postfix-said": "host mx.b.c said: 550 x (in reply to RCPT TO:<a@b.c> command) ",
    "postfix-reject": "reject: RCPT TO:<a@b.c> from mx.b.c: 550 x; from=< ",
    "exchange-2003-head": "did not reach the following recipient(s): ",
    "exim-after": "SMTP error from remote mail server after RCPT TO:<a@b.c>: host mx.b.c: 550 x ",
    # (a reply's recipient looked for in log lines over 4,600 characters around each: 11x;
    # each key of a framing that starts 360 characters before it read every repeat there: 5x)
    "qmail-remote-said": "Remote host said: 550 5.1.1 <a@b.c> x Giving up on ",
    "thunderbird-command-failed": "RCPT TO <a@b.c> असफल: ",
}
# Framings and replies repeated line after line: each line went on the reply before it (a
# line in lower case continues a wrapped sentence), so a reply ran 30 lines, and the builder
# classified 37 rejoined readings of those 1,200 characters (6-11x); a message looked for a
# line with a reply code over the next 600 characters, in the messages after it; and each
# line's framing took the next line, another framing's, for its reply: a record every 22
# characters (8x).
LINE_AFTER_LINE = {
    "exchange-did-not-reach": "did not reach the following recipient(s): x on x\n",
    "host-says": "host mx.b.c says: 550 5.1.1 <a@b.c> x\n",
    "sendmail-dsn": "dsn=5.1.1, stat=Deferred: 550 5.1.1 <a@b.c> x\n",
    # Sendmail's words without a reply code: each line's framing starts inside it, after
    # "to=<...>, " (its reply ran 30 lines until such lines stopped it too: 2.7-3.2x).
    "sendmail-stat": "to=<a@b.c>, relay=b.c. [192.0.2.1], dsn=5.1.1, stat=User unknown\n",
    "address-then-reply": "a@b.c: 550 5.1.1 <a@b.c> x\n",
    "thunderbird-command-failed": "RCPT TO <a@b.c> असफल:\n",
    "thunderbird-data-failed": "DATA 指令失敗：\n",
}


def _adversarial(size: int = MB) -> dict[str, str]:
    half = size // 2

    def _fill(unit: str, n: int = size) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return {
        "million-quotes": "'" * size,
        "every-quote-mark": _fill("'\"‘’“”„«»‹›「」『』`´"),
        "unclosed-value": "Server Response: '"
        + _fill("550 5.7.1 relay denied, Port 25 ", size - 18),
        "labels-without-values": _fill(
            "Subject Account: Server: Protocol: Server Response: Port: Secure(SSL): "
            "Server Error: Error Number: "),
        "one-label-repeated": _fill("Server: "),
        "error-numbers-repeated": _fill("Error Number: 0x800CCC79, "),
        "bare-error-numbers": _fill("0x800CCC79"),
        "openers-without-bodies": _fill(
            "The message could not be sent because one of the recipients was rejected by the "
            "server. The rejected e-mail address was "),
        "thunderbird-heads": _fill(
            "An error occurred while sending mail. The mail server responded: "),
        "ndr-heads": _fill(
            "Your message did not reach some or all of the intended recipients. Subject: "),
        "task-heads-open-quote": _fill("Task 'x - Sending' reported error (0x800CCC0E) : '"),
        "nested-quotes": _fill("Subject 'Re: \"Fw: ‘", half) + _fill("’\"', ", half),
        "colons": ":" * size,
        "word-colon": _fill("a: "),
        "cjk-label-words": _fill("サーバー エラー"),
        "cjk-label-colons": _fill("サーバー:"),
        "newlines": "\n" * size,
        "mail-quote-markers": _fill("> "),
        "markdown-bold": _fill("**"),
        "html-entities": _fill("&amp;"),
        "angle-brackets": _fill("<"),
        "one-long-word": "x" * size,
        "ssl-words": _fill("SSL "),
        # Words that start phrases (a gate key each; "user" and "no" start gap phrases: "user
        # … does not exist", "no … in name directory"), none of which follows.
        "phrase-start-words": _fill("user no s mailbox the smtp is "),
        # Found by mutating real samples: a quoted value that never closes, with the labels
        # after it repeated (each label tried as the value's end), and a fragment of a task
        # error repeated (the sentence tried, and its literal searched, at every fragment).
        "unclosed-value-repeated-labels": _fill("Server Response: '553 Sorry, Protocol: SMTP, "),
        "task-fragment-repeated": _fill("Task 'a - Sending' repS - Sending' repS - Sending' rep"),
        "labels-of-many-languages": _fill(
            "Betreff 'x', Konto: 'y', Serveur : 'z', Protokół: SMTP, サーバー: 'w', 端口: 25, "),
        # The input classes of issue 14, each once a stall or a slow constant.
        "reply-then-failing-label-groups": _fill(
            "Remote Server returned '550 x'\n" + "SSL:1,Port:1\n" * 3),
        "mojibake-near-records": _fill("SSL:1,Error Num:0x800CCC0E\n" * 100 + "Ã©\n"),
        "opening-then-exotic-blanks": _fill("the host " * 28 + "\u2000" * 3000),
        "nul-bytes": _fill("Server: 'a'\x00, Port: 25\x00"),
        "cr-only-line-ends": _fill("Server: 'smtp.example.com', Port: 25\r"),
        "windows-live-mail-lines": _fill(
            "Server: smtp.example.com\nProtocol: SMTP\nPort: 25\nSecure(SSL): No\n"),
        "full-width-punctuation": _fill("サーバー：「smtp.example.com」，ポート：２５，"),
        "combining-and-rtl-marks": _fill("Server\u0301: '\u200fa\u202e', Port\u0308: 25, "),
        "lone-surrogates": _fill("Server: '\ud800x', Port: 25, "),
        "html-bbcode-markdown": _fill("<br>[b]Server[/b]: **'x'** </p><p>&nbsp;`Port`: 25<br />"),
        # Reply framings on one long line: a reply whose closing quote must end a line was
        # looked for over 3,000 characters from each (30x); inline code spans were counted
        # back to the line's start for each reply (quadratic in the line).
        "reply-framings-on-one-line": _fill("Remote Server returned 'x' "),
        "code-spans-on-one-line": _fill("SMTP session failed: 550 `x` "),
        # The gate's reply shape and the reader of replies after a colon: a window at every
        # status, a reply after every colon, on one line and on many.
        "status-shapes": _fill("550 5.1.1 "),
        "replies-after-colons-one-line": _fill("error: 550 5.7.1 <a@b.c> x: '4.7.1 y' "),
        "replies-after-colons": _fill("It said: '550 5.1.1 No such user'.\n"),
        # Outlook's task error by its shape: on many lines, and numbers after task names on
        # one line without the colon and message that would end a record.
        "task-shapes": _fill("La tâche 'a - b' a signalé une erreur (0x800CCC0E) : 'c'\n"),
        "task-shapes-one-line": _fill("'a - b' (0x800CCC0E) "),
        # A JSON or program string's escapes, decoded by the window's normalizer.
        "string-escapes": _fill("Server: \\u0027x\\u0027,\\nPort: 25\\'\\\"\\u003c"),
        # Bounce framings and MTA log lines on one long line: each hit's framing was searched
        # for up to its reach after the key (5-10x), a standalone reply's recipient looked for
        # at every character of the lines before it (5x).
        **{f"one-line-{name}": _fill(unit) for name, unit in ONE_LINE.items()},
        **{f"lines-{name}": _fill(unit) for name, unit in LINE_AFTER_LINE.items()},
        # Framings' wording repeated line after line, none of it a message: every line a
        # gate hit checked in vain, or a template's head read up to its missing end.
        "recipient-headers": _fill("Recipient: <a@b.c> "),
        "failed-recipient-lines": _fill("Failed Recipient: a@b.c\n"),
        "generating-server-lines": _fill("Generating server: mx.b.c\n"),
        # Replies in wording no table knows: each one's recipient and server looked for in the
        # characters before it (NAMED_BACK), a report's unframed reply up to UNFRAMED_REACH.
        "quoted-replies-one-line": _fill("zz a@b.c zz '550 5.1.1 x' zz "),
        "hashed-replies-with-hosts": _fill("Zz zz: mx.b.c\na@b.c\n#550 5.1.1 x ##\n"),
        "diagnostic-type-replies": _fill("#< #5.7.1 smtp; 550 5.7.1 x> #SMTP# "),
        # A reply that ends its template goes on over a wrap before a caseless word when a
        # phrase of the tables runs across it: every line such a wrap.
        "caseless-wraps-in-an-open-reply": _fill(
            "メールの送信中にエラーが発生しました。メッセージを確認し、再度試してください。"
            "サーバーからの応答: 553 Domino\n" + "ディレクトリには見つかりません Domino\n" * 40),
        # A report's head without a reply, its recipient alone on the line after it.
        "report-heads-then-addresses": _fill(
            "This is an automatically generated Delivery Status Notification.\n\na@b.c\n"),
        "report-heads-then-guillemets": _fill(
            "Diagnostic information for administrators:\nzz «\xa0550 5.1.1 x\xa0»\n"),
    }


ADVERSARIAL = _adversarial()
QUARTERS = _adversarial(MB // 4)
# Inputs held to their own bound (about 1.5x their ratio when measured), each with why:
# linear (time per byte does not grow), with a constant that LIMIT does not fit.  Held, not
# marked xfail, so that a slower constant or super-linear growth still fails.
SLOW: dict[str, tuple[float, str]] = {
    # classify: every "no" scans the 80 characters after it for "in name directory" (a gap
    # phrase: "no … in name directory"), whose "i" the words after it hold; 3.6x (4.6x before
    # gaps were checked for the character after them, 2026-12-06).
    "phrase-start-words": (5.5, "a gap phrase's reach scanned at every word that starts it"),
    # A known label every 5 characters ("サーバー:"): 200,000 labels a MB, ten times the dense
    # messages' labels per byte, each tried as a label and as a Japanese template's head;
    # 2.3-2.9x on 3.11 and 3.12 alone (2.7x on 3.12 at the first stop of 2026-12-06 too), 3.6x
    # in CI beside the whole suite.  (Held at 6x once; a note then said ~0.2x.)
    "cjk-label-colons": (4.5, "a label every 5 characters: per-label work, not per-byte"),
}
# Were here: recipient-headers, failed-recipient-lines and
# generating-server-lines 4.4x, 3.6x and 3.4x (2026-12-05) until the gate's checks were
# factored as a trie and a template's head stopped reading a host's wraps when the literal
# after the next slot stands nowhere after it; now 1.3-1.5x.


def _best(fn: Callable[[str], object], text: str, runs: int) -> float:
    """Best of ``runs``, in CPU seconds of this process: time spent waiting for a core that
    other jobs hold is not counted (wall-clock time made the test fail under load)."""
    best = float("inf")
    for _ in range(runs):
        # The collector's full passes walk every object the test process holds (the whole
        # suite's, in a full run): frozen, they are not walked, and the timing is the parser's.
        gc.collect()
        gc.freeze()
        try:
            started = time.process_time()
            fn(text)
            best = min(best, time.process_time() - started)
        finally:
            gc.unfreeze()
    return best


def _scan(text: str) -> object:
    return list(smtperr.scan(text))


def _scan_file(text: str) -> object:
    """The same text as a UTF-8 file: blocks, decoding and the byte offsets too."""
    return list(smtperr.scan_file(io.BytesIO(text.encode("utf-8", "replace"))))


_FNS: dict[str, Callable[[str], object]] = {
    "scan": _scan, "scan_file": _scan_file, "classify": smtperr.classify,
}
# What each function is measured against: real messages read densely; log text for classify.
_BASE_TEXT: dict[str, Callable[[], str]] = {
    "scan": _message_text, "scan_file": _message_text, "classify": _log_text,
}


@pytest.fixture(scope="module")
def baseline() -> dict[tuple[str, int], float]:
    """CPU seconds for 1 MB and for a quarter of it of each function's baseline text, best
    of 3."""
    smtperr.parse(_message_text()[:5000])  # compile before timing
    smtperr.classify("550 5.7.1 Relaying denied")
    return {
        (name, size): _best(fn, _BASE_TEXT[name]()[:size], 3)
        for name, fn in _FNS.items()
        for size in (MB, MB // 4)
    }


def _interleaved(
    fn_name: str, fn: Callable[[str], object], text: str
) -> tuple[float, float]:
    """(baseline of the same size, ``fn`` on ``text``), each the best of 3 taken in turns."""
    base_text = _BASE_TEXT[fn_name]()[: len(text)]
    base = took = float("inf")
    for _ in range(3):
        base = min(base, _best(_FNS[fn_name], base_text, 1))
        took = min(took, _best(fn, text, 1))
    return base, took


# Inputs that make more than RECORD_DENSE times the records per byte of the dense real
# messages (a record a line: "a@b.c: 550 5.1.1 <a@b.c> x" makes one every 27 characters,
# 15x): their time is per record, not per byte, and they are held to DENSE_LIMIT.  Measured
# 2026-12-06: up to 2.8x alone on Python 3.10 (lines-address-then-reply, qmail-remote-said on
# one line), 3.2x in CI beside the whole suite on the other core.
RECORD_DENSE = 5
DENSE_LIMIT = 4.0
RECORD_DENSE_INPUTS = frozenset({
    "hashed-replies-with-hosts", "lines-address-then-reply", "lines-host-says",
    "lines-sendmail-dsn", "lines-sendmail-stat", "mojibake-near-records", "one-line-postfix-reject",
    "one-line-postfix-said", "one-line-qmail-remote-said", "replies-after-colons",
    "reply-then-failing-label-groups", "task-shapes", "windows-live-mail-lines",
})


def _limit(name: str) -> float:
    if name in SLOW:
        return SLOW[name][0]
    return DENSE_LIMIT if name in RECORD_DENSE_INPUTS else LIMIT


@pytest.fixture(scope="module")
def dense_records() -> int:
    """The records of 64 KB of the dense real messages."""
    return sum(1 for _ in smtperr.scan(_message_text()[: MB // 16]))


@pytest.mark.parametrize("name", sorted(RECORD_DENSE_INPUTS))
def test_record_dense_inputs_are_dense(name: str, dense_records: int) -> None:
    """Each input held to DENSE_LIMIT makes more than RECORD_DENSE times the records per byte
    of the dense real messages (64 KB of each)."""
    assert sum(1 for _ in smtperr.scan(QUARTERS[name][: MB // 16])) > RECORD_DENSE * dense_records


def _ratio(fn_name: str, text: str, took: float, base: float, limit: float) -> float:
    """``took`` over ``base``; when over ``limit``, both timed again, interleaved (the load on
    the machine may have changed since the baseline was taken)."""
    if took > limit * base:
        base, took = _interleaved(fn_name, _FNS[fn_name], text)
    return took / base


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_is_linear(
    name: str, baseline: dict[tuple[str, int], float]
) -> None:
    text = ADVERSARIAL[name]
    _check(text[:2000])  # no exception on a piece of it either
    limit = _limit(name)
    for fn_name, fn in _FNS.items():
        took = _best(fn, text, 1)
        ratio = _ratio(fn_name, text, took, baseline[fn_name, MB], limit)
        assert ratio <= limit, f"{fn_name}: {took:.2f}s, {ratio:.1f}x the baseline"
        # At a quarter of the size too, against a quarter of the baseline text.
        quarter = _best(fn, QUARTERS[name], 3)
        small = _ratio(fn_name, QUARTERS[name], quarter, baseline[fn_name, MB // 4], limit)
        assert small <= limit, f"{fn_name}: {quarter:.2f}s, {small:.1f}x at a quarter"
        # Linear: a quarter of the input takes at least about a quarter of the time (best of
        # several runs of each, interleaved, so load on the machine does not decide).
        for _ in range(3):  # over the bound: again, in turns (a burst of load is not growth)
            if took <= 0.05 or took <= 4 * GROWTH * quarter:  # below 50 ms, noise decides
                break
            took = min(took, _best(fn, text, 2))
            quarter = min(quarter, _best(fn, QUARTERS[name], 4))
        if took > 0.05:
            assert took <= 4 * GROWTH * quarter, f"{fn_name}: {took:.2f}s against {quarter:.2f}s"
