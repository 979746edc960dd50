# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = What you are asking for
request-field-name = Your full name
request-field-email = Your e-mail address
request-field-postal_address = Your postal address (optional)
request-field-states = The country or countries whose authority handled your case
request-field-authority = The authority, if you know it (optional)
request-field-imi_reference = The IMI reference, if you know it (optional)
request-field-period_from = Period concerned, from (optional)
request-field-period_to = Period concerned, to (optional)
request-field-description = Your request
request-field-reply_language = Language of the reply
request-field-declaration = Declaration

request-kind-access = Access to my data in IMI
request-kind-correction = Correction of inaccurate or incomplete data
request-kind-deletion = Deletion of unlawfully processed data
request-kind-contest-blocked = Contesting the accuracy or lawfulness of blocked data
request-state-unknown = I do not know
request-declaration-text = I declare that the information I give is true and that the request concerns my own personal data.

request-error-required = This information is required.
request-error-too-long = This is too long.
request-error-invalid-characters = This contains characters that cannot be accepted.
request-error-invalid-kind = Choose one of the kinds of request.
request-error-invalid-email = Enter an e-mail address in the form name@example.eu.
request-error-invalid-state = Choose the countries from the list.
request-error-duplicate-state = Choose each country once.
request-error-unknown-with-states = Choose either “I do not know” or one or more countries, not both.
request-error-invalid-language = Choose one of the 24 official languages.
request-error-invalid-date = Enter a real date, for example 2024-03-31.
request-error-future-date = The date cannot be in the future.
request-error-period-order = The end of the period must not be before its start.
request-error-declaration-required = Confirm the declaration to send your request.

request-error-title = Error: your request was not sent
request-error-summary = There is a problem
request-send = Send the request
request-sent-title = Your request has been received
request-reference = Your reference
request-follow-up-code = Your follow-up code
request-keep-code = Keep this code now: it is shown only once and nobody can send it to you again. You need it to follow up your request.
request-received = Received on { $date }.
request-due = Indicative date for the answer: { $date }.
request-due-basis-correction = Correction and deletion: at the latest 30 days after the IMI actor responsible receives the request (Article 19(1) of Regulation (EU) No 1024/2012).
request-due-basis-access = Access and contesting blocked data: under national law. The General Data Protection Regulation sets one month from receipt of the request, which may be extended by two further months where necessary (Article 12(3) of Regulation (EU) 2016/679).
request-due-note = Time runs from receipt by the IMI actor responsible, which may be later than the day this portal received the request, and national law may set other rules: the date above is only indicative.
request-next = The authority responsible will answer at the e-mail address you gave. If you are not satisfied with the answer, you can complain to the supervisory authority of the country whose authority processed your data or, where the European Commission or another Union body processed them, to the European Data Protection Supervisor.
request-unavailable = Your request could not be received and nothing was stored. Please try again later.
request-too-many = Too many requests were sent from your connection. Please wait a few minutes and try again.

request-status-title = The status of your request
request-status-code = Follow-up code
request-status-check = Check the status
request-status-not-found = No request matches this follow-up code. Check the code and try again.
request-status-received = Received
request-status-acknowledged = Acknowledged by the authority
request-status-answered = Answered
request-status-closed = Closed
request-status-rejected = Rejected
request-status-line = Status: { $status }.

# Hints shown under the form's fields.
request-hint-email = The authority will only use it to answer you.
request-hint-states = Choose every country whose authority exchanged information about you through IMI. If you do not know, choose “I do not know”.
request-hint-imi_reference = If a letter from an authority mentions an IMI reference, copy it here.
request-hint-period = For example 2024-03-31.
request-hint-description = Say which data or which exchange your request is about and, for a correction, what is wrong and what is right.
request-status-hint = The follow-up code you were given when you sent your request, for example K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgium
request-state-BG = Bulgaria
request-state-CZ = Czechia
request-state-DK = Denmark
request-state-DE = Germany
request-state-EE = Estonia
request-state-IE = Ireland
request-state-EL = Greece
request-state-ES = Spain
request-state-FR = France
request-state-HR = Croatia
request-state-IT = Italy
request-state-CY = Cyprus
request-state-LV = Latvia
request-state-LT = Lithuania
request-state-LU = Luxembourg
request-state-HU = Hungary
request-state-MT = Malta
request-state-NL = Netherlands
request-state-AT = Austria
request-state-PL = Poland
request-state-PT = Portugal
request-state-RO = Romania
request-state-SI = Slovenia
request-state-SK = Slovakia
request-state-FI = Finland
request-state-SE = Sweden
request-state-IS = Iceland
request-state-LI = Liechtenstein
request-state-NO = Norway
request-states-eu = EU Member States
request-states-eea = EEA States

# Plain-words explanation under each kind of request.
request-kind-access-hint = Ask whether IMI holds personal data about you and, if it does, get a copy.
request-kind-correction-hint = Ask for data about you that is inaccurate or incomplete to be corrected.
request-kind-deletion-hint = Ask for data about you that was processed unlawfully to be deleted.
request-kind-contest-blocked-hint = Contest the accuracy or lawfulness of data about you that has been blocked in IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = What you want
request-step-about-you = About you
request-step-exchange = About the exchange of information
request-step-details = Your request
request-step-check = Check your answers before sending your request
request-step-progress = Step { $step } of { $total }
request-continue = Continue
request-back = Back
request-change = Change
request-not-given = Not given
request-declaration-given = Confirmed
request-sending = Sending your request…
request-error-prefix = Error: { $title }
request-follow-up-link = Follow up your request
request-complain-link = Supervisory authorities and how to complain
