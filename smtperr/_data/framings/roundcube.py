"""Roundcube webmail: a send that the SMTP server refuses shows the reply inside Roundcube's own
sentence, the code apart from the reply's words: 'SMTP Error (550): Failed to add recipient
"x@example.com" (5.7.1 <...>: Client host rejected: ...).'

Source: roundcube/roundcubemail program/localization/<lang>/messages.inc, messages
'smtptoerror' (GPL-3.0-or-later; at commit 28b44419ee44), as users pasted
them in GitHub issues (outroll/vesta#2028, roundcube/roundcubemail#8103,
RainLoop/rainloop-webmail#510).  The translations are the wording of the same messages in
Roundcube's own localization files.
"""

FORMAT = "roundcube"

HEADS = ()

SECTIONS = ()

_SRC = "roundcube/roundcubemail program/localization/{}/messages.inc@28b44419ee44 {}"

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
)
