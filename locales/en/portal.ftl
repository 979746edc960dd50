# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI transparency portal
site-subtitle = Internal Market Information System
skip-link = Skip to main content
nav-label = Main menu
language-label = Language
language-list-label = Choose a language
breadcrumb-label = You are here
home = Home
toc-label = On this page
date-label = Date

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = This page is not yet available in your language. It is shown in English.
fallback-versions = This page is available in:

# Shown on a page whose text was machine-translated.
machine-translation-notice = This text was translated by machine and has not been checked by a translator. Where it is unclear, the English version is authoritative.
machine-translation-original = Read the English version

section-pages =
    { $count ->
        [one] This section has { $count } page.
       *[other] This section has { $count } pages.
    }

footer-purpose = This portal publishes what Article 18(2) of Regulation (EU) No 1024/2012 requires the European Commission to make easily accessible about the Internal Market Information System (IMI).
footer-privacy = This site sets no cookies, keeps nothing in your browser and loads nothing from other sites.
footer-feed = Updates (Atom feed)
feed-title = IMI transparency portal: updates
feed-author = European Commission

choose-language = Choose your language

not-found-title = Page not found
not-found-text = There is no page at this address. If you typed it, check it for mistakes; if you followed a link, the page may have moved.
not-found-home = Go to the home page

acts-caption = Legal acts regarding IMI
act-column-act = Act
act-column-date = Adopted
act-column-oj = Official Journal
act-column-status = Status
act-status-in-force = In force
act-status-repealed = Repealed
act-status-pending = Proposed
act-unverified = To be verified against the Official Journal
