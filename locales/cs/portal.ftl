# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portál transparentnosti systému IMI
site-subtitle = Systém pro výměnu informací o vnitřním trhu
skip-link = Přejít na hlavní obsah
nav-label = Hlavní nabídka
language-label = Jazyk
language-list-label = Výběr jazyka
breadcrumb-label = Nacházíte se zde
home = Úvodní stránka
toc-label = Na této stránce

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Tato stránka zatím není v češtině k dispozici. Zobrazuje se v angličtině.
fallback-versions = Tato stránka je k dispozici v těchto jazycích:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Tento text byl přeložen strojově a nebyl zkontrolován překladatelem. V případě nejasností je rozhodující anglické znění.
machine-translation-original = Přečtěte si anglické znění

section-pages =
    { $count ->
        [one] Tento oddíl obsahuje { $count } stránku.
        [few] Tento oddíl obsahuje { $count } stránky.
       *[other] Tento oddíl obsahuje { $count } stránek.
    }

footer-purpose = Tento portál zveřejňuje informace o systému pro výměnu informací o vnitřním trhu (IMI), které musí Evropská komise podle čl. 18 odst. 2 nařízení (EU) č. 1024/2012 učinit snadno dostupnými.
footer-privacy = Tyto stránky nepoužívají soubory cookie, nic neukládají ve vašem prohlížeči a nic nenačítají z jiných stránek.
footer-feed = Aktualizace (kanál Atom)
feed-title = Portál transparentnosti systému IMI: aktualizace
feed-author = Evropská komise

choose-language = Vyberte si jazyk

not-found-title = Stránka nebyla nalezena
not-found-text = Na této adrese není žádná stránka. Pokud jste adresu zadali ručně, zkontrolujte, zda neobsahuje chyby; pokud jste přišli přes odkaz, stránka mohla být přesunuta.
not-found-home = Přejít na úvodní stránku

acts-caption = Právní akty týkající se systému IMI
act-column-act = Akt
act-column-date = Přijetí
act-column-oj = Úřední věstník
act-column-status = Stav
act-status-in-force = Platný
act-status-repealed = Zrušený
act-status-pending = Návrh
act-unverified = Nutno ověřit v Úředním věstníku

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Toto konsolidované znění slouží pouze k informativním účelům a nemá žádný právní účinek. Závazná znění aktů jsou ta, která byla zveřejněna v Úředním věstníku Evropské unie.
annex-current-version = Platné znění, použitelné od { $date }.
annex-version-title = Příloha ve znění použitelném od { $date }
annex-version-description = Příloha nařízení (EU) č. 1024/2012 ve znění použitelném od { $date }, se změnami provedenými k tomuto dni.
annex-timeline-title = Historie přílohy
annex-timeline-description = Všechna znění přílohy nařízení (EU) č. 1024/2012 od { $date } a změny provedené v každém z nich.
annex-amended-by = Ve znění
annex-column-act = Akt
annex-column-oj-number = Úřední věstník č.
annex-column-page = Strana
annex-column-date = Datum
annex-original = Původní znění
annex-original-version = Toto je příloha v původně zveřejněném znění.
annex-changes-title = Změny oproti předchozímu znění
annex-previous = Předchozí znění: { $date }
annex-next = Následující znění: { $date }
annex-versions-nav = Znění přílohy
annex-view-current = Přečtěte si platné znění
annex-view-timeline = Všechna znění a jejich změny
annex-op-insert = Bod { $point } vložen aktem { $act }
annex-op-replace = Bod { $point } nahrazen aktem { $act }
annex-op-replace-provisions = Ustanovení uvedená v bodě { $point } nahrazena aktem { $act }
annex-op-delete = Bod { $point } zrušen aktem { $act }
annex-change-inserted = Vložen bod { $point }
annex-change-deleted = Zrušen bod { $point }
annex-change-changed = Změněn bod { $point }
annex-inserted-text = vložený text:
annex-deleted-text = odstraněný text:
annex-unverified = Znění tohoto bodu je nutno ověřit v Úředním věstníku.
annex-point-fallback = Tento bod není v češtině k dispozici.
annex-marker = Naposledy změněno aktem { $m }
annex-feed-title = Příloha nařízení o systému IMI: změny
annex-feed-link = Změny přílohy (kanál Atom)
annex-data-link = Všechna znění jako otevřená data (JSON)
annex-upcoming-version = Použije se od { $date }, dosud nenabylo účinnosti.
annex-upcoming-notice = Bylo zveřejněno nové znění přílohy. Použije se od { $date }; do té doby je účinné níže uvedené znění.
annex-view-upcoming = Přečtěte si znění použitelné od { $date }
annex-superseded = Toto znění se již nepoužívá: následující znění je použitelné od { $date }.
annex-point-deleted = Zrušen.
annex-note = Poznámka:
annex-status-upcoming = Dosud neúčinné

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Stát
states-column-authority = Vnitrostátní dozorový úřad
states-column-website = Internetové stránky
states-authority-unverified = Nutno ověřit
states-authorities-caption = Vnitrostátní dozorové úřady
exceptions-caption = Výjimky a omezení oznámené podle čl. 20
exceptions-column-published = Výjimky a omezení
exceptions-none = Nic nebylo zveřejněno
exceptions-national-report = Zpráva vnitrostátního orgánu o oznámených informacích

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Jak informace proudí
procedure-pattern-one-to-one = Mezi dvěma orgány
procedure-pattern-one-to-many = Od jednoho orgánu k mnoha
procedure-pattern-repository = Uchovávány, aby do nich mohly nahlížet jiné orgány
procedure-examples = Příklady
procedure-data = Zpracovávané osobní údaje
procedure-access = Kdo je smí vidět
procedure-retention = Jak dlouho se uchovávají
procedure-acts = Právní akty
procedure-source = Zdroje

# Views of the acts table: filters by type, status and year.
acts-view-title = Akty týkající se systému IMI: { $filter }
acts-filter-label = Filtrovat akty
acts-filter-all = Všechny akty
acts-filter-type = Podle druhu
acts-filter-status = Podle stavu
acts-filter-year = Podle roku přijetí
acts-kind-regulation = Nařízení
acts-kind-directive = Směrnice
acts-kind-decision = Rozhodnutí
acts-kind-implementing-regulation = Prováděcí nařízení
acts-kind-implementing-decision = Prováděcí rozhodnutí
acts-kind-recommendation = Doporučení
acts-kind-proposal = Návrhy
acts-count =
    { $count ->
        [one] { $count } akt, od nejnovějšího po nejstarší.
        [few] { $count } akty, od nejnovějšího po nejstarší.
       *[other] { $count } aktů, od nejnovějšího po nejstarší.
    }

# What's new: the kind of each entry.
news-kind-act = Právní akt
news-kind-annex = Konsolidovaná příloha

# Shown on every page with the date of its last substantive change.
updated-label = Poslední aktualizace

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Vyhledávat na tomto portálu
search-button = Hledat
search-searching = Vyhledává se…
search-count = Výsledky pro „{ $terms }“: { $count }
search-none = Výrazu „{ $terms }“ neodpovídá žádná stránka. Zkuste jiná slova nebo použijte rejstřík od A do Z níže.
search-unavailable = Vyhledávání není momentálně k dispozici. Použijte rejstřík od A do Z níže.
search-more = Zobrazit další výsledky
search-az-title = Všechny stránky od A do Z
search-az-letters = Písmena

# The page of facts still to be verified.
unverified-title = Skutečnosti, které je ještě nutno ověřit
unverified-description = Všechny skutečnosti uvedené na tomto portálu, které dosud nebyly potvrzeny ve veřejném zdroji, a co zbývá ověřit.
unverified-intro = Tento portál označí skutečnost za ověřenou teprve poté, co byla dohledána ve veřejném zdroji, na který portál odkazuje. Níže uvedené skutečnosti dosud nebyly tímto způsobem potvrzeny; u každé je uvedeno, co zbývá ověřit. Seznam se vytváří z údajů portálu, a proto se s postupným ověřováním skutečností zkracuje.
unverified-count = Skutečnosti, které je ještě nutno ověřit: { $count }
unverified-area-annex = Konsolidovaná příloha
unverified-area-acts = Akty týkající se systému IMI
unverified-area-states = Členské státy a dozorové úřady
unverified-area-procedures = Postupy
unverified-column-fact = Skutečnost
unverified-column-check = Co zbývá ověřit
unverified-none = Všechny skutečnosti v této části jsou ověřeny.
unverified-link = Skutečnosti, které je ještě nutno ověřit

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Žádosti přijaté prostřednictvím tohoto portálu
stats-description = Kolik žádostí o přístup, opravu a výmaz tento portál přijal, podle měsíce, státu, druhu a výsledku.
stats-intro = Tyto počty pocházejí ze služby, která přijímá žádosti odeslané formulářem tohoto portálu. Neobsahují žádné osobní údaje: nic podrobnějšího než měsíc a žádný počet nižší než { $threshold }.
stats-in-time-note = „Zodpovězeno včas“ znamená zodpovězeno do orientačního data sděleného žadateli: 30 dnů od obdržení u opravy a výmazu, jeden měsíc u přístupu a zpochybnění blokovaných údajů.
stats-generated = Stav ke dni { $date }.
stats-suppressed = Počty nižší než { $threshold } se nezobrazují, aby nebylo možné nikoho identifikovat; součty zahrnují pouze zobrazené údaje.
stats-none = Zatím není žádný počet dost vysoký na to, aby mohl být zobrazen.
stats-chart-title = Žádosti podle měsíců a výsledku
stats-chart-desc = Jeden sloupec za každý měsíc, rozdělený podle výsledku. Tytéž údaje jsou uvedeny v tabulce níže.
stats-by-month = Podle měsíce
stats-by-state = Podle státu
stats-by-kind = Podle druhu žádosti
stats-column-month = Měsíc
stats-column-state = Stát
stats-column-kind = Druh žádosti
stats-column-total = Celkem
stats-outcome-answered-in-time = Zodpovězeno včas
stats-outcome-answered-late = Zodpovězeno po lhůtě
stats-outcome-rejected = Zamítnuto
stats-outcome-open = Nevyřízeno
stats-data-link = Tyto statistiky jako otevřená data (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Auditní protokol služby pro příjem žádostí
audit-description = Podepsané kontrolní body auditního protokolu služby pro příjem žádostí a postup, jak ověřit, že protokol nebyl od té doby přepsán.
audit-intro = Služba, která přijímá žádosti odeslané formulářem tohoto portálu, zaznamenává každou přijatou žádost a každý úkon svých operátorů do auditního protokolu, v němž otisk každého záznamu zahrnuje i předchozí záznam. Čas od času je poslední záznam protokolu podepsán klíčem uchovávaným offline a zveřejněn zde. Kdokoli, kdo bude protokol později zkoumat, například dozorový úřad, pak může prokázat, že protokol stále obsahuje tyto záznamy v nezměněné podobě.
audit-public-key = Veřejný klíč podpisů
audit-checkpoints = Kontrolní body, od nejnovějšího
audit-column-time = Datum
audit-column-seq = Záznam
audit-column-hash = Otisk záznamu (SHA-256)
audit-column-signature = Podpis (Ed25519)
audit-how-title = Jak ověřit
audit-how-signature = Ověřte, že každý podpis je platný pro výše uvedený veřejný klíč:
audit-how-log = V protokolu služby ověřte, že stále obsahuje záznam kontrolního bodu se stejným otiskem:
audit-data-link = Tyto kontrolní body jako otevřená data (JSON)
