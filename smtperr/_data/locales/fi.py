"""Finnish (fi)."""

LANGUAGE = "fi"
VERIFIED = False
BASIS = (
    "No real Finnish text of these messages was found (pages, code, issues and docs stores "
    "searched for the fi-fi edition of support article 65b494a4, Finnish Outlook Express / "
    "Windows Live Mail pastes and the string 'Virhenumero: 0x800CCC'). Every label below is a "
    "rendering in Microsoft's Finnish UI terminology (Aihe, Tili, Palvelin, Protokolla, "
    "Palvelimen vastaus, Portti, Suojattu, Palvelinvirhe, Socket-virhe, Virhenumero, Kyllä/Ei), "
    "recalled, not observed: hypotheses only. No opening sentences are given because none was "
    "seen."
    "  The TEMPLATES are real: Thunderbird's Finnish strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "fi/mail/chrome/messenger/messengercompose/composeMsgs.properties at commit "
    "5d7cde6f5d9237b64f7de733bb9fbb121055848a (keys errorSendingRcptCommand, "
    "errorSendingMessage, smtpSendNotAllowed, startTlsFailed; smtpSendNotAllowed and "
    "startTlsFailed up to the end of their first sentence after the reply or server name; line "
    "breaks as blanks, ASCII double quotes as ').  errorSendingRcptCommand has '. .' after the "
    "reply and no quotes around the recipient, errorSendingMessage no final period: kept."
)

LABELS = {
    "subject": ("Aihe",),
    "account": ("Tili",),
    "server": ("Palvelin",),
    "protocol": ("Protokolla",),
    "server_response": ("Palvelimen vastaus",),
    "port": ("Portti",),
    "ssl": ("Suojattu (SSL)",),
    "server_error": ("Palvelinvirhe",),
    "socket_error": ("Socket-virhe",),
    "error_number": ("Virhenumero",),
}

YES = ("Kyllä",)
NO = ("Ei",)

OPENINGS = ()

TEMPLATES = (
    # errorSendingRcptCommand
    ("thunderbird", "Postia lähetettäessä tapahtui virhe. Postipalvelin vastasi: "
     "{server_response}. . Tarkista osoite {recipient} ja yritä uudelleen."),
    # errorSendingMessage
    ("thunderbird", "Postia lähetettäessä tapahtui virhe. Postipalvelin vastasi: "
     "{server_response}. Tarkista viesti ja yritä uudelleen"),
    # smtpSendNotAllowed
    ("thunderbird", "Sähköpostia lähettäessä tapahtui virhe. Sähköpostipalvelin vastasi: "
     "{server_response}. Varmista, että käytät oikeaa käyttäjätietoa lähettämiseen, ja että "
     "käytetty todennustapa on oikea."),
    # startTlsFailed
    ("thunderbird", "Postia lähetettäessä tapahtui virhe: SMTP-palvelimeen {server} ei kyetty "
     "muodostamaan suojattua yhteyttä STARTTLS-käytännöllä, koska palvelin ei kerro tukevansa "
     "ominaisuutta."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'fi', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # SMTP_1_BAD_RECIPIENT, which ends in the recipient, is spelled to its period and, for its
    # 'because ...' variants, to their next word, so that a hard wrap inside the address does
    # not end it.  SMTP_NO_CONNECTION and the SSL sentence show the server without quotes.
    ("apple-mail", "Palvelin hylkäsi vastaanottajan {_}'{recipient}'."),
    ("apple-mail", "Palvelin hylkäsi vastaanottajan {_}'{recipient}', koska"),
    ("apple-mail", "Yhteyden muodostaminen lähtevän postin palvelimelle {server} epäonnistui"),
    ("apple-mail", "Tarkista lähtevän palvelimen '{server}' tiliasetukset"),
    ("apple-mail", "Mail ei voinut muodostaa SSL-yhteyttä palvelimen {server} oletusportteihin"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n fi @5d7cde6f).
    ("thunderbird", "Viestiä ei voitu lähettää, koska yhteys SMTP-palvelimeen {server} aikakatkaistiin."),
    ("thunderbird", "Viestiä ei voitu lähettää, koska yhteyttä lähtevän postin palvelimeen (SMTP) {server} ei onnistuttu luomaan."),
    ("thunderbird", "Viestiä ei voitu lähettää, koska yhteys SMTP-palvelimeen {server} katkesi kesken tiedonsiirron."),
    ("thunderbird", "Postia lähetettäessä tapahtui virhe: SMTP-palvelinta {server} ei tunneta."),
    ("thunderbird", "Todennus SMTP-palvelimelle {server} epäonnistui."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n fi @5d7cde6f).
    ("thunderbird", "Postia lähetettäessä tapahtui virhe. Postipalvelin vastasi: {server_response} Tarkista että sähköpostiosoitteesi on asetuksissa oikein ja yritä uudelleen."),
    ("thunderbird", "Postia lähetettäessä tapahtui virhe (SMTP). Palvelin vastasi: {server_response}"),
    ("thunderbird", "Postia lähetettäessä tapahtui SMTP-palvelinvirhe. Palvelin vastasi: {server_response}\\u0020"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Viestin lähettäminen epäonnistui, koska ylitit lähetyskiintiösi"),
)

