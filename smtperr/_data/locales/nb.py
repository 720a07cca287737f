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
    "  The TEMPLATES are real: Thunderbird's Norwegian (Bokmål) strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "nb-NO/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ')."
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

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "En feil oppstod ved sending av post. E-postserveren svarte: "
     "{server_response}. Kontroller mottakeren «{recipient}» og prøv igjen."),
    # errorSendingMessage
    ("thunderbird", "En feil oppstod ved sending av e-post. E-postserveren svarte: "
     "{server_response}. Kontroller meldingen og prøv igjen."),
    # smtpSendNotAllowed
    ("thunderbird", "Det oppstod en feil under sending av e-post. E-postserveren svarte: "
     "{server_response}. Sørg for at du bruker riktig identitet til å sende, og at den brukte "
     "godkjenningsmetoden er riktig."),
    # startTlsFailed
    ("thunderbird", "En feil oppstod ved sending av post: Klarte ikke å opprette en sikker "
     "kommunikasjonskanal mot SMTP-serveren {server} med STARTTLS, siden den ikke støtter den "
     "funksjonen."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'no', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "Mottakeren {_}'{recipient}' ble avvist av tjeneren"),
    ("apple-mail", "Tilkoblingen til den utgående tjeneren '{server}' mislyktes"),
    ("apple-mail", "Kontroller kontoinnstillingene for den utgående tjeneren '{server}'"),
    ("apple-mail", "Mail kunne ikke koble til tjeneren '{server}' ved hjelp av SSL på standardportene"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n nb-NO @5d7cde6f).
    ("thunderbird", "Klarte ikke sende meldingen fordi tilkoblingen til SMTP-serveren {server} fikk tidsavbrudd."),
    ("thunderbird", "Klarte ikke sende meldingen fordi tilkoblingen til utgående server (SMTP) {server} mislyktes."),
    ("thunderbird", "Klarte ikke sende meldingen fordi tilkoblingen til SMTP-serveren {server} ble mistet midt i en transaksjon."),
    ("thunderbird", "Klarte ikke sende meldingen: SMTP-serveren {server} er ukjent."),
    ("thunderbird", "Klarte ikke å autentisere mot SMTP-serveren {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n nb-NO @5d7cde6f).
    ("thunderbird", "En feil oppstod ved sending av e-post. E-postserveren svarte: {server_response} Kontroller at e-postadressen er korrekt i kontoinnstillingene og prøv igjen."),
    ("thunderbird", "En SMTP-feil oppstod ved sending av e-post. Serveren svarte: {server_response}"),
    ("thunderbird", "En feil oppstod under sending av e-post: SMTP-serverfeil. Serveren svarte: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Meldingen ble ikke sendt fordi sendegrensen ble overskredet"),
)

SERVER_PHRASES = {
    "relay_denied": (
        "Formidling avslått",
        "dette domenet er ikke i listen over tillatte mottaksverter",
    ),
}

