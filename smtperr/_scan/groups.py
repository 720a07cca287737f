"""Which labels of a label list make one message: the classic comma-separated list, and
Windows (Live) Mail's one field per line, whose unquoted reply runs on to the next line that
starts a field and keeps a comma or a semicolon that ends its line."""

from __future__ import annotations

import itertools

from .._compile.grammar import grammar
from .._compile.text import LazyPattern
from .build import CODED
from .shapes import _ALIAS, _MAX, _QSET, _SEP, _TRAIL, _Label
from .values import Closing, _quoted_end, _typed_stop
from .window import Normalized

_HEADER_WORDS = 4  # how many labels past a blank line are looked at for a new message's subject


def _starts_line(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] == "\n"


def _line_reply_end(n: Normalized, group: list[_Label], labels: list[_Label], k: int) -> int:
    """For an unquoted reply (the last of ``group``) in Windows (Live) Mail's one-field-per-
    line layout, the index of the label that ends it, from ``k`` on: each field there starts
    a line with a label of the message's language, so a "label" after a word on its line,
    one of no language or of another, or one whose value its field cannot hold ("Name server:
    .: host not found", "Syntax error: empty command") is words of the reply.  The layout is
    told by the reply's label starting a line after another field's; a reply read first (a
    paste whose line breaks were lost may start with it: "Ответ сервера: ... Протокол: SMTP
    Порт: 465"), or after a label on its line, is left as it is, and so are labels past a
    blank line or the reply's reach.  Each label is passed over once (the group goes on
    after it)."""
    text = n.struct
    cur = group[-1]
    if not _starts_line(text, cur.start) or text[cur.end : cur.end + 8].lstrip(" \n")[:1] in _QSET:
        return k
    langs = grammar().label_langs.get((cur.field or "", cur.key))
    limit = cur.end + _MAX["server_response"]
    pos = cur.end
    while k < len(labels) and labels[k].start < limit:
        lab = labels[k]
        if text.find("\n\n", pos, lab.start) >= 0:
            break
        pos = max(pos, lab.start - 1)
        nxt = labels[k + 1].start if k + 1 < len(labels) else len(text)
        if _starts_line(text, lab.start) and lab.field is not None and _holds(
            n, lab, nxt, langs
        ):
            break
        k += 1
    return k


def _holds(n: Normalized, lab: _Label, end: int, langs: frozenset[str] | None) -> bool:
    """Whether the known label ``lab`` at a line start is a field of a one-field-per-line
    message of the languages ``langs``: a label of one of them, with a value its field can
    hold there (subject, account and server are printed quoted, or one word when quote marks
    are lost; the other fields have typed values)."""
    their = grammar().label_langs.get((lab.field or "", lab.key))
    if langs is not None and their is not None and not langs & their:
        return False
    if lab.field in ("subject", "account", "server"):
        value = n.struct[lab.end : end].lstrip(" \n")
        line = value.split("\n", 1)[0].rstrip(_SEP + "(")
        return value[:1] in _QSET or " " not in line
    if lab.field in ("server_response", None):
        return True
    return _typed_stop(n, lab.field, lab.end, end) > lab.end


def _group(
    n: Normalized, labels: list[_Label], i: int, closing: Closing
) -> tuple[list[_Label], int]:
    """The labels of one message, starting at ``labels[i]`` (``closing``: of ``labels``)."""
    group, k = _gather(n, labels, i, closing)
    _keep_line_separator(n, group)
    return group, k


# A comma or a semicolon that ends a line (blanks aside).
_LINE_END_SEPARATOR = LazyPattern(r"[,;]++(?=[ \t]*+(?:\n|\Z))")


def _keep_line_separator(n: Normalized, group: list[_Label]) -> None:
    """Give back to an unquoted reply the comma or semicolon that ends its line ("554 5.7.1
    <bob@example.com>: Trop de connexions,") when the message is in the one-field-per-line
    layout: ``_typed_stop`` drops it, as the classic form's separator before a hard wrap
    ("Server Response: 554 denied," + wrap + "Port: 25").  The layout is told by the
    message itself: every field after the first starts a line, and at least one line of
    another field ends without a separator (in the classic form each does end with one,
    wrapped or not)."""
    text = n.struct
    fields = [lab for lab in group if lab.field is not None]
    reply = next((lab for lab in fields if lab.field == "server_response"), None)
    if reply is None or reply.stop <= reply.end:
        return
    if text[reply.end : reply.stop].lstrip(" \n")[:1] in _QSET:
        return  # a quoted reply ends at its quote
    end = _LINE_END_SEPARATOR.match(text, reply.stop)
    if end is None:
        return
    bare = 0  # lines of other fields that end without a separator
    for prev, lab in itertools.pairwise(fields):
        if not _starts_line(text, lab.start):
            return
        if prev is reply:
            continue
        i = lab.start - 1
        while i > prev.end and text[i - 1] in " \t":
            i -= 1
        if text[i - 1] in ",;":
            return
        bare += 1
    if bare:
        reply.stop = end.end()


def _gather(
    n: Normalized, labels: list[_Label], i: int, closing: Closing
) -> tuple[list[_Label], int]:
    """``_group``'s labels, before a reply's separator is given back."""
    text = n.struct
    group = [labels[i]]
    seen = {_ALIAS.get(labels[i].field or "", labels[i].field or "")} - {""}
    j = i + 1
    while True:
        cur = group[-1]
        if len(group) == 1 and cur.field and j < len(labels) and labels[j].field == cur.field:
            return group, j  # the same label again: one label is never a message
        k = _quoted_end(n, cur, labels, j, closing)
        if cur.field == "server_response" and k == j and len(group) > 1:
            k = _line_reply_end(n, group, labels, k)
        nxt = labels[k].start if k < len(labels) else len(text)
        cur.stop = _typed_stop(n, cur.field, cur.end, nxt)
        if k >= len(labels):
            return group, k
        between = text[cur.stop : nxt]
        gap = between.strip(_TRAIL)
        field = _ALIAS.get(labels[k].field or "", labels[k].field or "")
        if "\n\n" in between:
            # After a blank line, a line that holds several labels starts another message
            # (one label a line is Windows Live Mail's layout, blank lines or not); so does
            # any label after an unquoted subject, account or server (a mail header's
            # "Subject: ..." before the pasted error: clients quote these values).
            line_end = text.find("\n", labels[k].end)
            several = k + 1 < len(labels) and (line_end < 0 or labels[k + 1].start < line_end)
            header = cur.field in ("subject", "account", "server") and (
                text[cur.end : cur.stop].lstrip(" \n")[:1] not in _QSET
            )
            # ... and so does a subject (every layout's first field; unknown words with a
            # colon before it, "To:", aside) once the message has its error number, or its
            # reply and reply code (a list cut before its number): a mail's header after a
            # Windows Live Mail paste.
            known = (lab.field for lab in labels[k : k + _HEADER_WORDS] if lab.field)
            ended = "error_number" in seen or CODED <= seen
            again = ended and next(known, None) == "subject"
            if several or header or again:
                return group, k
        if len(gap) > 40 or (field and field in seen) or cur.field == "error_number":
            # The classic form ends with its error number (Windows Live Mail's own label,
            # which stands among the others, is "wlm_error_id").
            return group, k
        if field:
            seen.add(field)
        group.append(labels[k])
        j = k + 1
