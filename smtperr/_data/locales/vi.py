"""Vietnamese (vi)."""

LANGUAGE = "vi"
VERIFIED = True
BASIS = (
    "Only a fragment: the machine-translated vi-vn edition of support article 65b494a4 "
    "(support.microsoft.com), whose stored copy breaks off after 'máy chủ:' (tests/corpus/vi). "
    "Observed: the 0x800CCC79 opening and the labels 'Chủ đề', 'tài khoản', 'máy chủ' (lower case "
    "in that translation). Every other label below is NOT observed: 'Giao thức', 'Phản hồi của "
    "máy chủ', 'Cổng', 'Bảo mật (SSL)', 'Lỗi máy chủ', 'Số lỗi' and Có/Không are Microsoft "
    "Vietnamese UI terminology renderings, hypotheses only."
)

LABELS = {
    "subject": ("Chủ đề",),
    "account": ("tài khoản", "Tài khoản"),
    "server": ("máy chủ", "Máy chủ"),
    "protocol": ("Giao thức",),
    "server_response": ("Phản hồi của máy chủ",),
    "port": ("Cổng",),
    "ssl": ("Bảo mật (SSL)",),
    "server_error": ("Lỗi máy chủ",),
    "error_number": ("Số lỗi",),
}

YES = ("Có",)
NO = ("Không",)

OPENINGS = (
    ("0x800CCC79", "Thư có thể không được gửi vì một trong những người nhận bị từ chối bởi máy chủ. "
     "Địa chỉ email bị từ chối là {recipient}."),
)

TEMPLATES = ()

