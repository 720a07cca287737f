"""How a verdict is reached: the steps of ``smtperr._classify``'s docstring, one rule each.

A ``Reading`` is what the classifier computes about a reply before judging it: the phrases
found, the codes, the phase (the command the reply answered), the client's error number.
``RULES`` is the ordered tuple of decisions (like Sisimai's ``ClassOrder``): each rule looks at
one thing and answers with a ``Decision`` or ``None``; ``decide`` returns the first answer.
Keeping each step a small function lets the order be read, tested and changed in one place.

The phase, in this order: the caller's ``command``; else the command the text names ("(in reply
to end of DATA command)", "after RCPT TO"); else the phase of the client's error number
(0x800CCC79 RCPT, 0x800CCC78 MAIL, 0x800CCC0E/0F CONN, 0x800CCC90/92 AUTH, 0x800CCC7D
STARTTLS).  A DATA reply that says every recipient was already refused ("Error: no valid
recipients") quotes refusals made at RCPT: without a status of its own its phase is RCPT (with
one, the status decides as Sisimai's does).  Text that a local delivery program wrote (a
mailer_error phrase: "procmail: ", "pipe to |") is the local-delivery phase.
"""

from __future__ import annotations

import functools
import re
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

    __slots__ = ("blocked_early", "code_reasons", "local", "rank", "status_decides",
                 "status_exact", "status_subject", "vendor_codes", "vendor_literals",
                 "vendor_phases")

    def __init__(self) -> None:
        self.rank = {Reason(r): i for i, r in enumerate(_data.PRECEDENCE)}
        self.blocked_early = frozenset(Reason(r) for r in _data.NOT_BEFORE_MAIL)
        self.status_decides = frozenset(
            (Reason(a), Reason(b)) for a, b in _data.STATUS_DECIDES
        )
        self.status_exact = {k: Reason(v) for k, v in _data.STATUS_REASONS.items()}
        self.status_subject = {k: Reason(v) for k, v in _data.STATUS_SUBJECT_DEFAULTS.items()}
        self.code_reasons = {k: Reason(v) for k, v in _data.REPLY_CODE_REASONS.items()}
        self.local = frozenset(Reason(r) for r in _data.LOCAL_DELIVERY)
        self.vendor_codes = [
            (mta, literals, re.compile(pattern), {k: Reason(v) for k, v in codes.items()})
            for mta, literals, pattern, codes, _source in _data.VENDOR_CODES
        ]
        self.vendor_literals = tuple(
            literal for _mta, literals, *_rest in _data.VENDOR_CODES for literal in literals
        )
        self.vendor_phases = [
            (host, cmd, Reason(reason), mta)
            for host, cmd, reason, mta, _source in _data.VENDOR_PHASES
        ]


@functools.cache
def _policy() -> _Policy:
    return _Policy()


class Reading:
    """What the classifier knows about one reply; every span is an offset into ``response``.

    Built by reading the reply once: continuation lines joined, one phrase scan, the codes.
    ``cmd`` is the phase (see the module docstring); ``command_given`` says whether the caller
    named one.  ``mta`` is the first MTA shape hint (or the MTA of a reply code only one MTA
    uses).  ``low`` is the joined, lower-cased text the phrases were found in (its offsets are
    not the response's when continuation lines were joined: see ``_original``).
    """

    __slots__ = ("client_reason", "client_side", "cmd", "command_given", "hits", "low", "mta",
                 "number", "offsets", "policy", "reply", "response", "status_reason")

    def __init__(self, response: str, number: str | None, command: str | None) -> None:
        text, offsets = join_continuations(response)
        low = lowered(text)
        hits, mta, text_command, refused = phrase_table().scan(low)
        reply = assemble(text, low, offsets, text_command, False)
        if offsets is not None:
            hits = [(row, *offsets.span((start, end))) for row, start, end in hits]
        policy = _policy()
        client = _data.CLIENT_ERRORS.get(number) if number is not None else None
        cmd = normalize_command(command) if command else None
        if cmd is None:
            cmd = reply.command or (client[0] if client else None)
        if refused and cmd in (None, "DATA") and reply.status is None:
            cmd = "RCPT"
        code, status = reply.code, reply.status
        if mta is None and code is not None:
            mta = _data.REPLY_CODE_MTAS.get(code)
        self.response = response
        self.low = low
        self.offsets = offsets
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


def vendor_code(r: Reading) -> Decision | None:
    """3. A service's own error code: Cox "AUP#CXBL", La Poste "LPN007_426", GoDaddy "IB401"."""
    low = r.low
    for literal in r.policy.vendor_literals:  # a plain loop: most replies have none
        if literal in low:
            break
    else:
        return None
    for mta, literals, pattern, codes in r.policy.vendor_codes:
        if not any(literal in low for literal in literals):
            continue
        for m in pattern.finditer(low):
            reason = codes.get(m.group(1))
            if reason is not None:
                return reason, _evidence(r, _original(r, m.span()), "phrase"), mta
    return None


def vendor_phrase(r: Reading) -> Decision | None:
    """3. A service's documented phrase or a false friend, by ``PRECEDENCE``."""
    best = _choose(r, 0)
    return None if best is None else _phrase(r, best, best[0][0])


def vendor_phase(r: Reading) -> Decision | None:
    """3. A service whose plain refusal means something else at a given command (docomo)."""
    status = r.reply.status
    if r.cmd is None or (status is not None and status != "5.0.0"):
        return None
    for host, cmd, reason, mta in r.policy.vendor_phases:
        at = r.low.find(host) if cmd == r.cmd else -1
        if at < 0:
            continue
        best = _choose(r, 1)
        if best is not None and best[0][0] is not Reason.USER_UNKNOWN:
            return None
        span = _original(r, (at, at + len(host.rstrip(" ["))))
        return reason, _evidence(r, span, "phrase"), mta
    return None


def generic_phrase(r: Reading) -> Decision | None:
    """4. A generic phrase, by ``PRECEDENCE``, with Sisimai's phase rules (``_choose``)."""
    best = _choose(r, 1)
    if best is None:
        return None
    reason = best[0][0]
    if reason is Reason.USER_UNKNOWN and _filtered(r):
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
    vendor_code,
    vendor_phrase,
    vendor_phase,
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
    phrase the status code overrules (``STATUS_DECIDES``) is skipped among generic phrases; in
    text a local delivery program wrote only the reasons of ``LOCAL_DELIVERY`` decide.
    """
    policy = r.policy
    rank = policy.rank
    early = r.cmd in _BEFORE_MAIL
    local = policy.local if tier == 1 and _local(r) else None
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
        if local is not None and reason not in local:
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


def _local(r: Reading) -> bool:
    """Whether the text is what a local delivery program wrote (a mailer_error phrase)."""
    return any(h[0][0] is Reason.MAILER_ERROR for h in r.hits)


def _filtered(r: Reading) -> bool:
    """Whether "user unknown" is recipient-side filtering (Sisimai's UserUnknown and Filtered
    rules): not with a user-unknown status (X.1.1) nor at RCPT; yes in reply to DATA, and with a
    status of a subject in ``FILTERED_SUBJECTS`` when no command is known."""
    if r.status_reason is Reason.USER_UNKNOWN:
        return False
    if r.cmd == "DATA":
        return True
    status = r.reply.status
    return (
        r.cmd is None
        and status is not None
        and status.split(".")[1] in _data.FILTERED_SUBJECTS
    )


def _original(r: Reading, span: tuple[int, int]) -> tuple[int, int]:
    """A span of the joined text as a span of the response."""
    return r.offsets.span(span) if r.offsets is not None else span


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
