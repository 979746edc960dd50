# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = O co žádáte
request-field-name = Jméno a příjmení
request-field-email = Vaše e-mailová adresa
request-field-postal_address = Vaše poštovní adresa (nepovinné)
request-field-states = Země (jedna či více), jejichž orgán vyřizoval váš případ
request-field-authority = Orgán, pokud ho znáte (nepovinné)
request-field-imi_reference = Referenční číslo v systému IMI, pokud ho znáte (nepovinné)
request-field-period_from = Dotčené období: od (nepovinné)
request-field-period_to = Dotčené období: do (nepovinné)
request-field-description = Vaše žádost
request-field-reply_language = Jazyk odpovědi
request-field-declaration = Prohlášení

request-kind-access = Přístup k mým údajům v systému IMI
request-kind-correction = Oprava nepřesných nebo neúplných údajů
request-kind-deletion = Výmaz protiprávně zpracovaných údajů
request-kind-contest-blocked = Zpochybnění přesnosti nebo zákonnosti blokovaných údajů
request-state-unknown = Nevím
request-declaration-text = Prohlašuji, že poskytnuté informace jsou pravdivé a že se žádost týká mých vlastních osobních údajů.

request-error-required = Tento údaj je povinný.
request-error-too-long = Text je příliš dlouhý.
request-error-invalid-characters = Text obsahuje znaky, které nelze přijmout.
request-error-invalid-kind = Vyberte jeden z druhů žádosti.
request-error-invalid-email = Zadejte e-mailovou adresu ve tvaru name@example.eu.
request-error-invalid-state = Vyberte země ze seznamu.
request-error-duplicate-state = Vyberte každou zemi jen jednou.
request-error-unknown-with-states = Vyberte buď „Nevím“, nebo jednu či více zemí, ne obojí.
request-error-invalid-language = Vyberte jeden z 24 úředních jazyků.
request-error-invalid-date = Zadejte platné datum, například 2024-03-31.
request-error-future-date = Datum nesmí být v budoucnosti.
request-error-period-order = Konec období nesmí předcházet jeho začátku.
request-error-declaration-required = Potvrďte prohlášení, abyste mohli žádost odeslat.

request-error-title = Chyba: vaše žádost nebyla odeslána
request-error-summary = Vyskytl se problém
request-send = Odeslat žádost
request-sent-title = Vaše žádost byla přijata
request-reference = Vaše referenční číslo
request-follow-up-code = Váš kód pro sledování žádosti
request-keep-code = Uschovejte si tento kód hned teď: zobrazí se jen jednou a nikdo vám ho nemůže poslat znovu. Budete ho potřebovat ke sledování své žádosti.
request-received = Přijata dne { $date }.
request-due = Orientační datum odpovědi: { $date }.
request-due-basis-correction = Oprava a výmaz: nejpozději do 30 dnů od obdržení žádosti odpovědným účastníkem systému IMI (čl. 19 odst. 1 nařízení (EU) č. 1024/2012).
request-due-basis-access = Přístup a zpochybnění blokovaných údajů: podle vnitrostátního práva. Obecné nařízení o ochraně osobních údajů stanoví lhůtu jednoho měsíce od obdržení žádosti, kterou lze v případě potřeby prodloužit o další dva měsíce (čl. 12 odst. 3 nařízení (EU) 2016/679).
request-due-note = Lhůta běží od obdržení žádosti odpovědným účastníkem systému IMI, k němuž může dojít později než v den, kdy žádost obdržel tento portál, a vnitrostátní právo může stanovit jiná pravidla: výše uvedené datum je proto pouze orientační.
request-next = Odpovědný orgán odpoví na e-mailovou adresu, kterou jste uvedli. Pokud s odpovědí nejste spokojeni, můžete podat stížnost u dozorového úřadu země, jejíž orgán zpracovával vaše údaje, nebo, pokud je zpracovávala Evropská komise nebo jiný subjekt Unie, u evropského inspektora ochrany údajů.
request-unavailable = Vaši žádost nebylo možné přijmout a nic nebylo uloženo. Zkuste to prosím později.
request-too-many = Z vašeho připojení bylo odesláno příliš mnoho požadavků. Počkejte prosím několik minut a zkuste to znovu.

request-status-title = Stav vaší žádosti
request-status-code = Kód pro sledování žádosti
request-status-check = Ověřit stav
request-status-not-found = Tomuto kódu neodpovídá žádná žádost. Zkontrolujte kód a zkuste to znovu.
request-status-received = Přijata
request-status-acknowledged = Orgán potvrdil přijetí
request-status-answered = Zodpovězena
request-status-closed = Uzavřena
request-status-rejected = Zamítnuta
request-status-line = Stav: { $status }.

# Hints shown under the form's fields.
request-hint-email = Orgán ji použije pouze k tomu, aby vám odpověděl.
request-hint-states = Vyberte každou zemi, jejíž orgán si o vás vyměňoval informace prostřednictvím systému IMI. Pokud to nevíte, vyberte „Nevím“.
request-hint-imi_reference = Pokud je v dopise od některého orgánu uvedeno referenční číslo v systému IMI, zkopírujte ho sem.
request-hint-period = Například 2024-03-31.
request-hint-description = Uveďte, kterých údajů nebo které výměny informací se vaše žádost týká, a v případě opravy, co je nesprávné a co je správné.
request-status-hint = Kód pro sledování žádosti, který jste obdrželi při odeslání své žádosti, například K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgie
request-state-BG = Bulharsko
request-state-CZ = Česko
request-state-DK = Dánsko
request-state-DE = Německo
request-state-EE = Estonsko
request-state-IE = Irsko
request-state-EL = Řecko
request-state-ES = Španělsko
request-state-FR = Francie
request-state-HR = Chorvatsko
request-state-IT = Itálie
request-state-CY = Kypr
request-state-LV = Lotyšsko
request-state-LT = Litva
request-state-LU = Lucembursko
request-state-HU = Maďarsko
request-state-MT = Malta
request-state-NL = Nizozemsko
request-state-AT = Rakousko
request-state-PL = Polsko
request-state-PT = Portugalsko
request-state-RO = Rumunsko
request-state-SI = Slovinsko
request-state-SK = Slovensko
request-state-FI = Finsko
request-state-SE = Švédsko
request-state-IS = Island
request-state-LI = Lichtenštejnsko
request-state-NO = Norsko
request-states-eu = Členské státy EU
request-states-eea = Státy EHP

# Plain-words explanation under each kind of request.
request-kind-access-hint = Zjistěte, zda jsou v systému IMI uchovávány vaše osobní údaje, a pokud ano, získejte jejich kopii.
request-kind-correction-hint = Požádejte o opravu nepřesných nebo neúplných údajů, které se vás týkají.
request-kind-deletion-hint = Požádejte o výmaz údajů, které se vás týkají a byly zpracovány protiprávně.
request-kind-contest-blocked-hint = Zpochybněte přesnost nebo zákonnost údajů, které se vás týkají a byly v systému IMI blokovány.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Co požadujete
request-step-about-you = O vás
request-step-exchange = O výměně informací
request-step-details = Vaše žádost
request-step-check = Před odesláním žádosti zkontrolujte své odpovědi
request-step-progress = Krok { $step } z { $total }
request-continue = Pokračovat
request-back = Zpět
request-change = Změnit
request-not-given = Neuvedeno
request-declaration-given = Potvrzeno
request-sending = Vaše žádost se odesílá…
request-error-prefix = Chyba: { $title }
request-follow-up-link = Sledovat svou žádost
request-complain-link = Dozorové úřady a jak podat stížnost
