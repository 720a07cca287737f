"""Gmail / Google Workspace non-delivery reports: the old "Delivery to the following recipient
failed permanently" and the current "** Address not found **" layouts, German and Spanish.

Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT),
deltachat-core-rust test data (MPL-2.0), user pastes in GitHub issues.
"""

FORMAT = "ndr"

HEADS = (
    ("en", "Delivery to the following recipient failed permanently:",
     "sisimai set-of-emails lhost-gmail-01; tests/corpus/en/ndr-gmail-user-unknown"),
    ("en", "Delivery to the following recipient has been delayed:", "sisimai lhost-gmail-06"),
    ("en", "** Address not found **", "sisimai lhost-gsuite-01"),
    ("en", "** Message not delivered **", "sisimai lhost-gsuite-07"),
    ("en", "** Delivery incomplete **", "sisimai lhost-gsuite-06"),
    ("en", "Your message wasn't delivered to {recipient} because",
     "sisimai lhost-gsuite-14; GitHub sinak/democracy.io#126"),
    ("en", "There was a problem delivering your message to {recipient}.",
     "sisimai lhost-gsuite-07"),
    ("en", "There was a temporary problem delivering your message to {recipient}.",
     "sisimai lhost-gsuite-06"),
    ("de", "** Die Adresse wurde nicht gefunden **",
     "deltachat-core-rust test-data/message/gmail_ndn.eml; tests/corpus/de/ndr-gmail-de"),
    ("de", "Ihre Nachricht wurde nicht an {recipient} zugestellt",
     "deltachat-core-rust test-data/message/gmail_ndn.eml"),
    ("es", "** No se ha encontrado la dirección **", "GitHub paste of a Gmail bounce (2018)"),
    ("es", "Tu mensaje no se ha entregado a {recipient} porque",
     "GitHub paste of a Gmail bounce (2018); a tramite paste"),
)

SECTIONS = (
    ("en", "Google tried to deliver your message, but it was rejected by the server for the "
     "recipient domain {_} by {server}.", "sisimai lhost-gmail-01"),
    ("en", "Technical details of permanent failure:", "sisimai lhost-gmail-01"),
    ("en", "Technical details of temporary failure:", "sisimai lhost-gmail-06"),
)

REPLIES = (
    ("en", "The error that the other server returned was: {reply}", "sisimai lhost-gmail-01"),
    ("en", "The response from the remote server was: {reply}", "sisimai lhost-gsuite-01"),
)

INNER = (
    ("en", "The response was: {reply}", "sisimai lhost-gsuite-03; GitHub democracy.io#126"),
    ("de", "Antwort: {reply}", "deltachat-core-rust test-data/message/gmail_ndn.eml"),
    ("es", "La respuesta fue: {reply}", "GitHub paste of a Gmail bounce (2018)"),
    ("en", "Technical details of permanent failure: {reply}", "sisimai lhost-gmail-10"),
    ("en", "Technical details of temporary failure: {reply}", "iis-smtp-dsn delay sample"),
)

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "recipient failed permanently",
     "sisimai lhost-gmail-01"),
    ("en", "recipient has been delayed",
     "sisimai lhost-gmail-06"),
    ("en", "wasn't delivered to",
     "sisimai lhost-gsuite-14"),
    ("en", "problem delivering your message",
     "sisimai lhost-gsuite-07"),
    ("en", "temporary problem delivering your message",
     "sisimai lhost-gsuite-06"),
    ("en", "other server returned was",
     "sisimai lhost-gmail-01"),
    ("en", "from the remote server was",
     "sisimai lhost-gsuite-01"),
    ("de", "Die Adresse wurde nicht gefunden",
     "deltachat gmail_ndn.eml"),
    ("es", "No se ha encontrado la dirección",
     "GitHub paste of a Gmail bounce (2018)"),
)
