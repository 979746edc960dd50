# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Mit kér
request-field-name = Teljes neve
request-field-email = E-mail-címe
request-field-postal_address = Postai címe (nem kötelező)
request-field-states = Az ország vagy országok, amelyek hatósága az Ön ügyét intézte
request-field-authority = A hatóság, ha ismeri (nem kötelező)
request-field-imi_reference = Az IMI-hivatkozási szám, ha ismeri (nem kötelező)
request-field-period_from = Érintett időszak kezdete (nem kötelező)
request-field-period_to = Érintett időszak vége (nem kötelező)
request-field-description = Kérelme
request-field-reply_language = A válasz nyelve
request-field-declaration = Nyilatkozat

request-kind-access = Hozzáférés az IMI-ben tárolt adataimhoz
request-kind-correction = Pontatlan vagy hiányos adatok helyesbítése
request-kind-deletion = Jogellenesen kezelt adatok törlése
request-kind-contest-blocked = Zárolt adatok pontosságának vagy jogszerűségének vitatása
request-state-unknown = Nem tudom
request-declaration-text = Kijelentem, hogy az általam megadott információk a valóságnak megfelelnek, és hogy a kérelem a saját személyes adataimra vonatkozik.

request-error-required = Ennek az adatnak a megadása kötelező.
request-error-too-long = A szöveg túl hosszú.
request-error-invalid-characters = A szöveg nem elfogadható karaktereket tartalmaz.
request-error-invalid-kind = Válassza ki a kérelem egyik típusát.
request-error-invalid-email = Adjon meg egy e-mail-címet name@example.eu formában.
request-error-invalid-state = Az országokat a listából válassza ki.
request-error-duplicate-state = Minden országot csak egyszer válasszon ki.
request-error-unknown-with-states = Vagy a „Nem tudom” lehetőséget, vagy egy vagy több országot válasszon, ne mindkettőt.
request-error-invalid-language = Válasszon a 24 hivatalos nyelv közül.
request-error-invalid-date = Adjon meg egy valós dátumot, például: 2024-03-31.
request-error-future-date = A dátum nem lehet a jövőben.
request-error-period-order = Az időszak vége nem lehet korábbi a kezdeténél.
request-error-declaration-required = A kérelem elküldéséhez erősítse meg a nyilatkozatot.

request-error-title = Hiba: kérelmét nem sikerült elküldeni
request-error-summary = Probléma merült fel
request-send = Kérelem elküldése
request-sent-title = Kérelmét megkaptuk
request-reference = Hivatkozási száma
request-follow-up-code = Nyomon követési kódja
request-keep-code = Most mentse el ezt a kódot: csak egyszer jelenik meg, és senki sem tudja újra elküldeni Önnek. Szüksége lesz rá kérelme nyomon követéséhez.
request-received = Beérkezés dátuma: { $date }.
request-due = A válasz tájékoztató jellegű időpontja: { $date }.
request-due-basis-correction = Helyesbítés és törlés: legkésőbb 30 nappal azt követően, hogy a kérelem beérkezett a felelős IMI-szereplőhöz (az 1024/2012/EU rendelet 19. cikkének (1) bekezdése).
request-due-basis-access = Hozzáférés és zárolt adatok vitatása: a nemzeti jog szerint. Az általános adatvédelmi rendelet a kérelem beérkezésétől számított egy hónapot ír elő, amely szükség esetén további két hónappal meghosszabbítható (az (EU) 2016/679 rendelet 12. cikkének (3) bekezdése).
request-due-note = A határidő a kérelemnek a felelős IMI-szereplőhöz való beérkezésétől számít, ami későbbi lehet, mint az a nap, amikor ez a portál a kérelmet megkapta, és a nemzeti jog más szabályokat is megállapíthat: a fenti időpont ezért csak tájékoztató jellegű.
request-next = A felelős hatóság az Ön által megadott e-mail-címre válaszol. Ha nem elégedett a válasszal, panaszt tehet annak az országnak a felügyeleti hatóságánál, amelynek hatósága az Ön adatait kezelte, illetve – ha azokat az Európai Bizottság vagy más uniós szerv kezelte – az európai adatvédelmi biztosnál.
request-unavailable = Kérelmét nem sikerült fogadni, és semmit sem tároltunk. Kérjük, próbálja újra később.
request-too-many = Az Ön kapcsolatáról túl sok kérés érkezett. Kérjük, várjon néhány percet, majd próbálja újra.

request-status-title = Kérelme állapota
request-status-code = Nyomon követési kód
request-status-check = Állapot lekérdezése
request-status-not-found = Ehhez a nyomon követési kódhoz nem tartozik kérelem. Ellenőrizze a kódot, és próbálja újra.
request-status-received = Beérkezett
request-status-acknowledged = A hatóság visszaigazolta a beérkezést
request-status-answered = Megválaszolva
request-status-closed = Lezárva
request-status-rejected = Elutasítva
request-status-line = Állapot: { $status }.

# Hints shown under the form's fields.
request-hint-email = A hatóság csak arra használja, hogy válaszoljon Önnek.
request-hint-states = Válasszon ki minden olyan országot, amelynek hatósága az IMI-n keresztül információt cserélt Önről. Ha nem tudja, válassza a „Nem tudom” lehetőséget.
request-hint-imi_reference = Ha egy hatóság levele IMI-hivatkozási számot említ, másolja be ide.
request-hint-period = Például: 2024-03-31.
request-hint-description = Adja meg, mely adatokra vagy melyik információcserére vonatkozik a kérelme, helyesbítés esetén pedig azt is, hogy mi a helytelen és mi a helyes.
request-status-hint = A nyomon követési kód, amelyet a kérelme elküldésekor kapott, például: K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgium
request-state-BG = Bulgária
request-state-CZ = Csehország
request-state-DK = Dánia
request-state-DE = Németország
request-state-EE = Észtország
request-state-IE = Írország
request-state-EL = Görögország
request-state-ES = Spanyolország
request-state-FR = Franciaország
request-state-HR = Horvátország
request-state-IT = Olaszország
request-state-CY = Ciprus
request-state-LV = Lettország
request-state-LT = Litvánia
request-state-LU = Luxemburg
request-state-HU = Magyarország
request-state-MT = Málta
request-state-NL = Hollandia
request-state-AT = Ausztria
request-state-PL = Lengyelország
request-state-PT = Portugália
request-state-RO = Románia
request-state-SI = Szlovénia
request-state-SK = Szlovákia
request-state-FI = Finnország
request-state-SE = Svédország
request-state-IS = Izland
request-state-LI = Liechtenstein
request-state-NO = Norvégia
request-states-eu = EU-tagállamok
request-states-eea = EGT-államok

# Plain-words explanation under each kind of request.
request-kind-access-hint = Kérdezze meg, hogy vannak-e az IMI-ben Önre vonatkozó személyes adatok, és ha igen, kérjen róluk másolatot.
request-kind-correction-hint = Kérje az Önre vonatkozó pontatlan vagy hiányos adatok helyesbítését.
request-kind-deletion-hint = Kérje az Önre vonatkozó, jogellenesen kezelt adatok törlését.
request-kind-contest-blocked-hint = Vitassa az IMI-ben zárolt, Önre vonatkozó adatok pontosságát vagy jogszerűségét.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Mit szeretne
request-step-about-you = Az Ön adatai
request-step-exchange = Az információcseréről
request-step-details = Kérelme
request-step-check = Kérelme elküldése előtt ellenőrizze a válaszait
request-step-progress = { $step }. lépés (összesen: { $total })
request-continue = Tovább
request-back = Vissza
request-change = Módosítás
request-not-given = Nincs megadva
request-declaration-given = Megerősítve
request-sending = Kérelme elküldése folyamatban…
request-error-prefix = Hiba: { $title }
request-follow-up-link = Kérelme nyomon követése
request-complain-link = Felügyeleti hatóságok és a panasztétel módja
