"""Wrapper phrases: what a sending service or client writes around the server's reply, or in
its place ("Address not found"; iOS Mail's "... was rejected by the server because it does not
allow relaying.").  They decide only when neither a phrase of the reply nor its codes do.

Rows are ``(phrase, mta or service, source key)`` by reason, in the phrase syntax of
``smtperr._data.replies``.  Literal data only.

Apple Mail (iOS, iPadOS, macOS) picks one of three sentences by the reply's enhanced status
(MFSMTPResponse: MF_SMTP_RECIPIENT_UNKNOWN, _RELAYING_NOT_ALLOWED, _INVALID_ADDRESS) and shows
it instead of the server's words.  The phrases are the part of each sentence that gives the
reason, verbatim from Apple's own localized strings (quoted whole in tests/test_apple_mail.py,
APPLE_STRINGS); an invalid address (RFC 3463 X.1.3) is an unknown user, as Sisimai reads
5.1.3.  Words that Apple writes with a no-break hyphen ("e‑mailová") are left out of the phrase.
"""

WRAPPER_PHRASES = {
    "relay_denied": (
        ("because it does not allow relaying", "apple-mail", "apple:mfsmtpresponse"),
        ("protože server nepovoluje předávání pošty", "apple-mail", "apple:mfsmtpresponse"),
        ("fordi den ikke tillader relay-forsendelser", "apple-mail", "apple:mfsmtpresponse"),
        ("da das weiterleiten nicht zulässig ist", "apple-mail", "apple:mfsmtpresponse"),
        ("porque no permite la retransmisión", "apple-mail", "apple:mfsmtpresponse"),
        ("koska se ei salli välitystä", "apple-mail", "apple:mfsmtpresponse"),
        ("car le relai n’est pas autorisé", "apple-mail", "apple:mfsmtpresponse"),
        ("perché non consente l'inoltro", "apple-mail", "apple:mfsmtpresponse"),
        ("サーバがリレーを許可していないため", "apple-mail", "apple:mfsmtpresponse"),
        ("릴레이를 허용하지 않기 때문에", "apple-mail", "apple:mfsmtpresponse"),
        ("fordi den ikke tillater reléer", "apple-mail", "apple:mfsmtpresponse"),
        ("omdat de server relaying niet toestaat", "apple-mail", "apple:mfsmtpresponse"),
        ("serwer nie obsługuje przekazywania", "apple-mail", "apple:mfsmtpresponse"),
        ("porque ele não permite retransmissão", "apple-mail", "apple:mfsmtpresponse"),
        ("так как он не разрешает ретрансляцию", "apple-mail", "apple:mfsmtpresponse"),
        ("eftersom den inte tillåter vidaresändning", "apple-mail", "apple:mfsmtpresponse"),
        ("aktarmaya izin vermediği için", "apple-mail", "apple:mfsmtpresponse"),
        ("因为它不允许中继", "apple-mail", "apple:mfsmtpresponse"),
        ("因為其不允許傳送", "apple-mail", "apple:mfsmtpresponse"),
    ),
    "user_unknown": (
        ("because the address couldn't be found", "gmail", "gmail:dsn"),
        # Apple Mail: the user is unknown ...
        ("because the user is unknown", "apple-mail", "apple:mfsmtpresponse"),
        ("protože tento uživatel je neznámý", "apple-mail", "apple:mfsmtpresponse"),
        ("fordi brugeren er ukendt", "apple-mail", "apple:mfsmtpresponse"),
        ("da der:die benutzer:in unbekannt ist", "apple-mail", "apple:mfsmtpresponse"),
        ("porque se trata de un usuario desconocido", "apple-mail", "apple:mfsmtpresponse"),
        ("koska käyttäjä on tuntematon", "apple-mail", "apple:mfsmtpresponse"),
        ("car l’utilisateur est inconnu", "apple-mail", "apple:mfsmtpresponse"),
        ("perché l'utente è sconosciuto", "apple-mail", "apple:mfsmtpresponse"),
        ("ユーザが不明なため", "apple-mail", "apple:mfsmtpresponse"),
        ("사용자를 알 수 없기 때문에", "apple-mail", "apple:mfsmtpresponse"),
        ("fordi brukeren er ukjent", "apple-mail", "apple:mfsmtpresponse"),
        ("omdat de gebruiker onbekend is", "apple-mail", "apple:mfsmtpresponse"),
        ("przez serwer; nieznany użytkownik", "apple-mail", "apple:mfsmtpresponse"),
        ("porque o usuário é desconhecido", "apple-mail", "apple:mfsmtpresponse"),
        ("так как пользователь неизвестен", "apple-mail", "apple:mfsmtpresponse"),
        ("eftersom användaren är okänd", "apple-mail", "apple:mfsmtpresponse"),
        ("kullanıcı bilinmediği için", "apple-mail", "apple:mfsmtpresponse"),
        ("因为是未知用户", "apple-mail", "apple:mfsmtpresponse"),
        ("因為是未知的使用者", "apple-mail", "apple:mfsmtpresponse"),
        # ... or the address is not a valid one.
        ("because it is not a valid email address", "apple-mail", "apple:mfsmtpresponse"),
        ("protože toto není platná", "apple-mail", "apple:mfsmtpresponse"),
        ("fordi det ikke er en gyldig", "apple-mail", "apple:mfsmtpresponse"),
        ("da dies keine gültige", "apple-mail", "apple:mfsmtpresponse"),
        ("porque se trata de una dirección de correo no válida", "apple-mail", "apple:mfsmtpresponse"),
        ("koska se ei ole kelvollinen sähköpostiosoite", "apple-mail", "apple:mfsmtpresponse"),
        ("car cette adresse e-mail n’est pas valide", "apple-mail", "apple:mfsmtpresponse"),
        ("perché l'indirizzo e-mail non è valido", "apple-mail", "apple:mfsmtpresponse"),
        ("メールアドレスが有効ではないため", "apple-mail", "apple:mfsmtpresponse"),
        ("유효한 이메일 주소가 아니기 때문에", "apple-mail", "apple:mfsmtpresponse"),
        ("fordi den ikke er en gyldig", "apple-mail", "apple:mfsmtpresponse"),
        ("omdat dit geen geldig e-mailadres is", "apple-mail", "apple:mfsmtpresponse"),
        ("przez serwer; adres email nieprawidłowy", "apple-mail", "apple:mfsmtpresponse"),
        ("porque não é um endereço de e-mail válido", "apple-mail", "apple:mfsmtpresponse"),
        ("так как он не является действительным адресом e-mail", "apple-mail", "apple:mfsmtpresponse"),
        ("eftersom den inte är en giltig e-postadress", "apple-mail", "apple:mfsmtpresponse"),
        ("geçerli bir e-posta adresi olmadığı için", "apple-mail", "apple:mfsmtpresponse"),
        ("因为它不是有效的电子邮件地址", "apple-mail", "apple:mfsmtpresponse"),
        ("因為其電子郵件地址無效", "apple-mail", "apple:mfsmtpresponse"),
    ),
    "mailbox_full": (
        # Vodafone Japan / SoftBank's report: "the destination's server mailbox is full".
        ("サーバーメールボックスが一杯で", "softbank", "sisimai-set:err-make-test-11"),
    ),
    "host_unknown": (
        ("because the domain …couldn't be found", "gmail", "gmail:dsn-domain"),
    ),
}
