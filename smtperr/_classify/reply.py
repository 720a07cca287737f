"""Reading one SMTP server reply: the codes and the command it answers, without judging it.

Replies reach a mail client in many shapes: ``550-`` continuation lines (or the same lines
flattened into one), codes glued to text (``RCPT TO:550 5.1.1``), qmail's ``(#5.7.1)``,
Postfix's ``(in reply to RCPT TO command)``, IP addresses and version numbers that look like
enhanced status codes (``192.0.2.24``, ``5.7.1.100``, ``Exim 4.94.2``).  ``parse_reply`` finds
the basic reply code, the enhanced status, an Exchange diagnostic code and the SMTP command, and
joins continuation lines; every span it reports is an offset into the string it was given.
``assemble`` is the one place a ``Reply`` is put together: the classifier calls it too, with the
command its phrase scan already found.

Every pattern starts with a literal or a small character class (so the regex engine skips
ahead quickly) and is bounded, so parsing is linear in the input length.  Nothing is compiled
at import time.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import NamedTuple

from .._compile.trie import lower_one_for_one, phrase_trie, squash
from .._data.replies import COMMAND_ALIASES, COMMAND_PHRASES

__all__ = [
    "OffsetMap",
    "Reply",
    "assemble",
    "find_code",
    "find_command",
    "find_diagnostic",
    "find_status",
    "join_continuations",
    "lowered",
    "normalize_command",
    "parse_reply",
]

# What may stand right before a reply code: quotes, brackets, white space ...
_CODE_OPENERS = " \t\r\n'\"`([<#*"
# ... after the start of the reply or after one of these (a colon, "<<<", a word that
# introduces a reply: "host x said: 550", "Remote Server returned '550", "reason: 550").
# What may follow a reply code (the "code" pattern's boundary) and the digits it is made of.
_CODE_ENDS = frozenset(" \t\r\n\v\f-:;,.'\"])>")
_DIGITS = frozenset("0123456789")
# Before a colon glued to a number, what makes it a part of an address (an IPv6 address, a
# host's port) rather than a reply's introduction ("said:554").
_ADDRESS_COLON = frozenset("0123456789:")
_CODE_INTROS = (
    ":", ";", "<<<", "said", "returned", "responded", "replied", "reason", "response", "reply",
    "error", "code", "was", "with",
)


class OffsetMap:
    """Maps offsets of a joined text back to the text it was made from.

    Built from ``(joined_offset, original_offset)`` pairs, one at the start of every kept
    segment.
    """

    __slots__ = ("_joined", "_original")

    def __init__(self, cuts: list[tuple[int, int]]) -> None:
        self._joined = [c[0] for c in cuts]
        self._original = [c[1] for c in cuts]

    def __call__(self, offset: int) -> int:
        i = bisect_right(self._joined, offset) - 1
        if i < 0:
            return offset
        return self._original[i] + offset - self._joined[i]

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A (start, end) span of the joined text as a span of the original."""
        start = self(span[0])
        end = self(span[1] - 1) + 1 if span[1] > span[0] else start
        return (start, end)


class Reply(NamedTuple):
    """The parts of a reply; spans are ``(start, end)`` offsets into the original string.

    ``text`` is the reply with continuation lines joined; ``offsets`` maps its offsets back to
    the original (None when nothing was joined).  (A named tuple: one is built for every reply
    classified, and an attrs class costs the first ``parse`` ~1 ms to create.)
    """

    text: str
    code: int | None = None
    code_span: tuple[int, int] | None = None
    status: str | None = None
    status_span: tuple[int, int] | None = None
    diagnostic_code: str | None = None
    diagnostic_span: tuple[int, int] | None = None
    command: str | None = None
    command_span: tuple[int, int] | None = None
    offsets: OffsetMap | None = None

    @property
    def permanent(self) -> bool | None:
        """True for 5xx / 5.x.x, False for 4xx / 4.x.x, None when neither is known."""
        if self.code is not None and self.code // 100 in (4, 5):
            return self.code // 100 == 5
        if self.status is not None and self.status[0] in "45":
            return self.status[0] == "5"
        return None


RFC_BACK = 16  # how far before a status the RFC number it would be a section of is looked for


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The parser's regular expressions, compiled on first use."""
    boundary = r"(?=[\s\-:;,.'\"\])>]|$)"
    status = r"(?P<status>[245]\.[0-7]\.[0-9]{1,3})(?![0-9])(?!\.[0-9])"
    return {
        # A continuation prefix "550-" / "550-5.7.1 " (checked to start a line or follow
        # white space: Sisimai and many clients flatten multi-line replies into one line).
        "continuation": re.compile(
            r"[245][0-9]{2}-(?:#?[245]\.[0-7]\.[0-9]{1,3}(?![0-9])[ \t]*)?"
        ),
        # Every candidate reply code: 2xx-5xx, not part of a longer or dotted number.  The
        # character class comes first so the engine can skip ahead quickly.
        "code": re.compile(r"[245](?<![0-9.][245])[0-9]{2}(?![0-9])(?![.,][0-9])" + boundary),
        # What may follow a code found inside a transcript ("... 551 not our user"): a status
        # or a word.
        "code_inner": re.compile(r"[ -](?:[245]\.[0-7]\.[0-9]|[a-z])"),
        # An enhanced status code: class 2/4/5, subject 0-7, detail 1-3 digits; never part of
        # a dotted number (IP address, 5.7.1.100, version 4.94.2): the character before it is
        # checked by the caller.
        "status": re.compile(status),
        # A status right after the reply code ("550 5.7.1", "550-5.7.1", "550 #5.7.1").
        "status_after_code": re.compile(r"[ \t\-:]{0,4}[#(]?" + status),
        # A section of an RFC, not a status ("Invalid HELO name (See RFC2821 4.1.3)").
        "rfc_section": re.compile(r"(?:rfc[ \t]?[0-9]{3,4}|section)[ \t,]{1,3}\Z"),
        # Exchange's diagnostic codes, in capitals: RESOLVER.ADR.RecipNotFound, ...
        "diagnostic": re.compile(
            r"(?:RESOLVER|STOREDRV|SMTPSEND|ROUTING|AMSMTP)\.[A-Za-z]{2,24}"
            r"(?:\.[A-Za-z]{2,40})?"
        ),
    }


@functools.cache
def _command_pattern() -> re.Pattern[str]:
    """The command phrases as one trie (the classifier finds them in its own phrase scan, so
    only ``parse_reply`` compiles this)."""
    return re.compile(phrase_trie((phrase, "", "") for phrase, _verb in COMMAND_PHRASES))


@functools.cache
def _command_lookup() -> dict[str, str]:
    return {squash(phrase): verb for phrase, verb in COMMAND_PHRASES}


def normalize_command(command: str | None) -> str | None:
    """``"rcpt to"`` / ``"RCPT"`` / ``"end of DATA"`` -> ``"RCPT"`` / ``"DATA"``; None if empty.

    A verb the table does not know is returned upper-cased, so callers may pass any verb.
    """
    if not command:
        return None
    key = " ".join(command.replace("_", " ").split()).upper()
    if not key:
        return None
    return COMMAND_ALIASES.get(key, key)


def _starts_reply(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in " \t\r\n"


def join_continuations(text: str) -> tuple[str, OffsetMap | None]:
    """Joins ``550-`` continuation lines into one line of text.

    The first prefix (the reply's own ``550-5.7.1``) is kept; every later continuation prefix
    (``550-``, ``550-5.7.1 ``) and the last line's ``550 5.7.1 `` are dropped, and the line
    break before each becomes one space.  Returns the joined text and a map of its offsets to
    ``text`` (None when nothing was joined).
    """
    if "-" not in text:
        return text, None
    cont = _patterns()["continuation"]
    found = [m.span() for m in cont.finditer(text) if _starts_reply(text, m.start())]
    if not found or (len(found) < 2 and "\n" not in text):
        return text, None
    first_start, first_end = found[0]
    code = re.escape(text[first_start : first_start + 3])
    last_line = re.compile(
        r"\n[ \t]*(" + code + r" (?:#?[245]\.[0-7]\.[0-9]{1,3}(?![0-9])[ \t]*)?)"
    )
    removals = found[1:] + [m.span(1) for m in last_line.finditer(text, first_end)]
    if not removals:
        return text, None
    removals.sort()
    cuts: list[tuple[int, int]] = [(0, 0)]
    parts: list[str] = []
    joined_len = 0
    pos = 0
    for start, end in removals:
        if start < pos:
            continue
        piece = text[pos:start].rstrip(" \t\r\n")
        parts.append(piece)
        parts.append(" ")
        joined_len += len(piece) + 1
        pos = end
        cuts.append((joined_len, pos))
    parts.append(text[pos:])
    return "".join(parts), OffsetMap(cuts)


def find_code(low: str) -> tuple[int, tuple[int, int]] | None:
    """The reply code of a lower-cased reply and its span.

    The first code at the start or after a word that introduces a reply (``said:``,
    ``returned '``, ``<<<``, ...); when a transcript holds several replies (``450 busy ... 551
    not our user``) the first 5xx one wins, because a later permanent refusal is what ended
    the delivery.  Codes inside a transcript that no such word introduces count only when
    nothing else does.
    """
    if (
        low[:1] == "5"
        and low[1:2] in _DIGITS
        and low[2:3] in _DIGITS
        and (
            len(low) == 3
            or (low[3] in _CODE_ENDS and not (low[3] in ".," and low[4:5] in _DIGITS))
        )
    ):
        # The common case, a reply that starts with its 5xx code: nothing later can win.
        return int(low[:3]), (0, 3)
    pats = _patterns()
    inner = pats["code_inner"].match
    found: tuple[int, tuple[int, int]] | None = None
    loose: tuple[int, tuple[int, int]] | None = None
    for m in pats["code"].finditer(low):
        start, end = m.span()
        value = int(m.group())
        before = low[max(0, start - 24) : start].rstrip(_CODE_OPENERS)
        if low[start - 1 : start] == ":" and low[start - 2 : start - 1] in _ADDRESS_COLON:
            continue  # a group of an address, not a reply's code ("nongnu.org:2001:470:142")
        if (not before and start <= 8) or before.endswith(_CODE_INTROS):
            if found is None or (value >= 500 and found[0] < 500):
                found = (value, (start, end))
        elif _starts_reply(low, start) and inner(low, end) is not None:
            if loose is None or (value >= 500 and loose[0] < 500):
                loose = (value, (start, end))
        else:
            continue
        if found is not None and found[0] >= 500:
            return found
    if found is None:
        # Without an introduced code, a bare number counts only when an enhanced status
        # follows it ("... 550 5.1.1 ..."): "first 500 steps" is not a reply.
        if loose is not None and status_follows(low, loose[1][1]):
            return loose
        return None
    if found[0] < 500 and loose is not None and loose[0] >= 500 and loose[1][0] > found[1][0]:
        return loose
    return found


def status_follows(low: str, end: int) -> bool:
    """Whether an enhanced status code stands right after offset ``end``."""
    return _patterns()["status_after_code"].match(low, end) is not None


def find_status(
    text: str, code: int | None, code_end: int | None
) -> tuple[str, tuple[int, int]] | None:
    """The enhanced status code: right after the reply code, else the first of the code's class.

    2.x.x codes are ignored unless the reply code is 2xx; a status inside a dotted number is
    never taken.
    """
    pats = _patterns()
    if code_end is not None:
        m = pats["status_after_code"].match(text, code_end)
        if m is not None:
            return m.group("status"), m.span("status")
    wanted = str(code // 100) if code is not None else None
    fallback: tuple[str, tuple[int, int]] | None = None
    for m in pats["status"].finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "._"):
            continue
        if pats["rfc_section"].search(text, max(0, start - RFC_BACK), start) is not None:
            continue
        value = m.group("status")
        if value[0] == "2" and wanted != "2":
            continue
        if wanted is None or value[0] == wanted:
            return value, m.span("status")
        if fallback is None:
            fallback = value, m.span("status")
    return fallback


def find_command(low: str) -> tuple[str, tuple[int, int]] | None:
    """The SMTP command a lower-cased reply names (Postfix, Exim, qmail phrasing)."""
    m = _command_pattern().search(low)
    if m is None:
        return None
    verb = _command_lookup().get(squash(m.group()))
    return (verb, m.span()) if verb is not None else None


def find_diagnostic(text: str) -> tuple[str, tuple[int, int]] | None:
    """An Exchange diagnostic code such as ``RESOLVER.ADR.RecipNotFound``."""
    for m in _patterns()["diagnostic"].finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "._"):
            continue
        return m.group(), m.span()
    return None


def lowered(text: str) -> str:
    """Lower case with the same length, so offsets stay valid for the original string."""
    return lower_one_for_one(text)


def parse_reply(response: str) -> Reply:
    """The code, enhanced status, diagnostic code and command of one server reply."""
    if not isinstance(response, str):
        raise TypeError(
            f"parse_reply() needs the reply as str, not {type(response).__name__}"
        )
    text, offsets = join_continuations(response)
    low = lowered(text)
    return assemble(text, low, offsets, find_command(low))


def assemble(
    text: str,
    low: str,
    offsets: OffsetMap | None,
    command: tuple[str, tuple[int, int]] | None,
    diagnostic: bool = True,
) -> Reply:
    """A ``Reply`` from a joined text, its lower-cased form and a command already found.

    Spans are mapped back through ``offsets``.  ``diagnostic=False`` skips the Exchange
    diagnostic code, which the classifier does not use (one regex search less per reply).
    """
    code_found = find_code(low)
    code, code_span = code_found if code_found is not None else (None, None)
    status_found = find_status(low, code, code_span[1] if code_span else None)
    status, status_span = status_found if status_found is not None else (None, None)
    diag_found = find_diagnostic(text) if diagnostic and "." in text else None
    diag, diag_span = diag_found if diag_found is not None else (None, None)
    verb, command_span = command if command is not None else (None, None)
    if offsets is not None:
        code_span = offsets.span(code_span) if code_span else None
        status_span = offsets.span(status_span) if status_span else None
        diag_span = offsets.span(diag_span) if diag_span else None
        command_span = offsets.span(command_span) if command_span else None
    return Reply(
        text, code, code_span, status, status_span, diag, diag_span, verb, command_span, offsets
    )
