# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portál transparentnosti systému IMI
site-subtitle = Informačný systém o vnútornom trhu
skip-link = Prejsť na hlavný obsah
nav-label = Hlavná ponuka
language-label = Jazyk
language-list-label = Výber jazyka
breadcrumb-label = Nachádzate sa tu
home = Úvodná stránka
toc-label = Na tejto stránke

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Táto stránka zatiaľ nie je k dispozícii v slovenčine. Zobrazuje sa v angličtine.
fallback-versions = Táto stránka je k dispozícii v týchto jazykoch:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Tento text bol preložený strojovo a prekladateľ ho neskontroloval. V prípade nejasností je rozhodujúce anglické znenie.
machine-translation-original = Prečítajte si anglické znenie

section-pages =
    { $count ->
        [one] Táto časť obsahuje { $count } stránku.
        [few] Táto časť obsahuje { $count } stránky.
       *[other] Táto časť obsahuje { $count } stránok.
    }

footer-purpose = Na tomto portáli sa zverejňujú informácie o informačnom systéme o vnútornom trhu (IMI), ktoré musí Európska komisia podľa článku 18 ods. 2 nariadenia (EÚ) č. 1024/2012 sprístupniť v ľahko dostupnej forme.
footer-privacy = Toto webové sídlo nepoužíva súbory cookie, nič neukladá vo vašom prehliadači a nenačítava nič z iných webových sídiel.
footer-feed = Aktualizácie (kanál Atom)
feed-title = Portál transparentnosti systému IMI: aktualizácie
feed-author = Európska komisia

choose-language = Vyberte si jazyk

not-found-title = Stránka sa nenašla
not-found-text = Na tejto adrese sa nenachádza žiadna stránka. Ak ste adresu zadali ručne, skontrolujte, či neobsahuje chyby; ak ste prišli cez odkaz, stránka mohla byť presunutá.
not-found-home = Prejsť na úvodnú stránku

acts-caption = Právne akty týkajúce sa systému IMI
act-column-act = Akt
act-column-date = Prijatie
act-column-oj = Úradný vestník
act-column-status = Stav
act-status-in-force = Platný
act-status-repealed = Zrušený
act-status-pending = Návrh
act-unverified = Treba overiť v Úradnom vestníku Európskej únie

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Toto konsolidované znenie slúži výlučne ako dokumentačný nástroj a nemá žiadny právny účinok. Autentické znenia aktov sú tie, ktoré boli uverejnené v Úradnom vestníku Európskej únie.
annex-current-version = Aktuálne znenie, uplatniteľné od { $date }.
annex-version-title = Príloha v znení uplatniteľnom od { $date }
annex-version-description = Príloha k nariadeniu (EÚ) č. 1024/2012 v znení uplatniteľnom od { $date } so zmenami vykonanými k tomuto dňu.
annex-timeline-title = História prílohy
annex-timeline-description = Všetky znenia prílohy k nariadeniu (EÚ) č. 1024/2012 od { $date } a zmeny vykonané v každom z nich.
annex-amended-by = Zmenené a doplnené
annex-column-act = Akt
annex-column-oj-number = Úradný vestník č.
annex-column-page = Strana
annex-column-date = Dátum
annex-original = Pôvodné znenie
annex-original-version = Toto je príloha v pôvodne uverejnenom znení.
annex-changes-title = Zmeny oproti predchádzajúcemu zneniu
annex-previous = Predchádzajúce znenie: { $date }
annex-next = Nasledujúce znenie: { $date }
annex-versions-nav = Znenia prílohy
annex-view-current = Prečítajte si aktuálne znenie
annex-view-timeline = Všetky znenia a ich zmeny
annex-op-insert = Bod { $point } vložený aktom { $act }
annex-op-replace = Bod { $point } nahradený aktom { $act }
annex-op-replace-provisions = Ustanovenia uvedené v bode { $point } nahradené aktom { $act }
annex-op-delete = Bod { $point } vypustený aktom { $act }
annex-change-inserted = Vložený bod { $point }
annex-change-deleted = Vypustený bod { $point }
annex-change-changed = Zmenený bod { $point }
annex-inserted-text = vložený text:
annex-deleted-text = vypustený text:
annex-unverified = Znenie tohto bodu treba overiť v Úradnom vestníku Európskej únie.
annex-point-fallback = Tento bod nie je k dispozícii v slovenčine.
annex-marker = Naposledy zmenené aktom { $m }
annex-feed-title = Príloha k nariadeniu o IMI: zmeny
annex-feed-link = Zmeny prílohy (kanál Atom)
annex-data-link = Všetky znenia ako otvorené údaje (JSON)
annex-upcoming-version = Uplatňuje sa od { $date }, zatiaľ nenadobudlo účinnosť.
annex-upcoming-notice = Bolo uverejnené nové znenie prílohy. Uplatňovať sa bude od { $date }; dovtedy je účinné znenie uvedené nižšie.
annex-view-upcoming = Prečítajte si znenie uplatniteľné od { $date }
annex-superseded = Toto znenie sa už neuplatňuje: nasledujúce znenie sa uplatňuje od { $date }.
annex-point-deleted = Vypustený.
annex-note = Poznámka:
annex-status-upcoming = Zatiaľ neúčinné

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Štát
states-column-authority = Vnútroštátny dozorný orgán
states-column-website = Webové sídlo
states-authority-unverified = Treba overiť
states-authorities-caption = Vnútroštátne dozorné orgány
exceptions-caption = Výnimky a obmedzenia oznámené podľa článku 20
exceptions-column-published = Výnimky a obmedzenia
exceptions-none = Žiadne neboli uverejnené
exceptions-national-report = Správa vnútroštátneho orgánu o oznámených informáciách

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Ako informácie prúdia
procedure-pattern-one-to-one = Medzi dvoma orgánmi
procedure-pattern-one-to-many = Od jedného orgánu k mnohým
procedure-pattern-repository = Uchovávané na nahliadnutie iným orgánom
procedure-examples = Príklady
procedure-data = Spracúvané osobné údaje
procedure-access = Kto ich môže vidieť
procedure-retention = Ako dlho sa uchovávajú
procedure-acts = Právne akty
procedure-source = Zdroje

# Views of the acts table: filters by type, status and year.
acts-view-title = Akty týkajúce sa systému IMI: { $filter }
acts-filter-label = Filtrovať akty
acts-filter-all = Všetky akty
acts-filter-type = Podľa druhu
acts-filter-status = Podľa stavu
acts-filter-year = Podľa roku prijatia
acts-kind-regulation = Nariadenia
acts-kind-directive = Smernice
acts-kind-decision = Rozhodnutia
acts-kind-implementing-regulation = Vykonávacie nariadenia
acts-kind-implementing-decision = Vykonávacie rozhodnutia
acts-kind-recommendation = Odporúčania
acts-kind-proposal = Návrhy
acts-count =
    { $count ->
        [one] { $count } akt, od najnovšieho po najstarší.
        [few] { $count } akty, od najnovšieho po najstarší.
       *[other] { $count } aktov, od najnovšieho po najstarší.
    }

# What's new: the kind of each entry.
news-kind-act = Právny akt
news-kind-annex = Konsolidovaná príloha

# Shown on every page with the date of its last substantive change.
updated-label = Posledná aktualizácia

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Vyhľadávanie na tomto portáli
search-button = Hľadať
search-searching = Vyhľadáva sa…
search-count = Výsledky pre „{ $terms }“: { $count }
search-none = Výrazu „{ $terms }“ nezodpovedá žiadna stránka. Skúste iné slová alebo použite register od A po Z nižšie.
search-unavailable = Vyhľadávanie momentálne nie je k dispozícii. Použite register od A po Z nižšie.
search-more = Zobraziť ďalšie výsledky
search-az-title = Všetky stránky od A po Z
search-az-letters = Písmená

# The page of facts still to be verified.
unverified-title = Skutočnosti, ktoré treba ešte overiť
unverified-description = Všetky skutočnosti uvedené na tomto portáli, ktoré zatiaľ neboli potvrdené vo verejnom zdroji, a čo ešte zostáva overiť.
unverified-intro = Tento portál označí skutočnosť za overenú až potom, ako bola dohľadaná vo verejnom zdroji, na ktorý portál odkazuje. Skutočnosti uvedené nižšie zatiaľ neboli týmto spôsobom potvrdené; pri každej je uvedené, čo ešte zostáva overiť. Zoznam sa vytvára z údajov portálu, a preto sa s postupným overovaním skutočností skracuje.
unverified-count = Skutočnosti, ktoré treba ešte overiť: { $count }
unverified-area-annex = Konsolidovaná príloha
unverified-area-acts = Akty týkajúce sa systému IMI
unverified-area-states = Členské štáty a dozorné orgány
unverified-area-procedures = Postupy
unverified-column-fact = Skutočnosť
unverified-column-check = Čo ešte zostáva overiť
unverified-none = Všetky skutočnosti v tejto časti sú overené.
unverified-link = Skutočnosti, ktoré treba ešte overiť

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Žiadosti prijaté prostredníctvom tohto portálu
stats-description = Koľko žiadostí o prístup, opravu a vymazanie prijal tento portál, podľa mesiaca, štátu, druhu a výsledku.
stats-intro = Tieto počty pochádzajú zo služby, ktorá prijíma žiadosti odoslané formulárom tohto portálu. Neobsahujú žiadne osobné údaje: nič podrobnejšie ako mesiac a žiadny počet nižší ako { $threshold }.
stats-in-time-note = „Zodpovedané včas“ znamená zodpovedané do orientačného dátumu oznámeného žiadateľovi: 30 dní od doručenia pri oprave a vymazaní, jeden mesiac pri prístupe a napadnutí zablokovaných údajov.
stats-generated = Stav ku dňu { $date }.
stats-suppressed = Počty nižšie ako { $threshold } sa nezobrazujú, aby nebolo možné nikoho identifikovať; súčty zahŕňajú len zobrazené údaje.
stats-none = Zatiaľ nie je žiadny počet dostatočne vysoký na to, aby sa zobrazil.
stats-chart-title = Žiadosti podľa mesiacov a výsledku
stats-chart-desc = Jeden stĺpec za každý mesiac, rozdelený podľa výsledku. Tie isté údaje sú uvedené v tabuľke nižšie.
stats-by-month = Podľa mesiaca
stats-by-state = Podľa štátu
stats-by-kind = Podľa druhu žiadosti
stats-column-month = Mesiac
stats-column-state = Štát
stats-column-kind = Druh žiadosti
stats-column-total = Spolu
stats-outcome-answered-in-time = Zodpovedané včas
stats-outcome-answered-late = Zodpovedané po lehote
stats-outcome-rejected = Zamietnuté
stats-outcome-open = Nevybavené
stats-data-link = Tieto štatistiky ako otvorené údaje (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Auditný protokol služby na prijímanie žiadostí
audit-description = Podpísané kontrolné body auditného protokolu služby na prijímanie žiadostí a postup, ako overiť, že protokol odvtedy nebol prepísaný.
audit-intro = Služba, ktorá prijíma žiadosti odoslané formulárom tohto portálu, zaznamenáva každú prijatú žiadosť a každý úkon svojich operátorov do auditného protokolu, v ktorom odtlačok každého záznamu zahŕňa aj predchádzajúci záznam. Z času na čas sa posledný záznam protokolu podpíše kľúčom uchovávaným offline a zverejní sa tu. Ktokoľvek, kto bude protokol neskôr skúmať, napríklad dozorný orgán, potom môže preukázať, že protokol stále obsahuje tieto záznamy v nezmenenej podobe.
audit-public-key = Verejný kľúč podpisov
audit-checkpoints = Kontrolné body, od najnovšieho
audit-column-time = Dátum
audit-column-seq = Záznam
audit-column-hash = Odtlačok záznamu (SHA-256)
audit-column-signature = Podpis (Ed25519)
audit-how-title = Ako overiť
audit-how-signature = Overte, či je každý podpis platný pre verejný kľúč uvedený vyššie:
audit-how-log = V protokole služby overte, či stále obsahuje záznam kontrolného bodu s rovnakým odtlačkom:
audit-data-link = Tieto kontrolné body ako otvorené údaje (JSON)
