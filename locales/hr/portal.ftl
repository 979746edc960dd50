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

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Ovaj je pročišćeni tekst namijenjen isključivo dokumentiranju i nema pravni učinak. Vjerodostojne inačice akata one su koje su objavljene u Službenom listu Europske unije.
annex-current-version = Trenutačna verzija, primjenjuje se od { $date }.
annex-version-title = Prilog koji se primjenjuje od { $date }
annex-version-description = Prilog Uredbi (EU) br. 1024/2012 kako se primjenjivao od { $date }, s izmjenama unesenima tog datuma.
annex-timeline-title = Povijest Priloga
annex-timeline-description = Sve verzije Priloga Uredbi (EU) br. 1024/2012 od { $date } i izmjene unesene u svakoj od njih.
annex-amended-by = Izmijenio
annex-column-act = Akt
annex-column-oj-number = Službeni list br.
annex-column-page = Stranica
annex-column-date = Datum
annex-original = Izvorni tekst
annex-original-version = Ovo je Prilog u izvorno objavljenom obliku.
annex-changes-title = Izmjene u odnosu na prethodnu verziju
annex-previous = Prethodna verzija: { $date }
annex-next = Sljedeća verzija: { $date }
annex-versions-nav = Verzije Priloga
annex-view-current = Pročitajte trenutačnu verziju
annex-view-timeline = Sve verzije i njihove izmjene
annex-op-insert = Točka { $point } umetnuta aktom { $act }
annex-op-replace = Točka { $point } zamijenjena aktom { $act }
annex-op-replace-provisions = Odredbe navedene u točki { $point } zamijenjene aktom { $act }
annex-op-delete = Točka { $point } brisana aktom { $act }
annex-change-inserted = Umetnuta točka { $point }
annex-change-deleted = Brisana točka { $point }
annex-change-changed = Izmijenjena točka { $point }
annex-inserted-text = umetnuti tekst:
annex-deleted-text = brisani tekst:
annex-unverified = Tekst ove točke potrebno je provjeriti u Službenom listu Europske unije.
annex-point-fallback = Ova točka nije dostupna na hrvatskom jeziku.
annex-marker = Posljednji put izmijenjeno aktom { $m }
annex-feed-title = Prilog Uredbi o IMI-ju: izmjene
annex-feed-link = Izmjene Priloga (kanal Atom)
annex-data-link = Sve verzije kao otvoreni podaci (JSON)
annex-upcoming-version = Primjenjuje se od { $date }, još nije na snazi.
annex-upcoming-notice = Objavljena je nova verzija Priloga. Primjenjivat će se od { $date }; do tada je na snazi verzija u nastavku.
annex-view-upcoming = Pročitajte verziju koja se primjenjuje od { $date }
annex-superseded = Ova se verzija više ne primjenjuje: sljedeća verzija primjenjuje se od { $date }.
annex-point-deleted = Brisana.
annex-note = Napomena:
annex-status-upcoming = Još nije na snazi

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Država
states-column-authority = Nacionalno nadzorno tijelo
states-column-website = Internetske stranice
states-authority-unverified = Potrebno provjeriti
states-authorities-caption = Nacionalna nadzorna tijela
exceptions-caption = Iznimke i ograničenja priopćeni na temelju članka 20.
exceptions-column-published = Iznimke i ograničenja
exceptions-none = Ništa nije objavljeno
exceptions-national-report = Izvješće nacionalnog tijela o dostavljenim informacijama

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Kako se informacije razmjenjuju
procedure-pattern-one-to-one = Između dvaju tijela
procedure-pattern-one-to-many = Od jednog tijela prema mnogima
procedure-pattern-repository = Pohranjene kako bi ih druga tijela mogla pregledavati
procedure-examples = Primjeri
procedure-data = Osobni podaci koji se obrađuju
procedure-access = Tko ih smije vidjeti
procedure-retention = Koliko se dugo čuvaju
procedure-acts = Pravni akti
procedure-source = Izvori

# Views of the acts table: filters by type, status and year.
acts-view-title = Akti koji se odnose na IMI: { $filter }
acts-filter-label = Filtriranje akata
acts-filter-all = Svi akti
acts-filter-type = Prema vrsti
acts-filter-status = Prema statusu
acts-filter-year = Prema godini donošenja
acts-kind-regulation = Uredbe
acts-kind-directive = Direktive
acts-kind-decision = Odluke
acts-kind-implementing-regulation = Provedbene uredbe
acts-kind-implementing-decision = Provedbene odluke
acts-kind-recommendation = Preporuke
acts-kind-proposal = Prijedlozi
acts-count =
    { $count ->
        [one] { $count } akt, od najnovijeg prema najstarijem.
        [few] { $count } akta, od najnovijeg prema najstarijem.
       *[other] { $count } akata, od najnovijeg prema najstarijem.
    }

# What's new: the kind of each entry.
news-kind-act = Pravni akt
news-kind-annex = Pročišćeni Prilog

# Shown on every page with the date of its last substantive change.
updated-label = Posljednje ažuriranje

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Pretražite ovaj portal
search-button = Traži
search-searching = Pretraživanje…
search-count = Rezultati za „{ $terms }“: { $count }
search-none = Nijedna stranica ne odgovara upitu „{ $terms }“. Pokušajte s drugim riječima ili upotrijebite kazalo od A do Ž u nastavku.
search-unavailable = Pretraživanje trenutačno nije dostupno. Upotrijebite kazalo od A do Ž u nastavku.
search-more = Prikaži još rezultata
search-az-title = Sve stranice od A do Ž
search-az-letters = Slova

# The page of facts still to be verified.
unverified-title = Činjenice koje tek treba provjeriti
unverified-description = Sve činjenice na ovom portalu koje još nisu potvrđene u javnom izvoru i što još treba provjeriti.
unverified-intro = Ovaj portal činjenicu označuje kao provjerenu tek kad je pročitana u javnom izvoru, koji portal navodi. Činjenice u nastavku još nisu potvrđene na taj način; uz svaku je navedeno što još treba provjeriti. Popis se izrađuje iz podataka portala pa se skraćuje kako se činjenice provjeravaju.
unverified-count = Činjenice koje tek treba provjeriti: { $count }
unverified-area-annex = Pročišćeni Prilog
unverified-area-acts = Akti koji se odnose na IMI
unverified-area-states = Države članice i nadzorna tijela
unverified-area-procedures = Postupci
unverified-column-fact = Činjenica
unverified-column-check = Što još treba provjeriti
unverified-none = Sve su činjenice u ovom dijelu provjerene.
unverified-link = Činjenice koje tek treba provjeriti

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Zahtjevi zaprimljeni putem ovog portala
stats-description = Koliko je zahtjeva za pristup, ispravak i brisanje ovaj portal zaprimio, prema mjesecu, državi, vrsti i ishodu.
stats-intro = Ovi brojevi potječu iz usluge koja zaprima zahtjeve poslane obrascem ovog portala. Ne sadržavaju osobne podatke: ništa detaljnije od mjeseca i nijedan broj manji od { $threshold }.
stats-in-time-note = „Odgovoreno na vrijeme“ znači da je odgovor dan do okvirnog datuma priopćenog podnositelju zahtjeva: 30 dana od primitka za ispravak i brisanje, mjesec dana za pristup i osporavanje blokiranih podataka.
stats-generated = Stanje na dan { $date }.
stats-suppressed = Brojevi manji od { $threshold } ne prikazuju se kako nitko ne bi mogao biti identificiran; ukupni zbrojevi obuhvaćaju samo ono što je prikazano.
stats-none = Još nijedan broj nije dovoljno velik da bi bio prikazan.
stats-chart-title = Zahtjevi po mjesecima prema ishodu
stats-chart-desc = Jedan stupac za svaki mjesec, podijeljen prema ishodu. Isti su brojevi navedeni u tablici u nastavku.
stats-by-month = Prema mjesecu
stats-by-state = Prema državi
stats-by-kind = Prema vrsti zahtjeva
stats-column-month = Mjesec
stats-column-state = Država
stats-column-kind = Vrsta zahtjeva
stats-column-total = Ukupno
stats-outcome-answered-in-time = Odgovoreno na vrijeme
stats-outcome-answered-late = Odgovoreno sa zakašnjenjem
stats-outcome-rejected = Odbijeno
stats-outcome-open = U obradi
stats-data-link = Ova statistika kao otvoreni podaci (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Revizijski zapisnik usluge za zaprimanje zahtjeva
audit-description = Potpisane kontrolne točke revizijskog zapisnika usluge za zaprimanje zahtjeva i način provjere da zapisnik od tada nije prepisan.
audit-intro = Usluga koja zaprima zahtjeve poslane obrascem ovog portala bilježi svaki zaprimljeni zahtjev i svaku radnju svojih operatera u revizijski zapisnik, u kojem kriptografski sažetak svakog unosa obuhvaća i prethodni unos. S vremena na vrijeme posljednji unos u zapisniku potpisuje se ključem koji se čuva izvan mreže i objavljuje se ovdje. Svatko tko naknadno ispituje zapisnik, primjerice nadzorno tijelo, tako može dokazati da zapisnik i dalje sadržava te unose u nepromijenjenom obliku.
audit-public-key = Javni ključ potpisa
audit-checkpoints = Kontrolne točke, od najnovije
audit-column-time = Datum
audit-column-seq = Unos
audit-column-hash = Kriptografski sažetak unosa (SHA-256)
audit-column-signature = Potpis (Ed25519)
audit-how-title = Kako provjeriti
audit-how-signature = Provjerite je li svaki potpis valjan za gore navedeni javni ključ:
audit-how-log = U zapisniku usluge provjerite sadržava li i dalje unos kontrolne točke s istim kriptografskim sažetkom:
audit-data-link = Ove kontrolne točke kao otvoreni podaci (JSON)
