# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Hvad du anmoder om
request-field-name = Dit fulde navn
request-field-email = Din e-mailadresse
request-field-postal_address = Din postadresse (valgfrit)
request-field-states = Det eller de lande, hvis myndighed behandlede din sag
request-field-authority = Myndigheden, hvis du kender den (valgfrit)
request-field-imi_reference = IMI-referencenummeret, hvis du kender det (valgfrit)
request-field-period_from = Den pågældende periode: fra (valgfrit)
request-field-period_to = Den pågældende periode: til (valgfrit)
request-field-description = Din anmodning
request-field-reply_language = Svarets sprog
request-field-declaration = Erklæring

request-kind-access = Indsigt i mine oplysninger i IMI
request-kind-correction = Berigtigelse af urigtige eller ufuldstændige oplysninger
request-kind-deletion = Sletning af ulovligt behandlede oplysninger
request-kind-contest-blocked = Anfægtelse af rigtigheden eller lovligheden af blokerede oplysninger
request-state-unknown = Det ved jeg ikke
request-declaration-text = Jeg erklærer, at de oplysninger, jeg giver, er sande, og at anmodningen vedrører mine egne personoplysninger.

request-error-required = Oplysningen er påkrævet.
request-error-too-long = Teksten er for lang.
request-error-invalid-characters = Teksten indeholder tegn, som ikke kan accepteres.
request-error-invalid-kind = Vælg en af typerne af anmodning.
request-error-invalid-email = Indtast en e-mailadresse i formatet name@example.eu.
request-error-invalid-state = Vælg landene på listen.
request-error-duplicate-state = Vælg hvert land kun én gang.
request-error-unknown-with-states = Vælg enten »Det ved jeg ikke« eller et eller flere lande, ikke begge dele.
request-error-invalid-language = Vælg et af de 24 officielle sprog.
request-error-invalid-date = Indtast en gyldig dato, f.eks. 2024-03-31.
request-error-future-date = Datoen må ikke ligge i fremtiden.
request-error-period-order = Periodens slutning må ikke ligge før dens begyndelse.
request-error-declaration-required = Bekræft erklæringen for at sende din anmodning.

request-error-title = Fejl: Din anmodning blev ikke sendt
request-error-summary = Der er et problem
request-send = Send anmodningen
request-sent-title = Din anmodning er modtaget
request-reference = Dit referencenummer
request-follow-up-code = Din opfølgningskode
request-keep-code = Gem koden nu: Den vises kun én gang, og ingen kan sende den til dig igen. Du skal bruge den for at følge op på din anmodning.
request-received = Modtaget den { $date }.
request-due = Svaret skal gives senest den { $date }, dvs. 30 dage efter modtagelsen (artikel 19 i forordning (EU) nr. 1024/2012).
request-next = Den ansvarlige myndighed svarer på den e-mailadresse, du har angivet, på det sprog, du har valgt. Hvis du ikke er tilfreds med svaret, kan du klage til tilsynsmyndigheden i dit land eller til Den Europæiske Tilsynsførende for Databeskyttelse.
request-unavailable = Din anmodning kunne ikke modtages, og intet blev gemt. Prøv igen senere.
request-too-many = Der er sendt for mange forespørgsler fra din forbindelse. Vent et par minutter, og prøv igen.

request-status-title = Status for din anmodning
request-status-code = Opfølgningskode
request-status-check = Se status
request-status-not-found = Ingen anmodning passer til denne opfølgningskode. Kontrollér koden, og prøv igen.
request-status-received = Modtaget
request-status-acknowledged = Modtagelsen bekræftet af myndigheden
request-status-answered = Besvaret
request-status-closed = Afsluttet
request-status-rejected = Afvist
request-status-line = Status: { $status }.
