"""The words after the address a reply starts with that make it the failed recipient (not the
sender): "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown".  A reply whose
framing names no recipient gives it this way.  Literal text, case-insensitive; ``after`` is the
punctuation the MTA puts after the address.

Sources: Postfix ``src/smtpd/smtpd_check.c`` ("Recipient address rejected", "Relay access
denied", both after "<%s>: "); Sendmail ``cf/m4/proto.m4`` and ``sendmail/parseaddr.c``
("... User unknown", "... Relaying denied", after "<%s>... ").  Real replies:
tests/corpus/en/squirrelmail-ubuntuforums-hotmail-550, rainloop-access-denied,
tests/corpus/pl/kb290842_relay_denied (KB 290842: "550 <osoba@microsoft.com>... Odmowa przekazywania", the
sendmail form in a translation).
"""

WORDS = (
    # (after the address, words)
    (":", "Recipient address rejected"),
    (":", "Relay access denied"),
    ("...", "User unknown"),
    ("...", "Relaying denied"),
    ("...", "Odmowa przekazywania"),
)

# The words before the address, when the reply names it last: Exchange's relay refusal
# "550 5.7.1 Unable to relay for <addr>" (GitHub nodemailer/nodemailer#386, a user's paste;
# tests/corpus/en/server-reply-nodemailer-unable-to-relay).
WORDS_BEFORE = (
    "Unable to relay for",
)

