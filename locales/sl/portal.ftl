# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portal za preglednost sistema IMI
site-subtitle = Informacijski sistem za notranji trg
skip-link = Preskoči na glavno vsebino
nav-label = Glavni meni
language-label = Jezik
language-list-label = Izbira jezika
breadcrumb-label = Nahajate se tukaj
home = Domača stran
toc-label = Na tej strani

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Ta stran še ni na voljo v slovenščini. Prikazana je v angleščini.
fallback-versions = Ta stran je na voljo v naslednjih jezikih:

# Shown on a page whose text was machine-translated.
machine-translation-notice = To besedilo je bilo strojno prevedeno in ga prevajalec ni pregledal. V primeru nejasnosti je merodajna angleška različica.
machine-translation-original = Preberite angleško različico

section-pages =
    { $count ->
        [one] Ta razdelek vsebuje { $count } stran.
        [two] Ta razdelek vsebuje { $count } strani.
        [few] Ta razdelek vsebuje { $count } strani.
       *[other] Ta razdelek vsebuje { $count } strani.
    }

footer-purpose = Na tem portalu so objavljene informacije o informacijskem sistemu za notranji trg (IMI), ki jih mora Evropska komisija v skladu s členom 18(2) Uredbe (EU) št. 1024/2012 narediti lahko dostopne.
footer-privacy = To spletišče ne nastavlja piškotkov, v vašem brskalniku ne shranjuje ničesar in ne nalaga ničesar z drugih spletišč.
footer-feed = Posodobitve (vir Atom)
feed-title = Portal za preglednost sistema IMI: posodobitve
feed-author = Evropska komisija

choose-language = Izberite svoj jezik

not-found-title = Strani ni bilo mogoče najti
not-found-text = Na tem naslovu ni strani. Če ste naslov vnesli sami, preverite, ali vsebuje napake; če ste sledili povezavi, je bila stran morda premaknjena.
not-found-home = Na domačo stran

acts-caption = Pravni akti v zvezi s sistemom IMI
act-column-act = Akt
act-column-date = Sprejetje
act-column-oj = Uradni list
act-column-status = Status
act-status-in-force = Velja
act-status-repealed = Razveljavljen
act-status-pending = Predlog
act-unverified = Treba je preveriti v Uradnem listu Evropske unije

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = To prečiščeno besedilo je zgolj informativne narave in nima pravnega učinka. Verodostojne različice aktov so tiste, ki so bile objavljene v Uradnem listu Evropske unije.
annex-current-version = Veljavna različica, ki se uporablja od { $date }.
annex-version-title = Priloga, kot se uporablja od { $date }
annex-version-description = Priloga k Uredbi (EU) št. 1024/2012, kot se je uporabljala od { $date }, s spremembami, uvedenimi na ta dan.
annex-timeline-title = Zgodovina Priloge
annex-timeline-description = Vse različice Priloge k Uredbi (EU) št. 1024/2012 od { $date } in spremembe v vsaki od njih.
annex-amended-by = Spremenjeno z
annex-column-act = Akt
annex-column-oj-number = Uradni list št.
annex-column-page = Stran
annex-column-date = Datum
annex-original = Izvirno besedilo
annex-original-version = To je Priloga, kot je bila prvotno objavljena.
annex-changes-title = Spremembe glede na prejšnjo različico
annex-previous = Prejšnja različica: { $date }
annex-next = Naslednja različica: { $date }
annex-versions-nav = Različice Priloge
annex-view-current = Preberite veljavno različico
annex-view-timeline = Vse različice in njihove spremembe
annex-op-insert = Točka { $point } vstavljena z aktom { $act }
annex-op-replace = Točka { $point } nadomeščena z aktom { $act }
annex-op-replace-provisions = Določbe, navedene v točki { $point }, nadomeščene z aktom { $act }
annex-op-delete = Točka { $point } črtana z aktom { $act }
annex-change-inserted = Vstavljena točka { $point }
annex-change-deleted = Črtana točka { $point }
annex-change-changed = Spremenjena točka { $point }
annex-inserted-text = vstavljeno besedilo:
annex-deleted-text = črtano besedilo:
annex-unverified = Besedilo te točke je treba preveriti v Uradnem listu Evropske unije.
annex-point-fallback = Ta točka ni na voljo v slovenščini.
annex-marker = Nazadnje spremenjeno z aktom { $m }
annex-feed-title = Priloga k uredbi o IMI: spremembe
annex-feed-link = Spremembe Priloge (vir Atom)
annex-data-link = Vse različice kot odprti podatki (JSON)
annex-upcoming-version = Uporablja se od { $date }, še ne velja.
annex-upcoming-notice = Objavljena je bila nova različica Priloge. Uporabljala se bo od { $date }; do takrat velja spodnja različica.
annex-view-upcoming = Preberite različico, ki se uporablja od { $date }
annex-superseded = Ta različica se ne uporablja več: naslednja različica se uporablja od { $date }.
annex-point-deleted = Črtana.
annex-note = Opomba:
annex-status-upcoming = Še ne velja

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Država
states-column-authority = Nacionalni nadzorni organ
states-column-website = Spletišče
states-authority-unverified = Treba je preveriti
states-authorities-caption = Nacionalni nadzorni organi
exceptions-caption = Izjeme in omejitve, sporočene v skladu s členom 20
exceptions-column-published = Izjeme in omejitve
exceptions-none = Nobena ni objavljena
exceptions-national-report = Poročilo nacionalnega organa o sporočenih informacijah

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Kako se pretakajo informacije
procedure-pattern-one-to-one = Med dvema organoma
procedure-pattern-one-to-many = Od enega organa k mnogim
procedure-pattern-repository = Shranjene za vpogled drugim organom
procedure-examples = Primeri
procedure-data = Obdelani osebni podatki
procedure-access = Kdo jih sme videti
procedure-retention = Kako dolgo se hranijo
procedure-acts = Pravni akti
procedure-source = Viri

# Views of the acts table: filters by type, status and year.
acts-view-title = Akti v zvezi s sistemom IMI: { $filter }
acts-filter-label = Filtriranje aktov
acts-filter-all = Vsi akti
acts-filter-type = Po vrsti
acts-filter-status = Po statusu
acts-filter-year = Po letu sprejetja
acts-kind-regulation = Uredbe
acts-kind-directive = Direktive
acts-kind-decision = Sklepi
acts-kind-implementing-regulation = Izvedbene uredbe
acts-kind-implementing-decision = Izvedbeni sklepi
acts-kind-recommendation = Priporočila
acts-kind-proposal = Predlogi
acts-count =
    { $count ->
        [one] { $count } akt, od najnovejšega do najstarejšega.
        [two] { $count } akta, od najnovejšega do najstarejšega.
        [few] { $count } akti, od najnovejšega do najstarejšega.
       *[other] { $count } aktov, od najnovejšega do najstarejšega.
    }

# What's new: the kind of each entry.
news-kind-act = Pravni akt
news-kind-annex = Prečiščena Priloga

# Shown on every page with the date of its last substantive change.
updated-label = Zadnja posodobitev

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Iskanje po tem portalu
search-button = Išči
search-searching = Iskanje…
search-count = Rezultati za „{ $terms }“: { $count }
search-none = Nobena stran se ne ujema z iskalnim nizom „{ $terms }“. Poskusite z drugimi besedami ali uporabite spodnje kazalo od A do Ž.
search-unavailable = Iskanje trenutno ni na voljo. Uporabite spodnje kazalo od A do Ž.
search-more = Prikaži več rezultatov
search-az-title = Vse strani od A do Ž
search-az-letters = Črke

# The page of facts still to be verified.
unverified-title = Dejstva, ki jih je še treba preveriti
unverified-description = Vsa dejstva na tem portalu, ki še niso potrjena v javnem viru, in kaj je še treba preveriti.
unverified-intro = Ta portal označi dejstvo kot preverjeno šele, ko je bilo prebrano v javnem viru, ki ga portal navaja. Spodnja dejstva še niso potrjena na ta način; pri vsakem je navedeno, kaj je še treba preveriti. Seznam se ustvari iz podatkov portala, zato se krajša, ko se dejstva preverjajo.
unverified-count = Dejstva, ki jih je še treba preveriti: { $count }
unverified-area-annex = Prečiščena Priloga
unverified-area-acts = Akti v zvezi s sistemom IMI
unverified-area-states = Države članice in nadzorni organi
unverified-area-procedures = Postopki
unverified-column-fact = Dejstvo
unverified-column-check = Kaj je še treba preveriti
unverified-none = Vsa dejstva v tem delu so preverjena.
unverified-link = Dejstva, ki jih je še treba preveriti

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Zahteve, prejete prek tega portala
stats-description = Koliko zahtev za dostop, popravek in izbris je prejel ta portal, po mesecih, državah, vrstah in izidu.
stats-intro = Te številke izhajajo iz storitve, ki prejema zahteve, poslane z obrazcem tega portala. Ne vsebujejo osebnih podatkov: nič ni podrobnejše od meseca in nobena številka ni manjša od { $threshold }.
stats-in-time-note = „Pravočasno odgovorjeno“ pomeni, da je bil odgovor dan do okvirnega datuma, sporočenega vložniku zahteve: 30 dni po prejemu za popravek in izbris, en mesec za dostop in izpodbijanje blokiranih podatkov.
stats-generated = Stanje na dan { $date }.
stats-suppressed = Številke, manjše od { $threshold }, niso prikazane, da nikogar ne bi bilo mogoče identificirati; skupni seštevki zajemajo le prikazane številke.
stats-none = Nobena številka še ni dovolj velika, da bi bila prikazana.
stats-chart-title = Zahteve po mesecih glede na izid
stats-chart-desc = En stolpec za vsak mesec, razdeljen glede na izid. Enake številke so v spodnji tabeli.
stats-by-month = Po mesecih
stats-by-state = Po državah
stats-by-kind = Po vrsti zahteve
stats-column-month = Mesec
stats-column-state = Država
stats-column-kind = Vrsta zahteve
stats-column-total = Skupaj
stats-outcome-answered-in-time = Pravočasno odgovorjeno
stats-outcome-answered-late = Odgovorjeno z zamudo
stats-outcome-rejected = Zavrnjena
stats-outcome-open = V obravnavi
stats-data-link = Ta statistika kot odprti podatki (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Revizijski dnevnik storitve za sprejem zahtev
audit-description = Podpisane kontrolne točke revizijskega dnevnika storitve za sprejem zahtev in navodila, kako preveriti, da dnevnik od takrat ni bil prepisan.
audit-intro = Storitev, ki prejema zahteve, poslane z obrazcem tega portala, vsako prejeto zahtevo in vsako dejanje svojih operaterjev zabeleži v revizijski dnevnik, v katerem zgoščena vrednost vsakega vnosa zajema tudi prejšnji vnos. Občasno se zadnji vnos v dnevniku podpiše s ključem, ki se hrani brez povezave z omrežjem, in objavi tukaj. Kdor pozneje pregleduje dnevnik, na primer nadzorni organ, lahko tako dokaže, da dnevnik še vedno vsebuje te vnose nespremenjene.
audit-public-key = Javni ključ podpisov
audit-checkpoints = Kontrolne točke, najnovejše najprej
audit-column-time = Datum
audit-column-seq = Vnos
audit-column-hash = Zgoščena vrednost vnosa (SHA-256)
audit-column-signature = Podpis (Ed25519)
audit-how-title = Kako preveriti
audit-how-signature = Preverite, ali je vsak podpis veljaven za zgornji javni ključ:
audit-how-log = V dnevniku storitve preverite, ali še vedno vsebuje vnos kontrolne točke z enako zgoščeno vrednostjo:
audit-data-link = Te kontrolne točke kot odprti podatki (JSON)
