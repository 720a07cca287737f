"""English (en)."""

LANGUAGE = "en"
VERIFIED = True
BASIS = (
    "Microsoft KB 290842 (en-us, ftp.zx.net.nz archive), support.office.com article "
    "65b494a4-0a15-433e-829f-e73651e0245e, KB texts for 0x800CCC0F/0x800CCC1A, and real "
    "Outlook Express / Windows Live Mail / Outlook pastes on forums (tests/corpus/en)."
)

LABELS = {
    "subject": ("Subject",),
    "account": ("Account",),
    "server": ("Server", "servers"),
    "protocol": ("Protocol",),
    "server_response": ("Server Response",),
    "port": ("Port",),
    "ssl": ("Secure(SSL)", "Secure (SSL)", "Secure", "SSL"),
    "server_error": ("Server Error",),
    "socket_error": ("Socket Error",),
    "error_number": ("Error Number", "Error Num"),
    "wlm_error_id": ("Windows Live Mail Error ID",),
    "wm_error_id": ("Windows Mail Error ID",),
}

YES = ("Yes",)
NO = ("No",)

OPENINGS = (
    ("0x800CCC79", "The message could not be sent because one of the recipients was rejected "
     "by the server. The rejected e-mail address was {recipient}."),
    ("0x800CCC79", "The message could not be sent because one of the recipients was rejected "
     "by the server. The rejected email address was {recipient}."),
    ("0x800CCC78", "The message could not be sent because the server rejected the sender's "
     "e-mail address. The sender's e-mail address was {address}."),
    ("0x800CCC78", "The message could not be sent because the server rejected the sender's "
     "email address. The sender's email address was {address}."),
    ("0x800CCC79", "The message could not be sent. The authentication setting might not be "
     "correct for your outgoing e-mail [SMTP] server."),
    ("0x800CCC79", "The message could not be sent. Your outgoing e-mail [SMTP] server setting "
     "might need to be configured."),
    ("0x800CCC0E", "The connection to the server has failed."),
    ("0x800CCC0F", "Your server has unexpectedly terminated the connection. Possible causes "
     "for this include server problems, network problems, or a long period of inactivity."),
    ("0x800CCC90", "Your POP3 server has rejected your user name or password."),
    ("0x800CCC92", "There was a problem logging onto your mail server. Your Password was "
     "rejected."),
    ("0x800CCC92", "There was a problem logging onto your mail server. Your User Name was "
     "rejected."),
    ("0x800CCC7D", "The server does not support a SSL connection."),
    ("0x800CCC1A", "A secure connection to the server could not be established."),
    ("0x800CCC0D", "The host '{server}' could not be found. Please verify that you have "
     "entered the server name correctly."),
    ("0x800CCC0B", "The server is busy. Please try again later."),
    ("0x800CCC67", "An unknown error has occurred."),
    ("0x800CCC6A", "Your outgoing (SMTP) e-mail server has reported an internal error."),
    ("0x800CCC80", "None of the authentication methods supported by this client are supported "
     "by your server."),
)

TEMPLATES = (
    ("outlook-task", "Task '{account} - Sending' reported error ({error_number}) : "
     "'{server_response}'"),
    ("outlook-task", "Task '{account} - Receiving' reported error ({error_number}) : "
     "'{server_response}'"),
    ("outlook-task", "'{account} - Sending' reported error ({error_number}) : "
     "'{server_response}'"),
    ("outlook-task", "'Sending' reported error ({error_number}) : '{server_response}'"),
    ("outlook-task", "'Receiving' reported error ({error_number}) : '{server_response}'"),
    ("thunderbird", "An error occurred while sending mail. The mail server responded: "
     "{server_response} Please check the message recipient {recipient} and try again."),
    ("exchange-ndr", "Your message did not reach some or all of the intended recipients. "
     "Subject: {subject} Sent: {_} The following recipient(s) cannot be reached: "
     "'{recipient}' on {_} Server error: '{server_response}'"),
    ("exchange-ndr", "Your message did not reach some or all of the intended recipients. "
     "Subject: {subject} Sent: {_} The following recipient(s) could not be reached: "
     "'{recipient}' on {_} Server error: '{server_response}'"),
    ("thunderbird", "An error occurred while sending mail. The mail server responded: "
     "{server_response} Please check the message and try again."),
    ("thunderbird", "An error occured sending mail: Unable to connect to SMTP Server {server} "
     "via STARTTLS since it doesn't offer STARTTLS In EHLO response."),
    ("thunderbird", "Sending of the message failed. An error occurred while sending mail: "
     "Unable to connect to SMTP Server {server} via STARTTLS since it doesn't offer STARTTLS in "
     "EHLO response."),
)

SERVER_PHRASES = {
    "relay_denied": ("Forwarding Denied",),
}
