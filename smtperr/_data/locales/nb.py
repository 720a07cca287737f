"""Norwegian Bokmål (nb)."""

LANGUAGE = "nb"
VERIFIED = False
BASIS = (
    "No sample stored. The labels and the 0x800CCC79 opening rest on "
    "the shared reference file observed_labels.json (entry 'nb'), where another session recorded "
    "them from the nb-no Office Online help article HA001112833 (office.microsoft.com, "
    "'feilsoking-i-forbindelse-med-feilnr-550-553-og-formidling-forbudt-feil'; a documentation "
    "translation). That page could not be re-located in this session's corpora, so its text is "
    "not in tests/corpus. 'Ja' for Yes is the plain counterpart of the observed 'Nei', not seen. "
    "No socket-error or Windows Live Mail error-ID label was observed (not listed)."
)

LABELS = {
    "subject": ("Emne",),
    "account": ("Konto",),
    "server": ("Server",),
    "protocol": ("Protokoll",),
    "server_response": ("Serversvar",),
    "port": ("Port",),
    "ssl": ("Sikker (SSL)",),
    "server_error": ("Serverfeil",),
    "error_number": ("Feilnummer",),
}

YES = ("Ja",)
NO = ("Nei",)

OPENINGS = (
    ("0x800CCC79", "Meldingen kan ikke sendes fordi en av mottakerne ble avvist av serveren. "
     "Den avviste e-postadressen er {recipient}."),
)

TEMPLATES = ()

