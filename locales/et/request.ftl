# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Mida te taotlete
request-field-name = Teie ees- ja perekonnanimi
request-field-email = Teie e-posti aadress
request-field-postal_address = Teie postiaadress (valikuline)
request-field-states = Riik või riigid, mille asutus teie juhtumit menetles
request-field-authority = Asutus, kui see on teile teada (valikuline)
request-field-imi_reference = IMI viitenumber, kui see on teile teada (valikuline)
request-field-period_from = Asjaomane ajavahemik: alates (valikuline)
request-field-period_to = Asjaomane ajavahemik: kuni (valikuline)
request-field-description = Teie taotlus
request-field-reply_language = Vastuse keel
request-field-declaration = Kinnitus

request-kind-access = Minu IMI-s olevate andmetega tutvumine
request-kind-correction = Ebaõigete või puudulike andmete parandamine
request-kind-deletion = Ebaseaduslikult töödeldud andmete kustutamine
request-kind-contest-blocked = Blokeeritud andmete õigsuse või seaduslikkuse vaidlustamine
request-state-unknown = Ma ei tea
request-declaration-text = Kinnitan, et minu esitatud teave on tõene ja et taotlus puudutab minu enda isikuandmeid.

request-error-required = See teave on kohustuslik.
request-error-too-long = Tekst on liiga pikk.
request-error-invalid-characters = Tekst sisaldab märke, mida ei saa vastu võtta.
request-error-invalid-kind = Valige üks taotluse liikidest.
request-error-invalid-email = Sisestage e-posti aadress kujul name@example.eu.
request-error-invalid-state = Valige riigid loetelust.
request-error-duplicate-state = Valige iga riik ainult üks kord.
request-error-unknown-with-states = Valige kas „Ma ei tea“ või üks või mitu riiki, mitte mõlemat.
request-error-invalid-language = Valige üks 24 ametlikust keelest.
request-error-invalid-date = Sisestage kehtiv kuupäev, näiteks 2024-03-31.
request-error-future-date = Kuupäev ei saa olla tulevikus.
request-error-period-order = Ajavahemiku lõpp ei tohi olla varasem kui selle algus.
request-error-declaration-required = Taotluse saatmiseks andke kinnitus.

request-error-title = Viga: teie taotlust ei saadetud
request-error-summary = Tekkis probleem
request-send = Saada taotlus
request-sent-title = Teie taotlus on kätte saadud
request-reference = Teie viitenumber
request-follow-up-code = Teie jälgimiskood
request-keep-code = Salvestage see kood kohe: seda näidatakse ainult üks kord ja keegi ei saa seda teile uuesti saata. Seda on teil vaja oma taotluse menetlemise jälgimiseks.
request-received = Kätte saadud { $date }.
request-due = Vastuse orienteeruv kuupäev: { $date }.
request-due-basis-correction = Parandamine ja kustutamine: hiljemalt 30 päeva jooksul pärast seda, kui vastutav IMI osaleja on taotluse kätte saanud (määruse (EL) nr 1024/2012 artikli 19 lõige 1).
request-due-basis-access = Andmetega tutvumine ja blokeeritud andmete vaidlustamine: siseriikliku õiguse kohaselt. Isikuandmete kaitse üldmääruse kohaselt on tähtaeg üks kuu taotluse kättesaamisest ja seda võib vajaduse korral pikendada veel kahe kuu võrra (määruse (EL) 2016/679 artikli 12 lõige 3).
request-due-note = Tähtaega arvestatakse alates taotluse kättesaamisest vastutava IMI osaleja poolt, mis võib olla hiljem kui päev, mil see portaal taotluse kätte sai, ning siseriiklikus õiguses võib olla ette nähtud muid norme: eespool esitatud kuupäev on seega üksnes orienteeruv.
request-next = Vastutav asutus vastab teie esitatud e-posti aadressile. Kui te ei ole vastusega rahul, võite esitada kaebuse selle riigi järelevalveasutusele, mille asutus teie andmeid töötles, või, kui neid töötles Euroopa Komisjon või mõni muu liidu organ, Euroopa Andmekaitseinspektorile.
request-unavailable = Teie taotlust ei õnnestunud vastu võtta ja midagi ei salvestatud. Palun proovige hiljem uuesti.
request-too-many = Teie ühenduselt saadeti liiga palju päringuid. Palun oodake mõni minut ja proovige uuesti.

request-status-title = Teie taotluse seis
request-status-code = Jälgimiskood
request-status-check = Kontrolli seisu
request-status-not-found = Selle jälgimiskoodiga taotlust ei ole. Kontrollige koodi ja proovige uuesti.
request-status-received = Kätte saadud
request-status-acknowledged = Asutus on kättesaamist kinnitanud
request-status-answered = Vastatud
request-status-closed = Lõpetatud
request-status-rejected = Tagasi lükatud
request-status-line = Seis: { $status }.

# Hints shown under the form's fields.
request-hint-email = Asutus kasutab seda üksnes teile vastamiseks.
request-hint-states = Valige iga riik, mille asutus on IMI kaudu teie kohta teavet vahetanud. Kui te seda ei tea, valige „Ma ei tea“.
request-hint-imi_reference = Kui asutuse kirjas on märgitud IMI viitenumber, kopeerige see siia.
request-hint-period = Näiteks 2024-03-31.
request-hint-description = Märkige, milliseid andmeid või millist teabevahetust teie taotlus puudutab, ning paranduse korral, mis on vale ja mis on õige.
request-status-hint = Jälgimiskood, mille saite taotluse saatmisel, näiteks K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgia
request-state-BG = Bulgaaria
request-state-CZ = Tšehhi
request-state-DK = Taani
request-state-DE = Saksamaa
request-state-EE = Eesti
request-state-IE = Iirimaa
request-state-EL = Kreeka
request-state-ES = Hispaania
request-state-FR = Prantsusmaa
request-state-HR = Horvaatia
request-state-IT = Itaalia
request-state-CY = Küpros
request-state-LV = Läti
request-state-LT = Leedu
request-state-LU = Luksemburg
request-state-HU = Ungari
request-state-MT = Malta
request-state-NL = Madalmaad
request-state-AT = Austria
request-state-PL = Poola
request-state-PT = Portugal
request-state-RO = Rumeenia
request-state-SI = Sloveenia
request-state-SK = Slovakkia
request-state-FI = Soome
request-state-SE = Rootsi
request-state-IS = Island
request-state-LI = Liechtenstein
request-state-NO = Norra
request-states-eu = ELi liikmesriigid
request-states-eea = EMP riigid

# Plain-words explanation under each kind of request.
request-kind-access-hint = Uurige, kas IMI-s on teie kohta isikuandmeid, ja kui on, saage nende koopia.
request-kind-correction-hint = Taotlege teie kohta käivate ebaõigete või puudulike andmete parandamist.
request-kind-deletion-hint = Taotlege teie kohta käivate ebaseaduslikult töödeldud andmete kustutamist.
request-kind-contest-blocked-hint = Vaidlustage IMI-s blokeeritud teie kohta käivate andmete õigsus või seaduslikkus.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Mida te soovite
request-step-about-you = Teie kohta
request-step-exchange = Teabevahetuse kohta
request-step-details = Teie taotlus
request-step-check = Kontrollige enne taotluse saatmist oma vastuseid
request-step-progress = Samm { $step }/{ $total }
request-continue = Jätka
request-back = Tagasi
request-change = Muuda
request-not-given = Ei ole esitatud
request-declaration-given = Kinnitatud
request-sending = Teie taotlust saadetakse…
request-error-prefix = Viga: { $title }
request-follow-up-link = Jälgi oma taotlust
request-complain-link = Järelevalveasutused ja kaebuse esitamine
