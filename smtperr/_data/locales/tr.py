"""Turkish (tr)."""

LANGUAGE = "tr"
VERIFIED = False
BASIS = (
    "No real Turkish text of these messages was found (pages, code, issues and docs stores "
    "searched for the tr-tr edition of support article 65b494a4, Turkish Outlook Express / "
    "Windows Live Mail pastes and the strings 'Hata Numarası: 0x800CCC', 'Güvenli(SSL)'). Every "
    "label below is a rendering in Microsoft's Turkish UI terminology (Konu, Hesap, Sunucu, "
    "Protokol, Sunucu Yanıtı, Bağlantı Noktası for port, Güvenli, Sunucu Hatası, Yuva Hatası for "
    "socket error, Hata Numarası, Evet/Hayır), recalled, not observed: hypotheses only. No "
    "opening sentences are given because none was seen."
    "  The TEMPLATES are real: Thunderbird's Turkish strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "tr/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ')."
)

LABELS = {
    "subject": ("Konu",),
    "account": ("Hesap",),
    "server": ("Sunucu",),
    "protocol": ("Protokol",),
    "server_response": ("Sunucu Yanıtı",),
    "port": ("Bağlantı Noktası", "Port"),
    "ssl": ("Güvenli (SSL)", "Güvenli(SSL)"),
    "server_error": ("Sunucu Hatası",),
    "socket_error": ("Yuva Hatası", "Soket Hatası"),
    "error_number": ("Hata Numarası",),
}

YES = ("Evet",)
NO = ("Hayır",)

OPENINGS = ()

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "Posta gönderilirken bir hata oluştu. Posta sunucusunun yanıtı: "
     "{server_response}. '{recipient}' alıcısını gözden geçirip yeniden deneyin."),
    # errorSendingMessage
    ("thunderbird", "Posta gönderilirken bir hata oluştu. Posta sunucusunun yanıtı: "
     "{server_response}. Lütfen iletiyi gözden geçirip yeniden deneyin."),
    # smtpSendNotAllowed
    ("thunderbird", "E-posta gönderilirken bir hata oluştu. Posta sunucusunun yanıtı: "
     "{server_response}. Lütfen göndermek için doğru kimliği kullandığınızdan ve kimlik "
     "doğrulama yönteminin doğru olduğundan emin olun."),
    # startTlsFailed
    ("thunderbird", "Posta gönderirken bir hata meydana geldi: STARTTLS kullanılarak {server} "
     "SMTP sunucusuyla güvenli bir bağlantı sağlanamadı, çünkü sunucu bu özelliği sunmuyor."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'tr', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # The recipient's variants put their reason between "alıcısı," and "sunucu" ({_}).
    ("apple-mail", "'{recipient}' alıcısı, {_} sunucu tarafından reddedildi"),
    ("apple-mail", "'{server}' giden sunucusuna bağlanma başarısız oldu"),
    ("apple-mail", "'{server}' giden sunucusu için hesap ayarlarını denetleyin"),
    ("apple-mail", "Mail, SSL kullanarak saptanmış kapılardan '{server}' sunucusuna bağlanamadı"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer; thunderbird/thunderbird-l10n tr @5d7cde6f).  smtpSendRequestRefused
    # opens with the server's name, unquoted: a sentence the template reader cannot start at.
    ("thunderbird", "İleti gönderilemedi çünkü {server} giden sunucusu (SMTP) ile bağlantı zaman aşımına uğradı."),
    ("thunderbird", "İleti gönderilemedi çünkü işlem sırasında {server} giden sunucusu (SMTP) ile bağlantı koptu."),
    ("thunderbird", "Posta gönderirken bir hata meydana geldi: Giden sunucusu (SMTP) {server} bilinmiyor."),
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n tr @5d7cde6f).
    ("thunderbird", "Posta gönderilirken bir hata oluştu. Posta sunucusunun yanıtı: {server_response} Lütfen posta ayarlarındaki e-posta adresinin doğruluğunu kontrol edip yeniden deneyin."),
    ("thunderbird", "İleti gönderilirken giden sunucusu (SMTP) hatası oluştu. Sunucunun yanıtı: {server_response}"),
    ("thunderbird", "Posta gönderilirken bir hata oluştu: Giden sunucusu (SMTP) hatası. Sunucunun yanıtı: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Gönderme sınırınızı aştığınız için iletiyi gönderme başarısız oldu"),
)

