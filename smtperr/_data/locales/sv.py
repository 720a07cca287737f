"""Swedish (sv)."""

LANGUAGE = "sv"
VERIFIED = True
BASIS = (
    "Two Swedish editions of Microsoft support article 65b494a4 (550/553/relay prohibited): the "
    "older support.office.com text (fully Swedish labels, 'Secure (SSL)' left in English, "
    "'Vidarebefordran nekades') and the newer support.microsoft.com sv-se text (tests/corpus/sv: "
    "'Säker (SSL)', 'Ämnet', 'Vidarebefordran nekad', English 'Protocol'/'Server Response' and a "
    "wholly English tail in the second example). Both are documentation translations; no real "
    "Swedish client paste was found. Not observed: socket-error and Windows Live Mail error-ID "
    "labels (not listed)."
    "  The TEMPLATES are real: Thunderbird's Swedish strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "sv-SE/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ')."
)

LABELS = {
    "subject": ("Ämne", "Ämnet"),
    "account": ("Konto",),
    "server": ("Server",),
    "protocol": ("Protokoll", "Protocol"),
    "server_response": ("Serversvar", "Server Response"),
    "port": ("Port",),
    "ssl": ("Säker (SSL)", "Secure (SSL)", "Secure(SSL)"),
    "server_error": ("Serverfel", "Server Error"),
    "error_number": ("Felnummer", "Error Number"),
}

YES = ("Ja", "Yes")  # counterparts of the observed No words; not yet seen in a sample
NO = ("Nej", "No")

OPENINGS = (
    ("0x800CCC79", "Det gick inte att skicka meddelandet på grund av att servern inte godkände en av "
     "mottagarna. E-postadressen som inte godkändes är {recipient}."),
    ("0x800CCC79", "Det gick inte att skicka meddelandet eftersom en av mottagarna avvisades av "
     "servern. Den avvisade e-postadressen var {recipient}."),
)

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "Ett fel uppstod när e-post skulle skickas. Servern svarade: "
     "{server_response}. Kontrollera mottagarens '{recipient}' och försök igen."),
    # errorSendingMessage
    ("thunderbird", "Ett fel uppstod när e-post skulle skickas. Servern svarade: "
     "{server_response}. Kontrollera meddelandet och försök igen."),
    # smtpSendNotAllowed
    ("thunderbird", "Ett fel uppstod när e-post skulle skickas. Mejlservern svarade: "
     "{server_response}. Se till att du använder rätt identitet för att skicka och att den "
     "använder rätt autentiseringsmetod."),
    # startTlsFailed
    ("thunderbird", "Ett fel uppstod när e-post skulle skickas: Det går inte att upprätta en "
     "säker länk till utgående server (SMTP) {server} med STARTTLS eftersom den inte "
     "annonserat den funktionen."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'sv', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "Mottagaren {_}'{recipient}' accepterades inte av servern"),
    ("apple-mail", "Anslutningen till den utgående servern '{server}' misslyckades"),
    ("apple-mail", "Kontrollera kontoinställningarna för den utgående servern '{server}'"),
    ("apple-mail", "Mail kunde inte ansluta till servern '{server}' med SSL via de förvalda portarna"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n sv-SE @5d7cde6f).
    ("thunderbird", "Meddelandet kunde inte skickas eftersom anslutningen till utgående server (SMTP) {server} gjorde timeout."),
    ("thunderbird", "Meddelandet kunde inte skickas eftersom anslutning till utgående server (SMTP) {server} misslyckades."),
    ("thunderbird", "Meddelandet kunde inte skickas eftersom anslutningen till utgående server (SMTP) {server} förlorades mitt under transaktionen."),
    ("thunderbird", "Ett fel uppstod när e-post skulle skickas: Utgående server (SMTP) {server} är okänd."),
    ("thunderbird", "Kan inte autentisera till utgående server (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n sv-SE @5d7cde6f).
    ("thunderbird", "Ett fel uppstod när e-post skulle skickas. Servern svarade: {server_response} Kontrollera att din e-postadress är korrekt i dina kontoinställningar och försök igen."),
    ("thunderbird", "Et utgående serverfel (SMTP) uppstod e-post skulle skickas. Servern svarade: {server_response}"),
    ("thunderbird", "Ett fel uppstod när e-post skulle skickas: Utgående serverfel (SMTP). Servern svarade: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Brevet kunde inte skickas eftersom du överskred gränsen på hur mycket du kan skicka"),
    # (macOS Mail's alert, as Apple's Swedish support article 102198 quotes it)
    ("apple-mail", "Det går inte att skicka meddelandet via {server}-servern"),
)

SERVER_PHRASES = {
    # Both from the two sv-se editions of support article 65b494a4 (see BASIS); the third is
    # the article's Swedish rendering of qmail's "553 sorry, that domain isn't in my list of
    # allowed rcpthosts (#5.7.1)": "553 domänen finns inte i listan över tillåtna rcpt-värdar
    # (5.7.1)" (support.office.com/sv-se/article/...-65b494a4-0a15-433e-829f-e73651e0245e).
    "relay_denied": (
        "Vidarebefordran nekades",
        "Vidarebefordran nekad",
        "domänen finns inte i listan över tillåtna rcpt-värdar",
    ),
}
