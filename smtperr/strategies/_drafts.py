"""Drafts of a message (the fields it shows) and the record a reader must return for them.

A draft is drawn field by field so that the fields agree with each other (protocol and port
with the error number, a reply only where the client shows one); the expected record is then
derived from the rendered pieces, the way a reader derives it, never from the draft alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import regex
from hypothesis import strategies as st

from .._data import replies as _replies
from .._data.errors import ERRORS
from .._errors import lookup_name
from .._records import ClientError
from .._render import (
    _ID_LABEL,
    _SHOWN_FIELDS,
    LIST_FORMATS,
    Piece,
    all_formats,
    choose_opening,
    choose_template,
    formats,
    pieces,
)
from .._tables import LANGUAGES, load_locale
from ._values import (
    _OUTLOOK_TEXTS,
    _POP3_REPLIES,
    Reply,
    _accounts,
    _reply,
    addresses,
    compact,
    hosts,
    subjects,
)

# Error numbers, most common first; then every other number of the table.
_COMMON = ("0x800CCC79", "0x800CCC0E", "0x800CCC0F", "0x800CCC78", "0x800CCC90", "0x800CCC92",
           "0x800CCC1A", "0x800CCC0D", "0x800CCC80", "0x800CCC7D", "0x800CCC6A", "0x8004210B",
           "0x80042109")
NUMBERS: tuple[str, ...] = _COMMON + tuple(sorted(set(ERRORS) - set(_COMMON)))
_CONNECT = frozenset({"0x800CCC0E", "0x800CCC15", "0x800CCC0D", "0x80042108", "0x80042109"})
_SOCKET = frozenset({"0x800CCC0E", "0x800CCC15"})
_LOGIN = frozenset({"0x800CCC90", "0x800CCC91", "0x800CCC92", "0x800CCC18"})
_PORTS = {"SMTP": (25, 587, 465), "POP3": (110, 995), "IMAP": (143, 993), "NNTP": (119, 563),
          "HTTPMail": (80, 443)}
SOCKET_ERRORS = (10060, 10061, 11001, 10051, 10053, 10054, 11004)


def _kind(number: str) -> str:
    """What a message with this number shows: "connect" (socket error, no reply), "drop" (no
    reply), "login" (a POP3/IMAP reply) or "reply" (an SMTP reply)."""
    if number in _CONNECT:
        return "connect"
    if number in _LOGIN:
        return "login"
    name = ERRORS[number][0]
    reason = _replies.CLIENT_ERRORS.get(number, (None, None))[1]
    if reason in _replies.CLIENT_SIDE_REASONS:
        return "drop"
    if "SMTP" in name or number.startswith("0x800CCC6") or number.startswith("0x800CCC7"):
        return "reply"
    if any(p in name for p in ("POP3", "IMAP", "NNTP", "HTTPMAIL")):
        return "login"
    return "drop"


def _protocol_for(number: str, kind: str) -> tuple[str, ...]:
    name = ERRORS[number][0]
    for proto, key in (("IMAP", "IMAP"), ("NNTP", "NNTP"), ("HTTPMail", "HTTPMAIL"),
                       ("POP3", "POP3")):
        if key in name:
            return (proto,)
    if kind == "reply":
        return ("SMTP",)
    if kind == "login":
        return ("POP3", "IMAP")
    return ("SMTP", "POP3", "IMAP")


@attrs.define
class _Draft:
    """A message before rendering: the fields it shows, and the address quoted by the server."""

    language: str
    format: str
    fields: dict[str, Any]
    rcpt: str | None = None  # the address inside the server reply


@st.composite
def _list_draft(draw: Any, language: str, fmt: str) -> _Draft:
    loc = load_locale(language)
    number = draw(st.sampled_from(NUMBERS))
    kind = _kind(number)
    protocol = draw(st.sampled_from(_protocol_for(number, kind)))
    fields: dict[str, Any] = {"error_number": number, "protocol": protocol}
    fields["server"] = draw(hosts())
    account = draw(st.none() | _accounts())
    if account is not None:
        fields["account"] = account
    fields["port"] = draw(st.sampled_from(_PORTS[protocol]))
    fields["ssl"] = draw(st.booleans())
    rcpt = None
    if kind == "reply":
        subject = draw(st.none() | subjects())
        if subject is not None:
            fields["subject"] = subject
        rcpt = draw(addresses())
        reply = draw(_reply(language, rcpt))
        fields["server_response"] = reply.text
        if reply.code is not None:
            fields["server_error"] = reply.code
        # Openings name the recipient the server refused.
        if number == "0x800CCC79" and draw(st.booleans()):
            fields["recipient"] = rcpt
        rcpt = reply.rcpt
    elif kind == "login":
        fields["server_response"] = draw(st.sampled_from(_POP3_REPLIES))
        fields["server_error"] = "0x800CCC90"
    elif number in _SOCKET and loc.labels.get("socket_error"):
        fields["socket_error"] = draw(st.sampled_from(SOCKET_ERRORS))
    return _Draft(language, fmt, fields, rcpt)


@st.composite
def _template_draft(draw: Any, language: str, fmt: str) -> _Draft:
    loc = load_locale(language)
    sentence = draw(st.sampled_from([s for f, s in loc.templates if f == fmt]))
    fields: dict[str, Any] = {}
    rcpt = None
    if "{recipient}" in sentence:
        fields["recipient"] = draw(addresses() if fmt != "exchange-ndr" else st.one_of(
            addresses(), st.sampled_from(("Compras Cayarga", "John Smith", "Müller, Hans"))))
        rcpt = fields["recipient"] if "@" in fields["recipient"] else None
    if "{subject}" in sentence:
        fields["subject"] = draw(subjects())
    if "{account}" in sentence:
        fields["account"] = draw(_accounts())
    if "{server}" in sentence:
        fields["server"] = draw(hosts(brackets=False))
    if "{error_number}" in sentence:
        fields["error_number"] = draw(st.sampled_from(NUMBERS))
    if "{server_response}" in sentence:
        quoted = draw(st.none() | addresses()) if rcpt is None else rcpt
        options = [_reply(language, quoted, with_code=fmt != "thunderbird"
                          or draw(st.booleans()))]
        if fmt == "outlook-task":
            options.append(st.sampled_from(_OUTLOOK_TEXTS).map(lambda t: Reply(t, None, None)))
        reply = draw(st.one_of(*options))
        fields["server_response"] = reply.text
        rcpt = reply.rcpt
    return _Draft(language, fmt, fields, rcpt)


def _pairs(languages: Iterable[str] | None, fmts: Iterable[str] | None) -> list[tuple[str, str]]:
    langs = list(LANGUAGES) if languages is None else list(languages)
    wanted = list(all_formats()) if fmts is None else list(fmts)
    for tag in langs:
        if tag not in LANGUAGES:
            raise ValueError(f"unknown language {tag!r}")
    for fmt in wanted:
        if fmt not in all_formats():
            raise ValueError(f"unknown format {fmt!r}; known: {', '.join(all_formats())}")
    pairs = [(tag, fmt) for tag in langs for fmt in wanted if fmt in formats(tag)]
    if not pairs:
        raise ValueError("no language among those given has any of the formats given")
    return pairs


@st.composite
def _draft(draw: Any, languages: Sequence[str] | None, fmts: Sequence[str] | None) -> _Draft:
    pairs = _pairs(languages, fmts)
    langs = list(dict.fromkeys(tag for tag, _ in pairs))
    language = draw(st.sampled_from(langs))
    fmt = draw(st.sampled_from([f for tag, f in pairs if tag == language]))
    if fmt in LIST_FORMATS:
        result: _Draft = draw(_list_draft(language, fmt))
    else:
        result = draw(_template_draft(language, fmt))
    return result


def _display(draft: _Draft) -> ClientError:
    """The record of the shown fields only (what `render` needs)."""
    return ClientError(format=draft.format, language=draft.language, **draft.fields)


# The labels that name Windows (Live) Mail: without one the text reads as Outlook Express.
_ID_KEYS = tuple(_ID_LABEL.values())


def _derive(draft: _Draft, shown: list[Piece], *, number_from_opening: str | None) -> ClientError:
    """The record a reader gets from the rendered pieces: the shown fields, plus what it derives
    from them -- the error's name, the SMTP code (from "Server Error" when that is a reply code,
    else from the reply), the enhanced status and the reason (``smtperr.classify`` of the reply,
    given the error number; without either, a phrase of a sentence's words), and for
    0x800CCC79 the recipient quoted by the server when no opening names one."""
    from .._classify import classify, sentence_reason

    # A reader folds blanks (a no-break space in "[email protected]" reads as a space).
    values = {p.field: " ".join(p.text.split()) for p in shown if p.kind == "value" and p.field}
    f = draft.fields
    number = f.get("error_number") if "error_number" in values else number_from_opening
    response = values.get("server_response")
    server_error = values.get("server_error")
    verdict = classify(response or "", error_number=number)
    smtp_code = None
    if server_error and regex.fullmatch(r"[2-5][0-9]{2}", server_error):
        smtp_code = int(server_error)
    elif response:
        smtp_code = verdict.smtp_code
    recipient = values.get("recipient")
    if recipient is None and response and number == "0x800CCC79":
        rcpt = " ".join(draft.rcpt.split()) if draft.rcpt else None
        recipient = rcpt if rcpt and rcpt in response else None
    if recipient is None and response and number is None:
        # ... and, in a client's sentence, the recipient a refusal names ("<x@y>: Relay access
        # denied").
        from .._scan.recipient import reply_recipient

        recipient = reply_recipient(response)
    reason = verdict.reason if (response or number is not None) else None
    if reason is None and response is None and number is None and draft.format not in LIST_FORMATS:
        # A sentence without a reply may say why ("... because it does not allow relaying"):
        # its words, the values left out, decide by a phrase.
        words = " ".join(p.text for p in shown if p.kind != "value")
        reason = sentence_reason(words)
        if reason is None:
            told = classify(words)
            reason = told.reason if told.evidence and told.evidence.kind == "phrase" else None

    def get(name: str, convert: Callable[[str], Any] = str) -> Any:
        return convert(values[name]) if name in values else None

    return ClientError(
        format=draft.format,
        language=draft.language,
        error_number=number,
        error_name=lookup_name(number),
        subject=get("subject"),
        account=get("account"),
        server=get("server"),
        protocol=get("protocol"),
        server_response=response,
        port=get("port", int),
        ssl=f["ssl"] if "ssl" in values else None,
        smtp_code=smtp_code,
        enhanced_status=verdict.enhanced_status if response else None,
        recipient=recipient,
        reason=reason,
        server_error=server_error,
        socket_error=get("socket_error", int),
    )


def _opening_number(shown: list[Piece]) -> str | None:
    for p in shown:
        if p.field == "opening" and p.kind == "text":
            return p.number
    return None


def records(
    languages: Sequence[str] | None = None, formats: Sequence[str] | None = None
) -> st.SearchStrategy[ClientError]:
    """Records a client can show, in ``languages`` (default: all 37) and ``formats`` (default:
    every format the language's tables have).  ``language`` and ``format`` say how to render
    them; every derived field is filled in as the parser derives it; ``span`` is (0, 0)."""
    return _draft(languages, formats).map(_record_of)


def _record_of(draft: _Draft) -> ClientError:
    display = _display(draft)
    shown = pieces(display, language=draft.language, format=draft.format)
    return _derive(draft, shown, number_from_opening=_opening_number(shown))


_SHOWN = tuple(sorted(_SHOWN_FIELDS))  # the fields a message can show (see `_render`)


def complete(record: ClientError, *, quoted: str | None = None) -> ClientError:
    """``record`` -- its shown fields, language and format -- with the fields a reader derives
    filled in (see `records`); ``quoted`` is the address the server's reply quotes, if any.
    For writing explicit examples: ``parsed(complete(r))`` is what the parser must return."""
    if record.language is None or record.format is None:
        raise ValueError("the record needs the language and format to render it in")
    fields = {f: getattr(record, f) for f in _SHOWN if getattr(record, f) is not None}
    return _record_of(_Draft(record.language, record.format, fields, quoted))


def parsed(record: ClientError) -> ClientError:
    """What ``parse(render(record, language=record.language, format=record.format))`` must
    return: ``record`` with the span of the whole text and the language a reader can tell --
    the highest-priority language whose tables explain the text (labels shared by several
    languages, e.g. Danish and Norwegian, make the first in ``smtperr.languages()`` win)."""
    assert record.language is not None and record.format is not None
    shown = pieces(record, language=record.language, format=record.format)
    text = "".join(p.text for p in shown)
    return attrs.evolve(record, language=_reader_language(record, shown),
                        span=(0, len(text)))


def _reader_language(record: ClientError, shown: list[Piece]) -> str:
    """The language the parser must report for rendered ``shown`` pieces (see `parsed`)."""
    assert record.language is not None and record.format is not None
    loc = load_locale(record.language)
    if record.format not in LIST_FORMATS:
        used = compact(choose_template(record, loc, record.format))
        for tag in LANGUAGES:
            templates = load_locale(tag).templates
            if any(f == record.format and compact(s) == used for f, s in templates):
                return tag
        return record.language
    opening = choose_opening(record, loc)
    if opening is not None and any(p.field == "opening" for p in shown):
        head = compact(opening.partition("{")[0])
        for tag in LANGUAGES:
            if any(compact(s.partition("{")[0]) == head for _n, s in load_locale(tag).openings):
                return tag
    labels = [(p.label_key, compact(p.text)) for p in shown if p.kind == "label"]
    for tag in LANGUAGES:
        spellings = load_locale(tag).labels
        if all(key in {compact(s) for s in spellings.get(field or "", ())}
               for field, key in labels):
            return tag
    return record.language
