"""Trend Micro InterScan E-Mail VirusWall's report: a starred banner, "The following mail could
not be delivered." and the reason in words after "Reason:", without a reply code or an address.

Source: flufl.bounce tests/data/dumbass_01.txt (LGPL-3.0; tests/corpus/en/
ndr-interscan-viruswall).  Its "Reason:" line is searched only after this family's own head.
"""

FORMAT = "ndr"

HEADS = (
    ("en", "Message from InterScan E-Mail VirusWall",
     "flufl.bounce dumbass_01 (tests/corpus/en/ndr-interscan-viruswall)"),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    ("en", "The following mail could not be delivered. Reason: {reply}",
     "flufl.bounce dumbass_01 (tests/corpus/en/ndr-interscan-viruswall)"),
)

# (its sentence shares the gate's piece "eliver" with other reports; the banner would add one)
GATE = (
    ("en", "The following mail could not be delivered.", "flufl.bounce dumbass_01"),
)
