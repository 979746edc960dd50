# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Vad du begär
request-field-name = Ditt fullständiga namn
request-field-email = Din e-postadress
request-field-postal_address = Din postadress (frivilligt)
request-field-states = Det land eller de länder vars myndighet handlade ditt ärende
request-field-authority = Myndigheten, om du vet vilken (frivilligt)
request-field-imi_reference = IMI-referensnumret, om du känner till det (frivilligt)
request-field-period_from = Berörd period: från (frivilligt)
request-field-period_to = Berörd period: till (frivilligt)
request-field-description = Din begäran
request-field-reply_language = Språk för svaret
request-field-declaration = Försäkran

request-kind-access = Tillgång till mina uppgifter i IMI
request-kind-correction = Rättelse av felaktiga eller ofullständiga uppgifter
request-kind-deletion = Radering av olagligt behandlade uppgifter
request-kind-contest-blocked = Bestridande av riktigheten eller lagligheten hos blockerade uppgifter
request-state-unknown = Jag vet inte
request-declaration-text = Jag försäkrar att de uppgifter jag lämnar är sanna och att begäran gäller mina egna personuppgifter.

request-error-required = Uppgiften är obligatorisk.
request-error-too-long = Texten är för lång.
request-error-invalid-characters = Texten innehåller tecken som inte kan godtas.
request-error-invalid-kind = Välj en av typerna av begäran.
request-error-invalid-email = Ange en e-postadress i formatet name@example.eu.
request-error-invalid-state = Välj länderna i listan.
request-error-duplicate-state = Välj varje land bara en gång.
request-error-unknown-with-states = Välj antingen ”Jag vet inte” eller ett eller flera länder, inte båda.
request-error-invalid-language = Välj ett av de 24 officiella språken.
request-error-invalid-date = Ange ett giltigt datum, till exempel 2024-03-31.
request-error-future-date = Datumet får inte ligga i framtiden.
request-error-period-order = Periodens slut får inte ligga före dess början.
request-error-declaration-required = Bekräfta försäkran för att skicka din begäran.

request-error-title = Fel: din begäran skickades inte
request-error-summary = Det finns ett problem
request-send = Skicka begäran
request-sent-title = Din begäran har tagits emot
request-reference = Ditt referensnummer
request-follow-up-code = Din uppföljningskod
request-keep-code = Spara koden nu: den visas bara en gång och ingen kan skicka den till dig igen. Du behöver den för att följa upp din begäran.
request-received = Mottagen den { $date }.
request-due = Svaret ska lämnas senast den { $date }, dvs. 30 dagar efter mottagandet (artikel 19 i förordning (EU) nr 1024/2012).
request-next = Den ansvariga myndigheten svarar till den e-postadress du angav, på det språk du valde. Om du inte är nöjd med svaret kan du lämna in ett klagomål till tillsynsmyndigheten i ditt land eller till Europeiska datatillsynsmannen.
request-unavailable = Din begäran kunde inte tas emot och ingenting har sparats. Försök igen senare.
request-too-many = För många förfrågningar har skickats från din anslutning. Vänta några minuter och försök igen.

request-status-title = Status för din begäran
request-status-code = Uppföljningskod
request-status-check = Kontrollera status
request-status-not-found = Ingen begäran matchar den här uppföljningskoden. Kontrollera koden och försök igen.
request-status-received = Mottagen
request-status-acknowledged = Mottagandet bekräftat av myndigheten
request-status-answered = Besvarad
request-status-closed = Avslutad
request-status-rejected = Avslagen
request-status-line = Status: { $status }.
