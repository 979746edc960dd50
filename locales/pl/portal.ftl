# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portal przejrzystości systemu IMI
site-subtitle = System wymiany informacji na rynku wewnętrznym
skip-link = Przejdź do treści głównej
nav-label = Menu główne
language-label = Język
language-list-label = Wybór języka
breadcrumb-label = Ścieżka nawigacyjna
home = Strona główna
toc-label = Na tej stronie

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Ta strona nie jest jeszcze dostępna w języku polskim. Wyświetlana jest w języku angielskim.
fallback-versions = Ta strona jest dostępna w następujących językach:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Ten tekst został przetłumaczony maszynowo i nie został sprawdzony przez tłumacza. W razie wątpliwości rozstrzygająca jest wersja angielska.
machine-translation-original = Wersja angielska

section-pages =
    { $count ->
        [one] Ta sekcja zawiera { $count } stronę.
        [few] Ta sekcja zawiera { $count } strony.
        [many] Ta sekcja zawiera { $count } stron.
       *[other] Ta sekcja zawiera { $count } strony.
    }

footer-purpose = Na tym portalu publikowane są informacje o systemie wymiany informacji na rynku wewnętrznym (IMI), które zgodnie z art. 18 ust. 2 rozporządzenia (UE) nr 1024/2012 Komisja Europejska ma obowiązek udostępnić w łatwo dostępnej formie.
footer-privacy = Ta witryna nie zapisuje plików cookie, niczego nie przechowuje w przeglądarce użytkownika i niczego nie pobiera z innych witryn.
footer-feed = Aktualizacje (kanał Atom)
feed-title = Portal przejrzystości systemu IMI: aktualizacje
feed-author = Komisja Europejska

choose-language = Prosimy wybrać język

not-found-title = Nie znaleziono strony
not-found-text = Pod tym adresem nie ma żadnej strony. Jeżeli adres został wpisany ręcznie, prosimy sprawdzić, czy nie zawiera błędów; jeżeli użyto linku, strona mogła zostać przeniesiona.
not-found-home = Przejdź do strony głównej

acts-caption = Akty prawne dotyczące systemu IMI
act-column-act = Akt
act-column-date = Przyjęcie
act-column-oj = Dziennik Urzędowy
act-column-status = Status
act-status-in-force = Obowiązuje
act-status-repealed = Uchylony
act-status-pending = Wniosek
act-unverified = Do sprawdzenia w Dzienniku Urzędowym Unii Europejskiej

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Ten tekst skonsolidowany służy wyłącznie celom dokumentacyjnym i nie ma mocy prawnej. Autentyczne wersje aktów to wersje opublikowane w Dzienniku Urzędowym Unii Europejskiej.
annex-current-version = Wersja obowiązująca, stosowana od { $date }.
annex-version-title = Załącznik w brzmieniu stosowanym od { $date }
annex-version-description = Załącznik do rozporządzenia (UE) nr 1024/2012 w brzmieniu stosowanym od { $date }, ze zmianami wprowadzonymi w tym dniu.
annex-timeline-title = Historia załącznika
annex-timeline-description = Wszystkie wersje załącznika do rozporządzenia (UE) nr 1024/2012 od { $date } wraz ze zmianami wprowadzonymi w każdej z nich.
annex-amended-by = Zmienione przez
annex-column-act = Akt
annex-column-oj-number = Dziennik Urzędowy nr
annex-column-page = Strona
annex-column-date = Data
annex-original = Tekst pierwotny
annex-original-version = Jest to załącznik w pierwotnie opublikowanym brzmieniu.
annex-changes-title = Zmiany w stosunku do poprzedniej wersji
annex-previous = Poprzednia wersja: { $date }
annex-next = Następna wersja: { $date }
annex-versions-nav = Wersje załącznika
annex-view-current = Przeczytaj wersję obowiązującą
annex-view-timeline = Wszystkie wersje i wprowadzone zmiany
annex-op-insert = Punkt { $point } dodany aktem { $act }
annex-op-replace = Punkt { $point } zastąpiony aktem { $act }
annex-op-replace-provisions = Przepisy wymienione w pkt { $point } zastąpione aktem { $act }
annex-op-delete = Punkt { $point } skreślony aktem { $act }
annex-change-inserted = Dodano pkt { $point }
annex-change-deleted = Skreślono pkt { $point }
annex-change-changed = Zmieniono pkt { $point }
annex-inserted-text = dodany tekst:
annex-deleted-text = skreślony tekst:
annex-unverified = Brzmienie tego punktu wymaga sprawdzenia w Dzienniku Urzędowym Unii Europejskiej.
annex-point-fallback = Ten punkt nie jest dostępny w języku polskim.
annex-marker = Ostatnio zmienione aktem { $m }
annex-feed-title = Załącznik do rozporządzenia w sprawie IMI: zmiany
annex-feed-link = Zmiany w załączniku (kanał Atom)
annex-data-link = Wszystkie wersje jako otwarte dane (JSON)
annex-upcoming-version = Stosowana od { $date }, jeszcze nie obowiązuje.
annex-upcoming-notice = Opublikowano nową wersję załącznika. Będzie ona stosowana od { $date }; do tego czasu obowiązuje wersja przedstawiona poniżej.
annex-view-upcoming = Przeczytaj wersję stosowaną od { $date }
annex-superseded = Ta wersja nie jest już stosowana: następna wersja jest stosowana od { $date }.
annex-point-deleted = Skreślony.
annex-note = Uwaga:
annex-status-upcoming = Jeszcze nie obowiązuje

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Państwo
states-column-authority = Krajowy organ nadzorczy
states-column-website = Strona internetowa
states-authority-unverified = Do sprawdzenia
states-authorities-caption = Krajowe organy nadzorcze
exceptions-caption = Wyjątki i ograniczenia zgłoszone na podstawie art. 20
exceptions-column-published = Wyjątki i ograniczenia
exceptions-none = Nie opublikowano żadnych
exceptions-national-report = Sprawozdanie organu krajowego na temat przekazanych informacji

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Jak przepływają informacje
procedure-pattern-one-to-one = Między dwoma organami
procedure-pattern-one-to-many = Od jednego organu do wielu
procedure-pattern-repository = Przechowywane do wglądu dla innych organów
procedure-examples = Przykłady
procedure-data = Przetwarzane dane osobowe
procedure-access = Kto może je przeglądać
procedure-retention = Jak długo są przechowywane
procedure-acts = Akty prawne
procedure-source = Źródła

# Views of the acts table: filters by type, status and year.
acts-view-title = Akty dotyczące systemu IMI: { $filter }
acts-filter-label = Filtrowanie aktów
acts-filter-all = Wszystkie akty
acts-filter-type = Według rodzaju
acts-filter-status = Według statusu
acts-filter-year = Według roku przyjęcia
acts-kind-regulation = Rozporządzenia
acts-kind-directive = Dyrektywy
acts-kind-decision = Decyzje
acts-kind-implementing-regulation = Rozporządzenia wykonawcze
acts-kind-implementing-decision = Decyzje wykonawcze
acts-kind-recommendation = Zalecenia
acts-kind-proposal = Wnioski
acts-count =
    { $count ->
        [one] { $count } akt, od najnowszego do najstarszego.
        [few] { $count } akty, od najnowszego do najstarszego.
        [many] { $count } aktów, od najnowszego do najstarszego.
       *[other] { $count } aktu, od najnowszego do najstarszego.
    }

# What's new: the kind of each entry.
news-kind-act = Akt prawny
news-kind-annex = Skonsolidowany załącznik

# Shown on every page with the date of its last substantive change.
updated-label = Ostatnia aktualizacja

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Przeszukaj ten portal
search-button = Szukaj
search-searching = Wyszukiwanie…
search-count = Wyniki dla „{ $terms }”: { $count }
search-none = Brak stron pasujących do zapytania „{ $terms }”. Prosimy spróbować innych słów lub skorzystać z poniższego indeksu od A do Z.
search-unavailable = Wyszukiwanie jest obecnie niedostępne. Prosimy skorzystać z poniższego indeksu od A do Z.
search-more = Pokaż więcej wyników
search-az-title = Wszystkie strony od A do Z
search-az-letters = Litery

# The page of facts still to be verified.
unverified-title = Fakty wymagające jeszcze sprawdzenia
unverified-description = Wszystkie podane na tym portalu fakty, które nie zostały jeszcze potwierdzone w publicznym źródle, oraz informacja, co pozostaje do sprawdzenia.
unverified-intro = Portal oznacza fakt jako sprawdzony dopiero wtedy, gdy został on odczytany w publicznym źródle, które portal przytacza. Poniższe fakty nie zostały jeszcze w ten sposób potwierdzone; przy każdym z nich wskazano, co pozostaje do sprawdzenia. Wykaz jest generowany na podstawie danych portalu, dlatego skraca się w miarę sprawdzania kolejnych faktów.
unverified-count = Fakty wymagające jeszcze sprawdzenia: { $count }
unverified-area-annex = Skonsolidowany załącznik
unverified-area-acts = Akty dotyczące systemu IMI
unverified-area-states = Państwa członkowskie i organy nadzorcze
unverified-area-procedures = Procedury
unverified-column-fact = Fakt
unverified-column-check = Co pozostaje do sprawdzenia
unverified-none = Wszystkie fakty w tej części zostały sprawdzone.
unverified-link = Fakty wymagające jeszcze sprawdzenia

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Wnioski otrzymane za pośrednictwem tego portalu
stats-description = Ile wniosków o dostęp, sprostowanie i usunięcie danych otrzymał ten portal, w podziale według miesiąca, państwa, rodzaju i wyniku.
stats-intro = Liczby te pochodzą z usługi, która przyjmuje wnioski wysyłane za pomocą formularza tego portalu. Nie zawierają one danych osobowych: niczego bardziej szczegółowego niż miesiąc ani żadnej liczby mniejszej niż { $threshold }.
stats-in-time-note = „Udzielono odpowiedzi w terminie” oznacza, że odpowiedzi udzielono do orientacyjnej daty podanej wnioskodawcy: 30 dni od otrzymania w przypadku sprostowania i usunięcia danych, jeden miesiąc w przypadku dostępu i zakwestionowania zablokowanych danych.
stats-generated = Stan na dzień { $date }.
stats-suppressed = Liczby mniejsze niż { $threshold } nie są wyświetlane, aby nie można było nikogo zidentyfikować; sumy obejmują wyłącznie wyświetlone liczby.
stats-none = Żadna liczba nie jest jeszcze wystarczająco duża, aby ją wyświetlić.
stats-chart-title = Wnioski według miesiąca i wyniku
stats-chart-desc = Jeden słupek na miesiąc, podzielony według wyniku. Te same liczby podano w tabeli poniżej.
stats-by-month = Według miesiąca
stats-by-state = Według państwa
stats-by-kind = Według rodzaju wniosku
stats-column-month = Miesiąc
stats-column-state = Państwo
stats-column-kind = Rodzaj wniosku
stats-column-total = Ogółem
stats-outcome-answered-in-time = Udzielono odpowiedzi w terminie
stats-outcome-answered-late = Udzielono odpowiedzi po terminie
stats-outcome-rejected = Odrzucony
stats-outcome-open = W toku
stats-data-link = Te statystyki jako otwarte dane (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Dziennik audytu usługi przyjmowania wniosków
audit-description = Podpisane punkty kontrolne dziennika audytu usługi przyjmowania wniosków oraz sposób sprawdzenia, czy dziennik nie został od tego czasu przepisany.
audit-intro = Usługa, która przyjmuje wnioski wysyłane za pomocą formularza tego portalu, rejestruje każdy otrzymany wniosek i każdą czynność swoich operatorów w dzienniku audytu, w którym skrót kryptograficzny każdego wpisu obejmuje również wpis poprzedni. Co pewien czas najnowszy wpis dziennika jest podpisywany kluczem przechowywanym offline i publikowany w tym miejscu. Każdy, kto później zbada dziennik, na przykład organ nadzorczy, może wówczas wykazać, że nadal zawiera on te wpisy w niezmienionej postaci.
audit-public-key = Klucz publiczny podpisów
audit-checkpoints = Punkty kontrolne, od najnowszego
audit-column-time = Data
audit-column-seq = Wpis
audit-column-hash = Skrót kryptograficzny wpisu (SHA-256)
audit-column-signature = Podpis (Ed25519)
audit-how-title = Jak to sprawdzić
audit-how-signature = Należy sprawdzić, czy każdy podpis jest ważny dla podanego powyżej klucza publicznego:
audit-how-log = W dzienniku usługi należy sprawdzić, czy nadal zawiera on wpis punktu kontrolnego o tym samym skrócie kryptograficznym:
audit-data-link = Te punkty kontrolne jako otwarte dane (JSON)
