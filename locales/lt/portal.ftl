# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = IMI skaidrumo portalas
site-subtitle = Vidaus rinkos informacinė sistema
skip-link = Pereiti prie pagrindinio turinio
nav-label = Pagrindinis meniu
language-label = Kalba
language-list-label = Kalbos pasirinkimas
breadcrumb-label = Jūs esate čia
home = Pagrindinis puslapis
toc-label = Šiame puslapyje
date-label = Data

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Šis puslapis lietuvių kalba dar neprieinamas. Jis rodomas anglų kalba.
fallback-versions = Šis puslapis prieinamas šiomis kalbomis:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Šis tekstas išverstas mašininiu vertimu, vertėjas jo netikrino. Kilus neaiškumų, vadovaujamasi anglų kalbos versija.
machine-translation-original = Skaityti anglų kalbos versiją

section-pages =
    { $count ->
        [one] Šiame skyriuje yra { $count } puslapis.
        [few] Šiame skyriuje yra { $count } puslapiai.
       *[other] Šiame skyriuje yra { $count } puslapių.
    }

footer-purpose = Šiame portale skelbiama informacija apie Vidaus rinkos informacinę sistemą (IMI), kurią pagal Reglamento (ES) Nr. 1024/2012 18 straipsnio 2 dalį Europos Komisija privalo padaryti lengvai prieinamą.
footer-privacy = Ši svetainė nenaudoja slapukų, nieko nesaugo jūsų naršyklėje ir nieko neįkelia iš kitų svetainių.
footer-feed = Atnaujinimai (Atom kanalas)
feed-title = IMI skaidrumo portalas: atnaujinimai
feed-author = Europos Komisija

choose-language = Pasirinkite savo kalbą

not-found-title = Puslapis nerastas
not-found-text = Šiuo adresu puslapio nėra. Jei adresą įvedėte patys, patikrinkite, ar jame nėra klaidų; jei atėjote paspaudę nuorodą, puslapis galėjo būti perkeltas.
not-found-home = Eiti į pagrindinį puslapį

acts-caption = Su IMI susiję teisės aktai
act-column-act = Teisės aktas
act-column-date = Priėmimas
act-column-oj = Oficialusis leidinys
act-column-status = Statusas
act-status-in-force = Galioja
act-status-repealed = Panaikintas
act-status-pending = Pasiūlymas
act-unverified = Reikia patikrinti Europos Sąjungos oficialiajame leidinyje
