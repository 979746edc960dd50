# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Какво искате
request-field-name = Вашето пълно име
request-field-email = Вашият адрес на електронна поща
request-field-postal_address = Вашият пощенски адрес (по избор)
request-field-states = Държавата или държавите, чийто орган е разглеждал вашия случай
request-field-authority = Органът, ако го знаете (по избор)
request-field-imi_reference = Референтният номер в IMI, ако го знаете (по избор)
request-field-period_from = Съответен период: от (по избор)
request-field-period_to = Съответен период: до (по избор)
request-field-description = Вашето искане
request-field-reply_language = Език на отговора
request-field-declaration = Декларация

request-kind-access = Достъп до моите данни в IMI
request-kind-correction = Коригиране на неточни или непълни данни
request-kind-deletion = Изтриване на незаконно обработвани данни
request-kind-contest-blocked = Оспорване на точността или законосъобразността на блокирани данни
request-state-unknown = Не знам
request-declaration-text = Декларирам, че предоставената от мен информация е вярна и че искането се отнася до моите собствени лични данни.

request-error-required = Тази информация е задължителна.
request-error-too-long = Текстът е твърде дълъг.
request-error-invalid-characters = Текстът съдържа знаци, които не могат да бъдат приети.
request-error-invalid-kind = Изберете един от видовете искане.
request-error-invalid-email = Въведете адрес на електронна поща във формат name@example.eu.
request-error-invalid-state = Изберете държавите от списъка.
request-error-duplicate-state = Изберете всяка държава само веднъж.
request-error-unknown-with-states = Изберете или „Не знам“, или една или повече държави, но не и двете.
request-error-invalid-language = Изберете един от 24-те официални езика.
request-error-invalid-date = Въведете валидна дата, например 2024-03-31.
request-error-future-date = Датата не може да бъде в бъдещето.
request-error-period-order = Краят на периода не може да бъде преди неговото начало.
request-error-declaration-required = Потвърдете декларацията, за да изпратите искането си.

request-error-title = Грешка: искането ви не беше изпратено
request-error-summary = Възникна проблем
request-send = Изпращане на искането
request-sent-title = Искането ви е получено
request-reference = Вашият референтен номер
request-follow-up-code = Вашият код за проследяване
request-keep-code = Запазете този код сега: той се показва само веднъж и никой не може да ви го изпрати отново. Ще ви е необходим, за да проследявате искането си.
request-received = Получено на { $date }.
request-due = Ориентировъчна дата за отговора: { $date }.
request-due-basis-correction = Коригиране и изтриване: най-късно 30 дни след получаването на искането от отговорния участник в IMI (член 19, параграф 1 от Регламент (ЕС) № 1024/2012).
request-due-basis-access = Достъп и оспорване на блокирани данни: съгласно националното право. Общият регламент относно защитата на данните предвижда срок от един месец от получаването на искането, който при необходимост може да бъде удължен с още два месеца (член 12, параграф 3 от Регламент (ЕС) 2016/679).
request-due-note = Срокът тече от получаването на искането от отговорния участник в IMI, което може да е по-късно от деня, в който този портал е получил искането, а националното право може да предвижда други правила: поради това посочената по-горе дата е само ориентировъчна.
request-next = Отговорният орган ще отговори на посочения от вас адрес на електронна поща. Ако не сте удовлетворени от отговора, можете да подадете жалба до надзорния орган на държавата, чийто орган е обработвал данните ви, или — ако те са били обработвани от Европейската комисия или друг орган на Съюза — до Европейския надзорен орган по защита на данните.
request-unavailable = Искането ви не можа да бъде получено и нищо не беше съхранено. Моля, опитайте отново по-късно.
request-too-many = От вашата връзка са изпратени твърде много заявки. Моля, изчакайте няколко минути и опитайте отново.

request-status-title = Състояние на искането ви
request-status-code = Код за проследяване
request-status-check = Проверка на състоянието
request-status-not-found = Няма искане, което да съответства на този код за проследяване. Проверете кода и опитайте отново.
request-status-received = Получено
request-status-acknowledged = Органът потвърди получаването
request-status-answered = Отговорено
request-status-closed = Приключено
request-status-rejected = Отхвърлено
request-status-line = Състояние: { $status }.

# Hints shown under the form's fields.
request-hint-email = Органът ще го използва само за да ви отговори.
request-hint-states = Изберете всяка държава, чийто орган е обменял информация за вас чрез IMI. Ако не знаете, изберете „Не знам“.
request-hint-imi_reference = Ако в писмо от орган е посочен референтен номер в IMI, копирайте го тук.
request-hint-period = Например 2024-03-31.
request-hint-description = Посочете за кои данни или за кой обмен на информация се отнася искането ви, а при коригиране – какво е неточно и какво е вярно.
request-status-hint = Кодът за проследяване, който получихте при изпращането на искането си, например K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Белгия
request-state-BG = България
request-state-CZ = Чехия
request-state-DK = Дания
request-state-DE = Германия
request-state-EE = Естония
request-state-IE = Ирландия
request-state-EL = Гърция
request-state-ES = Испания
request-state-FR = Франция
request-state-HR = Хърватия
request-state-IT = Италия
request-state-CY = Кипър
request-state-LV = Латвия
request-state-LT = Литва
request-state-LU = Люксембург
request-state-HU = Унгария
request-state-MT = Малта
request-state-NL = Нидерландия
request-state-AT = Австрия
request-state-PL = Полша
request-state-PT = Португалия
request-state-RO = Румъния
request-state-SI = Словения
request-state-SK = Словакия
request-state-FI = Финландия
request-state-SE = Швеция
request-state-IS = Исландия
request-state-LI = Лихтенщайн
request-state-NO = Норвегия
request-states-eu = Държави членки на ЕС
request-states-eea = Държави от ЕИП

# Plain-words explanation under each kind of request.
request-kind-access-hint = Попитайте дали в IMI се съхраняват лични данни за вас и ако е така, получете копие от тях.
request-kind-correction-hint = Поискайте да бъдат коригирани неточни или непълни данни за вас.
request-kind-deletion-hint = Поискайте да бъдат изтрити данни за вас, които са били обработвани незаконно.
request-kind-contest-blocked-hint = Оспорете точността или законосъобразността на данни за вас, които са блокирани в IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Какво искате
request-step-about-you = За вас
request-step-exchange = За обмена на информация
request-step-details = Вашето искане
request-step-check = Проверете отговорите си, преди да изпратите искането си
request-step-progress = Стъпка { $step } от { $total }
request-continue = Продължаване
request-back = Назад
request-change = Промяна
request-not-given = Не е посочено
request-declaration-given = Потвърдено
request-sending = Искането ви се изпраща…
request-error-prefix = Грешка: { $title }
request-follow-up-link = Проследяване на искането ви
request-complain-link = Надзорни органи и как да подадете жалба
