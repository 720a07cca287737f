"""French (fr)."""

LANGUAGE = "fr"
VERIFIED = True
BASIS = (
    "Microsoft KB 290842 in French (support.microsoft.com/kb/290842/fr, 'OL2002 : Message "
    "d'erreur de blocage de relais SMTP'; tests/corpus/fr); the newer machine translation of "
    "support article 65b494a4-0a15-433e-829f-e73651e0245e (fr-fr: 'Réponse au serveur', "
    "'Erreur de serveur', 'Secure (SSL)', English field tail in its second example); the "
    "Outlook 2019 0x800CCC92 wording quoted on fr.ittrip.xyz; Thunderbird fr strings from "
    "thunderbird/thunderbird-l10n fr/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties (file id 39690153065).  French puts a space before every colon "
    "and the newer translation quotes values with « »."
    "  Not found: a French 'Socket Error' label, the Windows Live Mail 'Error ID' label, a "
    "real user paste; 'Oui' is the French word for yes, not seen in a sample."
)

LABELS = {
    "subject": ("Objet",),
    "account": ("Compte",),
    "server": ("Serveur",),
    "protocol": ("Protocole",),
    "server_response": ("Réponse du serveur", "Réponse au serveur"),
    "port": ("Port", "port"),
    "ssl": ("Sécurisé (SSL)", "Secure (SSL)"),
    "server_error": ("Erreur du serveur", "Erreur de serveur"),
    "error_number": ("Numéro d'erreur",),
}

YES = ("Oui",)
NO = ("Non",)

OPENINGS = (
    ("0x800CCC79", "Impossible d'envoyer le message car l'un des destinataires a été refusé "
     "par le serveur. L'adresse de messagerie refusée était {recipient}."),
    ("0x800CCC79", "Le message n'a pas pu être envoyé, car l'un des destinataires a été rejeté "
     "par le serveur. L'adresse de courrier refusée a été {recipient}."),
    ("0x800CCC79", "Le message n'a pas pu être envoyé, car l'un des destinataires a été rejeté "
     "par le serveur. L'adresse de courrier refusée était {recipient}."),
    ("0x800CCC92", "Votre serveur de courrier a refusé votre connexion"),
)

TEMPLATES = (
    # Exchange Online / Microsoft 365 report, user part (a French test fixture whose text
    # "relevée en base" keeps the real wording, tests/corpus/fr/exchange-ndr-fixture-nonremise).
    ("exchange-ndr", "Échec de la remise pour ces destinataires ou groupes : {recipient} Nous n’avons "
     "pas trouvé l’adresse de courrier que vous avez entrée."),
    # Outlook's own non-delivery report (Exchange 2019, MAPI), pasted on Microsoft Q&A 2242315
    # (tests/corpus/fr/outlook-ndr-msqa-sendas-2242315): the "Votre message n'a pas pu ..."
    # heading is not in the paste; the error is Outlook's hex triple, not a server reply.
    # "-0x0" after the number keeps the slot to the triple's first part ("-" alone is
    # optional in a literal and would match before the number).
    ("exchange-ndr", "Objet : {subject} Date : {_} Impossible de contacter le(s) destinataire(s) "
     "suivant(s) : {recipient} le {...} Informations de diagnostic pour les administrateurs : "
     "L’erreur est [{error_number}-0x0{_}]"),
    ("thunderbird", "Une erreur est survenue lors de l'envoi de l'e-mail. Le serveur de "
     "courrier a répondu : {server_response}. Veuillez vérifier l'adresse du destinataire "
     "{recipient} et essayer à nouveau."),
    ("thunderbird", "Une erreur est survenue lors de l'envoi de l'e-mail. Le serveur a "
     "répondu : {server_response}. Veuillez vérifier le message et essayer à nouveau."),
    ("thunderbird", "Une erreur s'est produite lors de l'envoi de l'e-mail. Le serveur de "
     "messagerie a répondu : {server_response}. Veuillez vérifier que vous utilisez une "
     "identité correcte à envoyer"),
    ("thunderbird", "Une erreur est survenue lors de l'envoi de l'e-mail : impossible "
     "d'établir un lien sécurisé avec le serveur SMTP « {server} » en utilisant « STARTTLS » "
     "puisqu'il ne propose pas cette fonctionnalité."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'fr', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "Le destinataire {_}'{recipient}' a été rejeté par le serveur"),
    ("apple-mail", "La connexion au serveur d’envoi '{server}' a échoué"),
    ("apple-mail", "Vérifiez les réglages de compte pour le serveur d’envoi '{server}'"),
    ("apple-mail", "Mail n’a pas pu se connecter au serveur '{server}' via SSL sur les ports par défaut"),
    # Canadian French (Apple's locale 'fr_CA', same dump) where it differs from 'fr':
    ("apple-mail", "Mail n’a pas pu se connecter au serveur '{server}' par l’entremise du protocole SSL sur les ports par défaut"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n fr @5d7cde6f).
    ("thunderbird", "Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) '{server}' a expiré."),
    ("thunderbird", "Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) '{server}' a échoué."),
    ("thunderbird", "Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) '{server}' a été perdue pendant la transaction."),
    ("thunderbird", "Une erreur est survenue lors de l’envoi de l’e-mail : le serveur sortant (SMTP) '{server}' est inconnu."),
    ("thunderbird", "Impossible de s’authentifier sur le serveur sortant (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n fr @5d7cde6f).
    ("thunderbird", "Une erreur est survenue lors de l’envoi de l’e-mail. Le serveur e-mail a répondu : {server_response} Veuillez vérifier que votre adresse e-mail dans les paramètres du compte est correcte et essayer à nouveau."),
    ("thunderbird", "Une erreur de serveur sortant (SMTP) est survenue lors de l’envoi de l’e-mail. Le serveur a répondu : {server_response}"),
    ("thunderbird", "Une erreur est survenue lors de l’envoi de l’e-mail : erreur du serveur SMTP. Le serveur a répondu : {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/fr/ndr-google-groups).
    ("ndr", "le groupe que vous avez essayé de contacter ({_}) n'existe pas ou que vous ne soyez pas autorisé à lui envoyer des messages."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "L’envoi du message a échoué car vous avez dépassé votre limite d’envoi"),
    ("apple-mail", "L’envoi du message a échoué, car vous avez dépassé votre limite d’envoi"),
)

SERVER_PHRASES = {
    "relay_denied": ("Relais refusé",),
}
