# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portalul de transparență IMI
site-subtitle = Sistemul de informare al pieței interne
skip-link = Salt la conținutul principal
nav-label = Meniu principal
language-label = Limbă
language-list-label = Alegeți o limbă
breadcrumb-label = Vă aflați aici
home = Pagina principală
toc-label = Pe această pagină

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Această pagină nu este încă disponibilă în limba română. Este afișată în limba engleză.
fallback-versions = Această pagină este disponibilă în:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Acest text a fost tradus automat și nu a fost verificat de un traducător. În caz de neclaritate, prevalează versiunea în limba engleză.
machine-translation-original = Citiți versiunea în limba engleză

section-pages =
    { $count ->
        [one] Această secțiune conține { $count } pagină.
        [few] Această secțiune conține { $count } pagini.
       *[other] Această secțiune conține { $count } de pagini.
    }

footer-purpose = Acest portal publică informațiile despre Sistemul de informare al pieței interne (IMI) pe care, în temeiul articolului 18 alineatul (2) din Regulamentul (UE) nr. 1024/2012, Comisia Europeană trebuie să le facă ușor accesibile.
footer-privacy = Acest site nu plasează module cookie, nu stochează nimic în browserul dumneavoastră și nu încarcă nimic de pe alte site-uri.
footer-feed = Actualizări (flux Atom)
feed-title = Portalul de transparență IMI: actualizări
feed-author = Comisia Europeană

choose-language = Alegeți limba dumneavoastră

not-found-title = Pagina nu a fost găsită
not-found-text = Nu există nicio pagină la această adresă. Dacă ați introdus adresa manual, verificați dacă nu conține greșeli; dacă ați urmat un link, este posibil ca pagina să fi fost mutată.
not-found-home = Mergeți la pagina principală

acts-caption = Acte juridice privind IMI
act-column-act = Act
act-column-date = Adoptare
act-column-oj = Jurnalul Oficial
act-column-status = Statut
act-status-in-force = În vigoare
act-status-repealed = Abrogat
act-status-pending = Propunere
act-unverified = De verificat în Jurnalul Oficial al Uniunii Europene

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Acest text consolidat are exclusiv scop de informare și nu produce efecte juridice. Versiunile autentice ale actelor sunt cele publicate în Jurnalul Oficial al Uniunii Europene.
annex-current-version = Versiunea în vigoare, aplicabilă de la { $date }.
annex-version-title = Anexa aplicabilă de la { $date }
annex-version-description = Anexa la Regulamentul (UE) nr. 1024/2012 astfel cum se aplica de la { $date }, cu modificările aduse la acea dată.
annex-timeline-title = Istoricul anexei
annex-timeline-description = Toate versiunile anexei la Regulamentul (UE) nr. 1024/2012 începând cu { $date } și modificările aduse în fiecare dintre ele.
annex-amended-by = Modificat prin
annex-column-act = Act
annex-column-oj-number = Jurnalul Oficial nr.
annex-column-page = Pagina
annex-column-date = Data
annex-original = Textul original
annex-original-version = Aceasta este anexa în forma publicată inițial.
annex-changes-title = Modificări față de versiunea anterioară
annex-previous = Versiunea anterioară: { $date }
annex-next = Versiunea următoare: { $date }
annex-versions-nav = Versiunile anexei
annex-view-current = Citiți versiunea în vigoare
annex-view-timeline = Toate versiunile și modificările lor
annex-op-insert = Punctul { $point } introdus prin { $act }
annex-op-replace = Punctul { $point } înlocuit prin { $act }
annex-op-replace-provisions = Dispozițiile menționate la punctul { $point } înlocuite prin { $act }
annex-op-delete = Punctul { $point } eliminat prin { $act }
annex-change-inserted = Punctul { $point } introdus
annex-change-deleted = Punctul { $point } eliminat
annex-change-changed = Punctul { $point } modificat
annex-inserted-text = text introdus:
annex-deleted-text = text eliminat:
annex-unverified = Formularea acestui punct trebuie verificată în Jurnalul Oficial al Uniunii Europene.
annex-point-fallback = Acest punct nu este disponibil în limba română.
annex-marker = Modificat ultima dată prin { $m }
annex-feed-title = Anexa la Regulamentul IMI: modificări
annex-feed-link = Modificări ale anexei (flux Atom)
annex-data-link = Toate versiunile ca date deschise (JSON)
annex-upcoming-version = Aplicabilă de la { $date }, încă nu este în vigoare.
annex-upcoming-notice = A fost publicată o nouă versiune a anexei. Aceasta se aplică de la { $date }; până atunci, versiunea în vigoare este cea de mai jos.
annex-view-upcoming = Citiți versiunea aplicabilă de la { $date }
annex-superseded = Această versiune nu se mai aplică: versiunea următoare se aplică de la { $date }.
annex-point-deleted = Eliminat.
annex-note = Notă:
annex-status-upcoming = Încă nu este în vigoare

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Stat
states-column-authority = Autoritate națională de supraveghere
states-column-website = Site web
states-authority-unverified = De verificat
states-authorities-caption = Autorități naționale de supraveghere
exceptions-caption = Excepții și limitări notificate în temeiul articolului 20
exceptions-column-published = Excepții și limitări
exceptions-none = Niciuna publicată
exceptions-national-report = Raportul unei autorități naționale privind informațiile comunicate

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Cum circulă informațiile
procedure-pattern-one-to-one = Între două autorități
procedure-pattern-one-to-many = De la o autoritate către mai multe
procedure-pattern-repository = Păstrate pentru a fi consultate de alte autorități
procedure-examples = Exemple
procedure-data = Date cu caracter personal prelucrate
procedure-access = Cine le poate vedea
procedure-retention = Cât timp sunt păstrate
procedure-acts = Acte juridice
procedure-source = Surse

# Views of the acts table: filters by type, status and year.
acts-view-title = Acte privind IMI: { $filter }
acts-filter-label = Filtrați actele
acts-filter-all = Toate actele
acts-filter-type = După tip
acts-filter-status = După statut
acts-filter-year = După anul adoptării
acts-kind-regulation = Regulamente
acts-kind-directive = Directive
acts-kind-decision = Decizii
acts-kind-implementing-regulation = Regulamente de punere în aplicare
acts-kind-implementing-decision = Decizii de punere în aplicare
acts-kind-recommendation = Recomandări
acts-kind-proposal = Propuneri
acts-count =
    { $count ->
        [one] { $count } act, de la cel mai recent la cel mai vechi.
        [few] { $count } acte, de la cel mai recent la cel mai vechi.
       *[other] { $count } de acte, de la cel mai recent la cel mai vechi.
    }

# What's new: the kind of each entry.
news-kind-act = Act juridic
news-kind-annex = Anexa consolidată

# Shown on every page with the date of its last substantive change.
updated-label = Ultima actualizare

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Căutați pe acest portal
search-button = Căutare
search-searching = Se caută…
search-count = Rezultate pentru „{ $terms }”: { $count }
search-none = Nicio pagină nu corespunde căutării „{ $terms }”. Încercați alte cuvinte sau folosiți indexul de la A la Z de mai jos.
search-unavailable = Căutarea nu este disponibilă în acest moment. Folosiți indexul de la A la Z de mai jos.
search-more = Afișați mai multe rezultate
search-az-title = Toate paginile de la A la Z
search-az-letters = Litere

# The page of facts still to be verified.
unverified-title = Fapte care urmează să fie verificate
unverified-description = Toate faptele de pe acest portal care nu sunt încă confirmate într-o sursă publică și ce rămâne de verificat.
unverified-intro = Acest portal marchează un fapt ca verificat numai după ce acesta a fost citit într-o sursă publică, pe care portalul o citează. Faptele de mai jos nu sunt încă confirmate în acest mod; pentru fiecare se indică ce rămâne de verificat. Lista este generată pe baza datelor portalului, astfel încât se scurtează pe măsură ce faptele sunt verificate.
unverified-count = Fapte care urmează să fie verificate: { $count }
unverified-area-annex = Anexa consolidată
unverified-area-acts = Acte privind IMI
unverified-area-states = State membre și autorități de supraveghere
unverified-area-procedures = Proceduri
unverified-column-fact = Fapt
unverified-column-check = Ce rămâne de verificat
unverified-none = Toate faptele din această parte sunt verificate.
unverified-link = Fapte care urmează să fie verificate

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Cereri primite prin intermediul acestui portal
stats-description = Câte cereri de acces, rectificare și ștergere a primit acest portal, după lună, stat, tip și rezultat.
stats-intro = Aceste cifre provin de la serviciul care primește cererile trimise prin formularul acestui portal. Ele nu conțin date cu caracter personal: nimic mai detaliat decât luna și nicio cifră mai mică de { $threshold }.
stats-in-time-note = „Răspuns în termen” înseamnă răspuns dat până la data orientativă comunicată solicitantului: 30 de zile de la primire pentru rectificare și ștergere, o lună pentru acces și contestarea datelor blocate.
stats-generated = Situația la { $date }.
stats-suppressed = Cifrele mai mici de { $threshold } nu sunt afișate, astfel încât nicio persoană să nu poată fi identificată; totalurile însumează doar ceea ce este afișat.
stats-none = Deocamdată nicio cifră nu este suficient de mare pentru a fi afișată.
stats-chart-title = Cereri pe lună, după rezultat
stats-chart-desc = O bară pentru fiecare lună, împărțită după rezultat. Aceleași cifre figurează în tabelul de mai jos.
stats-by-month = După lună
stats-by-state = După stat
stats-by-kind = După tipul cererii
stats-column-month = Luna
stats-column-state = Stat
stats-column-kind = Tipul cererii
stats-column-total = Total
stats-outcome-answered-in-time = Răspuns în termen
stats-outcome-answered-late = Răspuns cu întârziere
stats-outcome-rejected = Respinsă
stats-outcome-open = În curs
stats-data-link = Aceste statistici ca date deschise (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Jurnalul de audit al serviciului de primire a cererilor
audit-description = Punctele de control semnate ale jurnalului de audit al serviciului de primire a cererilor și modul în care se poate verifica faptul că jurnalul nu a fost rescris de atunci.
audit-intro = Serviciul care primește cererile trimise prin formularul acestui portal înregistrează fiecare cerere primită și fiecare acțiune a operatorilor săi într-un jurnal de audit, în care amprenta criptografică a fiecărei intrări o cuprinde și pe cea anterioară. Din când în când, cea mai recentă intrare din jurnal este semnată cu o cheie păstrată offline și publicată aici. Oricine examinează ulterior jurnalul, de exemplu o autoritate de supraveghere, poate astfel demonstra că acesta conține în continuare aceste intrări nemodificate.
audit-public-key = Cheia publică a semnăturilor
audit-checkpoints = Puncte de control, începând cu cel mai recent
audit-column-time = Data
audit-column-seq = Intrare
audit-column-hash = Amprenta criptografică a intrării (SHA-256)
audit-column-signature = Semnătură (Ed25519)
audit-how-title = Cum se verifică
audit-how-signature = Verificați dacă fiecare semnătură este validă pentru cheia publică de mai sus:
audit-how-log = În jurnalul serviciului, verificați dacă acesta conține în continuare intrarea unui punct de control cu aceeași amprentă criptografică:
audit-data-link = Aceste puncte de control ca date deschise (JSON)
