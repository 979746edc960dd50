# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI-transparantieportaal
site-subtitle = Informatiesysteem interne markt
skip-link = Naar de hoofdinhoud
nav-label = Hoofdmenu
language-label = Taal
language-list-label = Kies een taal
breadcrumb-label = U bent hier
home = Startpagina
toc-label = Op deze pagina

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Deze pagina is nog niet beschikbaar in het Nederlands. Ze wordt in het Engels weergegeven.
fallback-versions = Deze pagina is beschikbaar in:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Deze tekst is automatisch vertaald en is niet door een vertaler gecontroleerd. Bij onduidelijkheid is de Engelse versie doorslaggevend.
machine-translation-original = Lees de Engelse versie

section-pages =
    { $count ->
        [one] Deze rubriek bevat { $count } pagina.
       *[other] Deze rubriek bevat { $count } pagina's.
    }

footer-purpose = Op dit portaal wordt de informatie over het Informatiesysteem interne markt (IMI) gepubliceerd die de Europese Commissie krachtens artikel 18, lid 2, van Verordening (EU) nr. 1024/2012 gemakkelijk toegankelijk moet maken.
footer-privacy = Deze website plaatst geen cookies, slaat niets op in uw browser en laadt niets van andere websites.
footer-feed = Updates (Atom-feed)
feed-title = IMI-transparantieportaal: updates
feed-author = Europese Commissie

choose-language = Kies uw taal

not-found-title = Pagina niet gevonden
not-found-text = Op dit adres staat geen pagina. Hebt u het adres zelf ingetypt, controleer het dan op fouten; bent u een link gevolgd, dan is de pagina misschien verplaatst.
not-found-home = Naar de startpagina

acts-caption = Rechtshandelingen betreffende het IMI
act-column-act = Handeling
act-column-date = Vastgesteld
act-column-oj = Publicatieblad
act-column-status = Status
act-status-in-force = Van kracht
act-status-repealed = Ingetrokken
act-status-pending = Voorstel
act-unverified = Nog te controleren aan de hand van het Publicatieblad van de Europese Unie

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Deze geconsolideerde tekst is uitsluitend bedoeld als documentatie en heeft geen rechtskracht. De authentieke versies van de handelingen zijn die welke zijn gepubliceerd in het Publicatieblad van de Europese Unie.
annex-current-version = Geldende versie, van toepassing vanaf { $date }.
annex-version-title = De bijlage zoals van toepassing vanaf { $date }
annex-version-description = De bijlage bij Verordening (EU) nr. 1024/2012 zoals die van toepassing was vanaf { $date }, met de wijzigingen die op die datum zijn aangebracht.
annex-timeline-title = Geschiedenis van de bijlage
annex-timeline-description = Alle versies van de bijlage bij Verordening (EU) nr. 1024/2012 sinds { $date } en wat er in elke versie is gewijzigd.
annex-amended-by = Gewijzigd bij
annex-column-act = Handeling
annex-column-oj-number = Publicatieblad nr.
annex-column-page = Bladzijde
annex-column-date = Datum
annex-original = Oorspronkelijke tekst
annex-original-version = Dit is de bijlage zoals die oorspronkelijk is gepubliceerd.
annex-changes-title = Wijzigingen ten opzichte van de vorige versie
annex-previous = Vorige versie: { $date }
annex-next = Volgende versie: { $date }
annex-versions-nav = Versies van de bijlage
annex-view-current = Lees de geldende versie
annex-view-timeline = Alle versies en wat er is gewijzigd
annex-op-insert = Punt { $point } ingevoegd bij { $act }
annex-op-replace = Punt { $point } vervangen bij { $act }
annex-op-replace-provisions = In punt { $point } genoemde bepalingen vervangen bij { $act }
annex-op-delete = Punt { $point } geschrapt bij { $act }
annex-change-inserted = Punt { $point } ingevoegd
annex-change-deleted = Punt { $point } geschrapt
annex-change-changed = Punt { $point } gewijzigd
annex-inserted-text = ingevoegde tekst:
annex-deleted-text = geschrapte tekst:
annex-unverified = De formulering van dit punt moet nog worden gecontroleerd aan de hand van het Publicatieblad van de Europese Unie.
annex-point-fallback = Dit punt is niet beschikbaar in het Nederlands.
annex-marker = Laatstelijk gewijzigd bij { $m }
annex-feed-title = Bijlage bij de IMI-verordening: wijzigingen
annex-feed-link = Wijzigingen van de bijlage (Atom-feed)
annex-data-link = Alle versies als open data (JSON)
annex-upcoming-version = Van toepassing vanaf { $date }, nog niet van kracht.
annex-upcoming-notice = Er is een nieuwe versie van de bijlage gepubliceerd. Deze is van toepassing vanaf { $date }; tot dan is de onderstaande versie van kracht.
annex-view-upcoming = Lees de versie die van toepassing is vanaf { $date }
annex-superseded = Deze versie is niet meer van toepassing: de volgende versie is van toepassing vanaf { $date }.
annex-point-deleted = Geschrapt.
annex-note = Opmerking:
annex-status-upcoming = Nog niet van kracht

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Land
states-column-authority = Nationale toezichthoudende autoriteit
states-column-website = Website
states-authority-unverified = Nog te controleren
states-authorities-caption = Nationale toezichthoudende autoriteiten
exceptions-caption = Krachtens artikel 20 gemelde uitzonderingen en beperkingen
exceptions-column-published = Uitzonderingen en beperkingen
exceptions-none = Geen gepubliceerd
exceptions-national-report = Verslag van een nationale autoriteit over wat is meegedeeld

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Hoe de informatie stroomt
procedure-pattern-one-to-one = Tussen twee autoriteiten
procedure-pattern-one-to-many = Van één autoriteit naar vele
procedure-pattern-repository = Bewaard ter raadpleging door andere autoriteiten
procedure-examples = Voorbeelden
procedure-data = Verwerkte persoonsgegevens
procedure-access = Wie ze mag inzien
procedure-retention = Hoelang ze worden bewaard
procedure-acts = Rechtshandelingen
procedure-source = Bronnen

# Views of the acts table: filters by type, status and year.
acts-view-title = Rechtshandelingen betreffende het IMI: { $filter }
acts-filter-label = Rechtshandelingen filteren
acts-filter-all = Alle rechtshandelingen
acts-filter-type = Per soort
acts-filter-status = Per status
acts-filter-year = Per jaar van vaststelling
acts-kind-regulation = Verordeningen
acts-kind-directive = Richtlijnen
acts-kind-decision = Besluiten
acts-kind-implementing-regulation = Uitvoeringsverordeningen
acts-kind-implementing-decision = Uitvoeringsbesluiten
acts-kind-recommendation = Aanbevelingen
acts-kind-proposal = Voorstellen
acts-count =
    { $count ->
        [one] { $count } rechtshandeling, nieuwste eerst.
       *[other] { $count } rechtshandelingen, nieuwste eerst.
    }

# What's new: the kind of each entry.
news-kind-act = Rechtshandeling
news-kind-annex = Geconsolideerde bijlage

# Shown on every page with the date of its last substantive change.
updated-label = Laatst bijgewerkt

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Zoeken op dit portaal
search-button = Zoeken
search-searching = Bezig met zoeken…
search-count = Resultaten voor „{ $terms }”: { $count }
search-none = Geen enkele pagina komt overeen met „{ $terms }”. Probeer andere woorden of gebruik de index van A tot Z hieronder.
search-unavailable = Zoeken is op dit moment niet beschikbaar. Gebruik de index van A tot Z hieronder.
search-more = Meer resultaten tonen
search-az-title = Alle pagina's van A tot Z
search-az-letters = Letters

# The page of facts still to be verified.
unverified-title = Nog te controleren feiten
unverified-description = Alle feiten op dit portaal die nog niet in een openbare bron zijn bevestigd, en wat nog moet worden gecontroleerd.
unverified-intro = Dit portaal markeert een feit pas als gecontroleerd wanneer het in een openbare bron is nagelezen, die het portaal vermeldt. De onderstaande feiten zijn nog niet op die manier bevestigd; bij elk feit staat wat nog moet worden gecontroleerd. De lijst wordt gegenereerd uit de gegevens van het portaal en wordt dus korter naarmate feiten worden gecontroleerd.
unverified-count = Nog te controleren feiten: { $count }
unverified-area-annex = Geconsolideerde bijlage
unverified-area-acts = Rechtshandelingen betreffende het IMI
unverified-area-states = Lidstaten en toezichthoudende autoriteiten
unverified-area-procedures = Procedures
unverified-column-fact = Feit
unverified-column-check = Wat nog moet worden gecontroleerd
unverified-none = Alle feiten in dit deel zijn gecontroleerd.
unverified-link = Nog te controleren feiten

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Verzoeken ontvangen via dit portaal
stats-description = Hoeveel verzoeken om toegang, rectificatie en wissing dit portaal heeft ontvangen, per maand, land, soort en resultaat.
stats-intro = Deze aantallen komen van de dienst die de verzoeken ontvangt die met het formulier van dit portaal worden verstuurd. Ze bevatten geen persoonsgegevens: niets gedetailleerder dan een maand en geen enkel aantal lager dan { $threshold }.
stats-in-time-note = „Tijdig beantwoord” betekent beantwoord uiterlijk op de indicatieve datum die aan de verzoeker is meegedeeld: 30 dagen na ontvangst voor rectificatie en wissing, één maand voor toegang en betwisting van afgeschermde gegevens.
stats-generated = Geteld op { $date }.
stats-suppressed = Aantallen lager dan { $threshold } worden niet getoond, zodat niemand kan worden geïdentificeerd; de totalen tellen alleen op wat wordt getoond.
stats-none = Nog geen enkel aantal is groot genoeg om te worden getoond.
stats-chart-title = Verzoeken per maand, naar resultaat
stats-chart-desc = Eén staaf per maand, verdeeld naar resultaat. Dezelfde aantallen staan in de tabel hieronder.
stats-by-month = Per maand
stats-by-state = Per land
stats-by-kind = Per soort verzoek
stats-column-month = Maand
stats-column-state = Land
stats-column-kind = Soort verzoek
stats-column-total = Totaal
stats-outcome-answered-in-time = Tijdig beantwoord
stats-outcome-answered-late = Te laat beantwoord
stats-outcome-rejected = Afgewezen
stats-outcome-open = In behandeling
stats-data-link = Deze statistieken als open data (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Auditlogboek van de dienst voor de ontvangst van verzoeken
audit-description = Ondertekende controlepunten van het auditlogboek van de dienst voor de ontvangst van verzoeken, en hoe u kunt controleren dat het logboek sindsdien niet is herschreven.
audit-intro = De dienst die de verzoeken ontvangt die met het formulier van dit portaal worden verstuurd, legt elk ontvangen verzoek en elke handeling van zijn medewerkers vast in een auditlogboek, waarin de hashwaarde van elke vermelding ook de vorige vermelding omvat. Van tijd tot tijd wordt de laatste vermelding in het logboek ondertekend met een offline bewaarde sleutel en hier gepubliceerd. Wie het logboek later onderzoekt, bijvoorbeeld een toezichthoudende autoriteit, kan dan aantonen dat het deze vermeldingen nog steeds ongewijzigd bevat.
audit-public-key = Publieke sleutel van de handtekeningen
audit-checkpoints = Controlepunten, nieuwste eerst
audit-column-time = Datum
audit-column-seq = Vermelding
audit-column-hash = Hashwaarde van de vermelding (SHA-256)
audit-column-signature = Handtekening (Ed25519)
audit-how-title = Zo controleert u dit
audit-how-signature = Controleer of elke handtekening geldig is voor de bovenstaande publieke sleutel:
audit-how-log = Controleer in het logboek van de dienst of het de vermelding van een controlepunt met dezelfde hashwaarde nog steeds bevat:
audit-data-link = Deze controlepunten als open data (JSON)
