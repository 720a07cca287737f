"""Arabic (ar)."""

LANGUAGE = "ar"
VERIFIED = False
BASIS = (
    "No real Arabic text of these messages was found (pages, code, issues and docs stores "
    "searched for the ar-sa edition of support article 65b494a4 and Arabic Outlook Express / "
    "Windows Live Mail pastes). Every label below is a rendering in Microsoft's Arabic UI "
    "terminology (الموضوع, الحساب, الخادم, البروتوكول, استجابة الخادم, المنفذ, آمن, خطأ الخادم, "
    "خطأ مأخذ التوصيل for socket error, رقم الخطأ, نعم/لا), recalled, not observed: hypotheses "
    "only. No opening sentences are given because none was seen."
)

LABELS = {
    "subject": ("الموضوع",),
    "account": ("الحساب",),
    "server": ("الخادم",),
    "protocol": ("البروتوكول",),
    "server_response": ("استجابة الخادم",),
    "port": ("المنفذ",),
    "ssl": ("آمن (SSL)",),
    "server_error": ("خطأ الخادم",),
    "socket_error": ("خطأ مأخذ التوصيل",),
    "error_number": ("رقم الخطأ",),
}

YES = ("نعم",)
NO = ("لا",)

OPENINGS = ()

TEMPLATES = ()

