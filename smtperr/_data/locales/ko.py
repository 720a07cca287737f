"""Korean (ko)."""

LANGUAGE = "ko"
VERIFIED = False
BASIS = (
    "No real Korean text of these messages was found (pages, code, issues and docs stores "
    "searched for the ko-kr edition of support article 65b494a4, Korean Outlook Express / "
    "Windows Live Mail pastes, and the strings '오류 번호: 0x800CCC', '보안(SSL)'; the only "
    "related Korean text found, AlchemyInsights 'outlook-com-error-550', does not quote the "
    "message). Every label below is a rendering in Microsoft's Korean UI terminology (제목, "
    "계정, 서버, 프로토콜, 서버 응답, 포트, 보안(SSL), 서버 오류, 소켓 오류, 오류 번호, 예/아니요), "
    "recalled, not observed: hypotheses only. No opening sentences are given because none was "
    "seen."
)

LABELS = {
    "subject": ("제목",),
    "account": ("계정",),
    "server": ("서버",),
    "protocol": ("프로토콜",),
    "server_response": ("서버 응답",),
    "port": ("포트",),
    "ssl": ("보안(SSL)", "보안 (SSL)"),
    "server_error": ("서버 오류",),
    "socket_error": ("소켓 오류",),
    "error_number": ("오류 번호",),
}

YES = ("예",)
NO = ("아니요",)

OPENINGS = ()

TEMPLATES = ()

