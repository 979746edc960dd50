# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Öppenhetsportal för IMI
site-subtitle = Informationssystemet för den inre marknaden
skip-link = Gå till huvudinnehållet
nav-label = Huvudmeny
language-label = Språk
language-list-label = Välj ett språk
breadcrumb-label = Du är här
home = Startsida
toc-label = På den här sidan

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Den här sidan finns ännu inte på svenska. Den visas på engelska.
fallback-versions = Den här sidan finns på:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Den här texten är maskinöversatt och har inte granskats av en översättare. Vid oklarheter gäller den engelska versionen.
machine-translation-original = Läs den engelska versionen

section-pages =
    { $count ->
        [one] Det här avsnittet innehåller { $count } sida.
       *[other] Det här avsnittet innehåller { $count } sidor.
    }

footer-purpose = På den här portalen offentliggörs den information om informationssystemet för den inre marknaden (IMI) som Europeiska kommissionen enligt artikel 18.2 i förordning (EU) nr 1024/2012 ska göra lättillgänglig.
footer-privacy = Den här webbplatsen använder inga kakor, sparar ingenting i din webbläsare och hämtar ingenting från andra webbplatser.
footer-feed = Uppdateringar (Atom-flöde)
feed-title = Öppenhetsportal för IMI: uppdateringar
feed-author = Europeiska kommissionen

choose-language = Välj ditt språk

not-found-title = Sidan hittades inte
not-found-text = Det finns ingen sida på den här adressen. Om du skrev in adressen själv, kontrollera att den är rätt; om du följde en länk kan sidan ha flyttats.
not-found-home = Gå till startsidan

acts-caption = Rättsakter om IMI
act-column-act = Rättsakt
act-column-date = Antagen
act-column-oj = Officiella tidningen
act-column-status = Status
act-status-in-force = Gällande
act-status-repealed = Upphävd
act-status-pending = Förslag
act-unverified = Ska kontrolleras mot Europeiska unionens officiella tidning

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Denna konsoliderade text är endast avsedd som dokumentationshjälpmedel och har ingen rättsverkan. De autentiska versionerna av rättsakterna är de som har offentliggjorts i Europeiska unionens officiella tidning.
annex-current-version = Gällande version, tillämplig från och med den { $date }.
annex-version-title = Bilagan i den lydelse som är tillämplig från och med den { $date }
annex-version-description = Bilagan till förordning (EU) nr 1024/2012 i den lydelse som var tillämplig från och med den { $date }, med de ändringar som gjordes det datumet.
annex-timeline-title = Bilagans historik
annex-timeline-description = Alla versioner av bilagan till förordning (EU) nr 1024/2012 sedan den { $date } och vad som ändrades i var och en.
annex-amended-by = Ändrad genom
annex-column-act = Rättsakt
annex-column-oj-number = Officiella tidningen nr
annex-column-page = Sida
annex-column-date = Datum
annex-original = Ursprunglig text
annex-original-version = Detta är bilagan i dess ursprungligen offentliggjorda lydelse.
annex-changes-title = Ändringar jämfört med föregående version
annex-previous = Föregående version: { $date }
annex-next = Nästa version: { $date }
annex-versions-nav = Versioner av bilagan
annex-view-current = Läs den gällande versionen
annex-view-timeline = Alla versioner och vad som ändrades
annex-op-insert = Punkt { $point } har införts genom { $act }
annex-op-replace = Punkt { $point } har ersatts genom { $act }
annex-op-replace-provisions = Bestämmelserna som anges i punkt { $point } har ersatts genom { $act }
annex-op-delete = Punkt { $point } har utgått genom { $act }
annex-change-inserted = Punkt { $point } har införts
annex-change-deleted = Punkt { $point } har utgått
annex-change-changed = Punkt { $point } har ändrats
annex-inserted-text = införd text:
annex-deleted-text = borttagen text:
annex-unverified = Lydelsen i denna punkt ska kontrolleras mot Europeiska unionens officiella tidning.
annex-point-fallback = Denna punkt finns inte på svenska.
annex-marker = Senast ändrad genom { $m }
annex-feed-title = Bilagan till IMI-förordningen: ändringar
annex-feed-link = Ändringar i bilagan (Atom-flöde)
annex-data-link = Alla versioner som öppna data (JSON)
annex-upcoming-version = Tillämplig från och med den { $date }, ännu inte gällande.
annex-upcoming-notice = En ny version av bilagan har offentliggjorts. Den är tillämplig från och med den { $date }; fram till dess gäller versionen nedan.
annex-view-upcoming = Läs den version som är tillämplig från och med den { $date }
annex-superseded = Denna version är inte längre tillämplig: nästa version är tillämplig från och med den { $date }.
annex-point-deleted = Har utgått.
annex-note = Anmärkning:
annex-status-upcoming = Ännu inte gällande

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Land
states-column-authority = Nationell tillsynsmyndighet
states-column-website = Webbplats
states-authority-unverified = Ska kontrolleras
states-authorities-caption = Nationella tillsynsmyndigheter
exceptions-caption = Undantag och begränsningar som anmälts enligt artikel 20
exceptions-column-published = Undantag och begränsningar
exceptions-none = Inga offentliggjorda
exceptions-national-report = En nationell myndighets rapport om de uppgifter som lämnats

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Hur informationen flödar
procedure-pattern-one-to-one = Mellan två myndigheter
procedure-pattern-one-to-many = Från en myndighet till många
procedure-pattern-repository = Lagras så att andra myndigheter kan ta del av den
procedure-examples = Exempel
procedure-data = Personuppgifter som behandlas
procedure-access = Vem som får se dem
procedure-retention = Hur länge de sparas
procedure-acts = Rättsakter
procedure-source = Källor

# Views of the acts table: filters by type, status and year.
acts-view-title = Rättsakter om IMI: { $filter }
acts-filter-label = Filtrera rättsakterna
acts-filter-all = Alla rättsakter
acts-filter-type = Efter typ
acts-filter-status = Efter status
acts-filter-year = Efter antagandeår
acts-kind-regulation = Förordningar
acts-kind-directive = Direktiv
acts-kind-decision = Beslut
acts-kind-implementing-regulation = Genomförandeförordningar
acts-kind-implementing-decision = Genomförandebeslut
acts-kind-recommendation = Rekommendationer
acts-kind-proposal = Förslag
acts-count =
    { $count ->
        [one] { $count } rättsakt, nyaste först.
       *[other] { $count } rättsakter, nyaste först.
    }

# What's new: the kind of each entry.
news-kind-act = Rättsakt
news-kind-annex = Konsoliderad bilaga

# Shown on every page with the date of its last substantive change.
updated-label = Senast uppdaterad

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Sök på portalen
search-button = Sök
search-searching = Söker…
search-count = Resultat för ”{ $terms }”: { $count }
search-none = Ingen sida matchar ”{ $terms }”. Försök med andra ord eller använd registret från A till Ö nedan.
search-unavailable = Sökfunktionen är inte tillgänglig just nu. Använd registret från A till Ö nedan.
search-more = Visa fler resultat
search-az-title = Alla sidor från A till Ö
search-az-letters = Bokstäver

# The page of facts still to be verified.
unverified-title = Fakta som ännu ska kontrolleras
unverified-description = Alla fakta på den här portalen som ännu inte har bekräftats i en offentlig källa, och vad som återstår att kontrollera.
unverified-intro = Den här portalen markerar ett faktum som kontrollerat först när det har lästs i en offentlig källa, som portalen hänvisar till. Fakta nedan har ännu inte bekräftats på det sättet; för varje faktum anges vad som återstår att kontrollera. Förteckningen genereras ur portalens data och blir därför kortare i takt med att fakta kontrolleras.
unverified-count = Fakta som ännu ska kontrolleras: { $count }
unverified-area-annex = Konsoliderad bilaga
unverified-area-acts = Rättsakter om IMI
unverified-area-states = Medlemsstater och tillsynsmyndigheter
unverified-area-procedures = Förfaranden
unverified-column-fact = Faktum
unverified-column-check = Vad som återstår att kontrollera
unverified-none = Alla fakta i denna del är kontrollerade.
unverified-link = Fakta som ännu ska kontrolleras

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Begäranden som tagits emot via den här portalen
stats-description = Hur många begäranden om tillgång, rättelse och radering den här portalen har tagit emot, per månad, land, typ och utfall.
stats-intro = Siffrorna kommer från den tjänst som tar emot de begäranden som skickas med den här portalens formulär. De innehåller inga personuppgifter: inget mer detaljerat än en månad och inget antal under { $threshold }.
stats-in-time-note = ”Besvarad i tid” betyder besvarad senast det vägledande datum som den som gjort begäran har fått: 30 dagar efter mottagandet för rättelse och radering, en månad för tillgång och bestridande av blockerade uppgifter.
stats-generated = Sammanställt den { $date }.
stats-suppressed = Antal under { $threshold } visas inte, så att ingen ska kunna pekas ut; summorna omfattar bara det som visas.
stats-none = Inget antal är ännu tillräckligt stort för att visas.
stats-chart-title = Begäranden per månad, efter utfall
stats-chart-desc = En stapel per månad, uppdelad efter utfall. Samma siffror finns i tabellen nedan.
stats-by-month = Per månad
stats-by-state = Per land
stats-by-kind = Per typ av begäran
stats-column-month = Månad
stats-column-state = Land
stats-column-kind = Typ av begäran
stats-column-total = Totalt
stats-outcome-answered-in-time = Besvarad i tid
stats-outcome-answered-late = Besvarad för sent
stats-outcome-rejected = Avslagen
stats-outcome-open = Under handläggning
stats-data-link = Denna statistik som öppna data (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Granskningslogg för tjänsten som tar emot begäranden
audit-description = Signerade kontrollpunkter i granskningsloggen för tjänsten som tar emot begäranden, och hur man kan kontrollera att loggen inte har skrivits om sedan dess.
audit-intro = Den tjänst som tar emot de begäranden som skickas med den här portalens formulär registrerar varje begäran som kommer in och varje åtgärd som dess handläggare vidtar i en granskningslogg, där varje posts hashvärde även omfattar den föregående posten. Då och då signeras loggens senaste post med en nyckel som förvaras offline och offentliggörs här. Den som senare granskar loggen, till exempel en tillsynsmyndighet, kan då visa att den fortfarande innehåller dessa poster oförändrade.
audit-public-key = Signaturernas publika nyckel
audit-checkpoints = Kontrollpunkter, de senaste först
audit-column-time = Datum
audit-column-seq = Post
audit-column-hash = Postens hashvärde (SHA-256)
audit-column-signature = Signatur (Ed25519)
audit-how-title = Så kontrollerar du
audit-how-signature = Kontrollera att varje signatur är giltig för den publika nyckeln ovan:
audit-how-log = Kontrollera i tjänstens logg att den fortfarande innehåller posten för en kontrollpunkt med samma hashvärde:
audit-data-link = Dessa kontrollpunkter som öppna data (JSON)
