"""Ukrainian (uk)."""

LANGUAGE = "uk"
VERIFIED = False
BASIS = (
    "No Ukrainian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: uk-ua editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Ukrainian forum-style pastes).  The "
    "LABELS, YES and NO below are NOT observed: they are Microsoft's usual Ukrainian UI terms "
    "for the English field names (Тема, Обліковий запис, Сервер, Протокол, Відповідь сервера, "
    "Порт, Захист (SSL), Помилка сервера, Помилка сокета, Номер помилки, Так/Ні), recalled, "
    "unverified hypotheses only.  No opening sentence and no Windows Live Mail label is given. "
    " The TEMPLATES are real: Thunderbird's Ukrainian strings from "
    "thunderbird/thunderbird-l10n "
    "uk/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 44290902378); "
    "the ASCII apostrophe inside words (зв'язок) is kept, and in a template it also matches "
    "other quote marks."
)

LABELS = {
    "subject": ("Тема",),
    "account": ("Обліковий запис",),
    "server": ("Сервер",),
    "protocol": ("Протокол",),
    "server_response": ("Відповідь сервера",),
    "port": ("Порт",),
    "ssl": ("Захист (SSL)",),
    "server_error": ("Помилка сервера",),
    "socket_error": ("Помилка сокета",),
    "error_number": ("Номер помилки",),
}

YES = ("Так",)
NO = ("Ні",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Під час надсилання листа сталася помилка. Відповідь поштового сервера: "
     "{server_response}. Перевірте отримувача повідомлення '{recipient}' і повторіть спробу."),
    ("thunderbird", "Під час надсилання сталася помилка. Відповідь поштового сервера: "
     "{server_response}. Перевірте повідомлення і повторіть спробу."),
    ("thunderbird", "Під час надсилання пошти сталася помилка. Відповідь поштового сервера: "
     "{server_response}. Переконайтеся, що ви використовуєте правильні облікові дані для "
     "надсилання та спосіб автентифікації."),
    ("thunderbird", "Виникла помилка при надсиланні пошти: Не вдалося встановити безпечний "
     "зв'язок з сервером вихідної пошти (SMTP) {server} з використанням STARTTLS, тому що він "
     "не заявив про підтримку такої можливості."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n uk @5d7cde6f).
    ("thunderbird", "Не вдалося надіслати повідомлення через те, що завершився час очікування з'єднання з сервером вихідної пошти (SMTP) {server}"),
    ("thunderbird", "Не вдалося надіслати повідомлення через збій з'єднання з сервером вихідної пошти (SMTP) {server}"),
    ("thunderbird", "Не вдалося надіслати повідомлення через те, що з'єднання з сервером вихідної пошти (SMTP) {server} було втрачене при виконанні операції."),
    ("thunderbird", "Сталася помилка при надсиланні пошти: Невідомий сервер вихідної пошти (SMTP) {server}"),
    ("thunderbird", "Неможливо авторизуватися на сервері вихідної пошти (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n uk @5d7cde6f).
    ("thunderbird", "Під час надсилання сталася помилка. Відповідь поштового сервера: {server_response} Переконайтеся, що в налаштуваннях облікового запису ваша адреса електронної пошти вказана правильно і спробуйте ще раз."),
    ("thunderbird", "Під час надсилання сталася помилка сервера вихідної пошти (SMTP). Відповідь сервера: {server_response}"),
    ("thunderbird", "Під час надсилання сталася помилка: Помилка сервера вихідної пошти (SMTP). Відповідь сервера: {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/uk/ndr-google-groups).
    ("ndr", "група, з якою Ви намагалися зв'язатися ({_}), ймовірно, не існує, або Ви не маєте дозволу публікувати в ній дописи."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Цей лист не надіслано, бо ви перевищили свій ліміт надсилання"),
)

