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
request-due = Vejledende dato for svaret: { $date }.
request-due-basis-correction = Berigtigelse og sletning: senest 30 dage efter, at den ansvarlige IMI-aktør har modtaget anmodningen (artikel 19, stk. 1, i forordning (EU) nr. 1024/2012).
request-due-basis-access = Indsigt og anfægtelse af blokerede oplysninger: efter national ret. Den generelle forordning om databeskyttelse fastsætter en frist på en måned fra modtagelsen af anmodningen, som om nødvendigt kan forlænges med yderligere to måneder (artikel 12, stk. 3, i forordning (EU) 2016/679).
request-due-note = Fristen løber fra modtagelsen hos den ansvarlige IMI-aktør, som kan ligge senere end den dag, hvor denne portal modtog anmodningen, og national ret kan fastsætte andre regler: Datoen ovenfor er derfor kun vejledende.
request-next = Den ansvarlige myndighed svarer på den e-mailadresse, du har angivet. Hvis du ikke er tilfreds med svaret, kan du klage til tilsynsmyndigheden i det land, hvis myndighed har behandlet dine oplysninger, eller, hvis Europa-Kommissionen eller et andet af Unionens organer har behandlet dem, til Den Europæiske Tilsynsførende for Databeskyttelse.
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

# Hints shown under the form's fields.
request-hint-email = Myndigheden bruger den kun til at svare dig.
request-hint-states = Vælg alle de lande, hvis myndighed har udvekslet oplysninger om dig via IMI. Hvis du ikke ved det, skal du vælge »Det ved jeg ikke«.
request-hint-imi_reference = Hvis et brev fra en myndighed nævner et IMI-referencenummer, skal du kopiere det ind her.
request-hint-period = F.eks. 2024-03-31.
request-hint-description = Angiv, hvilke oplysninger eller hvilken udveksling din anmodning vedrører, og ved berigtigelse, hvad der er forkert, og hvad der er rigtigt.
request-status-hint = Den opfølgningskode, du fik, da du sendte din anmodning, f.eks. K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgien
request-state-BG = Bulgarien
request-state-CZ = Tjekkiet
request-state-DK = Danmark
request-state-DE = Tyskland
request-state-EE = Estland
request-state-IE = Irland
request-state-EL = Grækenland
request-state-ES = Spanien
request-state-FR = Frankrig
request-state-HR = Kroatien
request-state-IT = Italien
request-state-CY = Cypern
request-state-LV = Letland
request-state-LT = Litauen
request-state-LU = Luxembourg
request-state-HU = Ungarn
request-state-MT = Malta
request-state-NL = Nederlandene
request-state-AT = Østrig
request-state-PL = Polen
request-state-PT = Portugal
request-state-RO = Rumænien
request-state-SI = Slovenien
request-state-SK = Slovakiet
request-state-FI = Finland
request-state-SE = Sverige
request-state-IS = Island
request-state-LI = Liechtenstein
request-state-NO = Norge
request-states-eu = EU-medlemsstater
request-states-eea = EØS-stater

# Plain-words explanation under each kind of request.
request-kind-access-hint = Spørg, om IMI indeholder personoplysninger om dig, og få i så fald en kopi af dem.
request-kind-correction-hint = Anmod om, at urigtige eller ufuldstændige oplysninger om dig bliver berigtiget.
request-kind-deletion-hint = Anmod om, at oplysninger om dig, der er blevet behandlet ulovligt, bliver slettet.
request-kind-contest-blocked-hint = Anfægt rigtigheden eller lovligheden af oplysninger om dig, der er blevet blokeret i IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Hvad du ønsker
request-step-about-you = Om dig
request-step-exchange = Om udvekslingen af oplysninger
request-step-details = Din anmodning
request-step-check = Kontrollér dine svar, før du sender din anmodning
request-step-progress = Trin { $step } af { $total }
request-continue = Fortsæt
request-back = Tilbage
request-change = Ændr
request-not-given = Ikke angivet
request-declaration-given = Bekræftet
request-sending = Din anmodning sendes…
request-error-prefix = Fejl: { $title }
request-follow-up-link = Følg op på din anmodning
request-complain-link = Tilsynsmyndigheder og hvordan du klager
