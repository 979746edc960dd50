# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Mitä pyydät
request-field-name = Koko nimesi
request-field-email = Sähköpostiosoitteesi
request-field-postal_address = Postiosoitteesi (vapaaehtoinen)
request-field-states = Maa tai maat, joiden viranomainen käsitteli asiaasi
request-field-authority = Viranomainen, jos tiedät sen (vapaaehtoinen)
request-field-imi_reference = IMI-viitenumero, jos tiedät sen (vapaaehtoinen)
request-field-period_from = Ajanjakso: alkaen (vapaaehtoinen)
request-field-period_to = Ajanjakso: päättyen (vapaaehtoinen)
request-field-description = Pyyntösi
request-field-reply_language = Vastauksen kieli
request-field-declaration = Vakuutus

request-kind-access = Pääsy IMI-järjestelmässä oleviin tietoihini
request-kind-correction = Virheellisten tai puutteellisten tietojen oikaiseminen
request-kind-deletion = Lainvastaisesti käsiteltyjen tietojen poistaminen
request-kind-contest-blocked = Sellaisten tietojen paikkansapitävyyden tai lainmukaisuuden kiistäminen, joiden käyttö on estetty
request-state-unknown = En tiedä
request-declaration-text = Vakuutan, että antamani tiedot ovat totuudenmukaisia ja että pyyntö koskee omia henkilötietojani.

request-error-required = Tämä tieto on pakollinen.
request-error-too-long = Teksti on liian pitkä.
request-error-invalid-characters = Tekstissä on merkkejä, joita ei voida hyväksyä.
request-error-invalid-kind = Valitse jokin pyyntötyypeistä.
request-error-invalid-email = Anna sähköpostiosoite muodossa name@example.eu.
request-error-invalid-state = Valitse maat luettelosta.
request-error-duplicate-state = Valitse kukin maa vain kerran.
request-error-unknown-with-states = Valitse joko ”En tiedä” tai yksi tai useampi maa, ei molempia.
request-error-invalid-language = Valitse jokin 24 virallisesta kielestä.
request-error-invalid-date = Anna oikea päivämäärä, esimerkiksi 2024-03-31.
request-error-future-date = Päivämäärä ei voi olla tulevaisuudessa.
request-error-period-order = Ajanjakson loppu ei voi olla ennen sen alkua.
request-error-declaration-required = Vahvista vakuutus, jotta voit lähettää pyyntösi.

request-error-title = Virhe: pyyntöäsi ei lähetetty
request-error-summary = Ilmeni ongelma
request-send = Lähetä pyyntö
request-sent-title = Pyyntösi on vastaanotettu
request-reference = Viitenumerosi
request-follow-up-code = Seurantakoodisi
request-keep-code = Tallenna tämä koodi nyt: se näytetään vain kerran, eikä kukaan voi lähettää sitä sinulle uudelleen. Tarvitset sitä pyyntösi seuraamiseen.
request-received = Vastaanotettu { $date }.
request-due = Vastauksen suuntaa antava päivämäärä: { $date }.
request-due-basis-correction = Oikaisu ja poisto: viimeistään 30 päivän kuluttua siitä, kun vastuussa oleva IMI-toimija on vastaanottanut pyynnön (asetuksen (EU) N:o 1024/2012 19 artiklan 1 kohta).
request-due-basis-access = Pääsy tietoihin ja sellaisten tietojen kiistäminen, joiden käyttö on estetty: kansallisen lainsäädännön mukaisesti. Yleisessä tietosuoja-asetuksessa määräajaksi säädetään kuukausi pyynnön vastaanottamisesta, ja määräaikaa voidaan tarvittaessa jatkaa kahdella kuukaudella (asetuksen (EU) 2016/679 12 artiklan 3 kohta).
request-due-note = Määräaika lasketaan siitä, kun vastuussa oleva IMI-toimija vastaanottaa pyynnön, mikä voi tapahtua myöhemmin kuin tämä portaali vastaanotti pyynnön, ja kansallisessa lainsäädännössä voidaan säätää toisin: edellä mainittu päivämäärä on siksi vain suuntaa antava.
request-next = Vastuussa oleva viranomainen vastaa antamaasi sähköpostiosoitteeseen. Jos et ole tyytyväinen vastaukseen, voit tehdä valituksen sen maan valvontaviranomaiselle, jonka viranomainen käsitteli tietojasi, tai, jos tietojasi käsitteli Euroopan komissio tai jokin muu unionin elin, Euroopan tietosuojavaltuutetulle.
request-unavailable = Pyyntöäsi ei voitu vastaanottaa, eikä mitään tallennettu. Yritä myöhemmin uudelleen.
request-too-many = Yhteydestäsi on lähetetty liian monta pyyntöä. Odota muutama minuutti ja yritä uudelleen.

request-status-title = Pyyntösi tila
request-status-code = Seurantakoodi
request-status-check = Tarkista tila
request-status-not-found = Tällä seurantakoodilla ei löydy pyyntöä. Tarkista koodi ja yritä uudelleen.
request-status-received = Vastaanotettu
request-status-acknowledged = Viranomainen on vahvistanut vastaanoton
request-status-answered = Vastattu
request-status-closed = Suljettu
request-status-rejected = Hylätty
request-status-line = Tila: { $status }.

# Hints shown under the form's fields.
request-hint-email = Viranomainen käyttää sitä vain vastatakseen sinulle.
request-hint-states = Valitse jokainen maa, jonka viranomainen on vaihtanut sinua koskevia tietoja IMI-järjestelmän kautta. Jos et tiedä, valitse ”En tiedä”.
request-hint-imi_reference = Jos viranomaisen kirjeessä mainitaan IMI-viitenumero, kopioi se tähän.
request-hint-period = Esimerkiksi 2024-03-31.
request-hint-description = Kerro, mitä tietoja tai mitä tietojenvaihtoa pyyntösi koskee, ja oikaisua pyytäessäsi, mikä on väärin ja mikä oikein.
request-status-hint = Seurantakoodi, jonka sait lähettäessäsi pyyntösi, esimerkiksi K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgia
request-state-BG = Bulgaria
request-state-CZ = Tšekki
request-state-DK = Tanska
request-state-DE = Saksa
request-state-EE = Viro
request-state-IE = Irlanti
request-state-EL = Kreikka
request-state-ES = Espanja
request-state-FR = Ranska
request-state-HR = Kroatia
request-state-IT = Italia
request-state-CY = Kypros
request-state-LV = Latvia
request-state-LT = Liettua
request-state-LU = Luxemburg
request-state-HU = Unkari
request-state-MT = Malta
request-state-NL = Alankomaat
request-state-AT = Itävalta
request-state-PL = Puola
request-state-PT = Portugali
request-state-RO = Romania
request-state-SI = Slovenia
request-state-SK = Slovakia
request-state-FI = Suomi
request-state-SE = Ruotsi
request-state-IS = Islanti
request-state-LI = Liechtenstein
request-state-NO = Norja
request-states-eu = EU:n jäsenvaltiot
request-states-eea = ETA-valtiot

# Plain-words explanation under each kind of request.
request-kind-access-hint = Kysy, onko IMI-järjestelmässä sinua koskevia henkilötietoja, ja jos on, pyydä niistä jäljennös.
request-kind-correction-hint = Pyydä, että sinua koskevat virheelliset tai puutteelliset tiedot oikaistaan.
request-kind-deletion-hint = Pyydä, että sinua koskevat lainvastaisesti käsitellyt tiedot poistetaan.
request-kind-contest-blocked-hint = Kiistä sellaisten sinua koskevien tietojen paikkansapitävyys tai lainmukaisuus, joiden käyttö on estetty IMI-järjestelmässä.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Mitä haluat
request-step-about-you = Tietoja sinusta
request-step-exchange = Tietojenvaihto
request-step-details = Pyyntösi
request-step-check = Tarkista vastauksesi ennen kuin lähetät pyyntösi
request-step-progress = Vaihe { $step }/{ $total }
request-continue = Jatka
request-back = Takaisin
request-change = Muuta
request-not-given = Ei annettu
request-declaration-given = Vahvistettu
request-sending = Pyyntöäsi lähetetään…
request-error-prefix = Virhe: { $title }
request-follow-up-link = Seuraa pyyntöäsi
request-complain-link = Valvontaviranomaiset ja valituksen tekeminen
