"""Slovenian (sl)."""

LANGUAGE = "sl"
VERIFIED = False
BASIS = (
    "No Slovenian text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail "
    "message was found (searched: sl-si editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Slovenian forum-style pastes).  The "
    "LABELS, YES and NO below are NOT observed: they are Microsoft's usual Slovenian UI terms "
    "for the English field names (Zadeva, Račun, Strežnik, Protokol, Odgovor strežnika, Vrata "
    "or Port, Varno (SSL), Napaka strežnika, Napaka vtičnice, Številka napake, Da/Ne), "
    "recalled, unverified hypotheses only.  No opening sentence and no Windows Live Mail label "
    "is given.  The TEMPLATES are real: Thunderbird's Slovenian strings from "
    "thunderbird/thunderbird-l10n "
    "sl/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43623094239; "
    "startTlsFailed has a space before the colon, 'napake :', kept)."
)

LABELS = {
    "subject": ("Zadeva",),
    "account": ("Račun",),
    "server": ("Strežnik",),
    "protocol": ("Protokol",),
    "server_response": ("Odgovor strežnika",),
    "port": ("Vrata", "Port"),
    "ssl": ("Varno (SSL)",),
    "server_error": ("Napaka strežnika",),
    "socket_error": ("Napaka vtičnice",),
    "error_number": ("Številka napake",),
}

YES = ("Da",)
NO = ("Ne",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Med pošiljanjem pošte je prišlo do napake. Poštni strežnik je "
     "odgovoril: {server_response}. Preverite prejemnika pošte '{recipient}' in poskusite "
     "znova."),
    ("thunderbird", "Med pošiljanjem pošte je prišlo do napake. Poštni strežnik je "
     "odgovoril: {server_response}. Preverite sporočilo in poskusite znova."),
    ("thunderbird", "Med pošiljanjem sporočila je prišlo do napake. E-poštni strežnik je "
     "odgovoril: {server_response}. Prepričajte se, da za pošiljanje uporabljate pravo "
     "identiteto in da je uporabljena metoda overjanja pravilna."),
    ("thunderbird", "Pri pošiljanju pošte je prišlo do napake : ni mogoče vzpostaviti varne "
     "povezave z odhodnim strežnikom (SMTP) {server} z uporabo STARTTLS, ker strežnik te "
     "možnosti ne podpira."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n sl @5d7cde6f).
    ("thunderbird", "Sporočila ni bilo mogoče poslati, ker je povezava z odhodnim strežnikom (SMTP) {server} potekla."),
    ("thunderbird", "Sporočila ni bilo mogoče poslati, ker je povezava z odhodnim strežnikom (SMTP) {server} spodletela."),
    ("thunderbird", "Sporočila ni bilo mogoče poslati, ker je bila povezava z odhodnim strežnikom (SMTP) {server} sredi prenosa izgubljena."),
    ("thunderbird", "Pri pošiljanju pošte je prišlo do napake: odhodni strežnik (SMTP) {server} ni znan."),
    ("thunderbird", "Odhodnega strežnika (SMTP) {server} ni mogoče overiti."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n sl @5d7cde6f).
    ("thunderbird", "Med pošiljanjem pošte je prišlo do napake. Poštni strežnik je odgovoril: {server_response} Preverite, ali je vaš e-poštni naslov v nastavitvah računa pravilen in poskusite znova."),
    ("thunderbird", "Med pošiljanjem pošte je prišlo do napake odhodnega strežnika (SMTP). Strežnik je odgovoril: {server_response}"),
    ("thunderbird", "Pri pošiljanju pošte je prišlo do napake: napaka odhodnega strežnika (SMTP). Strežnik je odgovoril: {server_response}"),
)

