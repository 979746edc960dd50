# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Τι ζητάτε
request-field-name = Ονοματεπώνυμο
request-field-email = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας
request-field-postal_address = Η ταχυδρομική διεύθυνσή σας (προαιρετικό)
request-field-states = Η χώρα ή οι χώρες των οποίων η αρχή χειρίστηκε την υπόθεσή σας
request-field-authority = Η αρχή, εάν τη γνωρίζετε (προαιρετικό)
request-field-imi_reference = Ο αριθμός αναφοράς στο IMI, εάν τον γνωρίζετε (προαιρετικό)
request-field-period_from = Σχετική περίοδος: από (προαιρετικό)
request-field-period_to = Σχετική περίοδος: έως (προαιρετικό)
request-field-description = Το αίτημά σας
request-field-reply_language = Γλώσσα της απάντησης
request-field-declaration = Δήλωση

request-kind-access = Πρόσβαση στα δεδομένα μου στο IMI
request-kind-correction = Διόρθωση ανακριβών ή ελλιπών δεδομένων
request-kind-deletion = Διαγραφή δεδομένων που υποβλήθηκαν παράνομα σε επεξεργασία
request-kind-contest-blocked = Αμφισβήτηση της ακρίβειας ή της νομιμότητας κλειδωμένων δεδομένων
request-state-unknown = Δεν γνωρίζω
request-declaration-text = Δηλώνω ότι οι πληροφορίες που παρέχω είναι αληθείς και ότι το αίτημα αφορά τα δικά μου δεδομένα προσωπικού χαρακτήρα.

request-error-required = Η πληροφορία αυτή είναι υποχρεωτική.
request-error-too-long = Το κείμενο είναι πολύ μεγάλο.
request-error-invalid-characters = Το κείμενο περιέχει χαρακτήρες που δεν μπορούν να γίνουν δεκτοί.
request-error-invalid-kind = Επιλέξτε ένα από τα είδη αιτήματος.
request-error-invalid-email = Εισαγάγετε διεύθυνση ηλεκτρονικού ταχυδρομείου της μορφής name@example.eu.
request-error-invalid-state = Επιλέξτε τις χώρες από τον κατάλογο.
request-error-duplicate-state = Επιλέξτε κάθε χώρα μόνο μία φορά.
request-error-unknown-with-states = Επιλέξτε είτε «Δεν γνωρίζω» είτε μία ή περισσότερες χώρες, όχι και τα δύο.
request-error-invalid-language = Επιλέξτε μία από τις 24 επίσημες γλώσσες.
request-error-invalid-date = Εισαγάγετε έγκυρη ημερομηνία, για παράδειγμα 2024-03-31.
request-error-future-date = Η ημερομηνία δεν μπορεί να είναι μελλοντική.
request-error-period-order = Το τέλος της περιόδου δεν μπορεί να είναι πριν από την αρχή της.
request-error-declaration-required = Επιβεβαιώστε τη δήλωση για να υποβάλετε το αίτημά σας.

request-error-title = Σφάλμα: το αίτημά σας δεν υποβλήθηκε
request-error-summary = Υπάρχει πρόβλημα
request-send = Υποβολή του αιτήματος
request-sent-title = Το αίτημά σας παραλήφθηκε
request-reference = Ο αριθμός αναφοράς σας
request-follow-up-code = Ο κωδικός παρακολούθησής σας
request-keep-code = Φυλάξτε αυτόν τον κωδικό τώρα: εμφανίζεται μόνο μία φορά και κανείς δεν μπορεί να σας τον ξαναστείλει. Θα τον χρειαστείτε για να παρακολουθείτε το αίτημά σας.
request-received = Παραλήφθηκε στις { $date }.
request-due = Ενδεικτική ημερομηνία απάντησης: { $date }.
request-due-basis-correction = Διόρθωση και διαγραφή: το αργότερο 30 ημέρες μετά την παραλαβή του αιτήματος από τον υπεύθυνο φορέα του IMI (άρθρο 19 παράγραφος 1 του κανονισμού (ΕΕ) αριθ. 1024/2012).
request-due-basis-access = Πρόσβαση και αμφισβήτηση κλειδωμένων δεδομένων: σύμφωνα με το εθνικό δίκαιο. Ο Γενικός Κανονισμός για την Προστασία Δεδομένων προβλέπει προθεσμία ενός μηνός από την παραλαβή του αιτήματος, η οποία μπορεί να παραταθεί κατά δύο ακόμη μήνες, εφόσον απαιτείται (άρθρο 12 παράγραφος 3 του κανονισμού (ΕΕ) 2016/679).
request-due-note = Η προθεσμία αρχίζει από την παραλαβή από τον υπεύθυνο φορέα του IMI, η οποία μπορεί να είναι μεταγενέστερη από την ημέρα κατά την οποία η πύλη αυτή παρέλαβε το αίτημα, και το εθνικό δίκαιο μπορεί να προβλέπει άλλους κανόνες: η παραπάνω ημερομηνία είναι επομένως μόνο ενδεικτική.
request-next = Η υπεύθυνη αρχή θα απαντήσει στη διεύθυνση ηλεκτρονικού ταχυδρομείου που δηλώσατε. Αν δεν είστε ικανοποιημένοι με την απάντηση, μπορείτε να υποβάλετε καταγγελία στην εποπτική αρχή της χώρας της οποίας η αρχή επεξεργάστηκε τα δεδομένα σας ή, αν τα επεξεργάστηκε η Ευρωπαϊκή Επιτροπή ή άλλο όργανο ή οργανισμός της Ένωσης, στον Ευρωπαίο Επόπτη Προστασίας Δεδομένων.
request-unavailable = Δεν ήταν δυνατή η παραλαβή του αιτήματός σας και δεν αποθηκεύτηκε τίποτα. Προσπαθήστε ξανά αργότερα.
request-too-many = Στάλθηκαν πάρα πολλά αιτήματα από τη σύνδεσή σας. Περιμένετε λίγα λεπτά και προσπαθήστε ξανά.

request-status-title = Η κατάσταση του αιτήματός σας
request-status-code = Κωδικός παρακολούθησης
request-status-check = Έλεγχος της κατάστασης
request-status-not-found = Κανένα αίτημα δεν αντιστοιχεί σε αυτόν τον κωδικό παρακολούθησης. Ελέγξτε τον κωδικό και προσπαθήστε ξανά.
request-status-received = Παραλήφθηκε
request-status-acknowledged = Η αρχή επιβεβαίωσε την παραλαβή
request-status-answered = Απαντήθηκε
request-status-closed = Έκλεισε
request-status-rejected = Απορρίφθηκε
request-status-line = Κατάσταση: { $status }.

# Hints shown under the form's fields.
request-hint-email = Η αρχή θα τη χρησιμοποιήσει μόνο για να σας απαντήσει.
request-hint-states = Επιλέξτε κάθε χώρα της οποίας η αρχή αντάλλαξε πληροφορίες για εσάς μέσω του IMI. Αν δεν γνωρίζετε, επιλέξτε «Δεν γνωρίζω».
request-hint-imi_reference = Αν σε επιστολή κάποιας αρχής αναφέρεται αριθμός αναφοράς στο IMI, αντιγράψτε τον εδώ.
request-hint-period = Για παράδειγμα 2024-03-31.
request-hint-description = Αναφέρετε ποια δεδομένα ή ποια ανταλλαγή αφορά το αίτημά σας και, σε περίπτωση διόρθωσης, τι είναι λανθασμένο και τι είναι σωστό.
request-status-hint = Ο κωδικός παρακολούθησης που λάβατε όταν υποβάλατε το αίτημά σας, για παράδειγμα K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Βέλγιο
request-state-BG = Βουλγαρία
request-state-CZ = Τσεχία
request-state-DK = Δανία
request-state-DE = Γερμανία
request-state-EE = Εσθονία
request-state-IE = Ιρλανδία
request-state-EL = Ελλάδα
request-state-ES = Ισπανία
request-state-FR = Γαλλία
request-state-HR = Κροατία
request-state-IT = Ιταλία
request-state-CY = Κύπρος
request-state-LV = Λετονία
request-state-LT = Λιθουανία
request-state-LU = Λουξεμβούργο
request-state-HU = Ουγγαρία
request-state-MT = Μάλτα
request-state-NL = Κάτω Χώρες
request-state-AT = Αυστρία
request-state-PL = Πολωνία
request-state-PT = Πορτογαλία
request-state-RO = Ρουμανία
request-state-SI = Σλοβενία
request-state-SK = Σλοβακία
request-state-FI = Φινλανδία
request-state-SE = Σουηδία
request-state-IS = Ισλανδία
request-state-LI = Λιχτενστάιν
request-state-NO = Νορβηγία
request-states-eu = Κράτη μέλη της ΕΕ
request-states-eea = Κράτη του ΕΟΧ

# Plain-words explanation under each kind of request.
request-kind-access-hint = Ρωτήστε αν το IMI περιέχει δεδομένα προσωπικού χαρακτήρα που σας αφορούν και, αν ναι, λάβετε αντίγραφό τους.
request-kind-correction-hint = Ζητήστε να διορθωθούν δεδομένα που σας αφορούν και είναι ανακριβή ή ελλιπή.
request-kind-deletion-hint = Ζητήστε να διαγραφούν δεδομένα που σας αφορούν και υποβλήθηκαν παράνομα σε επεξεργασία.
request-kind-contest-blocked-hint = Αμφισβητήστε την ακρίβεια ή τη νομιμότητα δεδομένων που σας αφορούν και έχουν κλειδωθεί στο IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Τι θέλετε
request-step-about-you = Σχετικά με εσάς
request-step-exchange = Σχετικά με την ανταλλαγή πληροφοριών
request-step-details = Το αίτημά σας
request-step-check = Ελέγξτε τις απαντήσεις σας πριν υποβάλετε το αίτημά σας
request-step-progress = Βήμα { $step } από { $total }
request-continue = Συνέχεια
request-back = Πίσω
request-change = Αλλαγή
request-not-given = Δεν συμπληρώθηκε
request-declaration-given = Επιβεβαιώθηκε
request-sending = Το αίτημά σας υποβάλλεται…
request-error-prefix = Σφάλμα: { $title }
request-follow-up-link = Παρακολούθηση του αιτήματός σας
request-complain-link = Εποπτικές αρχές και πώς να υποβάλετε καταγγελία
