"""Parser bugs found by the property tests, each with a minimal reproducer.

Each bug has a predicate on a drawn `Case` (what the input is, not how the parser failed), so
the property tests can leave those inputs out and keep guarding everything else, and a
reproducer that ``tests/test_roundtrip.py`` runs as ``xfail(strict=True)``: when the parser is
fixed the reproducer passes, the strict xfail fails, and the bug (predicate and reproducer) is
to be deleted from this list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

from smtperr._render import LIST_FORMATS, choose_template
from smtperr._tables import load_locale
from smtperr.strategies import Case


@dataclass(frozen=True)
class Bug:
    name: str
    why: str
    text: str
    expected: dict[str, Any]  # fields of the record a correct reader returns (None: no record)
    applies: Callable[[Case], bool] = field(repr=False)


_LAST_LABEL = ("Generating server: mail.example.ex\nample Compras Cayarga #530 5.7.0 You are "
               "not allowed to connect ##")
_BLANK_SEPARATED = regex.compile(r"\{server\}\s++\{")


def _wrap_in_last_label(case: Case) -> bool:
    """A wrap inside a host that only a blank parts from the next slot, the host's last label
    long enough to leave a top-level domain of two letters before the wrap."""
    r = case.record
    if ("server" not in case.broken or r.format in LIST_FORMATS or r.language is None
            or r.format is None or r.server is None):
        return False
    try:
        sentence = choose_template(r, load_locale(r.language), r.format)
    except ValueError:
        return False
    return _BLANK_SEPARATED.search(sentence) is not None and len(r.server.rsplit(".")[-1]) >= 4


_CASELESS_WRAP = ("メールの送信中にエラーが発生しました。メッセージを確認し、再度試してください。"
                  "サーバーからの応答: 553 Domino\nディレクトリには見つかりません")


def _caseless_wrap_in_open_reply(case: Case) -> bool:
    """A wrap inside a reply that ends its template (no text after the slot), the reply
    holding a word of a script without case."""
    r = case.record
    if ("server_response" not in case.broken or r.format in LIST_FORMATS or not r.language
            or not r.format or r.server_response is None):
        return False
    if not any(ch.isalpha() and ch.lower() == ch.upper() for ch in r.server_response):
        return False
    try:
        sentence = choose_template(r, load_locale(r.language), r.format)
    except ValueError:
        return False
    return sentence.rstrip().endswith("{server_response}")


_LINE_END_COMMA = ("Ошибка сервера: 554\nОтвет сервера: 554 5.7.1 <bob@example.com>: Trop de "
                   "connexions,\nСервер: 'smtp.example.com'\nКод ошибки программы Почта "
                   "Windows Live: 0x800CCC60\nПротокол: SMTP\nПорт: 25\nЗащита (SSL): Нет")


def _comma_at_line_end(case: Case) -> bool:
    """A one-field-per-line list whose unquoted server reply ends in a comma or a
    semicolon (the separators of the comma-separated form)."""
    r = case.record
    return (
        r.format == "windows-live-mail"
        and r.server_response is not None
        and r.server_response.rstrip()[-1:] in (",", ";")
    )


def _not_drawn(case: Case) -> bool:
    """The strategies do not draw this input (found by hand-written generators): nothing to
    leave out of the property tests."""
    return False


BUGS: tuple[Bug, ...] = (
    Bug(
        "separator-ending-a-line-per-field-reply",
        "in Windows Live Mail's one field per line, an unquoted reply that ends in a comma or "
        "a semicolon ('... Trop de connexions,', '... X-unix;') loses it: a value's separator "
        "at a line's end reads as the comma-separated list's separator before a wrap, which "
        "the classic form puts there (found by test_roundtrip on ru and ja "
        "windows-live-mail)",
        _LINE_END_COMMA,
        {"format": "windows-live-mail",
         "server_response": "554 5.7.1 <bob@example.com>: Trop de connexions,"},
        _comma_at_line_end,
    ),
    Bug(
        "wrap-in-last-label-before-blank",
        "a hard wrap inside the last label of a host that only a blank parts from the next "
        "slot ('Generating server: {server} {recipient} #...'), leaving a name that may end "
        "there ('mail.example.ex' + wrap + 'ample Compras Cayarga'), is read as the host's end "
        "unless the message's wrapped lines show the line is full: a wrap that replaced the "
        "blank before a name in small letters ('smtp.web.de' + wrap + 'email address') looks "
        "the same",
        _LAST_LABEL,
        {"format": "exchange-ndr", "server": "mail.example.example",
         "recipient": "Compras Cayarga"},
        _wrap_in_last_label,
    ),
    Bug(
        "caseless-wrap-in-open-reply",
        "a template that ends in the server's reply (Japanese Thunderbird errorSendingMessage) "
        "reads it to the end of its line unless the next line goes on with it; a hard wrap "
        "before a word of a script without case looks the same as the user's own text on the "
        "line after the message, and ends the reply there",
        _CASELESS_WRAP,
        {"format": "thunderbird", "language": "ja",
         "server_response": "553 Domino ディレクトリには見つかりません"},
        _caseless_wrap_in_open_reply,
    ),
)


def known_bug(case: Case) -> Bug | None:
    """The known bug this input runs into, if any."""
    return next((b for b in BUGS if b.applies(case)), None)
