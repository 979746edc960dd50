# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Wat u vraagt
request-field-name = Uw volledige naam
request-field-email = Uw e-mailadres
request-field-postal_address = Uw postadres (facultatief)
request-field-states = Het land of de landen waarvan de autoriteit uw zaak heeft behandeld
request-field-authority = De autoriteit, als u die kent (facultatief)
request-field-imi_reference = Het IMI-referentienummer, als u dat kent (facultatief)
request-field-period_from = Betrokken periode: van (facultatief)
request-field-period_to = Betrokken periode: tot en met (facultatief)
request-field-description = Uw verzoek
request-field-reply_language = Taal van het antwoord
request-field-declaration = Verklaring

request-kind-access = Toegang tot mijn gegevens in IMI
request-kind-correction = Rectificatie van onjuiste of onvolledige gegevens
request-kind-deletion = Wissing van onrechtmatig verwerkte gegevens
request-kind-contest-blocked = Betwisting van de juistheid of rechtmatigheid van afgeschermde gegevens
request-state-unknown = Ik weet het niet
request-declaration-text = Ik verklaar dat de informatie die ik verstrek juist is en dat het verzoek mijn eigen persoonsgegevens betreft.

request-error-required = Deze informatie is verplicht.
request-error-too-long = Dit is te lang.
request-error-invalid-characters = Dit bevat tekens die niet kunnen worden aanvaard.
request-error-invalid-kind = Kies een van de soorten verzoeken.
request-error-invalid-email = Vul een e-mailadres in de vorm name@example.eu in.
request-error-invalid-state = Kies de landen uit de lijst.
request-error-duplicate-state = Kies elk land maar één keer.
request-error-unknown-with-states = Kies „Ik weet het niet” of een of meer landen, niet allebei.
request-error-invalid-language = Kies een van de 24 officiële talen.
request-error-invalid-date = Vul een bestaande datum in, bijvoorbeeld 2024-03-31.
request-error-future-date = De datum mag niet in de toekomst liggen.
request-error-period-order = Het einde van de periode mag niet vóór het begin liggen.
request-error-declaration-required = Bevestig de verklaring om uw verzoek te versturen.

request-error-title = Fout: uw verzoek is niet verstuurd
request-error-summary = Er is een probleem
request-send = Verzoek versturen
request-sent-title = Uw verzoek is ontvangen
request-reference = Uw referentienummer
request-follow-up-code = Uw volgcode
request-keep-code = Bewaar deze code nu: hij wordt maar één keer getoond en niemand kan hem opnieuw naar u sturen. U hebt hem nodig om uw verzoek te volgen.
request-received = Ontvangen op { $date }.
request-due = Indicatieve datum voor het antwoord: { $date }.
request-due-basis-correction = Rectificatie en wissing: uiterlijk 30 dagen na ontvangst van het verzoek door de verantwoordelijke IMI-actor (artikel 19, lid 1, van Verordening (EU) nr. 1024/2012).
request-due-basis-access = Toegang en betwisting van afgeschermde gegevens: volgens het nationale recht. De algemene verordening gegevensbescherming bepaalt een termijn van één maand na ontvangst van het verzoek, die indien nodig met nog eens twee maanden kan worden verlengd (artikel 12, lid 3, van Verordening (EU) 2016/679).
request-due-note = De termijn gaat in bij ontvangst door de verantwoordelijke IMI-actor, wat later kan zijn dan de dag waarop dit portaal het verzoek heeft ontvangen, en het nationale recht kan andere regels vaststellen: de bovenstaande datum is slechts indicatief.
request-next = De verantwoordelijke autoriteit antwoordt op het e-mailadres dat u hebt opgegeven. Bent u niet tevreden met het antwoord, dan kunt u een klacht indienen bij de toezichthoudende autoriteit van het land waarvan de autoriteit uw gegevens heeft verwerkt of, als de Europese Commissie of een ander orgaan van de Unie ze heeft verwerkt, bij de Europese Toezichthouder voor gegevensbescherming.
request-unavailable = Uw verzoek kon niet worden ontvangen en er is niets opgeslagen. Probeer het later opnieuw.
request-too-many = Vanaf uw verbinding zijn te veel aanvragen verstuurd. Wacht enkele minuten en probeer het dan opnieuw.

request-status-title = De status van uw verzoek
request-status-code = Volgcode
request-status-check = Status opvragen
request-status-not-found = Er is geen verzoek met deze volgcode. Controleer de code en probeer het opnieuw.
request-status-received = Ontvangen
request-status-acknowledged = Ontvangst bevestigd door de autoriteit
request-status-answered = Beantwoord
request-status-closed = Afgesloten
request-status-rejected = Afgewezen
request-status-line = Status: { $status }.

# Hints shown under the form's fields.
request-hint-email = De autoriteit gebruikt het alleen om u te antwoorden.
request-hint-states = Kies elk land waarvan de autoriteit via IMI informatie over u heeft uitgewisseld. Als u het niet weet, kies dan „Ik weet het niet”.
request-hint-imi_reference = Als een brief van een autoriteit een IMI-referentienummer vermeldt, neem dat dan hier over.
request-hint-period = Bijvoorbeeld 2024-03-31.
request-hint-description = Geef aan op welke gegevens of welke uitwisseling uw verzoek betrekking heeft en, bij rectificatie, wat er onjuist is en wat juist is.
request-status-hint = De volgcode die u hebt gekregen toen u uw verzoek verstuurde, bijvoorbeeld K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = België
request-state-BG = Bulgarije
request-state-CZ = Tsjechië
request-state-DK = Denemarken
request-state-DE = Duitsland
request-state-EE = Estland
request-state-IE = Ierland
request-state-EL = Griekenland
request-state-ES = Spanje
request-state-FR = Frankrijk
request-state-HR = Kroatië
request-state-IT = Italië
request-state-CY = Cyprus
request-state-LV = Letland
request-state-LT = Litouwen
request-state-LU = Luxemburg
request-state-HU = Hongarije
request-state-MT = Malta
request-state-NL = Nederland
request-state-AT = Oostenrijk
request-state-PL = Polen
request-state-PT = Portugal
request-state-RO = Roemenië
request-state-SI = Slovenië
request-state-SK = Slowakije
request-state-FI = Finland
request-state-SE = Zweden
request-state-IS = IJsland
request-state-LI = Liechtenstein
request-state-NO = Noorwegen
request-states-eu = EU-lidstaten
request-states-eea = EER-staten

# Plain-words explanation under each kind of request.
request-kind-access-hint = Vraag of IMI persoonsgegevens over u bevat en ontvang, als dat zo is, een kopie.
request-kind-correction-hint = Vraag om rectificatie van gegevens over u die onjuist of onvolledig zijn.
request-kind-deletion-hint = Vraag om wissing van gegevens over u die onrechtmatig zijn verwerkt.
request-kind-contest-blocked-hint = Betwist de juistheid of rechtmatigheid van gegevens over u die in IMI zijn afgeschermd.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Wat u wilt
request-step-about-you = Over u
request-step-exchange = Over de uitwisseling van informatie
request-step-details = Uw verzoek
request-step-check = Controleer uw antwoorden voordat u uw verzoek verstuurt
request-step-progress = Stap { $step } van { $total }
request-continue = Doorgaan
request-back = Terug
request-change = Wijzigen
request-not-given = Niet opgegeven
request-declaration-given = Bevestigd
request-sending = Uw verzoek wordt verstuurd…
request-error-prefix = Fout: { $title }
request-follow-up-link = Uw verzoek volgen
request-complain-link = Toezichthoudende autoriteiten en hoe u een klacht indient
