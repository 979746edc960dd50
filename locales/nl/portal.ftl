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
date-label = Datum

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
