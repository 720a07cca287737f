"""SMTP commands: what a refusal at a command means, how commands are spelled, and the phrases
by which a reply says which command it answers.  Literal data only.
"""

# ---------------------------------------------------------------------------------------------
# SMTP command -> reason when the command is all there is (Sisimai: a refusal at EHLO/HELO is
# "blocked"; any failure of STARTTLS is "failedstarttls").  Commands are upper-case verbs;
# "CONN" is the greeting / connection.
# ---------------------------------------------------------------------------------------------
COMMAND_REASONS = {
    "CONN": "blocked",
    "EHLO": "blocked",
    "HELO": "blocked",
    "STARTTLS": "starttls_failed",
    "AUTH": "login_failed",
}

# How commands are spelled in replies and by callers -> the verb used above.
COMMAND_ALIASES = {
    "RCPT TO": "RCPT",
    "RCPT": "RCPT",
    "MAIL FROM": "MAIL",
    "MAIL": "MAIL",
    "END OF DATA": "DATA",
    "FINAL DATA": "DATA",
    "DATA": "DATA",
    "BDAT": "DATA",
    "TEXT": "DATA",
    ".": "DATA",
    "HELO": "HELO",
    "EHLO": "EHLO",
    "LHLO": "EHLO",
    "STARTTLS": "STARTTLS",
    "AUTH": "AUTH",
    "CONN": "CONN",
    "CONNECT": "CONN",
    "CONNECTION": "CONN",
    "INITIAL CONNECTION": "CONN",
    "GREETING": "CONN",
    "BANNER": "CONN",
    "QUIT": "QUIT",
    "RSET": "RSET",
    "USER": "AUTH",
    "PASS": "AUTH",
    "APOP": "AUTH",
    "LOGIN": "AUTH",
}

# ---------------------------------------------------------------------------------------------
# Where a reply says which SMTP command it answers: (phrase, command).  Same phrase syntax as
# above; the first one found in the reply names the command.
# ---------------------------------------------------------------------------------------------
COMMAND_PHRASES = (
    # Postfix bounce: "host x said: ... (in reply to RCPT TO command)".  Phrases start at a
    # word: the opening parenthesis is left out.
    ("in reply to rcpt to command)", "RCPT"),
    ("in reply to mail from command)", "MAIL"),
    ("in reply to end of data command)", "DATA"),
    ("in reply to data command)", "DATA"),
    ("in reply to bdat command)", "DATA"),
    ("in reply to helo command)", "HELO"),
    ("in reply to ehlo command)", "EHLO"),
    ("in reply to lhlo command)", "EHLO"),
    ("in reply to starttls command)", "STARTTLS"),
    ("in reply to auth command)", "AUTH"),
    # Postfix smtp client: "lost connection with x while performing the HELO handshake".
    ("while receiving the initial server greeting", "CONN"),
    ("while performing the helo handshake", "HELO"),
    ("while performing the ehlo handshake", "EHLO"),
    ("while sending mail from", "MAIL"),
    ("while sending rcpt to", "RCPT"),
    ("while sending data command", "DATA"),
    ("while sending end of data", "DATA"),
    ("while sending message body", "DATA"),
    # Exim: "SMTP error from remote mail server after RCPT TO:<x>: ...".
    ("after initial connection", "CONN"),
    ("after ehlo", "EHLO"),
    ("after helo", "HELO"),
    ("after starttls", "STARTTLS"),
    ("after auth", "AUTH"),
    ("after mail from", "MAIL"),
    ("after rcpt to", "RCPT"),
    ("after end of data", "DATA"),
    ("after data", "DATA"),
    ("for text command", "DATA"),
    ("for rcpt to command", "RCPT"),
    ("for mail from command", "MAIL"),
    # qmail-remote and derivatives.
    ("refused to talk to me", "CONN"),
    ("but my name was rejected", "HELO"),
    # cPanel's Exim refusing the name a client greets with (tests/corpus/en/
    # roundcube-7316-helo-name: "Access denied - Invalid HELO name (See RFC2821 4.1.3)").
    ("invalid helo name", "HELO"),
    ("does not like recipient", "RCPT"),
    ("failed after i sent the message", "DATA"),
    ("did not like our rcpt to", "RCPT"),
    ("did not like our mail from", "MAIL"),
    ("did not like our final data", "DATA"),
    ("did not like our data", "DATA"),
    # Transcripts and other MTAs.
    ("smtp:rcpt", "RCPT"),
    ("smtp:mail", "MAIL"),
    ("smtp:data", "DATA"),
    ("error following rcpt command", "RCPT"),
    ("error following mail command", "MAIL"),
    ("error following data command", "DATA"),
    ("rcpt_to]", "RCPT"),
    ("mail_from]", "MAIL"),
    )

# ---------------------------------------------------------------------------------------------
# What a reply to DATA says when every recipient had already been refused at RCPT: the refusal
# it quotes ("550 <x>: User unknown ... 554 5.5.1 Error: no valid recipients") was made at RCPT,
# so the phase is RCPT whatever command the caller names.  (phrase, source)
# ---------------------------------------------------------------------------------------------
RECIPIENTS_REFUSED = (
    ("error: no valid recipients", "postfix:smtpd-rcpt"),
    ("error: need rcpt command", "postfix:smtpd-rcpt"),
    ("all rcpt commands were rejected", "exim:smtp_in"),
    ("valid rcpt command must precede data", "exim:smtp_in"),
    ("need rcpt (recipient)", "sendmail:srvrsmtp"),
)
