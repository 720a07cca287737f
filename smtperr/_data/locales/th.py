"""Thai (th)."""

LANGUAGE = "th"
VERIFIED = False
BASIS = (
    "No real Thai text of these messages was found. The th-th edition of support article "
    "65b494a4 is in the pages store (support.office.com, machine translation, title "
    "'ฉันได้รับการ 550, 553 หรือข้อผิดพลาดห้ามสับเปลี่ยน...'), but the stored copy ends before "
    "the quoted error messages, so no label was seen. Every label below is a rendering in "
    "Microsoft's Thai UI terminology (เรื่อง, บัญชี, เซิร์ฟเวอร์, โพรโทคอล, การตอบกลับของเซิร์ฟเวอร์, "
    "พอร์ต, ปลอดภัย, ข้อผิดพลาดของเซิร์ฟเวอร์, ข้อผิดพลาดของซ็อกเก็ต, หมายเลขข้อผิดพลาด, ใช่/ไม่ใช่), "
    "recalled, not observed: hypotheses only. No opening sentences are given."
)

LABELS = {
    "subject": ("เรื่อง",),
    "account": ("บัญชี",),
    "server": ("เซิร์ฟเวอร์",),
    "protocol": ("โพรโทคอล",),
    "server_response": ("การตอบกลับของเซิร์ฟเวอร์",),
    "port": ("พอร์ต",),
    "ssl": ("ปลอดภัย (SSL)",),
    "server_error": ("ข้อผิดพลาดของเซิร์ฟเวอร์",),
    "socket_error": ("ข้อผิดพลาดของซ็อกเก็ต",),
    "error_number": ("หมายเลขข้อผิดพลาด",),
}

YES = ("ใช่",)
NO = ("ไม่ใช่",)

OPENINGS = ()

TEMPLATES = ()

