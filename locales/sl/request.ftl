# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Kaj zahtevate
request-field-name = Ime in priimek
request-field-email = Vaš e-poštni naslov
request-field-postal_address = Vaš poštni naslov (neobvezno)
request-field-states = Država ali države, katerih organ je obravnaval vašo zadevo
request-field-authority = Organ, če ga poznate (neobvezno)
request-field-imi_reference = Referenčna številka v IMI, če jo poznate (neobvezno)
request-field-period_from = Zadevno obdobje: od (neobvezno)
request-field-period_to = Zadevno obdobje: do (neobvezno)
request-field-description = Vaša zahteva
request-field-reply_language = Jezik odgovora
request-field-declaration = Izjava

request-kind-access = Dostop do mojih podatkov v IMI
request-kind-correction = Popravek netočnih ali nepopolnih podatkov
request-kind-deletion = Izbris nezakonito obdelanih podatkov
request-kind-contest-blocked = Izpodbijanje točnosti ali zakonitosti blokiranih podatkov
request-state-unknown = Ne vem
request-declaration-text = Izjavljam, da so informacije, ki jih navajam, resnične in da se zahteva nanaša na moje lastne osebne podatke.

request-error-required = Ta podatek je obvezen.
request-error-too-long = Besedilo je predolgo.
request-error-invalid-characters = Besedilo vsebuje znake, ki jih ni mogoče sprejeti.
request-error-invalid-kind = Izberite eno od vrst zahteve.
request-error-invalid-email = Vnesite e-poštni naslov v obliki name@example.eu.
request-error-invalid-state = Izberite države s seznama.
request-error-duplicate-state = Vsako državo izberite samo enkrat.
request-error-unknown-with-states = Izberite bodisi „Ne vem“ bodisi eno ali več držav, ne obojega.
request-error-invalid-language = Izberite enega od 24 uradnih jezikov.
request-error-invalid-date = Vnesite veljaven datum, na primer 2024-03-31.
request-error-future-date = Datum ne sme biti v prihodnosti.
request-error-period-order = Konec obdobja ne sme biti pred njegovim začetkom.
request-error-declaration-required = Potrdite izjavo, da boste lahko poslali zahtevo.

request-error-title = Napaka: vaša zahteva ni bila poslana
request-error-summary = Prišlo je do težave
request-send = Pošlji zahtevo
request-sent-title = Vašo zahtevo smo prejeli
request-reference = Vaša referenčna številka
request-follow-up-code = Vaša koda za spremljanje
request-keep-code = To kodo shranite zdaj: prikaže se samo enkrat in nihče vam je ne more znova poslati. Potrebovali jo boste za spremljanje svoje zahteve.
request-received = Prejeta dne { $date }.
request-due = Okvirni datum odgovora: { $date }.
request-due-basis-correction = Popravek in izbris: najpozneje v 30 dneh po tem, ko odgovorni udeleženec IMI prejme zahtevo (člen 19(1) Uredbe (EU) št. 1024/2012).
request-due-basis-access = Dostop in izpodbijanje blokiranih podatkov: v skladu z nacionalnim pravom. Splošna uredba o varstvu podatkov določa rok enega meseca od prejema zahteve, ki se lahko po potrebi podaljša za nadaljnja dva meseca (člen 12(3) Uredbe (EU) 2016/679).
request-due-note = Rok začne teči s prejemom zahteve pri odgovornem udeležencu IMI, kar je lahko pozneje kot dan, ko je zahtevo prejel ta portal, nacionalno pravo pa lahko določa drugačna pravila: zgornji datum je zato le okviren.
request-next = Odgovorni organ bo odgovoril na e-poštni naslov, ki ste ga navedli. Če z odgovorom niste zadovoljni, lahko vložite pritožbo pri nadzornem organu države, katere organ je obdeloval vaše podatke, ali, če jih je obdelovala Evropska komisija ali drug organ Unije, pri Evropskem nadzorniku za varstvo podatkov.
request-unavailable = Vaše zahteve ni bilo mogoče prejeti in nič ni bilo shranjeno. Poskusite znova pozneje.
request-too-many = Iz vaše povezave je bilo poslanih preveč zahtevkov. Počakajte nekaj minut in poskusite znova.

request-status-title = Stanje vaše zahteve
request-status-code = Koda za spremljanje
request-status-check = Preveri stanje
request-status-not-found = Tej kodi ne ustreza nobena zahteva. Preverite kodo in poskusite znova.
request-status-received = Prejeta
request-status-acknowledged = Organ je potrdil prejem
request-status-answered = Odgovor poslan
request-status-closed = Zaključena
request-status-rejected = Zavrnjena
request-status-line = Stanje: { $status }.

# Hints shown under the form's fields.
request-hint-email = Organ ga bo uporabil samo za to, da vam odgovori.
request-hint-states = Izberite vsako državo, katere organ je prek IMI izmenjal informacije o vas. Če ne veste, izberite „Ne vem“.
request-hint-imi_reference = Če je v dopisu organa navedena referenčna številka v IMI, jo kopirajte sem.
request-hint-period = Na primer 2024-03-31.
request-hint-description = Navedite, na katere podatke ali katero izmenjavo se nanaša vaša zahteva, pri popravku pa tudi, kaj je napačno in kaj je pravilno.
request-status-hint = Koda za spremljanje, ki ste jo prejeli ob pošiljanju zahteve, na primer K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgija
request-state-BG = Bolgarija
request-state-CZ = Češka
request-state-DK = Danska
request-state-DE = Nemčija
request-state-EE = Estonija
request-state-IE = Irska
request-state-EL = Grčija
request-state-ES = Španija
request-state-FR = Francija
request-state-HR = Hrvaška
request-state-IT = Italija
request-state-CY = Ciper
request-state-LV = Latvija
request-state-LT = Litva
request-state-LU = Luksemburg
request-state-HU = Madžarska
request-state-MT = Malta
request-state-NL = Nizozemska
request-state-AT = Avstrija
request-state-PL = Poljska
request-state-PT = Portugalska
request-state-RO = Romunija
request-state-SI = Slovenija
request-state-SK = Slovaška
request-state-FI = Finska
request-state-SE = Švedska
request-state-IS = Islandija
request-state-LI = Lihtenštajn
request-state-NO = Norveška
request-states-eu = Države članice EU
request-states-eea = Države EGP

# Plain-words explanation under each kind of request.
request-kind-access-hint = Vprašajte, ali IMI vsebuje osebne podatke o vas, in če jih vsebuje, pridobite njihovo kopijo.
request-kind-correction-hint = Zahtevajte popravek podatkov o vas, ki so netočni ali nepopolni.
request-kind-deletion-hint = Zahtevajte izbris podatkov o vas, ki so bili obdelani nezakonito.
request-kind-contest-blocked-hint = Izpodbijajte točnost ali zakonitost podatkov o vas, ki so bili v IMI blokirani.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Kaj želite
request-step-about-you = O vas
request-step-exchange = O izmenjavi informacij
request-step-details = Vaša zahteva
request-step-check = Preden pošljete zahtevo, preverite svoje odgovore
request-step-progress = Korak { $step } od { $total }
request-continue = Nadaljuj
request-back = Nazaj
request-change = Spremeni
request-not-given = Ni navedeno
request-declaration-given = Potrjena
request-sending = Vaša zahteva se pošilja…
request-error-prefix = Napaka: { $title }
request-follow-up-link = Spremljanje vaše zahteve
request-complain-link = Nadzorni organi in kako vložiti pritožbo
