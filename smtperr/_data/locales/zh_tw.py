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

TEMPLATES = ()

