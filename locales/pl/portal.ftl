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
date-label = Data

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
