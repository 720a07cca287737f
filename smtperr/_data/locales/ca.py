"""Catalan (ca)."""

LANGUAGE = "ca"
VERIFIED = False
BASIS = (
    "No Catalan text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: a ca-es edition of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e, KB 290842, forum pastes with 'Número d'error: "
    "0x800CCC', the GitHub index).  The LABELS, YES and NO below are NOT observed: they are "
    "the usual Catalan Microsoft/Softcatalà renderings of the English field names (Assumpte, "
    "Compte, Servidor, Protocol, Resposta del servidor, Port, Segur, Error del servidor, "
    "Error de sòcol, Número d'error), written here so a Catalan message can be told from a "
    "Spanish one; treat them as unconfirmed.  No opening sentence is given (none seen).  The "
    "TEMPLATES are real: Thunderbird's Catalan strings from thunderbird/thunderbird-l10n "
    "ca/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 2662835840)."
)

LABELS = {
    "subject": ("Assumpte",),
    "account": ("Compte",),
    "server": ("Servidor",),
    "protocol": ("Protocol",),
    "server_response": ("Resposta del servidor",),
    "port": ("Port",),
    "ssl": ("Segur (SSL)",),
    "server_error": ("Error del servidor",),
    "socket_error": ("Error de sòcol",),
    "error_number": ("Número d'error",),
}

YES = ("Sí",)
NO = ("No",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "S'ha produït un error en enviar el correu. El servidor de correu ha "
     "respost: {server_response}. Comproveu el destinatari del missatge '{recipient}' i "
     "torneu-ho a provar."),
    ("thunderbird", "S'ha produït un error en enviar el correu. El servidor de correu ha "
     "respost: {server_response}. Comproveu el missatge i torneu-ho a provar."),
    ("thunderbird", "S'ha produït un error en enviar el correu. El servidor de correu ha "
     "respost: {server_response}. Assegureu-vos que utilitzeu la identitat correcta per "
     "enviar"),
    ("thunderbird", "S'ha produït un error en enviar el correu: No s'ha pogut establir un "
     "enllaç segur amb el servidor de sortida (SMTP) {server} utilitzant STARTTLS, atès que no "
     "fa conèixer la característica."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n ca @5d7cde6f).
    ("thunderbird", "No s'ha pogut enviar el missatge perquè s'ha esgotat el temps d'espera de la connexió al servidor de sortida (SMTP) {server}"),
    ("thunderbird", "El missatge no s'ha pogut enviar perquè ha fallat la connexió amb el servidor de sortida (SMTP) {server}"),
    ("thunderbird", "No s'ha pogut enviar el missatge perquè s'ha perdut la connexió al servidor de sortida (SMTP) {server} en mig de la transacció."),
    ("thunderbird", "S'ha produït un error en enviar el correu: El servidor de sortida (SMTP) {server} és desconegut."),
    ("thunderbird", "No s'ha pogut autenticar al servidor de sortida (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n ca @5d7cde6f).
    ("thunderbird", "S'ha produït un error en enviar el correu. El servidor de correu ha respost: {server_response} Comproveu que heu indicat l'adreça electrònica correcta als paràmetres del compte i torneu-ho a provar."),
    ("thunderbird", "S'ha produït un error del servidor de sortida (SMTP) en enviar el correu. El servidor ha respost: {server_response}"),
    ("thunderbird", "S'ha produït un error en enviar el correu: Error del servidor de sortida (SMTP). El servidor de correu ha respost: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "El missatge no s’ha enviat perquè has superat el límit d’enviament"),
)

