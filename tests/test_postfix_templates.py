"""Postfix bounces sent with an operator's own bounce(5) template in another language: the
template's head gives the record its language, Postfix's recipient line its reply.  The heads
are the failure templates of smtperr/_data/framings/postfix.py (Dutch, Spanish) as deployed;
the recipient line is Postfix's own (sisimai lhost-postfix-02's reply).  No bounce sent with
these templates was found pasted: the texts below are the templates with a host name filled in,
not samples."""

from __future__ import annotations

import pytest

import smtperr

POSTFIX_LINES = (
    "<kijitora@example.jp>: host mx.example.jp[192.0.2.153] said: 550\n"
    "    5.1.1 <kijitora@example.jp>... User Unknown (in reply to RCPT TO\n"
    "    command)\n"
)

DUTCH = (
    "Dit is het mailsysteem van mail.example.nl.\n\n"
    "Uw bericht kon niet worden afgeleverd aan één of meer\n"
    "ontvangers. Het bericht is bijgevoegd in de bijlage.\n\n"
    "Voor verdere hulp kunt u een mail sturen naar postmaster <at>\n"
    "mail.example.nl. Vergeet niet deze mail bij te voegen of door te\n"
    "sturen wanneer u dat doet.\n\n"
    "                  Het mailsysteem\n"
    "                  The mail system\n\n"
)

SPANISH = (
    "POR FAVOR, LEA DETENIDAMENTE ESTE MENSAJE.\n"
    "Éste es un mensaje de correo enviado automáticamente por su servidor de correo.\n"
    "No ha sido posible entregar su mensaje a uno o más destinatarios.\n"
    "El mensaje que causó el error está adjunto a este mensaje.\n\n"
)


@pytest.mark.parametrize(("language", "head"), [("nl", DUTCH), ("es", SPANISH)])
def test_a_translated_template_names_the_language(language: str, head: str) -> None:
    (record,) = smtperr.scan(head + POSTFIX_LINES)
    assert (record.format, record.language) == ("ndr", language)
    assert record.recipient == "kijitora@example.jp"
    assert record.server_response == "550 5.1.1 <kijitora@example.jp>... User Unknown"
