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
)

SERVER_PHRASES = {
    "relay_denied": ("Inoltro negato",),
}
