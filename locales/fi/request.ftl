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
request-due = Vastaus on annettava viimeistään { $date } eli 30 päivän kuluessa vastaanottamisesta (asetuksen (EU) N:o 1024/2012 19 artikla).
request-next = Vastuussa oleva viranomainen vastaa antamaasi sähköpostiosoitteeseen valitsemallasi kielellä. Jos et ole tyytyväinen vastaukseen, voit tehdä valituksen oman maasi valvontaviranomaiselle tai Euroopan tietosuojavaltuutetulle.
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
