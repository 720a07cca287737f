"""Norwegian Bokmål (nb)."""

LANGUAGE = "nb"
VERIFIED = True
BASIS = (
    "Office Online help article HA001112833 in nb-no (office.microsoft.com, "
    "'feilsoking-i-forbindelse-med-feilnr-550-553-og-formidling-forbudt-feil', Outlook 2003; "
    "a documentation translation), both examples, found in the pages corpus "
    "(tests/corpus/nb/office_HA001112833_relay): labels without quotes around the values, "
    "'Sikker (SSL): Nei', 'Formidling avslått'; the second example has the typo 'bla avvist' "
    "and 'Emne' without its colon.  'Ja' for Yes is the plain counterpart of the observed "
    "'Nei', not seen. No socket-error or Windows Live Mail error-ID label was observed."
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
    # The second example of HA001112833 as published, with the typo 'bla' for 'ble'.
    ("0x800CCC79", "Meldingen kan ikke sendes fordi en av mottakerne bla avvist av serveren. "
     "Den avviste e-postadressen er {recipient}."),
)

TEMPLATES = ()

SERVER_PHRASES = {
    "relay_denied": (
        "Formidling avslått",
        "dette domenet er ikke i listen over tillatte mottaksverter",
    ),
}

