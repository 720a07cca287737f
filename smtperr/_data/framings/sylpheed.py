"""Sylpheed: a send that the SMTP server refuses shows the reply line under "Error occurred while
sending the message:" (src/send_message.c, as in Claws Mail, which began as Sylpheed).  This
family holds only Sylpheed's translations that differ from Claws Mail's: the English sentence
and the translations the two share are in ``claws`` (format claws-mail), since the wording
cannot tell the two clients apart.

Source: Sylpheed src/send_message.c (``_("Error occurred while sending the message:\\n%s")``
with the SMTP session's error message, the server's reply line; GPL-2.0-or-later) and its
translations, verbatim from po/<lang>.po in sylpheed-mail/sylpheed at commit c47d366a3c23
(fuzzy entries skipped; pl puts a full stop before the reply, kept).  No real user paste
with a server reply was found (searched as for Claws Mail): data from the l10n files only.
Left out, with the translation known: da, de, es, eu, gl, nl, pt_BR (wording of ASCII letters
only that shares no piece with the gate's passes, bound at 40).
"""

FORMAT = "sylpheed"

HEADS = ()

SECTIONS = ()

_SRC = "sylpheed-mail/sylpheed po/{}.po@c47d366a3c23"

REPLIES = (
    ("be", "Памылка пад час адпраўкі паведамлення: {reply}", _SRC.format("be")),
    ("bg", "Появи се грешка при изпращане на съобщението: {reply}", _SRC.format("bg")),
    ("cs", "Při odesílání zprávy nastala chyba: {reply}", _SRC.format("cs")),
    ("fi", "Viestiä lähetettäessä sattui virhe: {reply}", _SRC.format("fi")),
    ("hr", "Došlo je do greške pri slanju pošte: {reply}", _SRC.format("hr")),
    ("hu", "Hiba történt a levél küldése közben: {reply}", _SRC.format("hu")),
    ("lt", "Klaida siunčiant laišką: {reply}", _SRC.format("lt")),
    ("pl", "Błąd podczas wysyłania wiadomości: .{reply}", _SRC.format("pl")),
    ("ru", "Сбой при отправке сообщения: {reply}", _SRC.format("ru")),
    ("sr", "Десила се грешка приликом слања поруке: {reply}", _SRC.format("sr")),
    ("sv", "Fel uppstod när meddelandet skickades: {reply}", _SRC.format("sv")),
    ("uk", "Під час надсилання листа трапилася помилка: {reply}", _SRC.format("uk")),
    ("vi", "Có lỗi khi gửi thư: {reply}", _SRC.format("vi")),
    ("zh-CN", "发送邮件时发生错误： {reply}", _SRC.format("zh_CN")),
    ("zh-TW", "送信時發生錯誤： {reply}", _SRC.format("zh_TW")),
)

INNER = ()

# The wording that opens a window for this family (units of the gate): the sentence before
# the reply.
GATE = (
    ("be", "Памылка пад час адпраўкі паведамлення", _SRC.format("be")),
    ("bg", "Появи се грешка при изпращане на съобщението", _SRC.format("bg")),
    ("cs", "Při odesílání zprávy nastala chyba", _SRC.format("cs")),
    ("fi", "Viestiä lähetettäessä sattui virhe", _SRC.format("fi")),
    ("hr", "Došlo je do greške pri slanju pošte", _SRC.format("hr")),
    ("hu", "Hiba történt a levél küldése közben", _SRC.format("hu")),
    ("lt", "Klaida siunčiant laišką", _SRC.format("lt")),
    ("pl", "Błąd podczas wysyłania wiadomości", _SRC.format("pl")),
    ("ru", "Сбой при отправке сообщения", _SRC.format("ru")),
    ("sr", "Десила се грешка приликом слања поруке", _SRC.format("sr")),
    ("sv", "Fel uppstod när meddelandet skickades", _SRC.format("sv")),
    ("uk", "Під час надсилання листа трапилася помилка", _SRC.format("uk")),
    ("vi", "Có lỗi khi gửi thư", _SRC.format("vi")),
    ("zh-CN", "发送邮件时发生错误", _SRC.format("zh_CN")),
    ("zh-TW", "送信時發生錯誤", _SRC.format("zh_TW")),
)
