"""Spanish (es)."""

LANGUAGE = "es"
VERIFIED = True
BASIS = (
    "Microsoft support article 65b494a4-0a15-433e-829f-e73651e0245e in es-es "
    "(support.microsoft.com; both examples, tests/corpus/es: 'Seguro (SSL)' and "
    "'Seguro(SSL)', 'Retransmisión denegada'); Thunderbird es-ES strings from "
    "thunderbird/thunderbird-l10n es-ES/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties (file id 43553661231).  Not found: a Spanish 'Socket Error' "
    "label, the Windows Live Mail 'Error ID' label, a real Outlook Express paste, openings "
    "other than 0x800CCC79; 'Sí' is the Spanish word for yes, not seen in a sample."
)

LABELS = {
    "subject": ("Asunto",),
    "account": ("Cuenta",),
    "server": ("Servidor",),
    "protocol": ("Protocolo",),
    "server_response": ("Respuesta del servidor",),
    "port": ("Puerto",),
    "ssl": ("Seguro (SSL)", "Seguro(SSL)"),
    "server_error": ("Error del servidor",),
    "error_number": ("Número de error",),
}

YES = ("Sí",)
NO = ("No",)

OPENINGS = (
    ("0x800CCC79", "El mensaje no se pudo enviar porque el servidor rechazó uno de los "
     "destinatarios. La dirección de correo electrónico rechazada era {recipient}."),
)

TEMPLATES = (
    # Outlook's local non-delivery report (pastebin paste, tests/corpus/es/hx-102-ndr).
    ("exchange-ndr", "Algunos de los destinatarios no recibieron su mensaje. Asunto: {subject} "
     "Enviado el: {_} No se puede localizar a los destinatarios siguientes: '{recipient}' en {_} "
     "Error del servidor: '{server_response}'"),
    ("thunderbird", "Ha ocurrido un error al enviar el mensaje. El servidor de correo "
     "respondió: {server_response}. Verifique el destinatario '{recipient}' y vuelva a "
     "intentarlo."),
    ("thunderbird", "Ocurrió un error al enviar el correo. El servidor de correo respondió: "
     "{server_response}. Compruebe el mensaje y vuelva a intentarlo."),
    ("thunderbird", "Ha ocurrido un error al enviar el mensaje. El servidor de correo ha "
     "respondido: {server_response}. Asegúrese de que está usando la identidad correcta para "
     "el envío"),
    ("thunderbird", "Ha ocurrido un error al enviar el mensaje: no es posible establecer un "
     "enlace seguro con el servidor de salida (SMTP) {server} usando STARTTLS ya que no "
     "anuncia ese mecanismo."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'es', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # SMTP_NO_CONNECTION ends at the server's closing quote and period: the second sentence
    # follows on the same line.  SMTP_1_BAD_RECIPIENT, which ends in the recipient, is spelled
    # to its period and, for its 'because ...' variants, to their next word, so that a hard
    # wrap inside the address does not end it.
    ("apple-mail", "El servidor ha rechazado al destinatario {_}'{recipient}'."),
    ("apple-mail", "El servidor ha rechazado al destinatario {_}'{recipient}' porque"),
    ("apple-mail", "Error al conectar con el servidor saliente '{server}'."),
    ("apple-mail", "Comprueba los ajustes de la cuenta del servidor saliente '{server}'"),
    ("apple-mail", "Mail no ha podido conectarse al servidor '{server}' mediante SSL a través de los puertos por omisión"),
    # Latin American Spanish (Apple's locale 'es_419', same dump) where it differs from 'es':
    ("apple-mail", "El servidor rechazó al destinatario {_}'{recipient}'."),
    ("apple-mail", "El servidor rechazó al destinatario {_}'{recipient}' porque"),
    ("apple-mail", "Verifica la configuración de la cuenta del servidor saliente '{server}'"),
    ("apple-mail", "Mail no pudo conectarse al servidor '{server}' mediante SSL a través de los puertos predeterminados"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n es-ES @5d7cde6f).
    ("thunderbird", "El mensaje no se ha podido enviar porque ha caducado la conexión al servidor de salida (SMTP) {server}"),
    ("thunderbird", "El mensaje no se ha podido enviar porque ha fallado la conexión al servidor de salida (SMTP) {server}"),
    ("thunderbird", "El mensaje no se ha podido enviar porque la conexión al servidor de salida (SMTP) {server} se perdió en mitad de la transacción."),
    ("thunderbird", "Ha ocurrido un error al enviar el mensaje: el servidor de salida (SMTP) {server} es desconocido."),
    ("thunderbird", "No se puede identificar al servidor de salida (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n es-ES @5d7cde6f).
    ("thunderbird", "Ocurrió un error mientras se enviaba el correo. El servidor de correo respondió: {server_response} Verifique que su dirección de correo electrónico es correcta en las preferencias de su cuenta y vuelva a intentarlo."),
    ("thunderbird", "Ocurrió un error en el servidor de salida (SMTP) al enviar el correo. El servidor respondió: {server_response}"),
    ("thunderbird", "Ha sucedido un error al enviar el correo: error en el servidor de salida (SMTP). El servidor respondió: {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/es/ndr-google-groups).
    ("ndr", "el grupo con el que has intentado ponerte en contacto ({_}) quizás no exista o bien no tienes los permisos necesarios para publicar mensajes en él."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Se ha producido un error al enviar el mensaje porque has excedido el límite de envío"),
    ("apple-mail", "Se presentó un error al enviar el mensaje porque excedió el límite de envío"),
)

SERVER_PHRASES = {
    "relay_denied": (
        "Retransmisión denegada",
        "lo sentimos, ese dominio no está en mi lista de rcpthosts permitidos",
    ),
}
