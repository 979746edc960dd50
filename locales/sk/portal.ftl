# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portál transparentnosti systému IMI
site-subtitle = Informačný systém o vnútornom trhu
skip-link = Prejsť na hlavný obsah
nav-label = Hlavná ponuka
language-label = Jazyk
language-list-label = Výber jazyka
breadcrumb-label = Nachádzate sa tu
home = Úvodná stránka
toc-label = Na tejto stránke
date-label = Dátum

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Táto stránka zatiaľ nie je k dispozícii v slovenčine. Zobrazuje sa v angličtine.
fallback-versions = Táto stránka je k dispozícii v týchto jazykoch:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Tento text bol preložený strojovo a prekladateľ ho neskontroloval. V prípade nejasností je rozhodujúce anglické znenie.
machine-translation-original = Prečítajte si anglické znenie

section-pages =
    { $count ->
        [one] Táto časť obsahuje { $count } stránku.
        [few] Táto časť obsahuje { $count } stránky.
       *[other] Táto časť obsahuje { $count } stránok.
    }

footer-purpose = Na tomto portáli sa zverejňujú informácie o informačnom systéme o vnútornom trhu (IMI), ktoré musí Európska komisia podľa článku 18 ods. 2 nariadenia (EÚ) č. 1024/2012 sprístupniť v ľahko dostupnej forme.
footer-privacy = Toto webové sídlo nepoužíva súbory cookie, nič neukladá vo vašom prehliadači a nenačítava nič z iných webových sídiel.
footer-feed = Aktualizácie (kanál Atom)
feed-title = Portál transparentnosti systému IMI: aktualizácie
feed-author = Európska komisia

choose-language = Vyberte si jazyk

not-found-title = Stránka sa nenašla
not-found-text = Na tejto adrese sa nenachádza žiadna stránka. Ak ste adresu zadali ručne, skontrolujte, či neobsahuje chyby; ak ste prišli cez odkaz, stránka mohla byť presunutá.
not-found-home = Prejsť na úvodnú stránku

acts-caption = Právne akty týkajúce sa systému IMI
act-column-act = Akt
act-column-date = Prijatie
act-column-oj = Úradný vestník
act-column-status = Stav
act-status-in-force = Platný
act-status-repealed = Zrušený
act-status-pending = Návrh
act-unverified = Treba overiť v Úradnom vestníku Európskej únie
