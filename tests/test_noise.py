"""Real-world paste damage on real messages: the fields must survive.

Each transform below was seen in real pastes (issue 2, section 5).  They are applied to real
samples from the golden corpus, and the record must keep every expected field.
"""

from __future__ import annotations

import html
import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import smtperr
from smtperr._compile.phrases import phrase_table
from smtperr._scan.slot_ends import _PHRASE_REACH
from tests._fold import mismatches

CORPUS = Path(__file__).parent / "corpus"
SAMPLES = [
    "en/hx-003-oe-0x800CCC79",
    "en/hx-063-oe-0x800CCC0E",
    "de/hx-015-oe-0x800CCC79",
    "fr/kb290842_relay",
    "pt-PT/hx-033-oe-0x800CCC79",
]


def _sample(name: str) -> tuple[str, dict[str, object]]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    meta = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    expected = meta["expected"]
    assert isinstance(expected, list)
    return text, expected[0]


def _wrap(width: int) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        flat = " ".join(text.split())
        return "\n".join(flat[i : i + width] for i in range(0, len(flat), width))

    return wrap


def _word_wrap(width: int) -> Callable[[str], str]:
    return lambda text: textwrap.fill(" ".join(text.split()), width)


def _curly(text: str) -> str:
    out, opened = [], False
    for ch in text:
        if ch == "'":
            out.append("\u2019" if opened else "\u2018")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


NOISE: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "mail-quote": lambda t: "> " + t.replace("\n", "\n> "),
    "double-mail-quote": lambda t: "> > " + t.replace("\n", "\n> > "),
    "hard-wrap-50-inside-words": _wrap(50),
    "hard-wrap-33-inside-words": _wrap(33),
    "word-wrap-72": _word_wrap(72),
    "curly-quotes": _curly,
    "html-entities": lambda t: html.escape(t, quote=True),
    "nbsp": lambda t: t.replace(" ", "\u00a0"),
    "markdown-bullet": lambda t: "- " + t,
    "trailing-period": lambda t: t.rstrip() + ".",
    "surrounding-prose": lambda t: "Hi support,\n\nI keep getting this:\n\n" + t + "\n\nWhat now?",
    "indented": lambda t: "\n".join("\t  " + line for line in t.split("\n")),
}


@pytest.mark.parametrize("noise", sorted(NOISE))
@pytest.mark.parametrize("name", SAMPLES)
def test_noise_keeps_fields(name: str, noise: str) -> None:
    text, expected = _sample(name)
    damaged = NOISE[noise](text)
    records = list(smtperr.scan(damaged))
    assert len(records) == 1, [r.to_dict() for r in records]
    got = records[0].to_dict()
    if "inside-words" in noise:
        # A wrap inside a word leaves a space in free text: compare without blanks.
        got = {k: v.replace(" ", "") if isinstance(v, str) else v for k, v in got.items()}
        expected = {k: "".join(v.split()) if isinstance(v, str) else v for k, v in expected.items()}
    assert mismatches(expected, got) == []


def test_lower_case_hex_and_fullwidth_punctuation() -> None:
    text = (
        "サーバーへの接続は失敗しました。 アカウント：'mail.example.jp'，"
        "サーバー：'mail.example.jp'，"
        "プロトコル：POP3，ポート：110，セキュリティ（SSL）：いいえ，ソケット エラー：10060，"
        "エラー番号：0x800ccc0e"
    )
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.error_number == "0x800CCC0E"
    assert (rec.server, rec.protocol, rec.port, rec.ssl, rec.socket_error) == (
        "mail.example.jp",
        "POP3",
        110,
        False,
        10060,
    )
    assert rec.language == "ja"


def test_one_field_per_line_with_blank_lines() -> None:
    text = (
        "Subject 'hello'\n\nServer Error: 554\n\nServer Response: 554 5.7.1 <a@b.example>: "
        "Relay access denied\n\nServer: 'smtp.example.net'\n\nWindows Live Mail Error ID: "
        "0x800CCC79\n\nProtocol: SMTP\n\nPort: 25\n\nSecure(SSL): No\n"
    )
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.format == "windows-live-mail"
    assert rec.server_response == "554 5.7.1 <a@b.example>: Relay access denied"
    assert (rec.server, rec.port, rec.ssl, rec.smtp_code) == ("smtp.example.net", 25, False, 554)
    assert rec.reason is smtperr.Reason.RELAY_DENIED


def test_redactions_and_empty_values() -> None:
    text = (
        "The message could not be sent because one of the recipients was rejected by the "
        "server. The rejected e-mail address was '[email protected]'. Subject '', Account: "
        "'*** Email address is removed for privacy ***', Server: 'smtp.example.com', "
        "Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay', Port: 25, "
        "Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79"
    )
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.recipient == "[email protected]"
    assert rec.subject is None
    assert rec.account == "*** Email address is removed for privacy ***"
    assert rec.reason is smtperr.Reason.RELAY_DENIED


def test_unknown_language_by_position() -> None:
    """Labels smtperr has no table for are read by their place and their values."""
    text = (
        "Xyzzy: 'x@example.org', Plugh: 'smtp.example.org', Frob: SMTP, Quux: '550 5.7.1 "
        "Relaying denied', Blorp: 25, Zork (SSL): Nope, Grue: 550, Twisty: 0x800CCC79"
    )
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.language is None
    assert (rec.account, rec.server, rec.protocol) == ("x@example.org", "smtp.example.org", "SMTP")
    assert rec.server_response == "550 5.7.1 Relaying denied"
    assert (rec.port, rec.smtp_code, rec.error_number) == (25, 550, "0x800CCC79")
    assert rec.reason is smtperr.Reason.RELAY_DENIED


_JA_OPEN = ("メールの送信中にエラーが発生しました。メッセージを確認し、再度試してください。"
            "サーバーからの応答: ")
_EN_OPEN = ("An error occurred while sending mail: Outgoing server (SMTP) error. The server "
            "responded: ")


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        # The user's sentence on the line after a reply that ends its template.
        (_JA_OPEN + "550 5.7.1 Relaying denied\nThanks in advance.", "550 5.7.1 Relaying denied"),
        (_EN_OPEN + "550 5.7.1 Relaying denied\nAny ideas?\n\nRegards,\nBob",
         "550 5.7.1 Relaying denied"),
        (_JA_OPEN + "550 5.7.1 Relaying denied\n--\nSent from my iPhone",
         "550 5.7.1 Relaying denied"),
        # ... and the lines that go on with it: a wrap before a small letter, an address or a
        # bracket, after a reply with no text yet, inside an open '<', a repeated code.
        (_JA_OPEN + "550 5.7.1 Relay\naccess denied\nThanks!", "550 5.7.1 Relay access denied"),
        (_JA_OPEN + "550 5.7.1\nRelay access denied", "550 5.7.1 Relay access denied"),
        (_JA_OPEN + "553 <***\nEmail address removed ***>... Rejected\nThanks",
         "553 <*** Email address removed ***>... Rejected"),
        (_EN_OPEN + "550-5.7.1 Relay access\n550 5.7.1 denied\nThanks",
         "550-5.7.1 Relay access 550 5.7.1 denied"),
        # Before a word of a script without case: a phrase of the tables across the wrap
        # goes on, the user's line does not.
        (_JA_OPEN + "553 Domino\nディレクトリには見つかりません",
         "553 Domino ディレクトリには見つかりません"),
        (_JA_OPEN + "553 Domino\nディレクトリには見つかりません\nよろしくお願いします。",
         "553 Domino ディレクトリには見つかりません"),
        (_JA_OPEN + "553 Domino\nよろしくお願いします。", "553 Domino"),
        (_JA_OPEN + "550 5.7.1 Relaying denied\nどうすればいいですか？",
         "550 5.7.1 Relaying denied"),
        # A redaction's "***" at a line's start, closing or opening it, is no rule ...
        (_EN_OPEN + "550 5.7.1 Unable to relay for *** Email address is\nremoved for "
         "privacy\n***\nThanks", "550 5.7.1 Unable to relay for *** Email address is removed "
         "for privacy ***"),
        (_EN_OPEN + "550 5.7.1 Unable to relay for\n*** Email address is removed for "
         "privacy ***\nThanks", "550 5.7.1 Unable to relay for *** Email address is removed "
         "for privacy ***"),
        (_JA_OPEN + "5.7.1\n该域不在我的允许的 rcpthost\n*** Email address is\nremoved for "
         "privacy\n***", "5.7.1 该域不在我的允许的 rcpthost *** Email address is removed for "
         "privacy ***"),
        # ... but one alone on its line is (a signature's).
        (_EN_OPEN + "550 5.7.1 Relaying denied\n***\nThanks\n***", "550 5.7.1 Relaying denied"),
        # A hard-wrapped message: the reply's full lines go on, its last one ends it.
        ("An error occurred while sending mail: Outgoing server (SMTP) error. The\nserver "
         "responded: 550 5.7.1 Client does not have permissions to send as\nThis Sender\n"
         "Thanks in advance.", "550 5.7.1 Client does not have permissions to send as This "
         "Sender"),
    ],
)
def test_reply_that_ends_its_template_ends_with_its_line(text: str, reply: str) -> None:
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.format == "thunderbird"
    assert rec.server_response == reply


def test_phrases_across_a_wrap_are_looked_for_far_enough() -> None:
    """A reply's wrap before a word of a script without case goes on when a phrase of the
    tables runs across it: the text looked at on each side holds the longest phrase."""
    assert max(len(phrase) for phrase in phrase_table().literals) < _PHRASE_REACH


def test_a_closed_quote_then_a_cut_label_then_a_code_fence() -> None:
    """The quote closed, the next label cut ("’, P"), then the fence: the value ends at its
    quote, not at the fence (found by test_any_noise_reads_as_expected: '...password’, P')."""
    text = ("> ```\r\n> Account: ‘Mail’, Ser\r\n> ver: ‘smtp.example.c\r\n> om’, Protocol: "
            "POP3,\r\n> Server Response:\r\n> ‘-ERR Invalid login\r\n> or password’, P\r\n> "
            "``` Thanks in advance.")
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.server_response == "-ERR Invalid login or password"


def test_quoted_reply_cut_before_a_code_fence() -> None:
    """A paste cut inside the quoted reply, then the closing code fence and prose."""
    text = ("Account: 'Mail', Server: 'smtp.example.com', Protocol: SMTP, "
            "Server Response: '550 5.7.1 Relaying den``` Thanks for any help")
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.format == "outlook-express"
    assert rec.server_response == "550 5.7.1 Relaying den"
    assert rec.server == "smtp.example.com"
    fenced = "```\n" + text.replace("den```", "den\n```\n")
    rec = smtperr.parse(fenced)
    assert rec is not None
    assert rec.server_response == "550 5.7.1 Relaying den"


@pytest.mark.parametrize(
    ("text", "server", "recipient"),
    [
        # A wrap inside the host that only a blank parts from the recipient ...
        ("Generating server: pop.mail.yah\noo.co.uk Müller, Hans #421 Turn on smtp "
         "authentication ##", "pop.mail.yahoo.co.uk", "Müller, Hans"),
        ("Generating server: s\nmtp.example.com.b\nr John Smith #530 5.7.0 Blocked ##",
         "smtp.example.com.br", "John Smith"),
        ("Generating server: 192.0.2.2\n24 Müller, Hans #530 5.7.0 Blocked ##", "192.0.2.224",
         "Müller, Hans"),
        ("Generating server: localh\nost John Smith #530 5.7.0 Blocked ##", "localhost",
         "John Smith"),
        # ... and a wrap that replaced that blank.
        ("Generating server: pop.mail.yahoo.co.uk\nMüller, Hans #421 Turn on smtp "
         "authentication ##", "pop.mail.yahoo.co.uk", "Müller, Hans"),
        ("Generating server: pop.mail.yahoo.co.uk\nbob@example.com #421 Turn on smtp "
         "authentication ##", "pop.mail.yahoo.co.uk", "bob@example.com"),
        ("Generating server: smtp.example.pl\n*** Email address is removed for privacy *** "
         "#421 4.7.0 Message looping ##", "smtp.example.pl",
         "*** Email address is removed for privacy ***"),
    ],
)
def test_wrap_inside_a_host_before_a_blank(text: str, server: str, recipient: str) -> None:
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.format == "exchange-ndr"
    assert (rec.server, rec.recipient) == (server, recipient)


# Pieces of text the normalizer's tokens are made of or look at, and words that are none.
_TOKEN_PIECES = [
    "\n", "\r\n", "\r", " ", "  ", "\t", "\u00a0", "\u3000", "*", "**", "`", "```", "_", "__",
    "&amp;", "&#39;", "&x", "&", "<br>", "</b>", "<p ", "<div/", "<osoba@x>", "<", "[b]", "[/url]",
    "[x", "[", "\\'", '\\"', "\\n", "\\u0027", "\\", ">", "> ", "-", "- ", "1. ", "12) ", "1",
    "#", "# ", "\u2022 ", "\u00b7", ";", "]", ":", "a", "Word", "x@y", ".", "](", "(mailto:x@y)",
    "(https://x)", ")",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=12).map("".join))
@example("x\n1. a")
@example("x\n12) a")
@example("a__b")
@example("a]\nb")
@example("a\n b")
@example("a\n>b")
@example("a\n- b")
@example("a\n# b")
@example("a &amp; b")
@example("a <br> b")
@example("a [b] b")
@example("a \\' b")
@example("a\tb")
@example("a  b")
@example("a\rb")
@example("*a*")
@example("`a`")
@example("a\u00a0b")
@example("<[x@y](mailto:x@y)>")
def test_a_window_without_a_token_start_holds_no_token(text: str) -> None:
    # A window where ``_TOKEN_START`` finds nothing is copied as it is, ``_TOKEN`` not even
    # compiled: so ``_TOKEN`` must match nowhere there.
    from smtperr._scan.window import _TOKEN, _TOKEN_START

    for start in range(len(text) + 1):
        if _TOKEN_START.search(text, start) is None:
            assert _TOKEN.search(text, start) is None, (text, start)


def test_a_window_without_a_token_start_is_copied_as_it_is() -> None:
    # (the seed message: one line, its '<' before an address, not a tag)
    from smtperr._scan.window import _TOKEN_START, normalize

    corpus = Path(__file__).parent / "corpus"
    seed = (corpus / "pl" / "kb290842_relay_denied.txt").read_text("utf-8")
    line = next(ln for ln in seed.splitlines() if "0x800CCC79" in ln)
    assert _TOKEN_START.search(line) is None
    assert normalize(line).text == line
    assert normalize("a\n  b").text == "a\nb"  # (and one with a token is normalized)


@pytest.mark.parametrize(
    ("text", "recipient", "response"),
    [
        # (github.com/Mailu/Mailu/issues/624: underscores in an address are not Markdown)
        ("> RCPT TO <tim__@mohlmann.solutions> failed: 5.7.1 <tim__@mohlmann.solutions>: "
         "Relay access denied", "tim__@mohlmann.solutions",
         "5.7.1 <tim__@mohlmann.solutions>: Relay access denied"),
        ("Server Response: '550 5.7.1 <__init__@x.org>: Relay access denied', Protocol: SMTP, "
         "Error Number: 0x800CCC79", "__init__@x.org",
         "550 5.7.1 <__init__@x.org>: Relay access denied"),
        # (github.com/MailScanner/v5/issues/634: an address GitHub rendered as a mailto link)
        ("<[mailscanner@lists.mailscanner.info](mailto:mailscanner@lists.mailscanner.info)>: "
         "host lists.mailscanner.info[52.73.170.51] said: 554 5.7.1 Service unavailable (in "
         "reply to RCPT TO command)", "mailscanner@lists.mailscanner.info",
         "554 5.7.1 Service unavailable"),
    ],
)
def test_markdown_marks_in_addresses(text: str, recipient: str | None, response: str) -> None:
    # Markdown's "__" and link syntax are dropped, never a part of an address.
    rec = smtperr.parse(text)
    assert rec is not None
    assert (rec.recipient, rec.server_response) == (recipient, response)
