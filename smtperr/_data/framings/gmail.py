"""Gmail / Google Workspace non-delivery reports: the old "Delivery to the following recipient
failed permanently" and the current "** Address not found **" layouts, German and Spanish;
Italian, Japanese, Brazilian Portuguese and French from Gmail bodies kept in bounce readers' tests;
Simplified Chinese from a user's blog paste and a reader's test, Polish from two GitHub pastes,
Russian from bounce readers' tests; Korean from a Gmail user's paste in a GitHub issue (the head
sentence; the Korean template in locales/ko.py gives its recipient when no reply is pasted).

Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT),
deltachat-core-rust test data (MPL-2.0), user pastes in GitHub issues, test files of bounce
readers found through the github-index (file ids named per row).  No user paste was found for
Russian: its rows come from developers' tests (the 'Address not found' sentence from five files;
"Полученный ответ:", "Ответ удаленного сервера:" and the delay notice from one each).  Searched
for (earlier, and again on 2026-12-05 in the GitHub strings index, the code, pages and issues
stores, Sisimai's set-of-emails and deltachat/chatmail test data) without a real text found:
Traditional Chinese, Czech, Dutch, Turkish, Swedish, Danish, Norwegian, Finnish, Ukrainian,
Vietnamese ("Address not found" titles and sentences, "The response from the remote server was"
labels; the titles' words occur in GitHub only as unrelated geocoding or form messages), and
Gmail's Korean reply label (the Korean paste has none).
"""

FORMAT = "ndr"

HEADS = (
    ("en", "Delivery to the following recipient failed permanently:",
     "sisimai set-of-emails lhost-gmail-01; tests/corpus/en/ndr-gmail-user-unknown"),
    ("en", "Delivery to the following recipient has been delayed:", "sisimai lhost-gmail-06"),
    ("en", "** Address not found **", "sisimai lhost-gsuite-01"),
    ("en", "** Message not delivered **", "sisimai lhost-gsuite-07"),
    ("en", "** Delivery incomplete **", "sisimai lhost-gsuite-06"),
    ("en", "Your message wasn't delivered to {recipient} because",
     "sisimai lhost-gsuite-14; GitHub sinak/democracy.io#126"),
    ("en", "There was a problem delivering your message to {recipient}.",
     "sisimai lhost-gsuite-07"),
    ("en", "There was a temporary problem delivering your message to {recipient}.",
     "sisimai lhost-gsuite-06"),
    ("de", "** Die Adresse wurde nicht gefunden **",
     "deltachat-core-rust test-data/message/gmail_ndn.eml; tests/corpus/de/ndr-gmail-de"),
    ("de", "Ihre Nachricht wurde nicht an {recipient} zugestellt",
     "deltachat-core-rust test-data/message/gmail_ndn.eml"),
    ("es", "** No se ha encontrado la dirección **", "GitHub paste of a Gmail bounce (2018)"),
    ("es", "Tu mensaje no se ha entregado a {recipient} porque",
     "GitHub paste of a Gmail bounce (2018); a tramite paste"),
    ("it", "** Indirizzo non trovato **", "github-index file id 62883930974 (trimmed real Gmail DSNs, Italian account); tests/corpus/it/ndr-gmail-it"),
    ("it", "Il tuo messaggio non è stato recapitato a {recipient} perché", "github-index file id 62883930974 (trimmed real Gmail DSNs, Italian account); tests/corpus/it/ndr-gmail-it"),
    ("it", "** Messaggio bloccato **", "github-index file id 62883930974"),
    ("it", "** Consegna non completata **", "github-index file id 62883930974"),
    ("it", "Impossibile recapitare il messaggio a {recipient} perché",
     "github-index file id 62883930974 ('** Messaggio troppo grande **')"),
    ("ja", "アドレス不明", "github-index file id 70107621290 (test of a Gmail-bounce reader: a Japanese Gmail bounce body, flattened to one line); tests/corpus/ja/ndr-gmail-ja"),
    ("ja", "アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは {recipient} に配信されませんでした。",
     "github-index file id 70107621290; the same sentence around a recipient in github-index file ids "
     "26265655992 and 48242708948 (Apps Script readers of real mailer-daemon bodies)"),
    ("pt-BR", "Endereço não encontrado", "github-index file id 56776227205 (test body of a Gmail bounce); tests/corpus/pt-BR/ndr-gmail-pt-br; github-index file ids 56776227205, 63259574086, 60803023808, 66106565224 (readers of Gmail bounces)"),
    ("pt-BR", "Sua mensagem não foi entregue a {recipient} porque", "github-index file id 56776227205 (test body of a Gmail bounce); tests/corpus/pt-BR/ndr-gmail-pt-br; github-index file ids 56776227205, 63259574086, 60803023808, 66106565224 (readers of Gmail bounces)"),
    ("pt-BR", "Ocorreu um problema temporário na entrega da mensagem para {recipient}",
     "github-index file ids 66106565224, 31820789046 (patterns of Gmail bounce readers)"),
    ("fr", "** Adresse introuvable **",
     "github-index file id 71436216456 (GMAIL_FR_NOTICE of a bounce-checker test); tests/corpus/fr/ndr-gmail-fr; github-index file id 70521315003 (a French Gmail bounce in another reader's test)"),
    ("fr", "Votre message n'est pas parvenu à {recipient}, car", "github-index file id 71436216456 (GMAIL_FR_NOTICE of a bounce-checker test); tests/corpus/fr/ndr-gmail-fr"),
    ("zh-CN", "** 找不到地址 **",
     "github-index file ids 66749971186, 66578333692 (_HARD_BOUNCE_CN, 'Verbatim shapes taken from "
     "Allen's Gmail'); tests/corpus/zh-CN/ndr-gmail-zh-cn"),
    ("zh-CN", "由于系统找不到电子邮件地址 {recipient}，或该地址无法接收邮件，因此无法递送您的邮件。",
     "github-index file ids 66749971186, 66578333692; a user's blog post quoting Gmail bounces "
     "(github-index file id 8999022175, '老司机邮箱翻车记', 2023); tests/corpus/zh-CN/ndr-gmail-zh-cn"),
    ("zh-CN", "** 邮件延迟 **",
     "github-index file ids 66749971186, 66578333692 (_DELAY_CN)"),
    ("zh-CN", "您发送给 {recipient} 的邮件尚未送达。",
     "github-index file ids 66749971186, 66578333692 (_DELAY_CN)"),
    ("zh-CN", "发生临时性问题，无法将您的邮件递送至 {recipient}。在接下来的",
     "github-index file id 8999022175 (a user's blog post quoting Gmail bounces)"),
    ("zh-CN", "因此系统无法将您的邮件地送至 {recipient}。请参阅下方的技术详细信息了解情况。",
     "github-index file id 8999022175 ('邮件未递送，远程服务器配置错误，因此系统无法将您的邮件地送至 "
     "news@mass.eu.com。', as quoted); tests/corpus/zh-CN/ndr-gmail-zh-cn-relay"),
    ("ru", "** Адрес не найден **",
     "github-index file id 59264670941 (test_parse_invalid_recipient_ru_gmail_dsn)"),
    ("ru", "Сообщение не доставлено, так как адрес {recipient} не найден или не принимает входящие письма.",
     "github-index file ids 57438947214, 59264670941, 60334102151, 39816151013 and 40046434477 "
     "(bounce readers' tests; two Selenium locators written against Gmail's Russian UI); "
     "tests/corpus/ru/ndr-gmail-ru"),
    ("ru", "** Пока не доставлено **",
     "github-index file id 59264670941 (test_parse_not_yet_delivered)"),
    ("ru", "При доставке сообщения получателю {recipient} возникла временная ошибка.",
     "github-index file id 59264670941 (test_parse_not_yet_delivered)"),
    ("pl", "Wiadomość nie została dostarczona, ponieważ nie znaleziono adresu odbiorcy ({recipient}) "
     "lub odbiorca nie może odebrać wiadomości.",
     "GitHub allegro/allegro-api#5168 (a Google Workspace user's paste, 2021); github-index file id "
     "56743357142 (GMAIL_BOUNCE_BODY of a bounce reader's test); tests/corpus/pl/ndr-gmail-pl"),
    ("ko", "{recipient} 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 "
     "않았습니다.",
     "GitHub openspeech-team/openspeech#69 (a Gmail user's paste, 2021-07-30); "
     "tests/corpus/ko/ndr-gmail-ko"),
)

SECTIONS = (
    ("en", "Google tried to deliver your message, but it was rejected by the server for the "
     "recipient domain {domain} by {server}.", "sisimai lhost-gmail-01"),
    ("en", "Technical details of permanent failure:", "sisimai lhost-gmail-01"),
    ("en", "Technical details of temporary failure:", "sisimai lhost-gmail-06"),
)

REPLIES = (
    ("en", "The error that the other server returned was: {reply}", "sisimai lhost-gmail-01"),
    ("en", "The response from the remote server was: {reply}", "sisimai lhost-gsuite-01"),
    ("pl", "Odpowiedź otrzymana z serwera zdalnego: {reply}",
     "GitHub allegro/allegro-api#5168; boostorg/geometry#728 (a maintainer's paste of a Gmail "
     "delay notice, 2020); github-index file id 56743357142; tests/corpus/pl/ndr-gmail-pl, "
     "tests/corpus/pl/ndr-gmail-pl-delay"),
)

INNER = (
    ("en", "The response was: {reply}", "sisimai lhost-gsuite-03; GitHub democracy.io#126"),
    # The recipient's server that did not answer, after "The recipient server did not accept
    # our requests to connect.": "[(10) host. [ip]:25: Connection timed out]" (GitHub
    # rubima/rubima#133, DOAJ/doaj#963: tests/corpus/en/ndr-gmail-connect-timeout, -socket-error).
    ("en", "[(10) {server}:", "GitHub rubima/rubima#133; tests/corpus/en/ndr-gmail-connect-timeout"),
    ("de", "Antwort: {reply}", "deltachat-core-rust test-data/message/gmail_ndn.eml"),
    ("es", "La respuesta fue: {reply}", "GitHub paste of a Gmail bounce (2018)"),
    ("ja", "リモート サーバーからの応答: {reply}",
     "github-index file ids 70107621290 and 57788570075 (two test bodies of mailer-daemon@googlemail.com)"),
    ("fr", "La réponse était : {reply}", "github-index file id 71436216456 (GMAIL_FR_NOTICE of a bounce-checker test); tests/corpus/fr/ndr-gmail-fr"),
    ("it", "La risposta del server remoto è: {reply}", "github-index file id 62883930974 (trimmed real Gmail DSNs, Italian account); tests/corpus/it/ndr-gmail-it"),
    ("zh-CN", "响应如下：{reply}",
     "github-index file id 8999022175 (a user's blog post quoting Gmail bounces); "
     "tests/corpus/zh-CN/ndr-gmail-zh-cn"),
    ("zh-CN", "以下为远程服务器的响应：{reply}",
     "github-index file id 8999022175; tests/corpus/zh-CN/ndr-gmail-zh-cn-relay"),
    ("ru", "Полученный ответ: {reply}",
     "github-index file id 57438947214 (BOUNCE_BODY of a Gmail-API bounce reader's test); "
     "tests/corpus/ru/ndr-gmail-ru"),
    ("ru", "Ответ удаленного сервера: {reply}",
     "github-index file id 60334102151 (a bounce body in a lead tool's checks)"),
    ("en", "Technical details of permanent failure: {reply}", "sisimai lhost-gmail-10"),
    ("en", "Technical details of temporary failure: {reply}", "iis-smtp-dsn delay sample"),
)

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("en", "recipient failed permanently",
     "sisimai lhost-gmail-01"),
    ("en", "recipient has been delayed",
     "sisimai lhost-gmail-06"),
    ("en", "wasn't delivered to",
     "sisimai lhost-gsuite-14"),
    ("en", "problem delivering your message",
     "sisimai lhost-gsuite-07"),
    ("en", "temporary problem delivering your message",
     "sisimai lhost-gsuite-06"),
    ("en", "other server returned was",
     "sisimai lhost-gmail-01"),
    ("en", "from the remote server was",
     "sisimai lhost-gsuite-01"),
    ("de", "Die Adresse wurde nicht gefunden",
     "deltachat gmail_ndn.eml"),
    ("es", "No se ha encontrado la dirección",
     "GitHub paste of a Gmail bounce (2018)"),
    ("it", "non è stato recapitato a",
     "github-index file id 62883930974"),
    ("ja", "リモート サーバーからの応答",
     "github-index file ids 70107621290, 57788570075"),
    ("ja", "アドレス不明",
     "github-index file id 70107621290"),
    ("pt-BR", "não foi entregue a",
     "github-index file ids 56776227205, 63259574086"),
    ("pt-BR", "Endereço não encontrado",
     "github-index file ids 56776227205, 63259574086"),
    ("fr", "La réponse était",
     "github-index file id 71436216456"),
    ("zh-CN", "找不到电子邮件地址",
     "github-index file ids 66749971186, 8999022175"),
    ("zh-CN", "远程服务器的响应",
     "github-index file id 8999022175"),
    ("zh-CN", "响应如下",
     "github-index file id 8999022175"),
    ("zh-CN", "无法将您的邮件递送至",
     "github-index file id 8999022175"),
    ("zh-CN", "的邮件尚未送达",
     "github-index file ids 66749971186, 66578333692 (_DELAY_CN)"),
    ("ru", "Сообщение не доставлено",
     "github-index file ids 57438947214, 59264670941, 39816151013"),
    ("ru", "Полученный ответ",
     "github-index file id 57438947214"),
    ("pl", "Odpowiedź otrzymana z serwera zdalnego",
     "GitHub allegro/allegro-api#5168, boostorg/geometry#728"),
    ("ko", "메일을 받을 수 없어 메일이 전송되지 않았습니다",
     "GitHub openspeech-team/openspeech#69"),
)
