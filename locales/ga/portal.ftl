# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Tairseach trédhearcachta IMI
site-subtitle = Córas Faisnéise an Mhargaidh Inmheánaigh
skip-link = Téigh chuig an bpríomhábhar
nav-label = Príomh-roghchlár
language-label = Teanga
language-list-label = Roghnaigh teanga
breadcrumb-label = Tá tú anseo
home = Baile
toc-label = Ar an leathanach seo

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Níl an leathanach seo ar fáil i nGaeilge fós. Taispeántar i mBéarla é.
fallback-versions = Tá an leathanach seo ar fáil sna teangacha seo a leanas:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Is le meaisín a aistríodh an téacs seo agus níor sheiceáil aistritheoir é. Má tá aon ní doiléir ann, is é an leagan Béarla an leagan údarásach.
machine-translation-original = Léigh an leagan Béarla

section-pages =
    { $count ->
        [one] Tá { $count } leathanach sa rannán seo.
        [two] Tá { $count } leathanach sa rannán seo.
        [few] Tá { $count } leathanach sa rannán seo.
        [many] Tá { $count } leathanach sa rannán seo.
       *[other] Tá { $count } leathanach sa rannán seo.
    }

footer-purpose = Foilsítear sa tairseach seo an fhaisnéis faoi Chóras Faisnéise an Mhargaidh Inmheánaigh (IMI) a cheanglaítear ar an gCoimisiún Eorpach, le hAirteagal 18(2) de Rialachán (AE) Uimh. 1024/2012, a chur ar fáil go héasca.
footer-privacy = Ní úsáideann an suíomh seo fianáin, ní stórálann sé aon rud i do bhrabhsálaí agus ní lódálann sé aon rud ó shuíomhanna eile.
footer-feed = Nuashonruithe (fotha Atom)
feed-title = Tairseach trédhearcachta IMI: nuashonruithe
feed-author = An Coimisiún Eorpach

choose-language = Roghnaigh do theanga

not-found-title = Níor aimsíodh an leathanach
not-found-text = Níl aon leathanach ag an seoladh seo. Má chlóscríobh tú é, seiceáil nach bhfuil botún ann; má lean tú nasc, b'fhéidir gur bogadh an leathanach.
not-found-home = Téigh chuig an leathanach baile

acts-caption = Gníomhartha dlí maidir le IMI
act-column-act = Gníomh
act-column-date = Glacadh
act-column-oj = Iris Oifigiúil
act-column-status = Stádas
act-status-in-force = I bhfeidhm
act-status-repealed = Aisghairthe
act-status-pending = Togra
act-unverified = Le fíorú in Iris Oifigiúil an Aontais Eorpaigh

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Uirlis doiciméadúcháin amháin atá sa téacs comhdhlúite seo agus níl aon éifeacht dlí aige. Is iad na leaganacha de na gníomhartha a foilsíodh in Iris Oifigiúil an Aontais Eorpaigh na leaganacha barántúla.
annex-current-version = An leagan reatha, infheidhme ó { $date }.
annex-version-title = An Iarscríbhinn mar is infheidhme ó { $date }
annex-version-description = Iarscríbhinn Rialachán (AE) Uimh. 1024/2012 mar a bhí sí infheidhme ó { $date }, leis na hathruithe a rinneadh ar an dáta sin.
annex-timeline-title = Stair na hIarscríbhinne
annex-timeline-description = Gach leagan d'Iarscríbhinn Rialachán (AE) Uimh. 1024/2012 ó { $date } i leith, agus na hathruithe a rinneadh i ngach ceann acu.
annex-amended-by = Arna leasú le
annex-column-act = Gníomh
annex-column-oj-number = Iris Oifigiúil Uimh.
annex-column-page = Leathanach
annex-column-date = Dáta
annex-original = An téacs bunaidh
annex-original-version = Seo í an Iarscríbhinn mar a foilsíodh ar dtús í.
annex-changes-title = Athruithe ón leagan roimhe seo
annex-previous = An leagan roimhe seo: { $date }
annex-next = An chéad leagan eile: { $date }
annex-versions-nav = Leaganacha den Iarscríbhinn
annex-view-current = Léigh an leagan reatha
annex-view-timeline = Gach leagan agus na hathruithe a rinneadh
annex-op-insert = Pointe { $point } arna chur isteach le { $act }
annex-op-replace = Pointe { $point } arna ionadú le { $act }
annex-op-replace-provisions = Na forálacha a luaitear i bpointe { $point } arna n-ionadú le { $act }
annex-op-delete = Pointe { $point } arna scriosadh le { $act }
annex-change-inserted = Pointe { $point } curtha isteach
annex-change-deleted = Pointe { $point } scriosta
annex-change-changed = Pointe { $point } athraithe
annex-inserted-text = téacs curtha isteach:
annex-deleted-text = téacs scriosta:
annex-unverified = Tá foclaíocht an phointe seo le fíorú in Iris Oifigiúil an Aontais Eorpaigh.
annex-point-fallback = Níl an pointe seo ar fáil i nGaeilge.
annex-marker = Arna leasú go deireanach le { $m }
annex-feed-title = Iarscríbhinn Rialachán IMI: athruithe
annex-feed-link = Athruithe ar an Iarscríbhinn (fotha Atom)
annex-data-link = Gach leagan mar shonraí oscailte (JSON)
annex-upcoming-version = Infheidhme ó { $date }, níl sé i bhfeidhm fós.
annex-upcoming-notice = Foilsíodh leagan nua den Iarscríbhinn. Beidh feidhm aige ó { $date }; go dtí sin, is é an leagan thíos an leagan atá i bhfeidhm.
annex-view-upcoming = Léigh an leagan a bheidh infheidhme ó { $date }
annex-superseded = Níl feidhm ag an leagan seo a thuilleadh: tá feidhm ag an gcéad leagan eile ó { $date }.
annex-point-deleted = Scriosta.
annex-note = Nóta:
annex-status-upcoming = Níl i bhfeidhm fós

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Tír
states-column-authority = Údarás maoirseachta náisiúnta
states-column-website = Suíomh gréasáin
states-authority-unverified = Le fíorú
states-authorities-caption = Údaráis mhaoirseachta náisiúnta
exceptions-caption = Eisceachtaí agus teorainneacha a fógraíodh faoi Airteagal 20
exceptions-column-published = Eisceachtaí agus teorainneacha
exceptions-none = Níor foilsíodh aon cheann
exceptions-national-report = Tuarascáil ó údarás náisiúnta ar an méid a cuireadh in iúl

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Conas a shreabhann an fhaisnéis
procedure-pattern-one-to-one = Idir dhá údarás
procedure-pattern-one-to-many = Ó údarás amháin chuig go leor údarás
procedure-pattern-repository = Coinnítear í ionas gur féidir le húdaráis eile í a cheadú
procedure-examples = Samplaí
procedure-data = Sonraí pearsanta a phróiseáiltear
procedure-access = Cé a fhéadfaidh iad a fheiceáil
procedure-retention = Cá fhad a choinnítear iad
procedure-acts = Gníomhartha dlí
procedure-source = Foinsí

# Views of the acts table: filters by type, status and year.
acts-view-title = Gníomhartha maidir le IMI: { $filter }
acts-filter-label = Scag na gníomhartha
acts-filter-all = Gach gníomh
acts-filter-type = De réir cineáil
acts-filter-status = De réir stádais
acts-filter-year = De réir na bliana a glacadh iad
acts-kind-regulation = Rialacháin
acts-kind-directive = Treoracha
acts-kind-decision = Cinntí
acts-kind-implementing-regulation = Rialacháin cur chun feidhme
acts-kind-implementing-decision = Cinntí cur chun feidhme
acts-kind-recommendation = Moltaí
acts-kind-proposal = Tograí
acts-count =
    { $count ->
        [one] { $count } ghníomh, an ceann is déanaí ar dtús.
        [two] { $count } ghníomh, an ceann is déanaí ar dtús.
        [few] { $count } ghníomh, an ceann is déanaí ar dtús.
        [many] { $count } ngníomh, an ceann is déanaí ar dtús.
       *[other] { $count } gníomh, an ceann is déanaí ar dtús.
    }

# What's new: the kind of each entry.
news-kind-act = Gníomh dlí
news-kind-annex = Iarscríbhinn chomhdhlúite

# Shown on every page with the date of its last substantive change.
updated-label = An nuashonrú is déanaí

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Cuardaigh an tairseach seo
search-button = Cuardaigh
search-searching = Á chuardach…
search-count = Torthaí do ‘{ $terms }’: { $count }
search-none = Níl aon leathanach ag teacht le ‘{ $terms }’. Bain triail as focail eile, nó úsáid an t-innéacs ó A go Z thíos.
search-unavailable = Níl an cuardach ar fáil faoi láthair. Úsáid an t-innéacs ó A go Z thíos.
search-more = Taispeáin tuilleadh torthaí
search-az-title = Gach leathanach ó A go Z
search-az-letters = Litreacha

# The page of facts still to be verified.
unverified-title = Fíricí atá le fíorú fós
unverified-description = Gach fíric ar an tairseach seo nach bhfuil deimhnithe fós i bhfoinse phoiblí, agus a bhfuil fós le seiceáil.
unverified-intro = Ní mharcáiltear fíric mar fhíric fhíoraithe ar an tairseach seo go dtí go mbeidh sí léite i bhfoinse phoiblí, agus luaitear an fhoinse sin. Níl na fíricí thíos deimhnithe fós ar an mbealach sin; luaitear le gach ceann acu a bhfuil fós le seiceáil. Gintear an liosta ó shonraí na tairsí, agus mar sin éiríonn sé níos giorra de réir mar a fhíoraítear fíricí.
unverified-count = Fíricí atá le fíorú fós: { $count }
unverified-area-annex = Iarscríbhinn chomhdhlúite
unverified-area-acts = Gníomhartha maidir le IMI
unverified-area-states = Ballstáit agus údaráis mhaoirseachta
unverified-area-procedures = Nósanna imeachta
unverified-column-fact = Fíric
unverified-column-check = A bhfuil fós le seiceáil
unverified-none = Tá gach fíric sa chuid seo fíoraithe.
unverified-link = Fíricí atá le fíorú fós

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Iarrataí a fuarthas tríd an tairseach seo
stats-description = Líon na n-iarrataí ar rochtain, ar cheartú agus ar scriosadh a fuair an tairseach seo, de réir míosa, tíre, cineáil agus toraidh.
stats-intro = Tagann na figiúirí seo ón tseirbhís a fhaigheann na hiarrataí a sheoltar le foirm na tairsí seo. Níl aon sonraí pearsanta iontu: níl aon rud níos mionsonraithe ná mí iontu, ná aon fhigiúr faoi bhun { $threshold }.
stats-in-time-note = Ciallaíonn ‘Freagartha in am’ gur tugadh freagra faoin dáta táscach a tugadh don iarratasóir: 30 lá tar éis an iarraidh a fháil i gcás ceartaithe agus scriosta, mí amháin i gcás rochtana agus conspóide faoi shonraí atá faoi bhac.
stats-generated = Comhairthe ar { $date }.
stats-suppressed = Ní thaispeántar figiúirí faoi bhun { $threshold }, ionas nach féidir aon duine a aithint; ní áirítear sna hiomláin ach na figiúirí a thaispeántar.
stats-none = Níl aon fhigiúr mór go leor le taispeáint fós.
stats-chart-title = Iarrataí in aghaidh na míosa, de réir toraidh
stats-chart-desc = Barra amháin in aghaidh na míosa, roinnte de réir toraidh. Tá na figiúirí céanna sa tábla thíos.
stats-by-month = De réir míosa
stats-by-state = De réir tíre
stats-by-kind = De réir cineáil iarrata
stats-column-month = Mí
stats-column-state = Tír
stats-column-kind = Cineál iarrata
stats-column-total = Iomlán
stats-outcome-answered-in-time = Freagartha in am
stats-outcome-answered-late = Freagartha go déanach
stats-outcome-rejected = Diúltaithe
stats-outcome-open = Ar feitheamh
stats-data-link = Na staitisticí seo mar shonraí oscailte (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Loga iniúchta na seirbhíse iarratas
audit-description = Seicphointí sínithe loga iniúchta na seirbhíse iarratas, agus conas a sheiceáil nár athscríobhadh an loga ó shin.
audit-intro = Taifeadann an tseirbhís a fhaigheann na hiarrataí a sheoltar le foirm na tairsí seo gach iarratas a fhaigheann sí agus gach gníomh a dhéanann a hoibreoirí i loga iniúchta, ina gcuimsíonn luach haiseála gach iontrála an iontráil roimpi freisin. Ó am go chéile, sínítear an iontráil is déanaí sa loga le heochair a choimeádtar as líne, agus foilsítear anseo í. Is féidir le duine ar bith a scrúdóidh an loga níos déanaí, mar shampla údarás maoirseachta, a léiriú ansin go bhfuil na hiontrálacha seo sa loga fós gan athrú.
audit-public-key = Eochair phoiblí na sínithe
audit-checkpoints = Seicphointí, an ceann is déanaí ar dtús
audit-column-time = Dáta
audit-column-seq = Iontráil
audit-column-hash = Luach haiseála na hiontrála (SHA-256)
audit-column-signature = Síniú (Ed25519)
audit-how-title = Conas é a sheiceáil
audit-how-signature = Seiceáil go bhfuil gach síniú bailí don eochair phoiblí thuas:
audit-how-log = I loga na seirbhíse, seiceáil go bhfuil iontráil seicphointe leis an luach haiseála céanna ann fós:
audit-data-link = Na seicphointí seo mar shonraí oscailte (JSON)
