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
date-label = Data

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
