"""`Case`: a drawn message with the record a reader must return and how it was damaged.

The noises are applied in the order real damage happens (an address is redacted before the
text is wrapped, wrapped before it is quoted in a reply mail), so the builder lives apart from
the transforms themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

from .._records import ClientError
from .._render import LIST_FORMATS, pieces
from ._drafts import (
    _ID_KEYS,
    _derive,
    _display,
    _Draft,
    _draft,
    _opening_number,
    _reader_language,
    _record_of,
)
from ._noise import (
    NOISES,
    _Doc,
    _garble_ok,
    _garbled_record,
    _markdown,
    _mojibake,
    _redact,
    _restyle,
    _truncate,
    _wrap,
)

# What people write around a pasted message (the "prose" noise).
_PROSE_BEFORE = (
    "Hi,\n\nI get this error when I send mail:",
    "Outlook Express says:",
    "Error message:",
    "Help! Since yesterday I can't send any email.",
    "Hallo, ich bekomme folgende Fehlermeldung:",
    "Bonjour, j'ai ce message d'erreur :",
    "Hola, me sale este error al enviar:",
    "Witam, dostaję taki komunikat:",
    "以下のエラーが表示されます。",
    "发送邮件时出现如下错误：",
    "-----Original Message-----\nFrom: John Smith\nSent: Monday, March 3, 2008 10:12 AM\n"
    "To: support@example.com\nSubject: cannot send",
    "Ticket #48213 (priority: normal)",
)
_PROSE_AFTER = (
    "Thanks in advance.",
    "What does this mean?",
    "Any ideas?\n\nRegards,\nBob",
    "Danke!",
    "Merci d'avance",
    "--\nSent from my iPhone",
    "I have restarted the computer twice.",
)


@attrs.frozen
class Case:
    """A drawn message and how it was made, for tests that must tell a reader's mistake from
    a property of the input: ``text`` and the ``expected`` reading (``None``: unreadable
    noise, only from `messages`), the undamaged ``record`` (as `records` draws it), the
    ``noises`` applied, ``split``: what the wrap broke inside a word ("label",
    "value:protocol", ...), ``broken``: the fields whose value holds a line break,
    ``unquoted``: the fields whose quote marks the quote noise removed, ``prose``: the text
    put before and after the message, ``cut_with_tail``: the message was cut off and other
    text follows in its paragraph, ``cut_after_quote``: ... right after a quoted value."""

    text: str
    expected: ClientError | None
    record: ClientError
    noises: tuple[str, ...]
    split: frozenset[str] = frozenset()
    broken: frozenset[str] = frozenset()
    unquoted: frozenset[str] = frozenset()
    prose: tuple[str | None, str | None] = (None, None)
    cut_with_tail: bool = False
    cut_after_quote: bool = False


def _make_case(draw: Any, draft: _Draft, noises: Sequence[str], exact: bool) -> Case:
    """Render ``draft`` with ``noises`` applied in the order real damage happens (see
    `NOISES`): the text and the record a correct reader gets from it."""
    record = _record_of(draft)
    draft = attrs.evolve(draft, fields=dict(draft.fields))
    applied: list[str] = []
    if "redact" in noises and _redact(draw, draft):
        applied.append("redact")
    display = _display(draft)
    parts = pieces(display, language=draft.language, format=draft.format)
    if "truncate" in noises and draft.format in LIST_FORMATS:
        cut = _truncate(draw, parts)
        if cut is not parts:
            parts = cut
            applied.append("truncate")
            if not any(p.label_key in _ID_KEYS for p in parts):
                draft.format = "outlook-express"  # the client's name was cut off
    if "quotes" in noises:
        parts = _restyle(draw, parts)
        applied.append("quotes")
    expected: ClientError | None = _derive(
        draft, parts, number_from_opening=_opening_number(parts))
    assert expected is not None
    expected = attrs.evolve(expected, language=_reader_language(display, parts))
    doc = _Doc(parts, sentences=draft.format not in LIST_FORMATS)
    if "mojibake" in noises and (not exact or _garble_ok(parts)):
        _mojibake(doc)
        applied.append("mojibake")
        expected = _garbled_record(draft, parts, expected) if _garble_ok(parts) else None
    broken: frozenset[str] = frozenset()
    if "wrap" in noises:
        _wrap(doc, draw(st.integers(20, 120)))
        applied.append("wrap")
        broken = doc.broken()
    if "markdown" in noises:
        _markdown(draw, doc)
        applied.append("markdown")
    if "mail-quote" in noises:
        prefix = draw(st.sampled_from(("> ", ">", "> > ")))
        doc.insert(0, prefix)
        for i in range(len(doc.chars) - 1, 0, -1):
            if doc.chars[i - 1] == "\n":
                doc.insert(i, prefix)
        applied.append("mail-quote")
    if "crlf" in noises:
        for i in range(len(doc.chars) - 1, -1, -1):
            if doc.chars[i] == "\n":
                doc.insert(i, "\r")
        applied.append("crlf")
    before = after = None
    if "prose" in noises:
        before = draw(st.none() | st.sampled_from(_PROSE_BEFORE))
        after = draw(st.none() | st.sampled_from(_PROSE_AFTER))
        if before is not None:
            decorated = bool({"mail-quote", "markdown"} & set(applied))
            sep = ("\n\n" if "\n" in before else "\n" if decorated
                   else draw(st.sampled_from(("\n\n", "\n", " "))))
            doc.insert(0, before + sep)
        if after is not None:
            # A template that ends in an open slot ends at the end of its line.
            seps = ("\n\n", "\n") if draft.format not in LIST_FORMATS else ("\n\n", "\n", " ")
            doc.insert(len(doc.chars), draw(st.sampled_from(seps)) + after)
        applied.append("prose")
    if expected is not None:
        expected = attrs.evolve(expected, span=doc.span())
    text = doc.text()
    _s, end = doc.span()
    # Text after the cut, before the paragraph ends (a signature on the next line counts).
    follows = text[end:].replace("\r", "").split("\n\n", 1)[0].strip() != ""
    last = parts[-2] if parts[-1].kind == "noise" else parts[-1]
    cut_with_tail = "truncate" in applied and follows
    unquoted = frozenset(
        p.field for i, p in enumerate(parts)
        if p.kind == "value" and p.field and 0 < i < len(parts) - 1
        and parts[i - 1].kind == "quote" and parts[i - 1].text == ""
    ) if "quotes" in applied else frozenset()
    return Case(text, expected, record, tuple(applied), frozenset(doc.split), broken,
                unquoted, (before, after), cut_with_tail, cut_with_tail and last.kind == "quote")


def _noise_set(noise: bool | Iterable[str]) -> tuple[str, ...]:
    if noise is True:
        return NOISES
    if noise is False:
        return ()
    chosen = set(noise)
    unknown = chosen - set(NOISES)
    if unknown:
        raise ValueError(f"unknown noise {sorted(unknown)}; known: {', '.join(NOISES)}")
    return tuple(n for n in NOISES if n in chosen)


@st.composite
def _case(draw: Any, languages: Sequence[str] | None, fmts: Sequence[str] | None,
          noise: tuple[str, ...], exact: bool) -> Case:
    draft = draw(_draft(languages, fmts))
    chosen = draw(st.lists(st.sampled_from(noise), unique=True)) if noise else []
    return _make_case(draw, draft, chosen, exact)
