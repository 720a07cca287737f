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
    "  The TEMPLATES are real: Thunderbird's Korean strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "ko/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ').  errorSendingRcptCommand writes the "
    "particle '를' onto the recipient ('{recipient}를'), which the template reader allows "
    "before Hangul.  The 'ndr' template is Gmail's Korean 'Address not found' bounce as a Gmail "
    "user pasted it in GitHub openspeech-team/openspeech#69 (tests/corpus/ko/ndr-gmail-ko)."
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

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "메일 보내는 중 오류가 발생했습니다. 메일 서버 응답: {server_response}. 메시지 주소 {recipient}를 확인하고 "
     "재시도해 보시기 바랍니다."),
    # errorSendingMessage
    ("thunderbird", "메일 보내는 중 오류. 서버 메시지: {server_response}. 다시 시도해 보십시오."),
    # smtpSendNotAllowed
    ("thunderbird", "메일 보내는 중 오류가 발생했습니다. 메일 서버 응답: {server_response}. 보내려는 올바른 ID와 사용된 인증 방식이 "
     "맞는지 확인하세요."),
    # startTlsFailed
    ("thunderbird", "메일 보내는 중 오류가 발생했습니다. SMTP 서버({server})에 STARTTLS를 통한 보안 연결을 할 수 없습니다."),
    # Gmail's Korean "Address not found" bounce, its sentence around the recipient as a Gmail
    # user pasted it (GitHub openspeech-team/openspeech#69, 2021-07-30; tests/corpus/ko/
    # ndr-gmail-ko); the paste holds no server reply.
    ("ndr", "주소를 찾을 수 없음 {recipient} 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'ko', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "'{recipient}' 수신자가 서버에 의해 거부되었습니다"),
    ("apple-mail", "발신 서버 '{server}'에 대한 연결에 실패했습니다"),
    ("apple-mail", "발신 서버 '{server}'에 대한 계정 설정을 확인하십시오"),
    ("apple-mail", "Mail이 SSL을 사용하여 기본 포트에 있는 '{server}' 서버에 연결할 수 없습니다"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer; thunderbird/thunderbird-l10n ko @5d7cde6f).
    ("thunderbird", "SMTP 서버({server}) 연결 시간이 초과되어 메시지를 보낼 수 없습니다."),
    ("thunderbird", "SMTP 서버({server})로 연결이 실패했기 때문에 메시지는 보낼 수 없습니다."),
    ("thunderbird", "SMTP 서버({server})로 연결이 중간에 실패했습니다."),
    ("thunderbird", "메일 보내는 중 오류가 발생했습니다.  SMTP서버({server})를 알 수 없습니다."),
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n ko @5d7cde6f).
    ("thunderbird", "메일 보내는 중 오류. 서버 메시지: {server_response} 메일 설정에 자신의 메일 주소를 확인한 후 다시 시도해 보십시오."),
    ("thunderbird", "보내는 메일 서버(SMTP)로 발송 중 오류. 서버 메시지: {server_response} 다시 시도해 보십시오."),
    ("thunderbird", "보내는 중 오류: SMTP 서버에 장애 발생 {server_response} 시스템 관리자에게 문의하십시오."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "발송 한도를 넘었기 때문에 메시지 보내기에 실패했습니다"),
)

