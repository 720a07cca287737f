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
)

SERVER_PHRASES = {
    "relay_denied": (
        "Retransmissão Negada",
        "este domínio não consta na minha lista de rcpthosts autorizados",
    ),
}
