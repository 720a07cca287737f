"""Chinese, simplified (zh-CN)."""

LANGUAGE = "zh-CN"
VERIFIED = True
BASIS = (
    "Real Outlook Express paste in Chinese lab notes on GitHub (github-index file id 11664182895, "
    "0x800CCC79 with every field), a real Windows Mail NNTP error in a Chinese blog post "
    "(github-index file id 36004366975, 0x800CCCA9, 'Windows Mail 无法张贴您的邮件。', curly "
    "‘ ’ quotes), and the zh-cn edition of support article 65b494a4 (doc translation: "
    "'错误编号' where the client says '错误号', '安全 (SSL) :', '中继拒绝'). Not observed in any "
    "real text: Windows Live Mail's error-ID label, so it is not listed (the socket-error "
    "label '套接字错误' is in the title of a question on baisheng999.com/fuwuqi/88072.html, "
    "tests/corpus/zh-CN/oe-qa-title-0x800ccc0e); '是' for Yes is the plain counterpart of the observed '否', not seen in a message."
    "  The TEMPLATES are real: Thunderbird's Simplified-Chinese strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "zh-CN/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ').  errorSendingRcptCommand has an ASCII period "
    "after the reply: kept."
)

LABELS = {
    "subject": ("主题",),
    "account": ("帐户",),
    "server": ("服务器",),
    "protocol": ("协议",),
    "server_response": ("服务器响应",),
    "port": ("端口",),
    "ssl": ("安全(SSL)", "安全 (SSL)"),
    "server_error": ("服务器错误",),
    "socket_error": ("套接字错误",),
    "error_number": ("错误号", "错误编号"),
}

YES = ("是",)
NO = ("否",)

OPENINGS = (
    ("0x800CCC79", "由于服务器拒绝收件人之一，无法发送邮件。被拒绝的电子邮件地址是{recipient}。"),
    ("0x800CCC79", "邮件无法发送,因为其中一个收件人被服务器拒绝。 被拒绝的电子邮件地址为{recipient}。"),
    ("0x800CCCA9", "Windows Mail 无法张贴您的邮件。"),
)

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "发送邮件时出错。邮件服务器响应： {server_response}. 请检查消息收件人“{recipient}”然后重试。"),
    # errorSendingMessage
    ("thunderbird", "发送邮件时出错。邮件服务器响应：{server_response}。请检查该消息然后再试。"),
    # smtpSendNotAllowed
    ("thunderbird", "发送邮件时出错，邮件服务器响应： {server_response}。 请确保您在使用正确的身份发送，且使用了正确的验证方式。"),
    # startTlsFailed
    ("thunderbird", "发送邮件时出错：无法与发件服务器（SMTP） {server} 使用 STARTTLS 建立安全连接，因为它不宣称支持此功能。"),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'zh_CN', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # The sentences ending in the server end at its closing quote and "。" (the next sentence
    # follows without a blank); the SSL sentence starts after the app's name in quotes.
    ("apple-mail", "收件人{_}'{recipient}'被服务器拒绝"),
    ("apple-mail", "无法连接发件服务器'{server}'。"),
    ("apple-mail", "请检查发件服务器'{server}'的帐户设置"),
    ("apple-mail", "无法使用SSL通过默认端口连接到服务器'{server}'。"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n zh-CN @5d7cde6f).
    ("thunderbird", "消息未发送，因为与发件服务器（SMTP）{server} 的连接超时。"),
    ("thunderbird", "因为无法连接到发件服务器（SMTP） {server}，邮件未能发送。"),
    ("thunderbird", "消息未发送，因为与发件服务器（SMTP） {server} 的连接在传输过程中中断。"),
    ("thunderbird", "发送邮件时出错：发件服务器（SMTP） {server} 未知。"),
    ("thunderbird", "无法向发件服务器（SMTP） {server} 进行认证。"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n zh-CN @5d7cde6f).
    ("thunderbird", "发送邮件时出错。邮件服务器响应：{server_response}请验证您在账户设置中的电子邮件地址是否正确，然后再试。"),
    ("thunderbird", "发送邮件时发件服务器（SMTP）出错。服务器响应：{server_response}"),
    ("thunderbird", "发送邮件时出错：发件服务器（SMTP）错误。服务器响应：{server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "邮件发送失败，因为您已超出了发送限制"),
)

SERVER_PHRASES = {
    # "中继拒绝" and the translated qmail rcpthosts reply, both from the zh-cn edition of support
    # article 65b494a4 (support.microsoft.com/zh-cn/office/...-65b494a4-0a15-433e-829f-
    # e73651e0245e): "553 抱歉,该域不在我的允许的 rcpthost (#5.7.1) '列表中" (the comma may be
    # full-width, so the phrase starts after it).
    "relay_denied": ("中继拒绝", "该域不在我的允许的 rcpthost"),
}
