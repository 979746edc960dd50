# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = O čo žiadate
request-field-name = Meno a priezvisko
request-field-email = Vaša e-mailová adresa
request-field-postal_address = Vaša poštová adresa (nepovinné)
request-field-states = Krajina alebo krajiny, ktorých orgán vybavoval váš prípad
request-field-authority = Orgán, ak ho poznáte (nepovinné)
request-field-imi_reference = Referenčné číslo v IMI, ak ho poznáte (nepovinné)
request-field-period_from = Príslušné obdobie: od (nepovinné)
request-field-period_to = Príslušné obdobie: do (nepovinné)
request-field-description = Vaša žiadosť
request-field-reply_language = Jazyk odpovede
request-field-declaration = Vyhlásenie

request-kind-access = Prístup k mojim údajom v IMI
request-kind-correction = Oprava nepresných alebo neúplných údajov
request-kind-deletion = Vymazanie nezákonne spracúvaných údajov
request-kind-contest-blocked = Napadnutie správnosti alebo zákonnosti zablokovaných údajov
request-state-unknown = Neviem
request-declaration-text = Vyhlasujem, že poskytnuté informácie sú pravdivé a že sa žiadosť týka mojich vlastných osobných údajov.

request-error-required = Tento údaj je povinný.
request-error-too-long = Text je príliš dlhý.
request-error-invalid-characters = Text obsahuje znaky, ktoré nemožno prijať.
request-error-invalid-kind = Vyberte jeden z druhov žiadosti.
request-error-invalid-email = Zadajte e-mailovú adresu v tvare name@example.eu.
request-error-invalid-state = Vyberte krajiny zo zoznamu.
request-error-duplicate-state = Vyberte každú krajinu len raz.
request-error-unknown-with-states = Vyberte buď „Neviem“, alebo jednu či viac krajín, nie oboje.
request-error-invalid-language = Vyberte jeden z 24 úradných jazykov.
request-error-invalid-date = Zadajte platný dátum, napríklad 2024-03-31.
request-error-future-date = Dátum nesmie byť v budúcnosti.
request-error-period-order = Koniec obdobia nesmie byť skôr ako jeho začiatok.
request-error-declaration-required = Potvrďte vyhlásenie, aby ste mohli žiadosť odoslať.

request-error-title = Chyba: vaša žiadosť nebola odoslaná
request-error-summary = Vyskytol sa problém
request-send = Odoslať žiadosť
request-sent-title = Vaša žiadosť bola prijatá
request-reference = Vaše referenčné číslo
request-follow-up-code = Váš kód na sledovanie žiadosti
request-keep-code = Uschovajte si tento kód hneď teraz: zobrazí sa len raz a nikto vám ho nemôže poslať znova. Budete ho potrebovať na sledovanie svojej žiadosti.
request-received = Prijatá dňa { $date }.
request-due = Orientačný dátum odpovede: { $date }.
request-due-basis-correction = Oprava a vymazanie: najneskôr do 30 dní od doručenia žiadosti zodpovednému aktérovi IMI (čl. 19 ods. 1 nariadenia (EÚ) č. 1024/2012).
request-due-basis-access = Prístup a napadnutie zablokovaných údajov: podľa vnútroštátneho práva. Všeobecné nariadenie o ochrane údajov stanovuje lehotu jedného mesiaca od doručenia žiadosti, ktorú možno v prípade potreby predĺžiť o ďalšie dva mesiace (čl. 12 ods. 3 nariadenia (EÚ) 2016/679).
request-due-note = Lehota plynie od doručenia žiadosti zodpovednému aktérovi IMI, ku ktorému môže dôjsť neskôr ako v deň, keď žiadosť prijal tento portál, a vnútroštátne právo môže stanoviť iné pravidlá: uvedený dátum je preto len orientačný.
request-next = Zodpovedný orgán odpovie na e-mailovú adresu, ktorú ste uviedli. Ak s odpoveďou nie ste spokojní, môžete podať sťažnosť dozornému orgánu krajiny, ktorej orgán spracúval vaše údaje, alebo, ak ich spracúvala Európska komisia alebo iný orgán Únie, európskemu dozornému úradníkovi pre ochranu údajov.
request-unavailable = Vašu žiadosť nebolo možné prijať a nič sa neuložilo. Skúste to, prosím, neskôr.
request-too-many = Z vášho pripojenia bolo odoslaných príliš veľa požiadaviek. Počkajte, prosím, niekoľko minút a skúste to znova.

request-status-title = Stav vašej žiadosti
request-status-code = Kód na sledovanie žiadosti
request-status-check = Overiť stav
request-status-not-found = Tomuto kódu nezodpovedá žiadna žiadosť. Skontrolujte kód a skúste to znova.
request-status-received = Prijatá
request-status-acknowledged = Orgán potvrdil prijatie
request-status-answered = Zodpovedaná
request-status-closed = Uzavretá
request-status-rejected = Zamietnutá
request-status-line = Stav: { $status }.

# Hints shown under the form's fields.
request-hint-email = Orgán ju použije len na to, aby vám odpovedal.
request-hint-states = Vyberte každú krajinu, ktorej orgán si o vás vymieňal informácie prostredníctvom IMI. Ak to neviete, vyberte „Neviem“.
request-hint-imi_reference = Ak sa v liste od orgánu uvádza referenčné číslo v IMI, skopírujte ho sem.
request-hint-period = Napríklad 2024-03-31.
request-hint-description = Uveďte, ktorých údajov alebo ktorej výmeny informácií sa vaša žiadosť týka, a v prípade opravy, čo je nesprávne a čo je správne.
request-status-hint = Kód na sledovanie žiadosti, ktorý ste dostali pri odoslaní žiadosti, napríklad K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgicko
request-state-BG = Bulharsko
request-state-CZ = Česko
request-state-DK = Dánsko
request-state-DE = Nemecko
request-state-EE = Estónsko
request-state-IE = Írsko
request-state-EL = Grécko
request-state-ES = Španielsko
request-state-FR = Francúzsko
request-state-HR = Chorvátsko
request-state-IT = Taliansko
request-state-CY = Cyprus
request-state-LV = Lotyšsko
request-state-LT = Litva
request-state-LU = Luxembursko
request-state-HU = Maďarsko
request-state-MT = Malta
request-state-NL = Holandsko
request-state-AT = Rakúsko
request-state-PL = Poľsko
request-state-PT = Portugalsko
request-state-RO = Rumunsko
request-state-SI = Slovinsko
request-state-SK = Slovensko
request-state-FI = Fínsko
request-state-SE = Švédsko
request-state-IS = Island
request-state-LI = Lichtenštajnsko
request-state-NO = Nórsko
request-states-eu = Členské štáty EÚ
request-states-eea = Štáty EHP

# Plain-words explanation under each kind of request.
request-kind-access-hint = Opýtajte sa, či IMI obsahuje vaše osobné údaje, a ak áno, získajte ich kópiu.
request-kind-correction-hint = Požiadajte o opravu údajov o vás, ktoré sú nepresné alebo neúplné.
request-kind-deletion-hint = Požiadajte o vymazanie údajov o vás, ktoré boli spracúvané nezákonne.
request-kind-contest-blocked-hint = Napadnite správnosť alebo zákonnosť údajov o vás, ktoré boli v IMI zablokované.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Čo požadujete
request-step-about-you = O vás
request-step-exchange = O výmene informácií
request-step-details = Vaša žiadosť
request-step-check = Pred odoslaním žiadosti si skontrolujte svoje odpovede
request-step-progress = Krok { $step } z { $total }
request-continue = Pokračovať
request-back = Späť
request-change = Zmeniť
request-not-given = Neuvedené
request-declaration-given = Potvrdené
request-sending = Vaša žiadosť sa odosiela…
request-error-prefix = Chyba: { $title }
request-follow-up-link = Sledovať žiadosť
request-complain-link = Dozorné orgány a ako podať sťažnosť
