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
date-label = Data

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
