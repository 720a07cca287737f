"""Korean providers' reports: NAVER Mail's "<recipient> 님께 보내신 메일 <subject> 이 다음과 같은
이유로 전송 실패했습니다." ("the mail you sent to <recipient> ... failed for the following reason")
and NHN Dooray!'s "Dooray! 메일 발송 실패 안내" with its "* 받는 사람 :" (recipient) and
"* 실패 사유 :" (reason) rows.  Neither quotes a server's reply: the reason is the report's own
sentence ("받는 사람이 회원님의 메일을 수신차단 하였습니다.": the recipient blocks the sender).

Sources (real reports posted by GitHub's e-mail gateway): GitHub codechobostudy/code-chobo-study#3
(NAVER; tests/corpus/ko/ndr-naver-blocked-sender) and sparcs-kaist/taxi-front#80 (Dooray!,
its addresses redacted by GitHub; tests/corpus/ko/ndr-dooray-blocked-sender).
"""

FORMAT = "ndr"

_NAVER = "GitHub codechobostudy/code-chobo-study#3; tests/corpus/ko/ndr-naver-blocked-sender"
_DOORAY = "GitHub sparcs-kaist/taxi-front#80; tests/corpus/ko/ndr-dooray-blocked-sender"

HEADS = (
    ("ko", "{recipient} 님께 보내신 메일 {_} 이 다음과 같은 이유로 전송 실패했습니다.", _NAVER),
    ("ko", "Dooray! 메일 발송 실패 안내", _DOORAY),
)

SECTIONS = ()

REPLIES = ()

INNER = (
    ("ko", "* 받는 사람 : {recipient}", _DOORAY),
    # The reason, below the sentence and a rule (NAVER) or after its row's name (Dooray!).
    ("ko", "이유로 전송 실패했습니다. -------------------------------------------- {reply}",
     _NAVER),
    ("ko", "* 실패 사유 : {reply}", _DOORAY),
)

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("ko", "이유로 전송 실패했습니다", _NAVER),
    ("ko", "메일 발송 실패 안내", _DOORAY),
)
