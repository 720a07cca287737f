"""``explain``: a client error, a bare error number or a bare server reply, in plain words.

What failed comes from the client's error number (its phase: 0x800CCC79 a recipient refused at
RCPT, 0x800CCC0E the connection, ...) or from the command the reply names; the reason, the words
that decided it and the phase from ``smtperr.classify``; the likely causes and what to do from
the language tables of ``smtperr._data.explain`` (English and Polish complete, French for relay
denial; other languages fall back to English).  For relay denial the texts carry the diagnosis
and the fixes of Microsoft's KB 290842 -- quoted from the real translation where one exists,
marked as smtperr's own wording where not.
"""

from __future__ import annotations

import re

from .._classify import classify
from .._classify.reply import parse_reply
from .._data.replies import CLIENT_ERRORS
from .._errors import lookup, lookup_socket, normalize_number
from .._reason import Reason
from .._records import ClientError, ErrorInfo, Explanation, Verdict
from .._scan import scan
from . import texts as _texts

__all__ = ["explain", "explain_all", "languages"]

# A client error number standing alone in a text: 0x800CCC0E, 800ccc0e, or a signed HRESULT.
_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:0[xX])?[0-9A-Fa-f]{8}(?![0-9A-Za-z])|-21[0-9]{8}\b")


def languages() -> tuple[str, ...]:
    """The languages explanations are written in (others fall back to English)."""
    return _texts.languages()


def explain(subject: str | ClientError, language: str | None = None) -> Explanation:
    """What failed, why, the likely causes and what to do, for one client error.

    ``subject`` is a record of ``smtperr.parse``/``scan``, or text: the first client error
    message in it; else a server reply in it (``"554 5.7.1 <x@y>: Relay access denied"``,
    through ``classify``, with an error number if the text holds one); else a bare error
    number (``"0x800CCC0E"``, through ``lookup``).  ``language`` is one of ``languages()``;
    by default the message's own language when explanations exist in it, else English.
    ``ValueError`` when the text holds nothing to explain or the language has no texts;
    ``TypeError`` for anything but a record or ``str``.
    """
    if isinstance(subject, ClientError):
        return _record(subject, language)
    if not isinstance(subject, str):
        raise TypeError(
            f"explain() needs a ClientError or text, not {type(subject).__name__}"
        )
    found = explain_all(subject, language)
    if not found:
        raise ValueError("no email-client error, server reply or error number in the text")
    return found[0]


def explain_all(text: str, language: str | None = None) -> list[Explanation]:
    """Every client error message in ``text`` explained, in order; without one, the server
    reply or else the error number the text holds; ``[]`` when there is nothing to explain."""
    if not isinstance(text, str):
        raise TypeError(f"explain_all() needs text, not {type(text).__name__}")
    if language is not None:
        _texts.texts(language, Reason.UNDEFINED)  # ValueError now, not only when found
    records = list(scan(text))
    if records:
        return [_record(rec, language) for rec in records]
    number = _bare_number(text)
    reply = text.strip()
    verdict = classify(reply, error_number=number) if reply else None
    if verdict is not None and _is_reply(reply, verdict):
        phase = _phase(reply, number)
        return [_build("reply", verdict, language or None, number, phase, reply, None)]
    if number is not None:
        verdict = classify("", error_number=number)
        return [_build("error_number", verdict, language, number, _phase("", number), None,
                       None)]
    return []


# ------------------------------------------------------------------------------- internals


def _record(rec: ClientError, language: str | None) -> Explanation:
    verdict = classify(rec.server_response or "", error_number=rec.error_number)
    if rec.reason is not None and rec.reason is not verdict.reason:
        verdict = Verdict(rec.reason, rec.smtp_code, rec.enhanced_status, verdict.permanent)
    if language is None and rec.language in _texts.languages():
        language = rec.language
    phase = _phase(rec.server_response or "", rec.error_number)
    kind = "reply" if rec.format == "server-reply" else "message"  # a reply standing alone
    return _build(kind, verdict, language, rec.error_number, phase, rec.server_response, rec)


def _bare_number(text: str) -> str | None:
    """The first known client error number standing alone in ``text``."""
    for m in _NUMBER.finditer(text):
        number = normalize_number(m.group())
        if number is not None and lookup(number) is not None:
            return number
    return None


def _is_reply(reply: str, verdict: Verdict) -> bool:
    """Whether ``reply`` reads as a server reply: a reply code or status, or a phrase."""
    if verdict.smtp_code is not None or verdict.enhanced_status is not None:
        return True
    return verdict.evidence is not None and verdict.evidence.kind == "phrase"


def _phase(reply: str, number: str | None) -> str | None:
    command = parse_reply(reply).command if reply else None
    if command is None and number is not None and number in CLIENT_ERRORS:
        command = CLIENT_ERRORS[number][0]
    return command


def _what_failed(t: _texts.Texts, english: _texts.Texts, number: str | None,
                 phase: str | None, info: ErrorInfo | None) -> tuple[str, str]:
    """What failed: the number's meaning, else the phase's, in the language, else in English."""
    for found in (
        t.number(number),
        t.phase(phase) if phase is not None else None,
        english.number(number),
        (info.meaning, "own") if info is not None else None,
        t.phase(None),
    ):
        if found is not None:
            return found
    fallback = english.phase(None)
    assert fallback is not None  # the English table has the phase ""
    return fallback


def _build(kind: str, verdict: Verdict, language: str | None, number: str | None,
           phase: str | None, reply: str | None, rec: ClientError | None) -> Explanation:
    reason = verdict.reason
    t = _texts.texts(language, reason)
    info = lookup(number) if number is not None else None
    failed = _what_failed(t, _texts.texts(None, reason), number, phase, info)
    title, causes, fixes = t.reason(reason)
    wait = _texts.waiting(reason, verdict.permanent)
    sources = tuple(dict.fromkeys(s for _, s in (failed, title, *causes, *fixes)))
    cause_texts = tuple(text for text, _ in causes)
    fix_texts = tuple(text for text, _ in fixes)
    lines: list[tuple[str, str | tuple[str, ...]]] = [(t.label("what_failed"), failed[0])]
    detail = []
    if number is not None:
        detail.append(f"{t.label('error_number')} {number}"
                      + (f" ({info.name})" if info is not None else ""))
    if rec is not None and rec.recipient:
        detail.append(f"{t.label('recipient')} {rec.recipient}")
    if rec is not None and rec.socket_error is not None:
        sock = lookup_socket(rec.socket_error)
        detail.append(f"{t.label('socket_error')} {rec.socket_error}"
                      + (f" ({sock[0]})" if sock else ""))
    if detail:
        lines.append(("", "  " + ", ".join(detail)))
    if reply:
        lines.append((t.label("server_reply"), " ".join(reply.split())))
    lines.append((t.label("reason"), f"{title[0]} [{reason.value}]"))
    if verdict.evidence is not None and verdict.evidence.kind in ("phrase", "status", "code"):
        lines.append((t.label("evidence"), f"\"{' '.join(verdict.evidence.text.split())}\""))
    lines.append((t.label("causes"), cause_texts))
    lines.append((t.label("fixes"), fix_texts))
    answer = "maybe" if wait is None else "yes" if wait else "no"
    lines.append((t.label("waiting"), t.label(answer)))
    return Explanation(
        language=t.language,
        kind=kind,
        what_failed=failed[0],
        reason=reason,
        title=title[0],
        causes=cause_texts,
        fixes=fix_texts,
        waiting_helps=wait,
        error_number=number,
        phase=phase,
        server_response=reply,
        evidence=verdict.evidence,
        sources=sources,
        text=_texts.render(lines),
    )
