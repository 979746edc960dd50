# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = An rud atá á iarraidh agat
request-field-name = D'ainm iomlán
request-field-email = Do sheoladh ríomhphoist
request-field-postal_address = Do sheoladh poist (roghnach)
request-field-states = An tír nó na tíortha ar láimhseáil a n-údarás do chás
request-field-authority = An t-údarás, más eol duit é (roghnach)
request-field-imi_reference = An uimhir thagartha IMI, más eol duit í (roghnach)
request-field-period_from = An tréimhse lena mbaineann: ó (roghnach)
request-field-period_to = An tréimhse lena mbaineann: go (roghnach)
request-field-description = D'iarraidh
request-field-reply_language = Teanga an fhreagra
request-field-declaration = Dearbhú

request-kind-access = Rochtain ar mo shonraí in IMI
request-kind-correction = Sonraí míchruinne nó neamhiomlána a cheartú
request-kind-deletion = Sonraí a próiseáladh go neamhdhleathach a scriosadh
request-kind-contest-blocked = Cruinneas nó dlíthiúlacht sonraí atá faoi bhac a chonspóid
request-state-unknown = Níl a fhios agam
request-declaration-text = Dearbhaím go bhfuil an fhaisnéis a thugaim fíor agus go mbaineann an iarraidh le mo shonraí pearsanta féin.

request-error-required = Tá an fhaisnéis seo riachtanach.
request-error-too-long = Tá sé seo rófhada.
request-error-invalid-characters = Tá carachtair anseo nach féidir glacadh leo.
request-error-invalid-kind = Roghnaigh ceann de na cineálacha iarrata.
request-error-invalid-email = Cuir isteach seoladh ríomhphoist san fhoirm name@example.eu.
request-error-invalid-state = Roghnaigh na tíortha ón liosta.
request-error-duplicate-state = Roghnaigh gach tír uair amháin.
request-error-unknown-with-states = Roghnaigh ‘Níl a fhios agam’ nó tír amháin nó níos mó, ach ní an dá rud.
request-error-invalid-language = Roghnaigh ceann de na 24 theanga oifigiúla.
request-error-invalid-date = Cuir isteach dáta bailí, mar shampla 2024-03-31.
request-error-future-date = Ní féidir an dáta a bheith sa todhchaí.
request-error-period-order = Ní féidir deireadh na tréimhse a bheith roimh a tús.
request-error-declaration-required = Deimhnigh an dearbhú chun d'iarraidh a sheoladh.

request-error-title = Earráid: níor seoladh d'iarraidh
request-error-summary = Tá fadhb ann
request-send = Seol an iarraidh
request-sent-title = Fuarthas d'iarraidh
request-reference = Do thagairt
request-follow-up-code = Do chód rianaithe
request-keep-code = Coinnigh an cód seo anois: ní thaispeántar é ach uair amháin agus ní féidir le duine ar bith é a sheoladh chugat arís. Beidh sé de dhíth ort chun d'iarraidh a leanúint.
request-received = Fuarthas ar { $date }.
request-due = Dáta táscach don fhreagra: { $date }.
request-due-basis-correction = Ceartú agus scriosadh: 30 lá ar a dhéanaí tar éis don ghníomhaí IMI atá freagrach an iarraidh a fháil (Airteagal 19(1) de Rialachán (AE) Uimh. 1024/2012).
request-due-basis-access = Rochtain agus conspóid faoi shonraí atá faoi bhac: faoin dlí náisiúnta. Leagtar síos sa Rialachán Ginearálta maidir le Cosaint Sonraí tréimhse míosa ó fuarthas an iarraidh, agus féadfar an tréimhse sin a fhadú dhá mhí eile i gcás inar gá (Airteagal 12(3) de Rialachán (AE) 2016/679).
request-due-note = Ritheann an t-am ón uair a fhaigheann an gníomhaí IMI atá freagrach an iarraidh, rud a d'fhéadfadh a bheith níos déanaí ná an lá a fuair an tairseach seo an iarraidh, agus féadfaidh an dlí náisiúnta rialacha eile a leagan síos: níl sa dáta thuas, mar sin, ach dáta táscach.
request-next = Freagróidh an t-údarás atá freagrach chuig an seoladh ríomhphoist a thug tú. Mura bhfuil tú sásta leis an bhfreagra, is féidir leat gearán a dhéanamh leis an údarás maoirseachta sa tír ar phróiseáil a húdarás do shonraí nó, i gcás inar phróiseáil an Coimisiún Eorpach nó comhlacht eile de chuid an Aontais iad, leis an Maoirseoir Eorpach ar Chosaint Sonraí.
request-unavailable = Níorbh fhéidir d'iarraidh a fháil agus níor stóráladh aon rud. Bain triail eile as ar ball.
request-too-many = Seoladh an iomarca iarratas ó do cheangal. Fan cúpla nóiméad agus bain triail eile as.

request-status-title = Stádas d'iarrata
request-status-code = Cód rianaithe
request-status-check = Seiceáil an stádas
request-status-not-found = Níl aon iarraidh ann a mheaitseálann an cód rianaithe seo. Seiceáil an cód agus bain triail eile as.
request-status-received = Faighte
request-status-acknowledged = Admhaithe ag an údarás
request-status-answered = Freagartha
request-status-closed = Dúnta
request-status-rejected = Diúltaithe
request-status-line = Stádas: { $status }.

# Hints shown under the form's fields.
request-hint-email = Ní úsáidfidh an t-údarás é ach chun freagra a thabhairt ort.
request-hint-states = Roghnaigh gach tír ar mhalartaigh a húdarás faisnéis fút trí IMI. Mura bhfuil a fhios agat, roghnaigh ‘Níl a fhios agam’.
request-hint-imi_reference = Má luaitear uimhir thagartha IMI i litir ó údarás, cóipeáil anseo í.
request-hint-period = Mar shampla 2024-03-31.
request-hint-description = Luaigh cé na sonraí nó cén malartú lena mbaineann d'iarraidh agus, i gcás ceartúcháin, cad atá mícheart agus cad atá ceart.
request-status-hint = An cód rianaithe a tugadh duit nuair a sheol tú d'iarraidh, mar shampla K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = An Bheilg
request-state-BG = An Bhulgáir
request-state-CZ = An tSeicia
request-state-DK = An Danmhairg
request-state-DE = An Ghearmáin
request-state-EE = An Eastóin
request-state-IE = Éire
request-state-EL = An Ghréig
request-state-ES = An Spáinn
request-state-FR = An Fhrainc
request-state-HR = An Chróit
request-state-IT = An Iodáil
request-state-CY = An Chipir
request-state-LV = An Laitvia
request-state-LT = An Liotuáin
request-state-LU = Lucsamburg
request-state-HU = An Ungáir
request-state-MT = Málta
request-state-NL = An Ísiltír
request-state-AT = An Ostair
request-state-PL = An Pholainn
request-state-PT = An Phortaingéil
request-state-RO = An Rómáin
request-state-SI = An tSlóivéin
request-state-SK = An tSlóvaic
request-state-FI = An Fhionlainn
request-state-SE = An tSualainn
request-state-IS = An Íoslainn
request-state-LI = Lichtinstéin
request-state-NO = An Iorua
request-states-eu = Ballstáit AE
request-states-eea = Stáit LEE

# Plain-words explanation under each kind of request.
request-kind-access-hint = Fiafraigh an bhfuil sonraí pearsanta fút in IMI agus, má tá, faigh cóip díobh.
request-kind-correction-hint = Iarr go gceartófar sonraí fút atá míchruinn nó neamhiomlán.
request-kind-deletion-hint = Iarr go scriosfar sonraí fút a próiseáladh go neamhdhleathach.
request-kind-contest-blocked-hint = Déan conspóid faoi chruinneas nó faoi dhlíthiúlacht sonraí fút atá faoi bhac in IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = An rud atá uait
request-step-about-you = Fút féin
request-step-exchange = Faoin malartú faisnéise
request-step-details = D'iarraidh
request-step-check = Seiceáil d'fhreagraí sula seolfaidh tú d'iarraidh
request-step-progress = Céim { $step } as { $total }
request-continue = Lean ar aghaidh
request-back = Ar ais
request-change = Athraigh
request-not-given = Níor tugadh
request-declaration-given = Deimhnithe
request-sending = D'iarraidh á seoladh…
request-error-prefix = Earráid: { $title }
request-follow-up-link = Lean d'iarraidh
request-complain-link = Údaráis mhaoirseachta agus conas gearán a dhéanamh
