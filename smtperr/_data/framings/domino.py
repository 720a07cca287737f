"""Lotus Notes / Domino non-delivery reports ("was not delivered to: ... because: ...",
"------- Failure Reasons --------"), whose reason may be in the server's language.

Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT).
"""

FORMAT = "ndr"

HEADS = (
    ("en", "was not delivered to:", "sisimai set-of-emails lhost-domino-01; bounce_email "
     "tt_bounce_15"),
    ("en", "------- Failure Reasons --------", "sisimai lhost-notes-01"),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    ("en", "because: {reply}", "sisimai lhost-domino-01, lhost-domino-02 (Japanese reason)"),
    ("en", "------- Failure Reasons -------- {reply}", "sisimai lhost-notes-02"),
)

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "was not delivered to:",
     "sisimai lhost-domino-01"),
    ("en", "------- Failure Reasons --------",
     "sisimai lhost-notes-01, lhost-notes-03 (tests/corpus/en/ndr-notes-failure-reasons)"),
)
