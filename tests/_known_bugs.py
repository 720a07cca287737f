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


_DOTS_WRAP = ("メールの送信中にエラーが発生しました。メッセージを確認し、再度試してください。"
              "サーバーからの応答: 550 5.7.1 <bob@example.com>...\n该域不在我的允许的 rcpthost")
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
_DOTS_BLANK_CJK = regex.compile(r"\.\.\. " + _CJK)
_DOTS_BREAK_CJK = regex.compile(r"\.\.\.[ \t]*+\r?\n[> \t]*+" + _CJK)


def _wrap_after_dots_before_cjk(case: Case) -> bool:
    """A hard wrap in place of the blank between sendmail's "..." and a reply's words in a
    script written without blanks."""
    r = case.record
    return (
        "server_response" in case.broken
        and r.server_response is not None
        and _DOTS_BLANK_CJK.search(r.server_response) is not None
        and _DOTS_BREAK_CJK.search(case.text) is not None
    )


def _not_drawn(case: Case) -> bool:
    """The strategies do not draw this input (found by hand-written generators): nothing to
    leave out of the property tests."""
    return False


BUGS: tuple[Bug, ...] = (
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
        "wrap-after-dots-before-cjk",
        "a hard wrap that replaced the blank between sendmail's '...' after an address and a "
        "reply's words in Chinese or Japanese ('<bob@example.com>...' + wrap + '该域不在我的允许"
        "的 rcpthost') is joined without the blank, as a wrap between two characters of a "
        "script written without blanks is: Microsoft's Chinese text prints none there "
        "('<someone@example.com>...中继拒绝', tests/corpus/zh-CN/hx-043-oe-0x800CCC79, whose "
        "wrapped forms tests/test_reply_wraps.py holds), and the two look the same (found once "
        "caseless-wrap-in-open-reply was fixed, which left these inputs out)",
        _DOTS_WRAP,
        {"format": "thunderbird",
         "server_response": "550 5.7.1 <bob@example.com>... 该域不在我的允许的 rcpthost"},
        _wrap_after_dots_before_cjk,
    ),
)


def known_bug(case: Case) -> Bug | None:
    """The known bug this input runs into, if any."""
    return next((b for b in BUGS if b.applies(case)), None)
