"""Netscape Messaging Server's report ("Mail System Error - Returned Mail"): the reason in words
under its first line, then "The following recipients did not receive your message:" with each
address on a line of its own, without a reply code.

Source: flufl.bounce tests/data/netscape_01.txt (LGPL-3.0; tests/corpus/en/
ndr-netscape-messaging-queue-expired).  Its loose recipient line is searched only after this
family's own head.
"""

FORMAT = "ndr"

HEADS = (
    ("en", "This Message was undeliverable due to the following reason:",
     "flufl.bounce netscape_01 (tests/corpus/en/ndr-netscape-messaging-queue-expired)"),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    ("en", "This Message was undeliverable due to the following reason: {reply}",
     "flufl.bounce netscape_01 (tests/corpus/en/ndr-netscape-messaging-queue-expired)"),
    ("en", "The following recipients did not receive your message: <{recipient}>",
     "flufl.bounce netscape_01 (tests/corpus/en/ndr-netscape-messaging-queue-expired)"),
)

GATE = (
    ("en", "was undeliverable due to the following reason", "flufl.bounce netscape_01"),
)
