"""How a verdict is reached: the steps of ``smtperr._classify``'s docstring, one rule each.

A ``Reading`` is what the classifier computes about a reply before judging it: the phrases
found, the codes, the command, the client's error number.  ``RULES`` is the ordered tuple of
decisions (like Sisimai's ``ClassOrder``): each rule looks at one thing and answers with a
``Decision`` or ``None``; ``decide`` returns the first answer.  Keeping each step a small
function lets the order be read, tested and changed in one place.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable

from .._compile.phrases import Hit, phrase_table
from .._data import replies as _data
from .._reason import Reason
from .._records import Evidence
from .reply import assemble, join_continuations, lowered, normalize_command

__all__ = ["RULES", "Decision", "Reading", "decide"]

# (reason, evidence, mta of the deciding phrase)
Decision = tuple[Reason, "Evidence | None", "str | None"]

_BEFORE_MAIL = frozenset({"CONN", "EHLO", "HELO"})


class _Policy:
    """The data tables the rules consult, as ``Reason`` values (built once, on first use)."""

    __slots__ = ("blocked_early", "code_reasons", "rank", "status_decides", "status_exact",
                 "status_subject")

    def __init__(self) -> None:
        self.rank = {Reason(r): i for i, r in enumerate(_data.PRECEDENCE)}
        self.blocked_early = frozenset(Reason(r) for r in _data.NOT_BEFORE_MAIL)
        self.status_decides = frozenset(
            (Reason(a), Reason(b)) for a, b in _data.STATUS_DECIDES
        )
        self.status_exact = {k: Reason(v) for k, v in _data.STATUS_REASONS.items()}
        self.status_subject = {k: Reason(v) for k, v in _data.STATUS_SUBJECT_DEFAULTS.items()}
        self.code_reasons = {k: Reason(v) for k, v in _data.REPLY_CODE_REASONS.items()}


@functools.cache
def _policy() -> _Policy:
    return _Policy()


class Reading:
    """What the classifier knows about one reply; every span is an offset into ``response``.

    Built by reading the reply once: continuation lines joined, one phrase scan, the codes.
    ``cmd`` is the command the reply answered (the caller's, else the one the text names, else
    the phase of the client's error number); ``command_given`` says whether the caller named
    one.  ``mta`` is the first MTA shape hint (or the MTA of a reply code only one MTA uses).
    """

    __slots__ = ("client_reason", "client_side", "cmd", "command_given", "hits", "mta",
                 "number", "policy", "reply", "response", "status_reason")

    def __init__(self, response: str, number: str | None, command: str | None) -> None:
        text, offsets = join_continuations(response)
        low = lowered(text)
        hits, mta, text_command = phrase_table().scan(low)
        reply = assemble(text, low, offsets, text_command, False)
        if offsets is not None:
            hits = [(row, *offsets.span((start, end))) for row, start, end in hits]
        policy = _policy()
        client = _data.CLIENT_ERRORS.get(number) if number is not None else None
        cmd = normalize_command(command) if command else None
        if cmd is None:
            cmd = reply.command or (client[0] if client else None)
        code, status = reply.code, reply.status
        if mta is None and code is not None:
            mta = _data.REPLY_CODE_MTAS.get(code)
        self.response = response
        self.reply = reply
        self.hits = hits
        self.mta = mta
        self.number = number
        self.cmd = cmd
        self.command_given = command is not None
        reason = client[1] if client is not None else None
        self.client_reason = reason
        self.client_side = reason is not None and reason in _data.CLIENT_SIDE_REASONS
        self.policy = policy
        self.status_reason = None if status is None else (
            policy.status_exact.get(status) or policy.status_exact.get("X" + status[1:])
        )


# ------------------------------------------------------------------------------------- rules


def client_failure(r: Reading) -> Decision | None:
    """1. The client's number names a client-side failure and no SMTP reply is quoted."""
    if r.client_side and r.reply.code is None and r.reply.status is None:
        return _by_number(r)
    return None


def relay_phrase(r: Reading) -> Decision | None:
    """2. A relay-denied phrase no false friend overlaps; never for a reply to EHLO/HELO."""
    if r.cmd in _BEFORE_MAIL:
        return None
    relay = [h for h in r.hits if h[0][0] is Reason.RELAY_DENIED]
    if relay:
        vetoes = _vetoes(r)
        relay = [h for h in relay if not _overlaps(vetoes, h[1], h[2])]
    if not relay:
        return None
    hit = min(relay, key=lambda h: (h[0][1], h[1]))  # most specific tier, then first
    return _phrase(r, hit, Reason.RELAY_DENIED)


def relay_status(r: Reading) -> Decision | None:
    """2. Exchange's relay statuses (5.7.54, 5.7.64), unless a false friend is in the text."""
    span = r.reply.status_span
    if r.reply.status not in _data.RELAY_STATUS or span is None or r.cmd in _BEFORE_MAIL:
        return None
    if _vetoes(r):
        return None
    return Reason.RELAY_DENIED, _evidence(r, span, "status"), "exchange"


def vendor_phrase(r: Reading) -> Decision | None:
    """3. A service's documented phrase or a false friend, by ``PRECEDENCE``."""
    best = _choose(r, 0)
    return None if best is None else _phrase(r, best, best[0][0])


def generic_phrase(r: Reading) -> Decision | None:
    """4. A generic phrase, by ``PRECEDENCE``, with Sisimai's command rules."""
    best = _choose(r, 1)
    if best is None:
        return None
    reason = best[0][0]
    if reason is Reason.USER_UNKNOWN and r.cmd == "DATA" and (
        r.status_reason is not Reason.USER_UNKNOWN
    ):
        # Sisimai Filtered: "user unknown" in reply to DATA is recipient-side filtering.
        reason = Reason.FILTERED
    return _phrase(r, best, reason)


def status_code(r: Reading) -> Decision | None:
    """5. An enhanced status code with a meaning of its own (5.1.1, 5.7.26, ...)."""
    span = r.reply.status_span
    if r.status_reason is None or span is None:
        return None
    return r.status_reason, _evidence(r, span, "status"), None


def reply_code(r: Reading) -> Decision | None:
    """5. A basic reply code with one meaning (535, 552, ...)."""
    code, span = r.reply.code, r.reply.code_span
    if code is None or span is None:
        return None
    reason = r.policy.code_reasons.get(code)
    return None if reason is None else (reason, _evidence(r, span, "code"), None)


def wrapper_phrase(r: Reading) -> Decision | None:
    """5. What a sending service writes around the reply ("Address not found")."""
    best = _choose(r, 2)
    return None if best is None else _phrase(r, best, best[0][0])


def status_class(r: Reading) -> Decision | None:
    """5. The status subject's default: X.7 security, X.6 content."""
    status, span = r.reply.status, r.reply.status_span
    if status is None or span is None:
        return None
    reason = r.policy.status_subject.get("X." + status.split(".")[1])
    return None if reason is None else (reason, _evidence(r, span, "status"), None)


def client_default(r: Reading) -> Decision | None:
    """5. The default reason of the client's error number (0x800CCC78: sender rejected)."""
    return None if r.client_side else _by_number(r)


def command(r: Reading) -> Decision | None:
    """5. The command alone: EHLO refused is ``blocked``, STARTTLS a TLS failure."""
    cmd = r.cmd
    if cmd is None or cmd not in _data.COMMAND_REASONS or r.client_side:
        return None
    span = r.reply.command_span
    if not r.command_given and span is not None:
        evidence = _evidence(r, span, "command")
    else:
        evidence = Evidence(cmd, (0, 0), "command")
    return Reason(_data.COMMAND_REASONS[cmd]), evidence, None


def client_failure_quoted(r: Reading) -> Decision | None:
    """6. A client-side failure whose quoted SMTP reply said nothing decisive after all."""
    return _by_number(r) if r.client_side else None


def on_hold(r: Reading) -> Decision | None:
    """6. Text without a decisive part: Sisimai's ``onhold``."""
    stripped = r.response.strip()
    if not stripped:
        return None
    start = r.response.index(stripped)
    return Reason.ON_HOLD, Evidence(stripped, (start, start + len(stripped)), "default"), None


def undefined(r: Reading) -> Decision | None:
    """6. Nothing at all."""
    return Reason.UNDEFINED, None, None


RULES: tuple[Callable[[Reading], Decision | None], ...] = (
    client_failure,
    relay_phrase,
    relay_status,
    vendor_phrase,
    generic_phrase,
    status_code,
    reply_code,
    wrapper_phrase,
    status_class,
    client_default,
    command,
    client_failure_quoted,
    on_hold,
    undefined,
)


def decide(r: Reading) -> Decision:
    """The first rule's answer (``undefined`` always answers)."""
    for rule in RULES:
        decision = rule(r)
        if decision is not None:
            return decision
    raise AssertionError("the last rule always answers")


# ----------------------------------------------------------------------------------- helpers


def _choose(r: Reading, tier: int) -> Hit | None:
    """The hit of ``tier`` that decides: by precedence, then position.

    Relay phrases are left to ``relay_phrase``; content judgements are skipped before MAIL; a
    phrase the status code overrules (``STATUS_DECIDES``) is skipped among generic phrases.
    """
    policy = r.policy
    rank = policy.rank
    early = r.cmd in _BEFORE_MAIL
    status_reason = r.status_reason
    best: Hit | None = None
    best_key = (1 << 30, 0)
    for hit in r.hits:
        row = hit[0]
        reason = row[0]
        if row[1] != tier or reason is Reason.RELAY_DENIED:
            continue
        if early and reason in policy.blocked_early:
            continue
        if (
            tier == 1
            and status_reason is not None
            and (reason, status_reason) in policy.status_decides
        ):
            continue
        key = (rank.get(reason, len(rank)), hit[1])
        if key < best_key:
            best, best_key = hit, key
    return best


def _vetoes(r: Reading) -> list[tuple[int, int]]:
    """The spans of the false friends found: in text order, never overlapping each other."""
    return [(h[1], h[2]) for h in r.hits if h[0][3]]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether (start, end) overlaps one of ``spans`` (sorted, not overlapping each other)."""
    i = bisect_left(spans, (end, -1)) - 1  # the last span that starts before ``end``
    return i >= 0 and spans[i][1] > start


def _evidence(r: Reading, span: tuple[int, int], kind: str) -> Evidence:
    return Evidence(r.response[span[0] : span[1]], span, kind)


def _phrase(r: Reading, hit: Hit, reason: Reason) -> Decision:
    return reason, Evidence(r.response[hit[1] : hit[2]], (hit[1], hit[2]), "phrase"), hit[0][2]


def _by_number(r: Reading) -> Decision | None:
    if r.client_reason is None:
        return None
    return Reason(r.client_reason), Evidence(str(r.number), (0, 0), "error_number"), None
