"""Replies pasted alone, without a client's or a bounce's sentence: no framing, but wording
that only server replies carry opens a window for the reader (``GATE``), which then wants a
reply line with a code and more evidence (an enhanced status, a continuation, a known phrase).

Sources: RFC 5321 section 4.2 (reply texts), Postfix and Sendmail default reject texts,
Exchange's diagnostic codes, Google's reply trailer, as seen in real replies in
tests/corpus_pending/server-reply and the Sisimai diagnostics of tests/data/sisimai.
"""

FORMAT = "server-reply"

HEADS = ()

SECTIONS = ()

REPLIES = ()

INNER = ()

GATE = (
    ("en", "Requested action not taken", "RFC 5321 4.2; GitHub jstedfast/MailKit#968"),
    ("en", "Relay access denied", "Postfix smtpd default"),
    ("en", "Relaying denied", "Sendmail check_rcpt default"),
    ("en", "Recipient address rejected", "Postfix smtpd default"),
    ("en", "Sender address rejected", "Postfix smtpd default"),
    ("en", "Address rejected", "GitHub customeros/mailsherpa#19"),
)
