"""Which reason wins when a reply says several things, and where a reason may not be judged.

Literal data only.
"""

# ---------------------------------------------------------------------------------------------
# Precedence: the first reason in this tuple whose phrase is found wins.  Modelled on Sisimai's
# ClassOrder (MailboxFull, MesgTooBig, ExceedLimit, Suspend, HasMoved, NoRelaying, AuthFailure,
# UserUnknown, Filtered, RequirePTR, NotCompliantRFC, BadReputation, Rejected, HostUnknown,
# SpamDetected, Speeding, TooManyConn, Blocked, then VirusDetected, PolicyViolation, ...), with
# relay_denied moved to the front: its phrases are specific, and "Insecure Mail Relay" or
# "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts" must not
# fall into the generic 5.7.x security class.  content_error is ahead of system_error so that
# "Transaction failed: Duplicate header" (Amazon SES) is a content error.
# ---------------------------------------------------------------------------------------------
PRECEDENCE = (
    "relay_denied",
    "mailbox_full",
    "message_too_big",
    "limit_exceeded",
    "mailbox_suspended",
    "mailbox_moved",
    "sender_auth_failed",
    "user_unknown",
    "filtered",
    "ptr_required",
    "not_rfc_compliant",
    "bad_reputation",
    "sender_rejected",
    "host_unknown",
    "not_accepting",
    "spam_detected",
    "rate_limited",
    "too_many_connections",
    "blocked",
    "virus_detected",
    "policy_violation",
    "starttls_failed",
    "login_failed",
    "auth_required",
    "auth_unsupported",
    "tls_failed",
    "content_error",
    "system_error",
    "system_full",
    "expired",
    "network_error",
    "mailer_error",
    "syntax_error",
    "suppressed",
    "connection_failed",
    "connection_lost",
    "timeout",
)

# Reasons whose phrases are ignored when the reply answered the connection greeting or
# EHLO/HELO: a message cannot be judged for content before DATA, and a refusal at that stage is
# about the client host (Sisimai: SpamDetected/VirusDetected/Filtered never before DATA;
# NoRelaying never at CONN/EHLO/HELO).
NOT_BEFORE_MAIL = ("relay_denied", "spam_detected", "virus_detected", "filtered",
                   "content_error")

# When the phrase says the first reason and the enhanced status code says the second, the
# status decides (Sisimai MesgTooBig.ProbesInto: a 5.2.3 status is ExceedLimit even when the
# text says "message too big"; ExceedLimit's "message too large" under 5.3.4 is MesgTooBig).
STATUS_DECIDES = (
    ("message_too_big", "limit_exceeded"),
    ("limit_exceeded", "message_too_big"),
)

# The reasons that can still decide when the text is what a local delivery program wrote (a
# "|program" pipe, procmail, maildrop: a mailer_error phrase is in it).  Sisimai reads such a
# diagnostic (type X-UNIX) with its second ClassOrder only, so "procmail: ... No such user" is
# a mailer error, not an unknown user; a reason left out here gives way to mailer_error.
LOCAL_DELIVERY = (
    "mailbox_full", "sender_auth_failed", "bad_reputation", "rate_limited", "spam_detected",
    "virus_detected", "policy_violation", "relay_denied", "system_error", "network_error",
    "mailbox_suspended", "content_error", "system_full", "not_accepting", "expired",
    "starttls_failed", "auth_required", "suppressed", "mailer_error",
)

# "User unknown" is user_unknown only where Sisimai's UserUnknown rule says so: in reply to RCPT,
# or with a user-unknown status (X.1.1).  In reply to DATA it is recipient-side filtering
# (Sisimai's Filtered rule); so it is when no command is known but the status is one of a
# mailbox (X.2: "550 5.2.1 ... User Unknown"), system (X.3) or security (X.7: "550 5.7.1 User
# Unknown") subject -- the subjects listed here.  Addressing (X.1) and routing (X.4: Exchange's
# "550 5.4.1 Recipient address rejected: Access denied") statuses keep "user unknown".
FILTERED_SUBJECTS = ("2", "3", "7")
