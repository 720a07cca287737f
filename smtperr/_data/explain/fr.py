"""French (fr) explanations of client errors: relay denial only.  Literal data only."""

LANGUAGE = "fr"
COMPLETE = False
BASIS = (
    "Only relay denial, the one reason for which a real French translation of Microsoft's "
    "article was found: the diagnosis (the three configurations and 'Ce problème affecte tous "
    "les clients de messagerie...') and the first resolution sentences of the French KB 290842 "
    "('OL2002 : Message d'erreur de blocage de relais SMTP lorsque vous envoyez des messages', "
    "support.microsoft.com/kb/290842/fr; tests/corpus_pending/relay/fr.json), quoted verbatim "
    "and marked 'ms:kb290842'.  The 0x800CCC79 sentence is the client's own French message "
    "('ms:client', same article).  The headings and the phase sentences are the project's own "
    "wording ('own').  Other reasons fall back to English."
)

LABELS = {
    "what_failed": "Ce qui a échoué",
    "server_reply": "Réponse du serveur",
    "reason": "Cause",
    "evidence": "Décidé par",
    "causes": "Cause probable",
    "fixes": "Que faire",
    "waiting": "Renvoyer plus tard aidera-t-il ?",
    "yes": "Oui.",
    "no": "Non : il faut d'abord changer quelque chose.",
    "maybe": "Peut-être : cela dépend de la cause.",
    "recipient": "destinataire",
    "error_number": "numéro d'erreur",
    "socket_error": "erreur de socket",
}

PHASES = {
    "RCPT": ("Le serveur a refusé un destinataire (RCPT TO).", "own"),
    "": ("Le serveur a refusé le message.", "own"),
}

NUMBERS = {
    "0x800CCC79": ("Impossible d'envoyer le message car l'un des destinataires a été refusé "
                   "par le serveur.", "ms:client"),
}

REASONS = {
    "relay_denied": {
        "title": ("Relais refusé : le serveur ne transmettra pas le message", "own"),
        "cause": (
            ("Ce problème peut se produire si vous utilisez l'une des configurations "
             "suivantes :\n"
             "  • Vous avez ouvert une session sur un réseau local qui dispose d'une passerelle "
             "Internet et vous essayez d'envoyer des messages via une passerelle SMTP de votre "
             "fournisseur de services Internet.\n"
             "  • Vous êtes connecté à un fournisseur de services Internet et vous essayez "
             "d'envoyer des messages via la passerelle SMTP d'un autre fournisseur de services "
             "Internet.\n"
             "  • Vous utilisez un modem câblé ou ADSL pour utiliser un autre fournisseur de "
             "services Internet et vous essayez d'envoyer des messages.", "ms:kb290842"),
            ("Ce problème affecte tous les clients de messagerie, indépendamment du fabricant.",
             "ms:kb290842"),
        ),
        "fix": (
            ("Pour résoudre ce problème, contactez votre fournisseur de services Internet pour "
             "lui demander de l'assistance. Le client de messagerie n'est pas à l'origine du "
             "problème.", "ms:kb290842"),
        ),
    },
}
