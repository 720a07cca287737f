"""The public API: types, totality, spans, look-ups, and the promise that importing
compiles nothing."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

import smtperr
from smtperr import ClientError, Reason

SEED = (
    "Nie można wysłać wiadomości, ponieważ jeden z adresatów został odrzucony przez serwer. "
    "Odrzucony adres e-mail to: '<osoba@microsoft.com>'. Temat: '<Test>', Konto: '<Test>', "
    "Serwer: '<smtp.microsoft.com>', Protokół: SMTP, Odpowiedź serwera: '550 "
    "<osoba@microsoft.com>... Odmowa przekazywania', Port: 25, Zabezpieczenia (SSL): Nie, "
    "Błąd serwera: 550, Numer błędu: 0x800CCC79"
)


def test_seed_message() -> None:
    rec = smtperr.parse(SEED)
    assert rec is not None
    assert rec.language == "pl"
    assert rec.format == "outlook-express"
    assert rec.error_number == "0x800CCC79"
    assert rec.error_name == "IXP_E_SMTP_REJECTED_RECIPIENTS"
    assert (rec.subject, rec.account, rec.server) == ("<Test>", "<Test>", "<smtp.microsoft.com>")
    assert rec.protocol == "SMTP"
    assert rec.server_response == "550 <osoba@microsoft.com>... Odmowa przekazywania"
    assert (rec.port, rec.ssl, rec.smtp_code) == (25, False, 550)
    assert rec.recipient == "osoba@microsoft.com"
    assert rec.reason is Reason.RELAY_DENIED
    assert rec.span == (0, len(SEED))


def test_to_dict_keys_and_json() -> None:
    rec = smtperr.parse(SEED)
    assert rec is not None
    d = rec.to_dict()
    assert list(d)[:16] == [
        "format", "language", "error_number", "error_name", "subject", "account", "server",
        "protocol", "server_response", "port", "ssl", "smtp_code", "enhanced_status",
        "recipient", "reason", "span",
    ]
    assert d["reason"] == "relay_denied" and d["span"] == [0, len(SEED)]
    assert json.loads(json.dumps(d)) == d


def test_record_is_frozen_and_slotted() -> None:
    rec = ClientError(server="x")
    with pytest.raises(AttributeError):
        rec.server = "y"  # type: ignore[misc]
    assert not hasattr(rec, "__dict__")


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["list"]])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        smtperr.parse(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        smtperr.scan(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "0x800CCC79", "Server:", "Error Number:",
                                  "'" * 10_000, "Server: '" * 2_000])
def test_nothing_found_is_none(text: str) -> None:
    assert smtperr.parse(text) is None or isinstance(smtperr.parse(text), ClientError)


def test_scan_finds_every_message_with_spans() -> None:
    other = ("The connection to the server has failed. Account: 'mail.example.org', Server: "
             "'mail.example.org', Protocol: POP3, Port: 110, Secure(SSL): No, Socket Error: "
             "10061, Error Number: 0x800CCC0E")
    text = f"Hello,\n\nfirst I got:\n{SEED}\n\nand then this one:\n{other}\n\nThanks"
    recs = list(smtperr.scan(text))
    assert [r.error_number for r in recs] == ["0x800CCC79", "0x800CCC0E"]
    assert text[slice(*recs[0].span)] == SEED
    assert text[slice(*recs[1].span)] == other
    assert recs[1].socket_error == 10061 and recs[1].reason is Reason.CONNECTION_FAILED


def test_lookup() -> None:
    entry = smtperr.lookup("0x800ccc79")
    assert entry is not None and entry.name == "IXP_E_SMTP_REJECTED_RECIPIENTS"
    assert entry.protocol == "SMTP"
    assert smtperr.lookup(0x800CCC0E) == smtperr.lookup("800CCC0E")
    assert smtperr.lookup("0xDEADBEEF") is None
    assert smtperr.lookup("nonsense") is None


def test_import_compiles_nothing() -> None:
    code = (
        "import sys, smtperr; "
        "mods = [m for m in sys.modules if m.startswith('smtperr.')]; "
        "print(','.join(sorted(mods)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.strip().split(","))
    assert loaded <= {"smtperr._reason", "smtperr._records"}, loaded


def test_grammar_is_built_once() -> None:
    from smtperr._compile.grammar import grammar

    smtperr.parse(SEED)
    assert grammar() is grammar()


def test_languages_lists_the_tables() -> None:
    langs = smtperr.languages()
    assert langs[0] == "en" and "pl" in langs and len(langs) >= 37


@pytest.mark.parametrize("lead", ["", "I get this error: ", "> "])
def test_task_error_cut_before_task_keeps_its_account(lead: str) -> None:
    """A paste that lost the word "Task" still reads the task's account: the sentence then
    opens with the account's value, so the match starts at the quote that opens it."""
    real = (pathlib.Path(__file__).parent / "corpus" / "en" / "hx-096-outlook-task.txt").read_text(
        encoding="utf-8")
    cut = lead + real[real.index("'"):]
    rec = smtperr.parse(cut)
    assert rec is not None
    assert (rec.format, rec.account, rec.error_number) == (
        "outlook-task", "EMAIL ADDRESS", "0x800CCC80")
    assert cut[rec.span[0]] == "'"
