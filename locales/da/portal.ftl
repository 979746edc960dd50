# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Gennemsigtighedsportal for IMI
site-subtitle = Informationssystemet for det indre marked
skip-link = Gå til hovedindholdet
nav-label = Hovedmenu
language-label = Sprog
language-list-label = Vælg et sprog
breadcrumb-label = Du er her
home = Forside
toc-label = På denne side

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Denne side findes endnu ikke på dansk. Den vises på engelsk.
fallback-versions = Denne side findes på:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Denne tekst er maskinoversat og er ikke kontrolleret af en oversætter. I tvivlstilfælde er den engelske udgave gældende.
machine-translation-original = Læs den engelske udgave

section-pages =
    { $count ->
        [one] Dette afsnit indeholder { $count } side.
       *[other] Dette afsnit indeholder { $count } sider.
    }

footer-purpose = Denne portal offentliggør de oplysninger om informationssystemet for det indre marked (IMI), som Europa-Kommissionen i henhold til artikel 18, stk. 2, i forordning (EU) nr. 1024/2012 skal gøre let tilgængelige.
footer-privacy = Dette websted sætter ingen cookies, gemmer intet i din browser og henter intet fra andre websteder.
footer-feed = Opdateringer (Atom-feed)
feed-title = Gennemsigtighedsportal for IMI: opdateringer
feed-author = Europa-Kommissionen

choose-language = Vælg dit sprog

not-found-title = Siden blev ikke fundet
not-found-text = Der findes ingen side på denne adresse. Hvis du har indtastet adressen, så kontrollér den for fejl; hvis du har fulgt et link, kan siden være flyttet.
not-found-home = Gå til forsiden

acts-caption = Retsakter vedrørende IMI
act-column-act = Retsakt
act-column-date = Vedtaget
act-column-oj = EU-Tidende
act-column-status = Status
act-status-in-force = Gældende
act-status-repealed = Ophævet
act-status-pending = Forslag
act-unverified = Skal kontrolleres i Den Europæiske Unions Tidende

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Denne konsoliderede tekst tjener udelukkende som dokumentationsværktøj og har ingen retsvirkning. De autentiske udgaver af retsakterne er dem, der er offentliggjort i Den Europæiske Unions Tidende.
annex-current-version = Gældende udgave, anvendelig fra den { $date }.
annex-version-title = Bilaget, som det finder anvendelse fra den { $date }
annex-version-description = Bilaget til forordning (EU) nr. 1024/2012, som det fandt anvendelse fra den { $date }, med de ændringer, der blev foretaget på denne dato.
annex-timeline-title = Bilagets historik
annex-timeline-description = Alle udgaver af bilaget til forordning (EU) nr. 1024/2012 siden den { $date } og de ændringer, der blev foretaget i hver af dem.
annex-amended-by = Ændret ved
annex-column-act = Retsakt
annex-column-oj-number = EU-Tidende nr.
annex-column-page = Side
annex-column-date = Dato
annex-original = Oprindelig tekst
annex-original-version = Dette er bilaget, som det oprindelig blev offentliggjort.
annex-changes-title = Ændringer i forhold til den foregående udgave
annex-previous = Foregående udgave: { $date }
annex-next = Næste udgave: { $date }
annex-versions-nav = Udgaver af bilaget
annex-view-current = Læs den gældende udgave
annex-view-timeline = Alle udgaver og ændringerne i dem
annex-op-insert = Punkt { $point } indsat ved { $act }
annex-op-replace = Punkt { $point } erstattet ved { $act }
annex-op-replace-provisions = Bestemmelserne nævnt i punkt { $point } erstattet ved { $act }
annex-op-delete = Punkt { $point } udgået ved { $act }
annex-change-inserted = Punkt { $point } indsat
annex-change-deleted = Punkt { $point } udgået
annex-change-changed = Punkt { $point } ændret
annex-inserted-text = indsat tekst:
annex-deleted-text = slettet tekst:
annex-unverified = Ordlyden af dette punkt skal kontrolleres i Den Europæiske Unions Tidende.
annex-point-fallback = Dette punkt findes ikke på dansk.
annex-marker = Senest ændret ved { $m }
annex-feed-title = Bilaget til IMI-forordningen: ændringer
annex-feed-link = Ændringer i bilaget (Atom-feed)
annex-data-link = Alle udgaver som åbne data (JSON)
annex-upcoming-version = Anvendelig fra den { $date }, endnu ikke gældende.
annex-upcoming-notice = Der er offentliggjort en ny udgave af bilaget. Den finder anvendelse fra den { $date }; indtil da er det udgaven nedenfor, der gælder.
annex-view-upcoming = Læs den udgave, der finder anvendelse fra den { $date }
annex-superseded = Denne udgave finder ikke længere anvendelse: Den næste udgave finder anvendelse fra den { $date }.
annex-point-deleted = Udgået.
annex-note = Bemærk:
annex-status-upcoming = Endnu ikke gældende

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Land
states-column-authority = National tilsynsmyndighed
states-column-website = Websted
states-authority-unverified = Skal kontrolleres
states-authorities-caption = Nationale tilsynsmyndigheder
exceptions-caption = Undtagelser og begrænsninger meddelt i henhold til artikel 20
exceptions-column-published = Undtagelser og begrænsninger
exceptions-none = Ingen offentliggjort
exceptions-national-report = En national myndigheds rapport om de meddelte oplysninger

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Sådan udveksles oplysningerne
procedure-pattern-one-to-one = Mellem to myndigheder
procedure-pattern-one-to-many = Fra én myndighed til mange
procedure-pattern-repository = Opbevares, så andre myndigheder kan slå op i dem
procedure-examples = Eksempler
procedure-data = Personoplysninger, der behandles
procedure-access = Hvem der må se dem
procedure-retention = Hvor længe de opbevares
procedure-acts = Retsakter
procedure-source = Kilder

# Views of the acts table: filters by type, status and year.
acts-view-title = Retsakter vedrørende IMI: { $filter }
acts-filter-label = Filtrer retsakterne
acts-filter-all = Alle retsakter
acts-filter-type = Efter type
acts-filter-status = Efter status
acts-filter-year = Efter vedtagelsesår
acts-kind-regulation = Forordninger
acts-kind-directive = Direktiver
acts-kind-decision = Afgørelser
acts-kind-implementing-regulation = Gennemførelsesforordninger
acts-kind-implementing-decision = Gennemførelsesafgørelser
acts-kind-recommendation = Henstillinger
acts-kind-proposal = Forslag
acts-count =
    { $count ->
        [one] { $count } retsakt, nyeste først.
       *[other] { $count } retsakter, nyeste først.
    }

# What's new: the kind of each entry.
news-kind-act = Retsakt
news-kind-annex = Konsolideret bilag

# Shown on every page with the date of its last substantive change.
updated-label = Seneste opdatering

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Søg på denne portal
search-button = Søg
search-searching = Søger…
search-count = Resultater for »{ $terms }«: { $count }
search-none = Ingen side matcher »{ $terms }«. Prøv andre ord, eller brug indekset fra A til Å nedenfor.
search-unavailable = Søgningen er ikke tilgængelig i øjeblikket. Brug indekset fra A til Å nedenfor.
search-more = Vis flere resultater
search-az-title = Alle sider fra A til Å
search-az-letters = Bogstaver

# The page of facts still to be verified.
unverified-title = Fakta, der endnu skal kontrolleres
unverified-description = Alle fakta på denne portal, som endnu ikke er bekræftet i en offentlig kilde, og hvad der mangler at blive kontrolleret.
unverified-intro = Denne portal markerer først et faktum som kontrolleret, når det er blevet læst i en offentlig kilde, som portalen henviser til. Nedenstående fakta er endnu ikke bekræftet på den måde; for hvert af dem er det angivet, hvad der mangler at blive kontrolleret. Listen genereres ud fra portalens data og bliver derfor kortere, efterhånden som fakta kontrolleres.
unverified-count = Fakta, der endnu skal kontrolleres: { $count }
unverified-area-annex = Konsolideret bilag
unverified-area-acts = Retsakter vedrørende IMI
unverified-area-states = Medlemsstater og tilsynsmyndigheder
unverified-area-procedures = Procedurer
unverified-column-fact = Faktum
unverified-column-check = Hvad der mangler at blive kontrolleret
unverified-none = Alle fakta i denne del er kontrolleret.
unverified-link = Fakta, der endnu skal kontrolleres

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Anmodninger modtaget via denne portal
stats-description = Hvor mange anmodninger om indsigt, berigtigelse og sletning denne portal har modtaget, fordelt på måned, land, type og udfald.
stats-intro = Disse tal kommer fra den tjeneste, der modtager de anmodninger, som sendes med denne portals formular. De indeholder ingen personoplysninger: intet mere detaljeret end en måned og intet tal under { $threshold }.
stats-in-time-note = »Besvaret rettidigt« betyder besvaret senest på den vejledende dato, som anmoderen har fået oplyst: 30 dage efter modtagelsen for berigtigelse og sletning, en måned for indsigt og anfægtelse af blokerede oplysninger.
stats-generated = Optalt den { $date }.
stats-suppressed = Tal under { $threshold } vises ikke, så ingen kan identificeres; totalerne omfatter kun det, der vises.
stats-none = Endnu er intet tal stort nok til at blive vist.
stats-chart-title = Anmodninger pr. måned efter udfald
stats-chart-desc = Én søjle pr. måned, opdelt efter udfald. De samme tal findes i tabellen nedenfor.
stats-by-month = Efter måned
stats-by-state = Efter land
stats-by-kind = Efter type anmodning
stats-column-month = Måned
stats-column-state = Land
stats-column-kind = Type anmodning
stats-column-total = I alt
stats-outcome-answered-in-time = Besvaret rettidigt
stats-outcome-answered-late = Besvaret for sent
stats-outcome-rejected = Afvist
stats-outcome-open = Under behandling
stats-data-link = Disse statistikker som åbne data (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Auditlog for tjenesten til modtagelse af anmodninger
audit-description = Signerede kontrolpunkter i auditloggen for tjenesten til modtagelse af anmodninger, og hvordan man kan kontrollere, at loggen ikke er blevet omskrevet siden.
audit-intro = Den tjeneste, der modtager de anmodninger, som sendes med denne portals formular, registrerer hver anmodning, den modtager, og hver handling, som dens medarbejdere foretager, i en auditlog, hvor hver posts hashværdi også omfatter den foregående post. Fra tid til anden signeres loggens seneste post med en nøgle, der opbevares offline, og offentliggøres her. Enhver, der senere undersøger loggen, f.eks. en tilsynsmyndighed, kan derefter påvise, at den stadig indeholder disse poster uændret.
audit-public-key = Signaturernes offentlige nøgle
audit-checkpoints = Kontrolpunkter, nyeste først
audit-column-time = Dato
audit-column-seq = Post
audit-column-hash = Postens hashværdi (SHA-256)
audit-column-signature = Signatur (Ed25519)
audit-how-title = Sådan kontrollerer du
audit-how-signature = Kontrollér, at hver signatur er gyldig for den offentlige nøgle ovenfor:
audit-how-log = Kontrollér i tjenestens log, at den stadig indeholder posten for et kontrolpunkt med samme hashværdi:
audit-data-link = Disse kontrolpunkter som åbne data (JSON)
