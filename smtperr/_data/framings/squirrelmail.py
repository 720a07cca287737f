"""SquirrelMail webmail: a send that the SMTP server refuses ends in an error page that shows
SquirrelMail's sentence, its own name for the reply code and the server's reply.

SquirrelMail 1.4 (src/compose.php): ``_("Message not sent.") . ' ' . _("Server replied:")``,
then the code's name (Deliver_SMTP::errorCheck, "Requested action not taken: mailbox
unavailable") and the reply ("550 5.1.1 <...>: ..."), each on a line of its own:

    ERROR:
    Message not sent. Server replied:
    Requested action not taken: mailbox unavailable
    550 5.1.1 <TheUser@hotmail.com>: Recipient address rejected: hotmail.com

SquirrelMail 1.5 (trunk, and forks built on it) puts the code's name first and the reply after
"Server replied:".  Real pastes: Ubuntu Forums threads, 2008-2012
(tests/corpus/en/squirrelmail-ubuntuforums-*).

Translations: the two messages in the SquirrelMail locales package (sitle/squirrelmail-src,
the SquirrelMail SVN mirror, branch SM-1_4_18, locales/locale/<ll>/LC_MESSAGES/squirrelmail.po
@7f6c10cafb8c; GPL-2.0-or-later), no real sample.  gettext shows English for a message a
language leaves out or marks fuzzy, so several rows pair the English "Message not sent." with
the translated "Server replied:".  Left out:
* languages whose "Server replied:" is fuzzy or missing (ar, bg, bn_IN, ca, cy, fi, he, hr, is,
  ja, ko, ms, ru_UA, sk, sl, ta, th, ug): they show the English rows; Khmer (zero-width spaces);
* for the gate's budget of 40 pivots (each a pass over the text; every wording below is ASCII,
  so each would cost one): da "Beskeden ser ikke sendt." / "Serveren svarede:", de "Server
  antwortete:", es "Mensaje no enviado." / "Respuesta del servidor:", et "Serveri vastus:",
  eu "Mezua ez da bidali." / "Zerbitzariaren erantzuna:", fy "Tsjinner reagearre:", id "Server
  menjawab:", it "Messaggio non inviato." / "Il server ha risposto:", nb "Meldingen ble ikke
  sendt." / "Tjeneren svarte:", nl "Bericht is niet verzonden." / "Server reageerde:", nn
  "Tenaren svarte:", pt_BR and pt_PT "Resposta do servidor:", sr "Odgovor servera:", sv
  "Brevet skickades inte." / "Servern svarade:" (English "Message not sent." where none given).
"""

FORMAT = "squirrelmail"

HEADS = ()

SECTIONS = ()

_PO = "sitle/squirrelmail-src locales/locale/{}/LC_MESSAGES/squirrelmail.po@7f6c10cafb8c"
_V14 = "squirrelmail src/compose.php (SM-1_4-STABLE@42a470fbce25)"
_V15 = "squirrelmail src/compose.php (trunk@0c6230fec84a)"

REPLIES = (
    # SquirrelMail 1.4: the code's name on the line after the sentence, the reply below it.
    ("en", "Message not sent. Server replied: {line}{reply}",
     "Ubuntu Forums 2008-2012; tests/corpus/en/squirrelmail-ubuntuforums-hotmail-550, "
     "tests/corpus/en/squirrelmail-ubuntuforums-config-451; " + _V14),
    # SquirrelMail 1.5: the code's name between the sentence and "Server replied: <reply>".
    ("en", "Message not sent. {line}Server replied: {reply}", _V15),
    ("bn", "বার্তাটি পাঠানো যায়নি। সার্ভারের জবাব: {line}{reply}", _PO.format("bn_BD")),
    ("bn", "বার্তাটি পাঠানো যায়নি। {line}সার্ভারের জবাব: {reply}", _PO.format("bn_BD")),
    ("cs", "Zpráva neodeslána. Odpověď serveru: {line}{reply}", _PO.format("cs_CZ")),
    ("cs", "Zpráva neodeslána. {line}Odpověď serveru: {reply}", _PO.format("cs_CZ")),
    ("el", "Message not sent. Απόκριση εξυπηρετητή: {line}{reply}", _PO.format("el_GR")),
    ("el", "Message not sent. {line}Απόκριση εξυπηρετητή: {reply}", _PO.format("el_GR")),
    ("fa", "پیغام فرستاده نشد. پاسخ میزبان: {line}{reply}", _PO.format("fa_IR")),
    ("fa", "پیغام فرستاده نشد. {line}پاسخ میزبان: {reply}", _PO.format("fa_IR")),
    ("fo", "Boð ikki send. Verturin svaraði: {line}{reply}", _PO.format("fo_FO")),
    ("fo", "Boð ikki send. {line}Verturin svaraði: {reply}", _PO.format("fo_FO")),
    ("fr", "Message not sent. Le serveur a répondu : {line}{reply}", _PO.format("fr_FR")),
    ("fr", "Message not sent. {line}Le serveur a répondu : {reply}", _PO.format("fr_FR")),
    ("hu", "A levélküldés nem sikerült. A szerver válasza: {line}{reply}", _PO.format("hu_HU")),
    ("hu", "A levélküldés nem sikerült. {line}A szerver válasza: {reply}", _PO.format("hu_HU")),
    ("ka", "Message not sent. სერვერმა უპასუხა: {line}{reply}", _PO.format("ka")),
    ("ka", "Message not sent. {line}სერვერმა უპასუხა: {reply}", _PO.format("ka")),
    ("lt", "Message not sent. Serveris atsakė: {line}{reply}", _PO.format("lt_LT")),
    ("lt", "Message not sent. {line}Serveris atsakė: {reply}", _PO.format("lt_LT")),
    ("lv", "Ziņojums nav nosūtīts. Servera atbilde: {line}{reply}", _PO.format("lv_LV")),
    ("lv", "Ziņojums nav nosūtīts. {line}Servera atbilde: {reply}", _PO.format("lv_LV")),
    ("mk", "Message not sent. Серверот одговори: {line}{reply}", _PO.format("mk")),
    ("mk", "Message not sent. {line}Серверот одговори: {reply}", _PO.format("mk")),
    ("pl", "Wiadomość nie została wysłana. Odpowiedź serwera: {line}{reply}", _PO.format("pl_PL")),
    ("pl", "Wiadomość nie została wysłana. {line}Odpowiedź serwera: {reply}", _PO.format("pl_PL")),
    ("ro", "Mesajul nu a fost trimis. Răspunsul serverului: {line}{reply}", _PO.format("ro_RO")),
    ("ro", "Mesajul nu a fost trimis. {line}Răspunsul serverului: {reply}", _PO.format("ro_RO")),
    ("ru", "Сообщение не было отправлено. Ответ сервера: {line}{reply}", _PO.format("ru_RU")),
    ("ru", "Сообщение не было отправлено. {line}Ответ сервера: {reply}", _PO.format("ru_RU")),
    ("tr", "Mesaj gönderilmedi. Sunucu yanıtı: {line}{reply}", _PO.format("tr_TR")),
    ("tr", "Mesaj gönderilmedi. {line}Sunucu yanıtı: {reply}", _PO.format("tr_TR")),
    ("uk", "Message not sent. Відповідь сервера: {line}{reply}", _PO.format("uk_UA")),
    ("uk", "Message not sent. {line}Відповідь сервера: {reply}", _PO.format("uk_UA")),
    ("vi", "Chưa gửi thư. Máy phục vụ đã đáp ứng: {line}{reply}", _PO.format("vi_VN")),
    ("vi", "Chưa gửi thư. {line}Máy phục vụ đã đáp ứng: {reply}", _PO.format("vi_VN")),
    ("zh-CN", "邮件未发送 服务器应答： {line}{reply}", _PO.format("zh_CN")),
    ("zh-CN", "邮件未发送 {line}服务器应答： {reply}", _PO.format("zh_CN")),
    ("zh-TW", "Message not sent. 伺服器回應： {line}{reply}", _PO.format("zh_TW")),
    ("zh-TW", "Message not sent. {line}伺服器回應： {reply}", _PO.format("zh_TW")),
)

INNER = ()

# The wording that opens a window for this family (units of the gate): "Server replied:" in
# each language (its "Message not sent." is often English or common log words).
GATE = (
    ("en", "Server replied:", _V14),
    ("bn", "সার্ভারের জবাব:", _PO.format("bn_BD")),
    ("cs", "Odpověď serveru:", _PO.format("cs_CZ")),
    ("el", "Απόκριση εξυπηρετητή:", _PO.format("el_GR")),
    ("fa", "پاسخ میزبان:", _PO.format("fa_IR")),
    ("fo", "Verturin svaraði:", _PO.format("fo_FO")),
    ("fr", "Le serveur a répondu :", _PO.format("fr_FR")),
    ("hu", "A szerver válasza:", _PO.format("hu_HU")),
    ("ka", "სერვერმა უპასუხა:", _PO.format("ka")),
    ("lt", "Serveris atsakė:", _PO.format("lt_LT")),
    ("lv", "Ziņojums nav nosūtīts.", _PO.format("lv_LV")),
    ("mk", "Серверот одговори:", _PO.format("mk")),
    ("pl", "Odpowiedź serwera:", _PO.format("pl_PL")),
    ("ro", "Răspunsul serverului:", _PO.format("ro_RO")),
    ("ru", "Ответ сервера:", _PO.format("ru_RU")),
    ("tr", "Sunucu yanıtı:", _PO.format("tr_TR")),
    ("uk", "Відповідь сервера:", _PO.format("uk_UA")),
    ("vi", "Máy phục vụ đã đáp ứng:", _PO.format("vi_VN")),
    ("zh-CN", "服务器应答：", _PO.format("zh_CN")),
    ("zh-TW", "伺服器回應：", _PO.format("zh_TW")),
)
