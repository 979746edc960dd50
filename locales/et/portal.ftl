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

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Käesolev konsolideeritud tekst on üksnes dokumenteerimisvahend ega oma mingit õiguslikku toimet. Õigusaktide autentsed versioonid on need, mis on avaldatud Euroopa Liidu Teatajas.
annex-current-version = Kehtiv versioon, kohaldatav alates { $date }.
annex-version-title = Lisa alates { $date } kohaldatav versioon
annex-version-description = Määruse (EL) nr 1024/2012 lisa alates { $date } kohaldatud versioon koos sel kuupäeval tehtud muudatustega.
annex-timeline-title = Lisa ajalugu
annex-timeline-description = Määruse (EL) nr 1024/2012 lisa kõik versioonid alates { $date } ja igas versioonis tehtud muudatused.
annex-amended-by = Muudetud
annex-column-act = Õigusakt
annex-column-oj-number = Euroopa Liidu Teataja nr
annex-column-page = Lehekülg
annex-column-date = Kuupäev
annex-original = Algtekst
annex-original-version = See on lisa algselt avaldatud kujul.
annex-changes-title = Muudatused võrreldes eelmise versiooniga
annex-previous = Eelmine versioon: { $date }
annex-next = Järgmine versioon: { $date }
annex-versions-nav = Lisa versioonid
annex-view-current = Loe kehtivat versiooni
annex-view-timeline = Kõik versioonid ja nende muudatused
annex-op-insert = Punkt { $point } lisatud õigusaktiga { $act }
annex-op-replace = Punkt { $point } asendatud õigusaktiga { $act }
annex-op-replace-provisions = Punktis { $point } nimetatud sätted asendatud õigusaktiga { $act }
annex-op-delete = Punkt { $point } välja jäetud õigusaktiga { $act }
annex-change-inserted = Lisatud punkt { $point }
annex-change-deleted = Välja jäetud punkt { $point }
annex-change-changed = Muudetud punkt { $point }
annex-inserted-text = lisatud tekst:
annex-deleted-text = välja jäetud tekst:
annex-unverified = Selle punkti sõnastust tuleb kontrollida Euroopa Liidu Teatajast.
annex-point-fallback = See punkt ei ole eesti keeles kättesaadav.
annex-marker = Viimati muudetud õigusaktiga { $m }
annex-feed-title = IMI määruse lisa: muudatused
annex-feed-link = Lisa muudatused (Atom-voog)
annex-data-link = Kõik versioonid avaandmetena (JSON)
annex-upcoming-version = Kohaldatakse alates { $date }, ei ole veel jõustunud.
annex-upcoming-notice = Lisast on avaldatud uus versioon. Seda kohaldatakse alates { $date }; seni kehtib allpool esitatud versioon.
annex-view-upcoming = Loe alates { $date } kohaldatavat versiooni
annex-superseded = Seda versiooni enam ei kohaldata: järgmist versiooni kohaldatakse alates { $date }.
annex-point-deleted = Välja jäetud.
annex-note = Märkus:
annex-status-upcoming = Veel jõustumata

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Riik
states-column-authority = Riiklik järelevalveasutus
states-column-website = Veebisait
states-authority-unverified = Tuleb kontrollida
states-authorities-caption = Riiklikud järelevalveasutused
exceptions-caption = Artikli 20 alusel teatatud erandid ja piirangud
exceptions-column-published = Erandid ja piirangud
exceptions-none = Ühtegi pole avaldatud
exceptions-national-report = Riikliku asutuse aruanne teatatud teabe kohta

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Kuidas teave liigub
procedure-pattern-one-to-one = Kahe asutuse vahel
procedure-pattern-one-to-many = Ühelt asutuselt paljudele
procedure-pattern-repository = Hoitakse teistele asutustele tutvumiseks
procedure-examples = Näited
procedure-data = Töödeldavad isikuandmed
procedure-access = Kes võib neid näha
procedure-retention = Kui kaua neid säilitatakse
procedure-acts = Õigusaktid
procedure-source = Allikad

# Views of the acts table: filters by type, status and year.
acts-view-title = IMI-ga seotud õigusaktid: { $filter }
acts-filter-label = Õigusaktide filtreerimine
acts-filter-all = Kõik õigusaktid
acts-filter-type = Liigi järgi
acts-filter-status = Staatuse järgi
acts-filter-year = Vastuvõtmise aasta järgi
acts-kind-regulation = Määrused
acts-kind-directive = Direktiivid
acts-kind-decision = Otsused
acts-kind-implementing-regulation = Rakendusmäärused
acts-kind-implementing-decision = Rakendusotsused
acts-kind-recommendation = Soovitused
acts-kind-proposal = Ettepanekud
acts-count =
    { $count ->
        [one] { $count } õigusakt, uusimast vanimani.
       *[other] { $count } õigusakti, uusimast vanimani.
    }

# What's new: the kind of each entry.
news-kind-act = Õigusakt
news-kind-annex = Konsolideeritud lisa

# Shown on every page with the date of its last substantive change.
updated-label = Viimati ajakohastatud

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Otsi sellest portaalist
search-button = Otsi
search-searching = Otsimine…
search-count = Tulemused päringule „{ $terms }“: { $count }
search-none = Päringule „{ $terms }“ ei vasta ükski lehekülg. Proovige muid sõnu või kasutage allpool olevat tähestikulist registrit.
search-unavailable = Otsing ei ole praegu kättesaadav. Kasutage allpool olevat tähestikulist registrit.
search-more = Näita rohkem tulemusi
search-az-title = Kõik leheküljed tähestiku järjekorras
search-az-letters = Tähed

# The page of facts still to be verified.
unverified-title = Veel kontrollimist vajavad faktid
unverified-description = Kõik selle portaali faktid, mida ei ole veel avalikus allikas kinnitatud, ja mida tuleb veel kontrollida.
unverified-intro = See portaal märgib fakti kontrollituks alles siis, kui see on avalikust allikast läbi loetud; portaal viitab sellele allikale. Allpool esitatud fakte ei ole veel sel viisil kinnitatud; iga fakti juures on märgitud, mida tuleb veel kontrollida. Loetelu koostatakse portaali andmete põhjal, nii et see lüheneb faktide kontrollimise käigus.
unverified-count = Veel kontrollimist vajavad faktid: { $count }
unverified-area-annex = Konsolideeritud lisa
unverified-area-acts = IMI-ga seotud õigusaktid
unverified-area-states = Liikmesriigid ja järelevalveasutused
unverified-area-procedures = Menetlused
unverified-column-fact = Fakt
unverified-column-check = Mida tuleb veel kontrollida
unverified-none = Kõik selle osa faktid on kontrollitud.
unverified-link = Veel kontrollimist vajavad faktid

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Selle portaali kaudu saadud taotlused
stats-description = Kui palju andmetega tutvumise, parandamise ja kustutamise taotlusi on see portaal saanud, kuu, riigi, liigi ja tulemuse järgi.
stats-intro = Need arvud pärinevad teenusest, mis võtab vastu selle portaali vormiga saadetud taotlused. Need ei sisalda isikuandmeid: mitte midagi kuust täpsemat ega ühtegi arvu, mis on väiksem kui { $threshold }.
stats-in-time-note = „Vastatud tähtaegselt“ tähendab, et vastus anti hiljemalt taotlejale teatatud orienteeruvaks kuupäevaks: parandamise ja kustutamise korral 30 päeva jooksul pärast kättesaamist, andmetega tutvumise ja blokeeritud andmete vaidlustamise korral ühe kuu jooksul.
stats-generated = Seisuga { $date }.
stats-suppressed = Arve, mis on väiksemad kui { $threshold }, ei näidata, et kedagi ei saaks tuvastada; kogusummad sisaldavad ainult näidatud arve.
stats-none = Ükski arv ei ole veel piisavalt suur, et seda näidata.
stats-chart-title = Taotlused kuude kaupa tulemuse järgi
stats-chart-desc = Iga kuu kohta üks tulp, mis on jaotatud tulemuse järgi. Samad arvud on esitatud allolevas tabelis.
stats-by-month = Kuu järgi
stats-by-state = Riigi järgi
stats-by-kind = Taotluse liigi järgi
stats-column-month = Kuu
stats-column-state = Riik
stats-column-kind = Taotluse liik
stats-column-total = Kokku
stats-outcome-answered-in-time = Vastatud tähtaegselt
stats-outcome-answered-late = Vastatud hilinemisega
stats-outcome-rejected = Tagasi lükatud
stats-outcome-open = Menetluses
stats-data-link = See statistika avaandmetena (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Taotluste vastuvõtmise teenuse auditilogi
audit-description = Taotluste vastuvõtmise teenuse auditilogi allkirjastatud kontrollpunktid ja juhised selle kontrollimiseks, et logi ei ole vahepeal ümber kirjutatud.
audit-intro = Teenus, mis võtab vastu selle portaali vormiga saadetud taotlused, kannab iga saadud taotluse ja iga oma töötajate toimingu auditilogisse, milles iga kirje räsi hõlmab ka eelmist kirjet. Aeg-ajalt allkirjastatakse logi viimane kirje võrguühenduseta hoitava võtmega ja avaldatakse siin. Igaüks, kes logi hiljem uurib, näiteks järelevalveasutus, saab seejärel tõendada, et logi sisaldab neid kirjeid endiselt muutmata kujul.
audit-public-key = Allkirjade avalik võti
audit-checkpoints = Kontrollpunktid, uusimad eespool
audit-column-time = Kuupäev
audit-column-seq = Kirje
audit-column-hash = Kirje räsi (SHA-256)
audit-column-signature = Allkiri (Ed25519)
audit-how-title = Kuidas kontrollida
audit-how-signature = Kontrollige, et iga allkiri on ülaltoodud avaliku võtmega kehtiv:
audit-how-log = Kontrollige teenuse logis, et see sisaldab endiselt sama räsiga kontrollpunkti kirjet:
audit-data-link = Need kontrollpunktid avaandmetena (JSON)
