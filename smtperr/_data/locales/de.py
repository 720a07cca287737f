"""German (de)."""

LANGUAGE = "de"
VERIFIED = True
BASIS = (
    "Microsoft support article 65b494a4-0a15-433e-829f-e73651e0245e in its older de-de "
    "translation (support.office.com: 'nicht akzeptiert', 'Anschluss', 'Secure (SSL)', "
    "'Relay verweigert') and its newer machine translation as copied on "
    "nha-dat-bat-dong-san.blogspot.com ('abgelehnt', 'lautete'/'war', 'Sicher (SSL)', "
    "'Port', 'Weiterleitung verweigert'; tests/corpus/de); German Outlook task errors quoted "
    "in the grommunio/Gromox docs (github-index file id 14213871161; tests/corpus/de); "
    "Thunderbird de strings from thunderbird/thunderbird-l10n "
    "de/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43401059427). "
    "Not found in any corpus: a German 'Socket Error' label, the Windows Live Mail "
    "'Error ID' label, the YES word as shown ('Ja' is the German word, not seen in a "
    "sample), and openings for 0x800CCC0E/0F/90/92/78/7D/1A.  The exchange-ndr template is "
    "the first line of Microsoft 365's German non-delivery report as a user pasted it "
    "(GitHub fschulze/jumpnbump#3; tests/corpus/de/exchange-ndr-o365-de-user-part)."
)

LABELS = {
    "subject": ("Betreff",),
    "account": ("Konto",),
    "server": ("Server",),
    "protocol": ("Protokoll",),
    "server_response": ("Serverantwort",),
    "port": ("Anschluss", "Port"),
    "ssl": ("Secure (SSL)", "Sicher (SSL)"),
    "server_error": ("Serverfehler",),
    "error_number": ("Fehlernummer",),
}

YES = ("Ja",)
NO = ("Nein",)

OPENINGS = (
    ("0x800CCC79", "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom "
     "Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist {recipient}."),
    ("0x800CCC79", "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom "
     "Server abgelehnt wurde. Die abgelehnte E-Mail-Adresse lautete {recipient}."),
    ("0x800CCC79", "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom "
     "Server abgelehnt wurde. Die abgelehnte E-Mail-Adresse war {recipient}."),
)

TEMPLATES = (
    ("outlook-task", "Fehler ({error_number}) beim Ausführen der Aufgabe '{account}': "
     "'{server_response}'"),
    ("thunderbird", "Fehler beim Senden der Nachricht: Der Mail-Server antwortete: "
     "{server_response}. Bitte überprüfen Sie die E-Mail-Adresse des Empfängers '{recipient}' "
     "und wiederholen Sie den Vorgang."),
    ("thunderbird", "Fehler beim Senden der Nachricht. Der Mail-Server antwortete: "
     "{server_response}. Bitte überprüfen Sie die Nachricht und wiederholen Sie den Vorgang."),
    ("thunderbird", "Beim Senden der Nachricht trat ein Fehler auf. Der Postausgangs-Server "
     "antwortete: {server_response}. Bitte überprüfen Sie, dass sowohl verwendete Identität als "
     "auch Authentifizierungsmethode korrekt sind."),
    ("thunderbird", "Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem "
     "SMTP-Server {server} kann nicht mit STARTTLS aufgebaut werden, da der Server diese "
     "Funktion nicht angibt."),
    # Microsoft 365's current non-delivery report, its first line (English "Your message to
    # ... couldn't be delivered."), as a user pasted it (GitHub fschulze/jumpnbump#3, 2021;
    # tests/corpus/de/exchange-ndr-o365-de-user-part).
    ("exchange-ndr", "Ihre Nachricht an {recipient} konnte nicht zugestellt werden."),
    # Outlook's own report of a message its Exchange server refused (English "Your message did
    # not reach some or all of the intended recipients."), the recipient by name, as a user
    # pasted it (pastebin.com/dUJNHrB0, 2022; tests/corpus/de/outlook-ndr-pastebin-sendas).
    ("exchange-ndr", "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht. Betreff: "
     "{subject} Gesendet am: {_} Folgende(r) Empfänger kann/können nicht erreicht werden: "
     "{recipient} am {_}"),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'de', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "Der Empfänger {_}'{recipient}' wurde vom Server abgelehnt"),
    ("apple-mail", "Die Verbindung zum Server für ausgehende E-Mails '{server}' ist fehlgeschlagen"),
    ("apple-mail", "Überprüfe die Accounteinstellungen des Servers für ausgehende E-Mails '{server}'"),
    ("apple-mail", "Mail konnte zum Server '{server}' keine SSL-Verbindung über die Standardports herstellen"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n de @5d7cde6f).
    ("thunderbird", "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server {server} ihre Ablaufzeit (Timeout) überschritten hat."),
    ("thunderbird", "Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server {server} fehlgeschlagen ist."),
    ("thunderbird", "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server {server} mitten in der Transaktion verloren wurde."),
    ("thunderbird", "Fehler beim Senden der Nachricht: SMTP-Server {server} ist unbekannt."),
    ("thunderbird", "Der Postausgangs-Server (SMTP) {server} kann nicht authentifiziert werden."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n de @5d7cde6f).
    ("thunderbird", "Fehler beim Senden der Nachricht. Der Mail-Server antwortete: {server_response} Bitte überprüfen Sie, ob Ihre E-Mail-Adresse in den Konten-Einstellungen stimmt und wiederholen Sie den Vorgang."),
    ("thunderbird", "(SMTP-)Fehler beim Senden der Nachricht. Der Mail-Server antwortete: {server_response}"),
    ("thunderbird", "Fehler beim Senden der Nachricht: SMTP-Server-Fehler. Der Mail-Server antwortete: {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/de/ndr-google-groups).
    ("ndr", "die Gruppe, die Sie kontaktieren möchten ({_}), möglicherweise nicht vorhanden ist bzw. Sie nicht die erforderlichen Berechtigungen haben, um der Gruppe Nachrichten zu posten."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Das Senden der E-Mail ist fehlgeschlagen, da {_} Versandkontingent überschritten wurde"),
)

SERVER_PHRASES = {
    "relay_denied": (
        "Relay verweigert",
        "Weiterleitung verweigert",
        "Entschuldigung, diese Domäne ist nicht in meiner Liste erlaubter rcpthosts",
    ),
}
