"""Polish (pl)."""

LANGUAGE = "pl"
VERIFIED = True
BASIS = (
    "Polish edition of Microsoft KB 290842 (support.microsoft.com/pl-pl/help/290842, pages "
    "corpus; tests/corpus/pl): this is where the project's Polish seed text comes from "
    "(addresses osoba@microsoft.com / smtp.microsoft.com).  Every label below is read off that "
    "text.  Not found in any corpus: a Polish 'Socket Error' label, the Windows Live Mail / "
    "Windows Mail 'Error ID' label, the YES word as shown ('Tak' is the Polish word, not seen "
    "in a sample), openings other than 0x800CCC79, and any Polish forum paste of these "
    "messages.  TEMPLATES are Thunderbird's Polish strings, verbatim from "
    "thunderbird/thunderbird-l10n "
    "pl/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 43776802167; "
    "keys errorSendingRcptCommand, errorSendingMessage, smtpSendNotAllowed, startTlsFailed; "
    "current wording, older Thunderbird releases may differ).  The outlook-task TEMPLATES come "
    "from the Polish edition of KB 935400 (support.microsoft.com/pl-pl/help/935400, pages "
    "corpus; tests/corpus/pl/outlook-task-kb935400): 'Zadanie „...” zgłosiło błąd (0x...): ...'. "
    "No Polish forum paste of a task error was found, nor the Polish form of 'The server "
    "responded:' inside one."
)

LABELS = {
    "subject": ("Temat",),
    "account": ("Konto",),
    "server": ("Serwer",),
    "protocol": ("Protokół",),
    "server_response": ("Odpowiedź serwera",),
    "port": ("Port",),
    "ssl": ("Zabezpieczenia (SSL)",),
    "server_error": ("Błąd serwera",),
    "error_number": ("Numer błędu",),
}

YES = ("Tak",)
NO = ("Nie",)

OPENINGS = (
    ("0x800CCC79", "Nie można wysłać wiadomości, ponieważ jeden z adresatów został odrzucony "
     "przez serwer. Odrzucony adres e-mail to: {recipient}."),
)

TEMPLATES = (
    # Outlook's task error, from the Polish edition of KB 935400 (support.microsoft.com/pl-pl/
    # help/935400; tests/corpus/pl/outlook-task-kb935400): the task name in „...”, an em dash
    # between the account and the task, a colon without a blank after the error number and
    # the quoted text without quote marks.  Outlook itself writes " - " between account and
    # task (every English paste and KB); the second row takes that spelling of the same
    # sentence.  The last row is the same frame for any task name (Wysyłanie, Odbieranie, ...).
    ("outlook-task", "Zadanie '{account} — Wysyłanie i odbieranie' zgłosiło błąd ({error_number}): "
     "'{server_response}'"),
    ("outlook-task", "Zadanie '{account} - Wysyłanie i odbieranie' zgłosiło błąd ({error_number}): "
     "'{server_response}'"),
    ("outlook-task", "Zadanie '{_}' zgłosiło błąd ({error_number}): '{server_response}'"),
    ("thunderbird", "Wystąpił błąd podczas wysyłania wiadomości. Odpowiedź serwera: "
     "{server_response}. Sprawdź adresata wiadomości ({recipient}), a następnie ponów próbę."),
    ("thunderbird", "Wystąpił błąd podczas wysyłania wiadomości. Odpowiedź serwera: "
     "{server_response}. Proszę sprawdzić wiadomość i spróbować ponownie."),
    ("thunderbird", "Wystąpił błąd podczas wysyłania wiadomości. Odpowiedź serwera: "
     "{server_response}. Upewnij się, że do wysyłania używana jest poprawna tożsamość i "
     "metoda uwierzytelniania."),
    ("thunderbird", "Wystąpił błąd podczas wysyłania wiadomości: nie udało się nawiązać "
     "bezpiecznego połączenia z serwerem '{server}' poczty wychodzącej (SMTP) przy użyciu "
     "STARTTLS, jako że nie ogłasza on jego stosowania."),
    # Apple Mail (iOS / iPadOS Mail and macOS Mail): Apple's own strings for this language,
    # locale 'pl', as dumped in kishikawakatsumi/applelocalization-tools@176cb3f (Jan 2022;
    # data/ios/Message.framework.json, table Delayed.strings, and
    # data/macos/MailCore.framework.json, table MailCore.strings), in order SMTP_1_BAD_RECIPIENT
    # (the recipient refused at RCPT TO; its 'because ...' variants MF_SMTP_RECIPIENT_* keep
    # this sentence), SMTP_NO_CONNECTION (its first sentence), FAILED_SEND and
    # SSLConnectionFailureFormatDefaultPorts (its first sentence).  No real paste of these
    # alerts in this language was found: tests/test_apple_mail.py builds them from the
    # strings (the English rows and their sources are in en.py).
    # SMTP_NO_CONNECTION ends at the server's closing quote and period: the second sentence
    # follows on the same line.
    ("apple-mail", "Odbiorca {_}'{recipient}' został odrzucony przez serwer"),
    ("apple-mail", "Błąd połączenia z serwerem poczty wychodzącej '{server}'."),
    ("apple-mail", "Sprawdź ustawienia konta dla serwera poczty wychodzącej '{server}'"),
    ("apple-mail", "Aplikacja Mail nie mogła połączyć się z serwerem '{server}' przy użyciu SSL na domyślnych portach"),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n pl @5d7cde6f).
    ("thunderbird", "Wysyłanie wiadomości się nie powiodło, ponieważ upłynął limit czasu połączenia z serwerem {server} poczty wychodzącej (SMTP)."),
    ("thunderbird", "Wysyłanie wiadomości się nie powiodło, ponieważ nie udało się połączyć z serwerem '{server}' poczty wychodzącej (SMTP)."),
    ("thunderbird", "Wysyłanie wiadomości się nie powiodło, ponieważ połączenie z serwerem '{server}' poczty wychodzącej (SMTP) zostało przerwane w trakcie transakcji."),
    ("thunderbird", "Wystąpił błąd podczas wysyłania wiadomości: serwer '{server}' poczty wychodzącej (SMTP) jest nieznany."),
    ("thunderbird", "Wystąpił błąd podczas wysyłania wiadomości: nie udało się uwierzytelnić z serwerem '{server}' poczty wychodzącej (SMTP)."),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n pl @5d7cde6f).
    ("thunderbird", "Wystąpił błąd podczas wysyłania wiadomości. Odpowiedź serwera poczty: {server_response} Proszę zweryfikować poprawność adresu e-mail w konfiguracji kont i spróbować ponownie."),
    ("thunderbird", "Wystąpił błąd serwera poczty wychodzącej (SMTP). Odpowiedź serwera: {server_response}"),
    ("thunderbird", "Wystąpił błąd podczas wysyłania wiadomości: błąd serwera poczty wychodzącej (SMTP). Odpowiedź serwera: {server_response}"),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Wysyłanie wiadomości nie powiodło się z powodu przekroczenia limitu wysyłki"),
)

SERVER_PHRASES = {
    "relay_denied": ("Odmowa przekazywania",),
}
