# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI skaidrumo portalas
site-subtitle = Vidaus rinkos informacinė sistema
skip-link = Pereiti prie pagrindinio turinio
nav-label = Pagrindinis meniu
language-label = Kalba
language-list-label = Kalbos pasirinkimas
breadcrumb-label = Jūs esate čia
home = Pagrindinis puslapis
toc-label = Šiame puslapyje

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Šis puslapis lietuvių kalba dar neprieinamas. Jis rodomas anglų kalba.
fallback-versions = Šis puslapis prieinamas šiomis kalbomis:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Šis tekstas išverstas mašininiu vertimu, vertėjas jo netikrino. Kilus neaiškumų, vadovaujamasi anglų kalbos versija.
machine-translation-original = Skaityti anglų kalbos versiją

section-pages =
    { $count ->
        [one] Šiame skyriuje yra { $count } puslapis.
        [few] Šiame skyriuje yra { $count } puslapiai.
       *[other] Šiame skyriuje yra { $count } puslapių.
    }

footer-purpose = Šiame portale skelbiama informacija apie Vidaus rinkos informacinę sistemą (IMI), kurią pagal Reglamento (ES) Nr. 1024/2012 18 straipsnio 2 dalį Europos Komisija privalo padaryti lengvai prieinamą.
footer-privacy = Ši svetainė nenaudoja slapukų, nieko nesaugo jūsų naršyklėje ir nieko neįkelia iš kitų svetainių.
footer-feed = Atnaujinimai (Atom kanalas)
feed-title = IMI skaidrumo portalas: atnaujinimai
feed-author = Europos Komisija

choose-language = Pasirinkite savo kalbą

not-found-title = Puslapis nerastas
not-found-text = Šiuo adresu puslapio nėra. Jei adresą įvedėte patys, patikrinkite, ar jame nėra klaidų; jei atėjote paspaudę nuorodą, puslapis galėjo būti perkeltas.
not-found-home = Eiti į pagrindinį puslapį

acts-caption = Su IMI susiję teisės aktai
act-column-act = Teisės aktas
act-column-date = Priėmimas
act-column-oj = Oficialusis leidinys
act-column-status = Statusas
act-status-in-force = Galioja
act-status-repealed = Panaikintas
act-status-pending = Pasiūlymas
act-unverified = Reikia patikrinti Europos Sąjungos oficialiajame leidinyje

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Šis konsoliduotas tekstas yra skirtas tik dokumentacijos tikslams ir neturi jokio teisinio poveikio. Autentiškos teisės aktų versijos yra tos, kurios paskelbtos Europos Sąjungos oficialiajame leidinyje.
annex-current-version = Dabartinė versija, taikoma nuo { $date }.
annex-version-title = Priedas, taikomas nuo { $date }
annex-version-description = Reglamento (ES) Nr. 1024/2012 priedas, taikytas nuo { $date }, su tą dieną padarytais pakeitimais.
annex-timeline-title = Priedo istorija
annex-timeline-description = Visos Reglamento (ES) Nr. 1024/2012 priedo versijos nuo { $date } ir kiekvienoje jų padaryti pakeitimai.
annex-amended-by = Iš dalies keičiamas
annex-column-act = Teisės aktas
annex-column-oj-number = Oficialusis leidinys Nr.
annex-column-page = Puslapis
annex-column-date = Data
annex-original = Pradinis tekstas
annex-original-version = Tai priedas toks, koks buvo paskelbtas iš pradžių.
annex-changes-title = Pakeitimai, palyginti su ankstesne versija
annex-previous = Ankstesnė versija: { $date }
annex-next = Kita versija: { $date }
annex-versions-nav = Priedo versijos
annex-view-current = Skaityti dabartinę versiją
annex-view-timeline = Visos versijos ir jų pakeitimai
annex-op-insert = { $point } punktas įterptas teisės aktu { $act }
annex-op-replace = { $point } punktas pakeistas teisės aktu { $act }
annex-op-replace-provisions = { $point } punkte nurodytos nuostatos pakeistos teisės aktu { $act }
annex-op-delete = { $point } punktas išbrauktas teisės aktu { $act }
annex-change-inserted = Įterptas { $point } punktas
annex-change-deleted = Išbrauktas { $point } punktas
annex-change-changed = Pakeistas { $point } punktas
annex-inserted-text = įterptas tekstas:
annex-deleted-text = išbrauktas tekstas:
annex-unverified = Šio punkto formuluotę reikia patikrinti Europos Sąjungos oficialiajame leidinyje.
annex-point-fallback = Šis punktas lietuvių kalba neprieinamas.
annex-marker = Paskutinį kartą iš dalies pakeista teisės aktu { $m }
annex-feed-title = IMI reglamento priedas: pakeitimai
annex-feed-link = Priedo pakeitimai (Atom kanalas)
annex-data-link = Visos versijos kaip atvirieji duomenys (JSON)
annex-upcoming-version = Taikoma nuo { $date }, dar negalioja.
annex-upcoming-notice = Paskelbta nauja priedo versija. Ji bus taikoma nuo { $date }; iki tol galioja toliau pateikta versija.
annex-view-upcoming = Skaityti versiją, taikomą nuo { $date }
annex-superseded = Ši versija nebetaikoma: kita versija taikoma nuo { $date }.
annex-point-deleted = Išbrauktas.
annex-note = Pastaba:
annex-status-upcoming = Dar negalioja

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Valstybė
states-column-authority = Nacionalinė priežiūros institucija
states-column-website = Interneto svetainė
states-authority-unverified = Reikia patikrinti
states-authorities-caption = Nacionalinės priežiūros institucijos
exceptions-caption = Pagal 20 straipsnį praneštos išimtys ir apribojimai
exceptions-column-published = Išimtys ir apribojimai
exceptions-none = Nieko nepaskelbta
exceptions-national-report = Nacionalinės institucijos ataskaita apie pateiktą informaciją

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Kaip keliauja informacija
procedure-pattern-one-to-one = Tarp dviejų institucijų
procedure-pattern-one-to-many = Iš vienos institucijos daugeliui
procedure-pattern-repository = Saugoma, kad su ja galėtų susipažinti kitos institucijos
procedure-examples = Pavyzdžiai
procedure-data = Tvarkomi asmens duomenys
procedure-access = Kas gali juos matyti
procedure-retention = Kiek laiko jie saugomi
procedure-acts = Teisės aktai
procedure-source = Šaltiniai

# Views of the acts table: filters by type, status and year.
acts-view-title = Su IMI susiję teisės aktai: { $filter }
acts-filter-label = Filtruoti teisės aktus
acts-filter-all = Visi teisės aktai
acts-filter-type = Pagal rūšį
acts-filter-status = Pagal statusą
acts-filter-year = Pagal priėmimo metus
acts-kind-regulation = Reglamentai
acts-kind-directive = Direktyvos
acts-kind-decision = Sprendimai
acts-kind-implementing-regulation = Įgyvendinimo reglamentai
acts-kind-implementing-decision = Įgyvendinimo sprendimai
acts-kind-recommendation = Rekomendacijos
acts-kind-proposal = Pasiūlymai
acts-count =
    { $count ->
        [one] { $count } teisės aktas, nuo naujausio iki seniausio.
        [few] { $count } teisės aktai, nuo naujausio iki seniausio.
       *[other] { $count } teisės aktų, nuo naujausio iki seniausio.
    }

# What's new: the kind of each entry.
news-kind-act = Teisės aktas
news-kind-annex = Konsoliduotas priedas

# Shown on every page with the date of its last substantive change.
updated-label = Paskutinį kartą atnaujinta

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Ieškoti šiame portale
search-button = Ieškoti
search-searching = Ieškoma…
search-count = Paieškos „{ $terms }“ rezultatai: { $count }
search-none = Pagal užklausą „{ $terms }“ puslapių nerasta. Pabandykite kitus žodžius arba naudokitės toliau pateikta abėcėline rodykle nuo A iki Ž.
search-unavailable = Paieška šiuo metu neveikia. Naudokitės toliau pateikta abėcėline rodykle nuo A iki Ž.
search-more = Rodyti daugiau rezultatų
search-az-title = Visi puslapiai nuo A iki Ž
search-az-letters = Raidės

# The page of facts still to be verified.
unverified-title = Dar tikrintini faktai
unverified-description = Visi šiame portale pateikti faktai, kurie dar nepatvirtinti viešame šaltinyje, ir tai, ką dar reikia patikrinti.
unverified-intro = Šiame portale faktas pažymimas kaip patikrintas tik tada, kai jis perskaitomas viešame šaltinyje, kurį portalas nurodo. Toliau pateikti faktai dar nepatvirtinti tokiu būdu; prie kiekvieno nurodyta, ką dar reikia patikrinti. Sąrašas sudaromas iš portalo duomenų, todėl jis trumpėja, kai faktai patikrinami.
unverified-count = Dar tikrintini faktai: { $count }
unverified-area-annex = Konsoliduotas priedas
unverified-area-acts = Su IMI susiję teisės aktai
unverified-area-states = Valstybės narės ir priežiūros institucijos
unverified-area-procedures = Procedūros
unverified-column-fact = Faktas
unverified-column-check = Ką dar reikia patikrinti
unverified-none = Visi šios dalies faktai patikrinti.
unverified-link = Dar tikrintini faktai

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Per šį portalą gauti prašymai
stats-description = Kiek prašymų susipažinti su duomenimis, juos ištaisyti ir ištrinti gavo šis portalas, pagal mėnesį, valstybę, rūšį ir rezultatą.
stats-intro = Šie skaičiai gaunami iš paslaugos, kuri priima šio portalo forma siunčiamus prašymus. Juose nėra asmens duomenų: nieko smulkesnio nei mėnuo ir nė vieno skaičiaus, mažesnio nei { $threshold }.
stats-in-time-note = „Atsakyta laiku“ reiškia, kad atsakyta iki prašymą pateikusiam asmeniui nurodytos orientacinės datos: ištaisymo ir ištrynimo atveju – per 30 dienų nuo gavimo, susipažinimo ir blokuotų duomenų ginčijimo atveju – per vieną mėnesį.
stats-generated = Suskaičiuota { $date }.
stats-suppressed = Skaičiai, mažesni nei { $threshold }, nerodomi, kad nė vieno asmens nebūtų galima išskirti; į sumas įtraukiama tik tai, kas parodyta.
stats-none = Kol kas nė vienas skaičius nėra pakankamai didelis, kad būtų parodytas.
stats-chart-title = Prašymai pagal mėnesį ir rezultatą
stats-chart-desc = Vienas stulpelis kiekvienam mėnesiui, suskirstytas pagal rezultatą. Tie patys skaičiai pateikti toliau esančioje lentelėje.
stats-by-month = Pagal mėnesį
stats-by-state = Pagal valstybę
stats-by-kind = Pagal prašymo rūšį
stats-column-month = Mėnuo
stats-column-state = Valstybė
stats-column-kind = Prašymo rūšis
stats-column-total = Iš viso
stats-outcome-answered-in-time = Atsakyta laiku
stats-outcome-answered-late = Atsakyta pavėluotai
stats-outcome-rejected = Atmesta
stats-outcome-open = Nagrinėjama
stats-data-link = Ši statistika kaip atvirieji duomenys (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Prašymų priėmimo paslaugos audito žurnalas
audit-description = Pasirašyti prašymų priėmimo paslaugos audito žurnalo kontroliniai taškai ir kaip patikrinti, ar žurnalas nuo to laiko nebuvo perrašytas.
audit-intro = Paslauga, kuri priima šio portalo forma siunčiamus prašymus, kiekvieną gautą prašymą ir kiekvieną savo operatorių veiksmą registruoja audito žurnale, kuriame kiekvieno įrašo maišos reikšmė apima ir ankstesnį įrašą. Retkarčiais naujausias žurnalo įrašas pasirašomas raktu, saugomu neprisijungus prie tinklo, ir paskelbiamas čia. Kiekvienas, kas vėliau tikrins žurnalą, pavyzdžiui, priežiūros institucija, galės įrodyti, kad jame tebėra šie įrašai, nepakeisti.
audit-public-key = Parašų viešasis raktas
audit-checkpoints = Kontroliniai taškai, pradedant naujausiais
audit-column-time = Data
audit-column-seq = Įrašas
audit-column-hash = Įrašo maišos reikšmė (SHA-256)
audit-column-signature = Parašas (Ed25519)
audit-how-title = Kaip patikrinti
audit-how-signature = Patikrinkite, ar kiekvienas parašas galioja pagal pirmiau nurodytą viešąjį raktą:
audit-how-log = Paslaugos žurnale patikrinkite, ar jame tebėra kontrolinio taško įrašas su ta pačia maišos reikšme:
audit-data-link = Šie kontroliniai taškai kaip atvirieji duomenys (JSON)
