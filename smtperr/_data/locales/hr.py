"""Croatian (hr)."""

LANGUAGE = "hr"
VERIFIED = False
BASIS = (
    "No Croatian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: hr-hr editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Croatian forum-style pastes).  The "
    "LABELS, YES and NO below are NOT observed: they are Microsoft's usual Croatian UI terms "
    "for the English field names (Predmet, Račun, Poslužitelj, Protokol, Odgovor poslužitelja, "
    "Priključak or Port, Sigurno (SSL), Pogreška poslužitelja, Pogreška utičnice, Broj "
    "pogreške, Da/Ne), recalled, unverified hypotheses only.  No opening sentence and no "
    "Windows Live Mail label is given.  The TEMPLATES are real: Thunderbird's Croatian strings "
    "from thunderbird/thunderbird-l10n "
    "hr/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43547764519)."
)

LABELS = {
    "subject": ("Predmet",),
    "account": ("Račun",),
    "server": ("Poslužitelj",),
    "protocol": ("Protokol",),
    "server_response": ("Odgovor poslužitelja",),
    "port": ("Priključak", "Port"),
    "ssl": ("Sigurno (SSL)",),
    "server_error": ("Pogreška poslužitelja",),
    "socket_error": ("Pogreška utičnice",),
    "error_number": ("Broj pogreške",),
}

YES = ("Da",)
NO = ("Ne",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Greška prilikom slanja pošte. Poslužitelj je odgovorio: "
     "{server_response}. Provjerite primatelja pošte '{recipient}' i pokušajte ponovno."),
    ("thunderbird", "Greška prilikom slanja poruke. Poslužitelj e-pošte je odgovorio: "
     "{server_response}. Provjerite poruku i pokušajte ponovno."),
    ("thunderbird", "Dogodila se greška prilikom slanja e-pošte. Poslužitelj e-pošte je "
     "odgovorio: {server_response}. Provjerite koristite li ispravan indentitet za slanje i da "
     "je metoda korištene autentifikacije ispravna."),
    ("thunderbird", "Greška prilikom slanja pošte: nije moguće uspostaviti sigurnu vezu s "
     "poslužiteljem odlazne pošte (SMTP) {server} koristeći STARTTLS, jer poslužitelj ne "
     "podržava ovu mogućnost."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n hr @5d7cde6f).
    ("thunderbird", "Poruka nije poslana jer je veza s poslužiteljem odlazne pošte (SMTP) {server} istekla."),
    ("thunderbird", "Poruku nije moguće poslati, spajanje na poslužitelj odlazne pošte (SMTP) {server} nije uspjelo."),
    ("thunderbird", "Poruka nije poslana jer je veza s poslužiteljem odlazne pošte (SMTP) {server} prekinuta usred prijenosa."),
    ("thunderbird", "Greška prilikom slanja pošte: poslužitelj odlazne pošte (SMTP) {server} je nepoznat."),
    ("thunderbird", "Nije se moguće prijaviti na poslužitelj odlazne pošte (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n hr @5d7cde6f).
    ("thunderbird", "Greška prilikom slanja poruke. Poslužitelj e-pošte je odgovorio: {server_response} Provjerite je li vaša adresa e-pošte ispravno upisana u postavkama računa, te pokušajte ponovno."),
    ("thunderbird", "Došlo je do greške na poslužitelju odlazne pošte (SMTP) prilikom slanja poruke. Poslužitelj je odgovorio: {server_response}"),
    ("thunderbird", "Došlo je do greške prilikom slanja pošte: greška poslužitelja odlazne pošte (SMTP). Poslužitelj je odgovorio: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Slanje poruke nije uspjelo jer ste prekoračili vaš limit slanja"),
    # (an older edition, and macOS Mail's alert, as Apple's Croatian support article 102198 quotes them)
    ("apple-mail", "Slanje poruke nije uspjelo jer ste prekoračili ograničenje slanja"),
    ("apple-mail", "Poruku nije moguće poslati putem {server} servisa poslužitelja"),
)

