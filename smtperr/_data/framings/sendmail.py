"""Sendmail non-delivery reports ("----- The following addresses had permanent fatal errors
-----", "----- Transcript of session follows -----"), also sent by AOL and Orange, and in its
layout by Zoho.

Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT).
"""

FORMAT = "ndr"

HEADS = (
    ("en", "The original message was received at {line}",
     "sisimai set-of-emails lhost-sendmail-01; tests/corpus/en/ndr-sendmail-relay-denied"),
    ("en", "----- The following addresses had permanent fatal errors -----",
     "sisimai lhost-sendmail-01; bounce_email tt_bounce_23"),
)

SECTIONS = (
    ("en", "----- Transcript of session follows -----", "sisimai lhost-v5sendmail-01"),
    ("en", "... while talking to {server}:", "sisimai lhost-sendmail-01"),
    ("en", "While talking to {server}:", "sisimai lhost-v5sendmail-03 (Sendmail V5)"),
)

REPLIES = ()

INNER = (
    # The reply, as Sendmail repeats it under the failed address: "(reason: 550 ...)".
    ("en", "(reason: {reply})", "sisimai lhost-sendmail-01"),
    # The session transcript: what the remote server answered ("<<< 550 ...").
    ("en", "^<<< {reply}", "sisimai lhost-sendmail-05; bounce_email tt_bounce_23"),
    # Zoho's delay warning in Sendmail's layout: the code and the reason apart.
    ("en", "[Status: Error, Address: <{recipient}>, ResponseCode {code}, , {reply}]",
     "sisimai lhost-zoho-04 (Zoho); tests/corpus/en/ndr-zoho-host-not-reachable-delay"),
)

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "addresses had permanent fatal errors",
     "sisimai lhost-sendmail-01"),
    ("en", "Transcript of session follows",
     "sisimai lhost-v5sendmail-01"),
)
