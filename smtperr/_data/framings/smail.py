"""Smail's report: a "Failed addresses follow:" section whose lines give each address and the
reason, "address ... reason", without a reply code.

Source: flufl.bounce tests/data/simple_04.txt (LGPL-3.0; tests/corpus/en/ndr-smail-unknown-host).
Its loose recipient line is searched only after this family's own head.
"""

FORMAT = "ndr"

HEADS = (
    # (the dashes around it left out: punctuation in a framing is optional, and the 46
    # optional dashes cost ~0.3 ms at every "failed" in a window)
    ("en", "Failed addresses follow:",
     "flufl.bounce simple_04 (tests/corpus/en/ndr-smail-unknown-host)"),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    ("en", "^{recipient} ... {reply}",
     "flufl.bounce simple_04 (tests/corpus/en/ndr-smail-unknown-host)"),
)

GATE = (
    ("en", "Failed addresses follow:", "flufl.bounce simple_04"),
)
