"""Novell GroupWise's report: "The message that you sent was undeliverable to the following:"
and each recipient with the reason in brackets, without a reply code.

Source: Mail-DeliveryStatus-BounceParser t/corpus/novell-with-rhs.msg (Perl licence;
tests/corpus/en/ndr-groupwise-user-not-found).  Its loose recipient line is searched only
after this family's own head.
"""

FORMAT = "ndr"

HEADS = (
    ("en", "The message that you sent was undeliverable to the following:",
     "BounceParser t/corpus/novell-with-rhs.msg (tests/corpus/en/ndr-groupwise-user-not-found)"),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    ("en", "^{recipient} ({reply})",
     "BounceParser t/corpus/novell-with-rhs.msg (tests/corpus/en/ndr-groupwise-user-not-found)"),
)

GATE = (
    ("en", "was undeliverable to the following", "BounceParser t/corpus/novell-with-rhs.msg"),
)
