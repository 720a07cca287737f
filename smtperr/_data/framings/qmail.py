"""qmail non-delivery reports ("Hi. This is the qmail-send program at ...") and the MTAs that
copy their layout (MessageLabs, Outblaze, Xinnet, newmail.ru), trilingual ones included.

Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT),
flufl.bounce test data (LGPL-3.0; wording only), the Polish host kei.pl's help page (its
bilingual qmail, "Remote host said: / Zdalny host odpowiedzial:").
"""

FORMAT = "ndr"

HEADS = (
    ("en", "Hi. This is the qmail-send program at {server}.",
     "sisimai set-of-emails lhost-qmail-01; tests/corpus/en/ndr-qmail-user-unknown"),
    ("en", "This is the mail delivery agent at {server}.", "flufl.bounce qmail_04 (MessageLabs)"),
    ("en", "Hi. The MTA program at {server} was unable to deliver your message to the "
     "following addresses.", "flufl.bounce qmail_06 (Outblaze)"),
    ("en", "Hi. This is the deliver program at {server}.", "flufl.bounce simple_25 (Xinnet)"),
    ("es", "Su mensaje no pudo ser entregado - Sua mensagem nao pode ser enviada - Your message "
     "could not be delivered.", "flufl.bounce simple_19 (prima.com.ar)"),
    ("ru", "Это сообщение создано автоматически mail-сервисом.",
     "flufl.bounce newmailru_01 (newmail.ru)"),
    ("en", "This is the machine generated message from mail service.",
     "flufl.bounce newmailru_01 (newmail.ru)"),
    # kei.pl's qmail in Polish without diacritics, "Przyczyna wskazana jest ponizej:" after it.
    ("pl", "Bardzo nam przykro jednakze nie udalo sie wyslac maila pod wskazane adresy.",
     "kei.pl/pomoc/wiadmosc-zwrotna; tests/corpus/pl/ndr-qmail-kei-over-quota"),
)

SECTIONS = (
    ("en", "I'm afraid I wasn't able to deliver your message to the following addresses.",
     "sisimai lhost-qmail-01"),
    ("zh-CN", "到下列地址的信件投递失败", "flufl.bounce simple_25 (Xinnet)"),
)

REPLIES = (
    # The reply ends before "Giving up on <ip>." where qmail writes it (else at its line end).
    ("en", "Remote host said: {reply} Giving up on",
     "sisimai lhost-qmail-02, lhost-qmail-03; flufl.bounce qmail_04"),
    # A Polish qmail (kei.pl): the English words, then the Polish ones (without diacritics).
    ("pl", "Remote host said: / Zdalny host odpowiedzial: {reply}",
     "kei.pl/pomoc/wiadmosc-zwrotna (kei.pl help page); tests/corpus/pl/ndr-qmail-kei-no-such-user"),
)

INNER = (
    ("en", "^<{recipient}>: {reply}", "sisimai lhost-qmail-12; bounce_email tt_bounce_14"),
    ("zh-CN", "对方服务器返回错误提示: {reply}", "flufl.bounce simple_25 (Xinnet)"),
)

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "wasn't able to deliver your message",
     "sisimai lhost-qmail-01"),
    ("en", "Remote host said",
     "sisimai lhost-qmail-02"),
    ("en", "unable to deliver your message to the following addresses",
     "flufl.bounce qmail_06"),
    ("en", "the mail delivery agent at",
     "flufl.bounce qmail_04"),
    ("en", "the deliver program at",
     "flufl.bounce simple_25"),
    ("es", "Your message could not be delivered",
     "flufl.bounce simple_19"),
    ("ru", "Это сообщение создано автоматически mail-сервисом.",
     "flufl.bounce newmailru_01"),
    ("zh-CN", "到下列地址的信件投递失败",
     "flufl.bounce simple_25"),
    ("pl", "nie udalo sie wyslac maila pod wskazane adresy",
     "kei.pl/pomoc/wiadmosc-zwrotna"),
)
