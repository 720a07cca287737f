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
    "  The TEMPLATES are real: Thunderbird's Arabic strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "ar/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, startTlsFailed; startTlsFailed up to the end of its first sentence "
    "after the reply or server name; line breaks as blanks, ASCII double quotes as ').  "
    "smtpSendNotAllowed was never translated into Arabic (the file's history holds only its "
    "comment line; Thunderbird then shows the English text), so it is not listed; "
    "startTlsFailed keeps the right-to-left marks (U+200F) around '(SMTP)'."
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

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "حدث عطل أثناء إرسال البريد. أجاب خادوم البريد: {server_response}. رجاءً "
     "تحقق من مستلم الرسالة '{recipient}' ثم حاول ثانيةً."),
    # errorSendingMessage
    ("thunderbird", "حدث عطل أثناء إرسال البريد. استجاب خادوم البريد: {server_response}. من فضلك "
     "افحص الرسالة وحاول ثانيةً."),
    # startTlsFailed
    ("thunderbird", "حصل خطأ أثناء إرسال البريد: تعذر إنشاء رابط آمن مع خادوم الصادر \u200f(SMTP\u200f) "
     "{server} باستخدام STARTTLS إذ إنه لا يعلن عن هذه الميزة."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n ar @5d7cde6f).
    ("thunderbird", "تعذّر إرسال الرسالة لانتهاء مهلة الاتصال مع خادوم الصادر (SMTP)‏ {server}"),
    ("thunderbird", "تعذّر إرسال الرسالة بسبب فشل الاتصال بخادوم الصادر ‏(SMTP) ‏{server}"),
    ("thunderbird", "تعذّر إرسال الرسالة لفقد الاتصال مع خادوم الصادر (SMTP)‏ {server} في منتصف التبادل."),
    ("thunderbird", "حدث عطل أثناء إرسال البريد: خادوم الصادر (SMPT)‏ {server} مجهول."),
    ("thunderbird", "تعذر استيثاق خادوم الصادر (SMTP) ‏{server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n ar @5d7cde6f).
    ("thunderbird", "حدث عطل أثناء إرسال البريد. استجاب خادوم البريد: {server_response} من فضلك تأكد من أن عنوان بريدك صحيح في إعدادات الحساب و حاول ثانيةً."),
    ("thunderbird", "حدث عطل في خادوم الصادر (SMTP) أثناء إرسال البريد. استجاب خادوم البريد: {server_response}"),
    ("thunderbird", "حدث عطل أثناء إرسال البريد: عطل من خادوم الصادر (SMTP): أجاب الخادوم: {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/ar/ndr-google-groups).
    ("ndr", "بأن المجموعة ({_}) التي حاولت الاتصال بها غير موجودة، أو أنه قد يكون غير مصرح لك بإرسال رسائل إلى هذه المجموعة"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "فشل إرسال الرسالة بسبب تجاوز حد الإرسال"),
)

