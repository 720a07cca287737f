"""Slovak (sk)."""

LANGUAGE = "sk"
VERIFIED = True
BASIS = (
    "Machine-translated Slovak edition of Microsoft support article "
    "65b494a4-0a15-433e-829f-e73651e0245e on support.office.com/sk-sk (pages corpus; "
    "tests/corpus/sk): two complete 0x800CCC79 messages, one with „…“ quotes and lower-case "
    "labels, one with ASCII quotes, 'Predmet' without colon, 'Protokol' and "
    "'zabezpečenie(SSL)' without a space.  Not found in any corpus: a Slovak 'Socket Error' "
    "label, the Windows Live Mail / Windows Mail 'Error ID' label, the YES word as shown "
    "('áno' is the Slovak word, not seen), openings other than 0x800CCC79, and any Slovak "
    "forum paste.  TEMPLATES are Thunderbird's Slovak strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "sk/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 44030089546; "
    "errorSendingMessage contains a non-breaking hyphen U+2011 in 'e\u2011mailovej')."
)

LABELS = {
    "subject": ("Predmet",),
    "account": ("Konto",),
    "server": ("Server",),
    "protocol": ("protokol", "Protokol"),
    "server_response": ("odpoveď servera",),
    "port": ("port",),
    "ssl": ("zabezpečenie (SSL)", "zabezpečenie(SSL)"),
    "server_error": ("chyba servera",),
    "error_number": ("číslo chyby",),
}

YES = ("áno",)
NO = ("nie",)

OPENINGS = (
    ("0x800CCC79", "Správu nebolo možné odoslať, pretože jeden z príjemcov bol zamietnutý "
     "serverom. Odmietnutá e-mailová adresa je {recipient}."),
)

TEMPLATES = (
    ("thunderbird", "Pri odosielaní správy sa vyskytla chyba. Odpoveď poštového servera: "
     "{server_response}. Skontrolujte príjemcu správy '{recipient}' a skúste to znova."),
    ("thunderbird", "Chyba počas odosielania e\u2011mailovej správy. Server odpovedal: "
     "{server_response}. Skontrolujte správu a skúste znova."),
    ("thunderbird", "Pri odosielaní správy sa vyskytla chyba. Odpoveď poštového servera: "
     "{server_response}. Skontrolujte, či používate správnu identitu a či je použitá "
     "overovacia metóda správna."),
    ("thunderbird", "Pri odosielaní správy sa vyskytla chyba: Nepodarilo sa nadviazať "
     "zabezpečené spojenie so serverom pre odosielanie pošty (SMTP) {server} použitím "
     "STARTTLS, pretože túto funkciu nepodporuje."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n sk @5d7cde6f).
    ("thunderbird", "Správa nemohla byť odoslaná, pretože časový limit pripojenia k serveru pre odosielanie pošty (SMTP) {server} vypršal."),
    ("thunderbird", "Správa nemohla byť odoslaná, pretože pripojenie k serveru pre odosielanie pošty (SMTP) {server} zlyhalo."),
    ("thunderbird", "Správa nemohla byť odoslaná, pretože pripojenie k serveru pre odosielanie pošty (SMTP) {server} bolo počas prenosu prerušené."),
    ("thunderbird", "Počas odosielania správy sa vyskytla chyba: server pre odosielanie pošty (SMTP) {server} je neznámy."),
    ("thunderbird", "Nebolo možné overenie na serveri pre odosielanie pošty (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n sk @5d7cde6f).
    ("thunderbird", "Chyba pri odosielaní e‑mailovej správy. Server odpovedal: {server_response} Overte nastavenie vašej e‑mailovej adresy v nastaveniach účtu a skúste to znova."),
    ("thunderbird", "Chyba servera pre odosielanie pošty (SMTP) počas odosielania e‑mailovej správy. Server odpovedal: {server_response}"),
    ("thunderbird", "Chyba pri odosielaní pošty: chyba servera pre odosielanie pošty (SMTP). Server odpovedal: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Odosielanie správy zlyhalo, pretože ste prekročili limit odosielania"),
)

SERVER_PHRASES = {
    "relay_denied": (
        "Prenos odmietnutý",
        "Doména nie je uvedená v zozname povolených hostiteľov rcpthost",
    ),
}
