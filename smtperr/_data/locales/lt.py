"""Lithuanian (lt)."""

LANGUAGE = "lt"
VERIFIED = False
BASIS = (
    "No Lithuanian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: lt-lt editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Lithuanian forum-style pastes).  The "
    "LABELS, YES and NO below are unverified (NOT observed): they are Microsoft's usual "
    "Lithuanian UI terms for the English field names (Tema, Paskyra, Serveris, Protokolas, "
    "Serverio atsakymas, Prievadas, Saugus (SSL), Serverio klaida, Lizdo klaida, Klaidos "
    "numeris, Taip/Ne), recalled, hypotheses only.  No opening sentence and no Windows Live "
    "Mail label is given.  The TEMPLATES are real: Thunderbird's Lithuanian strings from "
    "thunderbird/thunderbird-l10n "
    "lt/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43730606925; "
    "smtpSendNotAllowed quotes the reply „%s“ with no period after it)."
)

LABELS = {
    "subject": ("Tema",),
    "account": ("Paskyra",),
    "server": ("Serveris",),
    "protocol": ("Protokolas",),
    "server_response": ("Serverio atsakymas",),
    "port": ("Prievadas",),
    "ssl": ("Saugus (SSL)",),
    "server_error": ("Serverio klaida",),
    "socket_error": ("Lizdo klaida",),
    "error_number": ("Klaidos numeris",),
}

YES = ("Taip",)
NO = ("Ne",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Klaida išsiunčiant laišką. Pašto serveris atsakė: {server_response}. "
     "Patikrinkite laiško gavėjo adresą '{recipient}' ir bandykite dar kartą."),
    ("thunderbird", "Klaida išsiunčiant laiškus. Pašto serveris atsakė: {server_response}. "
     "Patikrinkite laišką ir bandykite vėl."),
    ("thunderbird", "Siunčiant laiškus įvyko klaida. Pašto serveris atsakė: "
     "'{server_response}' Įsitinkite kad siuntimui naudojate teisingą tapatybę ir "
     "naudojamas atpažinimo metodas teisingas."),
    ("thunderbird", "Klaida išsiunčiant laišką: nepavyko užmegzti saugaus ryšio su "
     "išsiuntimo (SMTP) serveriu {server}, naudojant STARTTLS, nes serveris neskelbia apie "
     "tokią galimybę."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n lt @5d7cde6f).
    ("thunderbird", "Laiškas neišsiųstas, nes nepavyko susisiekti su išsiuntimo (SMTP) serveriu {server}"),
    ("thunderbird", "Laiškas nebuvo išsiųstas, nes nepavyko prisijungti prie išsiuntimo (SMTP) serverio {server}"),
    ("thunderbird", "Laiškas neišsiųstas, nes ryšys su išsiuntimo (SMTP) serveriu {server} nutrūko."),
    ("thunderbird", "Klaida išsiunčiant laišką: nežinomas išsiuntimo (SMTP) serveris – {server}"),
    ("thunderbird", "Nepavyko patvirtinti tapatumo išsiuntimo (SMTP) serveryje {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n lt @5d7cde6f).
    ("thunderbird", "Klaida išsiunčiant laiškus. Pašto serveris atsakė: '{server_response}'. Patikrinkite el. pašto adresą, nurodytą paskyros nuostatose, ir bandykite dar kartą."),
    ("thunderbird", "Klaida išsiunčiant laiškus. Laiškų išsiuntimo (SMTP) serveris atsakė: '{server_response}'."),
    ("thunderbird", "Nepavyko išsiųsti laiško: išsiuntimo (SMTP) serveris atsakė: '{server_response}'."),
)

