# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI pārredzamības portāls
site-subtitle = Iekšējā tirgus informācijas sistēma
skip-link = Pāriet uz pamatsaturu
nav-label = Galvenā izvēlne
language-label = Valoda
language-list-label = Valodas izvēle
breadcrumb-label = Jūs esat šeit
home = Sākumlapa
toc-label = Šajā lapā
date-label = Datums

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Šī lapa vēl nav pieejama latviešu valodā. Tā ir parādīta angļu valodā.
fallback-versions = Šī lapa ir pieejama šādās valodās:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Šis teksts ir tulkots mašīntulkošanā, un tulkotājs to nav pārbaudījis. Neskaidrību gadījumā noteicošā ir angļu valodas versija.
machine-translation-original = Lasīt angļu valodas versiju

section-pages =
    { $count ->
        [zero] Šajā sadaļā ir { $count } lapas.
        [one] Šajā sadaļā ir { $count } lapa.
       *[other] Šajā sadaļā ir { $count } lapas.
    }

footer-purpose = Šajā portālā tiek publicēta informācija par Iekšējā tirgus informācijas sistēmu (IMI), kas Eiropas Komisijai saskaņā ar Regulas (ES) Nr. 1024/2012 18. panta 2. punktu ir jādara viegli pieejama.
footer-privacy = Šī vietne neizmanto sīkdatnes, neko nesaglabā jūsu pārlūkprogrammā un neko neielādē no citām vietnēm.
footer-feed = Atjauninājumi (Atom plūsma)
feed-title = IMI pārredzamības portāls: atjauninājumi
feed-author = Eiropas Komisija

choose-language = Izvēlieties savu valodu

not-found-title = Lapa nav atrasta
not-found-text = Šajā adresē nav lapas. Ja adresi ievadījāt manuāli, pārbaudiet, vai tajā nav kļūdu; ja sekojāt saitei, iespējams, lapa ir pārvietota.
not-found-home = Uz sākumlapu

acts-caption = Ar IMI saistītie tiesību akti
act-column-act = Tiesību akts
act-column-date = Pieņemšana
act-column-oj = Oficiālais Vēstnesis
act-column-status = Statuss
act-status-in-force = Spēkā
act-status-repealed = Atcelts
act-status-pending = Priekšlikums
act-unverified = Jāpārbauda Eiropas Savienības Oficiālajā Vēstnesī
