# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portail de transparence de l'IMI
site-subtitle = Système d'information du marché intérieur
skip-link = Aller au contenu principal
nav-label = Menu principal
language-label = Langue
language-list-label = Choisir une langue
breadcrumb-label = Vous êtes ici
home = Accueil
toc-label = Sur cette page

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Cette page n'est pas encore disponible en français. Elle est affichée en anglais.
fallback-versions = Cette page est disponible en :

# Shown on a page whose text was machine-translated.
machine-translation-notice = Ce texte a été traduit automatiquement et n'a pas été vérifié par un traducteur. En cas de doute, la version anglaise fait foi.
machine-translation-original = Lire la version anglaise

section-pages =
    { $count ->
        [one] Cette rubrique contient { $count } page.
       *[other] Cette rubrique contient { $count } pages.
    }

footer-purpose = Ce portail publie les informations relatives au système d'information du marché intérieur (IMI) que la Commission européenne est tenue de rendre facilement accessibles en vertu de l'article 18, paragraphe 2, du règlement (UE) nº 1024/2012.
footer-privacy = Ce site ne dépose aucun cookie, n'enregistre rien dans votre navigateur et ne charge rien depuis d'autres sites.
footer-feed = Mises à jour (flux Atom)
feed-title = Portail de transparence de l'IMI : mises à jour
feed-author = Commission européenne

choose-language = Choisissez votre langue

not-found-title = Page introuvable
not-found-text = Il n'existe aucune page à cette adresse. Si vous l'avez saisie vous-même, vérifiez qu'elle ne contient pas d'erreur ; si vous avez suivi un lien, la page a peut-être été déplacée.
not-found-home = Aller à la page d'accueil

acts-caption = Actes juridiques relatifs à l'IMI
act-column-act = Acte
act-column-date = Adoption
act-column-oj = Journal officiel
act-column-status = Statut
act-status-in-force = En vigueur
act-status-repealed = Abrogé
act-status-pending = Proposition
act-unverified = À vérifier dans le Journal officiel de l'Union européenne

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Ce texte consolidé constitue uniquement un outil de documentation et n'a aucun effet juridique. Les versions faisant foi des actes sont celles publiées au Journal officiel de l'Union européenne.
annex-current-version = Version en vigueur, applicable à partir du { $date }.
annex-version-title = L'annexe applicable à partir du { $date }
annex-version-description = L'annexe du règlement (UE) nº 1024/2012 telle qu'applicable à partir du { $date }, avec les modifications intervenues à cette date.
annex-timeline-title = Historique de l'annexe
annex-timeline-description = Toutes les versions de l'annexe du règlement (UE) nº 1024/2012 depuis le { $date } et les modifications apportées dans chacune.
annex-amended-by = Modifié par
annex-column-act = Acte
annex-column-oj-number = Journal officiel nº
annex-column-page = Page
annex-column-date = Date
annex-original = Texte original
annex-original-version = Voici l'annexe telle que publiée à l'origine.
annex-changes-title = Modifications par rapport à la version précédente
annex-previous = Version précédente : { $date }
annex-next = Version suivante : { $date }
annex-versions-nav = Versions de l'annexe
annex-view-current = Lire la version en vigueur
annex-view-timeline = Toutes les versions et leurs modifications
annex-op-insert = Point { $point } inséré par { $act }
annex-op-replace = Point { $point } remplacé par { $act }
annex-op-replace-provisions = Dispositions citées au point { $point } remplacées par { $act }
annex-op-delete = Point { $point } supprimé par { $act }
annex-change-inserted = Point { $point } inséré
annex-change-deleted = Point { $point } supprimé
annex-change-changed = Point { $point } modifié
annex-inserted-text = texte inséré :
annex-deleted-text = texte supprimé :
annex-unverified = Le libellé de ce point est à vérifier dans le Journal officiel de l'Union européenne.
annex-point-fallback = Ce point n'est pas disponible en français.
annex-marker = Modifié en dernier lieu par { $m }
annex-feed-title = Annexe du règlement IMI : modifications
annex-feed-link = Modifications de l'annexe (flux Atom)
annex-data-link = Toutes les versions en données ouvertes (JSON)
annex-upcoming-version = Applicable à partir du { $date }, pas encore en vigueur.
annex-upcoming-notice = Une nouvelle version de l'annexe a été publiée. Elle est applicable à partir du { $date } ; jusqu'à cette date, la version en vigueur est celle qui figure ci-dessous.
annex-view-upcoming = Lire la version applicable à partir du { $date }
annex-superseded = Cette version n'est plus applicable : la version suivante est applicable à partir du { $date }.
annex-point-deleted = Supprimé.
annex-note = Remarque :
annex-status-upcoming = Pas encore en vigueur

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = Pays
states-column-authority = Autorité de contrôle nationale
states-column-website = Site web
states-authority-unverified = À vérifier
states-authorities-caption = Autorités de contrôle nationales
exceptions-caption = Exceptions et limitations notifiées en vertu de l'article 20
exceptions-column-published = Exceptions et limitations
exceptions-none = Aucune publiée
exceptions-national-report = Rapport d’une autorité nationale sur les informations communiquées

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Comment circulent les informations
procedure-pattern-one-to-one = Entre deux autorités
procedure-pattern-one-to-many = D'une autorité à plusieurs
procedure-pattern-repository = Conservées pour consultation par d'autres autorités
procedure-examples = Exemples
procedure-data = Données à caractère personnel traitées
procedure-access = Qui peut les consulter
procedure-retention = Durée de conservation
procedure-acts = Actes juridiques
procedure-source = Sources

# Views of the acts table: filters by type, status and year.
acts-view-title = Actes relatifs à l'IMI : { $filter }
acts-filter-label = Filtrer les actes
acts-filter-all = Tous les actes
acts-filter-type = Par type
acts-filter-status = Par statut
acts-filter-year = Par année d'adoption
acts-kind-regulation = Règlements
acts-kind-directive = Directives
acts-kind-decision = Décisions
acts-kind-implementing-regulation = Règlements d'exécution
acts-kind-implementing-decision = Décisions d'exécution
acts-kind-recommendation = Recommandations
acts-kind-proposal = Propositions
acts-count =
    { $count ->
        [one] { $count } acte, du plus récent au plus ancien.
       *[other] { $count } actes, du plus récent au plus ancien.
    }

# What's new: the kind of each entry.
news-kind-act = Acte juridique
news-kind-annex = Annexe consolidée

# Shown on every page with the date of its last substantive change.
updated-label = Dernière mise à jour

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Rechercher sur ce portail
search-button = Rechercher
search-searching = Recherche en cours…
search-count = Résultats pour « { $terms } » : { $count }
search-none = Aucune page ne correspond à « { $terms } ». Essayez d'autres mots ou utilisez l'index de A à Z ci-dessous.
search-unavailable = La recherche n'est pas disponible pour le moment. Utilisez l'index de A à Z ci-dessous.
search-more = Afficher plus de résultats
search-az-title = Toutes les pages de A à Z
search-az-letters = Lettres

# The page of facts still to be verified.
unverified-title = Faits restant à vérifier
unverified-description = Tous les faits figurant sur ce portail qui ne sont pas encore confirmés par une source publique, et ce qu'il reste à vérifier.
unverified-intro = Ce portail n'indique un fait comme vérifié qu'une fois celui-ci lu dans une source publique, qu'il cite. Les faits ci-dessous ne sont pas encore confirmés de cette manière ; pour chacun, il est précisé ce qu'il reste à vérifier. La liste est générée à partir des données du portail et se réduit donc à mesure que les faits sont vérifiés.
unverified-count = Faits restant à vérifier : { $count }
unverified-area-annex = Annexe consolidée
unverified-area-acts = Actes relatifs à l'IMI
unverified-area-states = États membres et autorités de contrôle
unverified-area-procedures = Procédures
unverified-column-fact = Fait
unverified-column-check = Ce qu'il reste à vérifier
unverified-none = Tous les faits de cette partie sont vérifiés.
unverified-link = Faits restant à vérifier

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Demandes reçues par ce portail
stats-description = Nombre de demandes d'accès, de rectification et d'effacement reçues par ce portail, par mois, pays, type et issue.
stats-intro = Ces chiffres proviennent du service qui reçoit les demandes envoyées au moyen du formulaire de ce portail. Ils ne contiennent aucune donnée à caractère personnel : rien de plus précis que le mois, et aucun chiffre inférieur à { $threshold }.
stats-in-time-note = « Réponse dans les délais » signifie que la réponse a été donnée au plus tard à la date indicative communiquée au demandeur : 30 jours après la réception pour la rectification et l'effacement, un mois pour l'accès et la contestation de données verrouillées.
stats-generated = Chiffres arrêtés au { $date }.
stats-suppressed = Les chiffres inférieurs à { $threshold } ne sont pas affichés, afin que personne ne puisse être identifié ; les totaux n'additionnent que ce qui est affiché.
stats-none = Aucun chiffre n'est encore assez élevé pour être affiché.
stats-chart-title = Demandes par mois, selon l'issue
stats-chart-desc = Une barre par mois, répartie selon l'issue. Les mêmes chiffres figurent dans le tableau ci-dessous.
stats-by-month = Par mois
stats-by-state = Par pays
stats-by-kind = Par type de demande
stats-column-month = Mois
stats-column-state = Pays
stats-column-kind = Type de demande
stats-column-total = Total
stats-outcome-answered-in-time = Réponse dans les délais
stats-outcome-answered-late = Réponse tardive
stats-outcome-rejected = Rejetée
stats-outcome-open = En cours
stats-data-link = Ces statistiques en données ouvertes (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Journal d'audit du service de réception des demandes
audit-description = Points de contrôle signés du journal d'audit du service de réception des demandes, et comment vérifier que le journal n'a pas été réécrit depuis.
audit-intro = Le service qui reçoit les demandes envoyées au moyen du formulaire de ce portail consigne chaque demande qu'il reçoit et chaque action de ses opérateurs dans un journal d'audit, dans lequel l'empreinte de chaque entrée couvre également l'entrée précédente. De temps à autre, la dernière entrée du journal est signée avec une clé conservée hors ligne, puis publiée ici. Toute personne qui examine ultérieurement le journal, par exemple une autorité de contrôle, peut ainsi démontrer qu'il contient toujours ces entrées, sans modification.
audit-public-key = Clé publique des signatures
audit-checkpoints = Points de contrôle, du plus récent au plus ancien
audit-column-time = Date
audit-column-seq = Entrée
audit-column-hash = Empreinte de l'entrée (SHA-256)
audit-column-signature = Signature (Ed25519)
audit-how-title = Comment vérifier
audit-how-signature = Vérifiez que chaque signature est valide pour la clé publique ci-dessus :
audit-how-log = Sur le journal du service, vérifiez qu'il contient toujours l'entrée d'un point de contrôle avec la même empreinte :
audit-data-link = Ces points de contrôle en données ouvertes (JSON)
