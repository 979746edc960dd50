# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Il-portal tat-trasparenza tal-IMI
site-subtitle = Sistema ta’ Informazzjoni tas-Suq Intern
skip-link = Aqbeż għall-kontenut ewlieni
nav-label = Menu ewlieni
language-label = Lingwa
language-list-label = Agħżel lingwa
breadcrumb-label = Tinsab hawn
home = Paġna ewlenija
toc-label = F’din il-paġna

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Din il-paġna għadha mhijiex disponibbli bil-Malti. Qed tintwera bl-Ingliż.
fallback-versions = Din il-paġna hija disponibbli bil-lingwi li ġejjin:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Dan it-test ġie tradott awtomatikament u ma ġiex iċċekkjat minn traduttur. Fejn ma jkunx ċar, il-verżjoni bl-Ingliż hija dik li tipprevali.
machine-translation-original = Aqra l-verżjoni bl-Ingliż

section-pages =
    { $count ->
        [one] Din it-taqsima fiha { $count } paġna.
        [two] Din it-taqsima fiha { $count } paġni.
        [few] Din it-taqsima fiha { $count } paġni.
        [many] Din it-taqsima fiha { $count } paġna.
       *[other] Din it-taqsima fiha { $count } paġna.
    }

footer-purpose = Dan il-portal jippubblika l-informazzjoni dwar is-Sistema ta’ Informazzjoni tas-Suq Intern (IMI) li, skont l-Artikolu 18(2) tar-Regolament (UE) Nru 1024/2012, il-Kummissjoni Ewropea trid tagħmel faċilment aċċessibbli.
footer-privacy = Dan is-sit ma jissettja l-ebda cookie, ma jaħżen xejn fil-browser tiegħek u ma jtella’ xejn minn siti oħra.
footer-feed = Aġġornamenti (feed Atom)
feed-title = Il-portal tat-trasparenza tal-IMI: aġġornamenti
feed-author = Il-Kummissjoni Ewropea

choose-language = Agħżel il-lingwa tiegħek

not-found-title = Il-paġna ma nstabitx
not-found-text = M’hemm l-ebda paġna f’dan l-indirizz. Jekk ittajpjajt l-indirizz, iċċekkja li m’hemmx żbalji; jekk segwejt link, il-paġna setgħet ġiet imċaqalqa.
not-found-home = Mur għall-paġna ewlenija

acts-caption = Atti legali dwar l-IMI
act-column-act = Att
act-column-date = Adozzjoni
act-column-oj = Ġurnal Uffiċjali
act-column-status = Status
act-status-in-force = Fis-seħħ
act-status-repealed = Imħassar
act-status-pending = Proposta
act-unverified = Irid jiġi vverifikat mal-Ġurnal Uffiċjali tal-Unjoni Ewropea

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Dan it-test konsolidat huwa maħsub biss bħala għodda ta’ dokumentazzjoni u m’għandu l-ebda effett legali. Il-verżjonijiet awtentiċi tal-atti huma dawk ippubblikati f’Il-Ġurnal Uffiċjali tal-Unjoni Ewropea.
annex-current-version = Verżjoni attwali, applikabbli mill-{ $date }.
annex-version-title = L-Anness kif applikabbli mill-{ $date }
annex-version-description = L-Anness tar-Regolament (UE) Nru 1024/2012 kif kien applikabbli mill-{ $date }, bil-bidliet li saru f’dik id-data.
annex-timeline-title = L-istorja tal-Anness
annex-timeline-description = Kull verżjoni tal-Anness tar-Regolament (UE) Nru 1024/2012 mill-{ $date } ’l hawn, u x’inbidel f’kull waħda.
annex-amended-by = Emendat bi
annex-column-act = Att
annex-column-oj-number = Ġurnal Uffiċjali Nru
annex-column-page = Paġna
annex-column-date = Data
annex-original = Test oriġinali
annex-original-version = Dan huwa l-Anness kif ġie ppubblikat oriġinarjament.
annex-changes-title = Bidliet mill-verżjoni preċedenti
annex-previous = Verżjoni preċedenti: { $date }
annex-next = Verżjoni li jmiss: { $date }
annex-versions-nav = Verżjonijiet tal-Anness
annex-view-current = Aqra l-verżjoni attwali
annex-view-timeline = Il-verżjonijiet kollha u x’inbidel
annex-op-insert = Il-punt { $point } iddaħħal permezz ta’ { $act }
annex-op-replace = Il-punt { $point } ġie sostitwit permezz ta’ { $act }
annex-op-replace-provisions = Id-dispożizzjonijiet iċċitati fil-punt { $point } ġew sostitwiti permezz ta’ { $act }
annex-op-delete = Il-punt { $point } tħassar permezz ta’ { $act }
annex-change-inserted = Il-punt { $point } iddaħħal
annex-change-deleted = Il-punt { $point } tħassar
annex-change-changed = Il-punt { $point } inbidel
annex-inserted-text = test miżjud:
annex-deleted-text = test imħassar:
annex-unverified = Il-formulazzjoni ta’ dan il-punt trid tiġi vverifikata mal-Ġurnal Uffiċjali tal-Unjoni Ewropea.
annex-point-fallback = Dan il-punt mhuwiex disponibbli bil-Malti.
annex-marker = Emendat l-aħħar permezz ta’ { $m }
annex-feed-title = Anness tar-Regolament IMI: bidliet
annex-feed-link = Bidliet fl-Anness (feed Atom)
annex-data-link = Il-verżjonijiet kollha bħala data miftuħa (JSON)
annex-upcoming-version = Applikabbli mill-{ $date }, għadha mhix fis-seħħ.
annex-upcoming-notice = Ġiet ippubblikata verżjoni ġdida tal-Anness. Tapplika mill-{ $date }; sa dakinhar, il-verżjoni fis-seħħ hija dik ta’ hawn taħt.
annex-view-upcoming = Aqra l-verżjoni applikabbli mill-{ $date }
annex-superseded = Din il-verżjoni m’għadhiex tapplika: il-verżjoni li jmiss tapplika mill-{ $date }.
annex-point-deleted = Imħassar.
annex-note = Nota:
annex-status-upcoming = Għadha mhix fis-seħħ

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Pajjiż
states-column-authority = Awtorità superviżorja nazzjonali
states-column-website = Sit web
states-authority-unverified = Irid jiġi vverifikat
states-authorities-caption = Awtoritajiet superviżorji nazzjonali
exceptions-caption = Eċċezzjonijiet u limitazzjonijiet notifikati skont l-Artikolu 20
exceptions-column-published = Eċċezzjonijiet u limitazzjonijiet
exceptions-none = L-ebda waħda ppubblikata
exceptions-national-report = Rapport ta’ awtorità nazzjonali dwar dak li ġie nnotifikat

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Kif tiċċirkola l-informazzjoni
procedure-pattern-one-to-one = Bejn żewġ awtoritajiet
procedure-pattern-one-to-many = Minn awtorità waħda għal ħafna
procedure-pattern-repository = Miżmuma biex awtoritajiet oħra jikkonsultawha
procedure-examples = Eżempji
procedure-data = Data personali pproċessata
procedure-access = Min jista’ jaraha
procedure-retention = Għal kemm żmien tinżamm
procedure-acts = Atti legali
procedure-source = Sorsi

# Views of the acts table: filters by type, status and year.
acts-view-title = Atti dwar l-IMI: { $filter }
acts-filter-label = Iffiltra l-atti
acts-filter-all = L-atti kollha
acts-filter-type = Skont it-tip
acts-filter-status = Skont l-istatus
acts-filter-year = Skont is-sena tal-adozzjoni
acts-kind-regulation = Regolamenti
acts-kind-directive = Direttivi
acts-kind-decision = Deċiżjonijiet
acts-kind-implementing-regulation = Regolamenti ta’ Implimentazzjoni
acts-kind-implementing-decision = Deċiżjonijiet ta’ Implimentazzjoni
acts-kind-recommendation = Rakkomandazzjonijiet
acts-kind-proposal = Proposti
acts-count =
    { $count ->
        [one] { $count } att, l-aktar riċenti l-ewwel.
        [two] { $count } atti, l-aktar riċenti l-ewwel.
        [few] { $count } atti, l-aktar riċenti l-ewwel.
        [many] { $count } att, l-aktar riċenti l-ewwel.
       *[other] { $count } att, l-aktar riċenti l-ewwel.
    }

# What's new: the kind of each entry.
news-kind-act = Att legali
news-kind-annex = Anness konsolidat

# Shown on every page with the date of its last substantive change.
updated-label = L-aħħar aġġornament

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Fittex f’dan il-portal
search-button = Fittex
search-searching = Qed infittxu…
search-count = Riżultati għal “{ $terms }”: { $count }
search-none = L-ebda paġna ma taqbel ma’ “{ $terms }”. Ipprova kliem ieħor, jew uża l-indiċi minn A sa Z hawn taħt.
search-unavailable = It-tfittxija mhijiex disponibbli bħalissa. Uża l-indiċi minn A sa Z hawn taħt.
search-more = Uri aktar riżultati
search-az-title = Il-paġni kollha minn A sa Z
search-az-letters = Ittri

# The page of facts still to be verified.
unverified-title = Fatti li għad iridu jiġu vverifikati
unverified-description = Kull fatt f’dan il-portal li għadu mhux ikkonfermat f’sors pubbliku, u x’għad irid jiġi ċċekkjat.
unverified-intro = Dan il-portal jimmarka fatt bħala vverifikat biss meta dan ikun inqara f’sors pubbliku, li l-portal jiċċita. Il-fatti hawn taħt għadhom mhumiex ikkonfermati b’dan il-mod; għal kull wieħed jingħad x’għad irid jiġi ċċekkjat. Il-lista tiġi ġġenerata mid-data tal-portal, u għalhekk issir iqsar hekk kif il-fatti jiġu vverifikati.
unverified-count = Fatti li għad iridu jiġu vverifikati: { $count }
unverified-area-annex = Anness konsolidat
unverified-area-acts = Atti dwar l-IMI
unverified-area-states = Stati Membri u awtoritajiet superviżorji
unverified-area-procedures = Proċeduri
unverified-column-fact = Fatt
unverified-column-check = X’għad irid jiġi ċċekkjat
unverified-none = Kull fatt f’din il-parti huwa vverifikat.
unverified-link = Fatti li għad iridu jiġu vverifikati

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Talbiet riċevuti permezz ta’ dan il-portal
stats-description = Kemm-il talba għal aċċess, korrezzjoni u tħassir irċieva dan il-portal, skont ix-xahar, il-pajjiż, it-tip u l-eżitu.
stats-intro = Dawn iċ-ċifri ġejjin mis-servizz li jirċievi t-talbiet mibgħuta bil-formola ta’ dan il-portal. Ma fihom l-ebda data personali: xejn aktar dettaljat minn xahar, u l-ebda ċifra inqas minn { $threshold }.
stats-in-time-note = “Imwieġba fil-ħin” tfisser imwieġba sad-data indikattiva mogħtija lil min għamel it-talba: 30 jum minn meta tasal it-talba għall-korrezzjoni u t-tħassir, xahar għall-aċċess u l-kontestazzjoni ta’ data imblukkata.
stats-generated = Għadd magħmul fil-{ $date }.
stats-suppressed = Iċ-ċifri inqas minn { $threshold } ma jintwerewx, sabiex ħadd ma jkun jista’ jiġi identifikat; it-totali jgħoddu biss dak li jintwera.
stats-none = L-ebda ċifra għadha mhijiex kbira biżżejjed biex tintwera.
stats-chart-title = Talbiet kull xahar, skont l-eżitu
stats-chart-desc = Bar wieħed għal kull xahar, maqsum skont l-eżitu. L-istess ċifri jinsabu fit-tabella ta’ hawn taħt.
stats-by-month = Skont ix-xahar
stats-by-state = Skont il-pajjiż
stats-by-kind = Skont it-tip ta’ talba
stats-column-month = Xahar
stats-column-state = Pajjiż
stats-column-kind = Tip ta’ talba
stats-column-total = Total
stats-outcome-answered-in-time = Imwieġba fil-ħin
stats-outcome-answered-late = Imwieġba tard
stats-outcome-rejected = Miċħuda
stats-outcome-open = Pendenti
stats-data-link = Din l-istatistika bħala data miftuħa (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Reġistru tal-awditjar tas-servizz tat-talbiet
audit-description = Punti ta’ kontroll iffirmati tar-reġistru tal-awditjar tas-servizz tat-talbiet, u kif tiċċekkja li r-reġistru ma nkitibx mill-ġdid minn dak iż-żmien.
audit-intro = Is-servizz li jirċievi t-talbiet mibgħuta bil-formola ta’ dan il-portal jirreġistra kull talba li jirċievi u kull azzjoni tal-operaturi tiegħu f’reġistru tal-awditjar, li fih il-hash ta’ kull entrata jkopri wkoll l-entrata ta’ qabilha. Minn żmien għal żmien, l-aħħar entrata tar-reġistru tiġi ffirmata b’ċavetta miżmuma offline u tiġi ppubblikata hawn. Kull min jeżamina r-reġistru aktar tard, pereżempju awtorità superviżorja, jista’ mbagħad juri li dan għad fih dawn l-entrati mingħajr tibdil.
audit-public-key = Iċ-ċavetta pubblika tal-firem
audit-checkpoints = Punti ta’ kontroll, l-aktar reċenti l-ewwel
audit-column-time = Data
audit-column-seq = Entrata
audit-column-hash = Hash tal-entrata (SHA-256)
audit-column-signature = Firma (Ed25519)
audit-how-title = Kif tiċċekkja
audit-how-signature = Iċċekkja li kull firma hija valida għaċ-ċavetta pubblika ta’ hawn fuq:
audit-how-log = Fir-reġistru tas-servizz, iċċekkja li għadu fih l-entrata ta’ punt ta’ kontroll bl-istess hash:
audit-data-link = Dawn il-punti ta’ kontroll bħala data miftuħa (JSON)
