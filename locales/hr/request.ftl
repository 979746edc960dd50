# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Što tražite
request-field-name = Ime i prezime
request-field-email = Vaša adresa e-pošte
request-field-postal_address = Vaša poštanska adresa (nije obvezno)
request-field-states = Država ili države čije je tijelo obrađivalo vaš predmet
request-field-authority = Tijelo, ako ga znate (nije obvezno)
request-field-imi_reference = Referentni broj u IMI-ju, ako ga znate (nije obvezno)
request-field-period_from = Predmetno razdoblje: od (nije obvezno)
request-field-period_to = Predmetno razdoblje: do (nije obvezno)
request-field-description = Vaš zahtjev
request-field-reply_language = Jezik odgovora
request-field-declaration = Izjava

request-kind-access = Pristup mojim podacima u IMI-ju
request-kind-correction = Ispravak netočnih ili nepotpunih podataka
request-kind-deletion = Brisanje nezakonito obrađenih podataka
request-kind-contest-blocked = Osporavanje točnosti ili zakonitosti blokiranih podataka
request-state-unknown = Ne znam
request-declaration-text = Izjavljujem da su informacije koje navodim istinite i da se zahtjev odnosi na moje osobne podatke.

request-error-required = Ovaj je podatak obvezan.
request-error-too-long = Tekst je predug.
request-error-invalid-characters = Tekst sadržava znakove koji se ne mogu prihvatiti.
request-error-invalid-kind = Odaberite jednu od vrsta zahtjeva.
request-error-invalid-email = Unesite adresu e-pošte u obliku name@example.eu.
request-error-invalid-state = Odaberite države s popisa.
request-error-duplicate-state = Svaku državu odaberite samo jednom.
request-error-unknown-with-states = Odaberite „Ne znam” ili jednu ili više država, ali ne oboje.
request-error-invalid-language = Odaberite jedan od 24 službena jezika.
request-error-invalid-date = Unesite valjan datum, na primjer 2024-03-31.
request-error-future-date = Datum ne može biti u budućnosti.
request-error-period-order = Kraj razdoblja ne smije biti prije njegova početka.
request-error-declaration-required = Potvrdite izjavu kako biste poslali zahtjev.

request-error-title = Pogreška: vaš zahtjev nije poslan
request-error-summary = Postoji problem
request-send = Pošalji zahtjev
request-sent-title = Vaš je zahtjev zaprimljen
request-reference = Vaš referentni broj
request-follow-up-code = Vaš kod za praćenje
request-keep-code = Odmah spremite ovaj kod: prikazuje se samo jednom i nitko vam ga ne može ponovno poslati. Trebat će vam za praćenje zahtjeva.
request-received = Zaprimljen { $date }.
request-due = Okvirni datum odgovora: { $date }.
request-due-basis-correction = Ispravak i brisanje: najkasnije 30 dana nakon što odgovorni sudionik IMI-ja zaprimi zahtjev (članak 19. stavak 1. Uredbe (EU) br. 1024/2012).
request-due-basis-access = Pristup i osporavanje blokiranih podataka: u skladu s nacionalnim pravom. Općom uredbom o zaštiti podataka predviđen je rok od mjesec dana od primitka zahtjeva, koji se prema potrebi može produljiti za dodatna dva mjeseca (članak 12. stavak 3. Uredbe (EU) 2016/679).
request-due-note = Rok počinje teći od primitka zahtjeva kod odgovornog sudionika IMI-ja, što može biti kasnije od dana kada je ovaj portal zaprimio zahtjev, a nacionalnim pravom mogu se propisati drukčija pravila: gore navedeni datum stoga je samo okviran.
request-next = Odgovorno tijelo odgovorit će na adresu e-pošte koju ste naveli. Ako niste zadovoljni odgovorom, možete podnijeti pritužbu nadzornom tijelu države čije je tijelo obrađivalo vaše podatke ili, ako ih je obrađivala Europska komisija ili drugo tijelo Unije, Europskom nadzorniku za zaštitu podataka.
request-unavailable = Vaš zahtjev nije bilo moguće zaprimiti i ništa nije pohranjeno. Pokušajte ponovno poslije.
request-too-many = S vaše je veze poslano previše upita. Pričekajte nekoliko minuta i pokušajte ponovno.

request-status-title = Status vašeg zahtjeva
request-status-code = Kod za praćenje
request-status-check = Provjeri status
request-status-not-found = Nijedan zahtjev ne odgovara ovom kodu za praćenje. Provjerite kod i pokušajte ponovno.
request-status-received = Zaprimljen
request-status-acknowledged = Tijelo je potvrdilo primitak
request-status-answered = Odgovoren
request-status-closed = Zatvoren
request-status-rejected = Odbijen
request-status-line = Status: { $status }.

# Hints shown under the form's fields.
request-hint-email = Tijelo će je upotrijebiti samo kako bi vam odgovorilo.
request-hint-states = Odaberite svaku državu čije je tijelo razmjenjivalo informacije o vama putem IMI-ja. Ako ne znate, odaberite „Ne znam”.
request-hint-imi_reference = Ako se u dopisu nekog tijela navodi referentni broj u IMI-ju, kopirajte ga ovdje.
request-hint-period = Na primjer 2024-03-31.
request-hint-description = Navedite na koje se podatke ili na koju razmjenu odnosi vaš zahtjev i, u slučaju ispravka, što je netočno, a što točno.
request-status-hint = Kod za praćenje koji ste dobili pri slanju zahtjeva, na primjer K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgija
request-state-BG = Bugarska
request-state-CZ = Češka
request-state-DK = Danska
request-state-DE = Njemačka
request-state-EE = Estonija
request-state-IE = Irska
request-state-EL = Grčka
request-state-ES = Španjolska
request-state-FR = Francuska
request-state-HR = Hrvatska
request-state-IT = Italija
request-state-CY = Cipar
request-state-LV = Latvija
request-state-LT = Litva
request-state-LU = Luksemburg
request-state-HU = Mađarska
request-state-MT = Malta
request-state-NL = Nizozemska
request-state-AT = Austrija
request-state-PL = Poljska
request-state-PT = Portugal
request-state-RO = Rumunjska
request-state-SI = Slovenija
request-state-SK = Slovačka
request-state-FI = Finska
request-state-SE = Švedska
request-state-IS = Island
request-state-LI = Lihtenštajn
request-state-NO = Norveška
request-states-eu = Države članice EU-a
request-states-eea = Države EGP-a

# Plain-words explanation under each kind of request.
request-kind-access-hint = Saznajte nalaze li se u IMI-ju osobni podaci o vama i, ako se nalaze, dobijte njihovu kopiju.
request-kind-correction-hint = Zatražite ispravak netočnih ili nepotpunih podataka o vama.
request-kind-deletion-hint = Zatražite brisanje podataka o vama koji su nezakonito obrađeni.
request-kind-contest-blocked-hint = Osporite točnost ili zakonitost podataka o vama koji su blokirani u IMI-ju.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Što želite
request-step-about-you = Podaci o vama
request-step-exchange = O razmjeni informacija
request-step-details = Vaš zahtjev
request-step-check = Provjerite svoje odgovore prije slanja zahtjeva
request-step-progress = Korak { $step } od { $total }
request-continue = Nastavi
request-back = Natrag
request-change = Promijeni
request-not-given = Nije navedeno
request-declaration-given = Potvrđeno
request-sending = Slanje zahtjeva…
request-error-prefix = Pogreška: { $title }
request-follow-up-link = Pratite svoj zahtjev
request-complain-link = Nadzorna tijela i kako podnijeti pritužbu
