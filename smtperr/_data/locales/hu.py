"""Hungarian (hu)."""

LANGUAGE = "hu"
VERIFIED = False
BASIS = (
    "No Hungarian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: the hu-hu editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Hungarian forum-style pastes of "
    "0x800CCC79/0x800CCC0E/0x800CCC0F, 'Hibaszám: 0x800' in the GitHub index).  The LABELS, "
    "YES and NO below are NOT observed: they are Microsoft's usual Hungarian UI terms for the "
    "English field names (Tárgy, Fiók, Kiszolgáló, Protokoll, Kiszolgáló válasza, Port, "
    "Biztonságos, Kiszolgálóhiba, Szoftvercsatorna-hiba for socket error, Hibaszám, Igen/Nem), "
    "recalled, unverified hypotheses only.  No opening sentence and no Windows Live Mail label "
    "is given (none seen).  The TEMPLATES are real: Thunderbird's Hungarian strings from "
    "thunderbird/thunderbird-l10n "
    "hu/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43764241538)."
)

LABELS = {
    "subject": ("Tárgy",),
    "account": ("Fiók",),
    "server": ("Kiszolgáló",),
    "protocol": ("Protokoll",),
    "server_response": ("Kiszolgáló válasza",),
    "port": ("Port",),
    "ssl": ("Biztonságos (SSL)",),
    "server_error": ("Kiszolgálóhiba",),
    "socket_error": ("Szoftvercsatorna-hiba",),
    "error_number": ("Hibaszám",),
}

YES = ("Igen",)
NO = ("Nem",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Hiba történt a levél küldése közben. A levelezőkiszolgáló válasza: "
     "{server_response}. Ellenőrizze az üzenet címzettjeit ('{recipient}'), majd próbálja "
     "újra."),
    ("thunderbird", "Hiba történt a levél küldése közben. A levelezőkiszolgáló válasza: "
     "{server_response}. Ellenőrizze az üzenetet, majd próbálja újra."),
    ("thunderbird", "Hiba történt a levelek küldése közben. A levélkiszolgáló válasza: "
     "{server_response}. Győződjön meg arról, hogy a megfelelő személyazonosságot használja a "
     "küldéshez, és hogy a használt hitelesítési módszer helyes-e."),
    ("thunderbird", "Hiba történt a levél küldésekor: Nem sikerült kapcsolódni a(z) {server} "
     "levélküldő (SMTP) kiszolgálóhoz a STARTTLS használatával, ugyanis az nem hirdeti ezt a "
     "funkciót."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n hu @5d7cde6f).
    ("thunderbird", "Az üzenet küldése sikertelen, mert a levélküldő (SMTP) kiszolgálóval ({server}) való kapcsolat időtúllépés miatt megszakadt."),
    ("thunderbird", "Az üzenet küldése sikertelen, mert nem lehetett kapcsolatot teremteni a levélküldő (SMTP) kiszolgálóval ({server})."),
    ("thunderbird", "Az üzenet küldése sikertelen, mert a levélküldő (SMTP) kiszolgálóval ({server}) való kapcsolat megszakadt a tranzakció közben."),
    ("thunderbird", "Hiba történt a levél küldésekor: a(z) {server} levélküldő kiszolgáló (SMTP) ismeretlen."),
    ("thunderbird", "Nem sikerült a hitelesítés a(z) {server} levélküldő (SMTP) kiszolgálóhoz."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n hu @5d7cde6f).
    ("thunderbird", "Hiba történt a levél küldése közben. A levelezőkiszolgáló válasza: {server_response} Ellenőrizze, hogy az Ön e-mail címe helyesen van-e megadva a fiók beállításaiban, majd próbálja újra."),
    ("thunderbird", "Levélküldő kiszolgáló (SMTP) hiba történt a levél küldése közben. A kiszolgáló válasza: {server_response}"),
    ("thunderbird", "Hiba történt a levél küldése közben: Levélküldő kiszolgáló (SMTP) hiba. A kiszolgáló válasza: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Az üzenetek küldése sikertelen, mert túllépte a küldési korlátját"),
)

