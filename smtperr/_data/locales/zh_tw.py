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
)

