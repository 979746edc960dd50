# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Was Sie beantragen
request-field-name = Ihr vollständiger Name
request-field-email = Ihre E-Mail-Adresse
request-field-postal_address = Ihre Postanschrift (optional)
request-field-states = Das Land oder die Länder, deren Behörde Ihren Fall bearbeitet hat
request-field-authority = Die Behörde, falls Sie sie kennen (optional)
request-field-imi_reference = Die IMI-Referenznummer, falls Sie sie kennen (optional)
request-field-period_from = Betreffender Zeitraum: von (optional)
request-field-period_to = Betreffender Zeitraum: bis (optional)
request-field-description = Ihr Antrag
request-field-reply_language = Sprache der Antwort
request-field-declaration = Erklärung

request-kind-access = Auskunft über meine Daten in IMI
request-kind-correction = Berichtigung unrichtiger oder unvollständiger Daten
request-kind-deletion = Löschung unrechtmäßig verarbeiteter Daten
request-kind-contest-blocked = Bestreiten der Richtigkeit oder Rechtmäßigkeit gesperrter Daten
request-state-unknown = Ich weiß es nicht
request-declaration-text = Ich erkläre, dass meine Angaben wahr sind und dass der Antrag meine eigenen personenbezogenen Daten betrifft.

request-error-required = Diese Angabe ist erforderlich.
request-error-too-long = Diese Angabe ist zu lang.
request-error-invalid-characters = Diese Angabe enthält Zeichen, die nicht angenommen werden können.
request-error-invalid-kind = Wählen Sie eine der Antragsarten aus.
request-error-invalid-email = Geben Sie eine E-Mail-Adresse im Format name@example.eu ein.
request-error-invalid-state = Wählen Sie die Länder aus der Liste aus.
request-error-duplicate-state = Wählen Sie jedes Land nur einmal aus.
request-error-unknown-with-states = Wählen Sie entweder „Ich weiß es nicht“ oder ein oder mehrere Länder aus, nicht beides.
request-error-invalid-language = Wählen Sie eine der 24 Amtssprachen aus.
request-error-invalid-date = Geben Sie ein gültiges Datum ein, zum Beispiel 2024-03-31.
request-error-future-date = Das Datum darf nicht in der Zukunft liegen.
request-error-period-order = Das Ende des Zeitraums darf nicht vor seinem Beginn liegen.
request-error-declaration-required = Bestätigen Sie die Erklärung, um Ihren Antrag abzusenden.

request-error-title = Fehler: Ihr Antrag wurde nicht abgesendet
request-error-summary = Es gibt ein Problem
request-send = Antrag absenden
request-sent-title = Ihr Antrag ist eingegangen
request-reference = Ihr Aktenzeichen
request-follow-up-code = Ihr Code für die Statusabfrage
request-keep-code = Bewahren Sie diesen Code jetzt auf: Er wird nur einmal angezeigt, und niemand kann ihn Ihnen erneut zusenden. Sie benötigen ihn, um den Stand Ihres Antrags abzufragen.
request-received = Eingegangen am { $date }.
request-due = Voraussichtliches Datum der Antwort: { $date }.
request-due-basis-correction = Berichtigung und Löschung: spätestens 30 Tage nach Eingang des Antrags beim verantwortlichen IMI-Akteur (Artikel 19 Absatz 1 der Verordnung (EU) Nr. 1024/2012).
request-due-basis-access = Auskunft und Bestreiten gesperrter Daten: nach nationalem Recht. Die Datenschutz-Grundverordnung sieht einen Monat nach Eingang des Antrags vor; diese Frist kann erforderlichenfalls um weitere zwei Monate verlängert werden (Artikel 12 Absatz 3 der Verordnung (EU) 2016/679).
request-due-note = Die Frist beginnt mit dem Eingang beim verantwortlichen IMI-Akteur, der später liegen kann als der Tag, an dem dieses Portal den Antrag erhalten hat, und das nationale Recht kann andere Regeln vorsehen: Das oben genannte Datum dient daher nur zur Orientierung.
request-next = Die zuständige Behörde antwortet an die von Ihnen angegebene E-Mail-Adresse. Wenn Sie mit der Antwort nicht zufrieden sind, können Sie Beschwerde bei der Aufsichtsbehörde des Landes einlegen, dessen Behörde Ihre Daten verarbeitet hat, oder, wenn die Europäische Kommission oder eine andere Stelle der Union sie verarbeitet hat, beim Europäischen Datenschutzbeauftragten.
request-unavailable = Ihr Antrag konnte nicht entgegengenommen werden, und es wurde nichts gespeichert. Bitte versuchen Sie es später erneut.
request-too-many = Von Ihrer Verbindung aus wurden zu viele Anfragen gesendet. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.

request-status-title = Der Status Ihres Antrags
request-status-code = Code für die Statusabfrage
request-status-check = Status abfragen
request-status-not-found = Zu diesem Code gibt es keinen Antrag. Prüfen Sie den Code und versuchen Sie es erneut.
request-status-received = Eingegangen
request-status-acknowledged = Eingang von der Behörde bestätigt
request-status-answered = Beantwortet
request-status-closed = Abgeschlossen
request-status-rejected = Abgelehnt
request-status-line = Status: { $status }.

# Hints shown under the form's fields.
request-hint-email = Die Behörde verwendet sie nur, um Ihnen zu antworten.
request-hint-states = Wählen Sie jedes Land aus, dessen Behörde über IMI Informationen über Sie ausgetauscht hat. Wenn Sie es nicht wissen, wählen Sie „Ich weiß es nicht“ aus.
request-hint-imi_reference = Wenn in einem Schreiben einer Behörde eine IMI-Referenznummer genannt ist, tragen Sie sie hier ein.
request-hint-period = Zum Beispiel 2024-03-31.
request-hint-description = Geben Sie an, welche Daten oder welchen Austausch Ihr Antrag betrifft, und bei einer Berichtigung, was falsch und was richtig ist.
request-status-hint = Der Code für die Statusabfrage, den Sie beim Absenden Ihres Antrags erhalten haben, zum Beispiel K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgien
request-state-BG = Bulgarien
request-state-CZ = Tschechien
request-state-DK = Dänemark
request-state-DE = Deutschland
request-state-EE = Estland
request-state-IE = Irland
request-state-EL = Griechenland
request-state-ES = Spanien
request-state-FR = Frankreich
request-state-HR = Kroatien
request-state-IT = Italien
request-state-CY = Zypern
request-state-LV = Lettland
request-state-LT = Litauen
request-state-LU = Luxemburg
request-state-HU = Ungarn
request-state-MT = Malta
request-state-NL = Niederlande
request-state-AT = Österreich
request-state-PL = Polen
request-state-PT = Portugal
request-state-RO = Rumänien
request-state-SI = Slowenien
request-state-SK = Slowakei
request-state-FI = Finnland
request-state-SE = Schweden
request-state-IS = Island
request-state-LI = Liechtenstein
request-state-NO = Norwegen
request-states-eu = EU-Mitgliedstaaten
request-states-eea = EWR-Staaten

# Plain-words explanation under each kind of request.
request-kind-access-hint = Fragen Sie nach, ob in IMI personenbezogene Daten über Sie gespeichert sind, und erhalten Sie gegebenenfalls eine Kopie davon.
request-kind-correction-hint = Beantragen Sie, dass unrichtige oder unvollständige Daten über Sie berichtigt werden.
request-kind-deletion-hint = Beantragen Sie, dass unrechtmäßig verarbeitete Daten über Sie gelöscht werden.
request-kind-contest-blocked-hint = Bestreiten Sie die Richtigkeit oder Rechtmäßigkeit von Daten über Sie, die in IMI gesperrt wurden.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Ihr Anliegen
request-step-about-you = Angaben zu Ihrer Person
request-step-exchange = Angaben zum Informationsaustausch
request-step-details = Ihr Antrag
request-step-check = Prüfen Sie Ihre Angaben, bevor Sie Ihren Antrag absenden
request-step-progress = Schritt { $step } von { $total }
request-continue = Weiter
request-back = Zurück
request-change = Ändern
request-not-given = Nicht angegeben
request-declaration-given = Bestätigt
request-sending = Ihr Antrag wird abgesendet…
request-error-prefix = Fehler: { $title }
request-follow-up-link = Stand Ihres Antrags abfragen
request-complain-link = Aufsichtsbehörden und wie Sie Beschwerde einlegen
