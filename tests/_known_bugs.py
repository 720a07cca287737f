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


_GENERATING = ("Generating server: pop.mail.yah\noo.co.uk M\u00fcller, Hans #421 Turn on smtp "
               "authentication ##")
_BLANK_SEPARATED = regex.compile(r"\{([a-z_]+)\}\s++\{")


def _wrapped_before_blank(case: Case) -> bool:
    """A wrap inside a template slot that only a blank separates from the next slot."""
    r = case.record
    if r.format in LIST_FORMATS or r.language is None or r.format is None:
        return False
    try:
        sentence = choose_template(r, load_locale(r.language), r.format)
    except ValueError:
        return False
    return any(f in case.broken for f in _BLANK_SEPARATED.findall(sentence))


_CUT_BEFORE_FENCE = ("Account: 'Mail', Server: 'smtp.example.com', Protocol: SMTP, "
                     "Server Response: '550 5.7.1 Relaying den``` Thanks for any help")


_OPEN_REPLY_PROSE = ("メールの送信中にエラーが発生しました。"
                     "メッセージを確認し、再度試してください。"
                     "サーバーからの応答: 550 5.7.1 Relaying denied\nThanks in advance.")


def _prose_after_open_reply(case: Case) -> bool:
    """Prose after a template that ends in the server's reply (no text after the slot)."""
    r = case.record
    if case.prose[1] is None or r.format in LIST_FORMATS or not r.language or not r.format:
        return False
    try:
        sentence = choose_template(r, load_locale(r.language), r.format)
    except ValueError:
        return False
    return sentence.rstrip().endswith("{server_response}")


def _not_drawn(case: Case) -> bool:
    """The strategies do not draw this input (found by hand-written generators): nothing to
    leave out of the property tests."""
    return False


BUGS: tuple[Bug, ...] = (
    Bug(
        "wrap-inside-slot-before-blank",
        "a wrap inside a template slot that only a blank separates from the next slot "
        "('Generating server: {server} {recipient} #...') is read as that blank: the value "
        "is cut at the break and the rest goes to the next slot (a wrap that replaced the "
        "blank looks the same)",
        _GENERATING,
        {"format": "exchange-ndr", "server": "pop.mail.yahoo.co.uk",
         "recipient": "M\u00fcller, Hans"},
        _wrapped_before_blank,
    ),
    Bug(
        "prose-after-open-reply",
        "a template that ends in the server's reply (Japanese Thunderbird errorSendingMessage, "
        "English Thunderbird 102+ smtp-server-error) reads the reply on to the next blank "
        "line: prose on the line after it is taken into the reply (a hard wrap inside the "
        "reply looks the same, and is read right)",
        _OPEN_REPLY_PROSE,
        {"format": "thunderbird", "language": "ja", "server_response": "550 5.7.1 Relaying denied"},
        _prose_after_open_reply,
    ),
    Bug(
        "cut-reply-before-code-fence",
        "a quoted reply cut off by the paste and followed on the same line by a closing code "
        "fence and prose takes the prose into the reply",
        _CUT_BEFORE_FENCE,
        {"format": "outlook-express", "server_response": "550 5.7.1 Relaying den"},
        _not_drawn,
    ),
)


def known_bug(case: Case) -> Bug | None:
    """The known bug this input runs into, if any."""
    return next((b for b in BUGS if b.applies(case)), None)
