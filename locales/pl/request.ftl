# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Czego dotyczy wniosek
request-field-name = Imię i nazwisko
request-field-email = Adres e-mail
request-field-postal_address = Adres pocztowy (opcjonalnie)
request-field-states = Kraj lub kraje, których organ zajmował się Państwa sprawą
request-field-authority = Organ, jeżeli jest Państwu znany (opcjonalnie)
request-field-imi_reference = Numer referencyjny w IMI, jeżeli jest Państwu znany (opcjonalnie)
request-field-period_from = Okres, którego dotyczy wniosek – od (opcjonalnie)
request-field-period_to = Okres, którego dotyczy wniosek – do (opcjonalnie)
request-field-description = Treść wniosku
request-field-reply_language = Język odpowiedzi
request-field-declaration = Oświadczenie

request-kind-access = Dostęp do moich danych w IMI
request-kind-correction = Sprostowanie danych nieprawidłowych lub niekompletnych
request-kind-deletion = Usunięcie danych przetwarzanych niezgodnie z prawem
request-kind-contest-blocked = Zakwestionowanie prawidłowości lub zgodności z prawem zablokowanych danych
request-state-unknown = Nie wiem
request-declaration-text = Oświadczam, że podane przeze mnie informacje są prawdziwe i że wniosek dotyczy moich własnych danych osobowych.

request-error-required = Ta informacja jest wymagana.
request-error-too-long = Tekst jest za długi.
request-error-invalid-characters = Tekst zawiera znaki, których nie można przyjąć.
request-error-invalid-kind = Prosimy wybrać jeden z rodzajów wniosku.
request-error-invalid-email = Prosimy wpisać adres e-mail w formacie name@example.eu.
request-error-invalid-state = Prosimy wybrać kraje z listy.
request-error-duplicate-state = Prosimy wybrać każdy kraj tylko raz.
request-error-unknown-with-states = Prosimy wybrać „Nie wiem” albo jeden lub więcej krajów, ale nie jedno i drugie.
request-error-invalid-language = Prosimy wybrać jeden z 24 języków urzędowych.
request-error-invalid-date = Prosimy wpisać prawidłową datę, na przykład 2024-03-31.
request-error-future-date = Data nie może być datą przyszłą.
request-error-period-order = Koniec okresu nie może przypadać przed jego początkiem.
request-error-declaration-required = Prosimy potwierdzić oświadczenie, aby wysłać wniosek.

request-error-title = Błąd: wniosek nie został wysłany
request-error-summary = Wystąpił problem
request-send = Wyślij wniosek
request-sent-title = Otrzymaliśmy Państwa wniosek
request-reference = Numer referencyjny wniosku
request-follow-up-code = Kod do sprawdzania statusu wniosku
request-keep-code = Prosimy od razu zachować ten kod: jest wyświetlany tylko raz i nikt nie może go Państwu ponownie przesłać. Będzie on potrzebny do sprawdzania statusu wniosku.
request-received = Data otrzymania: { $date }.
request-due = Orientacyjna data udzielenia odpowiedzi: { $date }.
request-due-basis-correction = Sprostowanie i usunięcie danych: najpóźniej w ciągu 30 dni od otrzymania wniosku przez odpowiedzialnego uczestnika IMI (art. 19 ust. 1 rozporządzenia (UE) nr 1024/2012).
request-due-basis-access = Dostęp i zakwestionowanie zablokowanych danych: zgodnie z prawem krajowym. Ogólne rozporządzenie o ochronie danych przewiduje termin miesiąca od otrzymania żądania, który w razie potrzeby można przedłużyć o kolejne dwa miesiące (art. 12 ust. 3 rozporządzenia (UE) 2016/679).
request-due-note = Termin biegnie od otrzymania wniosku przez odpowiedzialnego uczestnika IMI, co może nastąpić później niż w dniu, w którym wniosek otrzymał ten portal, a prawo krajowe może przewidywać inne zasady: powyższa data ma zatem jedynie charakter orientacyjny.
request-next = Odpowiedzialny organ udzieli odpowiedzi na podany przez Państwa adres e-mail. Jeżeli odpowiedź Państwa nie zadowala, mogą Państwo wnieść skargę do organu nadzorczego kraju, którego organ przetwarzał Państwa dane, lub – jeżeli przetwarzała je Komisja Europejska lub inny organ Unii – do Europejskiego Inspektora Ochrony Danych.
request-unavailable = Nie udało się przyjąć wniosku i nic nie zostało zapisane. Prosimy spróbować ponownie później.
request-too-many = Z Państwa połączenia wysłano zbyt wiele żądań. Prosimy odczekać kilka minut i spróbować ponownie.

request-status-title = Status wniosku
request-status-code = Kod do sprawdzania statusu
request-status-check = Sprawdź status
request-status-not-found = Ten kod nie odpowiada żadnemu wnioskowi. Prosimy sprawdzić kod i spróbować ponownie.
request-status-received = Otrzymany
request-status-acknowledged = Otrzymanie potwierdzone przez organ
request-status-answered = Udzielono odpowiedzi
request-status-closed = Zamknięty
request-status-rejected = Odrzucony
request-status-line = Status: { $status }.

# Hints shown under the form's fields.
request-hint-email = Organ wykorzysta go wyłącznie do udzielenia Państwu odpowiedzi.
request-hint-states = Prosimy wybrać każdy kraj, którego organ wymieniał informacje na Państwa temat za pośrednictwem IMI. Jeżeli nie wiedzą Państwo, prosimy wybrać „Nie wiem”.
request-hint-imi_reference = Jeżeli w piśmie od organu podano numer referencyjny w IMI, prosimy go tu skopiować.
request-hint-period = Na przykład 2024-03-31.
request-hint-description = Prosimy wskazać, których danych lub której wymiany informacji dotyczy wniosek, a w przypadku sprostowania – co jest nieprawidłowe, a co prawidłowe.
request-status-hint = Kod do sprawdzania statusu wniosku otrzymany przy wysyłaniu wniosku, na przykład K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgia
request-state-BG = Bułgaria
request-state-CZ = Czechy
request-state-DK = Dania
request-state-DE = Niemcy
request-state-EE = Estonia
request-state-IE = Irlandia
request-state-EL = Grecja
request-state-ES = Hiszpania
request-state-FR = Francja
request-state-HR = Chorwacja
request-state-IT = Włochy
request-state-CY = Cypr
request-state-LV = Łotwa
request-state-LT = Litwa
request-state-LU = Luksemburg
request-state-HU = Węgry
request-state-MT = Malta
request-state-NL = Niderlandy
request-state-AT = Austria
request-state-PL = Polska
request-state-PT = Portugalia
request-state-RO = Rumunia
request-state-SI = Słowenia
request-state-SK = Słowacja
request-state-FI = Finlandia
request-state-SE = Szwecja
request-state-IS = Islandia
request-state-LI = Liechtenstein
request-state-NO = Norwegia
request-states-eu = Państwa członkowskie UE
request-states-eea = Państwa EOG

# Plain-words explanation under each kind of request.
request-kind-access-hint = Mogą Państwo zapytać, czy IMI zawiera Państwa dane osobowe, a jeżeli tak – otrzymać ich kopię.
request-kind-correction-hint = Mogą Państwo zwrócić się o sprostowanie dotyczących Państwa danych, które są nieprawidłowe lub niekompletne.
request-kind-deletion-hint = Mogą Państwo zwrócić się o usunięcie dotyczących Państwa danych, które były przetwarzane niezgodnie z prawem.
request-kind-contest-blocked-hint = Mogą Państwo zakwestionować prawidłowość lub zgodność z prawem dotyczących Państwa danych, które zostały zablokowane w IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Rodzaj wniosku
request-step-about-you = Informacje o Państwu
request-step-exchange = Wymiana informacji
request-step-details = Treść wniosku
request-step-check = Prosimy sprawdzić odpowiedzi przed wysłaniem wniosku
request-step-progress = Krok { $step } z { $total }
request-continue = Dalej
request-back = Wstecz
request-change = Zmień
request-not-given = Nie podano
request-declaration-given = Potwierdzone
request-sending = Wysyłanie wniosku…
request-error-prefix = Błąd: { $title }
request-follow-up-link = Sprawdź status wniosku
request-complain-link = Organy nadzorcze i sposób wnoszenia skargi
