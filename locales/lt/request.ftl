# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Ko prašote
request-field-name = Jūsų vardas ir pavardė
request-field-email = Jūsų e. pašto adresas
request-field-postal_address = Jūsų pašto adresas (neprivaloma)
request-field-states = Valstybė ar valstybės, kurių institucija nagrinėjo jūsų bylą
request-field-authority = Institucija, jei ją žinote (neprivaloma)
request-field-imi_reference = IMI nuorodos numeris, jei jį žinote (neprivaloma)
request-field-period_from = Susijęs laikotarpis: nuo (neprivaloma)
request-field-period_to = Susijęs laikotarpis: iki (neprivaloma)
request-field-description = Jūsų prašymas
request-field-reply_language = Atsakymo kalba
request-field-declaration = Pareiškimas

request-kind-access = Susipažinimas su mano duomenimis IMI sistemoje
request-kind-correction = Netikslių arba neišsamių duomenų ištaisymas
request-kind-deletion = Neteisėtai tvarkomų duomenų ištrynimas
request-kind-contest-blocked = Blokuotų duomenų tikslumo arba teisėtumo ginčijimas
request-state-unknown = Nežinau
request-declaration-text = Pareiškiu, kad mano pateikta informacija yra teisinga ir kad prašymas susijęs su mano asmens duomenimis.

request-error-required = Ši informacija privaloma.
request-error-too-long = Tekstas per ilgas.
request-error-invalid-characters = Tekste yra simbolių, kurių negalima priimti.
request-error-invalid-kind = Pasirinkite vieną iš prašymo rūšių.
request-error-invalid-email = Įveskite e. pašto adresą tokiu formatu: name@example.eu.
request-error-invalid-state = Pasirinkite valstybes iš sąrašo.
request-error-duplicate-state = Kiekvieną valstybę pasirinkite tik vieną kartą.
request-error-unknown-with-states = Pasirinkite arba „Nežinau“, arba vieną ar kelias valstybes, bet ne abu.
request-error-invalid-language = Pasirinkite vieną iš 24 oficialiųjų kalbų.
request-error-invalid-date = Įveskite tikrą datą, pavyzdžiui, 2024-03-31.
request-error-future-date = Data negali būti ateityje.
request-error-period-order = Laikotarpio pabaiga negali būti ankstesnė už jo pradžią.
request-error-declaration-required = Patvirtinkite pareiškimą, kad galėtumėte išsiųsti prašymą.

request-error-title = Klaida: jūsų prašymas neišsiųstas
request-error-summary = Iškilo problema
request-send = Siųsti prašymą
request-sent-title = Jūsų prašymas gautas
request-reference = Jūsų nuorodos numeris
request-follow-up-code = Jūsų prašymo sekimo kodas
request-keep-code = Išsaugokite šį kodą dabar: jis rodomas tik vieną kartą ir niekas negalės jums jo atsiųsti dar kartą. Jo reikės norint sekti jūsų prašymo eigą.
request-received = Gauta { $date }.
request-due = Orientacinė atsakymo data: { $date }.
request-due-basis-correction = Ištaisymas ir ištrynimas: ne vėliau kaip per 30 dienų nuo tada, kai atsakingas IMI dalyvis gauna prašymą (Reglamento (ES) Nr. 1024/2012 19 straipsnio 1 dalis).
request-due-basis-access = Susipažinimas ir blokuotų duomenų ginčijimas: pagal nacionalinę teisę. Bendrajame duomenų apsaugos reglamente nustatytas vieno mėnesio nuo prašymo gavimo terminas, kuris prireikus gali būti pratęstas dar dviem mėnesiams (Reglamento (ES) 2016/679 12 straipsnio 3 dalis).
request-due-note = Terminas skaičiuojamas nuo tada, kai prašymą gauna atsakingas IMI dalyvis, o tai gali būti vėliau nei diena, kurią prašymą gavo šis portalas, be to, nacionalinėje teisėje gali būti nustatytos kitos taisyklės: todėl pirmiau nurodyta data yra tik orientacinė.
request-next = Atsakinga institucija atsakys jūsų nurodytu e. pašto adresu. Jei atsakymas jūsų netenkina, galite pateikti skundą priežiūros institucijai tos valstybės, kurios institucija tvarkė jūsų duomenis, arba, jei juos tvarkė Europos Komisija ar kita Sąjungos įstaiga, Europos duomenų apsaugos priežiūros pareigūnui.
request-unavailable = Jūsų prašymo nepavyko priimti ir niekas nebuvo išsaugota. Bandykite dar kartą vėliau.
request-too-many = Iš jūsų ryšio išsiųsta per daug užklausų. Palaukite kelias minutes ir bandykite dar kartą.

request-status-title = Jūsų prašymo būsena
request-status-code = Prašymo sekimo kodas
request-status-check = Tikrinti būseną
request-status-not-found = Šį sekimo kodą atitinkančio prašymo nėra. Patikrinkite kodą ir bandykite dar kartą.
request-status-received = Gautas
request-status-acknowledged = Institucija patvirtino gavimą
request-status-answered = Atsakyta
request-status-closed = Užbaigtas
request-status-rejected = Atmestas
request-status-line = Būsena: { $status }.

# Hints shown under the form's fields.
request-hint-email = Institucija jį naudos tik tam, kad jums atsakytų.
request-hint-states = Pasirinkite kiekvieną valstybę, kurios institucija per IMI sistemą keitėsi informacija apie jus. Jei nežinote, pasirinkite „Nežinau“.
request-hint-imi_reference = Jei institucijos laiške nurodytas IMI nuorodos numeris, nukopijuokite jį čia.
request-hint-period = Pavyzdžiui, 2024-03-31.
request-hint-description = Nurodykite, su kuriais duomenimis ar kuriuo keitimusi informacija susijęs jūsų prašymas, o jei prašote ištaisyti duomenis – kas yra neteisinga ir kas teisinga.
request-status-hint = Prašymo sekimo kodas, kurį gavote siųsdami prašymą, pavyzdžiui, K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgija
request-state-BG = Bulgarija
request-state-CZ = Čekija
request-state-DK = Danija
request-state-DE = Vokietija
request-state-EE = Estija
request-state-IE = Airija
request-state-EL = Graikija
request-state-ES = Ispanija
request-state-FR = Prancūzija
request-state-HR = Kroatija
request-state-IT = Italija
request-state-CY = Kipras
request-state-LV = Latvija
request-state-LT = Lietuva
request-state-LU = Liuksemburgas
request-state-HU = Vengrija
request-state-MT = Malta
request-state-NL = Nyderlandai
request-state-AT = Austrija
request-state-PL = Lenkija
request-state-PT = Portugalija
request-state-RO = Rumunija
request-state-SI = Slovėnija
request-state-SK = Slovakija
request-state-FI = Suomija
request-state-SE = Švedija
request-state-IS = Islandija
request-state-LI = Lichtenšteinas
request-state-NO = Norvegija
request-states-eu = ES valstybės narės
request-states-eea = EEE valstybės

# Plain-words explanation under each kind of request.
request-kind-access-hint = Paklauskite, ar IMI sistemoje yra jūsų asmens duomenų, ir, jei yra, gaukite jų kopiją.
request-kind-correction-hint = Paprašykite ištaisyti netikslius arba neišsamius jūsų duomenis.
request-kind-deletion-hint = Paprašykite ištrinti jūsų duomenis, kurie buvo tvarkomi neteisėtai.
request-kind-contest-blocked-hint = Užginčykite IMI sistemoje blokuotų jūsų duomenų tikslumą arba teisėtumą.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Ko norite
request-step-about-you = Apie jus
request-step-exchange = Apie keitimąsi informacija
request-step-details = Jūsų prašymas
request-step-check = Prieš siųsdami prašymą patikrinkite savo atsakymus
request-step-progress = { $step } veiksmas iš { $total }
request-continue = Tęsti
request-back = Atgal
request-change = Keisti
request-not-given = Nenurodyta
request-declaration-given = Patvirtinta
request-sending = Jūsų prašymas siunčiamas…
request-error-prefix = Klaida: { $title }
request-follow-up-link = Sekti prašymo eigą
request-complain-link = Priežiūros institucijos ir kaip pateikti skundą
