# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI-järjestelmän avoimuusportaali
site-subtitle = Sisämarkkinoiden tietojärjestelmä
skip-link = Siirry pääsisältöön
nav-label = Päävalikko
language-label = Kieli
language-list-label = Kielen valinta
breadcrumb-label = Olet tässä
home = Etusivu
toc-label = Tällä sivulla
date-label = Päivämäärä

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Tämä sivu ei ole vielä saatavilla suomeksi. Se näytetään englanniksi.
fallback-versions = Tämä sivu on saatavilla seuraavilla kielillä:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Tämä teksti on konekäännetty, eikä kääntäjä ole tarkistanut sitä. Epäselvissä tapauksissa englanninkielinen versio on ratkaiseva.
machine-translation-original = Lue englanninkielinen versio

section-pages =
    { $count ->
        [one] Tässä osiossa on { $count } sivu.
       *[other] Tässä osiossa on { $count } sivua.
    }

footer-purpose = Tässä portaalissa julkaistaan ne sisämarkkinoiden tietojärjestelmää (IMI) koskevat tiedot, jotka Euroopan komission on asetuksen (EU) N:o 1024/2012 18 artiklan 2 kohdan mukaan saatettava helposti saataville.
footer-privacy = Tämä sivusto ei aseta evästeitä, ei tallenna mitään selaimeesi eikä lataa mitään muilta sivustoilta.
footer-feed = Päivitykset (Atom-syöte)
feed-title = IMI-järjestelmän avoimuusportaali: päivitykset
feed-author = Euroopan komissio

choose-language = Valitse kielesi

not-found-title = Sivua ei löytynyt
not-found-text = Tässä osoitteessa ei ole sivua. Jos kirjoitit osoitteen itse, tarkista, ettei siinä ole virheitä; jos seurasit linkkiä, sivu on ehkä siirretty.
not-found-home = Siirry etusivulle

acts-caption = IMI-järjestelmää koskevat säädökset
act-column-act = Säädös
act-column-date = Annettu
act-column-oj = Virallinen lehti
act-column-status = Tila
act-status-in-force = Voimassa
act-status-repealed = Kumottu
act-status-pending = Ehdotus
act-unverified = Tarkistettava Euroopan unionin virallisesta lehdestä
