"""Bulgarian (bg)."""

LANGUAGE = "bg"
VERIFIED = False
BASIS = (
    "No Bulgarian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: bg-bg editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Bulgarian forum-style pastes).  The "
    "LABELS, YES and NO below are NOT observed: they are Microsoft's usual Bulgarian UI terms "
    "for the English field names (Тема, Акаунт, Сървър, Протокол, Отговор на сървъра, Порт, "
    "Защита (SSL), Грешка на сървъра, Грешка в сокета, Номер на грешка, Да/Не), recalled, "
    "unverified hypotheses only.  No opening sentence and no Windows Live Mail label is given. "
    " The TEMPLATES are real: Thunderbird's Bulgarian strings from "
    "thunderbird/thunderbird-l10n "
    "bg/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43951022151; "
    "errorSendingMessage has the typo 'отвовори', kept)."
)

LABELS = {
    "subject": ("Тема",),
    "account": ("Акаунт",),
    "server": ("Сървър",),
    "protocol": ("Протокол",),
    "server_response": ("Отговор на сървъра",),
    "port": ("Порт",),
    "ssl": ("Защита (SSL)",),
    "server_error": ("Грешка на сървъра",),
    "socket_error": ("Грешка в сокета",),
    "error_number": ("Номер на грешка",),
}

YES = ("Да",)
NO = ("Не",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Възникна грешка при изпращане на пощата. Сървърът отговори: "
     "{server_response}. Моля, проверете получателя на писмото '{recipient}' и опитайте "
     "отново."),
    ("thunderbird", "Възникна грешка при изпращане на пощата. Пощенският сървър отвовори: "
     "{server_response}. Моля, проверете писмото и опитайте отново."),
    ("thunderbird", "Възникна грешка при изпращане на имейл. Пощенският сървър отговори: "
     "{server_response}. Моля, уверете се, че използвате правилната самоличност за изпращане "
     "и че използваният метод за удостоверяване е правилен."),
    ("thunderbird", "Възникна грешка при изпращане на пощата: Установяването на сигурна "
     "връзка с изходящия (SMTP) сървър {server} е невъзможно, ако се използва STARTTLS, тъй "
     "като той не обявява тази особеност."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n bg @5d7cde6f).
    ("thunderbird", "Писмото не може да бъде изпратено, защото времето за изчакване на изходящия (SMTP) {server} сървър изтече."),
    ("thunderbird", "Писмото не може да бъде изпратено поради липса на връзка с изходящия (SMTP) {server} сървър."),
    ("thunderbird", "Писмото не може да бъде изпратено, защото връзката с изходящия (SMTP) {server} сървър пропадна насред предаването."),
    ("thunderbird", "Възникна грешка при изпращане на пощата: Изходящият (SMTP) сървър {server} е непознат."),
    ("thunderbird", "Неуспешно удостоверяване на изходящият (SMTP) {server} сървър."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n bg @5d7cde6f).
    ("thunderbird", "Възникна грешка при изпращане на пощата. Пощенският сървър отговори: {server_response} Моля, проверете дали е верен пощенският Ви адрес в настройките и опитайте отново."),
    ("thunderbird", "Възникна грешка (SMTP) при изпращане на пощата. Сървърът отговори: {server_response}"),
    ("thunderbird", "Възникна грешка при изпращане на пощата: Грешка в изходящия (SMTP) сървър. Сървърът отговори: {server_response}"),
)

