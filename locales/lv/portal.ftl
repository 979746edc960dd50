# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI pārredzamības portāls
site-subtitle = Iekšējā tirgus informācijas sistēma
skip-link = Pāriet uz pamatsaturu
nav-label = Galvenā izvēlne
language-label = Valoda
language-list-label = Valodas izvēle
breadcrumb-label = Jūs esat šeit
home = Sākumlapa
toc-label = Šajā lapā

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Šī lapa vēl nav pieejama latviešu valodā. Tā ir parādīta angļu valodā.
fallback-versions = Šī lapa ir pieejama šādās valodās:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Šis teksts ir tulkots mašīntulkošanā, un tulkotājs to nav pārbaudījis. Neskaidrību gadījumā noteicošā ir angļu valodas versija.
machine-translation-original = Lasīt angļu valodas versiju

section-pages =
    { $count ->
        [zero] Šajā sadaļā ir { $count } lapas.
        [one] Šajā sadaļā ir { $count } lapa.
       *[other] Šajā sadaļā ir { $count } lapas.
    }

footer-purpose = Šajā portālā tiek publicēta informācija par Iekšējā tirgus informācijas sistēmu (IMI), kas Eiropas Komisijai saskaņā ar Regulas (ES) Nr. 1024/2012 18. panta 2. punktu ir jādara viegli pieejama.
footer-privacy = Šī vietne neizmanto sīkdatnes, neko nesaglabā jūsu pārlūkprogrammā un neko neielādē no citām vietnēm.
footer-feed = Atjauninājumi (Atom plūsma)
feed-title = IMI pārredzamības portāls: atjauninājumi
feed-author = Eiropas Komisija

choose-language = Izvēlieties savu valodu

not-found-title = Lapa nav atrasta
not-found-text = Šajā adresē nav lapas. Ja adresi ievadījāt manuāli, pārbaudiet, vai tajā nav kļūdu; ja sekojāt saitei, iespējams, lapa ir pārvietota.
not-found-home = Uz sākumlapu

acts-caption = Ar IMI saistītie tiesību akti
act-column-act = Tiesību akts
act-column-date = Pieņemšana
act-column-oj = Oficiālais Vēstnesis
act-column-status = Statuss
act-status-in-force = Spēkā
act-status-repealed = Atcelts
act-status-pending = Priekšlikums
act-unverified = Jāpārbauda Eiropas Savienības Oficiālajā Vēstnesī

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Šis konsolidētais teksts ir paredzēts tikai dokumentācijai, un tam nav juridiska spēka. Aktu autentiskās versijas ir tās, kas publicētas Eiropas Savienības Oficiālajā Vēstnesī.
annex-current-version = Spēkā esošā versija, piemērojama no { $date }.
annex-version-title = Pielikums, kas piemērojams no { $date }
annex-version-description = Regulas (ES) Nr. 1024/2012 pielikums, kā tas bija piemērojams no { $date }, ar šajā datumā izdarītajām izmaiņām.
annex-timeline-title = Pielikuma vēsture
annex-timeline-description = Visas Regulas (ES) Nr. 1024/2012 pielikuma versijas kopš { $date } un katrā no tām izdarītās izmaiņas.
annex-amended-by = Grozīta ar
annex-column-act = Tiesību akts
annex-column-oj-number = Oficiālais Vēstnesis Nr.
annex-column-page = Lappuse
annex-column-date = Datums
annex-original = Sākotnējais teksts
annex-original-version = Šis ir pielikums tādā redakcijā, kādā tas sākotnēji publicēts.
annex-changes-title = Izmaiņas salīdzinājumā ar iepriekšējo versiju
annex-previous = Iepriekšējā versija: { $date }
annex-next = Nākamā versija: { $date }
annex-versions-nav = Pielikuma versijas
annex-view-current = Lasīt spēkā esošo versiju
annex-view-timeline = Visas versijas un izmaiņas tajās
annex-op-insert = { $point }. punkts iekļauts ar tiesību aktu { $act }
annex-op-replace = { $point }. punkts aizstāts ar tiesību aktu { $act }
annex-op-replace-provisions = { $point }. punktā minētie noteikumi aizstāti ar tiesību aktu { $act }
annex-op-delete = { $point }. punkts svītrots ar tiesību aktu { $act }
annex-change-inserted = Iekļauts { $point }. punkts
annex-change-deleted = Svītrots { $point }. punkts
annex-change-changed = Grozīts { $point }. punkts
annex-inserted-text = iekļautais teksts:
annex-deleted-text = svītrotais teksts:
annex-unverified = Šā punkta formulējums jāpārbauda Eiropas Savienības Oficiālajā Vēstnesī.
annex-point-fallback = Šis punkts nav pieejams latviešu valodā.
annex-marker = Pēdējoreiz grozīts ar { $m }
annex-feed-title = IMI regulas pielikums: izmaiņas
annex-feed-link = Pielikuma izmaiņas (Atom plūsma)
annex-data-link = Visas versijas kā atvērtie dati (JSON)
annex-upcoming-version = Piemērojama no { $date }, vēl nav stājusies spēkā.
annex-upcoming-notice = Ir publicēta jauna pielikuma versija. Tā būs piemērojama no { $date }; līdz tam spēkā ir tālāk redzamā versija.
annex-view-upcoming = Lasīt versiju, kas piemērojama no { $date }
annex-superseded = Šī versija vairs nav piemērojama: nākamā versija ir piemērojama no { $date }.
annex-point-deleted = Svītrots.
annex-note = Piezīme:
annex-status-upcoming = Vēl nav spēkā

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Valsts
states-column-authority = Valsts uzraudzības iestāde
states-column-website = Tīmekļa vietne
states-authority-unverified = Jāpārbauda
states-authorities-caption = Valstu uzraudzības iestādes
exceptions-caption = Izņēmumi un ierobežojumi, par kuriem paziņots saskaņā ar 20. pantu
exceptions-column-published = Izņēmumi un ierobežojumi
exceptions-none = Neviens nav publicēts
exceptions-national-report = Valsts iestādes ziņojums par paziņoto informāciju

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Kā informācija plūst
procedure-pattern-one-to-one = Starp divām iestādēm
procedure-pattern-one-to-many = No vienas iestādes daudzām
procedure-pattern-repository = Glabāta, lai citas iestādes varētu ar to iepazīties
procedure-examples = Piemēri
procedure-data = Apstrādātie personas dati
procedure-access = Kas drīkst tos redzēt
procedure-retention = Cik ilgi tos glabā
procedure-acts = Tiesību akti
procedure-source = Avoti

# Views of the acts table: filters by type, status and year.
acts-view-title = Ar IMI saistītie tiesību akti: { $filter }
acts-filter-label = Filtrēt tiesību aktus
acts-filter-all = Visi tiesību akti
acts-filter-type = Pēc veida
acts-filter-status = Pēc statusa
acts-filter-year = Pēc pieņemšanas gada
acts-kind-regulation = Regulas
acts-kind-directive = Direktīvas
acts-kind-decision = Lēmumi
acts-kind-implementing-regulation = Īstenošanas regulas
acts-kind-implementing-decision = Īstenošanas lēmumi
acts-kind-recommendation = Ieteikumi
acts-kind-proposal = Priekšlikumi
acts-count =
    { $count ->
        [zero] { $count } tiesību akti, sākot ar jaunāko.
        [one] { $count } tiesību akts, sākot ar jaunāko.
       *[other] { $count } tiesību akti, sākot ar jaunāko.
    }

# What's new: the kind of each entry.
news-kind-act = Tiesību akts
news-kind-annex = Konsolidētais pielikums

# Shown on every page with the date of its last substantive change.
updated-label = Pēdējā atjaunināšana

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Meklēt šajā portālā
search-button = Meklēt
search-searching = Notiek meklēšana…
search-count = Rezultāti vaicājumam “{ $terms }”: { $count }
search-none = Vaicājumam “{ $terms }” neatbilst neviena lapa. Mēģiniet citus vārdus vai izmantojiet tālāk sniegto alfabētisko rādītāju no A līdz Z.
search-unavailable = Meklēšana pašlaik nav pieejama. Izmantojiet tālāk sniegto alfabētisko rādītāju no A līdz Z.
search-more = Rādīt vairāk rezultātu
search-az-title = Visas lapas no A līdz Z
search-az-letters = Burti

# The page of facts still to be verified.
unverified-title = Vēl pārbaudāmie fakti
unverified-description = Visi šajā portālā minētie fakti, kas vēl nav apstiprināti publiskā avotā, un tas, kas vēl jāpārbauda.
unverified-intro = Šajā portālā fakts tiek atzīmēts kā pārbaudīts tikai tad, kad tas ir izlasīts publiskā avotā, uz kuru portāls atsaucas. Tālāk minētie fakti vēl nav šādi apstiprināti; pie katra no tiem norādīts, kas vēl jāpārbauda. Saraksts tiek veidots no portāla datiem, tāpēc, faktus pārbaudot, tas kļūst īsāks.
unverified-count = Vēl pārbaudāmie fakti: { $count }
unverified-area-annex = Konsolidētais pielikums
unverified-area-acts = Ar IMI saistītie tiesību akti
unverified-area-states = Dalībvalstis un uzraudzības iestādes
unverified-area-procedures = Procedūras
unverified-column-fact = Fakts
unverified-column-check = Kas vēl jāpārbauda
unverified-none = Visi šīs daļas fakti ir pārbaudīti.
unverified-link = Vēl pārbaudāmie fakti

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Ar šī portāla starpniecību saņemtie pieprasījumi
stats-description = Cik pieprasījumu par piekļuvi, labošanu un dzēšanu šis portāls ir saņēmis, sadalījumā pēc mēneša, valsts, veida un iznākuma.
stats-intro = Šie skaitļi iegūti no pakalpojuma, kas saņem ar šī portāla veidlapu nosūtītos pieprasījumus. Tie nesatur personas datus: nekas nav sīkāks par mēnesi, un neviens skaitlis nav mazāks par { $threshold }.
stats-in-time-note = “Atbildēts laikā” nozīmē, ka atbilde sniegta līdz pieprasītājam norādītajam indikatīvajam datumam: labošanai un dzēšanai – 30 dienas pēc saņemšanas, piekļuvei un bloķētu datu apstrīdēšanai – viens mēnesis.
stats-generated = Saskaitīts { $date }.
stats-suppressed = Skaitļi, kas mazāki par { $threshold }, netiek rādīti, lai nevienu nevarētu identificēt; kopsummās ir ieskaitīts tikai tas, kas parādīts.
stats-none = Vēl neviens skaitlis nav pietiekami liels, lai to parādītu.
stats-chart-title = Pieprasījumi pa mēnešiem pēc iznākuma
stats-chart-desc = Viens stabiņš par katru mēnesi, sadalīts pēc iznākuma. Tie paši skaitļi ir norādīti tabulā zemāk.
stats-by-month = Pēc mēneša
stats-by-state = Pēc valsts
stats-by-kind = Pēc pieprasījuma veida
stats-column-month = Mēnesis
stats-column-state = Valsts
stats-column-kind = Pieprasījuma veids
stats-column-total = Kopā
stats-outcome-answered-in-time = Atbildēts laikā
stats-outcome-answered-late = Atbildēts novēloti
stats-outcome-rejected = Noraidīts
stats-outcome-open = Izskatīšanā
stats-data-link = Šī statistika kā atvērtie dati (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Pieprasījumu saņemšanas pakalpojuma audita žurnāls
audit-description = Pieprasījumu saņemšanas pakalpojuma audita žurnāla parakstītie kontrolpunkti un norādījumi, kā pārbaudīt, vai žurnāls kopš tā laika nav pārrakstīts.
audit-intro = Pakalpojums, kas saņem ar šī portāla veidlapu nosūtītos pieprasījumus, reģistrē katru saņemto pieprasījumu un katru savu operatoru darbību audita žurnālā, kurā katra ieraksta jaucējvērtība aptver arī iepriekšējo ierakstu. Laiku pa laikam žurnāla jaunākais ieraksts tiek parakstīts ar bezsaistē glabātu atslēgu un publicēts šeit. Ikviens, kas vēlāk pārbauda žurnālu, piemēram, uzraudzības iestāde, tādējādi var pierādīt, ka tajā joprojām ir šie ieraksti nemainītā veidā.
audit-public-key = Parakstu publiskā atslēga
audit-checkpoints = Kontrolpunkti, sākot ar jaunāko
audit-column-time = Datums
audit-column-seq = Ieraksts
audit-column-hash = Ieraksta jaucējvērtība (SHA-256)
audit-column-signature = Paraksts (Ed25519)
audit-how-title = Kā pārbaudīt
audit-how-signature = Pārbaudiet, vai katrs paraksts ir derīgs ar iepriekš norādīto publisko atslēgu:
audit-how-log = Pakalpojuma žurnālā pārbaudiet, vai tajā joprojām ir kontrolpunkta ieraksts ar tādu pašu jaucējvērtību:
audit-data-link = Šie kontrolpunkti kā atvērtie dati (JSON)
