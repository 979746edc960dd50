# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI átláthatósági portál
site-subtitle = Belső piaci információs rendszer
skip-link = Ugrás a fő tartalomra
nav-label = Főmenü
language-label = Nyelv
language-list-label = Nyelv kiválasztása
breadcrumb-label = Ön itt van
home = Kezdőlap
toc-label = Ezen az oldalon

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Ez az oldal még nem érhető el magyar nyelven. Az oldal angol nyelven jelenik meg.
fallback-versions = Ez az oldal a következő nyelveken érhető el:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Ezt a szöveget gépi fordítással fordították, és fordító nem ellenőrizte. Kétség esetén az angol nyelvű változat az irányadó.
machine-translation-original = Az angol nyelvű változat megtekintése

section-pages =
    { $count ->
        [one] Ez a szakasz { $count } oldalt tartalmaz.
       *[other] Ez a szakasz { $count } oldalt tartalmaz.
    }

footer-purpose = Ez a portál közzéteszi a belső piaci információs rendszerrel (IMI) kapcsolatos azon információkat, amelyeket az Európai Bizottságnak az 1024/2012/EU rendelet 18. cikkének (2) bekezdése értelmében könnyen hozzáférhetővé kell tennie.
footer-privacy = Ez a webhely nem helyez el sütiket, semmit nem tárol az Ön böngészőjében, és semmit nem tölt be más webhelyekről.
footer-feed = Frissítések (Atom-hírcsatorna)
feed-title = IMI átláthatósági portál: frissítések
feed-author = Európai Bizottság

choose-language = Válassza ki a nyelvet

not-found-title = Az oldal nem található
not-found-text = Ezen a címen nincs oldal. Ha a címet Ön gépelte be, ellenőrizze, nincs-e benne hiba; ha egy hivatkozást követett, lehet, hogy az oldal máshová került.
not-found-home = Ugrás a kezdőlapra

acts-caption = Az IMI-vel kapcsolatos jogi aktusok
act-column-act = Jogi aktus
act-column-date = Elfogadás
act-column-oj = Hivatalos Lap
act-column-status = Állapot
act-status-in-force = Hatályos
act-status-repealed = Hatályon kívül helyezve
act-status-pending = Javaslat
act-unverified = Az Európai Unió Hivatalos Lapja alapján ellenőrizendő

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Ez az egységes szerkezetbe foglalt szöveg kizárólag tájékoztató jellegű, és nem rendelkezik joghatással. A jogi aktusok hiteles változatai az Európai Unió Hivatalos Lapjában kihirdetett változatok.
annex-current-version = Hatályos változat, alkalmazandó { $date } napjától.
annex-version-title = A melléklet { $date } napjától alkalmazandó változata
annex-version-description = Az 1024/2012/EU rendelet mellékletének { $date } napjától alkalmazandó változata, az ezen a napon végrehajtott módosításokkal.
annex-timeline-title = A melléklet története
annex-timeline-description = Az 1024/2012/EU rendelet mellékletének valamennyi változata { $date } óta, az egyes változatokban végrehajtott módosításokkal együtt.
annex-amended-by = Módosította
annex-column-act = Jogi aktus
annex-column-oj-number = Hivatalos Lap szám
annex-column-page = Oldal
annex-column-date = Dátum
annex-original = Eredeti szöveg
annex-original-version = Ez a melléklet eredetileg kihirdetett szövege.
annex-changes-title = Változások az előző változathoz képest
annex-previous = Előző változat: { $date }
annex-next = Következő változat: { $date }
annex-versions-nav = A melléklet változatai
annex-view-current = A hatályos változat elolvasása
annex-view-timeline = Valamennyi változat és módosításaik
annex-op-insert = { $point }. pont – beillesztette: { $act }
annex-op-replace = { $point }. pont – felváltotta: { $act }
annex-op-replace-provisions = { $point }. pontban hivatkozott rendelkezések – felváltotta: { $act }
annex-op-delete = { $point }. pont – törölte: { $act }
annex-change-inserted = { $point }. pont beillesztve
annex-change-deleted = { $point }. pont törölve
annex-change-changed = { $point }. pont módosítva
annex-inserted-text = beillesztett szöveg:
annex-deleted-text = törölt szöveg:
annex-unverified = Ennek a pontnak a szövegét az Európai Unió Hivatalos Lapja alapján ellenőrizni kell.
annex-point-fallback = Ez a pont nem érhető el magyar nyelven.
annex-marker = Utoljára módosította: { $m }
annex-feed-title = Az IMI-rendelet melléklete: változások
annex-feed-link = A melléklet változásai (Atom-hírcsatorna)
annex-data-link = Valamennyi változat nyílt adatként (JSON)
annex-upcoming-version = { $date } napjától alkalmazandó, még nem hatályos.
annex-upcoming-notice = Megjelent a melléklet új változata. Ez { $date } napjától alkalmazandó; addig az alábbi változat hatályos.
annex-view-upcoming = A melléklet { $date } napjától alkalmazandó változatának elolvasása
annex-superseded = Ez a változat már nem alkalmazandó: a következő változat { $date } napjától alkalmazandó.
annex-point-deleted = Törölve.
annex-note = Megjegyzés:
annex-status-upcoming = Még nem hatályos

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Ország
states-column-authority = Nemzeti felügyeleti hatóság
states-column-website = Weboldal
states-authority-unverified = Ellenőrizendő
states-authorities-caption = Nemzeti felügyeleti hatóságok
exceptions-caption = A 20. cikk alapján bejelentett kivételek és korlátozások
exceptions-column-published = Kivételek és korlátozások
exceptions-none = Egyet sem tettek közzé
exceptions-national-report = Egy nemzeti hatóság jelentése a bejelentett információkról

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Hogyan áramlik az információ
procedure-pattern-one-to-one = Két hatóság között
procedure-pattern-one-to-many = Egy hatóságtól sok hatósághoz
procedure-pattern-repository = Más hatóságok számára betekintésre tárolva
procedure-examples = Példák
procedure-data = Kezelt személyes adatok
procedure-access = Ki láthatja az adatokat
procedure-retention = Meddig őrzik meg az adatokat
procedure-acts = Jogi aktusok
procedure-source = Források

# Views of the acts table: filters by type, status and year.
acts-view-title = Az IMI-vel kapcsolatos jogi aktusok: { $filter }
acts-filter-label = A jogi aktusok szűrése
acts-filter-all = Valamennyi jogi aktus
acts-filter-type = Típus szerint
acts-filter-status = Állapot szerint
acts-filter-year = Az elfogadás éve szerint
acts-kind-regulation = Rendeletek
acts-kind-directive = Irányelvek
acts-kind-decision = Határozatok
acts-kind-implementing-regulation = Végrehajtási rendeletek
acts-kind-implementing-decision = Végrehajtási határozatok
acts-kind-recommendation = Ajánlások
acts-kind-proposal = Javaslatok
acts-count =
    { $count ->
        [one] { $count } jogi aktus, a legújabbtól a legrégebbiig.
       *[other] { $count } jogi aktus, a legújabbtól a legrégebbiig.
    }

# What's new: the kind of each entry.
news-kind-act = Jogi aktus
news-kind-annex = Egységes szerkezetbe foglalt melléklet

# Shown on every page with the date of its last substantive change.
updated-label = Utolsó frissítés

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Keresés ezen a portálon
search-button = Keresés
search-searching = Keresés folyamatban…
search-count = „{ $terms }” – találatok: { $count }
search-none = Egyetlen oldal sem felel meg a következőnek: „{ $terms }”. Próbálkozzon más szavakkal, vagy használja az alábbi betűrendes mutatót (A–Z).
search-unavailable = A keresés jelenleg nem érhető el. Használja az alábbi betűrendes mutatót (A–Z).
search-more = További találatok megjelenítése
search-az-title = Valamennyi oldal A-tól Z-ig
search-az-letters = Betűk

# The page of facts still to be verified.
unverified-title = Még ellenőrizendő tények
unverified-description = A portálon szereplő valamennyi olyan tény, amelyet nyilvános forrás még nem erősített meg, és hogy mit kell még ellenőrizni.
unverified-intro = A portál egy tényt csak akkor jelöl ellenőrzöttként, ha azt egy nyilvános forrásban elolvasták, és a portál ezt a forrást meg is jelöli. Az alábbi tényeket még nem erősítették meg ily módon; mindegyiknél szerepel, hogy mit kell még ellenőrizni. A lista a portál adataiból készül, így a tények ellenőrzésével egyre rövidebb lesz.
unverified-count = Még ellenőrizendő tények: { $count }
unverified-area-annex = Egységes szerkezetbe foglalt melléklet
unverified-area-acts = Az IMI-vel kapcsolatos jogi aktusok
unverified-area-states = Tagállamok és felügyeleti hatóságok
unverified-area-procedures = Eljárások
unverified-column-fact = Tény
unverified-column-check = Mit kell még ellenőrizni
unverified-none = Ebben a részben minden tény ellenőrzött.
unverified-link = Még ellenőrizendő tények

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Az ezen a portálon keresztül beérkezett kérelmek
stats-description = Hány hozzáférés, helyesbítés és törlés iránti kérelem érkezett ezen a portálon keresztül, hónap, ország, típus és eredmény szerint.
stats-intro = Ezek a számok attól a szolgáltatástól származnak, amely a portál űrlapján küldött kérelmeket fogadja. Nem tartalmaznak személyes adatot: semmi sem részletesebb egy hónapnál, és egyetlen szám sem kisebb, mint { $threshold }.
stats-in-time-note = A „Határidőben megválaszolva” azt jelenti, hogy a kérelmet a kérelmezővel közölt tájékoztató jellegű időpontig megválaszolták: helyesbítés és törlés esetén a beérkezést követő 30 napon belül, hozzáférés és zárolt adatok vitatása esetén egy hónapon belül.
stats-generated = Az összesítés dátuma: { $date }.
stats-suppressed = Azok a számok, amelyek kisebbek, mint { $threshold }, nem jelennek meg, hogy senki se legyen azonosítható; a végösszegek csak a megjelenített számokat adják össze.
stats-none = Még egyetlen szám sem elég nagy ahhoz, hogy megjelenjen.
stats-chart-title = Kérelmek havonta, eredmény szerint
stats-chart-desc = Havonta egy oszlop, eredmény szerint felosztva. Ugyanezek a számok az alábbi táblázatban is szerepelnek.
stats-by-month = Hónap szerint
stats-by-state = Ország szerint
stats-by-kind = A kérelem típusa szerint
stats-column-month = Hónap
stats-column-state = Ország
stats-column-kind = A kérelem típusa
stats-column-total = Összesen
stats-outcome-answered-in-time = Határidőben megválaszolva
stats-outcome-answered-late = Késve megválaszolva
stats-outcome-rejected = Elutasítva
stats-outcome-open = Folyamatban
stats-data-link = Ez a statisztika nyílt adatként (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = A kérelmeket fogadó szolgáltatás auditnaplója
audit-description = A kérelmeket fogadó szolgáltatás auditnaplójának aláírt ellenőrzőpontjai, valamint annak módja, hogyan ellenőrizhető, hogy a naplót azóta nem írták át.
audit-intro = Az a szolgáltatás, amely a portál űrlapján küldött kérelmeket fogadja, minden beérkező kérelmet és kezelőinek minden műveletét rögzíti egy auditnaplóban, amelyben minden bejegyzés lenyomata az előző bejegyzést is lefedi. A napló legutóbbi bejegyzését időről időre egy offline tárolt kulccsal aláírják, és itt közzéteszik. Így bárki, aki később megvizsgálja a naplót – például egy felügyeleti hatóság –, igazolni tudja, hogy a napló továbbra is változatlanul tartalmazza ezeket a bejegyzéseket.
audit-public-key = Az aláírások nyilvános kulcsa
audit-checkpoints = Ellenőrzőpontok, a legújabbal kezdve
audit-column-time = Dátum
audit-column-seq = Bejegyzés
audit-column-hash = A bejegyzés lenyomata (SHA-256)
audit-column-signature = Aláírás (Ed25519)
audit-how-title = Az ellenőrzés módja
audit-how-signature = Ellenőrizze, hogy minden aláírás érvényes-e a fenti nyilvános kulccsal:
audit-how-log = A szolgáltatás naplójában ellenőrizze, hogy a napló továbbra is tartalmazza-e az ellenőrzőpont bejegyzését ugyanazzal a lenyomattal:
audit-data-link = Ezek az ellenőrzőpontok nyílt adatként (JSON)
