"""Claws Mail: a send that the SMTP server refuses shows the reply line, code and all, under
"Error occurred while sending the message:" (a new line between them), in the UI language.

Source: Claws Mail src/send_message.c ``send_put_error`` (``_("Error occurred while sending
the message:\\n%s")`` with the session's ``error_msg``, the server's reply line as src/common/
smtp.c keeps it; GPL-3.0-or-later) and every translation Claws Mail ships of it, verbatim from
po/<lang>.po in eworm-de/claws-mail (a mirror of git.claws-mail.org) at commit dad7dea84ab9
(po/hr.po is ISO-8859-2 and was read as such; el_GR and id_ID are tagged el and id).
Sylpheed, which Claws Mail began as, prints the same English sentence and some of the same
translations: a Sylpheed paste in those reads as claws-mail (the wording cannot tell them
apart); Sylpheed's own translations are in ``sylpheed``.  No real user paste of the message
with a server reply was found (GitHub issues, the stored web pages and the search index were
searched for the English wording and Claws' log lines "SMTP< 550" / "error occurred on SMTP
session"): the wording is data from the l10n files, with no sample in tests/corpus.

Left out, with the translation known: ca, da, de, fr, id, nb, nl, pt_BR/pt_PT, sv (wording of
ASCII letters only that shares no piece with the gate's passes, bound at 40) and tr (its
capital "İ" lowercases to two characters, and the framing is then not read).
"""

FORMAT = "claws-mail"

HEADS = ()

SECTIONS = ()

_SRC = "eworm-de/claws-mail po/{}.po@dad7dea84ab9"
_EN = "eworm-de/claws-mail src/send_message.c@dad7dea84ab9 send_put_error"

REPLIES = (
    ("en", "Error occurred while sending the message: {reply}", _EN),
    ("bg", "Грешка при изпращането на писмото: {reply}", _SRC.format("bg")),
    ("cs", "Nastala chyba při posílání zprávy: {reply}", _SRC.format("cs")),
    ("el", "Προέκυψε ένα σφάλμα κατά την αποστολή του μηνύματος: {reply}", _SRC.format("el")),
    ("el", "Παρουσιάστηκε σφάλμα κατά την αποστολή μηνύματος: {reply}", _SRC.format("el_GR")),
    ("eo", "Eraro okazis dum sendante la mesaĝon: {reply}", _SRC.format("eo")),
    ("es", "Ocurrió un error enviando el mensaje: {reply}", _SRC.format("es")),
    ("fi", "Virhe lähetettäessä viestiä: {reply}", _SRC.format("fi")),
    ("he", "אירעה שגיאה במהלך שליחת ההודעה: {reply}", _SRC.format("he")),
    ("hr", "Došlo je do greške prilikom slanja poruke: {reply}", _SRC.format("hr")),
    ("hu", "Hiba történt az üzenet küldése közben: {reply}", _SRC.format("hu")),
    ("it", "Si è verificato un errore durante l'invio del messaggio: {reply}", _SRC.format("it")),
    ("ja", "メッセージの送信中にエラーが発生しました: {reply}", _SRC.format("ja")),
    ("ko", "메시지를 보내는 데 에러 발생: {reply}", _SRC.format("ko")),
    ("lt", "Siunčiant laišką įvyko klaida: {reply}", _SRC.format("lt")),
    ("pl", "Wystąpił błąd podczas wysyłania wiadomości: {reply}", _SRC.format("pl")),
    ("ro", "A apărut o eroare în timpul trimiterii mesajului: {reply}", _SRC.format("ro")),
    ("ru", "При отправке сообщения возникла ошибка: {reply}", _SRC.format("ru")),
    ("sk", "Pri odosielaní správy nastala chyba: {reply}", _SRC.format("sk")),
    ("sq", "Ndodhi një gabim teksa dërgohej mesazhi: {reply}", _SRC.format("sq")),
    ("sr", "Настала је грешка при слању поруке: {reply}", _SRC.format("sr")),
    ("uk", "Сталася помилка під час висилання повідомлення: {reply}", _SRC.format("uk")),
    ("zh-CN", "发送此邮件时发生错误: {reply}", _SRC.format("zh_CN")),
    ("zh-TW", "在傳送郵件時發生錯誤: {reply}", _SRC.format("zh_TW")),
)

INNER = ()

# The wording that opens a window for this family (units of the gate): the sentence before
# the reply.
GATE = (
    ("en", "Error occurred while", _EN),
    ("bg", "Грешка при изпращането на писмото", _SRC.format("bg")),
    ("cs", "Nastala chyba při posílání zprávy", _SRC.format("cs")),
    ("el", "Προέκυψε ένα σφάλμα κατά την αποστολή του μηνύματος", _SRC.format("el_GR")),
    ("el", "Παρουσιάστηκε σφάλμα κατά την αποστολή μηνύματος", _SRC.format("el_GR")),
    ("eo", "Eraro okazis dum sendante la mesaĝon", _SRC.format("eo")),
    ("es", "Ocurrió un error enviando el mensaje", _SRC.format("es")),
    ("fi", "Virhe lähetettäessä viestiä", _SRC.format("fi")),
    ("he", "אירעה שגיאה במהלך שליחת ההודעה", _SRC.format("he")),
    ("hr", "Došlo je do greške prilikom slanja poruke", _SRC.format("hr")),
    ("hu", "Hiba történt az üzenet küldése közben", _SRC.format("hu")),
    ("it", "Si è verificato un errore durante l'invio del messaggio", _SRC.format("it")),
    ("ja", "メッセージの送信中にエラーが発生しました", _SRC.format("ja")),
    ("ko", "메시지를 보내는 데 에러 발생", _SRC.format("ko")),
    ("lt", "Siunčiant laišką įvyko klaida", _SRC.format("lt")),
    ("pl", "Wystąpił błąd podczas wysyłania wiadomości", _SRC.format("pl")),
    ("ro", "A apărut o eroare în timpul trimiterii mesajului", _SRC.format("ro")),
    ("ru", "При отправке сообщения возникла ошибка", _SRC.format("ru")),
    ("sk", "Pri odosielaní správy nastala chyba", _SRC.format("sk")),
    ("sq", "Ndodhi një gabim teksa dërgohej mesazhi", _SRC.format("sq")),
    ("sr", "Настала је грешка при слању поруке", _SRC.format("sr")),
    ("uk", "Сталася помилка під час висилання повідомлення", _SRC.format("uk")),
    ("zh-CN", "发送此邮件时发生错误", _SRC.format("zh_CN")),
    ("zh-TW", "在傳送郵件時發生錯誤", _SRC.format("zh_TW")),
)
