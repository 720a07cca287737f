"""Postfix non-delivery reports: "This is the mail system at host ..." (Postfix 2.x+, the
older "This is the Postfix program at host ..."), the recipient line and "host X said:".

Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT), deltachat-
core-rust test data (MPL-2.0); the Japanese (OCN) and Russian (Yandex) prefaces are those
providers' own text above Postfix's.  The Dutch and Spanish heads are mail servers' own
bounce(5) templates (``bounce_template_file``) as their operators deployed them, found in
public repositories through the search index; no bounce sent with them was found pasted, so
they have no sample in tests/corpus (tests/test_postfix_templates.py renders them).
"""

_NL = ("github-index file id 55217294068 (a NixOS mail server's Postfix bounce_template_file, "
       "failure_template, Dutch)")
_ES = ("github-index file id 5419529233 (a Postfix set-up script's bounce.cf, failure_template, "
       "Spanish)")

FORMAT = "ndr"

HEADS = (
    ("en", "This is the mail system at host {server}.",
     "sisimai set-of-emails lhost-postfix-02; tests/corpus/en/ndr-postfix-user-unknown"),
    ("en", "This is the Postfix program at host {server}.",
     "bounce_email tests/bounces/tt_1234211931.txt; sisimai lhost-postfix-34"),
    ("ja", "このメールと共に返信されているメールは一つ以上の宛先に対して配信できませんでした。",
     "sisimai lhost-postfix-04 (OCN); tests/corpus/ja/ndr-postfix-ocn"),
    ("ru", "Это письмо отправлено почтовым сервером {server}.",
     "sisimai lhost-yandex-01 (Yandex); tests/corpus/ru/ndr-postfix-yandex"),
    ("nl", "Dit is het mailsysteem van {server}.", _NL),
    ("es", "Éste es un mensaje de correo enviado automáticamente por su servidor de correo.", _ES),
)

SECTIONS = (
    ("en", "Transcript of session follows.", "sisimai lhost-postfix-75"),
    ("en", "I'm sorry to have to inform you that your message could not be delivered to one or "
     "more recipients.", "sisimai lhost-postfix-02"),
    ("en", "I'm sorry to have to inform you that the message returned below could not be "
     "delivered to one or more destinations.", "sisimai lhost-postfix-34"),
    ("ru", "К сожалению, мы вынуждены сообщить Вам о том, что Ваше письмо не может быть "
     "отправлено одному или нескольким адресатам.", "sisimai lhost-yandex-01"),
    ("nl", "Uw bericht kon niet worden afgeleverd aan één of meer ontvangers.", _NL),
    ("es", "No ha sido posible entregar su mensaje a uno o más destinatarios.", _ES),
)

REPLIES = (
    # Without the command (lhost-postfix-07) the reply ends with its line and the lines that
    # continue it.
    ("en", "host {server} said: {reply} (in reply to {command} command)",
     "sisimai lhost-postfix-02, lhost-postfix-07, rhost-google-03"),
)

INNER = (
    # (also a reply framing of MTA log lines, ``mta_log``: inside a report, the report's)
    ("en", "host {server} refused to talk to me: {reply}",
     "coviserver.de help page quoting Postfix (tests/corpus_pending/postfix/de)"),
    # The recipient line of a report: what follows it is the reason, reply or not.
    ("en", "^<{recipient}> (expanded from <{_}>): {reply}", "sisimai lhost-postfix-01"),
    ("en", "^<{recipient}>: {reply}", "sisimai lhost-postfix-06, rhost-aol-05"),
    # ... its first address masked by the user who pasted it ("<XXXXXXXX (expanded from
    # <x@y>): User unknown in virtual alias table"): the address it was expanded from.
    ("en", "^<{_} (expanded from <{recipient}>): {reply}",
     "GitHub hibiscus depotviewer#67 paste (tests/corpus/de/ndr-postfix-masked-expanded)"),
    # The transcript Postfix appends when the remote server broke off the session.
    ("en", "^Out: {reply}", "sisimai lhost-postfix-75"),
)

# The wording that opens a window for Postfix's reports (units of the gate); the note on the
# command a reply answered is there even in a fragment without the report.
GATE = (
    ("en", "I'm sorry to have to inform you that your message could not be delivered to one or "
     "more recipients.", "sisimai lhost-postfix-02"),
    ("en", "I'm sorry to have to inform you that the message returned below could not be "
     "delivered to one or more destinations.", "sisimai lhost-postfix-34"),
    ("ja", "このメールと共に返信されているメールは一つ以上の宛先に対して配信できませんでした。",
     "sisimai lhost-postfix-04 (OCN)"),
    ("ru", "Это письмо отправлено почтовым сервером", "sisimai lhost-yandex-01"),
    ("nl", "kon niet worden afgeleverd aan één of meer ontvangers", _NL),
    ("es", "enviado automáticamente por su servidor de correo", _ES),
    ("en", "(in reply to RCPT TO command)", "sisimai lhost-postfix-02; Postfix bounce(8)"),
    ("en", "(in reply to MAIL FROM command)", "GitHub roundcube#6858 paste"),
    ("en", "(in reply to end of DATA command)", "sisimai rhost-apple-02"),
)
