"""Chinese, traditional (zh-TW)."""

LANGUAGE = "zh-TW"
VERIFIED = False
BASIS = (
    "No real Traditional-Chinese text of these messages was found (pages, code, issues and docs "
    "stores searched for the zh-tw edition of support article 65b494a4, Taiwanese ISP help "
    "pages, Outlook Express / Windows Live Mail pastes and the string '錯誤號碼: 0x800CCC'). "
    "Every label below is a rendering in Microsoft's zh-TW UI terminology (主旨, 帳戶, 伺服器, "
    "通訊協定, 伺服器回應, 連接埠, 安全(SSL), 伺服器錯誤, 通訊端錯誤, 錯誤號碼, 是/否), recalled, "
    "not observed: hypotheses only. No opening sentences are given because none was seen."
    "  The TEMPLATES are real: Thunderbird's Traditional-Chinese strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "zh-TW/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ')."
)

LABELS = {
    "subject": ("主旨",),
    "account": ("帳戶",),
    "server": ("伺服器",),
    "protocol": ("通訊協定",),
    "server_response": ("伺服器回應",),
    "port": ("連接埠",),
    "ssl": ("安全(SSL)", "安全 (SSL)"),
    "server_error": ("伺服器錯誤",),
    "socket_error": ("通訊端錯誤",),
    "error_number": ("錯誤號碼",),
}

YES = ("是",)
NO = ("否",)

OPENINGS = ()

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "寄送郵件時發生錯誤：郵件伺服器回應： {server_response}。 請檢查訊息收件者「{recipient}」是否正確後再試一次。"),
    # errorSendingMessage
    ("thunderbird", "寄送郵件時發生錯誤，伺服器回應：{server_response}。請檢查訊息後再試一次。"),
    # smtpSendNotAllowed
    ("thunderbird", "寄送郵件時發生錯誤，郵件伺服器回應: {server_response}。 請確認您使用正確的身分寄信，使用的驗證方式也都正確。"),
    # startTlsFailed
    ("thunderbird", "寄送郵件時發生錯誤：寄件伺服器（SMTP）{server} 並未宣稱有 STARTTLS 功能，故無法以 STARTTLS 建立安全連線。"),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'zh_TW', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # The sentences ending in a value end at its closing quote and "。", the recipient's
    # variants at "，因為" (the next words follow without a blank); the SSL sentence
    # starts after the app's name in quotes.
    ("apple-mail", "伺服器拒絕收件人{_}'{recipient}'。"),
    ("apple-mail", "伺服器拒絕收件人{_}'{recipient}'，因為"),
    ("apple-mail", "與寄件伺服器'{server}'的連線失敗"),
    ("apple-mail", "檢查寄件伺服器'{server}'的帳號設定"),
    ("apple-mail", "無法透過預設連接埠使用SSL連線至伺服器'{server}'。"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n zh-TW @5d7cde6f).
    ("thunderbird", "因為與寄件伺服器 (SMTP) {server} 間的連線逾時，無法寄出訊息。"),
    ("thunderbird", "因為無法連線至寄件伺服器 (SMTP) {server}，無法寄出郵件。"),
    ("thunderbird", "因為與寄件伺服器 (SMTP) {server} 間的連線在傳輸過程中中斷，無法寄出訊息。"),
    ("thunderbird", "寄送郵件時發生錯誤：寄件伺服器（SMTP）{server} 未知。"),
    ("thunderbird", "無法向寄件伺服器 (SMTP) {server} 進行認證。"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n zh-TW @5d7cde6f).
    ("thunderbird", "寄送郵件時發生錯誤，伺服器回應：{server_response}請檢查「帳號設定」中您的電子郵件地址是否正確後再試一次。"),
    ("thunderbird", "寄件伺服器（SMTP）在寄信時發生錯誤。伺服器回傳：{server_response}"),
    ("thunderbird", "寄送郵件時發生錯誤，寄件伺服器（SMTP）發生錯誤，伺服器回應：{server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/zh-TW/ndr-google-groups).
    ("ndr", "您試圖聯絡的「{_}」群組可能不存在，或者您沒有在此群組張貼留言的權限。"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "傳送郵件失敗，因為超出傳送上限"),
    # (macOS Mail's alert, as Apple's support article 102198, zh-mo edition, quotes it)
    ("apple-mail", "無法透過伺服器「{server}」傳送郵件"),
)

