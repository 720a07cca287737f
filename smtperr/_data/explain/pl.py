"""Polish (pl) explanations of client errors.  Literal data only."""

LANGUAGE = "pl"
COMPLETE = True
BASIS = (
    "Relay denial: the diagnosis (the three configurations, 'To zachowanie ma wpływ na "
    "wszystkich klientów...') and the first resolution paragraph are quoted verbatim from the "
    "Polish edition of Microsoft KB 290842 ('Podczas wysyłania wiadomości pojawia się komunikat "
    "o błędzie informujący o blokowaniu przekazywania protokołu SMTP', support.microsoft.com/"
    "pl-pl/help/290842; tests/corpus_pending/relay/pl.json) and marked 'ms:kb290842'.  No real "
    "Polish translation was found of the rest (the reply-address configuration of KB 214402, "
    "the static-IP paragraph, authenticated or secure SMTP, the provider's own server, the "
    "denial that comes and goes, the MSN account-address case): those texts, every other "
    "reason, the phases and the error numbers are the project's own Polish wording ('own'), "
    "not a Microsoft quote.  The 0x800CCC79 sentence is the client's own Polish message "
    "('ms:client', the same KB article)."
)

LABELS = {
    "what_failed": "Co się nie udało",
    "server_reply": "Odpowiedź serwera",
    "reason": "Przyczyna",
    "evidence": "Rozstrzygnęło",
    "causes": "Prawdopodobna przyczyna",
    "fixes": "Co zrobić",
    "waiting": "Czy pomoże ponowne wysłanie później?",
    "yes": "Tak.",
    "no": "Nie: najpierw trzeba coś zmienić.",
    "maybe": "Być może: zależy to od przyczyny.",
    "recipient": "adresat",
    "error_number": "numer błędu",
    "socket_error": "błąd gniazda",
}

PHASES = {
    "CONN": ("Nie udało się połączyć z serwerem.", "own"),
    "EHLO": ("Serwer odrzucił powitanie klienta (EHLO/HELO).", "own"),
    "HELO": ("Serwer odrzucił powitanie klienta (EHLO/HELO).", "own"),
    "STARTTLS": ("Nie udało się włączyć szyfrowania (STARTTLS).", "own"),
    "AUTH": ("Nie udało się zalogować na serwerze.", "own"),
    "MAIL": ("Serwer odrzucił nadawcę (MAIL FROM).", "own"),
    "RCPT": ("Serwer odrzucił adresata (RCPT TO).", "own"),
    "DATA": ("Serwer odrzucił wiadomość po jej odebraniu (DATA).", "own"),
    "": ("Serwer odrzucił wiadomość.", "own"),
}

NUMBERS = {
    "0x800CCC79": ("Nie można wysłać wiadomości, ponieważ jeden z adresatów został odrzucony "
                   "przez serwer.", "ms:client"),
    "0x800CCC78": ("Nie można wysłać wiadomości, ponieważ serwer odrzucił adres nadawcy.",
                   "own"),
    "0x800CCC0D": ("Nie można odnaleźć serwera (jego nazwy nie udało się przetłumaczyć na "
                   "adres).", "own"),
    "0x800CCC0E": ("Nie udało się połączyć z serwerem.", "own"),
    "0x800CCC0F": ("Połączenie z serwerem zostało przerwane.", "own"),
    "0x800CCC15": ("Nie udało się otworzyć połączenia sieciowego (gniazda) z serwerem.",
                   "own"),
    "0x800CCC19": ("Serwer nie odpowiedział w wyznaczonym czasie.", "own"),
    "0x800CCC18": ("Logowanie na serwerze nie powiodło się (bezpieczne uwierzytelnianie "
                   "hasła).", "own"),
    "0x800CCC90": ("Serwer poczty przychodzącej (POP3) odrzucił logowanie.", "own"),
    "0x800CCC91": ("Serwer poczty przychodzącej (POP3) odrzucił nazwę użytkownika.", "own"),
    "0x800CCC92": ("Serwer poczty przychodzącej (POP3) odrzucił hasło.", "own"),
    "0x800CCC1A": ("Nie udało się nawiązać bezpiecznego połączenia (SSL) z serwerem.", "own"),
    "0x800CCC7D": ("Serwer poczty wychodzącej (SMTP) nie obsługuje bezpiecznego połączenia "
                   "(STARTTLS), którego wymagają ustawienia konta.", "own"),
    "0x800CCC80": ("Klient i serwer poczty wychodzącej (SMTP) nie mają wspólnej metody "
                   "uwierzytelniania.", "own"),
    "0x800CCC6A": ("Serwer zgłosił błąd podczas przetwarzania wiadomości (451).", "own"),
    "0x800CCC6C": ("Na serwerze zabrakło miejsca na wiadomość (452).", "own"),
    "0x800CCC6D": ("Wiadomość przekracza miejsce, na które pozwala serwer (552).", "own"),
    "0x80042108": ("Program Outlook nie może połączyć się z serwerem poczty przychodzącej "
                   "(POP3).", "own"),
    "0x80042109": ("Program Outlook nie może połączyć się z serwerem poczty wychodzącej "
                   "(SMTP).", "own"),
    "0x8004210A": ("Upłynął limit czasu oczekiwania na odpowiedź serwera poczty przychodzącej "
                   "(POP).", "own"),
    "0x8004210B": ("Upłynął limit czasu oczekiwania na odpowiedź serwera poczty wychodzącej "
                   "(SMTP).", "own"),
}

REASONS = {
    "relay_denied": {
        "title": ("Odmowa przekazywania: serwer nie przekaże wiadomości dalej", "own"),
        "cause": (
            ("Takie zachowanie może pojawić się wtedy, gdy występuje jedna z następujących "
             "konfiguracji:\n"
             "  • Użytkownik jest zalogowany do sieci lokalnej, która ma bramę internetową i "
             "próbuje wysyłać wiadomości przez bramę SMTP usługodawcy internetowego.\n"
             "  • Użytkownik jest zalogowany do usługodawcy internetowego i próbuje wysyłać "
             "wiadomości przez bramę SMTP innego usługodawcy.\n"
             "  • Użytkownik korzysta z modemu kablowego lub łącza ADSL, aby uzyskać dostęp do "
             "innego usługodawcy internetowego i próbuje wysyłać wiadomości.", "ms:kb290842"),
            ("Adres zwrotny we właściwościach konta pocztowego różni się od adresu u "
             "usługodawcy internetowego.", "own"),
            ("To zachowanie ma wpływ na wszystkich klientów obsługi wiadomości, niezależnie od "
             "producenta.", "ms:kb290842"),
            ("Niektórzy dostawcy (na przykład MSN) odmawiają przekazywania także wtedy, gdy "
             "adres e-mail w ustawieniach konta nie zgadza się z kontem u tego dostawcy.",
             "own"),
            ("Jeśli błąd raz się pojawia, a raz nie, serwer nie mógł w danej chwili sprawdzić "
             "domeny adresata; wiadomość zwykle wychodzi później sama, bez żadnych zmian.",
             "own"),
        ),
        "fix": (
            ("Aby rozwiązać ten problem i uzyskać pomoc, należy skontaktować się z "
             "usługodawcą internetowym, ponieważ klient poczty e-mail nie powoduje takiego "
             "zachowania. Z punktu widzenia klienta obsługi wiadomości nie ma rozwiązań dla "
             "użytkowników, którzy korzystają z usługodawcy internetowego blokującego ruch "
             "związany z przekazywaniem protokołu SMTP.", "ms:kb290842"),
            ("Rozwiązanie leży po stronie serwera: jeśli dostawca to umożliwia, włącz "
             "uwierzytelnianie serwera poczty wychodzącej („Serwer wychodzący (SMTP) wymaga "
             "uwierzytelnienia”) albo użyj bezpiecznego SMTP dostawcy (SSL/TLS, zwykle port "
             "465 lub 587).", "own"),
            ("Albo wysyłaj przez serwer poczty wychodzącej (SMTP) dostawcy, przez którego "
             "łączysz się z Internetem.", "own"),
            ("Oprogramowanie bram poczty SMTP zwykle pozwala na przekazywanie dla określonych "
             "adresów IP: dostawca modemu kablowego lub łącza ADSL musi przydzielić stały adres "
             "IP, a dostawca poczty zezwoli na przekazywanie z tego adresu (albo z całej puli "
             "adresów, co pomaga firmom łączącym się przez sieć lokalną).", "own"),
            ("Ustaw w koncie adres e-mail konta, które masz u tego dostawcy.", "own"),
        ),
    },
    "user_unknown": {
        "title": ("Nieznany adresat", "own"),
        "cause": (("Adres adresata nie istnieje na serwerze odbiorcy: literówka albo skrzynka "
                   "została usunięta.", "own"),),
        "fix": (("Sprawdź adres litera po literze, także część po znaku @, albo zapytaj "
                 "adresata o aktualny adres.", "own"),),
    },
    "mailbox_full": {
        "title": ("Skrzynka adresata jest pełna", "own"),
        "cause": (("Skrzynka adresata przekroczyła przydzielone miejsce.", "own"),),
        "fix": (("Wyślij ponownie później albo powiadom adresata inną drogą, aby zwolnił "
                 "miejsce.", "own"),),
    },
    "sender_rejected": {
        "title": ("Nadawca odrzucony", "own"),
        "cause": (("Serwer odrzucił adres nadawcy (MAIL FROM): adres nie istnieje, nie wolno mu "
                   "wysyłać przez ten serwer albo jest zablokowany.", "own"),),
        "fix": (("Sprawdź adres e-mail w ustawieniach konta: wysyłaj z adresu konta, na które "
                 "się logujesz.", "own"),),
    },
    "blocked": {
        "title": ("Serwer nadawcy zablokowany", "own"),
        "cause": (("Serwer odbiorcy nie przyjmuje poczty z adresu IP lub hosta nadawcy (czarna "
                   "lista, brak lub błędna nazwa hosta, dynamiczna pula adresów IP).", "own"),),
        "fix": (("Wysyłaj przez serwer poczty wychodzącej swojego dostawcy; jeśli to on jest na "
                 "liście, poproś dostawcę lub odbiorcę o usunięcie go z listy.", "own"),),
    },
    "auth_required": {
        "title": ("Wymagane uwierzytelnienie", "own"),
        "cause": (("Serwer wymaga zalogowania lub ustawienia zabezpieczeń, którego klient nie "
                   "użył.", "own"),),
        "fix": (("Włącz opcję „Serwer wychodzący (SMTP) wymaga uwierzytelnienia” i sprawdź "
                 "ustawienia szyfrowania (SSL/TLS) i portu.", "own"),),
    },
    "spam_detected": {
        "title": ("Uznana za spam", "own"),
        "cause": (("Filtr antyspamowy serwera odbiorcy uznał wiadomość za spam.", "own"),),
        "fix": (("Usuń podejrzane łącza, załączniki lub sformułowania i wyślij ponownie; "
                 "poproś adresata o dopuszczenie twojego adresu.", "own"),),
    },
    "policy_violation": {
        "title": ("Odrzucona przez reguły odbiorcy", "own"),
        "cause": (("Reguła serwera odbiorcy odrzuciła wiadomość (typy załączników, nadawcy "
                   "spoza organizacji, członkostwo w liście, ...).", "own"),),
        "fix": (("Odczytaj regułę z odpowiedzi serwera i zapytaj administratora adresata.",
                 "own"),),
    },
    "host_unknown": {
        "title": ("Nieznana domena adresata", "own"),
        "cause": (("Domena adresata (część po @) nie istnieje albo nie ma serwera poczty.",
                   "own"),),
        "fix": (("Sprawdź, czy w części adresu po @ nie ma literówki.", "own"),),
    },
    "network_error": {
        "title": ("Problem z siecią lub DNS", "own"),
        "cause": (("Problem z DNS, trasowaniem lub siecią między serwerami.", "own"),),
        "fix": (("Zwykle przejściowy: wyślij ponownie później; jeśli się powtarza, zgłoś to "
                 "dostawcy poczty.", "own"),),
    },
    "system_error": {
        "title": ("Błąd serwera", "own"),
        "cause": (("Serwer odbiorcy miał błąd wewnętrzny albo jest źle skonfigurowany.",
                   "own"),),
        "fix": (("Wyślij ponownie później; jeśli się powtarza, administrator odbiorcy musi "
                 "naprawić serwer.", "own"),),
    },
    "system_full": {
        "title": ("Brak miejsca na serwerze", "own"),
        "cause": (("Na serwerze odbiorcy zabrakło miejsca.", "own"),),
        "fix": (("Wyślij ponownie później.", "own"),),
    },
    "syntax_error": {
        "title": ("Polecenie niezrozumiałe dla serwera", "own"),
        "cause": (("Serwer nie zrozumiał polecenia wysłanego przez klienta: błędne ustawienie "
                   "klienta lub serwera.", "own"),),
        "fix": (("Sprawdź ustawienia konta (nazwy serwerów, porty, uwierzytelnianie) albo "
                 "zaktualizuj program pocztowy.", "own"),),
    },
    "content_error": {
        "title": ("Format wiadomości odrzucony", "own"),
        "cause": (("Nagłówki lub treść wiadomości są błędne albo niedozwolone na serwerze "
                   "odbiorcy.", "own"),),
        "fix": (("Wyślij wiadomość ponownie w prostym formacie, bez nietypowego kodowania i "
                 "załączników.", "own"),),
    },
    "message_too_big": {
        "title": ("Wiadomość jest za duża", "own"),
        "cause": (("Wiadomość jest większa, niż przyjmuje serwer odbiorcy.", "own"),),
        "fix": (("Wyślij mniejsze załączniki albo udostępnij duże pliki przez łącze.", "own"),),
    },
    "limit_exceeded": {
        "title": ("Przekroczony limit adresata", "own"),
        "cause": (("Przekroczono limit rozmiaru lub liczby u adresata.", "own"),),
        "fix": (("Wyślij mniejszą wiadomość albo do mniejszej liczby adresatów naraz.",
                 "own"),),
    },
    "expired": {
        "title": ("Doręczanie przerwane po czasie", "own"),
        "cause": (("Serwer nadawcy nie zdołał doręczyć wiadomości, zanim upłynął czas ponawiania "
                   "prób.", "own"),),
        "fix": (("Sprawdź adres i domenę adresata, a potem wyślij ponownie później.", "own"),),
    },
    "mailbox_suspended": {
        "title": ("Konto adresata wyłączone", "own"),
        "cause": (("Konto adresata jest wyłączone lub zawieszone.", "own"),),
        "fix": (("Skontaktuj się z adresatem inną drogą: adres może nie być już używany.",
                 "own"),),
    },
    "mailbox_moved": {
        "title": ("Adresat zmienił adres", "own"),
        "cause": (("Skrzynka adresata została przeniesiona bez adresu do przekazywania.",
                   "own"),),
        "fix": (("Zapytaj adresata o nowy adres.", "own"),),
    },
    "not_accepting": {
        "title": ("Domena nie przyjmuje poczty", "own"),
        "cause": (("Domena adresata w ogóle nie przyjmuje poczty e-mail.", "own"),),
        "fix": (("Sprawdź domenę albo skontaktuj się z adresatem inną drogą.", "own"),),
    },
    "ptr_required": {
        "title": ("Serwer nadawcy bez odwrotnego DNS", "own"),
        "cause": (("Adres IP serwera nadawcy nie ma poprawnej nazwy w odwrotnym DNS (rekord "
                   "PTR).", "own"),),
        "fix": (("Wysyłaj przez serwer poczty wychodzącej swojego dostawcy; administrator "
                 "serwera musi ustawić rekord PTR.", "own"),),
    },
    "bad_reputation": {
        "title": ("Zbyt niska reputacja nadawcy", "own"),
        "cause": (("Adres IP lub domena nadawcy ma złą reputację u odbiorcy.", "own"),),
        "fix": (("Wysyłaj przez serwer poczty wychodzącej swojego dostawcy; administrator "
                 "serwera nadawcy musi odbudować jego reputację.", "own"),),
    },
    "sender_auth_failed": {
        "title": ("Domena nadawcy nie przeszła SPF, DKIM lub DMARC", "own"),
        "cause": (("Kontrole domeny nadawcy (SPF, DKIM lub DMARC) nie powiodły się.", "own"),),
        "fix": (("Wysyłaj przez serwer, który twoja domena dopuszcza; administrator domeny musi "
                 "poprawić rekordy SPF, DKIM i DMARC.", "own"),),
    },
    "virus_detected": {
        "title": ("Wykryto wirusa", "own"),
        "cause": (("Skaner antywirusowy odrzucił wiadomość.", "own"),),
        "fix": (("Przeskanuj załączniki, usuń zainfekowane pliki i wyślij ponownie.", "own"),),
    },
    "mailer_error": {
        "title": ("Błąd programu doręczającego", "own"),
        "cause": (("Program doręczający pocztę po stronie odbiorcy (filtr lub program skrzynki) "
                   "zakończył się błędem.", "own"),),
        "fix": (("Powiadom adresata lub jego administratora i wyślij ponownie później.",
                 "own"),),
    },
    "too_many_connections": {
        "title": ("Zbyt wiele połączeń lub adresatów", "own"),
        "cause": (("Zbyt wiele połączeń lub adresatów naraz dla serwera odbiorcy.", "own"),),
        "fix": (("Wysyłaj do mniejszej liczby adresatów naraz i spróbuj ponownie później.",
                 "own"),),
    },
    "rate_limited": {
        "title": ("Zbyt szybkie wysyłanie", "own"),
        "cause": (("Poczta jest wysyłana szybciej, niż pozwala serwer.", "own"),),
        "fix": (("Zwolnij i wyślij ponownie później.", "own"),),
    },
    "not_rfc_compliant": {
        "title": ("Nieprawidłowy format wiadomości", "own"),
        "cause": (("Wiadomość nie jest zgodna z formatem wiadomości internetowych (RFC 5322), "
                   "na przykład brakuje nagłówka albo się powtarza.", "own"),),
        "fix": (("Wyślij ponownie z aktualnego programu pocztowego; program lub usługa, która "
                 "utworzyła wiadomość, wymaga poprawki.", "own"),),
    },
    "filtered": {
        "title": ("Odrzucona po stronie adresata", "own"),
        "cause": (("Strona odbiorcy odrzuciła wiadomość po jej wysłaniu (filtrowanie u adresata "
                   "lub sprawdzenie adresu po DATA).", "own"),),
        "fix": (("Sprawdź adres; jeśli jest poprawny, zapytaj adresata, czy filtruje twoją "
                 "pocztę.", "own"),),
    },
    "starttls_failed": {
        "title": ("Szyfrowanie (STARTTLS) nie powiodło się", "own"),
        "cause": (("Szyfrowane połączenie (STARTTLS) było wymagane albo nie dało się go "
                   "rozpocząć.", "own"),),
        "fix": (("Sprawdź ustawienie szyfrowania: STARTTLS/TLS na porcie 587 albo SSL na porcie "
                 "465, zgodnie z zaleceniem dostawcy.", "own"),),
    },
    "suppressed": {
        "title": ("Adres wstrzymany przez usługę wysyłającą", "own"),
        "cause": (("Adres jest na liście wstrzymanych adresów usługi wysyłającej (wcześniejsze "
                   "zwroty lub skargi).", "own"),),
        "fix": (("Sprawdź adres, a potem poproś usługę wysyłającą o usunięcie go z listy.",
                 "own"),),
    },
    "connection_failed": {
        "title": ("Nie można połączyć się z serwerem", "own"),
        "cause": (("Klient nie mógł połączyć się z serwerem: błędna nazwa serwera lub port, "
                   "brak sieci, zapora lub program antywirusowy albo dostawca blokuje port.",
                   "own"),),
        "fix": (("Sprawdź nazwę serwera i port, połączenie sieciowe oraz zaporę lub program "
                 "antywirusowy; dla poczty wychodzącej spróbuj portu 587.", "own"),),
    },
    "connection_lost": {
        "title": ("Połączenie przerwane", "own"),
        "cause": (("Połączenie zostało zamknięte przed końcem przesyłania: problem serwera lub "
                   "sieci, zapora lub program antywirusowy albo długa bezczynność.", "own"),),
        "fix": (("Wyślij ponownie; jeśli się powtarza, sprawdź zaporę lub program antywirusowy "
                 "oraz ustawienia portu i szyfrowania.", "own"),),
    },
    "timeout": {
        "title": ("Serwer nie odpowiedział na czas", "own"),
        "cause": (("Serwer nie odpowiedział w wyznaczonym czasie.", "own"),),
        "fix": (("Wydłuż limit czasu serwera w ustawieniach konta i spróbuj ponownie; sprawdź "
                 "sieć.", "own"),),
    },
    "login_failed": {
        "title": ("Logowanie odrzucone", "own"),
        "cause": (("Serwer odrzucił nazwę użytkownika lub hasło.", "own"),),
        "fix": (("Wpisz ponownie nazwę użytkownika (często pełny adres e-mail) i hasło; "
                 "sprawdź, czy dostawca nie wymaga hasła do aplikacji.", "own"),),
    },
    "tls_failed": {
        "title": ("Bezpieczne połączenie nie powiodło się", "own"),
        "cause": (("Nie udało się nawiązać bezpiecznego połączenia (SSL/TLS).", "own"),),
        "fix": (("Sprawdź port i rodzaj szyfrowania podane przez dostawcę dla serwera.",
                 "own"),),
    },
    "auth_unsupported": {
        "title": ("Brak wspólnej metody logowania", "own"),
        "cause": (("Klient i serwer nie mają wspólnej metody uwierzytelniania.", "own"),),
        "fix": (("Zmień ustawienie uwierzytelniania (na przykład wyłącz bezpieczne "
                 "uwierzytelnianie hasła, SPA).", "own"),),
    },
    "on_hold": {
        "title": ("Przyczyna niejasna", "own"),
        "cause": (("Odpowiedź serwera nie mówi jasno, dlaczego wiadomość została odrzucona.",
                   "own"),),
        "fix": (("Przeczytaj całą odpowiedź serwera i zapytaj o nią dostawcę poczty.",
                 "own"),),
    },
    "undefined": {
        "title": ("Nie znaleziono przyczyny", "own"),
        "cause": (("W tekście nie znaleziono przyczyny.", "own"),),
        "fix": (("Skopiuj cały komunikat o błędzie, z odpowiedzią serwera i numerem błędu.",
                 "own"),),
    },
}
