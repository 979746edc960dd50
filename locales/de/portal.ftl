# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI-Transparenzportal
site-subtitle = Binnenmarkt-Informationssystem
skip-link = Zum Hauptinhalt
nav-label = Hauptmenü
language-label = Sprache
language-list-label = Sprache auswählen
breadcrumb-label = Sie befinden sich hier
home = Startseite
toc-label = Auf dieser Seite
date-label = Datum

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Diese Seite ist noch nicht auf Deutsch verfügbar. Sie wird auf Englisch angezeigt.
fallback-versions = Diese Seite ist verfügbar auf:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Dieser Text wurde maschinell übersetzt und nicht von einer Übersetzerin oder einem Übersetzer geprüft. In Zweifelsfällen ist die englische Fassung maßgeblich.
machine-translation-original = Englische Fassung lesen

section-pages =
    { $count ->
        [one] Dieser Bereich enthält { $count } Seite.
       *[other] Dieser Bereich enthält { $count } Seiten.
    }

footer-purpose = Dieses Portal veröffentlicht die Informationen über das Binnenmarkt-Informationssystem (IMI), die die Europäische Kommission nach Artikel 18 Absatz 2 der Verordnung (EU) Nr. 1024/2012 leicht zugänglich machen muss.
footer-privacy = Diese Website setzt keine Cookies, speichert nichts in Ihrem Browser und lädt nichts von anderen Websites.
footer-feed = Aktualisierungen (Atom-Feed)
feed-title = IMI-Transparenzportal: Aktualisierungen
feed-author = Europäische Kommission

choose-language = Wählen Sie Ihre Sprache

not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es keine Seite. Wenn Sie die Adresse eingegeben haben, prüfen Sie sie bitte auf Fehler; wenn Sie einem Link gefolgt sind, wurde die Seite möglicherweise verschoben.
not-found-home = Zur Startseite

acts-caption = Rechtsakte zum IMI
act-column-act = Rechtsakt
act-column-date = Erlassen
act-column-oj = Amtsblatt
act-column-status = Status
act-status-in-force = In Kraft
act-status-repealed = Aufgehoben
act-status-pending = Vorschlag
act-unverified = Noch anhand des Amtsblatts der Europäischen Union zu überprüfen
