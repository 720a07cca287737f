"""What named services write: their documented phrases, the text they wrap around a reply,
phrases that mention relaying but mean something else, and the shape hints that name an MTA.

Phrase rows as in ``smtperr._data.replies``.  Literal data only.
"""

# ---------------------------------------------------------------------------------------------
# Vendor phrases: a service's documented text with a fixed meaning.  Decide before the generic
# phrases and before the enhanced status code (Sisimai consults its Rhost tables first).
# ---------------------------------------------------------------------------------------------
VENDOR_PHRASES = {
    "relay_denied": (
        ("tenantattribution; relay access denied", "office365", "sisimai-rhost:microsoft"),
        ("unable to relay recipient in non-accepted domain", "exchange", "set-of-emails"),
        ("mail relay denied", "gmail", "sisimai-rhost:google"),
        ("invalid credentials for relay", "gmail", "sisimai-rhost:google"),
        ("is not authorized to send email directly to our servers", "gmail",
         "sisimai-rhost:google"),
        ("relaying denied for <", "yahoo", "sisimai-rhost:yahoo"),
        ("open relay not allowed", "mimecast", "sisimai-rhost:mimecast"),
        ("open relay is not allowed", "mimecast", "sisimai-rhost:mimecast"),
        ("mail.i.ua/err/1", "iua", "sisimai-rhost:iua"),
        ("mail.i.ua/err/6", "iua", "sisimai-rhost:iua"),
        ("the use of smtp as mail gate is forbidden", "iua", "sisimai-rhost:iua"),
        ("use smtp of your provider to send mail", "iua", "sisimai-rhost:iua"),
    ),
    "user_unknown": (
        ("delivery error: dd this user doesn't have a", "yahoo", "sisimai-rhost:yahoo"),
        ("delivery error: dd sorry your message to", "yahoo", "sisimai-rhost:yahoo"),
        ("the email account that you tried to reach does not exist. please try "
         "double-checking", "gmail", "sisimai-rhost:google"),
    ),
    "message_too_big": (
        ("resolver.rst.recipsizelimit", "exchange", "sisimai-rhost:microsoft"),
        ("exceeded google's message size limits", "gmail", "sisimai-rhost:google"),
        ("exceeds google's message size limit of", "gmail", "sisimai-rhost:google"),
    ),
    "sender_auth_failed": (
        ("has an spf record with a hard fail policy", "gmail", "sisimai-rhost:google"),
        ("fails to pass spf checks for an spf record with a hard fail", "gmail",
         "sisimai-rhost:google"),
        ("senders to authenticate with either spf or dkim", "gmail", "sisimai-rhost:google"),
        ("fails to pass authentication checks", "gmail", "sisimai-rhost:google"),
        ("is not accepted due to domain's dmarc policy", "gmail", "sisimai-rhost:google"),
        ("the spf record of the sending domain", "gmail", "sisimai-rhost:google"),
        ("senders to authenticate with spf", "gmail", "sisimai-rhost:google"),
        ("senders to authenticate their email with spf", "gmail", "sisimai-rhost:google"),
        ("senders to authenticate with dkim", "gmail", "sisimai-rhost:google"),
        ("senders to authenticate their email with dkim", "gmail", "sisimai-rhost:google"),
        ("aligned with either the authenticated spf or dkim", "gmail", "sisimai-rhost:google"),
    ),
    "mailbox_suspended": (
        ("account that you tried to reach is inactive", "gmail", "sisimai-rhost:google"),
        ("account that you tried to reach is disabled", "gmail", "sisimai-rhost:google"),
    ),
    "rate_limited": (
        ("daily smtp relay limit exceeded", "gmail", "sisimai-rhost:google"),
        ("daily smtp relay sending limit exceeded", "gmail", "sisimai-rhost:google"),
        ("peak smtp relay limit exceeded", "gmail", "sisimai-rhost:google"),
    ),
    "not_rfc_compliant": (
        ("messages with multiple addresses in from: header are not accepted", "gmail",
         "sisimai-rhost:google"),
    ),
    "policy_violation": (
        ("host network not allowed", "mimecast", "set-of-emails"),
        ("blocked because its content presents a potential security issue", "gmail",
         "sisimai-rhost:google"),
        ("sending messages with the same message-id:", "gmail", "sisimai-rhost:google"),
    ),
    "starttls_failed": (
        ("senders to use tls/ssl for smtp", "gmail", "sisimai-rhost:google"),
    ),
    "bad_reputation": (
        ("due to the very low reputation of the sending ip address", "gmail",
         "sisimai-rhost:google"),
        ("due to the very low reputation of the sending domain", "gmail",
         "sisimai-rhost:google"),
    ),
}

# ---------------------------------------------------------------------------------------------
# Wrapper phrases: what a sending service writes around the server's reply ("Address not
# found").  They decide only when neither a phrase of the reply nor its codes do.
# ---------------------------------------------------------------------------------------------
WRAPPER_PHRASES = {
    "user_unknown": (
        ("because the address couldn't be found", "gmail", "gmail:dsn"),
    ),
}

# ---------------------------------------------------------------------------------------------
# False friends: texts that mention relaying (or contain a relay phrase) but mean something
# else.  Each row names the reason it really is and decides like a vendor phrase; a false
# friend also vetoes any relay_denied phrase it overlaps.  (relay_denied_phrases.md section 5,
# with the sources listed there.)
# ---------------------------------------------------------------------------------------------
FALSE_FRIENDS = (
    # (phrase, the reason it really is, mta, source)
    ("which is an open relay", "blocked", "sendmail", "set-of-emails"),
    ("is an open relay", "blocked", "", "set-of-emails"),
    ("listed as an open relay", "blocked", "", "bounce-rules"),
    ("possible open relay", "rate_limited", "aol", "bounce-rules"),
    ("daily relay quota", "blocked", "exim", "set-of-emails"),
    ("relay quota", "blocked", "", "set-of-emails"),
    ("relay limit exceeded", "rate_limited", "gmail", "sisimai-rhost:google"),
    ("unresolvable relay host name", "ptr_required", "", "sisimai:RequirePTR"),
    ("x-outbound-mail-relay; host or domain name not found", "host_unknown", "",
     "set-of-emails"),
    ("rejected by next-hop mta on relaying", "on_hold", "amavis", "sisimai:NoRelaying"),
    ("does not relay dynamically-assigned ip ranges", "blocked", "hotmail",
     "hotmail:sc-codes"),
    ("that domain or user isn't in my list of allowed rcpthosts", "user_unknown", "qmail",
     "sisimai:UserUnknown"),
    ("client was not authenticated to send anonymous mail", "auth_required", "office365",
     "exchange:ndr"),
)

# ---------------------------------------------------------------------------------------------
# MTA shape hints: (literal prefix in phrase syntax, regex tail or "", mta, source).  The first
# hint found in the reply names the MTA; otherwise the MTA column of the phrase that decided.
# The regex tails are small and bounded.
# ---------------------------------------------------------------------------------------------
MTA_HINTS = (
    (">... ", "", "sendmail", "sendmail:proto.m4"),
    ("(#", r"[245]\.[0-7]\.[0-9]{1,3}\)", "qmail", "qmail:qmail-smtpd"),
    (">: ", r"(?:relay access denied|recipient address rejected|sender address rejected"
     r"|client host rejected|helo command rejected)", "postfix", "postfix:smtpd_check"),
    ("gsmtp", "", "gmail", "gmail:smtp-errors"),
    ("support.google.com/", "", "gmail", "gmail:smtp-errors"),
    ("protection.outlook.com", "", "office365", "exchange:ndr"),
    ("prod.outlook.com", "", "office365", "exchange:ndr"),
    ("tenantattribution", "", "office365", "exchange:hybrid"),
    ("attr36", "", "office365", "exchange:hybrid"),
    ("5.4.1 relay access denied", "", "office365", "sisimai-rhost:microsoft"),
    ("postmaster.live.com", "", "office365", "hotmail:sc-codes"),
    ("s3150)", "", "office365", "hotmail:sc-codes"),
    ("sc-00", r"[0-9]\b", "office365", "hotmail:sc-codes"),
    ("resolver.", r"(?:adr|rst)\.[a-z]", "exchange", "exchange:ndr"),
    ("storedrv.", "", "exchange", "exchange:ndr"),
    ("smtpsend.", "", "exchange", "exchange:ndr"),
    ("postmaster.yahooinc.com", "", "yahoo", "yahoo:errors"),
    ("senders.yahooinc.com", "", "yahoo", "yahoo:errors"),
    ("postmaster.verizonmedia.com", "", "yahoo", "yahoo:errors"),
    ("yahoo-help", "", "yahoo", "yahoo:errors"),
    ("ts", r"[s0-9][0-9]{1,2}\]", "yahoo", "yahoo:errors"),
    ("mimecast.com", "", "mimecast", "sisimai-rhost:mimecast"),
    ("support.apple.com", "", "icloud", "sisimai-rhost:apple"),
    ("icloud.com[", "", "icloud", "sisimai-rhost:apple"),
    ("emailsrvr.com", "", "rackspace", "rackspace"),
    ("amazonaws.com", "", "amazonses", "amazonses"),
    ("amazonses", "", "amazonses", "amazonses"),
    ("messagelabs", "", "messagelabs", "messagelabs"),
)

# Reply codes that only one MTA uses (Courier answers a relay attempt with 513).
REPLY_CODE_MTAS = {
    513: "courier",
}
