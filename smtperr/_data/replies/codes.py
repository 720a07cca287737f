"""Codes -> reasons: enhanced status codes (RFC 3463), their classes, and basic reply codes
(RFC 5321).  Literal data only.
"""

# ---------------------------------------------------------------------------------------------
# Enhanced status code -> reason.  Keys: a full code ("5.7.1") or "X.s.d" for both classes.
# RFC 3463 + IANA registry, as mapped by Sisimai's SMTP::Status StandardCode (p5-sisimai v5.1.0,
# the version whose labels smtperr is measured against; 5.4.7 is RFC 3463's "delivery time
# expired" in its permanent form, which Sisimai's table leaves out), plus vendor codes
# documented by Microsoft (X.7.5x/6xx) where the code alone has one meaning.  5.7.1 alone is NOT
# relay_denied (RFC 3463: "Delivery not authorized, message refused").
# ---------------------------------------------------------------------------------------------
STATUS_REASONS = {
    "5.1.0": "user_unknown",
    "X.1.1": "user_unknown",
    "X.1.2": "host_unknown",
    "5.1.3": "user_unknown",
    "5.1.4": "filtered",
    "X.1.6": "mailbox_moved",
    "X.1.7": "sender_rejected",
    "X.1.8": "sender_rejected",
    "X.1.9": "system_error",
    "X.1.10": "not_accepting",
    "5.2.0": "filtered",
    "5.2.1": "filtered",
    "4.2.1": "mailbox_suspended",
    "X.2.2": "mailbox_full",
    "X.2.3": "limit_exceeded",
    "5.2.4": "filtered",
    "5.3.0": "system_error",
    "X.3.1": "system_full",
    "X.3.2": "not_accepting",
    "X.3.3": "system_error",
    "X.3.4": "message_too_big",
    "X.3.5": "system_error",
    "4.4.1": "expired",
    "4.4.2": "network_error",
    "4.4.3": "system_error",
    "5.4.3": "system_error",
    "4.4.4": "network_error",
    "5.4.0": "network_error",
    "5.4.4": "host_unknown",
    "4.4.5": "system_full",
    "4.4.6": "network_error",
    "5.4.6": "network_error",
    "X.4.7": "expired",
    "4.4.8": "network_error",
    "4.5.3": "system_error",
    "5.5.2": "syntax_error",
    "5.5.3": "too_many_connections",
    "5.5.4": "system_error",
    "X.5.5": "system_error",
    "5.5.6": "syntax_error",
    "4.7.1": "blocked",
    "4.7.2": "blocked",
    "5.7.0": "auth_required",
    "5.7.1": "auth_required",
    "5.7.2": "auth_required",
    "5.7.3": "auth_required",
    "X.7.4": "auth_required",
    "X.7.5": "auth_required",
    "X.7.6": "auth_required",
    "X.7.7": "auth_required",
    "X.7.8": "login_failed",
    "X.7.9": "auth_required",
    "5.7.10": "auth_required",
    "X.7.11": "auth_required",
    "X.7.12": "auth_required",
    "X.7.13": "mailbox_suspended",
    "X.7.14": "auth_required",
    "X.7.15": "auth_required",
    "X.7.16": "message_too_big",
    "X.7.17": "mailbox_moved",
    "X.7.18": "mailbox_moved",
    "5.7.19": "auth_required",
    "X.7.20": "sender_auth_failed",
    "X.7.21": "sender_auth_failed",
    "X.7.22": "sender_auth_failed",
    "X.7.23": "sender_auth_failed",
    "X.7.24": "sender_auth_failed",
    "X.7.25": "ptr_required",
    "X.7.26": "sender_auth_failed",
    "X.7.27": "not_accepting",
    "X.7.28": "spam_detected",
    "X.7.29": "sender_auth_failed",
    "X.7.30": "auth_required",
    # Microsoft Exchange / Exchange Online codes with a single documented meaning.
    "5.7.54": "relay_denied",
    "5.7.64": "relay_denied",
    "5.7.57": "auth_required",
    "5.7.60": "sender_rejected",
    "X.7.509": "sender_auth_failed",
    "X.7.515": "sender_auth_failed",
    "5.7.606": "blocked",
    "X.7.650": "bad_reputation",
    "5.7.708": "blocked",
    "X.4.312": "network_error",
    "5.4.300": "expired",
}

# Enhanced-status classes/subjects with a default reason when nothing more specific decides
# (Sisimai: X.6.x -> contenterror, X.7.x -> securityerror).  Keys "X.s".
STATUS_SUBJECT_DEFAULTS = {
    "X.6": "content_error",
    "X.7": "auth_required",
}

# Status codes that name a relay denial by themselves (checked with relay_denied's phrases).
RELAY_STATUS = ("5.7.54", "5.7.64")

# ---------------------------------------------------------------------------------------------
# Basic reply code -> reason, when nothing else decides (RFC 5321 meanings; Sisimai
# smtp/reply AssociatedWith and FailedSTARTTLS/NotAccept/Suspend reply-code rules).
# ---------------------------------------------------------------------------------------------
REPLY_CODE_REASONS = {
    451: "system_error",        # Requested action aborted: local error in processing
    452: "system_full",         # Requested action not taken: insufficient system storage
    500: "syntax_error",        # Syntax error, command unrecognized
    501: "syntax_error",        # Syntax error in parameters or arguments
    502: "syntax_error",        # Command not implemented
    503: "syntax_error",        # Bad sequence of commands
    504: "syntax_error",        # Command parameter not implemented
    521: "not_accepting",       # RFC 7504: host does not accept mail
    523: "starttls_failed",     # Sisimai FailedSTARTTLS
    524: "starttls_failed",     # Sisimai FailedSTARTTLS
    530: "auth_required",       # RFC 4954: authentication required
    534: "auth_required",       # RFC 4954: authentication mechanism is too weak
    535: "login_failed",        # RFC 4954: authentication credentials invalid
    538: "starttls_failed",     # RFC 4954: encryption required for requested mechanism
    551: "mailbox_moved",       # User not local; please try <forward-path>
    552: "mailbox_full",        # Requested mail action aborted: exceeded storage allocation
    556: "not_accepting",       # RFC 7504: domain does not accept mail
}
