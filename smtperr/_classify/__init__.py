"""Classifying one SMTP server reply: ``classify(response) -> Verdict``.

How a verdict is reached, most decisive first (``rules.RULES``, one rule per step, like
Sisimai's ``ClassOrder``):

1. a client error number that names a client-side failure (cannot connect, timed out, login
   rejected, TLS failed, no common authentication method) decides, unless the client quotes an
   SMTP reply (a 4xx/5xx code or an enhanced status), which then explains the failure better;
2. a relay-denied phrase (or Exchange's 5.7.54/5.7.64), unless a false friend overlaps it
   ("... which is an open relay", "daily relay quota") or the phase is the connection or
   EHLO/HELO;
3. a service's own error code (Cox "AUP#CXBL", La Poste "LPN007_426", GoDaddy "IB401"), then
   vendor phrases (a service's documented text; Sisimai's Rhost and Lhost tables) and false
   friends, by ``PRECEDENCE``, then a service whose plain refusal means something else at a
   given phase (docomo's "Unknown user" after DATA is its reception filter);
4. generic phrases (Sisimai's Reason index lists, MTA defaults), by ``PRECEDENCE``, with
   Sisimai's phase rules: "user unknown" is ``user_unknown`` at RCPT or under an X.1.1
   status, ``filtered`` after DATA or, with no command known, under a mailbox, system or
   security status; content judgements never apply at CONN/EHLO/HELO; in text a local
   delivery program wrote only the reasons Sisimai's second ClassOrder holds decide; a few
   status codes overrule a phrase (5.2.3 is a limit, not "message too big");
5. the enhanced status code, the basic reply code, a wrapper phrase ("Address not found"), the
   status class (X.7 security, X.6 content), the client error number's default, the command
   (EHLO refused = blocked, STARTTLS = TLS failure);
6. otherwise the client-side failure of step 1 if the quoted reply decided nothing, then
   ``ON_HOLD`` when there is text (Sisimai's ``onhold``), ``UNDEFINED`` when not.

The phase (the command the reply answered) is the caller's ``command``, else the one the text
names ("after RCPT TO", "(in reply to end of DATA command)"), else the phase of the client's
error number (0x800CCC79 RCPT, 0x800CCC78 MAIL, 0x800CCC0E/0F CONN, 0x800CCC90/92 AUTH,
0x800CCC7D STARTTLS); see ``rules``.

The pieces: ``reply`` reads codes, status and command; ``smtperr._compile.phrases`` finds the
phrases, MTA hints and command phrases in one pass over the reply, compiling its tries lazily
(importing this package compiles nothing); ``rules`` decides.  The tries are made of literals
and bounded gaps (at most 80 characters), so classification is linear in the reply's length.
"""

from __future__ import annotations

import functools

from .._errors import normalize_number
from .._records import Verdict
from .rules import Reading, decide
from .sentences import sentence_reason

__all__ = ["classify", "sentence_reason"]


def classify(
    response: str, *, error_number: str | int | None = None, command: str | None = None
) -> Verdict:
    """What a server reply means: reason, codes, permanence, the evidence, the likely MTA.

    ``response`` is the server's reply as the client showed it.  ``error_number`` is the
    client's error number (``"0x800CCC79"``, also decimal or signed, see
    ``smtperr._errors.normalize_number``), ``command`` the SMTP command the reply answered
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
    if error_number is None:
        number = None
    elif isinstance(error_number, bool) or not isinstance(error_number, (str, int)):
        raise TypeError(
            "classify() error_number must be str, int or None, "
            f"not {type(error_number).__name__}"
        )
    else:
        number = normalize_number(error_number)
    if len(response) <= 512:
        return _classify_cached(response, number, command)
    return _classify(response, number, command)


@functools.lru_cache(maxsize=4096)
def _classify_cached(response: str, number: str | None, command: str | None) -> Verdict:
    return _classify(response, number, command)


def _classify(response: str, number: str | None, command: str | None) -> Verdict:
    """The uncached classifier: read the reply, let the first rule that answers decide."""
    reading = Reading(response, number, command)
    reason, evidence, phrase_mta = decide(reading)
    reply = reading.reply
    by_number = evidence is not None and evidence.kind == "error_number"
    return Verdict(
        reason=reason,
        smtp_code=reply.code,
        enhanced_status=reply.status,
        permanent=reply.permanent,
        evidence=evidence,
        mta=None if by_number else (reading.mta or phrase_mta),
    )
