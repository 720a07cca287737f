"""Russian (ru)."""

LANGUAGE = "ru"
VERIFIED = False
BASIS = (
    "No Russian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: ru-ru editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e, KB 290842 and KB 813514; Russian forum-style pastes "
    "of 0x800CCC0E/0x800CCC0F/0x800CCC79; 'Номер ошибки: 0x800CCC', 'ошибки: 0x800CCC', "
    "'Защита (SSL)' in the GitHub index - no hits).  The LABELS, YES and NO below are NOT "
    "observed: they are the Russian Windows/Outlook Express wording as the author recalls it "
    "(Тема, Учетная запись, Сервер, Протокол, Ответ сервера, Порт, Защита (SSL), Ошибка "
    "сервера, Ошибка сокета, Номер ошибки, Да/Нет) plus the plausible variants 'Учётная "
    "запись', 'Безопасность (SSL)' and 'Код ошибки': unverified hypotheses only.  No opening "
    "sentence is given (none seen).  The TEMPLATES are real: "
    "Thunderbird's Russian strings from thunderbird/thunderbird-l10n "
    "ru/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43573018717).  "
    "Later seen in one scraped fragment of a Russian Windows Live Mail error (bitbucket "
    "snippet stococelnag1985/RoMKg6, tests/corpus/ru): 'Протокол', 'Порт', 'Защита (SSL)', "
    "the word 'Да' and the WLM error-ID label 'Код ошибки программы Почта Windows Live'; the "
    "other labels remain unobserved, so the table stays unverified."
)

LABELS = {
    "subject": ("Тема",),
    "account": ("Учетная запись", "Учётная запись"),
    "server": ("Сервер",),
    "protocol": ("Протокол",),
    "server_response": ("Ответ сервера",),
    "port": ("Порт",),
    "ssl": ("Защита (SSL)", "Безопасность (SSL)"),
    "server_error": ("Ошибка сервера",),
    "socket_error": ("Ошибка сокета",),
    "error_number": ("Номер ошибки", "Код ошибки"),
    # Observed (scraped snippet, tests/corpus/ru/wlm-bitbucket-spam-snippet-fragment).
    "wlm_error_id": ("Код ошибки программы Почта Windows Live",),
}

YES = ("Да",)
NO = ("Нет",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Ошибка отправления почты. Почтовый сервер ответил: {server_response}. "
     "Проверьте правильность написания адреса получателя '{recipient}' и попробуйте снова."),
    ("thunderbird", "Ошибка отправления почты. Почтовый сервер ответил: {server_response}. "
     "Проверьте сообщение и попробуйте снова."),
    ("thunderbird", "При отправке почты произошла ошибка. Почтовый сервер ответил: "
     "{server_response}. Пожалуйста, убедитесь, что вы используете правильную учётную запись "
     "для отправки и корректный способ аутентификации."),
    ("thunderbird", "Ошибка отправления почты: Не удалось установить защищённое соединение с "
     "сервером исходящей почты (SMTP) '{server}' с использованием STARTTLS, так как он не "
     "заявил о поддержке этой возможности."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'ru', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # SMTP_NO_CONNECTION ends at the server's closing quote and period: the second sentence
    # follows on the same line.  SMTP_1_BAD_RECIPIENT, which ends in the recipient, is spelled
    # to its period and, for its 'because ...' variants, to their next word, so that a hard
    # wrap inside the address does not end it.
    ("apple-mail", "Сервер отклонил получателя {_}'{recipient}'."),
    ("apple-mail", "Сервер отклонил получателя {_}'{recipient}', так как"),
    ("apple-mail", "Не удалось подключиться к серверу исходящей почты '{server}'."),
    ("apple-mail", "Проверьте настройки учетной записи для исходящего сервера '{server}'"),
    ("apple-mail", "Приложению 'Почта' не удалось подключиться к серверу '{server}' с помощью SSL через порты по умолчанию"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n ru @5d7cde6f).
    ("thunderbird", "Сообщение не может быть отправлено, так как время ожидания соединения с Сервером исходящей почты (SMTP) '{server}' истекло."),
    ("thunderbird", "Сообщение не может быть отправлено, так как не удалось установить соединение с Сервером исходящей почты (SMTP) '{server}'."),
    ("thunderbird", "Сообщение не может быть отправлено, так как соединение с Сервером исходящей почты (SMTP) '{server}' было утеряно в середине транзакции."),
    ("thunderbird", "Ошибка отправления почты: Сервер исходящей почты (SMTP) '{server}' неизвестен."),
    ("thunderbird", "Не удалось аутентифицироваться на Сервере исходящей почты (SMTP) '{server}'."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n ru @5d7cde6f).
    ("thunderbird", "Ошибка отправления почты. Почтовый сервер ответил: {server_response} Убедитесь, что указанный вами в параметрах учётной записи адрес электронной почты верен, и попробуйте снова."),
    ("thunderbird", "Ошибка сервера исходящей почты (SMTP) при отправлении почты. Сервер ответил: {server_response}"),
    ("thunderbird", "Ошибка при отправлении почты: Ошибка сервера исходящей почты (SMTP). Сервер ответил: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Не удалось отправить сообщение, так как превышен лимит отправки"),
)

