"""Romanian (ro)."""

LANGUAGE = "ro"
VERIFIED = False
BASIS = (
    "No Romanian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: a ro-ro edition of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e, Romanian forum pastes of 0x800CCC0E/0x800CCC79, "
    "'eroare: 0x800CCC' in the GitHub index).  The LABELS, YES and NO below are NOT "
    "observed: they are the usual Romanian Microsoft renderings of the English field names "
    "(Subiect, Cont, Server, Protocol, Răspuns server, Port, Securizat, Eroare server, "
    "Eroare socket, Număr eroare), written so a Romanian message can be recognised; treat "
    "them as unconfirmed.  No opening sentence is given (none seen).  The TEMPLATES are "
    "real: Thunderbird's Romanian strings from thunderbird/thunderbird-l10n ro/mail/chrome/"
    "messenger/messengercompose/composeMsgs.properties (file id 40276662214)."
)

LABELS = {
    "subject": ("Subiect",),
    "account": ("Cont",),
    "server": ("Server",),
    "protocol": ("Protocol",),
    "server_response": ("Răspuns server",),
    "port": ("Port",),
    "ssl": ("Securizat (SSL)",),
    "server_error": ("Eroare server",),
    "socket_error": ("Eroare socket",),
    "error_number": ("Număr eroare",),
}

YES = ("Da",)
NO = ("Nu",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "S-a produs o eroare la trimiterea corespondenței. Serverul de e-mail a "
     "răspuns: {server_response}. Te rugăm să verifici destinatarul '{recipient}' și încearcă "
     "din nou."),
    ("thunderbird", "S-a produs o eroare la trimiterea corespondenței. Serverul de e-mail a "
     "răspuns: {server_response}. Te rugăm să verifici mesajul și încearcă din nou."),
    ("thunderbird", "A apărut o eroare la trimiterea mesajului e-mail. Serverul de e-mail a "
     "răspuns: {server_response}. Te rugăm să te asiguri că folosești identitatea corectă la "
     "expeditor"),
    ("thunderbird", "S-a produs o eroare la trimiterea de e-mail: Nu se poate stabili o "
     "conexiune sigură cu serverul de trimitere (SMTP) {server} folosind STARTTLS pentru că "
     "serverul nu pare să suporte acest serviciu."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n ro @5d7cde6f).
    ("thunderbird", "Mesajul nu a putut fi trimis deoarece conexiunea la serverul de trimitere (SMTP) {server} a expirat."),
    ("thunderbird", "Mesajul nu a putut fi trimis deoarece conexiunea cu serverul de trimitere (SMTP) {server} a eșuat."),
    ("thunderbird", "Mesajul nu a putut fi trimis deoarece conexiunea la serverul de trimitere (SMTP) {server} s-a pierdut în mijlocul tranzacției."),
    ("thunderbird", "S-a produs o eroare la trimiterea mesajului: serverul de trimitere (SMTP) {server} este necunoscut."),
    ("thunderbird", "Nu se poate efectua autentificarea la serverul de trimitere (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n ro @5d7cde6f).
    ("thunderbird", "S-a produs o eroare la trimiterea corespondenței. Serverul de e-mail a răspuns: {server_response} Te rugăm să verifici în setările contului dacă adresa ta de e-mail este corectă și încearcă din nou."),
    ("thunderbird", "S-a produs o eroare la serverul de trimitere (SMTP) la trimiterea corespondenței. Serverul a răspuns: {server_response}"),
    ("thunderbird", "S-a produs o eroare la trimiterea corespondenței: Eroare la serverul de trimitere (SMTP). Serverul a răspuns: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Trimiterea mesajului a eșuat deoarece ați depășit limita dvs. de trimitere"),
)

