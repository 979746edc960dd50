# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = X’qed titlob
request-field-name = Ismek u kunjomek
request-field-email = L-indirizz tal-email tiegħek
request-field-postal_address = L-indirizz postali tiegħek (mhux obbligatorju)
request-field-states = Il-pajjiż jew il-pajjiżi li l-awtorità tagħhom ittrattat il-każ tiegħek
request-field-authority = L-awtorità, jekk tafha (mhux obbligatorju)
request-field-imi_reference = In-numru ta’ referenza tal-IMI, jekk tafu (mhux obbligatorju)
request-field-period_from = Il-perjodu kkonċernat: minn (mhux obbligatorju)
request-field-period_to = Il-perjodu kkonċernat: sa (mhux obbligatorju)
request-field-description = It-talba tiegħek
request-field-reply_language = Il-lingwa tat-tweġiba
request-field-declaration = Dikjarazzjoni

request-kind-access = Aċċess għad-data tiegħi fl-IMI
request-kind-correction = Korrezzjoni ta’ data mhux preċiża jew mhux kompluta
request-kind-deletion = Tħassir ta’ data pproċessata b’mod illegali
request-kind-contest-blocked = Kontestazzjoni tal-eżattezza jew tal-legalità ta’ data imblukkata
request-state-unknown = Ma nafx
request-declaration-text = Niddikjara li l-informazzjoni li nagħti hija vera u li t-talba tikkonċerna d-data personali tiegħi stess.

request-error-required = Din l-informazzjoni hija meħtieġa.
request-error-too-long = Dan it-test huwa twil wisq.
request-error-invalid-characters = Dan it-test fih karattri li ma jistgħux jiġu aċċettati.
request-error-invalid-kind = Agħżel wieħed mit-tipi ta’ talba.
request-error-invalid-email = Daħħal indirizz tal-email fil-forma name@example.eu.
request-error-invalid-state = Agħżel il-pajjiżi mil-lista.
request-error-duplicate-state = Agħżel kull pajjiż darba biss.
request-error-unknown-with-states = Agħżel jew “Ma nafx” jew pajjiż wieħed jew aktar, mhux it-tnejn.
request-error-invalid-language = Agħżel waħda mill-24 lingwa uffiċjali.
request-error-invalid-date = Daħħal data valida, pereżempju 2024-03-31.
request-error-future-date = Id-data ma tistax tkun fil-futur.
request-error-period-order = It-tmiem tal-perjodu ma jistax ikun qabel il-bidu tiegħu.
request-error-declaration-required = Ikkonferma d-dikjarazzjoni biex tibgħat it-talba tiegħek.

request-error-title = Żball: it-talba tiegħek ma ntbagħtitx
request-error-summary = Hemm problema
request-send = Ibgħat it-talba
request-sent-title = It-talba tiegħek waslet
request-reference = In-numru ta’ referenza tiegħek
request-follow-up-code = Il-kodiċi ta’ segwitu tiegħek
request-keep-code = Żomm dan il-kodiċi issa: jintwera darba biss u ħadd ma jista’ jibagħtulek mill-ġdid. Ikollok bżonnu biex issegwi t-talba tiegħek.
request-received = Waslet fil-{ $date }.
request-due = Data indikattiva għat-tweġiba: { $date }.
request-due-basis-correction = Korrezzjoni u tħassir: mhux aktar tard minn 30 jum wara li l-attur tal-IMI responsabbli jirċievi t-talba (l-Artikolu 19(1) tar-Regolament (UE) Nru 1024/2012).
request-due-basis-access = Aċċess u kontestazzjoni ta’ data imblukkata: skont il-liġi nazzjonali. Ir-Regolament Ġenerali dwar il-Protezzjoni tad-Data jistabbilixxi xahar minn meta tasal it-talba, li jista’ jiġi estiż b’xahrejn oħra fejn meħtieġ (l-Artikolu 12(3) tar-Regolament (UE) 2016/679).
request-due-note = Il-perjodu jibda jgħodd minn meta l-attur tal-IMI responsabbli jirċievi t-talba, li jista’ jkun aktar tard mill-jum li fih dan il-portal irċieva t-talba, u l-liġi nazzjonali tista’ tistabbilixxi regoli oħra: għalhekk id-data ta’ hawn fuq hija biss indikattiva.
request-next = L-awtorità responsabbli se twieġeb fl-indirizz tal-email li tajt. Jekk ma tkunx sodisfatt bit-tweġiba, tista’ tressaq ilment mal-awtorità superviżorja tal-pajjiż li l-awtorità tiegħu pproċessat id-data tiegħek jew, fejn il-Kummissjoni Ewropea jew korp ieħor tal-Unjoni pproċessawha, mal-Kontrollur Ewropew għall-Protezzjoni tad-Data.
request-unavailable = It-talba tiegħek ma setgħetx tiġi riċevuta u ma nħażen xejn. Jekk jogħġbok erġa’ pprova aktar tard.
request-too-many = Intbagħtu wisq talbiet mill-konnessjoni tiegħek. Jekk jogħġbok stenna ftit minuti u erġa’ pprova.

request-status-title = L-istatus tat-talba tiegħek
request-status-code = Kodiċi ta’ segwitu
request-status-check = Iċċekkja l-istatus
request-status-not-found = L-ebda talba ma taqbel ma’ dan il-kodiċi ta’ segwitu. Iċċekkja l-kodiċi u erġa’ pprova.
request-status-received = Waslet
request-status-acknowledged = L-awtorità kkonfermat li rċevietha
request-status-answered = Imwieġba
request-status-closed = Magħluqa
request-status-rejected = Miċħuda
request-status-line = L-istatus: { $status }.

# Hints shown under the form's fields.
request-hint-email = L-awtorità se tużah biss biex twieġbek.
request-hint-states = Agħżel kull pajjiż li l-awtorità tiegħu skambjat informazzjoni dwarek permezz tal-IMI. Jekk ma tafx, agħżel “Ma nafx”.
request-hint-imi_reference = Jekk ittra minn awtorità ssemmi numru ta’ referenza tal-IMI, ikkopjah hawn.
request-hint-period = Pereżempju 2024-03-31.
request-hint-description = Għid liema data jew liema skambju tikkonċerna t-talba tiegħek u, f’każ ta’ korrezzjoni, x’inhu żbaljat u x’inhu korrett.
request-status-hint = Il-kodiċi ta’ segwitu li ngħatajt meta bgħatt it-talba tiegħek, pereżempju K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Il-Belġju
request-state-BG = Il-Bulgarija
request-state-CZ = Iċ-Ċekja
request-state-DK = Id-Danimarka
request-state-DE = Il-Ġermanja
request-state-EE = L-Estonja
request-state-IE = L-Irlanda
request-state-EL = Il-Greċja
request-state-ES = Spanja
request-state-FR = Franza
request-state-HR = Il-Kroazja
request-state-IT = L-Italja
request-state-CY = Ċipru
request-state-LV = Il-Latvja
request-state-LT = Il-Litwanja
request-state-LU = Il-Lussemburgu
request-state-HU = L-Ungerija
request-state-MT = Malta
request-state-NL = In-Netherlands
request-state-AT = L-Awstrija
request-state-PL = Il-Polonja
request-state-PT = Il-Portugall
request-state-RO = Ir-Rumanija
request-state-SI = Is-Slovenja
request-state-SK = Is-Slovakkja
request-state-FI = Il-Finlandja
request-state-SE = L-Iżvezja
request-state-IS = L-Iżlanda
request-state-LI = Il-Liechtenstein
request-state-NO = In-Norveġja
request-states-eu = Stati Membri tal-UE
request-states-eea = Stati taż-ŻEE

# Plain-words explanation under each kind of request.
request-kind-access-hint = Staqsi jekk l-IMI għandhiex data personali dwarek u, jekk għandha, ikseb kopja tagħha.
request-kind-correction-hint = Itlob li d-data dwarek li mhix preċiża jew mhix kompluta tiġi kkoreġuta.
request-kind-deletion-hint = Itlob li d-data dwarek li ġiet ipproċessata b’mod illegali titħassar.
request-kind-contest-blocked-hint = Ikkontesta l-eżattezza jew il-legalità tad-data dwarek li ġiet imblukkata fl-IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = X’tixtieq
request-step-about-you = Dwarek
request-step-exchange = Dwar l-iskambju ta’ informazzjoni
request-step-details = It-talba tiegħek
request-step-check = Iċċekkja t-tweġibiet tiegħek qabel ma tibgħat it-talba tiegħek
request-step-progress = Pass { $step } minn { $total }
request-continue = Kompli
request-back = Lura
request-change = Ibdel
request-not-given = Mhux mogħti
request-declaration-given = Ikkonfermata
request-sending = It-talba tiegħek qed tintbagħat…
request-error-prefix = Żball: { $title }
request-follow-up-link = Segwi t-talba tiegħek
request-complain-link = L-awtoritajiet superviżorji u kif tressaq ilment
