# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portal za transparentnost sustava IMI
site-subtitle = Informacijski sustav unutarnjeg tržišta
skip-link = Prijeđi na glavni sadržaj
nav-label = Glavni izbornik
language-label = Jezik
language-list-label = Odabir jezika
breadcrumb-label = Nalazite se ovdje
home = Početna stranica
toc-label = Na ovoj stranici
date-label = Datum

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Ova stranica još nije dostupna na hrvatskom jeziku. Prikazuje se na engleskom jeziku.
fallback-versions = Ova je stranica dostupna na sljedećim jezicima:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Ovaj je tekst strojno preveden i nije ga provjerio prevoditelj. U slučaju nejasnoća mjerodavna je engleska verzija.
machine-translation-original = Pročitajte englesku verziju

section-pages =
    { $count ->
        [one] Ovaj odjeljak sadržava { $count } stranicu.
        [few] Ovaj odjeljak sadržava { $count } stranice.
       *[other] Ovaj odjeljak sadržava { $count } stranica.
    }

footer-purpose = Na ovom se portalu objavljuju informacije o Informacijskom sustavu unutarnjeg tržišta (IMI) koje Europska komisija u skladu s člankom 18. stavkom 2. Uredbe (EU) br. 1024/2012 mora učiniti lako dostupnima.
footer-privacy = Ove mrežne stranice ne postavljaju kolačiće, ništa ne pohranjuju u vašem pregledniku i ništa ne učitavaju s drugih mrežnih stranica.
footer-feed = Ažuriranja (kanal Atom)
feed-title = Portal za transparentnost sustava IMI: ažuriranja
feed-author = Europska komisija

choose-language = Odaberite svoj jezik

not-found-title = Stranica nije pronađena
not-found-text = Na ovoj adresi nema stranice. Ako ste adresu upisali sami, provjerite sadržava li pogreške; ako ste slijedili poveznicu, stranica je možda premještena.
not-found-home = Idite na početnu stranicu

acts-caption = Pravni akti koji se odnose na IMI
act-column-act = Akt
act-column-date = Donošenje
act-column-oj = Službeni list
act-column-status = Status
act-status-in-force = Na snazi
act-status-repealed = Stavljen izvan snage
act-status-pending = Prijedlog
act-unverified = Potrebno provjeriti u Službenom listu Europske unije
