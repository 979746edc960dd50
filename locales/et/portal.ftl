# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI läbipaistvusportaal
site-subtitle = Siseturu infosüsteem
skip-link = Otse põhisisu juurde
nav-label = Peamenüü
language-label = Keel
language-list-label = Keele valik
breadcrumb-label = Te olete siin
home = Avaleht
toc-label = Sellel lehel
date-label = Kuupäev

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = See lehekülg ei ole veel eesti keeles kättesaadav. Seda kuvatakse inglise keeles.
fallback-versions = See lehekülg on kättesaadav järgmistes keeltes:

# Shown on a page whose text was machine-translated.
machine-translation-notice = See tekst on masintõlgitud ja tõlkija ei ole seda kontrollinud. Kahtluse korral on määrav ingliskeelne versioon.
machine-translation-original = Lugege ingliskeelset versiooni

section-pages =
    { $count ->
        [one] Selles jaotises on { $count } lehekülg.
       *[other] Selles jaotises on { $count } lehekülge.
    }

footer-purpose = Sellel portaalil avaldatakse siseturu infosüsteemi (IMI) kohta teave, mille Euroopa Komisjon peab määruse (EL) nr 1024/2012 artikli 18 lõike 2 kohaselt tegema hõlpsasti kättesaadavaks.
footer-privacy = See veebisait ei kasuta küpsiseid, ei salvesta teie brauserisse midagi ega laadi midagi teistelt veebisaitidelt.
footer-feed = Uuendused (Atom-voog)
feed-title = IMI läbipaistvusportaal: uuendused
feed-author = Euroopa Komisjon

choose-language = Valige oma keel

not-found-title = Lehekülge ei leitud
not-found-text = Sellel aadressil ei ole lehekülge. Kui sisestasite aadressi ise, kontrollige, kas selles on vigu; kui tulite lingi kaudu, võib lehekülg olla teisaldatud.
not-found-home = Avalehele

acts-caption = IMI-ga seotud õigusaktid
act-column-act = Õigusakt
act-column-date = Vastuvõtmine
act-column-oj = Euroopa Liidu Teataja
act-column-status = Staatus
act-status-in-force = Kehtiv
act-status-repealed = Kehtetuks tunnistatud
act-status-pending = Ettepanek
act-unverified = Tuleb kontrollida Euroopa Liidu Teatajast
