"""English (en) explanations of client errors.  Literal data only."""

LANGUAGE = "en"
COMPLETE = True
BASIS = (
    "Relay denial: the diagnosis and resolution of Microsoft KB 290842 (Outlook 2002/2003, "
    "archived English text), the extra configuration of KB 214402 (its Outlook 2000 edition) and "
    "the static-IP paragraph of KB 223477, quoted verbatim and marked with their article.  The "
    "other relay texts (authenticated or secure SMTP, the provider's own outgoing server, a "
    "denial that comes and goes, the account address that must match the provider's account) "
    "restate what support article 65b494a4 says; its text was not available, so they are the "
    "project's own wording ('own').  Every other reason, the phases and the error numbers are "
    "the project's own wording, except the opening sentences of the client's messages "
    "('ms:client')."
)

LABELS = {
    "what_failed": "What failed",
    "server_reply": "Server reply",
    "reason": "Reason",
    "evidence": "Decided by",
    "causes": "Likely cause",
    "fixes": "What to do",
    "waiting": "Will sending again later help?",
    "yes": "Yes.",
    "no": "No: something must be changed first.",
    "maybe": "Perhaps: it depends on the cause.",
    "recipient": "recipient",
    "error_number": "error number",
    "socket_error": "socket error",
}

PHASES = {
    "CONN": ("Connecting to the server failed.", "own"),
    "EHLO": ("The server refused the client's greeting (EHLO/HELO).", "own"),
    "HELO": ("The server refused the client's greeting (EHLO/HELO).", "own"),
    "STARTTLS": ("Starting encryption (STARTTLS) failed.", "own"),
    "AUTH": ("Logging on to the server failed.", "own"),
    "MAIL": ("The server refused the sender (MAIL FROM).", "own"),
    "RCPT": ("The server refused a recipient (RCPT TO).", "own"),
    "DATA": ("The server refused the message after receiving it (DATA).", "own"),
    "": ("The server refused the message.", "own"),
}

NUMBERS = {
    "0x800CCC79": ("The message could not be sent because one of the recipients was rejected "
                   "by the server.", "ms:client"),
    "0x800CCC78": ("The message could not be sent because the server rejected the sender's "
                   "address.", "own"),
    "0x800CCC0D": ("The server could not be found (its name did not resolve).", "own"),
    "0x800CCC0E": ("The connection to the server has failed.", "ms:client"),
    "0x800CCC0F": ("The connection to the server was interrupted.", "own"),
    "0x800CCC15": ("A network connection (socket) to the server could not be opened.", "own"),
    "0x800CCC19": ("The server did not answer in time.", "own"),
    "0x800CCC18": ("Logging on to the server failed (Secure Password Authentication).", "own"),
    "0x800CCC90": ("The incoming (POP3) server refused the logon.", "own"),
    "0x800CCC91": ("The incoming (POP3) server refused the user name.", "own"),
    "0x800CCC92": ("The incoming (POP3) server refused the password.", "own"),
    "0x800CCC1A": ("A secure (SSL) connection to the server could not be made.", "own"),
    "0x800CCC7D": ("The outgoing (SMTP) server does not support the secure connection "
                   "(STARTTLS) the account asks for.", "own"),
    "0x800CCC80": ("The client and the outgoing (SMTP) server share no authentication method.",
                   "own"),
    "0x800CCC6A": ("The server reported an error while processing the message (451).", "own"),
    "0x800CCC6C": ("The server has no storage left for the message (452).", "own"),
    "0x800CCC6D": ("The message exceeds the storage the server allows (552).", "own"),
    "0x80042108": ("Outlook cannot connect to the incoming (POP3) e-mail server.", "own"),
    "0x80042109": ("Outlook cannot connect to the outgoing (SMTP) e-mail server.", "own"),
    "0x8004210A": ("The operation timed out waiting for a response from the receiving (POP) "
                   "server.", "own"),
    "0x8004210B": ("The operation timed out waiting for a response from the sending (SMTP) "
                   "server.", "own"),
}

REASONS = {
    "relay_denied": {
        "title": ("Relaying denied: the server will not pass the message on", "own"),
        "cause": (
            ("This behavior may occur if you have one of the following configurations:\n"
             "  • You are logged on to a Local Area Network (LAN) that has an Internet gateway "
             "and you try to send messages through an ISP's SMTP gateway.\n"
             "  • You are logged on to an ISP and you try to send messages through another "
             "ISP's SMTP gateway.\n"
             "  • You are using a cable modem or ADSL to get to another ISP and you try to send "
             "messages.", "ms:kb290842"),
            ("The reply address in the mail account properties is different than that of your "
             "Internet Service Provider.", "ms:kb214402"),
            ("This behavior affects all messaging clients, regardless of the manufacturer.",
             "ms:kb290842"),
            ("Some providers (MSN, for example) also refuse to relay when the e-mail address of "
             "the account does not match the account you have with them.", "own"),
            ("If the error comes and goes, the server could not verify the recipient's domain "
             "at that moment; the message is then usually sent later without anything to "
             "change.", "own"),
        ),
        "fix": (
            ("To resolve this behavior, contact your ISP for help. The e-mail client does not "
             "cause this behavior. From a messaging client standpoint, there are no solutions "
             "for customers whose ISPs block all SMTP Relay traffic.", "ms:kb290842"),
            ("The fix is on the server side: if the provider offers it, turn on authentication "
             "for the outgoing server (\"My outgoing server (SMTP) requires authentication\") or "
             "use its secure SMTP (SSL/TLS, usually port 465 or 587).", "own"),
            ("Or send through the outgoing (SMTP) server of the provider that connects you to "
             "the Internet.", "own"),
            ("Most of the new SMTP e-mail gateway software can allow relaying for specific IP "
             "addresses. This is how cable modem and ADSL users will be able to continue to use "
             "their same ISP. The cable modem or ADSL provider must provide the customer a "
             "static IP address, in turn, the customer's e-mail ISP will allow relaying for "
             "that specific IP address. Banks of IP addresses can also be allowed, which may "
             "provide a workaround for some corporate customers who access ISP's through their "
             "corporate LAN.", "ms:kb223477"),
            ("Make the e-mail address in the account settings the address of the account you "
             "have with that provider.", "own"),
        ),
    },
    "user_unknown": {
        "title": ("Unknown recipient", "own"),
        "cause": (("The recipient's address does not exist on the receiving server: a typing "
                   "error, or the mailbox was deleted.", "own"),),
        "fix": (("Check the address letter by letter, including the part after @, or ask the "
                 "recipient for their current address.", "own"),),
    },
    "mailbox_full": {
        "title": ("Recipient's mailbox full", "own"),
        "cause": (("The recipient's mailbox is over its storage quota.", "own"),),
        "fix": (("Send again later, or tell the recipient another way so that they make room.",
                 "own"),),
    },
    "sender_rejected": {
        "title": ("Sender refused", "own"),
        "cause": (("The server refused the sender's address (MAIL FROM): it does not exist, may "
                   "not send through this server, or is blocked.", "own"),),
        "fix": (("Check the e-mail address in the account settings: send from the address of "
                 "the account you log on with.", "own"),),
    },
    "blocked": {
        "title": ("Sending server blocked", "own"),
        "cause": (("The receiving server refuses mail from the sending IP address or host "
                   "(a blocklist, a missing or wrong host name, a dynamic IP range).", "own"),),
        "fix": (("Send through your provider's outgoing server; if that server is listed, ask "
                 "the provider or the receiving site to remove it from the list.", "own"),),
    },
    "auth_required": {
        "title": ("Authentication required", "own"),
        "cause": (("The server requires a logon or a security setting that the client did not "
                   "use.", "own"),),
        "fix": (("Turn on \"My outgoing server (SMTP) requires authentication\" and check the "
                 "encryption (SSL/TLS) and port settings.", "own"),),
    },
    "spam_detected": {
        "title": ("Judged to be spam", "own"),
        "cause": (("The receiving server's spam filter judged the message to be spam.",
                   "own"),),
        "fix": (("Remove suspicious links, attachments or wording and send again; ask the "
                 "recipient to allow your address.", "own"),),
    },
    "policy_violation": {
        "title": ("Refused by the receiving site's rules", "own"),
        "cause": (("A rule of the receiving site refused the message (attachment types, "
                   "outside senders, list membership, ...).", "own"),),
        "fix": (("Read the server's reply for the rule and ask the recipient's administrator.",
                 "own"),),
    },
    "host_unknown": {
        "title": ("Recipient's domain unknown", "own"),
        "cause": (("The recipient's domain (after @) does not exist or has no mail server.",
                   "own"),),
        "fix": (("Check the part of the address after @ for typing errors.", "own"),),
    },
    "network_error": {
        "title": ("Network or DNS trouble", "own"),
        "cause": (("DNS, routing or network trouble between the servers.", "own"),),
        "fix": (("Usually temporary: send again later; if it persists, tell the mail "
                 "provider.", "own"),),
    },
    "system_error": {
        "title": ("Server error", "own"),
        "cause": (("The receiving server had an internal error or is misconfigured.", "own"),),
        "fix": (("Send again later; if it persists, the recipient's administrator must fix the "
                 "server.", "own"),),
    },
    "system_full": {
        "title": ("Server out of storage", "own"),
        "cause": (("The receiving server has run out of storage.", "own"),),
        "fix": (("Send again later.", "own"),),
    },
    "syntax_error": {
        "title": ("Command not understood", "own"),
        "cause": (("The server did not understand a command the client sent: a setting of the "
                   "client or of the server is wrong.", "own"),),
        "fix": (("Check the account settings (server names, ports, authentication) or update "
                 "the mail program.", "own"),),
    },
    "content_error": {
        "title": ("Message format refused", "own"),
        "cause": (("The message's headers or body are malformed or not allowed by the "
                   "receiving server.", "own"),),
        "fix": (("Send the message again in a plain format, without unusual encodings or "
                 "attachments.", "own"),),
    },
    "message_too_big": {
        "title": ("Message too big", "own"),
        "cause": (("The message is larger than the receiving server accepts.", "own"),),
        "fix": (("Send smaller attachments, or share large files through a link.", "own"),),
    },
    "limit_exceeded": {
        "title": ("Recipient's limit exceeded", "own"),
        "cause": (("A size or count limit of the recipient was exceeded.", "own"),),
        "fix": (("Send a smaller message, or to fewer recipients at a time.", "own"),),
    },
    "expired": {
        "title": ("Delivery gave up", "own"),
        "cause": (("The sending server kept failing to deliver the message until its retry "
                   "time ran out.", "own"),),
        "fix": (("Check the recipient's address and domain, then send again later.", "own"),),
    },
    "mailbox_suspended": {
        "title": ("Recipient's account disabled", "own"),
        "cause": (("The recipient's account is disabled or suspended.", "own"),),
        "fix": (("Reach the recipient another way: the address may no longer be in use.",
                 "own"),),
    },
    "mailbox_moved": {
        "title": ("Recipient has moved", "own"),
        "cause": (("The recipient's mailbox has moved and left no forwarding address.",
                   "own"),),
        "fix": (("Ask the recipient for their new address.", "own"),),
    },
    "not_accepting": {
        "title": ("Domain accepts no mail", "own"),
        "cause": (("The recipient's domain does not accept e-mail at all.", "own"),),
        "fix": (("Check the domain, or reach the recipient another way.", "own"),),
    },
    "ptr_required": {
        "title": ("Sending server has no reverse DNS", "own"),
        "cause": (("The sending server's IP address has no valid reverse DNS (PTR) name.",
                   "own"),),
        "fix": (("Send through your provider's outgoing server; that server's administrator "
                 "must set its PTR record.", "own"),),
    },
    "bad_reputation": {
        "title": ("Sender's reputation too low", "own"),
        "cause": (("The sending IP address or domain has a poor reputation with the receiving "
                   "site.", "own"),),
        "fix": (("Send through your provider's outgoing server; the sending server's "
                 "administrator must restore its reputation.", "own"),),
    },
    "sender_auth_failed": {
        "title": ("Sender's domain failed SPF, DKIM or DMARC", "own"),
        "cause": (("The checks of the sender's domain (SPF, DKIM or DMARC) failed.", "own"),),
        "fix": (("Send through the server your domain authorizes; the domain's administrator "
                 "must fix its SPF, DKIM and DMARC records.", "own"),),
    },
    "virus_detected": {
        "title": ("Virus found", "own"),
        "cause": (("A virus scanner refused the message.", "own"),),
        "fix": (("Scan the attachments, remove infected files and send again.", "own"),),
    },
    "mailer_error": {
        "title": ("Delivery program failed", "own"),
        "cause": (("A program that delivers mail on the receiving side (a filter or mailbox "
                   "program) failed.", "own"),),
        "fix": (("Tell the recipient or their administrator, and send again later.", "own"),),
    },
    "too_many_connections": {
        "title": ("Too many connections or recipients", "own"),
        "cause": (("Too many connections or recipients at once for the receiving server.",
                   "own"),),
        "fix": (("Send to fewer recipients at a time, and send again later.", "own"),),
    },
    "rate_limited": {
        "title": ("Sending too fast", "own"),
        "cause": (("Mail is being sent faster than the server allows.", "own"),),
        "fix": (("Slow down and send again later.", "own"),),
    },
    "not_rfc_compliant": {
        "title": ("Message format invalid", "own"),
        "cause": (("The message does not follow the Internet message format (RFC 5322), for "
                   "example a header is missing or repeated.", "own"),),
        "fix": (("Send again from an up-to-date mail program; the program or service that built "
                 "the message must be fixed.", "own"),),
    },
    "filtered": {
        "title": ("Refused by the recipient's side", "own"),
        "cause": (("The receiving side refused the message after it was sent (recipient-side "
                   "filtering, or an address check after DATA).", "own"),),
        "fix": (("Check the address; if it is right, ask the recipient whether they filter "
                 "your mail.", "own"),),
    },
    "starttls_failed": {
        "title": ("Encryption (STARTTLS) failed", "own"),
        "cause": (("The encrypted connection (STARTTLS) was required or could not be started.",
                   "own"),),
        "fix": (("Check the encryption setting: STARTTLS/TLS on port 587, or SSL on port 465, "
                 "as the provider says.", "own"),),
    },
    "suppressed": {
        "title": ("Address suppressed by the sending service", "own"),
        "cause": (("The address is on the sending service's suppression list (earlier bounces "
                   "or complaints).", "own"),),
        "fix": (("Check the address, then ask the sending service to remove it from the list.",
                 "own"),),
    },
    "connection_failed": {
        "title": ("Cannot connect to the server", "own"),
        "cause": (("The client could not connect to the server: a wrong server name or port, "
                   "no network, a firewall or antivirus program, or the provider blocks the "
                   "port.", "own"),),
        "fix": (("Check the server name and port, the network connection, and the firewall or "
                 "antivirus; for outgoing mail try port 587.", "own"),),
    },
    "connection_lost": {
        "title": ("Connection interrupted", "own"),
        "cause": (("The connection was closed before the transfer ended: server or network "
                   "trouble, a firewall or antivirus program, or a long idle time.", "own"),),
        "fix": (("Send again; if it repeats, check the firewall or antivirus and the port and "
                 "encryption settings.", "own"),),
    },
    "timeout": {
        "title": ("Server did not answer in time", "own"),
        "cause": (("The server did not answer in time.", "own"),),
        "fix": (("Raise the server timeout in the account settings and try again; check the "
                 "network.", "own"),),
    },
    "login_failed": {
        "title": ("Logon refused", "own"),
        "cause": (("The server refused the user name or password.", "own"),),
        "fix": (("Enter the user name (often the full e-mail address) and the password again; "
                 "check whether the provider requires an app password.", "own"),),
    },
    "tls_failed": {
        "title": ("Secure connection failed", "own"),
        "cause": (("A secure (SSL/TLS) connection could not be made.", "own"),),
        "fix": (("Check the port and the encryption type the provider gives for the server.",
                 "own"),),
    },
    "auth_unsupported": {
        "title": ("No common logon method", "own"),
        "cause": (("The client and the server share no authentication method.", "own"),),
        "fix": (("Change the authentication setting (for example, turn off Secure Password "
                 "Authentication).", "own"),),
    },
    "on_hold": {
        "title": ("Reason not clear", "own"),
        "cause": (("The server's reply does not say clearly why the message was refused.",
                   "own"),),
        "fix": (("Read the whole server reply and ask the mail provider about it.", "own"),),
    },
    "undefined": {
        "title": ("No reason found", "own"),
        "cause": (("No reason could be found in the text.", "own"),),
        "fix": (("Copy the whole error message, with the server's reply and the error number.",
                 "own"),),
    },
}
