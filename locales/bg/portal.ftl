# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Портал за прозрачност на IMI
site-subtitle = Информационна система за вътрешния пазар
skip-link = Към основното съдържание
nav-label = Основно меню
language-label = Език
language-list-label = Избор на език
breadcrumb-label = Вие сте тук
home = Начална страница
toc-label = На тази страница

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Тази страница все още не е налична на български език. Показана е на английски език.
fallback-versions = Тази страница е налична на:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Този текст е преведен машинно и не е проверен от преводач. При неясноти меродавна е версията на английски език.
machine-translation-original = Прочетете версията на английски език

section-pages =
    { $count ->
        [one] Този раздел съдържа { $count } страница.
       *[other] Този раздел съдържа { $count } страници.
    }

footer-purpose = На този портал се публикува информацията за Информационната система за вътрешния пазар (IMI), която съгласно член 18, параграф 2 от Регламент (ЕС) № 1024/2012 Европейската комисия трябва да направи лесно достъпна.
footer-privacy = Този сайт не използва бисквитки, не съхранява нищо във вашия браузър и не зарежда нищо от други сайтове.
footer-feed = Актуализации (емисия Atom)
feed-title = Портал за прозрачност на IMI: актуализации
feed-author = Европейска комисия

choose-language = Изберете своя език

not-found-title = Страницата не е намерена
not-found-text = На този адрес няма страница. Ако сте въвели адреса ръчно, проверете го за грешки; ако сте последвали връзка, страницата може да е преместена.
not-found-home = Към началната страница

acts-caption = Правни актове относно IMI
act-column-act = Акт
act-column-date = Приемане
act-column-oj = Официален вестник
act-column-status = Статус
act-status-in-force = В сила
act-status-repealed = Отменен
act-status-pending = Предложение
act-unverified = Подлежи на проверка в Официален вестник на Европейския съюз

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Този консолидиран текст служи само за информационни цели и няма правно действие. Автентични са версиите на актовете, публикувани в Официален вестник на Европейския съюз.
annex-current-version = Действаща версия, прилагана от { $date }.
annex-version-title = Приложението във версията, прилагана от { $date }
annex-version-description = Приложението към Регламент (ЕС) № 1024/2012 във версията, прилагана от { $date }, с промените, направени на тази дата.
annex-timeline-title = История на приложението
annex-timeline-description = Всички версии на приложението към Регламент (ЕС) № 1024/2012 от { $date } насам и промените във всяка от тях.
annex-amended-by = Изменен с
annex-column-act = Акт
annex-column-oj-number = Официален вестник №
annex-column-page = Страница
annex-column-date = Дата
annex-original = Първоначален текст
annex-original-version = Това е приложението във вида, в който е публикувано първоначално.
annex-changes-title = Промени спрямо предходната версия
annex-previous = Предходна версия: { $date }
annex-next = Следваща версия: { $date }
annex-versions-nav = Версии на приложението
annex-view-current = Прочетете действащата версия
annex-view-timeline = Всички версии и промените в тях
annex-op-insert = Точка { $point } е добавена с { $act }
annex-op-replace = Точка { $point } е заменена с { $act }
annex-op-replace-provisions = Разпоредбите, посочени в точка { $point }, са заменени с { $act }
annex-op-delete = Точка { $point } е заличена с { $act }
annex-change-inserted = Добавена е точка { $point }
annex-change-deleted = Заличена е точка { $point }
annex-change-changed = Изменена е точка { $point }
annex-inserted-text = добавен текст:
annex-deleted-text = заличен текст:
annex-unverified = Текстът на тази точка подлежи на проверка в Официален вестник на Европейския съюз.
annex-point-fallback = Тази точка не е налична на български език.
annex-marker = Последно изменение с { $m }
annex-feed-title = Приложение към Регламента за IMI: промени
annex-feed-link = Промени в приложението (емисия Atom)
annex-data-link = Всички версии като отворени данни (JSON)
annex-upcoming-version = Прилага се от { $date }, все още не е в сила.
annex-upcoming-notice = Публикувана е нова версия на приложението. Тя ще се прилага от { $date }; дотогава в сила е версията по-долу.
annex-view-upcoming = Прочетете версията, прилагана от { $date }
annex-superseded = Тази версия вече не се прилага: следващата версия се прилага от { $date }.
annex-point-deleted = Заличена.
annex-note = Забележка:
annex-status-upcoming = Все още не е в сила

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Държава
states-column-authority = Национален надзорен орган
states-column-website = Уебсайт
states-authority-unverified = Подлежи на проверка
states-authorities-caption = Национални надзорни органи
exceptions-caption = Изключения и ограничения, нотифицирани съгласно член 20
exceptions-column-published = Изключения и ограничения
exceptions-none = Няма публикувани
exceptions-national-report = Доклад на национален орган относно съобщената информация

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Как се движи информацията
procedure-pattern-one-to-one = Между два органа
procedure-pattern-one-to-many = От един орган към много органи
procedure-pattern-repository = Съхранява се, за да могат други органи да правят справки в нея
procedure-examples = Примери
procedure-data = Обработвани лични данни
procedure-access = Кой има право да ги вижда
procedure-retention = Колко дълго се съхраняват
procedure-acts = Правни актове
procedure-source = Източници

# Views of the acts table: filters by type, status and year.
acts-view-title = Актове относно IMI: { $filter }
acts-filter-label = Филтриране на актовете
acts-filter-all = Всички актове
acts-filter-type = По вид
acts-filter-status = По статус
acts-filter-year = По година на приемане
acts-kind-regulation = Регламенти
acts-kind-directive = Директиви
acts-kind-decision = Решения
acts-kind-implementing-regulation = Регламенти за изпълнение
acts-kind-implementing-decision = Решения за изпълнение
acts-kind-recommendation = Препоръки
acts-kind-proposal = Предложения
acts-count =
    { $count ->
        [one] { $count } акт, от най-новия към най-стария.
       *[other] { $count } акта, от най-новия към най-стария.
    }

# What's new: the kind of each entry.
news-kind-act = Правен акт
news-kind-annex = Консолидирано приложение

# Shown on every page with the date of its last substantive change.
updated-label = Последна актуализация

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Търсене в този портал
search-button = Търсене
search-searching = Търси се…
search-count = Резултати за „{ $terms }“: { $count }
search-none = Няма страница, която да отговаря на „{ $terms }“. Опитайте с други думи или използвайте указателя от А до Я по-долу.
search-unavailable = В момента търсенето не е достъпно. Използвайте указателя от А до Я по-долу.
search-more = Показване на още резултати
search-az-title = Всички страници от А до Я
search-az-letters = Букви

# The page of facts still to be verified.
unverified-title = Факти, които предстои да бъдат проверени
unverified-description = Всички факти на този портал, които все още не са потвърдени в публичен източник, и какво остава да се провери.
unverified-intro = Този портал отбелязва даден факт като проверен едва след като той е прочетен в публичен източник, който порталът цитира. Фактите по-долу все още не са потвърдени по този начин; за всеки от тях е посочено какво остава да се провери. Списъкът се генерира от данните на портала, затова се съкращава с проверяването на фактите.
unverified-count = Факти, които предстои да бъдат проверени: { $count }
unverified-area-annex = Консолидирано приложение
unverified-area-acts = Актове относно IMI
unverified-area-states = Държави членки и надзорни органи
unverified-area-procedures = Процедури
unverified-column-fact = Факт
unverified-column-check = Какво остава да се провери
unverified-none = Всички факти в тази част са проверени.
unverified-link = Факти, които предстои да бъдат проверени

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Искания, получени чрез този портал
stats-description = Колко искания за достъп, коригиране и изтриване е получил този портал, по месец, държава, вид и резултат.
stats-intro = Тези цифри идват от услугата, която получава исканията, изпратени чрез формуляра на този портал. Те не съдържат лични данни: нищо по-подробно от месец и нито една цифра под { $threshold }.
stats-in-time-note = „Отговорено в срок“ означава, че е отговорено до ориентировъчната дата, съобщена на подателя на искането: 30 дни след получаването при коригиране и изтриване, един месец при достъп и оспорване на блокирани данни.
stats-generated = Данни към { $date }.
stats-suppressed = Цифрите под { $threshold } не се показват, за да не може да бъде разпознато никое лице; в сборовете се включва само показаното.
stats-none = Все още няма цифра, достатъчно голяма, за да бъде показана.
stats-chart-title = Искания по месеци според резултата
stats-chart-desc = По един стълб за всеки месец, разделен според резултата. Същите цифри са посочени в таблицата по-долу.
stats-by-month = По месец
stats-by-state = По държава
stats-by-kind = По вид искане
stats-column-month = Месец
stats-column-state = Държава
stats-column-kind = Вид искане
stats-column-total = Общо
stats-outcome-answered-in-time = Отговорено в срок
stats-outcome-answered-late = Отговорено със закъснение
stats-outcome-rejected = Отхвърлено
stats-outcome-open = Неприключено
stats-data-link = Тази статистика като отворени данни (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Одитен журнал на услугата за приемане на искания
audit-description = Подписани контролни точки на одитния журнал на услугата за приемане на искания и как да проверите, че журналът не е бил пренаписван оттогава.
audit-intro = Услугата, която получава исканията, изпратени чрез формуляра на този портал, вписва всяко получено искане и всяко действие на своите оператори в одитен журнал, в който хеш стойността на всеки запис обхваща и предходния запис. От време на време последният запис в журнала се подписва с ключ, съхраняван офлайн, и се публикува тук. Всеки, който по-късно проверява журнала, например надзорен орган, може по този начин да докаже, че журналът все още съдържа тези записи непроменени.
audit-public-key = Публичен ключ на подписите
audit-checkpoints = Контролни точки, като се започне от най-новата
audit-column-time = Дата
audit-column-seq = Запис
audit-column-hash = Хеш стойност на записа (SHA-256)
audit-column-signature = Подпис (Ed25519)
audit-how-title = Как да проверите
audit-how-signature = Проверете дали всеки подпис е валиден за посочения по-горе публичен ключ:
audit-how-log = В журнала на услугата проверете дали той все още съдържа записа на контролна точка със същата хеш стойност:
audit-data-link = Тези контролни точки като отворени данни (JSON)
