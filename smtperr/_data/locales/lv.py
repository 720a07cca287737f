"""Latvian (lv)."""

LANGUAGE = "lv"
VERIFIED = False
BASIS = (
    "No Latvian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: lv-lv editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Latvian forum-style pastes).  The "
    "LABELS, YES and NO below are NOT observed: they are Microsoft's usual Latvian UI terms "
    "for the English field names (Tēma, Konts, Serveris, Protokols, Servera atbilde, Ports, "
    "Drošs (SSL), Servera kļūda, Ligzdas kļūda, Kļūdas numurs, Jā/Nē), recalled, unverified "
    "hypotheses only.  No opening sentence and no Windows Live Mail label is given.  The "
    "TEMPLATES are real: Thunderbird's Latvian strings from thunderbird/thunderbird-l10n "
    "lv/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 44141428917)."
)

LABELS = {
    "subject": ("Tēma",),
    "account": ("Konts",),
    "server": ("Serveris",),
    "protocol": ("Protokols",),
    "server_response": ("Servera atbilde",),
    "port": ("Ports",),
    "ssl": ("Drošs (SSL)",),
    "server_error": ("Servera kļūda",),
    "socket_error": ("Ligzdas kļūda",),
    "error_number": ("Kļūdas numurs",),
}

YES = ("Jā",)
NO = ("Nē",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Sūtot pastu, radās kļūda. Pasta serveris atbildēja: {server_response}. "
     "Lūdzu, pārbaudiet ziņojuma adresātu '{recipient}' un mēģiniet vēlreiz."),
    ("thunderbird", "Sūtot vēstuli, radās kļūda. Pasta serveris atbildēja: "
     "{server_response}. Lūdzu, pārbaudiet vēstuli un mēģiniet vēlreiz."),
    ("thunderbird", "Sūtot pastu, radās kļūda. Pasta serveris atbildēja: {server_response}. "
     "Lūdzu, pārliecinieties, vai nosūtīšanai izmantojat pareizo identitāti un izmantotais "
     "autentifikācijas veids ir pareizs."),
    ("thunderbird", "Sūtot epastu, radās kļūda: Nevar izveidot drošu saiti ar izejošo "
     "serveri (SMTP) {server}, izmantojot STARTTLS, jo tas neziņo par šo iespēju."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n lv @5d7cde6f).
    ("thunderbird", "Vēstuli neizdevās nosūtīt, jo iestājās savienojuma noildze ar izejošo serveri (SMTP) {server}"),
    ("thunderbird", "Vēstuli neizdevās nosūtīt, jo neizdevās izveidot savienojumu ar izejošo serveri (SMTP) {server}"),
    ("thunderbird", "Vēstuli neizdevās nosūtīt, jo darbības laikā pazuda savienojums ar izejošo serveri (SMTP) {server}"),
    ("thunderbird", "Sūtot pastu, radās kļūda: Izejošais serveris (SMTP) {server} nav zināms."),
    ("thunderbird", "Neizdevās autentificēties izejošajā serverī (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n lv @5d7cde6f).
    ("thunderbird", "Sūtot pastu, radās kļūda. Pasta serveris atbildēja: {server_response} Lūdzu, konta iestatījumos pārbaudiet, vai jūsu epasta adrese ir pareiza, un mēģiniet vēlreiz."),
    ("thunderbird", "Sūtot pastu, radās Izejošā servera (SMTP) kļūda. Serveris atbildēja: {server_response}"),
    ("thunderbird", "Sūtot epastu, radās kļūda: izejošā servera (SMTP) kļūda. Serveris atbildēja: {server_response}"),
)

