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
date-label = Datum

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
