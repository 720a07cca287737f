"""Stage 4: the one record builder.  A label group becomes a ``ClientError`` here and nowhere
else; this is the only caller of ``classify``."""

from __future__ import annotations

import bisect
from typing import Any

from .._classify import classify, sentence_reason
from .._compile.gate import CODE_LABELS
from .._compile.grammar import Grammar
from .._compile.text import compact
from .._errors import lookup_name
from .._reason import Reason
from .._records import ClientError, Verdict
from .recipient import _WRAP_IN_WORD, _recipient, _recipient_before, _unwrap, reply_recipient
from .reply_wraps import rejoined, repaired
from .shapes import _CODE, _EMAIL, _HEX, _INT, _PROTO, _SUBJECT_BEFORE, CODE_AT, _Label
from .unknown import _clean, _values
from .window import Normalized

OPENING_GAP = 700  # the most text between an opening sentence and the first label
OPENING_REACH = 2000  # how far back from a label an opening that may belong to it starts


class Seen:
    """What a window's readers found so far, asked in O(log n): where the messages read
    before a position end, and the opening sentences (by start)."""

    __slots__ = ("ends", "openings", "starts")

    def __init__(self, taken: list[tuple[int, int]], openings: list[tuple[int, int, int]]):
        self.ends = sorted(end for _start, end in taken)
        self.openings = openings
        self.starts = [o[0] for o in openings]

    def add(self, end: int) -> None:
        bisect.insort(self.ends, end)

    def floor(self, first: int) -> int:
        """Where the last message read before ``first`` ends (0: none)."""
        i = bisect.bisect_right(self.ends, first)
        return self.ends[i - 1] if i else 0

    def opening(self, first: int, floor: int) -> tuple[int, int, int] | None:
        """The opening sentence that ends shortly before the first label ``first`` and
        after ``floor``: (start, end, index)."""
        i = bisect.bisect_left(self.starts, first) - 1
        while i >= 0 and self.starts[i] >= max(floor, first - OPENING_REACH):
            start, end, idx = self.openings[i]
            if end <= first and first - end <= OPENING_GAP:
                return start, end, idx
            i -= 1
        return None


_NUMBER_FIELDS = ("error_number", "wlm_error_id", "wm_error_id")  # (the first given is read)
_NUMBERS = frozenset(_NUMBER_FIELDS)
# Fields only a client's own list holds (not a log line's "Server: x, Port: 25"): one of them,
# or an opening sentence, makes a group a message.
_TAIL = _NUMBERS | {"protocol", "port", "server_response", "socket_error"}
CODED = frozenset(CODE_LABELS)  # a reply code and the reply


def _coded_fragment(known: list[_Label], values: dict[str, str]) -> bool:
    """Three known fields of which a reply code ("Server Error: 550") and the reply: Windows
    (Live) Mail's list cut before its error number, as users paste it ("Erreur de serveur :
    550 / Réponse du serveur : 550 5.1.0 ... / Serveur : 'smtp.orange.fr'")."""
    kinds = {lab.field for lab in known}
    code = (_clean(values.get("server_error") or "") or "").strip()
    coded = len(code) == 3 and code[0] in "45" and code.isdigit()
    return coded and len(kinds) >= 3 and CODED <= kinds


def _build(g: Grammar, n: Normalized, group: list[_Label], seen: Seen) -> ClientError | None:
    if len(group) < 2 and not (
        # One label is never a message (a record needs two fields), but an error number
        # right after the client's own opening sentence is: a ticket's or a FAQ's headline
        # ("... rejected by the server. Error Number: 0x800CCC79").
        group
        and group[0].field in _NUMBERS
        and seen.opening(group[0].start, seen.floor(group[0].start)) is not None
    ):
        return None
    values = _values(n, group)
    # Words with a colon that no field claimed are prose around the message, not part of it.
    while group and group[0].field is None:
        group = group[1:]
    while group and group[-1].field is None:
        group = group[:-1]
    if not group:
        return None
    fields = [lab.field for lab in group if lab.field is not None]
    known = [
        lab for lab in group if lab.field is not None and (lab.field, lab.key) in g.label_langs
    ]
    number = _number(values)
    prev_end = seen.floor(group[0].start)
    opening = seen.opening(group[0].start, prev_end)
    if opening is not None and number is None:
        number = g.openings[opening[2]][1]
    distinct = set(fields)
    if not distinct & _TAIL and opening is None:
        return None
    if number is not None:
        # An error number plus another field, or a full tail read by shape.
        if not distinct - _NUMBERS and opening is None:
            return None
        if not known and (len(distinct) < 4 or not distinct & {"protocol", "port"}):
            return None
    elif opening is not None:
        if len(known) < 2:
            return None
    elif (
        len({lab.field for lab in known}) < 4
        or not (
            _PROTO.fullmatch((_clean(values.get("protocol") or "") or "").replace(" ", ""))
            or _yes_no(g, values.get("ssl")) is not None
            or _clean(values.get("server_response") or "")
        )
    ) and not _coded_fragment(known, values):
        # A fragment without number or opening: only with a field no log line has.
        return None
    langs = _vote(g, group, opening)
    language = langs
    recipient = None
    if opening is not None and g.openings[opening[2]][3]:
        recipient = _recipient(n.text[opening[1] : group[0].start])
    head_end = group[0].start
    if "subject" not in values:
        # A subject label without a colon, in a language smtperr does not know.
        m = _SUBJECT_BEFORE.search(n.struct, max(prev_end, head_end - 400), head_end)
        if m is not None:
            values["subject"] = n.text[m.start("v") : m.end("v")]
            head_end = m.start()
    if opening is not None and g.openings[opening[2]][3]:
        recipient = _recipient(n.text[opening[1] : head_end])
    elif opening is None and number == "0x800CCC79":
        recipient = _recipient_before(n.text[max(prev_end, head_end - 400) : head_end])
    fmt = "outlook-express"
    if "wlm_error_id" in fields:
        fmt = "windows-live-mail"
    elif "wm_error_id" in fields:
        fmt = "windows-mail"
    start = opening[0] if opening is not None else group[0].start
    end = max(lab.stop for lab in group)
    seen.add(end)
    return _record(
        g,
        n,
        (start, end),
        fmt=fmt,
        language=language,
        number=number,
        values=values,
        recipient=recipient,
    )


def _number(values: dict[str, str]) -> str | None:
    for key in _NUMBER_FIELDS:
        raw = values.get(key)
        if raw:
            m = _HEX.search(raw)
            if m:
                return "0x" + "".join(m.group().split())[2:].upper()
    return None


def _vote(g: Grammar, group: list[_Label], opening: tuple[int, int, int] | None) -> str | None:
    """The language that explains the labels (and the opening), or ``None``."""
    if opening is not None:
        return g.openings[opening[2]][0]
    candidates: frozenset[str] | None = None
    for lab in group:
        if lab.field is None:
            continue
        langs = g.label_langs.get((lab.field, lab.key))
        if langs is None:
            return None
        candidates = langs if candidates is None else candidates & langs
    if not candidates:
        return None
    return min(candidates, key=lambda tag: g.order.get(tag, 999))


def _yes_no(g: Grammar, raw: str | None) -> bool | None:
    if not raw:
        return None
    hit = g.yes_no.get(compact(raw))
    return hit[0] if hit else None


def _int(raw: str | None) -> int | None:
    if not raw:
        return None
    m = _INT.search(raw)
    return int("".join(m.group().split())) if m else None


def _by_phrase(verdict: Verdict) -> bool:
    return verdict.evidence is not None and verdict.evidence.kind == "phrase"


def _record(
    g: Grammar,
    n: Normalized,
    span: tuple[int, int],
    *,
    fmt: str,
    language: str | None,
    number: str | None,
    values: dict[str, Any],
    recipient: str | None,
    command: str | None = None,
    wording: str | None = None,
) -> ClientError:
    """The record of a message's values.  ``wording``: a report's own words, which give the
    reason when it holds no reply (a phrase of them, not a default)."""
    raw_response = repaired(values.get("server_response") or "")
    response = _clean(raw_response)
    server_error = _clean(values.get("server_error") or "")
    if server_error is not None and _CODE.fullmatch("".join(server_error.split())):
        server_error = "".join(server_error.split())
    smtp_code: int | None = None
    if (
        server_error
        and server_error.isdigit()
        and len(server_error) == 3
        and server_error[0] in "2345"
    ):
        smtp_code = int(server_error)
    protocol = _clean(values.get("protocol") or "")
    if protocol is not None:
        # A wrap inside the name ("POP\n3") leaves a blank: the joined name, if it is one.
        m = (
            _PROTO.fullmatch(protocol.replace(" ", ""))
            or _PROTO.search(protocol)
            or _PROTO.search(protocol.replace(" ", ""))
        )
        protocol = m.group() if m else protocol
    # A code the message shows apart from the reply's words (a "Server Error: 500" label, a
    # client's "SMTP Last Response Code: 500") is read with them: "5.5.1 Command unrecognized"
    # alone is a reply on hold, after 500 a syntax error.
    own = CODE_AT.match(response or "")
    shown = smtp_code is not None and response and (own is None or own.group("code") is None)
    verdict = classify(
        f"{smtp_code} {response}" if shown else response or "", error_number=number, command=command
    )
    if response and not _by_phrase(verdict):
        # A hard wrap inside a word of the reply ("Rel" + wrap + "aying denied") hides its
        # phrase: the reply as it reads with such a wrap joined, when that shows one.
        for joined in rejoined(raw_response):
            again = classify(
                f"{smtp_code} {joined}" if shown else joined, error_number=number, command=command
            )
            if _by_phrase(again):
                response, verdict = joined, again
                break
    if smtp_code is None and response:
        smtp_code = verdict.smtp_code
    if recipient is None and response and number == "0x800CCC79":
        # The rejected address, as the server quoted it ("<x@y>: Relay access denied").
        m = _EMAIL.search(response)
        recipient = m.group().strip("<>.") if m else None
    if recipient is None and response and number is None:
        # A client sentence that quotes a refusal naming its recipient ("5.7.1 <x@y>: Relay
        # access denied"; ``_data.reply_recipient``); a label list names it in its own field.
        recipient = reply_recipient(response)
    reason: Reason | None = verdict.reason
    if not response and number is None:
        # A client's sentence (its own phrases), else a report's words (a reply's phrases).
        reason = sentence_reason(wording) if wording else None
        if reason is None and wording:
            told = classify(wording)
            reason = told.reason if _by_phrase(told) else None
    return ClientError(
        format=fmt,
        language=language,
        error_number=number,
        error_name=lookup_name(number),
        subject=_clean(values.get("subject") or ""),
        account=_clean(values.get("account") or ""),
        # (a host name that ends a sentence: its period is the sentence's)
        server=_unwrap(_clean(_WRAP_IN_WORD.sub("", values.get("server") or "")) or "", host=True)
        .rstrip(".")
        or None,
        protocol=protocol,
        server_response=response,
        port=_int(values.get("port")),
        ssl=_yes_no(g, values.get("ssl")),
        smtp_code=smtp_code,
        enhanced_status=(values.get("enhanced_status") or verdict.enhanced_status)
        if response
        else None,
        recipient=recipient,
        reason=reason,
        span=n.to_source(*span),
        server_error=server_error,
        socket_error=_int(values.get("socket_error")),
    )
