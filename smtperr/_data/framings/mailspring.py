"""Mailspring: when the SMTP check of its account setup fails, Mailspring shows the log of the
session with the server's last reply apart from its code: "SMTP Last Response Code: 554" and
then "SMTP Last Response: 5.7.1 <...>: Sender address rejected: Access denied" (Mailcore keeps
the reply's words without the code).  The log is not translated: English only.

Source: Mailspring-Sync MailSync/main.cpp (``runTestAuth``: ``"\\nSMTP Last Response Code: " +
to_string(smtp.lastSMTPResponseCode())``, ``"\\nSMTP Last Response: " + ...``; in
Foundry376/Mailspring-Sync at commit 652bd82c2298), as users pasted it in GitHub
Foundry376/Mailspring#2236 (Postfix refusing the sender) and #1526 (an AUTH command refused).
A code of 250 (a check that failed on the client's side, #850) is no reply of a refusal: the
``{code}`` slot takes 4xx and 5xx only.  Pasted whole, the log also holds the session's
transcript with the same reply and its code: scan then gives that line a record of its own
(format server-reply) beside the mailspring one (tests/corpus_pending/mailspring/en); a
heading "----------SMTP----------" cannot begin the message, since a literal's hyphens are
optional and it would match every line that starts with "SMTP".
"""

FORMAT = "mailspring"

_SRC = "Foundry376/Mailspring-Sync MailSync/main.cpp@652bd82c2298 runTestAuth"

HEADS = ()

SECTIONS = ()

REPLIES = (
    ("en", "SMTP Last Response Code: {code} SMTP Last Response: {reply}",
     "GitHub Foundry376/Mailspring#2236, #1526; tests/corpus/en/mailspring-postfix-sender-rejected,"
     " mailspring-auth-command-unrecognized; " + _SRC),
)

INNER = ()

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("en", "SMTP Last Response", _SRC),
)
