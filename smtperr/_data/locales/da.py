"""Danish (da)."""

LANGUAGE = "da"
VERIFIED = False
BASIS = (
    "No real Danish text of these messages was found (pages, code, issues and docs stores "
    "searched for the da-dk edition of support article 65b494a4, Danish Outlook Express / "
    "Windows Live Mail pastes and the strings 'Fejlnummer: 0x800CCC', 'Sikker (SSL)'). Every "
    "label below is a rendering in Microsoft's Danish UI terminology (Emne, Konto, Protokol, "
    "Serversvar, Sikker, Serverfejl, Socketfejl, Fejlnummer, Ja/Nej), recalled, not observed: "
    "hypotheses only. No opening sentences are given because none was seen."
)

LABELS = {
    "subject": ("Emne",),
    "account": ("Konto",),
    "server": ("Server",),
    "protocol": ("Protokol",),
    "server_response": ("Serversvar",),
    "port": ("Port",),
    "ssl": ("Sikker (SSL)", "Sikker(SSL)"),
    "server_error": ("Serverfejl",),
    "socket_error": ("Socketfejl", "Socket-fejl"),
    "error_number": ("Fejlnummer",),
}

YES = ("Ja",)
NO = ("Nej",)

OPENINGS = ()

TEMPLATES = ()

