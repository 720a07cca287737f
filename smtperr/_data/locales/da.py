"""Danish (da)."""

LANGUAGE = "da"
VERIFIED = False
BASIS = (
    "No real Danish text of these messages was found (pages, code, issues and docs stores "
    "searched for the da-dk edition of support article 65b494a4, Danish Outlook Express / "
    "Windows Live Mail pastes and the strings 'Fejlnummer: 0x800CCC', 'Sikker (SSL)'). Every "
    "label below is a rendering in Microsoft's Danish UI terminology (Emne, Konto, Protokol, "
    "Serversvar, Sikker, Serverfejl, Socketfejl, Fejlnummer, Ja/Nej), recalled, not observed: "
    "hypotheses only. No opening sentences are given because none was seen.  The TEMPLATES "
    "are real: a Microsoft 365 non-delivery report quoted in Danish in the Office 365 Dansk "
    "blog's wiki page 'Fejl ved levering af mails' (dansk130.rssing.com, pages corpus; "
    "tests/corpus/da) - a Microsoft translation, so the labels above stay unverified."
    "  The thunderbird TEMPLATES are Thunderbird's Danish strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "da/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ').  smtpSendNotAllowed has no colon after "
    "'svarede': kept."
)

LABELS = {
    "subject": ("Emne",),
    "account": ("Konto",),
    "server": ("Server",),
    "protocol": ("Protokol",),
    "server_response": ("Serversvar",),
    "port": ("Port",),
    "ssl": ("Sikker (SSL)", "Sikker(SSL)"),
    "server_error": ("Serverfejl",),
    "socket_error": ("Socketfejl", "Socket-fejl"),
    "error_number": ("Fejlnummer",),
}

YES = ("Ja",)
NO = ("Nej",)

OPENINGS = ()

TEMPLATES = (
    # Microsoft 365 report as Outlook shows it, user part and diagnostic part
    # (tests/corpus/da/exchange-ndr-office365-dansk-wiki).  The rest of the sentence after the
    # recipient depends on the reason and is skipped.  The rejecting organization ends with
    # the sentence's period, which a {server} slot at the end would keep: it is skipped here
    # and read from the diagnostic part.
    ("exchange-ndr", "Levering er ikke udført på disse modtagere eller grupper: {recipient} Din "
     "meddelelse blev ikke leveret {...} Følgende organisation afviste din meddelelse: {_}"),
    # As in the English Exchange 2010 template, {server} is the generating server.  The two
    # lines after it (the recipient's address, the remote host) are skipped: a {recipient}
    # slot followed by a blank would cut a display name at its first blank.
    ("exchange-ndr", "Fejlfindingsoplysninger for administratorer: Genererende server: {server} "
     "{_} {_} #<{_} #{_} smtp;{server_response}> #SMTP#"),
    # errorSendingRcptCommand
    ("thunderbird", "Der opstod en fejl ved afsendelse af meddelelsen: Mailserveren svarede: "
     "{server_response}. Kontroller modtageradressen '{recipient}', og prøv igen."),
    # errorSendingMessage
    ("thunderbird", "Der opstod en fejl under afsendelsen. Mailserveren svarede: "
     "{server_response}. Kontrollér meddelelsen og prøv igen."),
    # smtpSendNotAllowed
    ("thunderbird", "En fejl opstod ved afsendelse af meddelelsen. Mailserveren svarede "
     "{server_response}. Kontroller, at du bruger den korrekte identitet til at sende, og at "
     "den benyttede godkendelsesmetode er korrekt."),
    # startTlsFailed
    ("thunderbird", "Der opstod en fejl ved afsendelse af meddelelsen: Kunne ikke etablere en "
     "sikker forbindelse med SMTP-serveren {server} ved brug af STARTTLS, da den ikke "
     "fortæller, at den understøtter denne funktionalitet."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'da', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "Modtageren {_}'{recipient}' blev afvist af serveren"),
    ("apple-mail", "Forbindelsen til serveren til udgående post '{server}' blev afbrudt"),
    ("apple-mail", "Kontroller kontoindstillingerne til den udgående server '{server}'"),
    ("apple-mail", "Mail kan ikke oprette forbindelse til serveren '{server}' vha. SSL på standardportene"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n da @5d7cde6f).
    ("thunderbird", "Meddelelsen kunne ikke sendes fordi tiden for forbindelsen til SMTP-serveren {server} løb ud."),
    ("thunderbird", "Meddelelsen kunne ikke sendes, fordi tidsfristen for forbindelsen til SMTP-serveren {server} mislykkedes."),
    ("thunderbird", "Meddelelsen kunne ikke sendes, fordi forbindelsen til SMTP-serveren {server} forsvandt midt i overførslen."),
    ("thunderbird", "Der opstod en fejl ved afsendelse af meddelelsen: SMTP-serveren {server} er ukendt."),
    ("thunderbird", "Kunne ikke godkendes af SMTP-serveren {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n da @5d7cde6f).
    ("thunderbird", "Der opstod en fejl under afsendelsen. Mailserveren svarede: {server_response} Kontrollér om din mailadresse er rigtig i dine kontoindstillinger og prøv igen."),
    ("thunderbird", "Der opstod en fejl under afsendelsen. Serveren svarede: {server_response}"),
    ("thunderbird", "Der opstod en fejl under afsendelsen. SMTP-serverfejl. Serveren svarede: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Afsendelse af beskeden mislykkedes, fordi grænsen for antal sendte beskeder er overskredet"),
)

