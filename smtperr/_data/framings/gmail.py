"""Gmail / Google Workspace non-delivery reports: the old "Delivery to the following recipient
failed permanently" and the current "** Address not found **" layouts, German and Spanish;
Italian, Japanese, Brazilian Portuguese and French from Gmail bodies kept in bounce readers' tests.

Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT),
deltachat-core-rust test data (MPL-2.0), user pastes in GitHub issues, test files of bounce
readers found through the github-index (file ids named per row).
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
)

SECTIONS = (
    ("en", "Google tried to deliver your message, but it was rejected by the server for the "
     "recipient domain {_} by {server}.", "sisimai lhost-gmail-01"),
    ("en", "Technical details of permanent failure:", "sisimai lhost-gmail-01"),
    ("en", "Technical details of temporary failure:", "sisimai lhost-gmail-06"),
)

REPLIES = (
    ("en", "The error that the other server returned was: {reply}", "sisimai lhost-gmail-01"),
    ("en", "The response from the remote server was: {reply}", "sisimai lhost-gsuite-01"),
)

INNER = (
    ("en", "The response was: {reply}", "sisimai lhost-gsuite-03; GitHub democracy.io#126"),
    ("de", "Antwort: {reply}", "deltachat-core-rust test-data/message/gmail_ndn.eml"),
    ("es", "La respuesta fue: {reply}", "GitHub paste of a Gmail bounce (2018)"),
    ("ja", "リモート サーバーからの応答: {reply}",
     "github-index file ids 70107621290 and 57788570075 (two test bodies of mailer-daemon@googlemail.com)"),
    ("fr", "La réponse était : {reply}", "github-index file id 71436216456 (GMAIL_FR_NOTICE of a bounce-checker test); tests/corpus/fr/ndr-gmail-fr"),
    ("it", "La risposta del server remoto è: {reply}", "github-index file id 62883930974 (trimmed real Gmail DSNs, Italian account); tests/corpus/it/ndr-gmail-it"),
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
)
