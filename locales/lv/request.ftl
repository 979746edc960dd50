# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Ko jūs lūdzat
request-field-name = Jūsu vārds un uzvārds
request-field-email = Jūsu e-pasta adrese
request-field-postal_address = Jūsu pasta adrese (nav obligāti)
request-field-states = Valsts vai valstis, kuru iestāde izskatīja jūsu lietu
request-field-authority = Iestāde, ja to zināt (nav obligāti)
request-field-imi_reference = IMI atsauces numurs, ja to zināt (nav obligāti)
request-field-period_from = Attiecīgais laikposms: no (nav obligāti)
request-field-period_to = Attiecīgais laikposms: līdz (nav obligāti)
request-field-description = Jūsu pieprasījums
request-field-reply_language = Atbildes valoda
request-field-declaration = Apliecinājums

request-kind-access = Piekļuve maniem datiem IMI
request-kind-correction = Neprecīzu vai nepilnīgu datu labošana
request-kind-deletion = Nelikumīgi apstrādātu datu dzēšana
request-kind-contest-blocked = Bloķētu datu precizitātes vai likumīguma apstrīdēšana
request-state-unknown = Nezinu
request-declaration-text = Apliecinu, ka manis sniegtā informācija ir patiesa un ka pieprasījums attiecas uz maniem personas datiem.

request-error-required = Šī informācija ir obligāta.
request-error-too-long = Teksts ir pārāk garš.
request-error-invalid-characters = Tekstā ir rakstzīmes, kuras nevar pieņemt.
request-error-invalid-kind = Izvēlieties vienu no pieprasījuma veidiem.
request-error-invalid-email = Ievadiet e-pasta adresi formā name@example.eu.
request-error-invalid-state = Izvēlieties valstis no saraksta.
request-error-duplicate-state = Katru valsti izvēlieties tikai vienreiz.
request-error-unknown-with-states = Izvēlieties vai nu “Nezinu”, vai vienu vai vairākas valstis, bet ne abus.
request-error-invalid-language = Izvēlieties vienu no 24 oficiālajām valodām.
request-error-invalid-date = Ievadiet derīgu datumu, piemēram, 2024-03-31.
request-error-future-date = Datums nevar būt nākotnē.
request-error-period-order = Laikposma beigas nedrīkst būt pirms tā sākuma.
request-error-declaration-required = Apstipriniet apliecinājumu, lai nosūtītu pieprasījumu.

request-error-title = Kļūda: jūsu pieprasījums netika nosūtīts
request-error-summary = Radusies problēma
request-send = Nosūtīt pieprasījumu
request-sent-title = Jūsu pieprasījums ir saņemts
request-reference = Jūsu atsauces numurs
request-follow-up-code = Jūsu izsekošanas kods
request-keep-code = Saglabājiet šo kodu tūlīt: tas tiek parādīts tikai vienreiz, un neviens to jums nevar nosūtīt vēlreiz. Tas jums būs vajadzīgs, lai sekotu līdzi sava pieprasījuma virzībai.
request-received = Saņemts { $date }.
request-due = Indikatīvais atbildes datums: { $date }.
request-due-basis-correction = Labošana un dzēšana: ne vēlāk kā 30 dienu laikā pēc tam, kad atbildīgais IMI dalībnieks ir saņēmis pieprasījumu (Regulas (ES) Nr. 1024/2012 19. panta 1. punkts).
request-due-basis-access = Piekļuve un bloķētu datu apstrīdēšana: saskaņā ar valsts tiesību aktiem. Vispārīgajā datu aizsardzības regulā noteikts viens mēnesis no pieprasījuma saņemšanas, un vajadzības gadījumā šo termiņu var pagarināt vēl par diviem mēnešiem (Regulas (ES) 2016/679 12. panta 3. punkts).
request-due-note = Termiņu skaita no dienas, kad pieprasījumu saņēmis atbildīgais IMI dalībnieks, un tā var būt vēlāka nekā diena, kad pieprasījumu saņēma šis portāls, turklāt valsts tiesību aktos var būt paredzēti citi noteikumi: iepriekš norādītais datums tādēļ ir tikai indikatīvs.
request-next = Atbildīgā iestāde atbildēs uz jūsu norādīto e-pasta adresi. Ja atbilde jūs neapmierina, varat iesniegt sūdzību tās valsts uzraudzības iestādei, kuras iestāde apstrādāja jūsu datus, vai, ja tos apstrādāja Eiropas Komisija vai cita Savienības struktūra, Eiropas Datu aizsardzības uzraudzītājam.
request-unavailable = Jūsu pieprasījumu nevarēja saņemt, un nekas netika saglabāts. Lūdzu, mēģiniet vēlreiz vēlāk.
request-too-many = No jūsu savienojuma ir nosūtīts pārāk daudz vaicājumu. Lūdzu, uzgaidiet dažas minūtes un mēģiniet vēlreiz.

request-status-title = Jūsu pieprasījuma statuss
request-status-code = Izsekošanas kods
request-status-check = Pārbaudīt statusu
request-status-not-found = Šim izsekošanas kodam neatbilst neviens pieprasījums. Pārbaudiet kodu un mēģiniet vēlreiz.
request-status-received = Saņemts
request-status-acknowledged = Iestāde apstiprinājusi saņemšanu
request-status-answered = Atbildēts
request-status-closed = Slēgts
request-status-rejected = Noraidīts
request-status-line = Statuss: { $status }.

# Hints shown under the form's fields.
request-hint-email = Iestāde to izmantos tikai, lai jums atbildētu.
request-hint-states = Izvēlieties katru valsti, kuras iestāde ar IMI starpniecību ir apmainījusies ar informāciju par jums. Ja nezināt, izvēlieties “Nezinu”.
request-hint-imi_reference = Ja iestādes vēstulē ir norādīts IMI atsauces numurs, iekopējiet to šeit.
request-hint-period = Piemēram, 2024-03-31.
request-hint-description = Norādiet, uz kādiem datiem vai kādu informācijas apmaiņu attiecas jūsu pieprasījums, un, ja lūdzat labojumu, kas ir nepareizi un kas ir pareizi.
request-status-hint = Izsekošanas kods, ko saņēmāt, nosūtot pieprasījumu, piemēram, K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Beļģija
request-state-BG = Bulgārija
request-state-CZ = Čehija
request-state-DK = Dānija
request-state-DE = Vācija
request-state-EE = Igaunija
request-state-IE = Īrija
request-state-EL = Grieķija
request-state-ES = Spānija
request-state-FR = Francija
request-state-HR = Horvātija
request-state-IT = Itālija
request-state-CY = Kipra
request-state-LV = Latvija
request-state-LT = Lietuva
request-state-LU = Luksemburga
request-state-HU = Ungārija
request-state-MT = Malta
request-state-NL = Nīderlande
request-state-AT = Austrija
request-state-PL = Polija
request-state-PT = Portugāle
request-state-RO = Rumānija
request-state-SI = Slovēnija
request-state-SK = Slovākija
request-state-FI = Somija
request-state-SE = Zviedrija
request-state-IS = Islande
request-state-LI = Lihtenšteina
request-state-NO = Norvēģija
request-states-eu = ES dalībvalstis
request-states-eea = EEZ valstis

# Plain-words explanation under each kind of request.
request-kind-access-hint = Uzziniet, vai IMI glabājas jūsu personas dati, un, ja tā ir, saņemiet to kopiju.
request-kind-correction-hint = Lūdziet labot neprecīzus vai nepilnīgus datus par jums.
request-kind-deletion-hint = Lūdziet dzēst datus par jums, kas apstrādāti nelikumīgi.
request-kind-contest-blocked-hint = Apstrīdiet to datu par jums precizitāti vai likumīgumu, kas IMI ir bloķēti.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Ko jūs vēlaties
request-step-about-you = Par jums
request-step-exchange = Par informācijas apmaiņu
request-step-details = Jūsu pieprasījums
request-step-check = Pirms pieprasījuma nosūtīšanas pārbaudiet savas atbildes
request-step-progress = { $step }. solis no { $total }
request-continue = Turpināt
request-back = Atpakaļ
request-change = Mainīt
request-not-given = Nav norādīts
request-declaration-given = Apstiprināts
request-sending = Jūsu pieprasījums tiek nosūtīts…
request-error-prefix = Kļūda: { $title }
request-follow-up-link = Sekot līdzi pieprasījuma virzībai
request-complain-link = Uzraudzības iestādes un kā iesniegt sūdzību
