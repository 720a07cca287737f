"""Tests of ``smtperr.explain`` and ``smtperr explain``: the texts are data, every reason is
explained in every language a module claims, and the seed article's diagnosis comes out for the
Polish 0x800CCC79 message in Polish and in English."""

from __future__ import annotations

import ast
import io
import json
import pathlib
from typing import Any

import pytest

import smtperr
from smtperr._cli import main
from smtperr._data import explain as data
from smtperr._explain import explain_all, languages
from smtperr._explain.command import decode
from smtperr._reason import Reason

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The Polish example of Microsoft KB 290842 (tests/corpus/pl holds the real message).
POLISH = (
    "Nie można wysłać wiadomości, ponieważ jeden z adresatów został odrzucony przez serwer. "
    "Odrzucony adres e-mail to: '<osoba@microsoft.com>'. Temat: '<Test>', Konto: '<Test>', "
    "Serwer: '<smtp.microsoft.com>', Protokół: SMTP, Odpowiedź serwera: '550 "
    "<osoba@microsoft.com>... Odmowa przekazywania', Port: 25, Zabezpieczenia (SSL): Nie, Błąd "
    "serwera: 550, Numer błędu: 0x800CCC79"
)


# --------------------------------------------------------------------------------- the data


@pytest.mark.parametrize("module", data.MODULES, ids=lambda m: m.LANGUAGE)
def test_every_claimed_reason_has_a_cause_and_a_fix(module: Any) -> None:
    reasons = module.REASONS
    claimed = {r.value for r in Reason} if module.COMPLETE else set(reasons)
    assert claimed, "a module explains at least one reason"
    assert set(reasons) == claimed, sorted({r.value for r in Reason} ^ set(reasons))
    for reason in claimed:
        entry = reasons[reason]
        assert set(entry) == {"title", "cause", "fix"}, reason
        assert entry["cause"] and entry["fix"], reason
        for text, source in (entry["title"], *entry["cause"], *entry["fix"]):
            assert text.strip() and text == text.strip(), (reason, text)
            assert source in data.SOURCES, (reason, source)


def test_english_and_polish_are_complete() -> None:
    complete = {m.LANGUAGE for m in data.MODULES if m.COMPLETE}
    assert {"en", "pl"} <= complete
    assert languages()[0] == "en"


@pytest.mark.parametrize("module", data.MODULES, ids=lambda m: m.LANGUAGE)
def test_labels_phases_and_numbers(module: Any) -> None:
    english = data.MODULES[0]
    assert set(module.LABELS) == set(english.LABELS)
    for table in ("PHASES", "NUMBERS"):
        for key, (text, source) in vars(module)[table].items():
            assert text.strip() and source in data.SOURCES, (table, key)
    for number in module.NUMBERS:
        assert smtperr.lookup(number) is not None, number
    assert set(data.WAITING) == {r.value for r in Reason}
    assert module.BASIS.strip()


def test_own_wording_is_marked_and_quotes_are_real() -> None:
    """The Polish relay diagnosis is Microsoft's Polish KB 290842 text, marked as such; the
    texts with no real translation are marked as the project's own wording."""
    pl = {m.LANGUAGE: m for m in data.MODULES}["pl"]
    relay = pl.REASONS["relay_denied"]
    quoted = [text for text, source in relay["cause"] + relay["fix"] if source == "ms:kb290842"]
    assert any(text.startswith("Takie zachowanie może pojawić się wtedy") for text in quoted)
    assert any("ma wpływ na wszystkich klientów obsługi wiadomości" in t for t in quoted)
    assert any(text.startswith("Aby rozwiązać ten problem i uzyskać pomoc") for text in quoted)
    own = [text for text, source in relay["cause"] + relay["fix"] if source == "own"]
    assert any("MSN" in text for text in own)
    assert any("stały adres IP" in text for text in own)
    assert "'own'" in pl.BASIS


@pytest.mark.parametrize(
    "path", sorted((ROOT / "smtperr" / "_data" / "explain").glob("*.py")), ids=lambda p: p.name
)
def test_explain_tables_are_plain_data(path: pathlib.Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue
        if isinstance(node, ast.ImportFrom) and path.name == "__init__.py":
            continue
        assert isinstance(node, ast.Assign), f"{path.name}: only assignments allowed"
        if path.name == "__init__.py" and node.targets[0].id == "MODULES":  # type: ignore
            continue
        ast.literal_eval(node.value)


# ------------------------------------------------------------------------------ the function


def test_polish_relay_denial_in_polish_and_english() -> None:
    pl = smtperr.explain(POLISH)
    assert pl.language == "pl" and pl.kind == "message"
    assert pl.reason is Reason.RELAY_DENIED and pl.phase == "RCPT"
    assert pl.error_number == "0x800CCC79" and pl.waiting_helps is False
    assert pl.evidence is not None and pl.evidence.text == "Odmowa przekazywania"
    assert pl.what_failed.startswith("Nie można wysłać wiadomości")
    causes = "\n".join(pl.causes)
    assert "sieci lokalnej, która ma bramę internetową" in causes  # LAN with its own gateway
    assert "bramę SMTP innego usługodawcy" in causes  # another ISP
    assert "modemu kablowego lub łącza ADSL" in causes  # cable/ADSL of another provider
    assert "wszystkich klientów" in causes  # affects every client
    assert "MSN" in causes and "raz się pojawia, a raz nie" in causes
    fixes = "\n".join(pl.fixes)
    assert "uwierzytelnianie" in fixes and "stały adres IP" in fixes
    assert "ms:kb290842" in pl.sources and "own" in pl.sources
    assert "Prawdopodobna przyczyna:" in pl.text and "Co zrobić:" in pl.text

    en = smtperr.explain(POLISH, language="en")
    assert en.language == "en" and en.reason is Reason.RELAY_DENIED
    causes = "\n".join(en.causes)
    assert "Local Area Network (LAN) that has an Internet gateway" in causes
    assert "another ISP's SMTP gateway" in causes and "cable modem or ADSL" in causes
    assert "all messaging clients" in causes and "MSN" in causes and "comes and goes" in causes
    fixes = "\n".join(en.fixes)
    assert "authentication" in fixes and "static IP address" in fixes
    assert "outgoing (SMTP) server of the provider" in fixes
    assert en.to_dict()["reason"] == "relay_denied"
    assert str(en) == en.text


def test_a_record_and_a_language_without_the_reason() -> None:
    rec = smtperr.parse(POLISH)
    assert rec is not None
    assert smtperr.explain(rec).language == "pl"
    fr = smtperr.explain(rec, language="fr")
    assert fr.language == "fr" and "passerelle SMTP" in fr.causes[0]
    # French explains relay denial only: another reason falls back to English as a whole.
    other = smtperr.explain("0x800CCC0E", language="fr")
    assert other.language == "en" and other.reason is Reason.CONNECTION_FAILED


def test_bare_error_number() -> None:
    e = smtperr.explain("0x800ccc0e")
    assert e.kind == "error_number" and e.error_number == "0x800CCC0E"
    assert e.reason is Reason.CONNECTION_FAILED and e.phase == "CONN"
    assert "IXP_E_FAILED_TO_CONNECT" in e.text
    assert smtperr.explain("Outlook says -2146644978 again").error_number == "0x800CCC0E"
    assert smtperr.explain("0x800CCC92", language="pl").what_failed.startswith(
        "Serwer poczty przychodzącej (POP3)"
    )


def test_bare_server_reply() -> None:
    e = smtperr.explain("554 5.7.1 <bob@example.org>: Relay access denied")
    assert e.kind == "reply" and e.reason is Reason.RELAY_DENIED
    assert e.server_response == "554 5.7.1 <bob@example.org>: Relay access denied"
    temporary = smtperr.explain("452 4.3.1 Insufficient system storage")
    assert temporary.waiting_helps is True
    with_number = smtperr.explain("0x800CCC79 550 5.1.1 User unknown")
    assert with_number.error_number == "0x800CCC79" and with_number.phase == "RCPT"
    assert with_number.reason is Reason.USER_UNKNOWN


def test_every_message_of_a_text() -> None:
    text = (ROOT / "examples" / "tickets.txt").read_text(encoding="utf-8")
    found = explain_all(text)
    assert len(found) == len(list(smtperr.scan(text))) > 1
    assert all(e.kind in ("message", "reply") for e in found)


def test_nothing_to_explain_and_bad_input() -> None:
    with pytest.raises(ValueError, match=r"nothing|no email"):
        smtperr.explain("hello, my printer is broken")
    assert explain_all("") == []
    with pytest.raises(ValueError, match="no explanations"):
        smtperr.explain("0x800CCC0E", language="xx")
    with pytest.raises(TypeError):
        smtperr.explain(b"0x800CCC0E")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- the command


def test_cli_text_number_reply(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", POLISH]) == 0
    out = capsys.readouterr().out
    assert "Odmowa przekazywania" in out and "Co zrobić:" in out
    assert main(["explain", "--language", "en", POLISH]) == 0
    assert "Local Area Network" in capsys.readouterr().out
    assert main(["explain", "0x800CCC0E"]) == 0
    assert "IXP_E_FAILED_TO_CONNECT" in capsys.readouterr().out
    assert main(["explain", "550 5.7.1 Unable to relay"]) == 0
    assert "relay_denied" in capsys.readouterr().out
    assert main(["explain", "nothing here"]) == 1
    assert main(["explain", "--language", "xx", "0x800CCC0E"]) == 2


def test_cli_file_json_and_stdin(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ticket.txt"
    path.write_bytes(("Hi,\n" + POLISH + "\n\nand 0x800CCC0E\n").encode("cp1250"))
    assert main(["explain", "--json", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["reason"] for r in rows] == ["relay_denied"]
    assert rows[0]["input"] == str(path) and rows[0]["language"] == "pl"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"0x800CCC92\n")))
    assert main(["explain", "--language", "pl"]) == 0
    assert "Serwer poczty przychodzącej" in capsys.readouterr().out
    text = (ROOT / "examples" / "tickets.txt").read_text(encoding="utf-8")
    assert main(["explain", str(ROOT / "examples" / "tickets.txt")]) == 0
    out = capsys.readouterr().out
    n = len(list(smtperr.scan(text)))
    assert f"[{n}/{n}]" in out


def test_decode_reads_legacy_code_pages() -> None:
    assert decode(POLISH.encode("cp1250")) == POLISH
    assert decode(POLISH.encode("utf-8")) == POLISH
