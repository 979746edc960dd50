# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI-järjestelmän avoimuusportaali
site-subtitle = Sisämarkkinoiden tietojenvaihtojärjestelmä
skip-link = Siirry pääsisältöön
nav-label = Päävalikko
language-label = Kieli
language-list-label = Kielen valinta
breadcrumb-label = Olet tässä
home = Etusivu
toc-label = Tällä sivulla

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

footer-purpose = Tässä portaalissa julkaistaan ne sisämarkkinoiden tietojenvaihtojärjestelmää (IMI) koskevat tiedot, jotka Euroopan komission on asetuksen (EU) N:o 1024/2012 18 artiklan 2 kohdan mukaan saatettava helposti saataville.
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

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Tämä konsolidoitu teksti on tarkoitettu pelkästään dokumentoinniksi, eikä sillä ole oikeudellista vaikutusta. Säädösten todistusvoimaiset versiot ovat ne, jotka on julkaistu Euroopan unionin virallisessa lehdessä.
annex-current-version = Voimassa oleva versio, jota sovelletaan { $date } alkaen.
annex-version-title = Liite sellaisena kuin sitä sovelletaan { $date } alkaen
annex-version-description = Asetuksen (EU) N:o 1024/2012 liite sellaisena kuin sitä sovellettiin { $date } alkaen, mukaan lukien tuolloin tehdyt muutokset.
annex-timeline-title = Liitteen historia
annex-timeline-description = Asetuksen (EU) N:o 1024/2012 liitteen kaikki versiot { $date } lähtien ja kuhunkin versioon tehdyt muutokset.
annex-amended-by = Muutettu
annex-column-act = Säädös
annex-column-oj-number = Virallinen lehti N:o
annex-column-page = Sivu
annex-column-date = Päivämäärä
annex-original = Alkuperäinen teksti
annex-original-version = Tämä on liite alun perin julkaistussa muodossa.
annex-changes-title = Muutokset edelliseen versioon
annex-previous = Edellinen versio: { $date }
annex-next = Seuraava versio: { $date }
annex-versions-nav = Liitteen versiot
annex-view-current = Lue voimassa oleva versio
annex-view-timeline = Kaikki versiot ja niiden muutokset
annex-op-insert = { $point } kohta lisätty säädöksellä { $act }
annex-op-replace = { $point } kohta korvattu säädöksellä { $act }
annex-op-replace-provisions = { $point } kohdassa mainitut säännökset korvattu säädöksellä { $act }
annex-op-delete = { $point } kohta poistettu säädöksellä { $act }
annex-change-inserted = { $point } kohta lisätty
annex-change-deleted = { $point } kohta poistettu
annex-change-changed = { $point } kohtaa muutettu
annex-inserted-text = lisätty teksti:
annex-deleted-text = poistettu teksti:
annex-unverified = Tämän kohdan sanamuoto on tarkistettava Euroopan unionin virallisesta lehdestä.
annex-point-fallback = Tämä kohta ei ole saatavilla suomeksi.
annex-marker = Viimeksi muutettu säädöksellä { $m }
annex-feed-title = IMI-asetuksen liite: muutokset
annex-feed-link = Liitteen muutokset (Atom-syöte)
annex-data-link = Kaikki versiot avoimena datana (JSON)
annex-upcoming-version = Sovelletaan { $date } alkaen, ei vielä voimassa.
annex-upcoming-notice = Liitteestä on julkaistu uusi versio. Sitä sovelletaan { $date } alkaen; siihen asti voimassa on alla oleva versio.
annex-view-upcoming = Lue { $date } alkaen sovellettava versio
annex-superseded = Tätä versiota ei enää sovelleta: seuraavaa versiota sovelletaan { $date } alkaen.
annex-point-deleted = Poistettu.
annex-note = Huomautus:
annex-status-upcoming = Ei vielä voimassa

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Valtio
states-column-authority = Kansallinen valvontaviranomainen
states-column-website = Verkkosivusto
states-authority-unverified = Tarkistettava
states-authorities-caption = Kansalliset valvontaviranomaiset
exceptions-caption = 20 artiklan nojalla ilmoitetut poikkeukset ja rajoitukset
exceptions-column-published = Poikkeukset ja rajoitukset
exceptions-none = Ei julkaistuja
exceptions-national-report = Kansallisen viranomaisen raportti ilmoitetuista tiedoista

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Miten tieto kulkee
procedure-pattern-one-to-one = Kahden viranomaisen välillä
procedure-pattern-one-to-many = Yhdeltä viranomaiselta monelle
procedure-pattern-repository = Säilytetään muiden viranomaisten nähtäväksi
procedure-examples = Esimerkkejä
procedure-data = Käsiteltävät henkilötiedot
procedure-access = Kuka saa nähdä ne
procedure-retention = Kuinka kauan niitä säilytetään
procedure-acts = Säädökset
procedure-source = Lähteet

# Views of the acts table: filters by type, status and year.
acts-view-title = IMI-järjestelmää koskevat säädökset: { $filter }
acts-filter-label = Suodata säädöksiä
acts-filter-all = Kaikki säädökset
acts-filter-type = Tyypin mukaan
acts-filter-status = Tilan mukaan
acts-filter-year = Antamisvuoden mukaan
acts-kind-regulation = Asetukset
acts-kind-directive = Direktiivit
acts-kind-decision = Päätökset
acts-kind-implementing-regulation = Täytäntöönpanoasetukset
acts-kind-implementing-decision = Täytäntöönpanopäätökset
acts-kind-recommendation = Suositukset
acts-kind-proposal = Ehdotukset
acts-count =
    { $count ->
        [one] { $count } säädös, uusimmasta vanhimpaan.
       *[other] { $count } säädöstä, uusimmasta vanhimpaan.
    }

# What's new: the kind of each entry.
news-kind-act = Säädös
news-kind-annex = Konsolidoitu liite

# Shown on every page with the date of its last substantive change.
updated-label = Päivitetty viimeksi

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Hae tästä portaalista
search-button = Hae
search-searching = Haetaan…
search-count = Tulokset haulle ”{ $terms }”: { $count }
search-none = Haulla ”{ $terms }” ei löytynyt yhtään sivua. Kokeile muita sanoja tai käytä alla olevaa aakkosellista hakemistoa.
search-unavailable = Haku ei ole tällä hetkellä käytettävissä. Käytä alla olevaa aakkosellista hakemistoa.
search-more = Näytä lisää tuloksia
search-az-title = Kaikki sivut aakkosjärjestyksessä
search-az-letters = Kirjaimet

# The page of facts still to be verified.
unverified-title = Vielä tarkistettavat tiedot
unverified-description = Kaikki tämän portaalin tiedot, joita ei ole vielä vahvistettu julkisesta lähteestä, ja mitä on vielä tarkistettava.
unverified-intro = Tässä portaalissa tieto merkitään tarkistetuksi vasta, kun se on luettu julkisesta lähteestä, johon portaalissa viitataan. Alla olevia tietoja ei ole vielä vahvistettu tällä tavoin; kunkin kohdalla kerrotaan, mitä on vielä tarkistettava. Luettelo muodostetaan portaalin tiedoista, joten se lyhenee sitä mukaa kuin tietoja tarkistetaan.
unverified-count = Vielä tarkistettavat tiedot: { $count }
unverified-area-annex = Konsolidoitu liite
unverified-area-acts = IMI-järjestelmää koskevat säädökset
unverified-area-states = Jäsenvaltiot ja valvontaviranomaiset
unverified-area-procedures = Menettelyt
unverified-column-fact = Tieto
unverified-column-check = Mitä on vielä tarkistettava
unverified-none = Kaikki tämän osan tiedot on tarkistettu.
unverified-link = Vielä tarkistettavat tiedot

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Tämän portaalin kautta vastaanotetut pyynnöt
stats-description = Kuinka monta tietoihin pääsyä, oikaisua ja poistamista koskevaa pyyntöä tämä portaali on vastaanottanut kuukauden, valtion, tyypin ja lopputuloksen mukaan.
stats-intro = Luvut ovat peräisin palvelusta, joka vastaanottaa tämän portaalin lomakkeella lähetetyt pyynnöt. Ne eivät sisällä henkilötietoja: mikään ei ole kuukautta tarkempaa, eikä yksikään luku ole pienempi kuin { $threshold }.
stats-in-time-note = ”Vastattu määräajassa” tarkoittaa, että pyyntöön on vastattu viimeistään pyynnön esittäjälle ilmoitettuna suuntaa antavana päivämääränä: oikaisua ja poistoa koskevissa pyynnöissä 30 päivän kuluessa vastaanottamisesta, tietoihin pääsyä koskevissa pyynnöissä ja sellaisten tietojen kiistämisessä, joiden käyttö on estetty, kuukauden kuluessa.
stats-generated = Tilanne { $date }.
stats-suppressed = Lukuja, jotka ovat pienempiä kuin { $threshold }, ei näytetä, jotta ketään ei voida yksilöidä; yhteissummat sisältävät vain näytetyt luvut.
stats-none = Mikään luku ei ole vielä riittävän suuri näytettäväksi.
stats-chart-title = Pyynnöt kuukausittain lopputuloksen mukaan
stats-chart-desc = Yksi pylväs kuukautta kohden lopputuloksen mukaan jaettuna. Samat luvut ovat alla olevassa taulukossa.
stats-by-month = Kuukauden mukaan
stats-by-state = Valtion mukaan
stats-by-kind = Pyyntötyypin mukaan
stats-column-month = Kuukausi
stats-column-state = Valtio
stats-column-kind = Pyyntötyyppi
stats-column-total = Yhteensä
stats-outcome-answered-in-time = Vastattu määräajassa
stats-outcome-answered-late = Vastattu myöhässä
stats-outcome-rejected = Hylätty
stats-outcome-open = Käsittelyssä
stats-data-link = Nämä tilastot avoimena datana (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Pyyntöjä vastaanottavan palvelun tarkastusloki
audit-description = Pyyntöjä vastaanottavan palvelun tarkastuslokin allekirjoitetut tarkistuspisteet sekä ohjeet sen tarkistamiseen, ettei lokia ole sen jälkeen kirjoitettu uudelleen.
audit-intro = Palvelu, joka vastaanottaa tämän portaalin lomakkeella lähetetyt pyynnöt, kirjaa jokaisen vastaanottamansa pyynnön ja jokaisen käsittelijöidensä toimenpiteen tarkastuslokiin, jossa kunkin merkinnän tiiviste kattaa myös edellisen merkinnän. Lokin viimeisin merkintä allekirjoitetaan aika ajoin verkon ulkopuolella säilytettävällä avaimella ja julkaistaan täällä. Kuka tahansa, joka myöhemmin tutkii lokia, esimerkiksi valvontaviranomainen, voi näin osoittaa, että loki sisältää edelleen nämä merkinnät muuttumattomina.
audit-public-key = Allekirjoitusten julkinen avain
audit-checkpoints = Tarkistuspisteet, uusin ensin
audit-column-time = Päivämäärä
audit-column-seq = Merkintä
audit-column-hash = Merkinnän tiiviste (SHA-256)
audit-column-signature = Allekirjoitus (Ed25519)
audit-how-title = Näin tarkistat
audit-how-signature = Tarkista, että jokainen allekirjoitus on kelvollinen yllä olevalla julkisella avaimella:
audit-how-log = Tarkista palvelun lokista, että se sisältää edelleen tarkistuspisteen merkinnän samalla tiivisteellä:
audit-data-link = Nämä tarkistuspisteet avoimena datana (JSON)
