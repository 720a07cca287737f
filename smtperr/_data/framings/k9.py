"""K-9 Mail / Thunderbird for Android: the send failure shows the exception's message,
"Negative SMTP reply: <reply>", in every UI language.

Source: K-9's NegativeSmtpReplyException (thunderbird/thunderbird-android, Apache-2.0) as users
pasted it in GitHub issues 938 (French user, La Poste reply) and 2058.
"""

FORMAT = "k9-mail"

HEADS = ()

SECTIONS = ()

REPLIES = (
    ("en", "Negative SMTP reply: {reply}",
     "GitHub thunderbird/thunderbird-android#938; tests/corpus/fr/k9-mail-laposte"),
)

INNER = ()

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "Negative SMTP reply:",
     "GitHub thunderbird/thunderbird-android#938"),
)
