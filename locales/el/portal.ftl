# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Πύλη διαφάνειας του IMI
site-subtitle = Σύστημα Πληροφόρησης για την Εσωτερική Αγορά
skip-link = Μετάβαση στο κύριο περιεχόμενο
nav-label = Κύριο μενού
language-label = Γλώσσα
language-list-label = Επιλογή γλώσσας
breadcrumb-label = Βρίσκεστε εδώ
home = Αρχική σελίδα
toc-label = Σε αυτή τη σελίδα

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Η σελίδα αυτή δεν είναι ακόμη διαθέσιμη στα ελληνικά. Εμφανίζεται στα αγγλικά.
fallback-versions = Η σελίδα αυτή είναι διαθέσιμη στις εξής γλώσσες:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Το κείμενο αυτό μεταφράστηκε αυτόματα και δεν έχει ελεγχθεί από μεταφραστή. Σε περίπτωση ασάφειας, υπερισχύει το αγγλικό κείμενο.
machine-translation-original = Διαβάστε το αγγλικό κείμενο

section-pages =
    { $count ->
        [one] Η ενότητα αυτή περιέχει { $count } σελίδα.
       *[other] Η ενότητα αυτή περιέχει { $count } σελίδες.
    }

footer-purpose = Στην πύλη αυτή δημοσιεύονται οι πληροφορίες σχετικά με το Σύστημα Πληροφόρησης για την Εσωτερική Αγορά (IMI) τις οποίες η Ευρωπαϊκή Επιτροπή οφείλει να καθιστά εύκολα προσβάσιμες σύμφωνα με το άρθρο 18 παράγραφος 2 του κανονισμού (ΕΕ) αριθ. 1024/2012.
footer-privacy = Ο ιστότοπος αυτός δεν χρησιμοποιεί cookies, δεν αποθηκεύει τίποτα στο πρόγραμμα περιήγησής σας και δεν φορτώνει τίποτα από άλλους ιστότοπους.
footer-feed = Ενημερώσεις (ροή Atom)
feed-title = Πύλη διαφάνειας του IMI: ενημερώσεις
feed-author = Ευρωπαϊκή Επιτροπή

choose-language = Επιλέξτε τη γλώσσα σας

not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση. Αν την πληκτρολογήσατε, ελέγξτε μήπως περιέχει λάθη· αν ακολουθήσατε σύνδεσμο, η σελίδα μπορεί να έχει μετακινηθεί.
not-found-home = Μετάβαση στην αρχική σελίδα

acts-caption = Νομικές πράξεις σχετικά με το IMI
act-column-act = Πράξη
act-column-date = Έκδοση
act-column-oj = Επίσημη Εφημερίδα
act-column-status = Κατάσταση
act-status-in-force = Σε ισχύ
act-status-repealed = Καταργήθηκε
act-status-pending = Πρόταση
act-unverified = Προς επαλήθευση βάσει της Επίσημης Εφημερίδας της Ευρωπαϊκής Ένωσης

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Το παρόν ενοποιημένο κείμενο αποτελεί απλώς εργαλείο τεκμηρίωσης και δεν έχει νομική ισχύ. Αυθεντικά είναι τα κείμενα των πράξεων που έχουν δημοσιευθεί στην Επίσημη Εφημερίδα της Ευρωπαϊκής Ένωσης.
annex-current-version = Ισχύουσα έκδοση, εφαρμοστέα από τις { $date }.
annex-version-title = Το παράρτημα όπως εφαρμόζεται από τις { $date }
annex-version-description = Το παράρτημα του κανονισμού (ΕΕ) αριθ. 1024/2012 όπως εφαρμοζόταν από τις { $date }, με τις αλλαγές που επήλθαν την ημερομηνία αυτή.
annex-timeline-title = Ιστορικό του παραρτήματος
annex-timeline-description = Όλες οι εκδόσεις του παραρτήματος του κανονισμού (ΕΕ) αριθ. 1024/2012 από τις { $date } και οι αλλαγές που επήλθαν σε καθεμία.
annex-amended-by = Τροποποιείται από
annex-column-act = Πράξη
annex-column-oj-number = Επίσημη Εφημερίδα αριθ.
annex-column-page = Σελίδα
annex-column-date = Ημερομηνία
annex-original = Αρχικό κείμενο
annex-original-version = Αυτό είναι το παράρτημα όπως δημοσιεύθηκε αρχικά.
annex-changes-title = Αλλαγές σε σχέση με την προηγούμενη έκδοση
annex-previous = Προηγούμενη έκδοση: { $date }
annex-next = Επόμενη έκδοση: { $date }
annex-versions-nav = Εκδόσεις του παραρτήματος
annex-view-current = Διαβάστε την ισχύουσα έκδοση
annex-view-timeline = Όλες οι εκδόσεις και οι αλλαγές τους
annex-op-insert = Το σημείο { $point } προστέθηκε με την πράξη { $act }
annex-op-replace = Το σημείο { $point } αντικαταστάθηκε με την πράξη { $act }
annex-op-replace-provisions = Οι διατάξεις που αναφέρονται στο σημείο { $point } αντικαταστάθηκαν με την πράξη { $act }
annex-op-delete = Το σημείο { $point } διαγράφηκε με την πράξη { $act }
annex-change-inserted = Προστέθηκε το σημείο { $point }
annex-change-deleted = Διαγράφηκε το σημείο { $point }
annex-change-changed = Τροποποιήθηκε το σημείο { $point }
annex-inserted-text = κείμενο που προστέθηκε:
annex-deleted-text = κείμενο που διαγράφηκε:
annex-unverified = Η διατύπωση του σημείου αυτού πρέπει να επαληθευθεί βάσει της Επίσημης Εφημερίδας της Ευρωπαϊκής Ένωσης.
annex-point-fallback = Το σημείο αυτό δεν είναι διαθέσιμο στα ελληνικά.
annex-marker = Τελευταία τροποποίηση με την πράξη { $m }
annex-feed-title = Παράρτημα του κανονισμού IMI: αλλαγές
annex-feed-link = Αλλαγές στο παράρτημα (ροή Atom)
annex-data-link = Όλες οι εκδόσεις ως ανοικτά δεδομένα (JSON)
annex-upcoming-version = Εφαρμοστέα από τις { $date }, δεν είναι ακόμη σε ισχύ.
annex-upcoming-notice = Δημοσιεύθηκε νέα έκδοση του παραρτήματος. Θα εφαρμόζεται από τις { $date }· μέχρι τότε, σε ισχύ είναι η έκδοση που ακολουθεί.
annex-view-upcoming = Διαβάστε την έκδοση που εφαρμόζεται από τις { $date }
annex-superseded = Η έκδοση αυτή δεν εφαρμόζεται πλέον: η επόμενη έκδοση εφαρμόζεται από τις { $date }.
annex-point-deleted = Διαγράφηκε.
annex-note = Σημείωση:
annex-status-upcoming = Δεν είναι ακόμη σε ισχύ

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Χώρα
states-column-authority = Εθνική εποπτική αρχή
states-column-website = Ιστότοπος
states-authority-unverified = Προς επαλήθευση
states-authorities-caption = Εθνικές εποπτικές αρχές
exceptions-caption = Εξαιρέσεις και περιορισμοί που κοινοποιήθηκαν δυνάμει του άρθρου 20
exceptions-column-published = Εξαιρέσεις και περιορισμοί
exceptions-none = Δεν έχει δημοσιευθεί καμία
exceptions-national-report = Έκθεση εθνικής αρχής σχετικά με όσα κοινοποιήθηκαν

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Πώς διακινούνται οι πληροφορίες
procedure-pattern-one-to-one = Μεταξύ δύο αρχών
procedure-pattern-one-to-many = Από μία αρχή προς πολλές
procedure-pattern-repository = Φυλάσσονται για να τις συμβουλεύονται άλλες αρχές
procedure-examples = Παραδείγματα
procedure-data = Δεδομένα προσωπικού χαρακτήρα που υποβάλλονται σε επεξεργασία
procedure-access = Ποιος μπορεί να τα βλέπει
procedure-retention = Πόσο καιρό διατηρούνται
procedure-acts = Νομικές πράξεις
procedure-source = Πηγές

# Views of the acts table: filters by type, status and year.
acts-view-title = Πράξεις σχετικά με το IMI: { $filter }
acts-filter-label = Φιλτράρισμα των πράξεων
acts-filter-all = Όλες οι πράξεις
acts-filter-type = Ανά είδος
acts-filter-status = Ανά κατάσταση
acts-filter-year = Ανά έτος έκδοσης
acts-kind-regulation = Κανονισμοί
acts-kind-directive = Οδηγίες
acts-kind-decision = Αποφάσεις
acts-kind-implementing-regulation = Εκτελεστικοί κανονισμοί
acts-kind-implementing-decision = Εκτελεστικές αποφάσεις
acts-kind-recommendation = Συστάσεις
acts-kind-proposal = Προτάσεις
acts-count =
    { $count ->
        [one] { $count } πράξη, από την πιο πρόσφατη στην παλαιότερη.
       *[other] { $count } πράξεις, από την πιο πρόσφατη στην παλαιότερη.
    }

# What's new: the kind of each entry.
news-kind-act = Νομική πράξη
news-kind-annex = Ενοποιημένο παράρτημα

# Shown on every page with the date of its last substantive change.
updated-label = Τελευταία ενημέρωση

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Αναζήτηση στην πύλη αυτή
search-button = Αναζήτηση
search-searching = Αναζήτηση σε εξέλιξη…
search-count = Αποτελέσματα για «{ $terms }»: { $count }
search-none = Καμία σελίδα δεν αντιστοιχεί σε «{ $terms }». Δοκιμάστε άλλες λέξεις ή χρησιμοποιήστε το ευρετήριο από το Α έως το Ω παρακάτω.
search-unavailable = Η αναζήτηση δεν είναι διαθέσιμη αυτή τη στιγμή. Χρησιμοποιήστε το ευρετήριο από το Α έως το Ω παρακάτω.
search-more = Εμφάνιση περισσότερων αποτελεσμάτων
search-az-title = Όλες οι σελίδες από το Α έως το Ω
search-az-letters = Γράμματα

# The page of facts still to be verified.
unverified-title = Στοιχεία που μένει να επαληθευθούν
unverified-description = Όλα τα στοιχεία της πύλης που δεν έχουν ακόμη επιβεβαιωθεί σε δημόσια πηγή, και τι μένει να ελεγχθεί.
unverified-intro = Η πύλη αυτή χαρακτηρίζει ένα στοιχείο ως επαληθευμένο μόνο αφού αυτό διαβαστεί σε δημόσια πηγή, την οποία και παραθέτει. Τα παρακάτω στοιχεία δεν έχουν ακόμη επιβεβαιωθεί με αυτόν τον τρόπο· για καθένα αναφέρεται τι μένει να ελεγχθεί. Ο κατάλογος παράγεται από τα δεδομένα της πύλης, και έτσι συντομεύεται καθώς επαληθεύονται τα στοιχεία.
unverified-count = Στοιχεία που μένει να επαληθευθούν: { $count }
unverified-area-annex = Ενοποιημένο παράρτημα
unverified-area-acts = Πράξεις σχετικά με το IMI
unverified-area-states = Κράτη μέλη και εποπτικές αρχές
unverified-area-procedures = Διαδικασίες
unverified-column-fact = Στοιχείο
unverified-column-check = Τι μένει να ελεγχθεί
unverified-none = Όλα τα στοιχεία αυτού του μέρους έχουν επαληθευθεί.
unverified-link = Στοιχεία που μένει να επαληθευθούν

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Αιτήματα που παρελήφθησαν μέσω της πύλης αυτής
stats-description = Πόσα αιτήματα πρόσβασης, διόρθωσης και διαγραφής παρέλαβε η πύλη αυτή, ανά μήνα, χώρα, είδος και έκβαση.
stats-intro = Οι αριθμοί αυτοί προέρχονται από την υπηρεσία που παραλαμβάνει τα αιτήματα τα οποία αποστέλλονται με τη φόρμα της πύλης αυτής. Δεν περιέχουν δεδομένα προσωπικού χαρακτήρα: τίποτα πιο λεπτομερές από τον μήνα και κανέναν αριθμό κάτω από { $threshold }.
stats-in-time-note = «Απαντήθηκε εμπρόθεσμα» σημαίνει ότι δόθηκε απάντηση έως την ενδεικτική ημερομηνία που γνωστοποιήθηκε στον αιτούντα: 30 ημέρες μετά την παραλαβή για τη διόρθωση και τη διαγραφή, ένας μήνας για την πρόσβαση και την αμφισβήτηση κλειδωμένων δεδομένων.
stats-generated = Καταμέτρηση στις { $date }.
stats-suppressed = Οι αριθμοί κάτω από { $threshold } δεν εμφανίζονται, ώστε να μην μπορεί να ταυτοποιηθεί κανείς· τα σύνολα αθροίζουν μόνο ό,τι εμφανίζεται.
stats-none = Κανένας αριθμός δεν είναι ακόμη αρκετά μεγάλος για να εμφανιστεί.
stats-chart-title = Αιτήματα ανά μήνα, κατά έκβαση
stats-chart-desc = Μία ράβδος ανά μήνα, χωρισμένη κατά έκβαση. Οι ίδιοι αριθμοί υπάρχουν στον παρακάτω πίνακα.
stats-by-month = Ανά μήνα
stats-by-state = Ανά χώρα
stats-by-kind = Ανά είδος αιτήματος
stats-column-month = Μήνας
stats-column-state = Χώρα
stats-column-kind = Είδος αιτήματος
stats-column-total = Σύνολο
stats-outcome-answered-in-time = Απαντήθηκε εμπρόθεσμα
stats-outcome-answered-late = Απαντήθηκε εκπρόθεσμα
stats-outcome-rejected = Απορρίφθηκε
stats-outcome-open = Εκκρεμεί
stats-data-link = Τα στατιστικά αυτά ως ανοικτά δεδομένα (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Αρχείο καταγραφής ελέγχου της υπηρεσίας παραλαβής αιτημάτων
audit-description = Υπογεγραμμένα σημεία ελέγχου του αρχείου καταγραφής ελέγχου της υπηρεσίας παραλαβής αιτημάτων και πώς μπορεί να ελεγχθεί ότι το αρχείο δεν έχει επανεγγραφεί έκτοτε.
audit-intro = Η υπηρεσία που παραλαμβάνει τα αιτήματα τα οποία αποστέλλονται με τη φόρμα της πύλης αυτής καταγράφει κάθε αίτημα που παραλαμβάνει και κάθε ενέργεια των χειριστών της σε αρχείο καταγραφής ελέγχου, στο οποίο το κρυπτογραφικό αποτύπωμα κάθε εγγραφής καλύπτει και την προηγούμενη εγγραφή. Κατά διαστήματα, η πιο πρόσφατη εγγραφή του αρχείου υπογράφεται με κλειδί που φυλάσσεται εκτός σύνδεσης και δημοσιεύεται εδώ. Όποιος εξετάσει αργότερα το αρχείο, για παράδειγμα μια εποπτική αρχή, μπορεί έτσι να αποδείξει ότι αυτό εξακολουθεί να περιέχει τις εγγραφές αυτές αμετάβλητες.
audit-public-key = Δημόσιο κλειδί των υπογραφών
audit-checkpoints = Σημεία ελέγχου, με πρώτο το πιο πρόσφατο
audit-column-time = Ημερομηνία
audit-column-seq = Εγγραφή
audit-column-hash = Κρυπτογραφικό αποτύπωμα της εγγραφής (SHA-256)
audit-column-signature = Υπογραφή (Ed25519)
audit-how-title = Πώς να ελέγξετε
audit-how-signature = Ελέγξτε ότι κάθε υπογραφή είναι έγκυρη για το παραπάνω δημόσιο κλειδί:
audit-how-log = Στο αρχείο καταγραφής της υπηρεσίας, ελέγξτε ότι εξακολουθεί να περιέχει την εγγραφή ενός σημείου ελέγχου με το ίδιο κρυπτογραφικό αποτύπωμα:
audit-data-link = Τα σημεία ελέγχου αυτά ως ανοικτά δεδομένα (JSON)
