"""Outlook's task error in a language without a table, read by its shape
(``smtperr._scan.task_shape``).  The sentences below are constructed from the shape the real
samples of tests/corpus share (en, de, ja, pl: a quoted "<account> - <task>", the number in
parentheses, a colon, Outlook's message); they are not pastes."""

from __future__ import annotations

import pytest

import smtperr


def test_a_task_error_in_a_language_without_a_table_keeps_its_fields() -> None:
    text = ("Bonjour,\nLa tâche 'pop.orange.fr - Envoi' a signalé une erreur (0x800CCC78) : "
            "'Impossible d'envoyer le message. Le serveur a répondu : 550 5.7.1 Relaying "
            "denied'\nMerci\n")
    (rec,) = smtperr.scan(text)
    assert (rec.format, rec.language) == ("outlook-task", None)
    assert (rec.account, rec.error_number) == ("pop.orange.fr", "0x800CCC78")
    assert rec.server_response is not None and rec.server_response.endswith("Relaying denied")
    assert rec.reason is not None and rec.reason.value == "relay_denied"
    assert text[rec.span[0] :].startswith("La tâche")


def test_the_task_name_may_follow_the_number() -> None:
    (rec,) = smtperr.scan(
        "Hata (0x800CCC0E) görev 'posta - Gönderiliyor': 'Sunucuya bağlanılamadı.'"
    )
    assert (rec.format, rec.account, rec.error_number) == ("outlook-task", "posta", "0x800CCC0E")
    assert rec.server_response == "Sunucuya bağlanılamadı."


@pytest.mark.parametrize(
    "text",
    [
        "La tâche 'Envoi' a signalé une erreur (0x800CCC78) : 'x'",  # no account - task
        "La tâche 'a - Envoi' a signalé une erreur : 'x'",  # no number
        "Voir 'a - b' (0x80070005)",  # no colon and message
    ],
)
def test_no_task_record_without_its_shape(text: str) -> None:
    assert [r.format for r in smtperr.scan(text)] != ["outlook-task"]


def test_a_language_with_a_table_is_read_by_its_template() -> None:
    (rec,) = smtperr.scan("Task 'pop.example.com - Sending' reported error (0x800CCC0F) : 'The "
                          "connection to the server was interrupted.'")
    assert (rec.format, rec.language) == ("outlook-task", "en")
