"""Eudora: "There has been an error transferring your mail. I said: ... and then the SMTP
server (host) said: <reply>".

Source: Eudora 7.1 EudoraRes.rc IDS_ERR_TRANSFER_MAIL (evilneuro/eudora-win, BSD-3-Clause), as
a German user's notes quote the status line (github-index file 68832751087).
"""

FORMAT = "eudora"

HEADS = ()

SECTIONS = ()

REPLIES = (
    ("en", "and then the {_} server ({server}) said: {reply}",
     "Eudora IDS_ERR_TRANSFER_MAIL; tests/corpus_pending/eudora/de"),
)

INNER = ()

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "and then the",
     "Eudora IDS_ERR_TRANSFER_MAIL"),
)
