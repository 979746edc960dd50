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
request-due = Vägledande datum för svaret: { $date }.
request-due-basis-correction = Rättelse och radering: senast 30 dagar efter det att den ansvariga IMI-aktören har tagit emot begäran (artikel 19.1 i förordning (EU) nr 1024/2012).
request-due-basis-access = Tillgång och bestridande av blockerade uppgifter: enligt nationell rätt. Enligt den allmänna dataskyddsförordningen gäller en månad från mottagandet av begäran, och denna tid får vid behov förlängas med ytterligare två månader (artikel 12.3 i förordning (EU) 2016/679).
request-due-note = Tiden räknas från det att den ansvariga IMI-aktören tog emot begäran, vilket kan vara senare än den dag då den här portalen tog emot den, och nationell rätt kan innehålla andra regler: datumet ovan är därför endast vägledande.
request-next = Den ansvariga myndigheten svarar till den e-postadress du angav. Om du inte är nöjd med svaret kan du lämna in ett klagomål till tillsynsmyndigheten i det land vars myndighet har behandlat dina uppgifter eller, om Europeiska kommissionen eller ett annat av unionens organ har behandlat dem, till Europeiska datatillsynsmannen.
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

# Hints shown under the form's fields.
request-hint-email = Myndigheten använder den bara för att svara dig.
request-hint-states = Välj varje land vars myndighet har utbytt uppgifter om dig via IMI. Om du inte vet, välj ”Jag vet inte”.
request-hint-imi_reference = Om ett brev från en myndighet nämner ett IMI-referensnummer, kopiera det hit.
request-hint-period = Till exempel 2024-03-31.
request-hint-description = Ange vilka uppgifter eller vilket utbyte din begäran gäller och, vid rättelse, vad som är fel och vad som är rätt.
request-status-hint = Den uppföljningskod du fick när du skickade din begäran, till exempel K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgien
request-state-BG = Bulgarien
request-state-CZ = Tjeckien
request-state-DK = Danmark
request-state-DE = Tyskland
request-state-EE = Estland
request-state-IE = Irland
request-state-EL = Grekland
request-state-ES = Spanien
request-state-FR = Frankrike
request-state-HR = Kroatien
request-state-IT = Italien
request-state-CY = Cypern
request-state-LV = Lettland
request-state-LT = Litauen
request-state-LU = Luxemburg
request-state-HU = Ungern
request-state-MT = Malta
request-state-NL = Nederländerna
request-state-AT = Österrike
request-state-PL = Polen
request-state-PT = Portugal
request-state-RO = Rumänien
request-state-SI = Slovenien
request-state-SK = Slovakien
request-state-FI = Finland
request-state-SE = Sverige
request-state-IS = Island
request-state-LI = Liechtenstein
request-state-NO = Norge
request-states-eu = EU:s medlemsstater
request-states-eea = EES-stater

# Plain-words explanation under each kind of request.
request-kind-access-hint = Fråga om IMI innehåller personuppgifter om dig och få i så fall en kopia.
request-kind-correction-hint = Begär att uppgifter om dig som är felaktiga eller ofullständiga rättas.
request-kind-deletion-hint = Begär att uppgifter om dig som har behandlats olagligt raderas.
request-kind-contest-blocked-hint = Bestrid riktigheten eller lagligheten hos uppgifter om dig som har blockerats i IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Vad du vill
request-step-about-you = Om dig
request-step-exchange = Om informationsutbytet
request-step-details = Din begäran
request-step-check = Kontrollera dina svar innan du skickar din begäran
request-step-progress = Steg { $step } av { $total }
request-continue = Fortsätt
request-back = Tillbaka
request-change = Ändra
request-not-given = Inte angivet
request-declaration-given = Bekräftad
request-sending = Din begäran skickas…
request-error-prefix = Fel: { $title }
request-follow-up-link = Följ upp din begäran
request-complain-link = Tillsynsmyndigheter och hur du lämnar in ett klagomål
