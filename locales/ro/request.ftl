# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Ce solicitați
request-field-name = Numele și prenumele dumneavoastră
request-field-email = Adresa dumneavoastră de e-mail
request-field-postal_address = Adresa dumneavoastră poștală (opțional)
request-field-states = Țara sau țările a căror autoritate v-a gestionat cazul
request-field-authority = Autoritatea, dacă o cunoașteți (opțional)
request-field-imi_reference = Numărul de referință IMI, dacă îl cunoașteți (opțional)
request-field-period_from = Perioada vizată: de la (opțional)
request-field-period_to = Perioada vizată: până la (opțional)
request-field-description = Cererea dumneavoastră
request-field-reply_language = Limba răspunsului
request-field-declaration = Declarație

request-kind-access = Acces la datele mele din IMI
request-kind-correction = Rectificarea datelor inexacte sau incomplete
request-kind-deletion = Ștergerea datelor prelucrate ilegal
request-kind-contest-blocked = Contestarea exactității sau a legalității datelor blocate
request-state-unknown = Nu știu
request-declaration-text = Declar că informațiile pe care le furnizez sunt adevărate și că cererea privește propriile mele date cu caracter personal.

request-error-required = Această informație este obligatorie.
request-error-too-long = Textul este prea lung.
request-error-invalid-characters = Textul conține caractere care nu pot fi acceptate.
request-error-invalid-kind = Alegeți unul dintre tipurile de cerere.
request-error-invalid-email = Introduceți o adresă de e-mail de forma name@example.eu.
request-error-invalid-state = Alegeți țările din listă.
request-error-duplicate-state = Alegeți fiecare țară o singură dată.
request-error-unknown-with-states = Alegeți fie „Nu știu”, fie una sau mai multe țări, nu ambele.
request-error-invalid-language = Alegeți una dintre cele 24 de limbi oficiale.
request-error-invalid-date = Introduceți o dată validă, de exemplu 2024-03-31.
request-error-future-date = Data nu poate fi în viitor.
request-error-period-order = Sfârșitul perioadei nu poate fi anterior începutului acesteia.
request-error-declaration-required = Confirmați declarația pentru a vă trimite cererea.

request-error-title = Eroare: cererea dumneavoastră nu a fost trimisă
request-error-summary = Există o problemă
request-send = Trimiteți cererea
request-sent-title = Cererea dumneavoastră a fost primită
request-reference = Numărul dumneavoastră de referință
request-follow-up-code = Codul dumneavoastră de urmărire
request-keep-code = Păstrați acest cod chiar acum: este afișat o singură dată și nimeni nu vi-l poate trimite din nou. Veți avea nevoie de el pentru a urmări cererea.
request-received = Primită la { $date }.
request-due = Data orientativă pentru răspuns: { $date }.
request-due-basis-correction = Rectificare și ștergere: cel târziu în termen de 30 de zile de la primirea cererii de către actorul IMI responsabil [articolul 19 alineatul (1) din Regulamentul (UE) nr. 1024/2012].
request-due-basis-access = Acces și contestarea datelor blocate: în conformitate cu legislația națională. Regulamentul general privind protecția datelor prevede o lună de la primirea cererii, termen care poate fi prelungit cu încă două luni atunci când este necesar [articolul 12 alineatul (3) din Regulamentul (UE) 2016/679].
request-due-note = Termenul curge de la primirea cererii de către actorul IMI responsabil, care poate fi ulterioară zilei în care acest portal a primit cererea, iar legislația națională poate prevedea alte norme: data de mai sus este, așadar, doar orientativă.
request-next = Autoritatea responsabilă va răspunde la adresa de e-mail pe care ați indicat-o. Dacă nu sunteți mulțumit de răspuns, puteți depune o plângere la autoritatea de supraveghere din țara a cărei autoritate v-a prelucrat datele sau, în cazul în care acestea au fost prelucrate de Comisia Europeană sau de un alt organ al Uniunii, la Autoritatea Europeană pentru Protecția Datelor.
request-unavailable = Cererea dumneavoastră nu a putut fi primită și nu s-a stocat nimic. Vă rugăm să încercați din nou mai târziu.
request-too-many = Din conexiunea dumneavoastră s-au trimis prea multe solicitări. Vă rugăm să așteptați câteva minute și să încercați din nou.

request-status-title = Starea cererii dumneavoastră
request-status-code = Cod de urmărire
request-status-check = Verificați starea
request-status-not-found = Nicio cerere nu corespunde acestui cod de urmărire. Verificați codul și încercați din nou.
request-status-received = Primită
request-status-acknowledged = Primire confirmată de autoritate
request-status-answered = Răspuns trimis
request-status-closed = Închisă
request-status-rejected = Respinsă
request-status-line = Stare: { $status }.

# Hints shown under the form's fields.
request-hint-email = Autoritatea o va folosi numai pentru a vă răspunde.
request-hint-states = Alegeți fiecare țară a cărei autoritate a schimbat informații despre dumneavoastră prin intermediul IMI. Dacă nu știți, alegeți „Nu știu”.
request-hint-imi_reference = Dacă o scrisoare de la o autoritate menționează un număr de referință IMI, copiați-l aici.
request-hint-period = De exemplu 2024-03-31.
request-hint-description = Precizați la ce date sau la ce schimb de informații se referă cererea dumneavoastră și, în cazul unei rectificări, ce este inexact și ce este corect.
request-status-hint = Codul de urmărire pe care l-ați primit când ați trimis cererea, de exemplu K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgia
request-state-BG = Bulgaria
request-state-CZ = Cehia
request-state-DK = Danemarca
request-state-DE = Germania
request-state-EE = Estonia
request-state-IE = Irlanda
request-state-EL = Grecia
request-state-ES = Spania
request-state-FR = Franța
request-state-HR = Croația
request-state-IT = Italia
request-state-CY = Cipru
request-state-LV = Letonia
request-state-LT = Lituania
request-state-LU = Luxemburg
request-state-HU = Ungaria
request-state-MT = Malta
request-state-NL = Țările de Jos
request-state-AT = Austria
request-state-PL = Polonia
request-state-PT = Portugalia
request-state-RO = România
request-state-SI = Slovenia
request-state-SK = Slovacia
request-state-FI = Finlanda
request-state-SE = Suedia
request-state-IS = Islanda
request-state-LI = Liechtenstein
request-state-NO = Norvegia
request-states-eu = Statele membre ale UE
request-states-eea = Statele SEE

# Plain-words explanation under each kind of request.
request-kind-access-hint = Întrebați dacă IMI conține date cu caracter personal despre dumneavoastră și, în caz afirmativ, obțineți o copie a acestora.
request-kind-correction-hint = Solicitați rectificarea datelor care vă privesc și care sunt inexacte sau incomplete.
request-kind-deletion-hint = Solicitați ștergerea datelor care vă privesc și care au fost prelucrate ilegal.
request-kind-contest-blocked-hint = Contestați exactitatea sau legalitatea datelor care vă privesc și care au fost blocate în IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Ce doriți
request-step-about-you = Despre dumneavoastră
request-step-exchange = Despre schimbul de informații
request-step-details = Cererea dumneavoastră
request-step-check = Verificați-vă răspunsurile înainte de a trimite cererea
request-step-progress = Pasul { $step } din { $total }
request-continue = Continuați
request-back = Înapoi
request-change = Modificați
request-not-given = Nu s-a indicat
request-declaration-given = Confirmată
request-sending = Cererea dumneavoastră se trimite…
request-error-prefix = Eroare: { $title }
request-follow-up-link = Urmăriți-vă cererea
request-complain-link = Autoritățile de supraveghere și cum puteți depune o plângere
