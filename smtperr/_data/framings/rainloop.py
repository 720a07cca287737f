"""RainLoop and SnappyMail webmail: MailSo's SMTP client turns a refused RCPT TO into the
exception "Failed to add recipient "<address>": <reply>", which the webmail's log writes with
the PHP file it was thrown in (" in /.../SmtpClient.php:794") and, with
``smtp_show_server_errors`` on, its "Can't send message" notification shows.  SnappyMail 2.30+
quotes the address with single quotes.

Source: MailSo/Smtp/SmtpClient.php (``Rcpt()``: ``"Failed to add recipient '{$sTo}'"``, and
``validateResponse()``: prefix, ": ", the reply; the-djmaze/snappymail@ba496919ddea,
AGPL-3.0), as users pasted it in GitHub RainLoop/rainloop-webmail#2018 and
the-djmaze/snappymail#1521; RainLoop 1.11 logged PHP's own form of the exception,
"exception 'MailSo\\Smtp\\Exceptions\\NegativeResponseException' with message '<reply>' in /..."
(RainLoop/rainloop-webmail#1395).  The sentence is MailSo's own, English in every UI language.
"""

FORMAT = "rainloop"

HEADS = ()

SECTIONS = ()

_SRC = "the-djmaze/snappymail snappymail/v/0.0.0/app/libraries/MailSo/Smtp/SmtpClient.php@ba496919ddea"

REPLIES = (
    # The log line ends the reply at the PHP file the exception was thrown in.
    # (SnappyMail 2.x's log names the file after " @ ": GitHub the-djmaze/snappymail#478,
    # tests/corpus/en/rainloop-snappymail-header-from.)
    ("en", 'Failed to add recipient "{recipient}": {reply} {file}',
     "GitHub RainLoop/rainloop-webmail#2018; tests/corpus/en/rainloop-access-denied; " + _SRC),
    ("en", "Failed to add recipient '{recipient}': {reply} {file}",
     "GitHub the-djmaze/snappymail#1521; tests/corpus/en/rainloop-snappymail-domain-not-found; "
     + _SRC),
    # RainLoop 1.11's log: PHP's own form of the exception, the reply without a prefix (a
    # reply to the end of data).
    ("en", "NegativeResponseException' with message '{reply}' {file}",
     "GitHub RainLoop/rainloop-webmail#1395; tests/corpus/en/rainloop-end-of-data-access-denied"),
)

INNER = ()

# The wording that opens a window for this family (units of the gate): shared with Roundcube's.
GATE = (
    ("en", "Failed to add recipient", _SRC),
    ("en", "NegativeResponseException", "GitHub RainLoop/rainloop-webmail#1395, #2018"),
)
