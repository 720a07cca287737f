"""PEAR Mail / Net_SMTP, the SMTP library of PHP applications (MediaWiki, Horde 3 and 4, and
others): a refused command becomes "<what failed> [SMTP: Invalid response code received from
server (code: 550, response: <reply's words>)]", the code apart from the reply's words.
Horde IMP shows a transport's error after "There was an error sending your message: " (horde/imp
lib/Compose.php@fd9212ca3b72); with the PEAR transport of older Horde this text would follow, but
no real Horde paste was found, only MediaWiki's ("Mailer returned: ...", in its UI language).

Source: pear/Net_SMTP Net/SMTP.php ``_parseResponse()`` ("Invalid response code received from
server", BSD-2-Clause) and pear/Mail Mail/smtp.php ("Failed to add recipient: %s"), as a user
pasted it in their notes (tests/corpus/en/pear-mail-mediawiki-relay).  The library's words are
English in every application.  Only the refused recipient is read: the gate's unit is "Failed
to add recipient", shared with Roundcube and RainLoop.  The bracket alone ("authentication
failure [SMTP: Invalid response code received from server (code: 535, response: 5.7.3 ...)]",
real in github-index file id 62028365630, MediaWiki in Chinese) would need a gate unit of its
own: "received" would unguard the "eceived" pivot (thousands of log hits) and any other piece is
a 41st pivot.
"""

FORMAT = "pear-mail"

HEADS = ()

SECTIONS = ()

REPLIES = (
    ("en", "Failed to add recipient: {recipient} [SMTP: Invalid response code received from "
     "server (code: {code}, response: {reply})]",
     "github-index file id 4692103800 (MediaWiki on Docker notes); "
     "tests/corpus/en/pear-mail-mediawiki-relay"),
)

INNER = ()

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("en", "Failed to add recipient", "pear/Mail Mail/smtp.php"),
)
