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
    "  The TEMPLATES are real: Thunderbird's Hebrew strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "he/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage; line breaks as blanks, ASCII double quotes as ').  "
    "smtpSendNotAllowed and startTlsFailed were never translated into Hebrew (the file's "
    "history holds only their comment lines; Thunderbird then shows the English text), so they "
    "are not listed; errorSendingRcptCommand sets the recipient between '״' (gershayim) and "
    "'”', kept."
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

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "אירעה שגיאה בעת שליחת דוא״ל. תגובת השרת היא: {server_response}. נא לבדוק את "
     "כתובת נמען ההודעה ״{recipient}” ולנסות שוב."),
    # errorSendingMessage
    ("thunderbird", "אירעה שגיאה בעת שליחת דוא״ל. תגובת שרת הדוא״ל היא: {server_response}. נא "
     "לבדוק את ההודעה ולנסות שוב."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer; thunderbird/thunderbird-l10n he @5d7cde6f).
    ("thunderbird", "לא ניתן לשלוח את ההודעה כיוון שהחיבור לשרת היוצא (SMTP) {server} פג."),
    ("thunderbird", "לא ניתן לשלוח את ההודעה כיוון שהחיבור לשרת היוצא (SMTP) {server} נכשל."),
    ("thunderbird", "לא ניתן לשלוח את ההודעה כיוון שהחיבור לשרת היוצא (SMTP) {server} נקטע במהלך ההעברה."),
    ("thunderbird", "אירעה שגיאה בעת שליחת דוא״ל: השרת היוצא (SMTP) {server} אינו מוכר."),
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n he @5d7cde6f).
    ("thunderbird", "אירעה שגיאה בעת שליחת דוא״ל. תגובת שרת הדוא״ל היא: {server_response} נא לוודא שכתובת הדוא״ל בהגדרות החשבון שלך נכונה ולנסות שוב."),
    ("thunderbird", "אירעה שגיאה מול שרת הדוא״ל היוצא (SMTP) במהלך שליחת דוא״ל. תגובת השרת היא: {server_response}"),
    ("thunderbird", "אירעה שגיאה בעת שליחת דוא״ל: שגיאה בשרת היוצא (SMTP). תגובת השרת היא: {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/he/ndr-google-groups).
    ("ndr", "שהקבוצה שניסית ליצור עמה קשר ({_}) אינה קיימת, או שאין לך אישור לפרסם הודעות בקבוצה."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "שליחת ההודעה נכשלה מאחר שעברת את מגבלת השליחה"),
)

