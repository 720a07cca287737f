"""The failure taxonomy: one `Reason` per kind of failure, each mapped to Sisimai's name.

Reasons are a ``str`` enum so that records serialise to plain strings and compare equal to
them; new members can be added without breaking callers that match on strings.
"""

from __future__ import annotations

import enum

__all__ = ["Reason"]


class Reason(str, enum.Enum):
    """Why a message failed, in words that explain themselves.

    ``Reason.sisimai`` gives the name Sisimai uses for the same class, so results can be
    compared with Sisimai's.  ``Reason.hint`` is the one-line meaning and typical fix.
    """

    RELAY_DENIED = "relay_denied"
    USER_UNKNOWN = "user_unknown"
    MAILBOX_FULL = "mailbox_full"
    SENDER_REJECTED = "sender_rejected"
    BLOCKED = "blocked"
    AUTH_REQUIRED = "auth_required"
    SPAM_DETECTED = "spam_detected"
    POLICY_VIOLATION = "policy_violation"
    HOST_UNKNOWN = "host_unknown"
    NETWORK_ERROR = "network_error"
    SYSTEM_ERROR = "system_error"
    SYSTEM_FULL = "system_full"
    SYNTAX_ERROR = "syntax_error"
    CONTENT_ERROR = "content_error"
    MESSAGE_TOO_BIG = "message_too_big"
    LIMIT_EXCEEDED = "limit_exceeded"
    EXPIRED = "expired"
    MAILBOX_SUSPENDED = "mailbox_suspended"
    MAILBOX_MOVED = "mailbox_moved"
    NOT_ACCEPTING = "not_accepting"
    PTR_REQUIRED = "ptr_required"
    BAD_REPUTATION = "bad_reputation"
    SENDER_AUTH_FAILED = "sender_auth_failed"
    VIRUS_DETECTED = "virus_detected"
    MAILER_ERROR = "mailer_error"
    TOO_MANY_CONNECTIONS = "too_many_connections"
    RATE_LIMITED = "rate_limited"
    NOT_RFC_COMPLIANT = "not_rfc_compliant"
    FILTERED = "filtered"
    STARTTLS_FAILED = "starttls_failed"
    SUPPRESSED = "suppressed"
    # Client-side failures that never reached an SMTP reply (the client's error number tells).
    CONNECTION_FAILED = "connection_failed"
    CONNECTION_LOST = "connection_lost"
    TIMEOUT = "timeout"
    LOGIN_FAILED = "login_failed"
    TLS_FAILED = "tls_failed"
    AUTH_UNSUPPORTED = "auth_unsupported"
    ON_HOLD = "on_hold"
    UNDEFINED = "undefined"

    def __str__(self) -> str:
        return self.value

    @property
    def sisimai(self) -> str:
        """Sisimai's name for this reason (client-side reasons map to the nearest one)."""
        return _SISIMAI[self]

    @property
    def hint(self) -> str:
        """One line: what the reason means and its typical fix."""
        return _HINTS[self]


_SISIMAI: dict[Reason, str] = {
    Reason.RELAY_DENIED: "norelaying",
    Reason.USER_UNKNOWN: "userunknown",
    Reason.MAILBOX_FULL: "mailboxfull",
    Reason.SENDER_REJECTED: "rejected",
    Reason.BLOCKED: "blocked",
    Reason.AUTH_REQUIRED: "securityerror",
    Reason.SPAM_DETECTED: "spamdetected",
    Reason.POLICY_VIOLATION: "policyviolation",
    Reason.HOST_UNKNOWN: "hostunknown",
    Reason.NETWORK_ERROR: "networkerror",
    Reason.SYSTEM_ERROR: "systemerror",
    Reason.SYSTEM_FULL: "systemfull",
    Reason.SYNTAX_ERROR: "syntaxerror",
    Reason.CONTENT_ERROR: "contenterror",
    Reason.MESSAGE_TOO_BIG: "mesgtoobig",
    Reason.LIMIT_EXCEEDED: "exceedlimit",
    Reason.EXPIRED: "expired",
    Reason.MAILBOX_SUSPENDED: "suspend",
    Reason.MAILBOX_MOVED: "hasmoved",
    Reason.NOT_ACCEPTING: "notaccept",
    Reason.PTR_REQUIRED: "requireptr",
    Reason.BAD_REPUTATION: "badreputation",
    Reason.SENDER_AUTH_FAILED: "authfailure",
    Reason.VIRUS_DETECTED: "virusdetected",
    Reason.MAILER_ERROR: "mailererror",
    Reason.TOO_MANY_CONNECTIONS: "toomanyconn",
    Reason.RATE_LIMITED: "speeding",
    Reason.NOT_RFC_COMPLIANT: "notcompliantrfc",
    Reason.FILTERED: "filtered",
    Reason.STARTTLS_FAILED: "failedstarttls",
    Reason.SUPPRESSED: "suppressed",
    Reason.CONNECTION_FAILED: "networkerror",
    Reason.CONNECTION_LOST: "networkerror",
    Reason.TIMEOUT: "networkerror",
    Reason.LOGIN_FAILED: "securityerror",
    Reason.TLS_FAILED: "failedstarttls",
    Reason.AUTH_UNSUPPORTED: "securityerror",
    Reason.ON_HOLD: "onhold",
    Reason.UNDEFINED: "undefined",
}

_HINTS: dict[Reason, str] = {
    Reason.RELAY_DENIED: "The server refused to pass mail on for a sender it does not know: "
    "turn on SMTP authentication, use your own provider's outgoing server, or have the ISP "
    "allow your address.",
    Reason.USER_UNKNOWN: "The recipient's mailbox does not exist: check the address for typos.",
    Reason.MAILBOX_FULL: "The recipient's mailbox is over quota: try again later or reach them "
    "another way.",
    Reason.SENDER_REJECTED: "The server refused the sender address: check the From address and "
    "that the account may send as it.",
    Reason.BLOCKED: "The sending IP or host is blocked (blocklist, HELO, missing rDNS): ask the "
    "ISP or the receiving site to delist it.",
    Reason.AUTH_REQUIRED: "The server requires authentication or a security setting the client "
    "did not meet: enable SMTP AUTH and check SSL/TLS settings.",
    Reason.SPAM_DETECTED: "The message was judged to be spam: review its content and links.",
    Reason.POLICY_VIOLATION: "A local policy of the receiving site refused it: read the reply for "
    "the rule.",
    Reason.HOST_UNKNOWN: "The recipient's domain does not exist or has no mail server: check "
    "the domain.",
    Reason.NETWORK_ERROR: "DNS, routing or network trouble between servers: usually "
    "temporary; retry later.",
    Reason.SYSTEM_ERROR: "The remote server had an internal error: retry later.",
    Reason.SYSTEM_FULL: "The remote server is out of storage: retry later.",
    Reason.SYNTAX_ERROR: "The server did not understand an SMTP command: a client or "
    "configuration bug.",
    Reason.CONTENT_ERROR: "Headers or body are malformed or not allowed: fix the message format.",
    Reason.MESSAGE_TOO_BIG: "The message is larger than the server accepts: send smaller "
    "attachments.",
    Reason.LIMIT_EXCEEDED: "A size or count limit of the recipient was exceeded.",
    Reason.EXPIRED: "Delivery kept failing until the retry time ran out.",
    Reason.MAILBOX_SUSPENDED: "The recipient's account is disabled or suspended.",
    Reason.MAILBOX_MOVED: "The recipient has moved and left no forwarding address.",
    Reason.NOT_ACCEPTING: "The destination does not accept mail at all (null MX, 521/556).",
    Reason.PTR_REQUIRED: "The sending IP has no valid reverse DNS (PTR): fix its PTR record.",
    Reason.BAD_REPUTATION: "The sender's IP or domain has a poor reputation: warm up or use "
    "another relay.",
    Reason.SENDER_AUTH_FAILED: "SPF, DKIM or DMARC checks failed: fix the sender domain's DNS "
    "records.",
    Reason.VIRUS_DETECTED: "A virus scanner refused the message.",
    Reason.MAILER_ERROR: "A local delivery program failed on the receiving side.",
    Reason.TOO_MANY_CONNECTIONS: "Too many connections or recipients at once: send fewer at "
    "a time.",
    Reason.RATE_LIMITED: "Sending too fast: slow down and retry later.",
    Reason.NOT_RFC_COMPLIANT: "The message does not follow RFC 5322: fix the headers.",
    Reason.FILTERED: "Refused after DATA by recipient-side filtering.",
    Reason.STARTTLS_FAILED: "STARTTLS was required or failed: check the encryption setting.",
    Reason.SUPPRESSED: "The address is on the sending service's suppression list.",
    Reason.CONNECTION_FAILED: "The client could not connect to the server: check the server "
    "name, port, firewall and that the ISP does not block the port.",
    Reason.CONNECTION_LOST: "The server closed the connection: server or network trouble, or "
    "a long idle time; retry.",
    Reason.TIMEOUT: "The server did not answer in time: raise the client's timeout or retry.",
    Reason.LOGIN_FAILED: "The server rejected the user name or password: re-enter them.",
    Reason.TLS_FAILED: "A secure (SSL/TLS) connection could not be made: check the port and "
    "encryption type.",
    Reason.AUTH_UNSUPPORTED: "Client and server share no authentication method: change the "
    "authentication setting.",
    Reason.ON_HOLD: "Not enough information to decide.",
    Reason.UNDEFINED: "No reason could be found in the text.",
}
