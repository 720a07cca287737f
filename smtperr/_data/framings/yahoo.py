"""Yahoo and AOL non-delivery reports.

Sources: Sisimai's set-of-emails (BSD-2-Clause), deltachat-core-rust test data (MPL-2.0),
flufl.bounce test data (LGPL-3.0; wording only).
"""

FORMAT = "ndr"

HEADS = (
    ("en", "Sorry, we were unable to deliver your message to the following address.",
     "sisimai set-of-emails lhost-yahoo-01; tests/corpus/en/ndr-yahoo-user-unknown"),
    ("en", "Unable to deliver message to the following address(es).",
     "flufl.bounce yahoo_02 (yahoo.es, 2002)"),
    ("en", "We were unable to deliver your message to the following address",
     "sisimai rhost-aol-01 (AOL, 2014)"),
    ("en", "Your mail to the following recipients could not be delivered",
     "BounceParser aol-senderblock.msg; flufl.bounce aol_01 "
     "(tests/corpus/en/ndr-aol-senderblock-attachments, ndr-aol-not-accepting-mail-from)"),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    ("en", "^<{recipient}>: {reply}", "sisimai lhost-yahoo-08; deltachat yahoo_ndn.eml"),
    ("en", "because: {reply}", "sisimai rhost-aol-01"),
    # (the recipient's mail controls: the line after it names the AOL screen name, no address)
    ("en", "could not be delivered because {reply}:",
     "BounceParser aol-senderblock.msg; flufl.bounce aol_01 "
     "(tests/corpus/en/ndr-aol-senderblock-attachments, ndr-aol-not-accepting-mail-from)"),
)

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "unable to deliver your message",
     "sisimai lhost-yahoo-01"),
    ("en", "Unable to deliver message to",
     "flufl.bounce yahoo_02"),
    ("en", "unable to deliver your message to the following address",
     "sisimai rhost-aol-01"),
)
