"""Czech (cs)."""

LANGUAGE = "cs"
VERIFIED = True
BASIS = (
    "Three Czech editions of Microsoft support article 65b494a4-0a15-433e-829f-e73651e0245e "
    "(550/553/relay prohibited), all machine-translated documentation, pages corpus: the older "
    "support.office.com cs-CZ text (fully Czech, capitalised labels, 'je'), the "
    "support.microsoft.com '...zobrazí-chyba-550-553-nebo-přenos-zakázaná' text (lower-case "
    "labels from 'port' on, 'byla', 'Přenos byl odepřen') and the current "
    "'...zobrazuje-chyba-550-553-nebo-zakázáno-předávání' text (Czech opening 'Zprávu nelze "
    "odeslat', English labels); see tests/corpus/cs.  Two of the samples mix Czech openings "
    "with the English labels (Subject, Account, Protocol, Server Response, Secure(SSL), Server "
    "Error, Error Number): those labels are left to the English table.  Not found in any "
    "corpus: a Czech 'Socket Error' label, the Windows Live Mail / Windows Mail 'Error ID' "
    "label, the YES word as shown ('Ano' is the Czech word, not seen), openings other than "
    "0x800CCC79, and any Czech forum paste.  TEMPLATES are Thunderbird's Czech strings, "
    "verbatim from thunderbird/thunderbird-l10n "
    "cs/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43905305225)."
)

LABELS = {
    "subject": ("Předmět",),
    "account": ("Účet",),
    "server": ("Server",),
    "protocol": ("Protokol",),
    "server_response": ("Odpověď serveru",),
    "port": ("Port", "port"),
    "ssl": ("Zabezpečení (SSL)", "zabezpečení (SSL)"),
    "server_error": ("Chyba serveru", "chyba serveru"),
    "error_number": ("Číslo chyby", "číslo chyby"),
}

YES = ("Ano",)
NO = ("Ne",)

OPENINGS = (
    ("0x800CCC79", "Zprávu nebylo možné odeslat, protože jeden z příjemců byl serverem "
     "odmítnut. Odmítnutá e-mailová adresa je {recipient}."),
    ("0x800CCC79", "Zprávu nebylo možné odeslat, protože server odmítl jednoho z příjemců. "
     "Odmítnutá e-mailová adresa byla {recipient}."),
    ("0x800CCC79", "Zprávu nelze odeslat, protože jeden z příjemců byl odmítnut serverem. "
     "Odmítnutá e-mailová adresa byla {recipient}."),
)

TEMPLATES = (
    # Outlook's task error, as a Czech host's help page quotes it (support.forpsi.com kb/a3898,
    # also support.flyweb.cz kb/a3157; tests/corpus/cs/outlook-task-forpsi-0x800ccc78): the
    # task's name unquoted, the masculine 'ohlásil'.
    ("outlook-task", "Úkol {account} - odesílání ohlásil chybu ({error_number}): Zprávu nelze "
     "odeslat. Ověřte, zda je ve vlastnostech účtu zadána správná e-mailová adresa. Odpověď "
     "serveru: {server_response}"),
    ("thunderbird", "Při odesílání zprávy nastala chyba. Poštovní server odpověděl: "
     "{server_response}. Zkontrolujte prosím příjemce zprávy '{recipient}' a zkuste to znovu."),
    ("thunderbird", "Při odesílání zprávy nastala chyba. Server odpověděl: {server_response}. "
     "Zkontrolujte prosím zprávu a zkuste to znovu."),
    ("thunderbird", "Při odesílání zprávy se vyskytla chyba. Poštovní server odpověděl: "
     "{server_response}. Zkontrolujte prosím, že používáte správnou identitu a že použitá "
     "ověřovací metoda je správná."),
    ("thunderbird", "Při odesílání zprávy nastala chyba: Nelze se bezpečně připojit k SMTP "
     "serveru {server} pomocí STARTTLS, protože server tuto možnost nepodporuje."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'cs', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "Adresát {_}'{recipient}' byl odmítnut serverem"),
    ("apple-mail", "Připojení k serveru odchozí pošty '{server}' selhalo"),
    ("apple-mail", "Zkontrolujte nastavení účtu pro server odchozí pošty '{server}'"),
    ("apple-mail", "Mail nemůže navázat spojení se serverem '{server}' na standardních portech pomocí SSL"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n cs @5d7cde6f).
    ("thunderbird", "Zprávu se nepodařilo odeslat, protože spojení se SMTP serverem {server} vypršelo."),
    ("thunderbird", "Zprávu nelze odeslat, protože se nepodařilo připojit na SMTP server {server}"),
    ("thunderbird", "Zprávu se nepodařilo odeslat, protože spojení se SMTP serverem {server} bylo ztraceno uprostřed transakce."),
    ("thunderbird", "Při odesílání zprávy nastala chyba: SMTP server {server} je neznámý."),
    ("thunderbird", "Autentizace k SMTP serveru {server} se nezdařila."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n cs @5d7cde6f).
    # The same with a full stop after the reply, as a Czech host's help page quotes it (support.
    # forpsi.com kb/a3898; tests/corpus/cs/thunderbird-forpsi-auth): an older edition's string.
    ("thunderbird", "Při odesílání zprávy nastala chyba. Server odpověděl: {server_response}. "
     "Ověřte prosím správnost své e-mailové adresy a zkuste to znovu."),
    ("thunderbird", "Při odesílání zprávy nastala chyba. Server odpověděl: {server_response} Ověřte prosím správnost své e-mailové adresy a zkuste to znovu."),
    ("thunderbird", "Při odesílání zprávy nastala (SMTP) chyba. Server odpověděl: {server_response}"),
    ("thunderbird", "Při odesílání zprávy nastala chyba: Chyba SMTP serveru. Server odpověděl: {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/cs/ndr-google-groups).
    ("ndr", "skupina, kterou se pokoušíte kontaktovat ({_}), pravděpodobně neexistuje nebo nemáte oprávnění do ní přidávat příspěvky."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Odesílání zprávy selhalo, protože byl překročen limit odeslané pošty"),
)

SERVER_PHRASES = {
    "relay_denied": ("Přenos byl odepřen",),
}
