"""Stage 3d: Outlook's task error in a language no table holds, read by its shape.

Outlook words the error in the user's language, but its shape is the same in every one the
tables hold from real samples (en, de, ja, pl): the task's name in quotes, "<account> -
<task>" (an account, a dash, the task: "Sending", "Wysyłanie", "送信中"), the error number
in parentheses, and after a colon Outlook's message, often with the server's reply in it.
Read after the template reader and the label lists (a language with a table is read there),
with no language; the quoted task name with its dash and the error number are both wanted.
"""

from __future__ import annotations

import regex

from .._compile.grammar import Grammar
from .._compile.text import QUOTES, LazyPattern
from .._records import ClientError
from .build import _record
from .reply_text import line_start
from .shapes import _Q, _Spans
from .window import Normalized

__all__ = ["read_task_shapes"]

TASK_BACK = 200  # how far before the error number its task's quoted name may start
TASK_AHEAD = 120  # how far after the error number the colon before the message may stand
MESSAGE_REACH = 1000  # the longest message read (to the end of its line)
SENTENCE_HEAD = 60  # the longest start of the sentence before the task's name

_NOT_Q = "[^\n" + regex.escape(QUOTES) + "]"
# 'account - task': the account's name, a dash between blanks, the task's name.
_TASK = LazyPattern(
    _Q + rf"(?P<account>{_NOT_Q}{{1,100}}?)[ \t]++[-\u2013\u2014][ \t]++{_NOT_Q}{{1,40}}+" + _Q
)
_NUMBER = LazyPattern(r"\((?P<number>0x8[0-9A-Fa-f]{7})\)")
_NOT_HEAD = LazyPattern(r"[.:!?\uff1a\u3002>]")  # an earlier sentence, a label, mail quoting
_COLON = LazyPattern(r"[^\n:\uff1a]{0,120}+[:\uff1a][ \t]*+")


def read_task_shapes(
    g: Grammar, n: Normalized, taken: list[tuple[int, int]]
) -> list[tuple[ClientError, tuple[int, int]]]:
    """Records of the task errors in window ``n`` that no reader took (``taken``)."""
    text = n.struct
    out: list[tuple[ClientError, tuple[int, int]]] = []
    spans = _Spans(taken)
    done = -1
    pos = text.find("(0x8")
    while pos >= 0:
        got = _shape_at(n, pos) if pos > done and not spans.hits(pos, pos + 1) else None
        if got is not None and not spans.hits(got[0], got[1]):
            start, end, account, number, message = got
            done = end
            rec = _record(
                g,
                n,
                (start, end),
                fmt="outlook-task",
                language=None,
                number=number,
                values={"account": account, "server_response": message},
                recipient=None,
            )
            out.append((rec, (start, end)))
        pos = text.find("(0x8", pos + 4)
    return out


def _shape_at(n: Normalized, pos: int) -> tuple[int, int, str, str, str] | None:
    """(start, end, account, error number, message) of the task error whose number's
    parenthesis stands at ``pos``, or None."""
    text = n.struct
    num = _NUMBER.match(text, pos)
    if num is None:
        return None
    colon = _COLON.match(text, num.end(), min(len(text), num.end() + TASK_AHEAD))
    if colon is None:
        return None
    line = max(line_start(text, pos), pos - TASK_BACK)
    task = None
    for m in _TASK.finditer(text, line, pos):  # the nearest before the number ...
        task = m
    if task is None:  # ... or after it, before the colon ("Fehler (0x...) ... 'x - y':")
        task = _TASK.search(text, num.end(), colon.end())
    if task is None:
        return None
    a = colon.end()
    stop = text.find("\n", a, a + MESSAGE_REACH)
    stop = min(len(text), a + MESSAGE_REACH) if stop < 0 else stop
    b = stop
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b <= a:
        return None
    start = min(task.start(), pos)
    head = text[line_start(text, start) : start]
    if len(head) <= SENTENCE_HEAD and not _NOT_HEAD.search(head):
        start -= len(head.lstrip())  # the sentence's first words ("La tâche", "Zadanie")
    return start, b, n.text[task.start("account") : task.end("account")], num["number"], n.text[a:b]
