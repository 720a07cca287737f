"""Emacs smtpmail (the SMTP client of Emacs message mode, Gnus and mu4e): a refused command
ends the send with the Lisp error "Sending failed: <reply> in response to <command>".

Source: GNU Emacs lisp/mail/smtpmail.el (GPL-3.0-or-later): ``smtpmail-send-it`` signals
``(error "Sending failed: %s" result)``, and ``smtpmail-command-or-throw`` makes the result
``(format "%s in response to %s" (smtpmail-response-text ret) string)``; as a user pasted it
in GitHub djcb/mu#2374 (mu4e, Exim's reply to the end of data).
"""

FORMAT = "emacs-smtpmail"

HEADS = ()

SECTIONS = ()

REPLIES = (
    ("en", "Sending failed: {reply} in response to {_}",
     "GitHub djcb/mu#2374; tests/corpus/en/emacs-smtpmail-mu4e-header-syntax; GNU Emacs "
     "lisp/mail/smtpmail.el smtpmail-send-it, smtpmail-command-or-throw"),
)

INNER = ()

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("en", "Sending failed:", "GNU Emacs lisp/mail/smtpmail.el; GitHub djcb/mu#2374"),
)
