"""Hebrew (he)."""

LANGUAGE = "he"
VERIFIED = False
BASIS = (
    "No real Hebrew text of these messages was found (pages, code, issues and docs stores "
    "searched for the he-il edition of support article 65b494a4 and Hebrew Outlook Express / "
    "Windows Live Mail pastes). Every label below is a rendering in Microsoft's Hebrew UI "
    "terminology (נושא, חשבון, שרת, פרוטוקול, תגובת שרת, יציאה for port, מאובטח, שגיאת שרת, "
    "שגיאת Socket, מספר שגיאה, כן/לא), recalled, not observed: hypotheses only. No opening "
    "sentences are given because none was seen."
)

LABELS = {
    "subject": ("נושא",),
    "account": ("חשבון",),
    "server": ("שרת",),
    "protocol": ("פרוטוקול",),
    "server_response": ("תגובת שרת",),
    "port": ("יציאה",),
    "ssl": ("מאובטח (SSL)",),
    "server_error": ("שגיאת שרת",),
    "socket_error": ("שגיאת Socket",),
    "error_number": ("מספר שגיאה",),
}

YES = ("כן",)
NO = ("לא",)

OPENINGS = ()

TEMPLATES = ()

