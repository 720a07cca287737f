"""Finnish (fi)."""

LANGUAGE = "fi"
VERIFIED = False
BASIS = (
    "No real Finnish text of these messages was found (pages, code, issues and docs stores "
    "searched for the fi-fi edition of support article 65b494a4, Finnish Outlook Express / "
    "Windows Live Mail pastes and the string 'Virhenumero: 0x800CCC'). Every label below is a "
    "rendering in Microsoft's Finnish UI terminology (Aihe, Tili, Palvelin, Protokolla, "
    "Palvelimen vastaus, Portti, Suojattu, Palvelinvirhe, Socket-virhe, Virhenumero, Kyllä/Ei), "
    "recalled, not observed: hypotheses only. No opening sentences are given because none was "
    "seen."
)

LABELS = {
    "subject": ("Aihe",),
    "account": ("Tili",),
    "server": ("Palvelin",),
    "protocol": ("Protokolla",),
    "server_response": ("Palvelimen vastaus",),
    "port": ("Portti",),
    "ssl": ("Suojattu (SSL)",),
    "server_error": ("Palvelinvirhe",),
    "socket_error": ("Socket-virhe",),
    "error_number": ("Virhenumero",),
}

YES = ("Kyllä",)
NO = ("Ei",)

OPENINGS = ()

TEMPLATES = ()

