# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Oggetto della richiesta
request-field-name = Nome e cognome
request-field-email = Il vostro indirizzo e-mail
request-field-postal_address = Il vostro indirizzo postale (facoltativo)
request-field-states = Il paese o i paesi la cui autorità ha trattato il vostro caso
request-field-authority = L'autorità, se la conoscete (facoltativo)
request-field-imi_reference = Il riferimento IMI, se lo conoscete (facoltativo)
request-field-period_from = Periodo interessato: dal (facoltativo)
request-field-period_to = Periodo interessato: al (facoltativo)
request-field-description = La vostra richiesta
request-field-reply_language = Lingua della risposta
request-field-declaration = Dichiarazione

request-kind-access = Accesso ai miei dati nell'IMI
request-kind-correction = Rettifica di dati inesatti o incompleti
request-kind-deletion = Cancellazione di dati trattati illecitamente
request-kind-contest-blocked = Contestazione dell'esattezza o della liceità di dati bloccati
request-state-unknown = Non lo so
request-declaration-text = Dichiaro che le informazioni da me fornite sono veritiere e che la richiesta riguarda i miei dati personali.

request-error-required = Questa informazione è obbligatoria.
request-error-too-long = Il testo è troppo lungo.
request-error-invalid-characters = Il testo contiene caratteri che non possono essere accettati.
request-error-invalid-kind = Scegliete uno dei tipi di richiesta.
request-error-invalid-email = Inserite un indirizzo e-mail nel formato name@example.eu.
request-error-invalid-state = Scegliete i paesi dall'elenco.
request-error-duplicate-state = Scegliete ogni paese una sola volta.
request-error-unknown-with-states = Scegliete «Non lo so» oppure uno o più paesi, non entrambi.
request-error-invalid-language = Scegliete una delle 24 lingue ufficiali.
request-error-invalid-date = Inserite una data valida, ad esempio 2024-03-31.
request-error-future-date = La data non può essere futura.
request-error-period-order = La fine del periodo non può essere anteriore al suo inizio.
request-error-declaration-required = Confermate la dichiarazione per inviare la richiesta.

request-error-title = Errore: la vostra richiesta non è stata inviata
request-error-summary = Si è verificato un problema
request-send = Inviare la richiesta
request-sent-title = La vostra richiesta è stata ricevuta
request-reference = Il vostro numero di riferimento
request-follow-up-code = Il vostro codice di verifica
request-keep-code = Conservate subito questo codice: viene mostrato una sola volta e nessuno potrà inviarvelo di nuovo. Vi servirà per seguire la vostra richiesta.
request-received = Ricevuta il { $date }.
request-due = Data indicativa della risposta: { $date }.
request-due-basis-correction = Rettifica e cancellazione: al più tardi 30 giorni dopo il ricevimento della richiesta da parte dell'attore IMI responsabile (articolo 19, paragrafo 1, del regolamento (UE) n. 1024/2012).
request-due-basis-access = Accesso e contestazione di dati bloccati: secondo il diritto nazionale. Il regolamento generale sulla protezione dei dati prevede un mese dal ricevimento della richiesta, termine che può essere prorogato di due mesi, se necessario (articolo 12, paragrafo 3, del regolamento (UE) 2016/679).
request-due-note = Il termine decorre dal ricevimento da parte dell'attore IMI responsabile, che può essere successivo al giorno in cui questo portale ha ricevuto la richiesta, e il diritto nazionale può prevedere norme diverse: la data indicata sopra è quindi solo indicativa.
request-next = L'autorità responsabile risponderà all'indirizzo e-mail da voi indicato. Se non siete soddisfatti della risposta, potete proporre reclamo all'autorità di controllo del paese la cui autorità ha trattato i vostri dati oppure, se li ha trattati la Commissione europea o un altro organismo dell'Unione, al Garante europeo della protezione dei dati.
request-unavailable = Non è stato possibile ricevere la vostra richiesta e non è stato conservato alcun dato. Riprovate più tardi.
request-too-many = Dalla vostra connessione sono state inviate troppe richieste. Attendete qualche minuto e riprovate.

request-status-title = Lo stato della vostra richiesta
request-status-code = Codice di verifica
request-status-check = Verificare lo stato
request-status-not-found = Nessuna richiesta corrisponde a questo codice di verifica. Controllate il codice e riprovate.
request-status-received = Ricevuta
request-status-acknowledged = Ricezione confermata dall'autorità
request-status-answered = Risposta inviata
request-status-closed = Chiusa
request-status-rejected = Respinta
request-status-line = Stato: { $status }.

# Hints shown under the form's fields.
request-hint-email = L'autorità lo utilizzerà solo per rispondervi.
request-hint-states = Scegliete ogni paese la cui autorità ha scambiato informazioni su di voi tramite l'IMI. Se non lo sapete, scegliete «Non lo so».
request-hint-imi_reference = Se una lettera di un'autorità indica un riferimento IMI, copiatelo qui.
request-hint-period = Ad esempio 2024-03-31.
request-hint-description = Indicate a quali dati o a quale scambio si riferisce la vostra richiesta e, in caso di rettifica, che cosa è inesatto e che cosa è corretto.
request-status-hint = Il codice di verifica che avete ricevuto quando avete inviato la richiesta, ad esempio K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgio
request-state-BG = Bulgaria
request-state-CZ = Cechia
request-state-DK = Danimarca
request-state-DE = Germania
request-state-EE = Estonia
request-state-IE = Irlanda
request-state-EL = Grecia
request-state-ES = Spagna
request-state-FR = Francia
request-state-HR = Croazia
request-state-IT = Italia
request-state-CY = Cipro
request-state-LV = Lettonia
request-state-LT = Lituania
request-state-LU = Lussemburgo
request-state-HU = Ungheria
request-state-MT = Malta
request-state-NL = Paesi Bassi
request-state-AT = Austria
request-state-PL = Polonia
request-state-PT = Portogallo
request-state-RO = Romania
request-state-SI = Slovenia
request-state-SK = Slovacchia
request-state-FI = Finlandia
request-state-SE = Svezia
request-state-IS = Islanda
request-state-LI = Liechtenstein
request-state-NO = Norvegia
request-states-eu = Stati membri dell'UE
request-states-eea = Stati del SEE

# Plain-words explanation under each kind of request.
request-kind-access-hint = Chiedete se l'IMI contiene dati personali che vi riguardano e, in caso affermativo, ottenetene una copia.
request-kind-correction-hint = Chiedete la rettifica dei dati che vi riguardano e che sono inesatti o incompleti.
request-kind-deletion-hint = Chiedete la cancellazione dei dati che vi riguardano e che sono stati trattati illecitamente.
request-kind-contest-blocked-hint = Contestate l'esattezza o la liceità dei dati che vi riguardano e che sono stati bloccati nell'IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Che cosa desiderate
request-step-about-you = Informazioni su di voi
request-step-exchange = Lo scambio di informazioni
request-step-details = La vostra richiesta
request-step-check = Controllate le vostre risposte prima di inviare la richiesta
request-step-progress = Fase { $step } di { $total }
request-continue = Continuare
request-back = Indietro
request-change = Modificare
request-not-given = Non indicato
request-declaration-given = Confermata
request-sending = Invio della richiesta in corso…
request-error-prefix = Errore: { $title }
request-follow-up-link = Seguire la vostra richiesta
request-complain-link = Autorità di controllo e come proporre reclamo
