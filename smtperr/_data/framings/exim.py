"""Exim non-delivery reports ("This message was created automatically by mail delivery
software.") and the GMX and Mail.Ru variants.

Sources: Sisimai's set-of-emails (BSD-2-Clause), deltachat-core-rust test data (MPL-2.0).
"""

FORMAT = "ndr"

HEADS = (
    ("en", "This message was created automatically by mail delivery software.",
     "sisimai set-of-emails lhost-exim-01; tests/corpus/en/ndr-exim-user-unknown"),
    ("ru", "Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.",
     "sisimai lhost-mailru-01; tests/corpus/ru/ndr-exim-mailru"),
)

SECTIONS = (
    ("en", "A message that you sent could not be delivered to one or more of its recipients.",
     "sisimai lhost-exim-01"),
    ("en", "A message that you sent could not be delivered to all of its recipients.",
     "sisimai lhost-exim-05"),
    ("en", "A message that you sent has not yet been delivered to one or more of its "
     "recipients", "sisimai lhost-exim-38 (delay warning)"),
    ("ru", "К сожалению, Ваше письмо не может быть доставлено одному или нескольким "
     "получателям", "sisimai lhost-mailru-01"),
)

REPLIES = (
    ("en", "SMTP error from remote mail server after {command}: host {server}: {reply}",
     "sisimai lhost-exim-02"),
    ("en", "SMTP error from remote mailer after {command}: host {server}: {reply}",
     "sisimai lhost-exim-05 (Exim 3)"),
    ("en", "host {server} SMTP error from remote mail server after {command}: {reply}",
     "sisimai lhost-exim-29, lhost-exim-40"),
    ("en", "SMTP error from remote server for {command} command, host: {server} reason: {reply}",
     "deltachat-core-rust test-data/message/gmx_ndn.eml (GMX)"),
    ("en", "SMTP error from remote server after {command} command: host: {server} {reply}",
     "sisimai lhost-gmx-01 (GMX)"),
)

INNER = (
    ("en", "SMTP error from remote mail server after {command}: {reply}",
     "sisimai lhost-exim-38"),
    ("en", "Delay reason: SMTP error from remote mail server after {command}: {reply}",
     "sisimai lhost-exim-38"),
    ("en", "For the following reason: {reply}", "sisimai lhost-einsundeins-02 (1&1)"),
    ("en", "^<{recipient}>: {reply}", "sisimai lhost-mxlogic-01 (McAfee MXLogic)"),
    ("en", "^{recipient} Invalid Address, ERROR_CODE :{reply}", "sisimai lhost-zoho-01 (Zoho)"),
)

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "could not be delivered to one or more of its",
     "sisimai lhost-exim-01"),
    ("en", "could not be delivered to all of its recipients",
     "sisimai lhost-exim-05"),
    ("en", "has not yet been delivered",
     "sisimai lhost-exim-38"),
    ("en", "error from remote mail server",
     "sisimai lhost-exim-02"),
    ("en", "error from remote mailer",
     "sisimai lhost-exim-05"),
    ("en", "error from remote server",
     "deltachat gmx_ndn.eml; sisimai lhost-gmx-01"),
    ("ru", "К сожалению, Ваше письмо не может быть доставлено",
     "sisimai lhost-mailru-01"),
)
