"""What SMTP servers answer, as literal tables: the data behind ``smtperr.classify``.

Data only (no logic), one module per meaning, like Sisimai's ``reason/*``: ``relay_sender``,
``recipient``, ``policy``, ``content`` and ``transport`` hold the generic phrases of their
reasons; ``vendor`` what named services write; ``wrappers`` what a service writes around a
reply; ``sentences`` what a client says where no reply stands (not a reply's words: only the
record builder reads them); ``codes`` the status and reply codes; ``commands`` the SMTP
commands; ``client`` the client error numbers; ``order`` which reason wins; ``sources`` the
citations.  This module only gathers them: every name is importable from here.
``smtperr._compile.phrases`` compiles the phrases lazily, on first use.

Phrase syntax (``PHRASES``, ``VENDOR_PHRASES``, ``FALSE_FRIENDS``): lower-case text matched as a
substring of the lower-cased reply; a space matches any run of white space (replies are wrapped
and re-indented on their way into a client's message); ``…`` (U+2026) is a gap of at most 80
characters, for Sisimai's ordered word pairs (``"over …quota"`` = Sisimai ``["over ",
"quota"]``).  No other pattern syntax: phrases stay plain, searchable and reviewable.  Only
``MTA_HINTS`` holds small regular expressions (the *shape* of a reply, not its words).

Rows are ``(phrase, mta or service, source key)``; ``""`` as mta means "any / not attributed".
Source keys are explained in ``SOURCES``.  Sisimai's lists are BSD-2-Clause, (c) azumakuniyuki
and the Sisimai development team; they are cited per row as ``sisimai:<Reason>``.

Reason keys are ``smtperr.Reason`` values.  ``PRECEDENCE`` orders them: when phrases of several
reasons are found in one reply, the first reason in ``PRECEDENCE`` wins.  ``VENDOR_PHRASES`` are
texts a named service documents with a fixed meaning (Sisimai's ``Rhost`` tables); they decide
before the generic lists and before the enhanced status code.
"""

from . import content, policy, recipient, relay_sender, transport
from .client import CLIENT_ERRORS, CLIENT_SIDE_REASONS
from .codes import RELAY_STATUS, REPLY_CODE_REASONS, STATUS_REASONS, STATUS_SUBJECT_DEFAULTS
from .commands import COMMAND_ALIASES, COMMAND_PHRASES, COMMAND_REASONS, RECIPIENTS_REFUSED
from .order import (
    FILTERED_SUBJECTS,
    LOCAL_DELIVERY,
    NOT_BEFORE_MAIL,
    PRECEDENCE,
    STATUS_DECIDES,
)
from .sentences import SENTENCE_PHRASES
from .sources import SOURCES
from .vendor import (
    FALSE_FRIENDS,
    MTA_HINTS,
    REPLY_CODE_MTAS,
    VENDOR_CODES,
    VENDOR_PHASES,
    VENDOR_PHRASES,
)
from .wrappers import WRAPPER_PHRASES

# Generic phrases, per reason: each reason lives in exactly one module (a test checks it).
PHRASES = {
    **relay_sender.PHRASES,
    **recipient.PHRASES,
    **policy.PHRASES,
    **content.PHRASES,
    **transport.PHRASES,
}

__all__ = [
    "CLIENT_ERRORS",
    "CLIENT_SIDE_REASONS",
    "COMMAND_ALIASES",
    "COMMAND_PHRASES",
    "COMMAND_REASONS",
    "FALSE_FRIENDS",
    "FILTERED_SUBJECTS",
    "LOCAL_DELIVERY",
    "MTA_HINTS",
    "NOT_BEFORE_MAIL",
    "PHRASES",
    "PRECEDENCE",
    "RECIPIENTS_REFUSED",
    "RELAY_STATUS",
    "REPLY_CODE_MTAS",
    "REPLY_CODE_REASONS",
    "SENTENCE_PHRASES",
    "SOURCES",
    "STATUS_DECIDES",
    "STATUS_REASONS",
    "STATUS_SUBJECT_DEFAULTS",
    "VENDOR_CODES",
    "VENDOR_PHASES",
    "VENDOR_PHRASES",
    "WRAPPER_PHRASES",
]
