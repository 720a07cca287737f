"""Swedish (sv)."""

LANGUAGE = "sv"
VERIFIED = True
BASIS = (
    "Two Swedish editions of Microsoft support article 65b494a4 (550/553/relay prohibited): the "
    "older support.office.com text (fully Swedish labels, 'Secure (SSL)' left in English, "
    "'Vidarebefordran nekades') and the newer support.microsoft.com sv-se text (tests/corpus/sv: "
    "'Säker (SSL)', 'Ämnet', 'Vidarebefordran nekad', English 'Protocol'/'Server Response' and a "
    "wholly English tail in the second example). Both are documentation translations; no real "
    "Swedish client paste was found. Not observed: socket-error and Windows Live Mail error-ID "
    "labels (not listed)."
)

LABELS = {
    "subject": ("Ämne", "Ämnet"),
    "account": ("Konto",),
    "server": ("Server",),
    "protocol": ("Protokoll", "Protocol"),
    "server_response": ("Serversvar", "Server Response"),
    "port": ("Port",),
    "ssl": ("Säker (SSL)", "Secure (SSL)", "Secure(SSL)"),
    "server_error": ("Serverfel", "Server Error"),
    "error_number": ("Felnummer", "Error Number"),
}

YES = ("Ja", "Yes")  # counterparts of the observed No words; not yet seen in a sample
NO = ("Nej", "No")

OPENINGS = (
    ("0x800CCC79", "Det gick inte att skicka meddelandet på grund av att servern inte godkände en av "
     "mottagarna. E-postadressen som inte godkändes är {recipient}."),
    ("0x800CCC79", "Det gick inte att skicka meddelandet eftersom en av mottagarna avvisades av "
     "servern. Den avvisade e-postadressen var {recipient}."),
)

TEMPLATES = ()

SERVER_PHRASES = {
    # Both from the two sv-se editions of support article 65b494a4 (see BASIS); the third is
    # the article's Swedish rendering of qmail's "553 sorry, that domain isn't in my list of
    # allowed rcpthosts (#5.7.1)": "553 domänen finns inte i listan över tillåtna rcpt-värdar
    # (5.7.1)" (support.office.com/sv-se/article/...-65b494a4-0a15-433e-829f-e73651e0245e).
    "relay_denied": (
        "Vidarebefordran nekades",
        "Vidarebefordran nekad",
        "domänen finns inte i listan över tillåtna rcpt-värdar",
    ),
}
