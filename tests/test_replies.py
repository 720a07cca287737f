"""The reply reader (issue 11): framings as data, one record per pasted message, precision.

The texts below are real: lines of the samples in tests/corpus and tests/data/replies
(sources there), cut to the part a test needs.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import attrs
import pytest

import smtperr
from smtperr._compile.gate import CODE_LABELS, table_gate
from smtperr._data.framings import FAMILIES
from smtperr._records import ClientError
from smtperr._scan.framing import framings
from smtperr._scan.gate import hits
from smtperr._tables import LANGUAGES, load_locale

SLOTS = re.compile(r"\{([a-z_]+)\}")
MODULES = {name: importlib.import_module(f"smtperr._data.framings.{name}") for name in FAMILIES}
TABLES = ("HEADS", "SECTIONS", "REPLIES", "INNER", "GATE")
ENTRIES = [
    (name, table, entry)
    for name, module in MODULES.items()
    for table in TABLES
    for entry in getattr(module, table, ())
]


def _ids(item: tuple[str, str, tuple[str, str, str]]) -> str:
    name, table, entry = item
    return f"{name}.{table}:{entry[1][:30]}"


# --- the data ------------------------------------------------------------------------------


@pytest.mark.parametrize("item", ENTRIES, ids=_ids)
def test_every_framing_is_language_text_and_source(
    item: tuple[str, str, tuple[str, str, str]],
) -> None:
    name, table, entry = item
    assert len(entry) == 3, entry
    language, text, source = entry
    assert re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", language), language
    assert text.strip() == text and text, text
    assert source.strip(), f"{name}.{table}: every wording names the real text it comes from"
    slots = SLOTS.findall(text)
    assert set(slots) <= {
        "reply", "server", "recipient", "sender", "domain", "file", "command", "status", "code",
        "_", "line",
    }
    named = [slot for slot in slots if slot not in ("_", "line")]
    assert len(named) == len(set(named)), text
    if table in ("REPLIES", "INNER"):
        assert "reply" in slots or "recipient" in slots or "server" in slots, text
    elif table == "GATE":  # a GATE sentence may end in its reply (then checked like a label)
        assert "reply" not in slots or text.endswith("{reply}"), text
    else:
        assert "reply" not in slots, f"{table} introduce no reply: {text}"


def test_every_family_has_a_format() -> None:
    for name, module in MODULES.items():
        assert isinstance(module.FORMAT, str) and module.FORMAT, name


def test_framings_compile_with_a_key_each() -> None:
    fr = framings()
    assert len(fr.items) == sum(1 for _n, table, _e in ENTRIES if table != "GATE")
    for f in fr.items:
        assert f.key and f.key == f.key.lower(), f.text
        keys = fr.inner[f.family] if f.role == "inner" else fr.outer
        assert keys.pattern.search(f.key) is not None


_FILL = {
    "server": "mx.example.org",
    "recipient": "user@example.org",
    "command": "RCPT TO",
    "status": "5.1.1",
    "code": "550",
    "sender": "sender@example.net",
    "domain": "example.org",
    "file": "in /var/www/html/app/libraries/MailSo/Smtp/SmtpClient.php",
    "_": "x",
    "line": "x\n",
}


REPLY = "550 5.1.1 <user@example.org>: User unknown"


def _rendered(text: str, reply: str = REPLY) -> str:
    out = text.lstrip("^")
    for slot, value in _FILL.items():
        out = out.replace("{" + slot + "}", value)
    return out.replace("{reply}", reply)


@pytest.mark.parametrize("item", [e for e in ENTRIES if e[1] in ("REPLIES", "GATE")], ids=_ids)
def test_the_gate_opens_a_window_on_every_reply_framing(
    item: tuple[str, str, tuple[str, str, str]],
) -> None:
    """A reply framing may stand alone (a fragment, a log line): the gate finds it."""
    _name, _table, (_lang, text, _source) = item
    assert hits(table_gate(), _rendered(text)), text


@pytest.mark.parametrize("item", [e for e in ENTRIES if e[1] == "REPLIES"], ids=_ids)
def test_every_reply_framing_reads_its_reply(item: tuple[str, str, tuple[str, str, str]]) -> None:
    name, _table, (_lang, text, _source) = item
    records = list(smtperr.scan("Hello,\n\n" + _rendered(text) + "\n\nThanks\n"))
    assert len(records) == 1, [r.to_dict() for r in records]
    rec = records[0]
    assert rec.smtp_code == 550 and rec.enhanced_status == "5.1.1"
    assert rec.server_response is not None
    assert rec.server_response.startswith("550 5.1.1 <user@example.org>: User unknown")
    assert rec.format in (MODULES[name].FORMAT, "mta-log")


# --- messages: one record per pasted message ------------------------------------------------

CORPUS = Path(__file__).parent / "corpus"
REAL = Path(__file__).parent / "data" / "replies"  # real samples, each with its source

# Sendmail (sisimai lhost-sendmail-02): two failed addresses, their "(reason: ...)", the
# transcript quoting both replies: one message, one record.
SENDMAIL = """\
   ----- The following addresses had permanent fatal errors -----
<userunknown@example.org>
    (reason: 550 5.1.1 <userunknown@example.org>... User Unknown)
<filtered@example.org>
    (reason: 550 5.2.1 <filtered@example.org>... User Unknown)

   ----- Transcript of session follows -----
... while talking to mx.example.org.:
>>> DATA
<<< 550 5.2.1 <filtered@example.org>... User Unknown
550 5.1.1 <filtered@example.org>... User unknown
<<< 550 5.1.1 <userunknown@example.org>... User Unknown
550 5.1.1 <userunknown@example.org>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
"""


def test_a_bounce_quoting_its_reply_again_is_one_record() -> None:
    records = list(smtperr.scan(SENDMAIL))
    assert len(records) == 1
    rec = records[0]
    assert rec.recipient == "userunknown@example.org"
    assert rec.server_response == "550 5.1.1 <userunknown@example.org>... User Unknown"
    assert rec.server == "mx.example.org"


def test_two_bounces_pasted_one_after_the_other_are_two_records() -> None:
    one = (CORPUS / "en" / "ndr-qmail-user-unknown.txt").read_text(encoding="utf-8")
    two = (CORPUS / "en" / "ndr-gmail-user-unknown.txt").read_text(encoding="utf-8")
    records = list(smtperr.scan(one + "\n" + two))
    assert [r.recipient for r in records] == ["userunknown@example.jp", "userunknown@example.jp"]
    # qmail names only the reporting host; Gmail names the remote one.
    assert [r.server for r in records] == ["vagrant-centos65.vagrantup.com", "mx.example.jp"]


def test_a_reply_quoted_after_a_bounce_is_a_record_of_its_own() -> None:
    """A reply framing of another family, apart from a bounce that has its reply, begins
    another message: a mailing list's quoted Exchange reply after a Postfix report."""
    one = (CORPUS / "en" / "ndr-postfix-user-unknown.txt").read_text(encoding="utf-8")
    two = (CORPUS / "en" / "exchange-ndr-lkml-quoted.txt").read_text(encoding="utf-8")
    for between in ("\n", "\n" + "-" * 72 + "\n" * 20):
        records = list(smtperr.scan(one + between + two))
        assert [(r.format, r.enhanced_status) for r in records] == [
            ("ndr", "5.2.1"),
            ("exchange-ndr", "5.1.10"),
        ]


def test_a_message_ends_where_a_record_of_the_template_reader_begins() -> None:
    """Gmail's German report, then a Microsoft 365 report whose part for administrators the
    template reader reads: its section joined the Gmail report, whose best reply then lay in
    that record, and the Gmail report was lost."""
    one = (CORPUS / "de" / "ndr-gmail-de.txt").read_text(encoding="utf-8")
    two = (CORPUS / "en" / "exchange-ndr-o365-gmail-ratelimit.txt").read_text(encoding="utf-8")
    records = list(smtperr.scan(one + "\n" + two))
    assert [(r.format, r.language, r.enhanced_status) for r in records] == [
        ("ndr", "de", "5.1.1"),
        ("exchange-ndr", "en", "5.2.1"),
    ]


def test_a_bounce_repeating_its_reply_under_another_framing_is_one_record() -> None:
    """The same reply again, framed by another family and apart from the report (the
    Diagnostic-Code line of the report's delivery status part, sisimai lhost-postfix-02, the
    source of the sample): a part of that bounce, no record of its own."""
    one = (CORPUS / "en" / "ndr-postfix-user-unknown.txt").read_text(encoding="utf-8")
    dsn = "\nDiagnostic-Code: smtp; 550 5.2.1 <filtered@example.co.jp>... User Unknown\n"
    records = list(smtperr.scan(one + "\n" + dsn))
    assert [(r.recipient, r.server_response) for r in records] == [
        ("filtered@example.co.jp", "550 5.2.1 <filtered@example.co.jp>... User Unknown")
    ]


def test_each_log_line_is_a_record() -> None:
    text = (REAL / "fail2ban-postfix-lines.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if "reject:" in line]
    records = list(smtperr.scan(text))
    assert len(records) == len(lines)
    assert {r.format for r in records} == {"mta-log"}
    relay = records[1]
    assert relay.server_response == "554 5.7.1 <smtp@example.com>: Relay access denied"
    assert relay.recipient == "smtp@example.org"
    assert relay.reason is not None and relay.reason.value == "relay_denied"


def test_exim_log_gives_recipient_host_and_reply() -> None:
    text = (REAL / "exim-bounce-2012-log-relay-and-blocklist.txt").read_text(
        encoding="utf-8"
    )
    records = list(smtperr.scan(text))
    got = [(r.recipient, r.server, r.smtp_code) for r in records]
    assert got == [
        ("pmtzjnyta@brightconsult.ru", "tmg.navicons.ru", 550),
        ("lqkwrzreonkhhtql@terraoil.ru", "mail-s56.1gb.ru", 553),
        ("thauocarief@yahoo.com", "mta7.am0.yahoodns.net", 554),
        ("udbbwscdnbegrmloghuf@london.com", "mx0.gmx.com", 450),
    ]


def test_qmail_log_reply_is_given_with_blanks() -> None:
    text = (REAL / "qmail-send-log-2003-comment.txt").read_text(
        encoding="utf-8"
    )
    (rec,) = smtperr.scan(text)
    assert rec.format == "mta-log"
    assert rec.server_response == "550 Unknown local part fjkdasljf in <fjkdasljf@nocrew.org>"


# --- precision -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Framing words without a reply code (or a 2xx one) outside a bounce: nothing.
        "Remote host said: hello there",
        "host mx.example.org[192.0.2.1] said: 250 2.0.0 Ok: queued as 4F1C2",
        "The response was: fine, thanks",
        # Reply-like numbers in prose and logs.
        "We returned 550 units to the warehouse on Monday.",
        "2015-10-18 18:01:47,978 INFO 550 tasks done (in reply to RCPT TO command)",
        # A bare reply shape without a status, a continuation, an address or a known phrase.
        "550 ok",
        # Punctuation framings need their end ('#' without '##') and a message around them.
        "Ticket #550 5.1.1 was closed",
        "error is: #550 ok ##",
    ],
)
def test_no_record_without_a_reply_and_its_evidence(text: str) -> None:
    assert [r.to_dict() for r in smtperr.scan(text)] == []


def test_a_sendmail_line_with_a_failed_status_is_a_record_and_a_delivery_is_not() -> None:
    """Sendmail's "dsn=5.1.1, stat=User unknown": the status shown apart from the words
    makes them a reply; the next line's delivery ("dsn=2.0.0, stat=Sent"), in the same
    window, is none."""
    line = (
        "Sep 14 11:59:3{} h sm-mta[7425]: l8E3: to=<{}>, mailer=esmtp, relay=b.org. "
        "[192.0.2.1], dsn={}, stat={}\n"
    )
    text = line.format(4, "a@b.org", "5.1.1", "User unknown") + line.format(
        5, "c@b.org", "2.0.0", "Sent (ok 1234)"
    )
    (rec,) = smtperr.scan(text)
    assert (rec.format, rec.recipient, rec.enhanced_status) == ("mta-log", "a@b.org", "5.1.1")
    assert rec.server_response == "User unknown" and rec.smtp_code is None


def test_a_report_without_a_reply_is_a_record_only_with_its_recipient() -> None:
    """A report's head with no reply under it: a record when the report names its recipient
    (in the head, or alone on a line after it), with the reason its words give; the head
    alone, nothing."""
    head = "This is an automatically generated Delivery Status Notification.\n\n"
    failed = "Delivery to the following recipients failed.\n\n"
    assert list(smtperr.scan(head + failed)) == []
    (rec,) = smtperr.scan(head + failed + "       bob@example.org\n")
    assert (rec.format, rec.recipient, rec.server_response) == ("ndr", "bob@example.org", None)
    assert rec.reason is None  # the words say it failed, not why
    (rec,) = smtperr.scan(
        "Your message wasn't delivered to bob@example.org because the address couldn't be "
        "found, or is unable to receive mail."
    )
    assert rec.recipient == "bob@example.org"
    assert rec.reason is not None and rec.reason.value == "user_unknown"


def test_a_bare_reply_with_a_status_is_a_server_reply() -> None:
    (rec,) = smtperr.scan(
        "Our server says:\n\n550 5.1.1 <bob@example.org>: Recipient address "
        "rejected: User unknown in virtual mailbox table\n"
    )
    assert rec.format == "server-reply" and rec.language is None
    assert rec.smtp_code == 550 and rec.enhanced_status == "5.1.1"
    assert rec.reason is not None and rec.reason.value == "user_unknown"


@pytest.mark.parametrize(
    ("text", "response", "status", "server"),
    [
        # Exchange 2007's reply line after a user's own words (tests/corpus/en/
        # exchange-ndr-forum-exch2007-hashed-reply): its "#" and " ##" are Exchange's marks.
        ("Error is: #550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##",
         "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "5.1.1", None),
        # Exchange 2000/2003's diagnostic: the status before "SMTP;", the code alone after it,
        # the host that answered after "<" (tests/corpus/de/exchange-ndr-schieb-exchange2003-
        # diagnostic holds the tail alone).
        ("bob@example.org on 3/1/2005 10:12 AM\n"
         "    <mx.example.org #5.1.1 SMTP; 550 sorry, no mailbox here by that name>",
         "550 sorry, no mailbox here by that name", "5.1.1", "mx.example.org"),
    ],
)
def test_exchange_marks_around_a_reply_are_not_its_words(
    text: str, response: str, status: str, server: str | None
) -> None:
    (rec,) = smtperr.scan(text)
    assert (rec.server_response, rec.enhanced_status, rec.server) == (response, status, server)
    assert rec.reason is not None and rec.reason.value == "user_unknown"


def test_a_reply_after_a_colon_of_unknown_wording_is_a_server_reply() -> None:
    """A client or language no framing knows ("Il server ha risposto:"): the reply after the
    colon is read like a bare reply line, with the same evidence wanted, its quotes cut off;
    the address the reply rejects is the recipient."""
    (rec,) = smtperr.scan(
        'Il server ha risposto: "550 5.1.1 <bob@example.it>: Recipient address rejected" e '
        "niente altro.\n"
    )
    assert rec.format == "server-reply"
    assert rec.server_response == "550 5.1.1 <bob@example.it>: Recipient address rejected"
    assert (rec.smtp_code, rec.enhanced_status, rec.recipient) == (550, "5.1.1", "bob@example.it")


def test_a_reply_quoted_with_the_words_before_it_ends_before_their_closing_quote() -> None:
    text = (Path(__file__).parent / "corpus_pending" / "gmail" / "en"
            / "gh-mailcow-3435-paraphrased.txt").read_text(encoding="utf-8")
    (rec,) = smtperr.scan(text)
    assert rec.server_response == "550 5.2.0 No such mailbox"


@pytest.mark.parametrize(
    ("text", "formats"),
    [
        ("Error: 550 ok", []),  # no evidence
        ("Dec 10 06:55:46 host app[24200]: error: 550 5.7.1 Relaying denied", []),  # a log line
        # A label's value is its list's: one record, the label list's.
        ("Server: 'smtp.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Relaying "
         "denied', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79",
         ["outlook-express"]),
    ],
)
def test_a_reply_after_a_colon_needs_evidence_and_no_reader_before_it(
    text: str, formats: list[str]
) -> None:
    assert [r.format for r in smtperr.scan(text)] == formats


def test_every_real_reply_with_an_enhanced_status_pasted_alone_is_a_record() -> None:
    """The Sisimai diagnostics that start with a code and an enhanced status (real replies,
    tests/data/sisimai): each alone, and each after wording no table knows, is one record with
    its code and status (before the gate's status shape, 19 of the 64 alone opened a window)."""
    import json

    status = re.compile(r"\s*([45]\d\d)[ -]#?([45]\.[0-7]\.\d{1,3})(?![\d.])")
    path = Path(__file__).parent / "data" / "sisimai" / "diagnostics_failures.jsonl"
    lines = path.read_text(encoding="utf-8").split("\n")  # (not splitlines: U+2028 in rows)
    rows = [json.loads(line) for line in lines if line.strip()]
    seen = 0
    for row in rows:
        m = status.match(row["diagnostic"])
        if m is None:
            continue
        seen += 1
        for text in (row["diagnostic"], "Il server ha risposto: " + row["diagnostic"]):
            recs = list(smtperr.scan(text))
            assert len(recs) == 1, text
            assert (recs[0].smtp_code, recs[0].enhanced_status) == (int(m[1]), m[2]), text
    assert seen >= 60


def _alone_and_together(
    first: str, second: str
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The records (spans left out) of two golden samples scanned each alone, and pasted
    one after the other."""
    a, b = ((Path(__file__).parent / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
            for name in (first, second))
    alone = [r.to_dict() for t in (a, b) for r in smtperr.scan(t)]
    together = [r.to_dict() for r in smtperr.scan(a + "\n\n" + b)]
    for rec in alone + together:
        rec.pop("span")
    return alone, together


def test_a_report_that_a_template_read_does_not_swallow_the_next_report() -> None:
    """An Exchange report without a reply, read whole by a template, then another Exchange
    report (the French head, of the same family): two records (the second was lost: the head
    joined the first message, which had no reply yet)."""
    alone, together = _alone_and_together(
        "en/exchange-ndr-o365-org-rejected", "fr/exchange-ndr-exchange2013-fr")
    assert len(alone) == 2 and together == alone


@pytest.mark.parametrize(
    "first",
    ["en/exchange-ndr-exchange2010-fixture", "en/exchange-ndr-exchange2007-user-unknown",
     "en/exchange-ndr-o365-gmail-5.7.708"],
)
def test_a_report_in_another_language_after_a_report_is_a_record_of_its_own(first: str) -> None:
    """A German report's diagnostic part (its sections, no head) pasted after a report of
    the same family in another language: two records (the sections joined the first report,
    whose reply came first; one report has its sections in one language)."""
    alone, together = _alone_and_together(first, "de/exchange-ndr-o365-de-expired")
    assert len(alone) == 2 and together == alone


def test_a_label_list_cut_before_its_anchors_is_read_when_its_reply_has_a_status() -> None:
    """Was a known bug (tests/_known_bugs.py, cut-before-every-anchor): no error number, no
    protocol, no client sentence; the reply's code and status now open a window."""
    text = ("> Account: 'Mail'\n> Server Error: 554\n> Server Response: 554 5.7.1 "
            "<bob@example.com>: Forwarding Denied\n> Server: 'smtp.example.com'")
    (rec,) = smtperr.scan(text)
    assert (rec.format, rec.server, rec.server_error) == (
        "outlook-express", "smtp.example.com", "554")


_CUT = ClientError(format="windows-live-mail", account="Mail", server_error="554",
                   server_response="554 <bob@example.com>: Forwarding Denied",
                   server="smtp.example.com")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_label_list_cut_before_its_anchors_is_read_in_every_language(lang: str) -> None:
    """Was a known bug (tests/_known_bugs.py, cut-before-every-anchor): Windows (Live) Mail's
    fields cut off before the error number, protocol and SSL, the reply without an enhanced
    status, no sentence of the client's; the server-error label with its code and the
    server-response label after it (``CODE_LABELS``) now open a window, in every table's
    spelling, mail-quoted and hard-wrapped inside the labels and the code."""
    text = smtperr.render(attrs.evolve(_CUT, language=lang), language=lang,
                          format="windows-live-mail")
    quoted = "> " + text.replace("\n", "\n> ")
    se, sr = (min(load_locale(lang).labels[f], key=len) for f in CODE_LABELS)
    wrapped = quoted.replace(se, se[:-2] + "\n> " + se[-2:]).replace(
        ": 554\n", ": 5\n> 54\n", 1).replace(sr, sr[:3] + "\n> " + sr[3:])
    assert wrapped != quoted
    for pasted in (text, quoted, wrapped):
        (rec,) = smtperr.scan("Thanks for your help.\n\n" + pasted + "\n\nBob")
        assert (rec.format, rec.server_error, rec.server) == (
            "outlook-express", "554", "smtp.example.com"), pasted


def test_a_server_error_label_alone_opens_no_window() -> None:
    """What a web log or a program writes with the same words opens no window: the code label
    is checked with the server-response label and its code after it."""
    for text in ("[Sun Dec 04 04:47:44 2005] [error] Internal Server Error: 500 for /x\n",
                 "HTTP/1.1 Server Error: 503\nServer: nginx\n",
                 "Server Error: 503\nServer Response: OK\n",
                 "Serverfehler: 500\nServer: apache\n",
                 "Erreur du serveur : 500\n"):
        assert hits(table_gate(), text) == [], text


def test_the_command_a_bounce_names_is_weighed_with_its_reply() -> None:
    """Exim names the command its reply answered (sisimai lhost-exim-30's layout): at RCPT,
    "Recipient address rejected: Access denied" is an unknown user, as Sisimai reads it
    (without the command the 5.7.1 made it 'filtered')."""
    text = ("  SMTP error from remote mail server after RCPT TO:<bob@example.ch>:\n"
            "    host mx1.example.eu [192.0.2.32]: 554 5.7.1 <bob@example.ch>:\n"
            "    Recipient address rejected: Access denied\n")
    (rec,) = smtperr.scan(text)
    assert rec.reason is not None and rec.reason.value == "user_unknown"
    assert smtperr.classify(rec.server_response or "").reason.value == "filtered"


def test_a_bare_reply_names_the_address_it_rejects() -> None:
    (rec,) = smtperr.scan("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")
    assert rec.recipient == "bob@example.org"


def test_a_multiline_reply_alone_is_joined() -> None:
    text = (REAL / "gh-mailkit-968-gmx-550.txt").read_text(
        encoding="utf-8"
    )
    (rec,) = smtperr.scan(text)
    assert rec.server_response == (
        "550-Requested action not taken: mailbox unavailable 550 Failure sending mail. Try again "
        "later"
    )


def test_samples_named_as_sources_are_in_the_corpus() -> None:
    root = Path(__file__).parent.parent
    for _name, _table, (_lang, _text, source) in ENTRIES:
        for path in re.findall(r"tests/corpus/[\w-]+/[\w.-]+", source):
            assert (root / (path + ".txt")).exists(), path


def test_a_code_the_client_shows_apart_from_the_words_is_the_records_code() -> None:
    """Roundcube shows the code before its sentence and the reply's words in parentheses
    (GitHub outroll/vesta#2028); a reply with a code of its own keeps it (RainLoop#510's has
    none but a status)."""
    text = ('SMTP Error (451): Failed to add recipient "email@example.com" (Temporary local '
            "problem - please try later).")
    (rec,) = smtperr.scan(text)
    assert (rec.format, rec.smtp_code, rec.server_error) == ("roundcube", 451, "451")
    assert rec.server_response == "Temporary local problem - please try later"
    assert rec.recipient == "email@example.com"


def test_a_reply_in_an_inline_code_span_ends_at_its_closing_backtick() -> None:
    """GitHub LukeSmithxyz/emailwiz#232: the sentence goes on after the code span."""
    text = ("it gives the following error: `SMTP session failed: 554 5.7.1 <user@outside.tld>: "
            "Relay access denied`. Sending emails to others users on the same domain works.")
    (rec,) = smtperr.scan(text)
    assert rec.server_response == "554 5.7.1 <user@outside.tld>: Relay access denied"


def test_a_reply_inside_a_double_quote_ends_at_its_closing_quote() -> None:
    """GitHub thunderbird/thunderbird-android#808 (title): K-9's notification lines retyped in
    quotes; the second quoted line is no part of the reply (was read into it)."""
    text = ('Repeated Error: "Negative SMTP Reply: 501 5.1.3 Bad re...", '
            '"Failed to send some mess..."')
    (rec,) = smtperr.scan(text)
    assert (rec.format, rec.server_response) == ("k9-mail", "501 5.1.3 Bad re...")
    # A reply that opens the quote itself keeps its own quotes' reading.
    (rec,) = smtperr.scan('SMTP session failed: "550 5.1.1 <a@example.org>: User unknown"')
    assert rec.server_response == "550 5.1.1 <a@example.org>: User unknown"


@pytest.mark.parametrize(
    ("reply", "recipient"),
    [
        ("550 5.1.1 <TheUser@hotmail.com>: Recipient address rejected: hotmail.com",
         "TheUser@hotmail.com"),
        ("554 5.7.1 <user@outside.tld>: Relay access denied", "user@outside.tld"),
        ("550 5.1.1 <bob@example.jp>... User unknown", "bob@example.jp"),
        ("550 <osoba@microsoft.com>... Odmowa przekazywania", "osoba@microsoft.com"),
        # without its angle brackets, as Gmail's Chinese report shows Postfix's reply
        # (tests/corpus/zh-CN/ndr-gmail-zh-cn-relay)
        ("554 5.7.1 news@mass.eu.com: Relay access denied", "news@mass.eu.com"),
        # the sender's address, or an address that the words do not call the recipient's
        ("501 5.1.7 <me@home.lan>: Sender address rejected: Domain not found", None),
        ("553 5.1.8 <me@home.lan>... Domain of sender address me@home.lan does not exist", None),
        ("550 5.7.1 <bob@example.jp>... Message rejected as spam", None),
        ("501 5.1.7 me@home.lan: Sender address rejected: Domain not found", None),
    ],
)
def test_the_address_a_reply_starts_with_is_the_recipient_only_by_its_words(
    reply: str, recipient: str | None
) -> None:
    from smtperr._scan.recipient import reply_recipient

    assert reply_recipient(reply) == recipient
    rec = smtperr.parse(f"SMTP session failed: {reply}")
    assert rec is not None and rec.recipient == recipient


@pytest.mark.parametrize(
    "name", ["mailspring-auth-command-unrecognized", "mailspring-postfix-sender-rejected"]
)
def test_a_transcript_line_and_the_clients_summary_of_it_are_one_failure(name: str) -> None:
    """Mailspring's log as users paste it (Foundry376/Mailspring#1526, #2236): the server's
    reply in the SMTP transcript, then the client's "SMTP Last Response" lines repeating it.
    One failure: one record, the client's (was also a ``server-reply`` of the transcript)."""
    text = (CORPUS.parent / "corpus_pending" / "mailspring" / "en" / f"{name}.txt").read_text(
        encoding="utf-8"
    )
    records = list(smtperr.scan(text))
    assert [r.format for r in records] == ["mailspring"]
    assert records[0].smtp_code in (500, 554)


def test_a_recipient_slot_ends_before_a_cjk_full_stop() -> None:
    """A Chinese Gmail bounce puts the address right before '。' and the next sentence
    (tests/corpus/zh-CN/ndr-gmail-zh-cn-relay): '。' reads as '.', so the address's domain
    must stop at the CJK letters, and the full stop is no part of the recipient."""
    text = ("邮件未递送，远程服务器配置错误，因此系统无法将您的邮件地送至 news@mass.eu.com。"
            "请参阅下方的技术详细信息了解情况。\n"
            "以下为远程服务器的响应：554 5.7.1 news@mass.eu.com: Relay access denied\n")
    (rec,) = smtperr.scan(text)
    assert (rec.format, rec.language, rec.recipient) == ("ndr", "zh-CN", "news@mass.eu.com")


def test_a_framings_reply_that_is_a_clients_own_message_is_that_message() -> None:
    """Evolution's "DATA command failed:" (zh-TW) right before a classic message: the words
    after it, with no reply code and the client's error number, are the client's message, read
    by its labels (the framing took them as its reply; found by the property tests)."""
    classic = ("The connection to the server has failed. Server: 'smtp.example.com', "
               "Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10060, "
               "Error Number: 0x800CCC0E")
    for before in ("DATA 指令失敗:", "DATA 指令失敗：\n", "DATA 指令失敗: "):
        (rec,) = smtperr.scan(before + classic)
        assert (rec.format, rec.error_number, rec.socket_error) == (
            "outlook-express", "0x800CCC0E", 10060)


# Constructed texts (the shapes of the lines above, one after another): a line in lower case
# continues a reply cut by a hard wrap, but not a line with a reply of its own, nor a line
# that another framing begins.
@pytest.mark.parametrize(
    "text",
    [
        "bob@example.org: 550 5.1.1 User unknown\nann@example.net: 550 5.7.1 Relaying denied\n",
        "It said: 550 5.1.1 User unknown\nthen it said: 550 5.7.1 Relaying denied\n",
    ],
)
def test_a_line_with_a_reply_of_its_own_is_no_wrap_of_the_reply_before(text: str) -> None:
    records = list(smtperr.scan(text))
    assert [r.server_response for r in records] == [
        "550 5.1.1 User unknown",
        "550 5.7.1 Relaying denied",
    ]
    assert [r.reason for r in records] == [smtperr.Reason.USER_UNKNOWN, smtperr.Reason.RELAY_DENIED]


def test_a_line_that_another_framing_begins_is_no_reply() -> None:
    head = "did not reach the following recipient(s): bob@example.org on 5/1/2020\n"
    assert list(smtperr.scan(head * 2)) == []
    two = "Remote Server returned '550 5.1.1 User unknown'\n" * 2
    assert [r.server_response for r in smtperr.scan(head + two)][:1] == ["550 5.1.1 User unknown"]


EXIM_LINE = (
    "2013-06-15 16:36:49 H=altmx.marsukov.com [111.67.203.116] F=<kadrofutcheti@mail.ru> "
    "rejected RCPT <oksana@birzhatm.ua>: {words}"
)


def test_words_without_a_code_are_a_refusal_only_when_a_known_phrase() -> None:
    """Exim's reception log shows no code (tests/corpus/en/mta-log-exim-rejected-rcpt): its
    words count when they are a known phrase and the framing names the recipient refused;
    other words there are no record (precision first)."""
    (rec,) = smtperr.scan(EXIM_LINE.format(words="relay not permitted"))
    assert (rec.format, rec.recipient, rec.reason) == ("mta-log", "oksana@birzhatm.ua",
                                                        "relay_denied")
    assert rec.smtp_code is None
    assert list(smtperr.scan(EXIM_LINE.format(words="see you at the weekend"))) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # A reply that starts its line with its enhanced status and no code: read when a
        # phrase or an address stands in it (tests/corpus/en/server-reply-postbox-end-of-
        # message is a real one) ...
        ("The log shows\n5.1.1 <a@b.example>: Recipient address rejected: User unknown",
         "5.1.1"),
        ("Sending failed.\n5.7.1 END-OF-MESSAGE: End-of-data rejected: user not permitted to "
         "relay.", "5.7.1"),
        # ... and not a document's numbered heading, which has the shape alone.
        ("Contents\n4.2.1 Setting up the server\n5.1.1 Upgrading", None),
    ],
)
def test_a_line_that_starts_with_a_status(text: str, status: str | None) -> None:
    got = [r.enhanced_status for r in smtperr.scan(text)]
    assert got == ([status] if status else [])
