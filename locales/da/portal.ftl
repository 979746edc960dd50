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
date-label = Dato

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
