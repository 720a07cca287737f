"""Serbian (sr)."""

LANGUAGE = "sr"
VERIFIED = False
BASIS = (
    "No Serbian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: sr-latn-rs / sr-cyrl editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842; the pages corpus only holds an "
    "unrelated sr-latn-rs Office 365 NDR article).  The LABELS, YES and NO below are NOT "
    "observed: they are Microsoft's usual Serbian UI terms, Latin script (Microsoft's sr-Latn "
    "is the script Windows Live used) with the Cyrillic spellings alongside (Tema, Nalog, "
    "Server, Protokol, Odgovor servera, Port, Bezbedno (SSL), Greška servera, Greška utičnice, "
    "Broj greške, Da/Ne), recalled, unverified hypotheses only.  No opening sentence and no "
    "Windows Live Mail label is given.  The TEMPLATES are real: Thunderbird's Serbian "
    "(Cyrillic) strings from thunderbird/thunderbird-l10n "
    "sr/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43574219464)."
)

LABELS = {
    "subject": ("Tema", "Тема"),
    "account": ("Nalog", "Налог"),
    "server": ("Server", "Сервер"),
    "protocol": ("Protokol", "Протокол"),
    "server_response": ("Odgovor servera", "Одговор сервера"),
    "port": ("Port", "Порт"),
    "ssl": ("Bezbedno (SSL)", "Безбедно (SSL)"),
    "server_error": ("Greška servera", "Грешка сервера"),
    "socket_error": ("Greška utičnice", "Грешка утичнице"),
    "error_number": ("Broj greške", "Број грешке"),
}

YES = ("Da", "Да")
NO = ("Ne", "Не")

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Догодила се грешка приликом слања поште. Поштански сервер је одговорио "
     "са: {server_response}. Проверите примаоца поруке '{recipient}' и пробајте поново."),
    ("thunderbird", "Догодила се грешка приликом слања поште. Поштански сервер је одговорио "
     "са: {server_response}. Проверите поруку и пробајте поново."),
    ("thunderbird", "Дошло је до грешке приликом слања е-поште. Сервер поште је одговорио са: "
     "{server_response}. Проверите користите ли исправан идентитет и методу аутентификације."),
    ("thunderbird", "Догодила се грешка приликом слања поште: Не могу да успоставим безбедну "
     "везу са одлазним (SMTP) сервером {server} користећи STARTTLS зато што сервер не "
     "објављује подршку за то."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n sr @5d7cde6f).
    ("thunderbird", "Порука није могла бити послата јер је веза са одлазним (SMTP) сервером {server} истекла."),
    ("thunderbird", "Порука није могла бити послата јер повезивање на одлазни (SMTP) сервер {server} није успело."),
    ("thunderbird", "Порука није могла бити послата јер је веза са одлазним (SMTP) сервером {server} пукла усред преноса."),
    ("thunderbird", "Догодила се грешка приликом слања поште: Одлазни сервер (SMTP) {server} је непознат."),
    ("thunderbird", "Не могу да се аутентификујем на одлазни (SMTP) сервер {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n sr @5d7cde6f).
    ("thunderbird", "Догодила се грешка приликом слања поште. Поштански сервер је одговорио: {server_response} Проверите да ли је ваша мејл адреса исправна у вашим подешавањима налога и пробајте поново."),
    ("thunderbird", "Грешка одлазног (SMTP) сервера се догодила приликом слања поште. Сервер је одговорио са: {server_response}"),
    ("thunderbird", "Догодила се грешка приликом слања поште: Грешка одлазног (SMTP) сервера. Сервер је одговорио са: {server_response}"),
)

