"""Portuguese, Brazil (pt-BR)."""

LANGUAGE = "pt-BR"
VERIFIED = True
BASIS = (
    "Office Online help HA010080002 in pt-br (office.microsoft.com, 'Recebo um erro 550, 553 "
    "ou de retransmissão proibida ao enviar emails'; both examples, tests/corpus/pt-BR: the "
    "SSL label is spelled out 'Secure Sockets Layer (SSL)', 'Número do Erro', 'Retransmissão "
    "Negada'); Thunderbird pt-BR strings from thunderbird/thunderbird-l10n pt-BR/mail/chrome/"
    "messenger/messengercompose/composeMsgs.properties (file id 43468475676).  Not found: a "
    "pt-BR 'Socket Error' label, the Windows Live Mail 'Error ID' label, a real user paste; "
    "'Sim' is the Portuguese word for yes (seen in the pt-PT Windows Live Mail paste)."
)

LABELS = {
    "subject": ("Assunto",),
    "account": ("Conta",),
    "server": ("Servidor",),
    "protocol": ("Protocolo",),
    "server_response": ("Resposta do Servidor",),
    "port": ("Porta",),
    "ssl": ("Secure Sockets Layer (SSL)",),
    "server_error": ("Erro do Servidor",),
    "error_number": ("Número do Erro",),
}

YES = ("Sim",)
NO = ("Não",)

OPENINGS = (
    ("0x800CCC79", "A mensagem não pôde ser enviada porque um de seus destinatários foi "
     "recusado pelo servidor. O endereço de email recusado era {recipient}."),
)

TEMPLATES = (
    ("thunderbird", "Ocorreu um erro ao enviar email. O servidor de email respondeu: "
     "{server_response}. Verifique o destinatário da mensagem '{recipient}' e tente "
     "novamente."),
    ("thunderbird", "Ocorreu um erro ao enviar mensagens. Resposta do servidor: "
     "{server_response}. Verifique a mensagem e tente novamente."),
    ("thunderbird", "Ocorreu um erro ao enviar email. O servidor de email respondeu: "
     "{server_response}. Garanta estar usando a identidade certa para enviar"),
    ("thunderbird", "Ocorreu um erro ao enviar mensagem: não foi possível estabelecer uma "
     "conexão segura com o servidor de envio (SMTP) {server} usando STARTTLS, uma vez que ele "
     "não anuncia esta funcionalidade."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'pt', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    ("apple-mail", "O destinatário {_}'{recipient}' foi rejeitado pelo servidor"),
    ("apple-mail", "A conexão ao servidor de saída '{server}' falhou"),
    ("apple-mail", "Verifique os ajustes de conta do servidor de saída '{server}'"),
    ("apple-mail", "O Mail não pôde conectar-se ao servidor '{server}' usando SSL nas portas padrão"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n pt-BR @5d7cde6f).
    ("thunderbird", "A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) {server} expirou."),
    ("thunderbird", "A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) {server} falhou."),
    ("thunderbird", "A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) {server} foi perdida no meio da transação."),
    ("thunderbird", "Ocorreu um erro ao enviar mensagem: O servidor de envio (SMTP) {server} não é conhecido."),
    ("thunderbird", "Não foi possível autenticar no servidor de envio (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n pt-BR @5d7cde6f).
    ("thunderbird", "Ocorreu um erro ao enviar a mensagem. O servidor de email respondeu: {server_response} Verifique se seu endereço de email está correto nas configurações da conta e tente novamente."),
    ("thunderbird", "Ocorreu um erro no servido de envio (SMTP) ao enviar email. O servidor respondeu: {server_response}"),
    ("thunderbird", "Ocorreu um erro ao enviar email: Erro no servidor de saída (SMTP). O servidor respondeu: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "O envio da mensagem falhou porque você ultrapassou o seu limite de envio"),
)

SERVER_PHRASES = {
    "relay_denied": (
        "Retransmissão Negada",
        "este domínio não consta na minha lista de rcpthosts autorizados",
    ),
}
