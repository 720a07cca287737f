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
    "  The TEMPLATES are real: Thunderbird's Thai strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "th/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ')."
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

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "เกิดข้อผิดพลาดขณะส่งจดหมาย เซิร์ฟเวอร์อีเมลตอบกลับว่า: {server_response} "
     "โปรดตรวจสอบผู้รับข้อความ '{recipient}' แล้วลองอีกครั้ง"),
    # errorSendingMessage
    ("thunderbird", "เกิดข้อผิดพลาดขณะส่งจดหมาย เซิร์ฟเวอร์อีเมลตอบกลับว่า: {server_response} "
     "โปรดตรวจสอบข้อความแล้วลองอีกครั้ง"),
    # smtpSendNotAllowed
    ("thunderbird", "เกิดข้อผิดพลาดขณะส่งจดหมาย เซิร์ฟเวอร์จดหมายตอบกลับว่า: {server_response} "
     "โปรดตรวจสอบให้แน่ใจว่าคุณกำลังใช้ข้อมูลประจำตัวที่ถูกต้องในการส่งและใช้วิธีการรับรองความถูกต้องที่ถูกต้อง"),
    # startTlsFailed
    ("thunderbird", "เกิดข้อผิดพลาดขณะส่งจดหมาย: "
     "ไม่สามารถสร้างลิงก์ที่ปลอดภัยกับเซิร์ฟเวอร์ขาออก (SMTP) {server} โดยใช้ STARTTLS "
     "เนื่องจากไม่ได้โฆษณาคุณลักษณะนั้น"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer; thunderbird/thunderbird-l10n th @5d7cde6f).
    ("thunderbird", "ไม่สามารถส่งข้อความได้เนื่องจากการเชื่อมต่อกับเซิร์ฟเวอร์ขาออก (SMTP) {server} หมดเวลา ลองอีกครั้ง"),
    ("thunderbird", "ไม่สามารถส่งข้อความเนื่องจากการเชื่อมต่อกับเซิร์ฟเวอร์ขาออก (SMTP) {server} ล้มเหลว เซิร์ฟเวอร์อาจไม่พร้อมใช้งานหรือปฏิเสธการเชื่อมต่อ SMTP โปรดยืนยันว่าการตั้งค่าเซิร์ฟเวอร์รอเกิด (SMTP) ของคุณถูกต้องแล้วลองอีกครั้ง"),
    ("thunderbird", "ไม่สามารถส่งข้อความได้เนื่องจากการเชื่อมต่อกับเซิร์ฟเวอร์ขาออก (SMTP) {server} หายไประหว่างการทำธุรกรรม ลองอีกครั้ง"),
    ("thunderbird", "เกิดข้อผิดพลาดขณะส่งจดหมาย: ไม่รู้จักเซิร์ฟเวอร์ขาออก (SMTP) {server} เซิร์ฟเวอร์อาจถูกกำหนดค่าอย่างไม่ถูกต้อง โปรดตรวจสอบว่าการตั้งค่าเซิร์ฟเวอร์ขาออก (SMTP) ของคุณถูกต้องแล้วลองอีกครั้ง"),
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n th @5d7cde6f).
    ("thunderbird", "เกิดข้อผิดพลาดขณะส่งจดหมาย เซิร์ฟเวอร์จดหมายตอบกลับว่า: {server_response} โปรดยืนยันว่าที่อยู่อีเมลของคุณถูกต้องในการตั้งค่าบัญชีของคุณแล้วลองอีกครั้ง"),
    ("thunderbird", "เกิดข้อผิดพลาดของเซิร์ฟเวอร์ขาออก (SMTP) ขณะส่งจดหมาย เซิร์ฟเวอร์ตอบกลับว่า: {server_response}"),
    ("thunderbird", "เกิดข้อผิดพลาดขณะส่งจดหมาย: ข้อผิดพลาดของเซิร์ฟเวอร์ขาออก (SMTP) เซิร์ฟเวอร์ตอบกลับว่า: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "ส่งข้อความไม่สำเร็จเนื่องจากคุณส่งเกินขนาดสูงสุด"),
)

