"""Estonian (et)."""

LANGUAGE = "et"
VERIFIED = False
BASIS = (
    "No Estonian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: et-ee editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Estonian forum-style pastes).  The "
    "LABELS, YES and NO below are NOT observed: they are Microsoft's usual Estonian UI terms "
    "for the English field names (Teema, Konto, Server, Protokoll, Serveri vastus, Port, "
    "Turvaline (SSL), Serveri tõrge, Sokli tõrge, Tõrke number, Jah/Ei), recalled, unverified "
    "hypotheses only.  No opening sentence and no Windows Live Mail label is given.  The "
    "TEMPLATES are real: Thunderbird's Estonian strings from thunderbird/thunderbird-l10n "
    "et/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 44160305417)."
)

LABELS = {
    "subject": ("Teema",),
    "account": ("Konto",),
    "server": ("Server",),
    "protocol": ("Protokoll",),
    "server_response": ("Serveri vastus",),
    "port": ("Port",),
    "ssl": ("Turvaline (SSL)",),
    "server_error": ("Serveri tõrge",),
    "socket_error": ("Sokli tõrge",),
    "error_number": ("Tõrke number",),
}

YES = ("Jah",)
NO = ("Ei",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Kirja saatmisel esines viga. E-posti server vastas: {server_response}. "
     "Kontrolli kirja adressaati '{recipient}' ja proovi uuesti."),
    ("thunderbird", "Kirja saatmisel esines viga. E-posti server vastas: {server_response}. "
     "Palun kontrolli kiri üle ja proovi uuesti."),
    ("thunderbird", "Kirja saatmisel esines viga. E-posti server vastas järgnevalt: "
     "{server_response}. Palun veendu, et sa kasutad saatmiseks õiget identiteeti ja "
     "kasutatav autentimise meetod on õige."),
    ("thunderbird", "Kirja saatmisel esines viga: pole võimalik luua turvalist ühendust "
     "SMTP-serveriga {server}, kasutades STARTTLSi, kuna see server ei toeta antud võimalust."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n et @5d7cde6f).
    ("thunderbird", "Kirja saatmine pole võimalik, sest ühendus SMTP-serverisse {server} aegus."),
    ("thunderbird", "Kirja pole võimalik saata, sest ühendumine SMTP-serveriga {server} ebaõnnestus."),
    ("thunderbird", "Kirja saatmine pole võimalik, sest ühendus SMTP-serveriga {server} katkes keset kirja saatmist."),
    ("thunderbird", "Kirja saatmisel esines viga: SMTP-server {server} on tundmatu."),
    ("thunderbird", "Autentimine SMTP-serveriga aadressil {server} pole võimalik."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n et @5d7cde6f).
    ("thunderbird", "Kirja saatmisel esines viga. E-posti server vastas: {server_response} Palun kontrolli, kas konto sätted on õiged, ja proovi uuesti."),
    ("thunderbird", "Kirja saatmisel esines (SMTP) viga. Server vastas: {server_response}"),
    ("thunderbird", "Kirja saatmisel esines viga: SMTP-serveri viga. Server vastas: {server_response}"),
)

