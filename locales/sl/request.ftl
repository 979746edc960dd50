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
request-due = Odgovor mora biti podan najpozneje do { $date }, tj. v 30 dneh po prejemu (člen 19 Uredbe (EU) št. 1024/2012).
request-next = Odgovorni organ bo odgovoril na e-poštni naslov, ki ste ga navedli, v jeziku, ki ste ga izbrali. Če z odgovorom niste zadovoljni, lahko vložite pritožbo pri nadzornem organu v svoji državi ali pri Evropskem nadzorniku za varstvo podatkov.
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
