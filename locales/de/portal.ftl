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

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Dieser konsolidierte Text dient lediglich zu Informationszwecken und hat keine Rechtswirkung. Verbindlich sind nur die im Amtsblatt der Europäischen Union veröffentlichten Fassungen der Rechtsakte.
annex-current-version = Aktuelle Fassung, anwendbar ab dem { $date }.
annex-version-title = Der Anhang in der ab dem { $date } anwendbaren Fassung
annex-version-description = Der Anhang der Verordnung (EU) Nr. 1024/2012 in der ab dem { $date } anwendbaren Fassung, mit den zu diesem Datum vorgenommenen Änderungen.
annex-timeline-title = Chronik des Anhangs
annex-timeline-description = Alle Fassungen des Anhangs der Verordnung (EU) Nr. 1024/2012 seit dem { $date } und die jeweiligen Änderungen.
annex-amended-by = Geändert durch
annex-column-act = Rechtsakt
annex-column-oj-number = Amtsblatt Nr.
annex-column-page = Seite
annex-column-date = Datum
annex-original = Ursprüngliche Fassung
annex-original-version = Dies ist der Anhang in der ursprünglich veröffentlichten Fassung.
annex-changes-title = Änderungen gegenüber der vorherigen Fassung
annex-previous = Vorherige Fassung: { $date }
annex-next = Nächste Fassung: { $date }
annex-versions-nav = Fassungen des Anhangs
annex-view-current = Aktuelle Fassung lesen
annex-view-timeline = Alle Fassungen und ihre Änderungen
annex-op-insert = Nummer { $point } eingefügt durch { $act }
annex-op-replace = Nummer { $point } ersetzt durch { $act }
annex-op-replace-provisions = In Nummer { $point } genannte Bestimmungen ersetzt durch { $act }
annex-op-delete = Nummer { $point } gestrichen durch { $act }
annex-change-inserted = Nummer { $point } eingefügt
annex-change-deleted = Nummer { $point } gestrichen
annex-change-changed = Nummer { $point } geändert
annex-inserted-text = eingefügter Text:
annex-deleted-text = gestrichener Text:
annex-unverified = Der Wortlaut dieser Nummer ist noch anhand des Amtsblatts der Europäischen Union zu überprüfen.
annex-point-fallback = Diese Nummer ist nicht auf Deutsch verfügbar.
annex-marker = Zuletzt geändert durch { $m }
annex-feed-title = Anhang der IMI-Verordnung: Änderungen
annex-feed-link = Änderungen des Anhangs (Atom-Feed)
annex-data-link = Alle Fassungen als offene Daten (JSON)
annex-upcoming-version = Anwendbar ab dem { $date }, noch nicht in Kraft.
annex-upcoming-notice = Eine neue Fassung des Anhangs wurde veröffentlicht. Sie ist ab dem { $date } anwendbar; bis dahin gilt die nachstehende Fassung.
annex-view-upcoming = Die ab dem { $date } anwendbare Fassung lesen
annex-superseded = Diese Fassung ist nicht mehr anwendbar: Die nächste Fassung ist ab dem { $date } anwendbar.
annex-point-deleted = Gestrichen.
annex-note = Hinweis:
annex-status-upcoming = Noch nicht in Kraft

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Staat
states-column-authority = Nationale Aufsichtsbehörde
states-column-website = Website
states-authority-unverified = Noch zu überprüfen
states-authorities-caption = Nationale Aufsichtsbehörden
exceptions-caption = Nach Artikel 20 mitgeteilte Ausnahmen und Beschränkungen
exceptions-column-published = Ausnahmen und Beschränkungen
exceptions-none = Keine veröffentlicht
exceptions-national-report = Bericht einer nationalen Behörde über die mitgeteilten Angaben

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Wie die Informationen fließen
procedure-pattern-one-to-one = Zwischen zwei Behörden
procedure-pattern-one-to-many = Von einer Behörde an viele
procedure-pattern-repository = Zur Einsicht durch andere Behörden gespeichert
procedure-examples = Beispiele
procedure-data = Verarbeitete personenbezogene Daten
procedure-access = Wer sie einsehen darf
procedure-retention = Wie lange sie gespeichert werden
procedure-acts = Rechtsakte
procedure-source = Quellen

# Views of the acts table: filters by type, status and year.
acts-view-title = Rechtsakte zum IMI: { $filter }
acts-filter-label = Rechtsakte filtern
acts-filter-all = Alle Rechtsakte
acts-filter-type = Nach Art
acts-filter-status = Nach Status
acts-filter-year = Nach Jahr des Erlasses
acts-kind-regulation = Verordnungen
acts-kind-directive = Richtlinien
acts-kind-decision = Beschlüsse
acts-kind-implementing-regulation = Durchführungsverordnungen
acts-kind-implementing-decision = Durchführungsbeschlüsse
acts-kind-recommendation = Empfehlungen
acts-kind-proposal = Vorschläge
acts-count =
    { $count ->
        [one] { $count } Rechtsakt, neueste zuerst.
       *[other] { $count } Rechtsakte, neueste zuerst.
    }

# What's new: the kind of each entry.
news-kind-act = Rechtsakt
news-kind-annex = Konsolidierter Anhang

# Shown on every page with the date of its last substantive change.
updated-label = Letzte Aktualisierung

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Dieses Portal durchsuchen
search-button = Suchen
search-searching = Suche läuft…
search-count = Ergebnisse für „{ $terms }“: { $count }
search-none = Keine Seite entspricht „{ $terms }“. Versuchen Sie es mit anderen Wörtern oder nutzen Sie das Verzeichnis von A bis Z weiter unten.
search-unavailable = Die Suche ist derzeit nicht verfügbar. Nutzen Sie das Verzeichnis von A bis Z weiter unten.
search-more = Weitere Ergebnisse anzeigen
search-az-title = Alle Seiten von A bis Z
search-az-letters = Buchstaben

# The page of facts still to be verified.
unverified-title = Noch zu überprüfende Angaben
unverified-description = Alle Angaben auf diesem Portal, die noch nicht anhand einer öffentlichen Quelle bestätigt sind, und was jeweils noch zu prüfen ist.
unverified-intro = Dieses Portal kennzeichnet eine Angabe erst dann als überprüft, wenn sie in einer öffentlichen Quelle nachgelesen wurde, die das Portal angibt. Die folgenden Angaben sind noch nicht auf diese Weise bestätigt; bei jeder ist angegeben, was noch zu prüfen ist. Die Liste wird aus den Daten des Portals erstellt und wird daher kürzer, je mehr Angaben überprüft werden.
unverified-count = Noch zu überprüfende Angaben: { $count }
unverified-area-annex = Konsolidierter Anhang
unverified-area-acts = Rechtsakte zum IMI
unverified-area-states = Mitgliedstaaten und Aufsichtsbehörden
unverified-area-procedures = Verfahren
unverified-column-fact = Angabe
unverified-column-check = Was noch zu prüfen ist
unverified-none = Alle Angaben in diesem Teil sind überprüft.
unverified-link = Noch zu überprüfende Angaben

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Über dieses Portal eingegangene Anträge
stats-description = Wie viele Anträge auf Auskunft, Berichtigung und Löschung bei diesem Portal eingegangen sind, nach Monat, Staat, Art und Ergebnis.
stats-intro = Diese Zahlen stammen von dem Dienst, der die mit dem Formular dieses Portals gestellten Anträge entgegennimmt. Sie enthalten keine personenbezogenen Daten: keine Angabe genauer als der Monat und keine Zahl unter { $threshold }.
stats-in-time-note = „Fristgerecht beantwortet“ bedeutet: beantwortet bis zu dem voraussichtlichen Datum, das der antragstellenden Person genannt wurde – 30 Tage nach Eingang bei Berichtigung und Löschung, ein Monat bei Auskunft und beim Bestreiten gesperrter Daten.
stats-generated = Gezählt am { $date }.
stats-suppressed = Zahlen unter { $threshold } werden nicht angezeigt, damit niemand identifiziert werden kann; in die Summen fließen nur die angezeigten Zahlen ein.
stats-none = Noch ist keine Zahl groß genug, um angezeigt zu werden.
stats-chart-title = Anträge pro Monat nach Ergebnis
stats-chart-desc = Ein Balken pro Monat, unterteilt nach Ergebnis. Dieselben Zahlen stehen in der Tabelle weiter unten.
stats-by-month = Nach Monat
stats-by-state = Nach Staat
stats-by-kind = Nach Art des Antrags
stats-column-month = Monat
stats-column-state = Staat
stats-column-kind = Art des Antrags
stats-column-total = Insgesamt
stats-outcome-answered-in-time = Fristgerecht beantwortet
stats-outcome-answered-late = Verspätet beantwortet
stats-outcome-rejected = Abgelehnt
stats-outcome-open = Offen
stats-data-link = Diese Statistik als offene Daten (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Auditprotokoll des Dienstes für den Antragseingang
audit-description = Signierte Prüfpunkte des Auditprotokolls des Dienstes für den Antragseingang und wie sich prüfen lässt, dass das Protokoll seither nicht umgeschrieben wurde.
audit-intro = Der Dienst, der die mit dem Formular dieses Portals gestellten Anträge entgegennimmt, zeichnet jeden eingehenden Antrag und jede Handlung seiner Bearbeiter in einem Auditprotokoll auf, in dem der Hashwert jedes Eintrags auch den vorhergehenden Eintrag umfasst. Von Zeit zu Zeit wird der jeweils neueste Eintrag des Protokolls mit einem offline aufbewahrten Schlüssel signiert und hier veröffentlicht. Wer das Protokoll später untersucht, etwa eine Aufsichtsbehörde, kann so nachweisen, dass es diese Einträge weiterhin unverändert enthält.
audit-public-key = Öffentlicher Schlüssel der Signaturen
audit-checkpoints = Prüfpunkte, neueste zuerst
audit-column-time = Datum
audit-column-seq = Eintrag
audit-column-hash = Hashwert des Eintrags (SHA-256)
audit-column-signature = Signatur (Ed25519)
audit-how-title = So prüfen Sie
audit-how-signature = Prüfen Sie, ob jede Signatur für den oben angegebenen öffentlichen Schlüssel gültig ist:
audit-how-log = Prüfen Sie im Protokoll des Dienstes, ob es den Eintrag eines Prüfpunkts mit demselben Hashwert noch enthält:
audit-data-link = Diese Prüfpunkte als offene Daten (JSON)
