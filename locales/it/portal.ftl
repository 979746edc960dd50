# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portale per la trasparenza dell'IMI
site-subtitle = Sistema di informazione del mercato interno
skip-link = Passa al contenuto principale
nav-label = Menu principale
language-label = Lingua
language-list-label = Scegliere una lingua
breadcrumb-label = Vi trovate qui
home = Pagina iniziale
toc-label = In questa pagina

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Questa pagina non è ancora disponibile in italiano. Viene visualizzata in inglese.
fallback-versions = Questa pagina è disponibile in:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Questo testo è stato tradotto automaticamente e non è stato verificato da un traduttore. In caso di dubbio, fa fede la versione inglese.
machine-translation-original = Leggere la versione inglese

section-pages =
    { $count ->
        [one] Questa sezione contiene { $count } pagina.
       *[other] Questa sezione contiene { $count } pagine.
    }

footer-purpose = Questo portale pubblica le informazioni sul sistema di informazione del mercato interno (IMI) che la Commissione europea, a norma dell'articolo 18, paragrafo 2, del regolamento (UE) n. 1024/2012, è tenuta a rendere facilmente accessibili.
footer-privacy = Questo sito non installa cookie, non memorizza nulla nel vostro browser e non carica nulla da altri siti.
footer-feed = Aggiornamenti (feed Atom)
feed-title = Portale per la trasparenza dell'IMI: aggiornamenti
feed-author = Commissione europea

choose-language = Scegliete la vostra lingua

not-found-title = Pagina non trovata
not-found-text = A questo indirizzo non esiste alcuna pagina. Se avete digitato l'indirizzo, verificate che non contenga errori; se avete seguito un link, la pagina potrebbe essere stata spostata.
not-found-home = Andare alla pagina iniziale

acts-caption = Atti giuridici relativi all'IMI
act-column-act = Atto
act-column-date = Adozione
act-column-oj = Gazzetta ufficiale
act-column-status = Stato
act-status-in-force = In vigore
act-status-repealed = Abrogato
act-status-pending = Proposta
act-unverified = Da verificare nella Gazzetta ufficiale dell'Unione europea

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Il presente testo consolidato è un semplice strumento di documentazione e non produce alcun effetto giuridico. Le versioni facenti fede degli atti sono quelle pubblicate nella Gazzetta ufficiale dell'Unione europea.
annex-current-version = Versione vigente, applicabile dal { $date }.
annex-version-title = L'allegato applicabile dal { $date }
annex-version-description = L'allegato del regolamento (UE) n. 1024/2012 applicabile dal { $date }, con le modifiche intervenute in tale data.
annex-timeline-title = Cronologia dell'allegato
annex-timeline-description = Tutte le versioni dell'allegato del regolamento (UE) n. 1024/2012 dal { $date } e le modifiche apportate in ciascuna.
annex-amended-by = Modificato da
annex-column-act = Atto
annex-column-oj-number = Gazzetta ufficiale n.
annex-column-page = Pagina
annex-column-date = Data
annex-original = Testo originale
annex-original-version = Questo è l'allegato nella versione originariamente pubblicata.
annex-changes-title = Modifiche rispetto alla versione precedente
annex-previous = Versione precedente: { $date }
annex-next = Versione successiva: { $date }
annex-versions-nav = Versioni dell'allegato
annex-view-current = Leggi la versione vigente
annex-view-timeline = Tutte le versioni e le relative modifiche
annex-op-insert = Punto { $point } inserito da { $act }
annex-op-replace = Punto { $point } sostituito da { $act }
annex-op-replace-provisions = Disposizioni citate al punto { $point } sostituite da { $act }
annex-op-delete = Punto { $point } soppresso da { $act }
annex-change-inserted = Punto { $point } inserito
annex-change-deleted = Punto { $point } soppresso
annex-change-changed = Punto { $point } modificato
annex-inserted-text = testo inserito:
annex-deleted-text = testo soppresso:
annex-unverified = Il testo di questo punto è da verificare nella Gazzetta ufficiale dell'Unione europea.
annex-point-fallback = Questo punto non è disponibile in italiano.
annex-marker = Modificato da ultimo da { $m }
annex-feed-title = Allegato del regolamento IMI: modifiche
annex-feed-link = Modifiche dell'allegato (feed Atom)
annex-data-link = Tutte le versioni come dati aperti (JSON)
annex-upcoming-version = Applicabile dal { $date }, non ancora in vigore.
annex-upcoming-notice = È stata pubblicata una nuova versione dell'allegato. Si applica dal { $date }; fino ad allora, la versione in vigore è quella riportata di seguito.
annex-view-upcoming = Leggi la versione applicabile dal { $date }
annex-superseded = Questa versione non è più applicabile: la versione successiva si applica dal { $date }.
annex-point-deleted = Soppresso.
annex-note = Nota:
annex-status-upcoming = Non ancora in vigore

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Paese
states-column-authority = Autorità nazionale di controllo
states-column-website = Sito web
states-authority-unverified = Da verificare
states-authorities-caption = Autorità nazionali di controllo
exceptions-caption = Eccezioni e limitazioni notificate a norma dell'articolo 20
exceptions-column-published = Eccezioni e limitazioni
exceptions-none = Nessuna pubblicata
exceptions-national-report = Relazione di un'autorità nazionale su quanto comunicato

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Come circolano le informazioni
procedure-pattern-one-to-one = Tra due autorità
procedure-pattern-one-to-many = Da un'autorità a molte
procedure-pattern-repository = Conservate per la consultazione da parte di altre autorità
procedure-examples = Esempi
procedure-data = Dati personali trattati
procedure-access = Chi può vederli
procedure-retention = Per quanto tempo sono conservati
procedure-acts = Atti giuridici
procedure-source = Fonti

# Views of the acts table: filters by type, status and year.
acts-view-title = Atti relativi all'IMI: { $filter }
acts-filter-label = Filtrare gli atti
acts-filter-all = Tutti gli atti
acts-filter-type = Per tipo
acts-filter-status = Per stato
acts-filter-year = Per anno di adozione
acts-kind-regulation = Regolamenti
acts-kind-directive = Direttive
acts-kind-decision = Decisioni
acts-kind-implementing-regulation = Regolamenti di esecuzione
acts-kind-implementing-decision = Decisioni di esecuzione
acts-kind-recommendation = Raccomandazioni
acts-kind-proposal = Proposte
acts-count =
    { $count ->
        [one] { $count } atto, dal più recente al meno recente.
       *[other] { $count } atti, dal più recente al meno recente.
    }

# What's new: the kind of each entry.
news-kind-act = Atto giuridico
news-kind-annex = Allegato consolidato

# Shown on every page with the date of its last substantive change.
updated-label = Ultimo aggiornamento

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Cerca in questo portale
search-button = Cerca
search-searching = Ricerca in corso…
search-count = Risultati per «{ $terms }»: { $count }
search-none = Nessuna pagina corrisponde a «{ $terms }». Provare con altre parole oppure utilizzare l'indice dalla A alla Z qui sotto.
search-unavailable = La ricerca non è disponibile al momento. Utilizzare l'indice dalla A alla Z qui sotto.
search-more = Mostra altri risultati
search-az-title = Tutte le pagine dalla A alla Z
search-az-letters = Lettere

# The page of facts still to be verified.
unverified-title = Fatti ancora da verificare
unverified-description = Tutti i fatti riportati su questo portale non ancora confermati da una fonte pubblica e ciò che resta da controllare.
unverified-intro = Questo portale indica un fatto come verificato solo dopo averlo letto in una fonte pubblica, che cita. I fatti riportati di seguito non sono ancora stati confermati in questo modo; per ciascuno è indicato ciò che resta da controllare. L'elenco è generato a partire dai dati del portale e si riduce quindi man mano che i fatti vengono verificati.
unverified-count = Fatti ancora da verificare: { $count }
unverified-area-annex = Allegato consolidato
unverified-area-acts = Atti relativi all'IMI
unverified-area-states = Stati membri e autorità di controllo
unverified-area-procedures = Procedure
unverified-column-fact = Fatto
unverified-column-check = Ciò che resta da controllare
unverified-none = Tutti i fatti di questa parte sono verificati.
unverified-link = Fatti ancora da verificare

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Richieste ricevute tramite questo portale
stats-description = Quante richieste di accesso, rettifica e cancellazione ha ricevuto questo portale, per mese, paese, tipo ed esito.
stats-intro = Queste cifre provengono dal servizio che riceve le richieste inviate con il modulo di questo portale. Non contengono dati personali: nulla di più dettagliato del mese e nessuna cifra inferiore a { $threshold }.
stats-in-time-note = «Risposta nei termini» significa che la risposta è stata data entro la data indicativa comunicata al richiedente: 30 giorni dal ricevimento per la rettifica e la cancellazione, un mese per l'accesso e la contestazione di dati bloccati.
stats-generated = Conteggio al { $date }.
stats-suppressed = Le cifre inferiori a { $threshold } non sono mostrate, affinché nessuno possa essere individuato; i totali sommano solo ciò che è mostrato.
stats-none = Nessuna cifra è ancora abbastanza elevata da poter essere mostrata.
stats-chart-title = Richieste per mese, secondo l'esito
stats-chart-desc = Una barra per mese, suddivisa per esito. Le stesse cifre figurano nella tabella sottostante.
stats-by-month = Per mese
stats-by-state = Per paese
stats-by-kind = Per tipo di richiesta
stats-column-month = Mese
stats-column-state = Paese
stats-column-kind = Tipo di richiesta
stats-column-total = Totale
stats-outcome-answered-in-time = Risposta nei termini
stats-outcome-answered-late = Risposta tardiva
stats-outcome-rejected = Respinta
stats-outcome-open = In corso
stats-data-link = Queste statistiche come dati aperti (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Registro di audit del servizio di ricezione delle richieste
audit-description = Punti di controllo firmati del registro di audit del servizio di ricezione delle richieste e come verificare che il registro non sia stato riscritto nel frattempo.
audit-intro = Il servizio che riceve le richieste inviate con il modulo di questo portale registra ogni richiesta ricevuta e ogni azione dei suoi operatori in un registro di audit, in cui l'impronta di ciascuna voce comprende anche la voce precedente. Di tanto in tanto l'ultima voce del registro viene firmata con una chiave conservata offline e pubblicata qui. Chiunque esamini in seguito il registro, ad esempio un'autorità di controllo, può così dimostrare che esso contiene ancora tali voci senza modifiche.
audit-public-key = Chiave pubblica delle firme
audit-checkpoints = Punti di controllo, dal più recente
audit-column-time = Data
audit-column-seq = Voce
audit-column-hash = Impronta della voce (SHA-256)
audit-column-signature = Firma (Ed25519)
audit-how-title = Come verificare
audit-how-signature = Verificate che ogni firma sia valida per la chiave pubblica indicata sopra:
audit-how-log = Sul registro del servizio, verificate che contenga ancora la voce di un punto di controllo con la stessa impronta:
audit-data-link = Questi punti di controllo come dati aperti (JSON)
