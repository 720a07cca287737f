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
    "  The TEMPLATES are real: Thunderbird's Vietnamese strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "vi/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ')."
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

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "Đã xảy ra lỗi khi gửi thư. Máy chủ thư đã phản hồi: {server_response}. Vui "
     "lòng kiểm tra người nhận thư '{recipient}' và thử lại."),
    # errorSendingMessage
    ("thunderbird", "Đã xảy ra lỗi khi gửi thư. Máy chủ thư đã phản hồi: {server_response}. Vui "
     "lòng kiểm tra thư và thử lại."),
    # smtpSendNotAllowed
    ("thunderbird", "Đã xảy ra lỗi khi gửi thư. Máy chủ thư đã phản hồi: {server_response}. Vui "
     "lòng đảm bảo rằng bạn đang sử dụng danh tính chính xác để gửi và phương pháp xác thực đã "
     "sử dụng là chính xác."),
    # startTlsFailed
    ("thunderbird", "Đã xảy ra lỗi khi gửi thư: Không thể thiết lập liên kết an toàn với máy chủ "
     "gửi thư (SMTP) {server} bằng cách sử dụng STARTTLS vì nó không sử dụng tính năng đó."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n vi @5d7cde6f).
    ("thunderbird", "Không thể gửi thư vì đã hết thời gian chờ kết nối với máy chủ gửi thư (SMTP) {server}"),
    ("thunderbird", "Không thể gửi thư vì không kết nối được với máy chủ gửi thư (SMTP) {server}"),
    ("thunderbird", "Không thể gửi thư vì kết nối với máy chủ gửi thư (SMTP) {server} bị mất khi đang giao dịch."),
    ("thunderbird", "Đã xảy ra lỗi khi gửi thư: Máy chủ gửi thư (SMTP) {server} không xác định."),
    ("thunderbird", "Không thể xác thực với máy chủ gửi thư (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n vi @5d7cde6f).
    ("thunderbird", "Đã xảy ra lỗi khi gửi thư. Máy chủ thư đã phản hồi: {server_response} Vui lòng xác minh rằng địa chỉ email của bạn là chính xác trong cài đặt tài khoản của bạn và thử lại."),
    ("thunderbird", "Đã xảy ra lỗi máy chủ gửi thư (SMTP) khi gửi thư. Máy chủ đã phản hồi: {server_response}"),
    ("thunderbird", "Đã xảy ra lỗi khi gửi thư: Lỗi ở máy chủ gửi thư (SMTP). Máy chủ phản hồi: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Không gửi được thư vì đã vượt quá giới hạn gửi của bạn"),
)

