"""Dutch (nl)."""

LANGUAGE = "nl"
VERIFIED = True
BASIS = (
    "Microsoft support article 65b494a4-0a15-433e-829f-e73651e0245e in nl-nl "
    "(support.microsoft.com; both examples, tests/corpus/nl: lower-case labels 'account', "
    "'server', 'protocol', 'reactie van server', 'poort', 'beveiligd (SSL)', 'serverfout', "
    "'foutnummer'; stray '</Test> </Test>' markup after 'protocol:'; 'Doorsturen "
    "geweigerd'); Thunderbird nl strings from thunderbird/thunderbird-l10n nl/mail/chrome/"
    "messenger/messengercompose/composeMsgs.properties (file id 44126219976).  Not found: a "
    "Dutch 'Socket Error' label, the Windows Live Mail 'Error ID' label, a real user paste; "
    "'Ja' is the Dutch word for yes, not seen in a sample."
)

LABELS = {
    "subject": ("Onderwerp",),
    "account": ("account",),
    "server": ("server",),
    "protocol": ("protocol",),
    "server_response": ("reactie van server",),
    "port": ("poort",),
    "ssl": ("beveiligd (SSL)",),
    "server_error": ("serverfout",),
    "error_number": ("foutnummer",),
}

YES = ("Ja",)
NO = ("Nee",)

OPENINGS = (
    ("0x800CCC79", "Kan het bericht niet verzenden omdat één van de geadresseerden door de "
     "server is geweigerd. Het geweigerde e-mailadres is {recipient}."),
)

TEMPLATES = (
    ("thunderbird", "Er is een fout opgetreden bij het verzenden van e-mail. De mailserver "
     "antwoordde: {server_response}. Controleer de berichtontvanger '{recipient}' en probeer "
     "het opnieuw."),
    ("thunderbird", "Er is een fout opgetreden bij het verzenden van e-mail. De mailserver "
     "antwoordde: {server_response}. Controleer het bericht en probeer het opnieuw."),
    ("thunderbird", "Er is een fout opgetreden bij het verzenden van e-mail. De mailserver "
     "antwoordde: {server_response}. Zorg ervoor dat u de juiste identiteit gebruikt om te "
     "verzenden"),
    ("thunderbird", "Er is een fout opgetreden bij het verzenden van e-mail: kan geen "
     "beveiligde verbinding met uitgaande (SMTP-)server {server} tot stand brengen met "
     "STARTTLS, aangezien de server die functie niet aankondigt."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'nl', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # "accepteert" is skipped ({_}) and FAILED_SEND ("Controleer de accountinstellingen voor
    # de uitgaande server '%@'.") has no row: their all-ASCII words would give the gate a
    # pivot in a new letter or past its budget (tests/test_generated_tables.py).
    ("apple-mail", "De server {_} de ontvanger {_}'{recipient}' niet"),
    ("apple-mail", "De verbinding met de uitgaande server '{server}' is mislukt"),
    ("apple-mail", "Mail kan geen verbinding maken met de server '{server}' via SSL en de standaardpoorten"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n nl @5d7cde6f).
    ("thunderbird", "Het bericht kon niet worden verzonden, omdat de wachttijd voor de verbinding met uitgaande (SMTP-)server {server} is verlopen."),
    ("thunderbird", "Het bericht kon niet worden verzonden, omdat het verbinden met uitgaande (SMTP-)server {server} is mislukt."),
    ("thunderbird", "Het bericht kon niet worden verzonden, omdat de verbinding met uitgaande (SMTP-)server {server} in het midden van de transactie werd verbroken."),
    ("thunderbird", "Er is een fout opgetreden bij het verzenden van e-mail: uitgaande (SMTP-)server {server} is onbekend."),
    ("thunderbird", "Kan niet authenticeren bij uitgaande (SMTP-)server {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n nl @5d7cde6f).
    ("thunderbird", "Er is een fout opgetreden bij het verzenden van e-mail. De mailserver antwoordde: {server_response} Controleer of uw e-mailadres juist is ingesteld in uw accountinstellingen en probeer het opnieuw."),
    ("thunderbird", "Er is een fout met de uitgaande (SMTP-)server opgetreden bij het verzenden van e-mail. De server antwoordde: {server_response}"),
    ("thunderbird", "Er is een fout opgetreden bij het verzenden van e-mail: fout met uitgaande (SMTP-)server. De server antwoordde: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Het versturen van het bericht is mislukt, omdat de verzendlimiet is bereikt"),
)

SERVER_PHRASES = {
    "relay_denied": (
        "Doorsturen geweigerd",
        "dat domein is niet in mijn lijst met toegestane rcpt-hosts",
    ),
}
