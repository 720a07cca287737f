"""Italian (it)."""

LANGUAGE = "it"
VERIFIED = True
BASIS = (
    "An Outlook Express 0x800CCC79 message quoted on marinomichele.it (real server reply "
    "from smtp.email.it; labels 'Protezione (SSL)', 'Risposta del server', 'Numero di "
    "errore'; tests/corpus/it); a fragment quoted on offertagratis.com; Microsoft support "
    "article 65b494a4-0a15-433e-829f-e73651e0245e in it-it (support.office.com: 'Risposta "
    "server', 'porta', 'sicuro (SSL)', 'Soggetto', lower-case labels; its second example "
    "keeps the English field tail); Thunderbird it strings from thunderbird/thunderbird-l10n "
    "it/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 44274412178). "
    "Not found: an Italian 'Socket Error' label, the Windows Live Mail 'Error ID' label; "
    "'Sì' is the Italian word for yes, not seen in a sample."
)

LABELS = {
    "subject": ("Oggetto", "Soggetto"),
    "account": ("Account",),
    "server": ("Server",),
    "protocol": ("Protocollo",),
    "server_response": ("Risposta del server", "Risposta server"),
    "port": ("Porta", "porta"),
    "ssl": ("Protezione (SSL)", "sicuro (SSL)"),
    "server_error": ("Errore del server", "errore del server"),
    "error_number": ("Numero di errore", "numero di errore"),
}

YES = ("Sì",)
NO = ("No",)

OPENINGS = (
    ("0x800CCC79", "Impossibile inviare il messaggio. Uno dei destinatari non è stato "
     "accettato dal server. L'indirizzo di posta elettronica non accettato è {recipient}."),
    ("0x800CCC79", "Impossibile inviare il messaggio perché uno dei destinatari è stato "
     "rifiutato dal server. L'indirizzo di posta elettronica rifiutato era {recipient}."),
)

TEMPLATES = (
    ("thunderbird", "Si è verificato un errore durante l'invio della posta. Il server di posta "
     "ha risposto: {server_response}. Controllare il destinatario del messaggio '{recipient}' "
     "e riprovare."),
    ("thunderbird", "Si è verificato un errore durante l'invio della posta. Il server di posta "
     "ha risposto: {server_response}. Controllare il messaggio e riprovare."),
    ("thunderbird", "Si è verificato un errore durante l'invio della posta. Risposta del "
     "server: {server_response}. Verificare di stare usando l'identità corretta per l'invio"),
    ("thunderbird", "Si è verificato un errore durante l'invio della posta: Impossibile "
     "stabilire un collegamento sicuro con il server di posta in uscita (SMTP) {server} "
     "utilizzando STARTTLS in quanto non supporta questa funzione."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'it', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # Not read: FAILED_SEND ("Verifica le impostazioni account del server in uscita") and the
    # macOS SSL sentence have no row: their all-ASCII words would give the gate a pivot past
    # its budget (tests/test_generated_tables.py; FAILED_SEND dropped when FairEmail's rows
    # took the last pivots).
    ("apple-mail", "Il destinatario {_}'{recipient}' è stato rifiutato dal server"),
    ("apple-mail", "La connessione con il server in uscita '{server}' non è riuscita"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n it @5d7cde6f).
    ("thunderbird", "Non è stato possibile inviare il messaggio perché la connessione al server di posta in uscita (SMTP) {server} è scaduta."),
    ("thunderbird", "Non è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) {server} non è riuscita."),
    ("thunderbird", "Non è stato possibile inviare il messaggio perché la connessione al server di posta in uscita (SMTP) {server} è stata interrotta durante la trasmissione."),
    ("thunderbird", "Si è verificato un errore durante l’invio della posta: Server posta in uscita (SMTP) {server} sconosciuto."),
    ("thunderbird", "Autenticazione non riuscita col server di posta in uscita (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n it @5d7cde6f).
    ("thunderbird", "Si è verificato un errore durante l’invio della posta. Il server di posta ha risposto: {server_response} Verificare l’indirizzo email nelle impostazioni dell’account e riprovare."),
    ("thunderbird", "Si è verificato un errore nel server di posta in uscita (SMTP) durante l’invio della posta. Il server ha risposto: {server_response}"),
    ("thunderbird", "Si è verificato un errore durante l’invio della posta: errore nel server posta in uscita (SMTP). Il server ha risposto: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "L'invio del messaggio non è riuscito perché hai superato il limite di invio"),
    # (without its article: pages print it lower-cased with a curly apostrophe, mac.iphoneitalia.com)
    ("apple-mail", "invio del messaggio non è riuscito perché hai superato il limite di invio"),
)

SERVER_PHRASES = {
    "relay_denied": ("Inoltro negato",),
}
