"""Portuguese, Portugal (pt-PT)."""

LANGUAGE = "pt-PT"
VERIFIED = True
BASIS = (
    "Microsoft support article 65b494a4-0a15-433e-829f-e73651e0245e in pt-pt "
    "(support.microsoft.com; tests/corpus/pt-PT), the older Office Online help HA001112833 "
    "for Outlook 2003 (office.microsoft.com/pt-pt; tests/corpus/pt-PT; its 'Número do Error' "
    "is a typo in the doc), and a real Windows Live Mail paste in a GitHub issue "
    "(github.com/root-io/vmail/issues/63: one field per line, 'ID de Erro do Windows Live "
    "Mail', 'Erro de Servidor', 'Secure(SSL): Sim'); Thunderbird pt-PT strings from "
    "thunderbird/thunderbird-l10n pt-PT/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties (file id 44060440922).  Not found: a pt-PT 'Socket Error' label."
)

LABELS = {
    "subject": ("Assunto",),
    "account": ("Conta",),
    "server": ("Servidor",),
    "protocol": ("Protocolo",),
    "server_response": ("Resposta do Servidor",),
    "port": ("Porta",),
    "ssl": ("Secure (SSL)", "Secure(SSL)"),
    "server_error": ("Erro do Servidor", "Erro de Servidor"),
    "error_number": ("Número de Erro", "Número do Erro", "Número do Error"),
    "wlm_error_id": ("ID de Erro do Windows Live Mail",),
}

YES = ("Sim",)
NO = ("Não",)

OPENINGS = (
    ("0x800CCC79", "Não foi possível enviar a mensagem porque um dos destinatários foi "
     "rejeitado pelo servidor. O endereço de e-mail rejeitado era {recipient}."),
    ("0x800CCC79", "A mensagem não pode ser enviada porque um dos destinatários foi rejeitado "
     "pelo servidor. O endereço de correio electrónico rejeitado foi {recipient}."),
    ("0x800CCC79", "Não foi possível enviar a mensagem. A definição do seu servidor [SMTP] de "
     "envio de correio eletrónico pode ter de ser configurado. Para localizar as definições "
     "de servidor para {address}, contacte o seu fornecedor de serviços de correio "
     "eletrónico."),
)

TEMPLATES = (
    ("thunderbird", "Ocorreu um erro ao enviar o correio. O servidor de correio respondeu: "
     "{server_response}. Verifique o destinatário da mensagem '{recipient}' e tente "
     "novamente."),
    ("thunderbird", "Ocorreu um erro ao enviar o correio. O servidor respondeu: "
     "{server_response}. Por favor verifique a mensagem e tente novamente."),
    ("thunderbird", "Ocorreu um erro ao enviar correio. O servidor de correio respondeu: "
     "{server_response}. Por favor assegure-se de que está a utilizar a identidade correta "
     "para enviar"),
    ("thunderbird", "Ocorreu um erro ao enviar o correio: não foi possível estabelecer uma "
     "ligação segura com o servidor de envio (SMTP) {server} usando STARTTLS, uma vez que ele "
     "não anuncia esta funcionalidade."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n pt-PT @5d7cde6f).
    ("thunderbird", "A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) {server} expirou."),
    ("thunderbird", "A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) {server} falhou."),
    ("thunderbird", "A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) {server} foi perdida no meio da transação."),
    ("thunderbird", "Ocorreu um erro ao enviar o correio. O servidor de envio (SMTP) {server} não é conhecido."),
    ("thunderbird", "Não foi possível efetuar a autenticação no servidor de envio (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n pt-PT @5d7cde6f).
    ("thunderbird", "Ocorreu um erro ao enviar o correio. O servidor respondeu: {server_response} Por favor verifique se o seu endereço eletrónico está correto nas definições da conta e tente novamente."),
    ("thunderbird", "Ocorreu um erro (SMTP) ao enviar o correio. O servidor respondeu: {server_response}"),
    ("thunderbird", "Ocorreu um erro ao enviar o correio: erro do servidor (SMTP). O servidor respondeu: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "O envio da mensagem falhou, porque excedeu o limite de envio"),
)

SERVER_PHRASES = {
    "relay_denied": (
        "Reencaminhamento Recusado",
        "Reencaminhamento Negado",
        "este domínio não faz parte da minha lista de anfitriões rcpt",
        "esse domínio não está na minha lista de rcpthosts permitidos",
    ),
}
