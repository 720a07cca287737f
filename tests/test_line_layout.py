"""Windows (Live) Mail's one-field-per-line layout: an unquoted server reply runs on to the
next line that starts with a label of the message's language whose value its field can hold.

Words with a colon inside the reply ("Syntax error: empty command", "Name server: .: host not
found") were read as labels and cut it (issue #11, item 6: two strict-xfail reproducers of
``tests/_known_bugs.py``, now these tests).
"""

from __future__ import annotations

import pytest

import smtperr

_COLON_LINE = (
    "Account: 'Mail'\nServer: 'smtp.example.com'\nProtocol: SMTP\n"
    "Server Response: 501 5.5.2\nSyntax error: empty command\n"
    "Port: 25\nSecure(SSL): No\nServer Error: 501\n"
    "Windows Live Mail Error ID: 0x800CCC63"
)
_LABEL_INSIDE = (
    "Account: 'a'\nServer Response: 554 5.7.1 <bob@example.com>: Name server: "
    ".: host not found\nServer: 'smtp.example.com'\nProtocol: SMTP\n"
    "Windows Live Mail Error ID: 0x800CCC79"
)


def test_reply_line_that_starts_with_a_word_and_a_colon() -> None:
    """'Syntax error:' is no label of the message's language: the line goes on the reply
    (blanks folded, as every value is read); 'Port:' after it is the next field."""
    rec = smtperr.parse(_COLON_LINE)
    assert rec is not None
    assert rec.format == "windows-live-mail"
    assert rec.language == "en"
    assert rec.server_response == "501 5.5.2 Syntax error: empty command"
    assert (rec.account, rec.server, rec.protocol) == ("Mail", "smtp.example.com", "SMTP")
    assert (rec.port, rec.ssl, rec.server_error) == (25, False, "501")
    assert rec.error_number == "0x800CCC63"
    assert rec.span == (0, len(_COLON_LINE))


def test_reply_holding_a_label_and_a_colon() -> None:
    """'server:' after a word on its line is words of the reply, not the server field."""
    rec = smtperr.parse(_LABEL_INSIDE)
    assert rec is not None
    assert rec.format == "windows-live-mail"
    assert rec.server_response == "554 5.7.1 <bob@example.com>: Name server: .: host not found"
    assert (rec.account, rec.server, rec.protocol) == ("a", "smtp.example.com", "SMTP")
    assert rec.error_number == "0x800CCC79"
    assert rec.recipient == "bob@example.com"
    assert rec.span == (0, len(_LABEL_INSIDE))


_MESSAGE = (
    "Server Error: 554\nServer Response: 554 5.7.1 <bob@example.com>: {reply}\n"
    "Server: {server}\nWindows Live Mail Error ID: 0x800CCC79\nProtocol: SMTP\nPort: 25\n"
    "Secure(SSL): No"
)


@pytest.mark.parametrize(
    ("reply", "read"),
    [
        # a hard wrap puts the label at a line start: its value is no server / no code
        ("Name\nserver: .: host not found", "Name server: .: host not found"),
        ("Internal\nserver error: operation now in progress",
         "Internal server error: operation now in progress"),
        ("Syntax\nerror: empty command", "Syntax error: empty command"),
        ("Relay\naccess denied", "Relay access denied"),
    ],
)
@pytest.mark.parametrize("server", ["'smtp.example.com'", "smtp.example.com"])
def test_wrapped_reply_lines(reply: str, read: str, server: str) -> None:
    """Each field starts a line with a label of the language and a value its field holds
    (a server quoted, or one word when its quote marks were lost); other lines are the
    reply's."""
    rec = smtperr.parse(_MESSAGE.format(reply=reply, server=server))
    assert rec is not None
    assert rec.server_response == "554 5.7.1 <bob@example.com>: " + read
    assert (rec.server, rec.server_error, rec.port, rec.ssl) == ("smtp.example.com", "554", 25,
                                                                False)
    assert rec.error_number == "0x800CCC79"


def test_reply_of_another_language_label() -> None:
    """An English label inside a Portuguese message's reply, at a line start, is no field."""
    text = (
        "Erro do Servidor: 554\nResposta do Servidor: 554 5.7.1 <bob@example.com>: Name\n"
        "server: .: host not found\nServidor: 'vmail.me'\n"
        "ID de Erro do Windows Live Mail: 0x800CCC79\nProtocolo: SMTP\nPorta: 465"
    )
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.language == "pt-PT"
    assert rec.server_response == "554 5.7.1 <bob@example.com>: Name server: .: host not found"
    assert (rec.server, rec.port) == ("vmail.me", 465)


def test_prose_before_the_first_label() -> None:
    text = "Outlook Express says: " + _MESSAGE.format(
        reply="Name server: .: host not found", server="'smtp.example.com'")
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.server_response == "554 5.7.1 <bob@example.com>: Name server: .: host not found"
    assert rec.server_error == "554"


def test_lost_line_breaks_still_end_the_reply_at_labels() -> None:
    """A paste whose line breaks were lost, starting with the reply, is no one-field-per-line
    layout: its labels after words are fields (tests/corpus/ru/wlm-bitbucket-spam-snippet-*)."""
    text = ("Ответ сервера: 554 5.7.1 denied Сервер: 'smtp.example.com' Протокол: SMTP "
            "Порт: 465 Код ошибки программы Почта Windows Live: 0x800CCC79")
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.server_response == "554 5.7.1 denied"
    assert (rec.server, rec.protocol, rec.port) == ("smtp.example.com", "SMTP", 465)


@pytest.mark.parametrize("quote", ["", "> "])
@pytest.mark.parametrize("cut", range(44, 56))
def test_a_hard_wrap_at_a_bold_labels_closing_marks(quote: str, cut: int) -> None:
    """Markdown bold labels ("**Account:** 'x'"), the message hard-wrapped anywhere around
    the closing marks, with or without mail quoting: the marks were left in the value
    ("** ***@***.com", found by a Hypothesis run of test_roundtrip)."""
    text = ("The connection to the server has failed. **Account:** 'pop.example.com', "
            "**Server:** 'pop.example.com', **Protocol:** POP3, **Port:** 110, "
            "**Secure(SSL):** No, **Socket Error:** 10060, **Error Number:** 0x800CCC0E")
    rec = smtperr.parse(quote + text[:cut] + "\n" + quote + text[cut:])
    assert rec is not None
    assert rec.account == "pop.example.com"
    assert rec.server == "pop.example.com"


_SEPARATOR_AT_END = (
    "Ошибка сервера: 554\nОтвет сервера: 554 5.7.1 <bob@example.com>: {reply}\n"
    "Сервер: 'smtp.example.com'\nКод ошибки программы Почта Windows Live: 0x800CCC60\n"
    "Протокол: SMTP\nПорт: 25\nЗащита (SSL): Нет"
)


@pytest.mark.parametrize("reply", ["Trop de connexions,", "X-unix;", "Trop de\nconnexions,"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_reply_ending_in_a_separator_keeps_it(reply: str, newline: str) -> None:
    """One field per line, the other fields' lines end without a separator: the comma or
    semicolon that ends the unquoted reply is its own, not the classic form's separator
    (found by test_roundtrip on ru and ja windows-live-mail)."""
    text = _SEPARATOR_AT_END.format(reply=reply).replace("\n", newline)
    rec = smtperr.parse(text)
    assert rec is not None
    assert rec.format == "windows-live-mail"
    assert rec.server_response == "554 5.7.1 <bob@example.com>: " + " ".join(reply.split())
    assert (rec.server, rec.error_number, rec.port) == ("smtp.example.com", "0x800CCC60", 25)


def test_reply_ending_in_a_separator_read_first_or_last() -> None:
    """The reply as the message's first field, and as the last one left by a cut paste."""
    first = smtperr.parse(
        "Server Response: 554 5.7.1 X-unix;\nServer: 'smtp.example.com'\n"
        "Windows Live Mail Error ID: 0x800CCC79\nProtocol: SMTP\nPort: 25\nSecure(SSL): No"
    )
    assert first is not None
    assert first.server_response == "554 5.7.1 X-unix;"
    last = smtperr.parse(
        "Subject: 'hi'\nAccount: 'a'\nServer Error: 554\n"
        "Server Response: 554 5.7.1 Trop de connexions,\nSer"
    )
    assert last is not None
    assert last.server_response == "554 5.7.1 Trop de connexions,"


@pytest.mark.parametrize(
    "between",
    [", ", ",\n", ",\n\t"],
)
def test_classic_separator_after_an_unquoted_reply_is_dropped(between: str) -> None:
    """In the comma-separated form (hard-wrapped after the reply's comma or not, or one
    field a line with the commas kept) the comma after the reply is the list's."""
    text = (
        "Account: 'a', Server: 'smtp.x.com', Protocol: SMTP, Server Response: 554 denied"
        + between + "Port: 25, Secure(SSL): No, Server Error: 554, Error Number: 0x800CCC79"
    )
    for layout in (text, text.replace(", ", ",\n")):
        rec = smtperr.parse(layout)
        assert rec is not None
        assert rec.server_response == "554 denied"
        assert (rec.port, rec.error_number) == (25, "0x800CCC79")
