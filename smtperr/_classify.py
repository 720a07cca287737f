"""Classifying one SMTP server reply: ``classify(response) -> Verdict``.

How a verdict is reached, most decisive first:

1. a client error number that names a client-side failure (cannot connect, timed out, login
   rejected, TLS failed, no common authentication method) decides, unless the client quotes an
   SMTP reply (a 4xx/5xx code or an enhanced status), which then explains the failure better;
2. a relay-denied phrase (or Exchange's 5.7.54/5.7.64), unless a false friend overlaps it
   ("... which is an open relay", "daily relay quota") or the reply answered EHLO/HELO;
3. vendor phrases (a service's documented text; Sisimai's Rhost tables) and false friends, by
   ``PRECEDENCE``;
4. generic phrases (Sisimai's Reason index lists, MTA defaults), by ``PRECEDENCE``, with
   Sisimai's command rules: "user unknown" in reply to DATA is ``filtered`` unless the status
   is X.1.1; content judgements never apply at CONN/EHLO/HELO; a few status codes overrule a
   phrase (5.2.3 is a limit, not "message too big");
5. the enhanced status code, the basic reply code, a wrapper phrase ("Address not found"), the
   status class (X.7 security, X.6 content), the client error number's default, the command
   (EHLO refused = blocked, STARTTLS = TLS failure);
6. otherwise ``ON_HOLD`` when there is text (Sisimai's ``onhold``), ``UNDEFINED`` when not.

All phrases, the MTA shape hints and the command phrases are compiled once, on the first call,
into ONE regular expression factored as a trie; literal phrases are named by looking their
matched text up in a dict, the rest by a marker group.  Importing this module compiles nothing.
The trie is made of literals and bounded gaps (at most 80 characters), so classification is
linear in the length of the reply.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator

from ._data import replies as _data
from ._reason import Reason
from ._records import Evidence, Verdict
from ._reply import (
    GAP,
    build_trie,
    find_code,
    find_status,
    join_continuations,
    lowered,
    normalize_command,
    squash,
)

__all__ = ["classify"]

_BEFORE_MAIL = frozenset({"CONN", "EHLO", "HELO"})

# A compiled phrase: (reason, tier, mta, is_false_friend).  Tier 0: vendor phrase or false
# friend, 1: generic phrase, 2: wrapper phrase.
_Row = tuple[Reason, int, "str | None", bool]
# A phrase found: (row, start, end) with offsets into the scanned text.
_Hit = tuple[_Row, int, int]


class _Matcher:
    """The compiled tables: one pattern plus the lookups that name what it found."""

    __slots__ = (
        "blocked_early", "code_reasons", "commands", "literals", "markers", "mtas", "pattern",
        "rank", "status_decides", "status_exact", "status_subject",
    )

    def __init__(self) -> None:
        literals: dict[str, _Row] = {}
        commands: dict[str, str] = {}
        markers: dict[str, _Row] = {}
        mtas: dict[str, str] = {}
        entries: list[tuple[str, str, str]] = []
        for raw, row in _rows():
            phrase = _phrase_key(raw)
            if not phrase:
                continue
            if GAP in phrase:
                name = f"g{len(markers)}"
                markers[name] = row
                entries.append((phrase, "", name))
            elif phrase not in literals:
                literals[phrase] = row
                entries.append((phrase, "", ""))
        for raw, verb in _data.COMMAND_PHRASES:
            phrase = _phrase_key(raw)
            if phrase not in literals and phrase not in commands:
                commands[phrase] = verb
                entries.append((phrase, "", ""))
        for i, (prefix, tail, mta, _source) in enumerate(_data.MTA_HINTS):
            name = f"h{i}"
            mtas[name] = mta
            entries.append((prefix, tail, name))
        self.pattern = re.compile(build_trie(entries))
        self.literals = literals
        self.commands = commands
        self.markers = markers
        self.mtas = mtas
        self.rank = {Reason(r): i for i, r in enumerate(_data.PRECEDENCE)}
        self.blocked_early = frozenset(Reason(r) for r in _data.NOT_BEFORE_MAIL)
        self.status_decides = frozenset(
            (Reason(a), Reason(b)) for a, b in _data.STATUS_DECIDES
        )
        self.status_exact = {k: Reason(v) for k, v in _data.STATUS_REASONS.items()}
        self.status_subject = {k: Reason(v) for k, v in _data.STATUS_SUBJECT_DEFAULTS.items()}
        self.code_reasons = {k: Reason(v) for k, v in _data.REPLY_CODE_REASONS.items()}

    def scan(
        self, low: str
    ) -> tuple[list[_Hit], str | None, tuple[str, tuple[int, int]] | None]:
        """Every phrase found, the first MTA hint and the first command phrase.

        Matches do not overlap; at each position the longest phrase is taken, and phrases
        start at a word, so a phrase hidden inside a longer one is one it would restate.
        """
        hits: list[_Hit] = []
        mta: str | None = None
        command: tuple[str, tuple[int, int]] | None = None
        literals = self.literals
        for m in self.pattern.finditer(low):
            name = m.lastgroup
            if name is None:
                found = m.group()
                row = literals.get(found)
                if row is None:
                    found = squash(found)
                    row = literals.get(found)
                if row is not None:
                    hits.append((row, m.start(), m.end()))
                elif command is None and found in self.commands:
                    command = (self.commands[found], m.span())
            elif name[0] == "g":
                hits.append((self.markers[name], m.start(), m.end(name)))
            elif mta is None:
                mta = self.mtas[name]
        return hits, mta, command

    def choose(
        self, hits: list[_Hit], tier: int, status_reason: Reason | None, command: str | None
    ) -> _Hit | None:
        """The hit of ``tier`` that decides: by precedence, then position."""
        best: _Hit | None = None
        best_key = (1 << 30, 0)
        rank = self.rank
        for hit in hits:
            row = hit[0]
            reason = row[0]
            if row[1] != tier or reason is Reason.RELAY_DENIED:
                continue
            if command in _BEFORE_MAIL and reason in self.blocked_early:
                continue
            if (
                tier == 1
                and status_reason is not None
                and (reason, status_reason) in self.status_decides
            ):
                continue
            key = (rank.get(reason, len(rank)), hit[1])
            if key < best_key:
                best, best_key = hit, key
        return best


def _phrase_key(raw: str) -> str:
    """A phrase as the matcher stores it: lower case, single spaces, no leading space (phrases
    that start a word only match at a word start anyway)."""
    phrase = squash(raw.lower())
    stripped = phrase.lstrip(" ")
    if stripped[:1].isascii() and stripped[:1].isalnum():
        return stripped
    return phrase if phrase.strip() else ""


def _rows() -> Iterator[tuple[str, _Row]]:
    """Every phrase of the data tables and of the language modules, most decisive first."""
    tables = ((0, _data.VENDOR_PHRASES), (1, _data.PHRASES), (2, _data.WRAPPER_PHRASES))
    for phrase, reason, mta, _source in _data.FALSE_FRIENDS:
        yield phrase, (Reason(reason), 0, mta or None, True)
    for tier, table in tables:
        for reason, rows in table.items():
            for phrase, mta, _source in rows:
                yield phrase, (Reason(reason), tier, mta or None, False)
    try:
        from ._tables import all_locales

        locales = all_locales()
    except Exception:  # a language module being written may not import yet
        locales = ()
    for locale in locales:
        for reason, phrases in locale.server_phrases.items():
            try:
                value = Reason(reason)
            except ValueError:
                continue
            for phrase in phrases:
                yield phrase, (value, 1, None, False)


@functools.cache
def _matcher() -> _Matcher:
    """The one compiled matcher; built on the first classification."""
    return _Matcher()


def _normalize_error_number(number: str | int | None) -> str | None:
    """``0x800ccc79`` / ``800CCC79`` / ``2148322425`` / ``-2146644871`` -> ``0x800CCC79``."""
    if number is None:
        return None
    if isinstance(number, bool) or not isinstance(number, (str, int)):
        raise TypeError(
            "classify() error_number must be str, int or None, "
            f"not {type(number).__name__}"
        )
    if isinstance(number, int):
        return f"0x{number & 0xFFFFFFFF:08X}"
    text = number.strip()
    if not text:
        return None
    digits = text.lstrip("-")
    try:
        if text[:2].lower() == "0x":
            value = int(text[2:], 16)
        elif digits.isdigit() and len(digits) > 8:
            value = int(text)
        else:
            value = int(text, 16)
    except ValueError:
        return None
    return f"0x{value & 0xFFFFFFFF:08X}"


@functools.lru_cache(maxsize=4096)
def _classify_cached(response: str, number: str | None, command: str | None) -> Verdict:
    return _classify(response, number, command)


def classify(
    response: str, *, error_number: str | int | None = None, command: str | None = None
) -> Verdict:
    """What a server reply means: reason, codes, permanence, the evidence, the likely MTA.

    ``response`` is the server's reply as the client showed it.  ``error_number`` is the
    client's error number (``"0x800CCC79"``), ``command`` the SMTP command the reply answered
    (``"RCPT"``, ``"MAIL"``, ``"DATA"``, ``"EHLO"``, ``"CONN"``, ...); both are optional and
    sharpen the verdict.  Never raises for a ``str``; ``TypeError`` for anything else.

    Verdicts of short replies are cached (the last 4096), since the same server reply tends to
    come back many times; see ``benchmarks/bench_classify.py`` for cached and uncached speed.
    """
    if not isinstance(response, str):
        raise TypeError(
            "classify() needs the server reply as str, not "
            f"{type(response).__name__}; decode bytes first, e.g. "
            "data.decode('utf-8', 'replace')"
        )
    if command is not None and not isinstance(command, str):
        raise TypeError(
            f"classify() command must be str or None, not {type(command).__name__}"
        )
    number = _normalize_error_number(error_number)
    if len(response) <= 512:
        return _classify_cached(response, number, command)
    return _classify(response, number, command)


def _classify(response: str, number: str | None, command: str | None) -> Verdict:
    """The uncached classifier (see the module docstring for the order of decisions)."""
    client = _data.CLIENT_ERRORS.get(number) if number is not None else None
    text, offsets = join_continuations(response)
    low = lowered(text)
    matcher = _matcher()
    hits, mta, text_command = matcher.scan(low)
    code_found = find_code(low)
    code, code_span = code_found if code_found is not None else (None, None)
    status_found = find_status(low, code, code_span[1] if code_span else None)
    status, status_span = status_found if status_found is not None else (None, None)
    if offsets is not None:
        hits = [(row, *offsets.span((start, end))) for row, start, end in hits]
        code_span = offsets.span(code_span) if code_span else None
        status_span = offsets.span(status_span) if status_span else None
        if text_command is not None:
            text_command = (text_command[0], offsets.span(text_command[1]))
    if code is not None and code // 100 in (4, 5):
        permanent: bool | None = code >= 500
    elif status is not None and status[0] in "45":
        permanent = status[0] == "5"
    else:
        permanent = None
    if mta is None and code is not None:
        mta = _data.REPLY_CODE_MTAS.get(code)
    cmd = normalize_command(command) if command else None
    if cmd is None:
        cmd = text_command[0] if text_command else (client[0] if client else None)

    reason, evidence, phrase_mta = _decide(
        matcher, response, hits, client, number, cmd, command, text_command, code, code_span,
        status, status_span,
    )
    by_number = evidence is not None and evidence.kind == "error_number"
    return Verdict(
        reason=reason,
        smtp_code=code,
        enhanced_status=status,
        permanent=permanent,
        evidence=evidence,
        mta=None if by_number else (mta or phrase_mta),
    )


def _decide(
    matcher: _Matcher,
    response: str,
    hits: list[_Hit],
    client: tuple[str | None, str | None] | None,
    number: str | None,
    cmd: str | None,
    command: str | None,
    text_command: tuple[str, tuple[int, int]] | None,
    code: int | None,
    code_span: tuple[int, int] | None,
    status: str | None,
    status_span: tuple[int, int] | None,
) -> tuple[Reason, Evidence | None, str | None]:
    """The reason, its evidence and the MTA of the deciding phrase, in the documented order."""
    # 1. A client-side failure named by the client's own error number, unless the client
    # quotes an SMTP reply (which then says more than the client's generic number).
    client_reason = client[1] if client is not None else None
    client_side = client_reason in _data.CLIENT_SIDE_REASONS
    if client_reason is not None and client_side and code is None and status is None:
        return Reason(client_reason), Evidence(str(number), (0, 0), "error_number"), None

    # 2. Relay denied: its phrases, minus those a false friend overlaps.
    vetoes = [(h[1], h[2]) for h in hits if h[0][3]]
    if cmd not in _BEFORE_MAIL:
        relay = [
            h for h in hits
            if h[0][0] is Reason.RELAY_DENIED and not _overlaps(vetoes, h[1], h[2])
        ]
        if relay:
            hit = min(relay, key=lambda h: (h[0][1], h[1]))
            return _phrase(response, hit, Reason.RELAY_DENIED)
        if status in _data.RELAY_STATUS and not vetoes and status_span is not None:
            return Reason.RELAY_DENIED, _evidence(response, status_span, "status"), "exchange"

    status_reason: Reason | None = None
    if status is not None:
        status_reason = matcher.status_exact.get(status) or matcher.status_exact.get(
            "X" + status[1:]
        )

    # 3./4. Vendor phrases and false friends, then generic phrases.
    best = matcher.choose(hits, 0, status_reason, cmd)
    if best is not None:
        return _phrase(response, best, best[0][0])
    best = matcher.choose(hits, 1, status_reason, cmd)
    if best is not None:
        if (
            best[0][0] is Reason.USER_UNKNOWN
            and cmd == "DATA"
            and status_reason is not Reason.USER_UNKNOWN
        ):
            # Sisimai Filtered: "user unknown" in reply to DATA is recipient-side filtering.
            return _phrase(response, best, Reason.FILTERED)
        return _phrase(response, best, best[0][0])

    # 5. Codes, wrapper phrases, the client's error number, the command.
    if status_reason is not None and status_span is not None:
        return status_reason, _evidence(response, status_span, "status"), None
    if code is not None and code_span is not None:
        code_reason = matcher.code_reasons.get(code)
        if code_reason is not None:
            return code_reason, _evidence(response, code_span, "code"), None
    wrapper = matcher.choose(hits, 2, status_reason, cmd)
    if wrapper is not None:
        return _phrase(response, wrapper, wrapper[0][0])
    if status is not None and status_span is not None:
        subject_reason = matcher.status_subject.get("X." + status.split(".")[1])
        if subject_reason is not None:
            return subject_reason, _evidence(response, status_span, "status"), None
    if client_reason is not None and not client_side:
        return Reason(client_reason), Evidence(str(number), (0, 0), "error_number"), None
    if cmd is not None and cmd in _data.COMMAND_REASONS and not client_side:
        if command is None and text_command is not None:
            ev = _evidence(response, text_command[1], "command")
        else:
            ev = Evidence(cmd, (0, 0), "command")
        return Reason(_data.COMMAND_REASONS[cmd]), ev, None

    # 6. Text without a decisive part: Sisimai's "onhold"; nothing at all: undefined.
    if client_reason is not None and client_side:
        return Reason(client_reason), Evidence(str(number), (0, 0), "error_number"), None
    stripped = response.strip()
    if stripped:
        start = response.index(stripped)
        return Reason.ON_HOLD, Evidence(stripped, (start, start + len(stripped)), "default"), None
    return Reason.UNDEFINED, None, None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether (start, end) overlaps one of ``spans`` (sorted, not overlapping each other)."""
    i = bisect_left(spans, (end, -1)) - 1  # the last span that starts before ``end``
    return i >= 0 and spans[i][1] > start


def _evidence(response: str, span: tuple[int, int], kind: str) -> Evidence:
    return Evidence(response[span[0] : span[1]], span, kind)


def _phrase(response: str, hit: _Hit, reason: Reason) -> tuple[Reason, Evidence, str | None]:
    return reason, Evidence(response[hit[1] : hit[2]], (hit[1], hit[2]), "phrase"), hit[0][2]
