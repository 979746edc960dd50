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
request-due = Die Antwort muss spätestens am { $date } vorliegen: 30 Tage nach Eingang (Artikel 19 der Verordnung (EU) Nr. 1024/2012).
request-next = Die zuständige Behörde antwortet an die von Ihnen angegebene E-Mail-Adresse in der von Ihnen gewählten Sprache. Wenn Sie mit der Antwort nicht zufrieden sind, können Sie Beschwerde bei der Aufsichtsbehörde Ihres Landes oder beim Europäischen Datenschutzbeauftragten einlegen.
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
