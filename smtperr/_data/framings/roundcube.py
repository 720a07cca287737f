"""Roundcube webmail: a send that the SMTP server refuses shows the reply inside Roundcube's own
sentence, the code apart from the reply's words: 'SMTP Error (550): Failed to add recipient
"x@example.com" (5.7.1 <...>: Client host rejected: ...).'

Source: roundcube/roundcubemail program/localization/<lang>/messages.inc, messages
'smtptoerror' (GPL-3.0-or-later; at commit 28b44419ee44), as users pasted
them in GitHub issues (outroll/vesta#2028, roundcube/roundcubemail#8103,
RainLoop/rainloop-webmail#510).  The translations are the wording of the same messages in
Roundcube's own localization files (verbatim in tests/data/roundcube/messages.json).

Roundcube's error log names the same refusals in English whatever the UI's language:
"SMTP Error: Failed to add recipient 'x@example.com'. 4.7.1 <...>: Relay access denied
(Code: 454) in .../rcube.php on line 1595" (program/lib/Roundcube/rcube_smtp.php: ". " before
the reply up to 2022, ": " since commit b97c934ae), pasted by admins (GitHub
deflomu/Roundcube-SMTP-per-Identity-Plugin#14).  The same files' 'smtpfromerror' (the sender
refused) is read in the languages whose wording the gate finds without a new pass (letters
outside ASCII, or wording it already looks for); 'smtperror' ("SMTP Error: [550] ...", a refusal
after DATA) is left out: its words are "SMTP" and "Error" alone, and a pass for them would put
every "Error" of a log into the readers' windows.
"""

FORMAT = "roundcube"

HEADS = ()

SECTIONS = ()

_SRC = "roundcube/roundcubemail program/localization/{}/messages.inc@28b44419ee44 {}"
_LOG = "roundcube/roundcubemail program/lib/Roundcube/rcube_smtp.php@28b44419ee44 _conn_error"

REPLIES = (
    ("en", 'SMTP Error ({code}): Failed to add recipient "{recipient}" ({reply}).',
     "GitHub outroll/vesta#2028; tests/corpus/en/roundcube-vesta-451; "
     + _SRC.format("en_US", "smtptoerror")),
    # A user's own words in place of the address (roundcube/roundcubemail#8103).
    ("en", 'SMTP Error ({code}): Failed to add recipient "{_}" ({reply}).',
     "GitHub roundcube/roundcubemail#8103; tests/corpus/en/roundcube-blacklisted-user"),
    ("de", 'SMTP Fehler ({code}): Der Empfänger "{recipient}" konnte nicht gesetzt werden '
     "({reply}).", _SRC.format("de_DE", "smtptoerror")),
    ("es", 'Error SMTP ({code}): No se pudo establecer destinatario "{recipient}" ({reply}).',
     _SRC.format("es_ES", "smtptoerror")),
    ("fr", "Erreur SMTP ({code}) : échec d’ajout du destinataire « {recipient} » ({reply})",
     _SRC.format("fr_FR", "smtptoerror")),
    ("it", 'Errore SMTP ({code}): inserimento del destinatario "{recipient}" non riuscito '
     "({reply})", _SRC.format("it_IT", "smtptoerror")),
    ("nl", 'SMTP-fout ({code}): Ontvanger "{recipient}" kan niet toegevoegd worden ({reply}).',
     _SRC.format("nl_NL", "smtptoerror")),
    ("pl", 'Błąd SMTP ({code}): Nie można dodać odbiorcy "{recipient}" ({reply}).',
     _SRC.format("pl_PL", "smtptoerror")),
    ("pt-BR", 'Erro SMTP ({code}): Falha ao adicionar o destinatário "{recipient}" ({reply}).',
     _SRC.format("pt_BR", "smtptoerror")),
    ("ru", 'SMTP ошибка ({code}): Невозможно добавить получателя "{recipient}" ({reply})',
     _SRC.format("ru_RU", "smtptoerror")),
    ("cs", 'Chyba SMTP ({code}): Nelze přidat příjemce "{recipient}" ({reply}).',
     _SRC.format("cs_CZ", "smtptoerror")),
    ("da", 'SMTP-fejl ({code}): Kunne ikke tilføje modtageren "{recipient}" ({reply})',
     _SRC.format("da_DK", "smtptoerror")),
    ("el", 'Σφάλμα SMTP ({code}): Αποτυχία προσθήκης παραλήπτη "{recipient}" ({reply}).',
     _SRC.format("el_GR", "smtptoerror")),
    ("fi", 'SMTP-virhe ({code}): Vastaanottajan "{recipient}" lisääminen epäonnistui ({reply})',
     _SRC.format("fi_FI", "smtptoerror")),
    ("hu", "SMTP hiba ({code}): Nem sikerült a következő címzett hozzáadása: "
     '"{recipient}" ({reply})', _SRC.format("hu_HU", "smtptoerror")),
    ("ja", 'SMTPエラー ({code}): 宛先 "{recipient}" を追加できません ({reply})',
     _SRC.format("ja_JP", "smtptoerror")),
    ("ko", 'SMTP 오류 ({code}): 수신자를 "{recipient}" ({reply})에 추가하는데 실패했습니다.',
     _SRC.format("ko_KR", "smtptoerror")),
    ("pt-PT", 'Erro SMTP ({code}): Falha ao adicionar o destinatário: "{recipient}" ({reply}).',
     _SRC.format("pt_PT", "smtptoerror")),
    ("ro", 'Eroare SMTP ({code}): Nu s-a putut adăuga destinatarul "{recipient}" ({reply})',
     _SRC.format("ro_RO", "smtptoerror")),
    ("sk", 'Chyba SMTP ({code}): Nemožno pridať príjemcu "{recipient}" ({reply}).',
     _SRC.format("sk_SK", "smtptoerror")),
    ("sv", 'SMTP-fel ({code}): Kan inte lägga till mottagaradress "{recipient}" ({reply}).',
     _SRC.format("sv_SE", "smtptoerror")),
    ("tr", 'SMTP sorunu ({code}): "{recipient}" alıcısı eklenemedi ({reply})',
     _SRC.format("tr_TR", "smtptoerror")),
    ("uk", 'Помилка SMTP-сервера ({code}): Не вдалося додати отримувача "{recipient}" ({reply})',
     _SRC.format("uk_UA", "smtptoerror")),
    ("zh-CN", 'SMTP 错误 ({code}): 添加收件人失败 "{recipient}" ({reply})。',
     _SRC.format("zh_CN", "smtptoerror")),
    ("zh-TW", "SMTP 錯誤（{code}）：無法加入收件者「{recipient}」（{reply}）",
     _SRC.format("zh_TW", "smtptoerror")),
    # The sender refused ('smtpfromerror'); a user may leave out the first word (#7316).
    ("en", 'Error ({code}): Failed to set sender "{sender}" ({reply}).',
     "GitHub roundcube/roundcubemail#7316; tests/corpus/en/roundcube-7316-helo-name; "
     + _SRC.format("en_US", "smtpfromerror")),
    ("cs", 'Chyba SMTP ({code}): Nelze nastavit odesílatele "{sender}" ({reply}).',
     _SRC.format("cs_CZ", "smtpfromerror")),
    ("fr", "Erreur SMTP ({code}) : impossible de définir l’expéditeur « {sender} » ({reply})",
     _SRC.format("fr_FR", "smtpfromerror")),
    ("hu", 'SMTP hiba ({code}): Nem sikerült a feladó beállítása: "{sender}" ({reply})',
     _SRC.format("hu_HU", "smtpfromerror")),
    ("ja", 'SMTPエラー ({code}): 差出人 "{sender}" を設定できません ({reply})',
     _SRC.format("ja_JP", "smtpfromerror")),
    ("pl", 'Błąd SMTP ({code}): Nie można ustawić nadawcy "{sender}" ({reply}).',
     _SRC.format("pl_PL", "smtpfromerror")),
    ("ru", 'SMTP ошибка ({code}): Невозможно установить отправителя "{sender}" ({reply})',
     _SRC.format("ru_RU", "smtpfromerror")),
    ("sv", 'SMTP-fel ({code}): Kan inte sätta avsändaradress till "{sender}" ({reply}).',
     _SRC.format("sv_SE", "smtpfromerror")),
    ("tr", 'SMTP sorunu ({code}): Gönderici adresi "{sender}" olarak ayarlanamadı ({reply})',
     _SRC.format("tr_TR", "smtpfromerror")),
    ("uk", 'Помилка SMTP-сервера ({code}): Не вдалося вказати відправника "{sender}" ({reply})',
     _SRC.format("uk_UA", "smtpfromerror")),
    ("zh-CN", 'SMTP 错误 ({code}):添加发件人失败 "{sender}" ({reply})。',
     _SRC.format("zh_CN", "smtpfromerror")),
    ("zh-TW", "SMTP 錯誤（{code}）：無法設定寄件者「{sender}」（{reply}）",
     _SRC.format("zh_TW", "smtpfromerror")),
    # The error log (English in every install): before 2022 ". " after the address, since ": ".
    ("en", "SMTP Error: Failed to add recipient '{recipient}'. {reply} (Code: {code})",
     "GitHub deflomu/Roundcube-SMTP-per-Identity-Plugin#14; "
     "tests/corpus/en/roundcube-log-identity-smtp-relay"),
    ("en", "SMTP Error: Failed to add recipient '{recipient}': {reply} (Code: {code})",
     _LOG),
    ("en", "SMTP Error: Failed to set sender '{sender}'. {reply} (Code: {code})",
     "GitHub deflomu/Roundcube-SMTP-per-Identity-Plugin#14; "
     "tests/corpus/en/roundcube-log-identity-smtp-starttls"),
    ("en", "SMTP Error: Failed to set sender '{sender}': {reply} (Code: {code})", _LOG),
)

INNER = ()

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("en", "Failed to add recipient", "GitHub outroll/vesta#2028"),
    ("de", "Der Empfänger", _SRC.format("de_DE", "smtptoerror")),
    ("es", "No se pudo establecer destinatario", _SRC.format("es_ES", "smtptoerror")),
    ("fr", "ajout du destinataire", _SRC.format("fr_FR", "smtptoerror")),
    ("it", "inserimento del destinatario", _SRC.format("it_IT", "smtptoerror")),
    ("nl", "kan niet toegevoegd worden", _SRC.format("nl_NL", "smtptoerror")),
    ("pl", "Nie można dodać odbiorcy", _SRC.format("pl_PL", "smtptoerror")),
    ("pt-BR", "Falha ao adicionar o destinatário", _SRC.format("pt_BR", "smtptoerror")),
    ("ru", "Невозможно добавить получателя", _SRC.format("ru_RU", "smtptoerror")),
    ("cs", "Nelze přidat příjemce", _SRC.format("cs_CZ", "smtptoerror")),
    ("da", "Kunne ikke tilføje modtageren", _SRC.format("da_DK", "smtptoerror")),
    ("el", "Αποτυχία προσθήκης παραλήπτη", _SRC.format("el_GR", "smtptoerror")),
    ("fi", "lisääminen epäonnistui", _SRC.format("fi_FI", "smtptoerror")),
    ("hu", "címzett hozzáadása", _SRC.format("hu_HU", "smtptoerror")),
    ("ja", "を追加できません", _SRC.format("ja_JP", "smtptoerror")),
    ("ko", "추가하는데 실패했습니다", _SRC.format("ko_KR", "smtptoerror")),
    ("pt-PT", "Falha ao adicionar o destinatário", _SRC.format("pt_PT", "smtptoerror")),
    ("ro", "adăuga destinatarul", _SRC.format("ro_RO", "smtptoerror")),
    ("sk", "pridať príjemcu", _SRC.format("sk_SK", "smtptoerror")),
    ("sv", "lägga till mottagaradress", _SRC.format("sv_SE", "smtptoerror")),
    ("tr", "alıcısı eklenemedi", _SRC.format("tr_TR", "smtptoerror")),
    ("uk", "Не вдалося додати отримувача", _SRC.format("uk_UA", "smtptoerror")),
    ("zh-CN", "添加收件人失败", _SRC.format("zh_CN", "smtptoerror")),
    ("zh-TW", "無法加入收件者", _SRC.format("zh_TW", "smtptoerror")),
    ("en", "Failed to set sender", "GitHub roundcube/roundcubemail#7316"),
    ("cs", "Nelze nastavit odesílatele", _SRC.format("cs_CZ", "smtpfromerror")),
    ("fr", "définir l’expéditeur", _SRC.format("fr_FR", "smtpfromerror")),
    ("hu", "feladó beállítása", _SRC.format("hu_HU", "smtpfromerror")),
    ("ja", "を設定できません", _SRC.format("ja_JP", "smtpfromerror")),
    ("pl", "Nie można ustawić nadawcy", _SRC.format("pl_PL", "smtpfromerror")),
    ("ru", "Невозможно установить отправителя", _SRC.format("ru_RU", "smtpfromerror")),
    ("sv", "sätta avsändaradress", _SRC.format("sv_SE", "smtpfromerror")),
    ("tr", "olarak ayarlanamadı", _SRC.format("tr_TR", "smtpfromerror")),
    ("uk", "Не вдалося вказати відправника", _SRC.format("uk_UA", "smtpfromerror")),
    ("zh-CN", "添加发件人失败", _SRC.format("zh_CN", "smtpfromerror")),
    ("zh-TW", "無法設定寄件者", _SRC.format("zh_TW", "smtpfromerror")),
)
