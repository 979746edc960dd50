# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portál transparentnosti systému IMI
site-subtitle = Systém pro výměnu informací o vnitřním trhu
skip-link = Přejít na hlavní obsah
nav-label = Hlavní nabídka
language-label = Jazyk
language-list-label = Výběr jazyka
breadcrumb-label = Nacházíte se zde
home = Úvodní stránka
toc-label = Na této stránce
date-label = Datum

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Tato stránka zatím není v češtině k dispozici. Zobrazuje se v angličtině.
fallback-versions = Tato stránka je k dispozici v těchto jazycích:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Tento text byl přeložen strojově a nebyl zkontrolován překladatelem. V případě nejasností je rozhodující anglické znění.
machine-translation-original = Přečtěte si anglické znění

section-pages =
    { $count ->
        [one] Tento oddíl obsahuje { $count } stránku.
        [few] Tento oddíl obsahuje { $count } stránky.
       *[other] Tento oddíl obsahuje { $count } stránek.
    }

footer-purpose = Tento portál zveřejňuje informace o systému pro výměnu informací o vnitřním trhu (IMI), které musí Evropská komise podle čl. 18 odst. 2 nařízení (EU) č. 1024/2012 učinit snadno dostupnými.
footer-privacy = Tyto stránky nepoužívají soubory cookie, nic neukládají ve vašem prohlížeči a nic nenačítají z jiných stránek.
footer-feed = Aktualizace (kanál Atom)
feed-title = Portál transparentnosti systému IMI: aktualizace
feed-author = Evropská komise

choose-language = Vyberte si jazyk

not-found-title = Stránka nebyla nalezena
not-found-text = Na této adrese není žádná stránka. Pokud jste adresu zadali ručně, zkontrolujte, zda neobsahuje chyby; pokud jste přišli přes odkaz, stránka mohla být přesunuta.
not-found-home = Přejít na úvodní stránku

acts-caption = Právní akty týkající se systému IMI
act-column-act = Akt
act-column-date = Přijetí
act-column-oj = Úřední věstník
act-column-status = Stav
act-status-in-force = Platný
act-status-repealed = Zrušený
act-status-pending = Návrh
act-unverified = Nutno ověřit v Úředním věstníku
