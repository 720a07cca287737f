"""DATAP's XWall (an Exchange gateway's filter) report: "Your message ... has encountered a
delivery problem." and the reason after "Reason:" ("Spam" and a sentence), with an RFC 3464
part whose status class 9 is XWall's own ("X-XWall; 5.9.8 Spam").  The recipient, named in
that part's "Final-Recipient:" a few blank lines and a "---" below, is not read yet.

Source: rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection42.msg (Perl licence;
tests/corpus/en/ndr-xwall-spam).  Its "Reason:" line is searched only after this family's
own head.
"""

FORMAT = "ndr"

HEADS = (
    ("en", "has encountered a delivery problem.",
     "BounceParser spam-rejection42.msg (tests/corpus/en/ndr-xwall-spam)"),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    # (the reason's name on its line, then the sentence that says it)
    ("en", "^Reason: {line}{reply}",
     "BounceParser spam-rejection42.msg (tests/corpus/en/ndr-xwall-spam)"),
)

GATE = (
    ("en", "has encountered a delivery problem.", "BounceParser spam-rejection42.msg"),
)
