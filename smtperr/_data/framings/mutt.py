"""Mutt and NeoMutt with their built-in SMTP client: a refused command shows the server's
reply line after "SMTP session failed: ".

Source: the message of mutt's smtp.c (``mutt_error(_("SMTP session failed: %s"), buf)``, the
same in NeoMutt), as a user pasted it in GitHub LukeSmithxyz/emailwiz#232.
"""

FORMAT = "mutt"

HEADS = ()

SECTIONS = ()

REPLIES = (
    ("en", "SMTP session failed: {reply}",
     "GitHub LukeSmithxyz/emailwiz#232; tests/corpus/en/mutt-emailwiz-relay-denied"),
)

INNER = ()

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("en", "SMTP session failed:", "GitHub LukeSmithxyz/emailwiz#232"),
)
