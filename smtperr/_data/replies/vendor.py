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
        ("inactive email address", "icloud", "sisimai-rhost:apple"),
        ("unknown or illegal alias", "icloud", "sisimai-rhost:apple"),
        ("delivery error: dd this user doesn't have a", "yahoo", "sisimai-rhost:yahoo"),
        ("delivery error: dd sorry your message to", "yahoo", "sisimai-rhost:yahoo"),
        ("the email account that you tried to reach does not exist. please try "
         "double-checking", "gmail", "sisimai-rhost:google"),
        ("ディレクトリのリストにありません", "notes", "sisimai-lhost:notes"),
        ("no se encuentra en el directorio de domino", "domino", "sisimai-lhost:domino"),
        ("non répertorié dans l'annuaire domino", "domino", "sisimai-lhost:domino"),
        ("domino ディレクトリには見つかりません", "domino", "sisimai-lhost:domino"),
        ("no valid recipients for this mm", "verizon", "sisimai-lhost:verizon"),
        ("(and other recipients in the same domain)", "interscan", "sisimai-lhost:interscanmss"),
        ("rcp-p1", "facebook", "sisimai-lhost:facebook"),
        ("int-p1", "facebook", "sisimai-lhost:facebook"),
        ("int-p3", "facebook", "sisimai-lhost:facebook"),
        ("int-p4", "facebook", "sisimai-lhost:facebook"),
    ),
    "message_too_big": (
        ("resolver.rst.recipsizelimit", "exchange", "sisimai-rhost:microsoft"),
        ("exceeded google's message size limits", "gmail", "sisimai-rhost:google"),
        ("exceeds google's message size limit of", "gmail", "sisimai-rhost:google"),
        ("msg-p1", "facebook", "sisimai-lhost:facebook"),
        ("int-p2", "facebook", "sisimai-lhost:facebook"),
    ),
    "sender_auth_failed": (
        ("blocked for failing both spf and dkim autentication checks", "icloud",
         "sisimai-rhost:apple"),
        ("yahoo requires all senders to authenticate with either spf or dkim", "yahoo",
         "sisimai-rhost:yahoo"),
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
        (" is no longer valid.", "yahoo", "sisimai-rhost:yahoo"),
        ("account that you tried to reach is inactive", "gmail", "sisimai-rhost:google"),
        ("account that you tried to reach is disabled", "gmail", "sisimai-rhost:google"),
        ("mailaddress is administratively disabled", "qmail-ldap", "sisimai-lhost:qmail"),
        ("mailaddress is administrativley disabled", "qmail-ldap", "sisimai-lhost:qmail"),
        ("mailaddress is administrativelly disabled", "qmail-ldap", "sisimai-lhost:qmail"),
        ("the user(s) account is temporarily limited.", "ezweb", "sisimai-lhost:ezweb"),
        ("rcp-t4", "facebook", "sisimai-lhost:facebook"),
    ),
    "rate_limited": (
        ("due to excessive volume", "icloud", "sisimai-rhost:apple"),
        ("user is receiving mail too quickly", "yahoo", "sisimai-rhost:yahoo"),
        ("mailbox unavailable or access denined", "qq", "sisimai-rhost:tencent"),
        ("daily smtp relay limit exceeded", "gmail", "sisimai-rhost:google"),
        ("daily smtp relay sending limit exceeded", "gmail", "sisimai-rhost:google"),
        ("peak smtp relay limit exceeded", "gmail", "sisimai-rhost:google"),
    ),
    "not_rfc_compliant": (
        ("messages with multiple addresses in from: header are not accepted", "gmail",
         "sisimai-rhost:google"),
        ("headers are not rfc compliant", "yahoo", "sisimai-rhost:yahoo"),
    ),
    "mailbox_moved": (
        ("recipient no longer on server", "icloud", "sisimai-rhost:apple"),
    ),
    "mailbox_full": (
        ("account storage limit", "godaddy", "sisimai-rhost:godaddy"),
        ("error: quota exceed", "exim", "sisimai-lhost:exim"),
        ("the user(s) account is temporarily over quota", "ezweb", "sisimai-lhost:ezweb"),
        ("the number of messages in recipient's mailbox exceeded the local limit.", "biglobe",
         "sisimai-lhost:biglobe"),
    ),
    "sender_rejected": (
        ("due to unresolvable rfc.5321 domain", "yahoo", "sisimai-rhost:yahoo"),
        (" will be permanently deferred", "yahoo", "sisimai-rhost:yahoo"),
        ("mail is rejected by recipients", "qq", "sisimai-rhost:tencent"),
        (" are not member", "fml", "sisimai-lhost:fml"),
        ("not member article from ", "fml", "sisimai-lhost:fml"),
        ("reject mail from ", "fml", "sisimai-lhost:fml"),
        ("spam mail from a spammer is rejected", "fml", "sisimai-lhost:fml"),
        ("reject spammers:", "fml", "sisimai-lhost:fml"),
        (" header may cause mail loop", "fml", "sisimai-lhost:fml"),
        ("groups.google.com/support", "google-groups", "sisimai-lhost:googlegroups"),
        ("dns-p1", "facebook", "sisimai-lhost:facebook"),
        ("dns-p2", "facebook", "sisimai-lhost:facebook"),
        ("dns-t1", "facebook", "sisimai-lhost:facebook"),
        ("dns-p3", "facebook", "sisimai-lhost:facebook"),
        ("dns-t2", "facebook", "sisimai-lhost:facebook"),
    ),
    "blocked": (
        # T-Online's refusal of a listed IP ("... to contact tosa@rx.t-online.de to clarify.)
        # (BL)"), invaluement's list, SPFBL's list: as users pasted them.
        ("to contact tosa@rx.t-online.de to clarify", "", "paste:tonline-bl"),
        ("blocked by ivmsip", "", "paste:invaluement"),
        ("spfbl you are permanently blocked", "", "paste:spfbl"),
        ("rejected due to having a domain present in the spamhaus", "icloud",
         "sisimai-rhost:apple"),
        ("rejected due to listing in spamhaus", "icloud", "sisimai-rhost:apple"),
        ("blocked - see https://support.proofpoint.com/dnsbl-lookup", "icloud",
         "sisimai-rhost:apple"),
        ("not accepted from ip addresses on spamhaus xbl", "yahoo", "sisimai-rhost:yahoo"),
        ("cox too many bad commands from", "cox", "sisimai-rhost:cox"),
        ("suspected bounce attacks", "qq", "sisimai-rhost:tencent"),
        ("suspected spam ip", "qq", "sisimai-rhost:tencent"),
        ("pol-p1", "facebook", "sisimai-lhost:facebook"),
        ("pol-p2", "facebook", "sisimai-lhost:facebook"),
    ),
    "ptr_required": (
        ("dns check failure - try again later", "cox", "sisimai-rhost:cox"),
        ("rejected - no rdns", "cox", "sisimai-rhost:cox"),
    ),
    "system_error": (
        ("esmtp server temporarily not available", "cox", "sisimai-rhost:cox"),
        ("message is looping", "godaddy", "sisimai-rhost:godaddy"),
        ("automatic homedir creator crashed", "qmail-ldap", "sisimai-lhost:qmail"),
        ("illegal value in ldap attribute", "qmail-ldap", "sisimai-lhost:qmail"),
        ("ldap attribute is not given but mandatory", "qmail-ldap", "sisimai-lhost:qmail"),
        ("timeout while performing search on ldap server", "qmail-ldap", "sisimai-lhost:qmail"),
        ("too many results returned but needs to be unique", "qmail-ldap", "sisimai-lhost:qmail"),
        ("permanent error while executing qmail-forward", "qmail-ldap", "sisimai-lhost:qmail"),
        ("temporary error in automatic homedir creation", "qmail-ldap", "sisimai-lhost:qmail"),
        ("temporary error while executing qmail-forward", "qmail-ldap", "sisimai-lhost:qmail"),
        ("temporary failure in ldap lookup", "qmail-ldap", "sisimai-lhost:qmail"),
        ("unable to login into ldap server, bad credentials", "qmail-ldap", "sisimai-lhost:qmail"),
        ("bad interpreter: no such file or directory", "qmail", "sisimai-lhost:qmail"),
        ("delivery to file forbidden", "exim", "sisimai-lhost:exim"),
        ("delivery to pipe forbidden", "exim", "sisimai-lhost:exim"),
        ("local delivery failed", "exim", "sisimai-lhost:exim"),
        ("lmtp error after ", "exim", "sisimai-lhost:exim"),
        ("fml system error message", "fml", "sisimai-lhost:fml"),
        ("loop alert: ", "fml", "sisimai-lhost:fml"),
        ("loop back warning:", "fml", "sisimai-lhost:fml"),
        ("warning: unix from loop", "fml", "sisimai-lhost:fml"),
        (" has detected a loop condition so that", "fml", "sisimai-lhost:fml"),
        ("duplicated message-id", "fml", "sisimai-lhost:fml"),
        ("- temporary mta failure on relaying", "amavis", "sisimai-lhost:amavis"),
        ("several matches found in domino directory", "domino", "sisimai-lhost:domino"),
        ("this domain's dns violates rfc 1035.", "courier", "sisimai-lhost:courier"),
        ("con-t1", "facebook", "sisimai-lhost:facebook"),
        ("rcp-t1", "facebook", "sisimai-lhost:facebook"),
    ),
    "too_many_connections": (
        ("too many sessions from", "cox", "sisimai-rhost:cox"),
        ("message threshold exceeded", "cox", "sisimai-rhost:cox"),
        ("max message per connection reached", "yahoo", "sisimai-rhost:yahoo"),
        ("ip frequency limited", "qq", "sisimai-rhost:tencent"),
        ("domain frequency limited", "qq", "sisimai-rhost:tencent"),
        ("sender frequency limited", "qq", "sisimai-rhost:tencent"),
        ("connection frequency limited", "qq", "sisimai-rhost:tencent"),
        ("con-t2", "facebook", "sisimai-lhost:facebook"),
        ("con-t3", "facebook", "sisimai-lhost:facebook"),
    ),
    "spam_detected": (
        ("message rejected for spam or virus content", "godaddy", "sisimai-rhost:godaddy"),
        ("message rejected under suspicion of spam", "", "paste:yandex-spam"),
        ("spam is embedded in the email", "qq", "sisimai-rhost:tencent"),
    ),

    "policy_violation": (
        ("reject due to policy restrictions", "", "paste:gmx-policy"),
        ("esmtp no data before greeting", "cox", "sisimai-rhost:cox"),
        ("attachment extension is forbidden", "cox", "sisimai-rhost:cox"),
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
    ),    "limit_exceeded": (
        ("the message exeeded the maximum size the user accepts", "qmail-ldap",
         "sisimai-lhost:qmail"),
        ("- message size exceeds recipient", "amavis", "sisimai-lhost:amavis"),
    ),
    "not_accepting": (
        ("an mx or srv record indicated no smtp service", "exim", "sisimai-lhost:exim"),
        ("no host found for existing smtp connection", "exim", "sisimai-lhost:exim"),
        ("destination seem to reject all mails", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("no mx found for domain", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("no mx found for destination", "opensmtpd", "sisimai-lhost:opensmtpd"),
    ),
    "host_unknown": (
        ("all host address lookups failed permanently", "exim", "sisimai-lhost:exim"),
        ("as the remote domain doesnt exist", "kddi", "sisimai-lhost:kddi"),
    ),
    "network_error": (
        ("address family mismatch on destination mxs", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("all routes to destination blocked", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("bad dns lookup error code", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("could not retrieve source address", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("network error on destination mxs", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("no valid route to remote mx", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("no valid route to destination", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("temporary failure in mx lookup", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("although i'm listed as a best-preference mx or a for that host", "qmail",
         "sisimai-lhost:qmail"),
        ("message has exceeded maximum hop count", "notes", "sisimai-lhost:notes"),
        ("dns lookup failed.", "courier", "sisimai-lhost:courier"),
    ),
    "syntax_error": (
        ("angle-brackets nested too deep", "exim", "sisimai-lhost:exim"),
        ('expected word or "<"', "exim", "sisimai-lhost:exim"),
        ("domain missing in source-routed address", "exim", "sisimai-lhost:exim"),
        ("malformed address:", "exim", "sisimai-lhost:exim"),
    ),
    "content_error": (
        ('too many "received" headers', 'exim', 'sisimai-lhost:exim'),
        ("- bad header:", "amavis", "sisimai-lhost:amavis"),
        ("msg-p2", "facebook", "sisimai-lhost:facebook"),
        ("msg-p3", "facebook", "sisimai-lhost:facebook"),
        ("pol-p6", "facebook", "sisimai-lhost:facebook"),
    ),
    "auth_required": (
        ("could not retrieve credentials", "opensmtpd", "sisimai-lhost:opensmtpd"),
        ("security alert", "fml", "sisimai-lhost:fml"),
    ),
    "virus_detected": (
        ("- infected", "amavis", "sisimai-lhost:amavis"),
        ("pol-p5", "facebook", "sisimai-lhost:facebook"),
    ),
    "filtered": (
        ("cannot route mail to user", "domino", "sisimai-lhost:domino"),
        ("rcp-p2", "facebook", "sisimai-lhost:facebook"),
        ("rcp-p3", "facebook", "sisimai-lhost:facebook"),
    ),
    "expired": (
        ("your message was not delivered within ", "ezweb", "sisimai-lhost:ezweb"),
    ),

}

# ---------------------------------------------------------------------------------------------
# Vendor codes: a service's own error code in its reply decides, as its documentation says
# (Sisimai's Rhost tables, p5-sisimai v5.1.0).  (mta, literals, pattern, code -> reason,
# source): the pattern, a small bounded regex over the lower-cased reply whose one group is the
# code, is tried only when one of the literals is in the reply; a code not in the table decides
# nothing (La Poste's "LPN105_423" only asks to try later).
# ---------------------------------------------------------------------------------------------
VENDOR_CODES = (
    ("orange", ("lpn", "ofr", "ouk"), r"\b(?:lpn|lpnaaa|ofr|ouk)(?:_|[0-9]{3}[-_])([0-9]{3})\b", {
        "101": "blocked", "102": "blocked", "103": "blocked", "104": "too_many_connections",
        "305": "auth_required", "401": "sender_auth_failed", "402": "auth_required",
        "403": "sender_rejected", "405": "sender_rejected", "415": "sender_rejected",
        "416": "user_unknown", "417": "mailbox_full", "420": "mailbox_suspended",
        "421": "sender_rejected", "426": "mailbox_suspended", "505": "system_error",
        "506": "spam_detected", "510": "blocked", "514": "message_too_big",
        "517": "sender_auth_failed", "630": "policy_violation", "999": "blocked",
    }, "sisimai-rhost:franceptt"),
    ("cox", ("aup#",), r"\baup#([0-9a-z]{2,12})", {
        "cxbl": "blocked", "cxdns": "ptr_required", "cxsndr": "sender_auth_failed",
        "cxsmtp": "sender_rejected", "cxcnct": "too_many_connections",
        "cxmxrt": "too_many_connections", "cdrbl": "blocked", "cxthrt": "auth_required",
        "cxmj": "auth_required", "ipbl0001": "blocked", "ipbl0010": "blocked",
        "ipbl0100": "blocked", "ipbl0011": "blocked", "ipbl0101": "blocked",
        "ipbl0110": "blocked", "ipbl0111": "blocked", "ipbl1000": "blocked",
        "ipbl1001": "blocked", "ipbl1010": "blocked", "ipbl1011": "blocked",
        "ipbl1100": "blocked", "ipbl1101": "blocked", "ipbl1110": "blocked",
        "ipbl1111": "blocked", "ipbl00001": "blocked", "urlbl011": "spam_detected",
        "urlbl101": "spam_detected", "urlbl110": "spam_detected",
        "urlbl1001": "spam_detected",
    }, "sisimai-rhost:cox"),
    ("godaddy", (" ib",), r" (ib[0-9]{3})\b", {
        "ib401": "auth_required", "ib501": "not_rfc_compliant", "ib502": "not_rfc_compliant",
        "ib506": "sender_rejected", "ib508": "sender_auth_failed", "ib108": "ptr_required",
        "ib212": "spam_detected", "ib705": "virus_detected", "ib605": "too_many_connections",
        "ib007": "too_many_connections", "ib101": "rate_limited", "ib110": "blocked",
        "ib111": "blocked", "ib112": "blocked", "ib113": "blocked", "ib504": "rate_limited",
        "ib510": "rate_limited", "ib607": "rate_limited", "ib103": "bad_reputation",
        "ib104": "blocked", "ib105": "blocked", "ib106": "blocked",
    }, "sisimai-rhost:godaddy"),
)

# ---------------------------------------------------------------------------------------------
# Vendor phases: a service whose refusal means something else at a given command (Sisimai's
# Rhost NTTDOCOMO: without a specific status, docomo's "550 Unknown user" after DATA is its
# reception filter refusing the sender, at RCPT an unknown user).  (host as the reply names it,
# command, reason, mta, source); they apply only when the reply has no specific status and its
# phrases say nothing more than "unknown user".
# ---------------------------------------------------------------------------------------------
VENDOR_PHASES = (
    ("docomo.ne.jp[", "DATA", "sender_rejected", "docomo", "sisimai-rhost:nttdocomo"),
    ("docomo.ne.jp [", "DATA", "sender_rejected", "docomo", "sisimai-rhost:nttdocomo"),
    ("docomo.ne.jp[", "RCPT", "user_unknown", "docomo", "sisimai-rhost:nttdocomo"),
    ("docomo.ne.jp [", "RCPT", "user_unknown", "docomo", "sisimai-rhost:nttdocomo"),
)

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
    ("openrelay check", "blocked", "coremail", "coremail:replies"),
    ("relay server not ready", "system_error", "", "isp-faq:relay-server-not-ready"),
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
