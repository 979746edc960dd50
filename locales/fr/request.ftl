# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Objet de votre demande
request-field-name = Vos nom et prénom
request-field-email = Votre adresse électronique
request-field-postal_address = Votre adresse postale (facultatif)
request-field-states = Le ou les pays dont l'autorité a traité votre dossier
request-field-authority = L'autorité, si vous la connaissez (facultatif)
request-field-imi_reference = La référence IMI, si vous la connaissez (facultatif)
request-field-period_from = Période concernée : du (facultatif)
request-field-period_to = Période concernée : au (facultatif)
request-field-description = Votre demande
request-field-reply_language = Langue de la réponse
request-field-declaration = Déclaration

request-kind-access = Accès à mes données dans l'IMI
request-kind-correction = Rectification de données inexactes ou incomplètes
request-kind-deletion = Effacement de données traitées illicitement
request-kind-contest-blocked = Contestation de l'exactitude ou de la licéité de données verrouillées
request-state-unknown = Je ne sais pas
request-declaration-text = Je déclare que les informations que je fournis sont exactes et que la demande porte sur mes propres données à caractère personnel.

request-error-required = Cette information est obligatoire.
request-error-too-long = Ce texte est trop long.
request-error-invalid-characters = Ce texte contient des caractères qui ne peuvent pas être acceptés.
request-error-invalid-kind = Choisissez l'un des types de demande.
request-error-invalid-email = Saisissez une adresse électronique au format name@example.eu.
request-error-invalid-state = Choisissez les pays dans la liste.
request-error-duplicate-state = Choisissez chaque pays une seule fois.
request-error-unknown-with-states = Choisissez soit « Je ne sais pas », soit un ou plusieurs pays, mais pas les deux.
request-error-invalid-language = Choisissez l'une des 24 langues officielles.
request-error-invalid-date = Saisissez une date valide, par exemple 2024-03-31.
request-error-future-date = La date ne peut pas se situer dans le futur.
request-error-period-order = La fin de la période ne peut pas précéder son début.
request-error-declaration-required = Confirmez la déclaration pour envoyer votre demande.

request-error-title = Erreur : votre demande n'a pas été envoyée
request-error-summary = Il y a un problème
request-send = Envoyer la demande
request-sent-title = Votre demande a été reçue
request-reference = Votre référence
request-follow-up-code = Votre code de suivi
request-keep-code = Conservez ce code dès maintenant : il ne s'affiche qu'une seule fois et personne ne pourra vous le renvoyer. Vous en aurez besoin pour suivre votre demande.
request-received = Reçue le { $date }.
request-due = Date indicative de la réponse : { $date }.
request-due-basis-correction = Rectification et effacement : au plus tard 30 jours après la réception de la demande par l'acteur de l'IMI responsable (article 19, paragraphe 1, du règlement (UE) nº 1024/2012).
request-due-basis-access = Accès et contestation de données verrouillées : selon le droit national. Le règlement général sur la protection des données prévoit un délai d'un mois à compter de la réception de la demande, qui peut, au besoin, être prolongé de deux mois (article 12, paragraphe 3, du règlement (UE) 2016/679).
request-due-note = Le délai court à compter de la réception par l'acteur de l'IMI responsable, qui peut être postérieure au jour où ce portail a reçu la demande, et le droit national peut prévoir d'autres règles : la date ci-dessus n'est donc qu'indicative.
request-next = L'autorité responsable répondra à l'adresse électronique que vous avez indiquée. Si la réponse ne vous satisfait pas, vous pouvez introduire une réclamation auprès de l'autorité de contrôle du pays dont l'autorité a traité vos données ou, si ce sont la Commission européenne ou un autre organe de l'Union qui les ont traitées, auprès du Contrôleur européen de la protection des données.
request-unavailable = Votre demande n'a pas pu être reçue et aucune donnée n'a été enregistrée. Veuillez réessayer plus tard.
request-too-many = Trop de requêtes ont été envoyées depuis votre connexion. Veuillez patienter quelques minutes, puis réessayer.

request-status-title = État de votre demande
request-status-code = Code de suivi
request-status-check = Vérifier l'état
request-status-not-found = Aucune demande ne correspond à ce code de suivi. Vérifiez le code et réessayez.
request-status-received = Reçue
request-status-acknowledged = Réception confirmée par l'autorité
request-status-answered = Réponse donnée
request-status-closed = Clôturée
request-status-rejected = Rejetée
request-status-line = État : { $status }.

# Hints shown under the form's fields.
request-hint-email = L'autorité ne l'utilisera que pour vous répondre.
request-hint-states = Choisissez chaque pays dont l'autorité a échangé des informations vous concernant par l'intermédiaire de l'IMI. Si vous ne le savez pas, choisissez « Je ne sais pas ».
request-hint-imi_reference = Si un courrier d'une autorité mentionne une référence IMI, copiez-la ici.
request-hint-period = Par exemple 2024-03-31.
request-hint-description = Indiquez les données ou l'échange sur lesquels porte votre demande et, pour une rectification, ce qui est inexact et ce qui est exact.
request-status-hint = Le code de suivi qui vous a été remis lors de l'envoi de votre demande, par exemple K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Belgique
request-state-BG = Bulgarie
request-state-CZ = Tchéquie
request-state-DK = Danemark
request-state-DE = Allemagne
request-state-EE = Estonie
request-state-IE = Irlande
request-state-EL = Grèce
request-state-ES = Espagne
request-state-FR = France
request-state-HR = Croatie
request-state-IT = Italie
request-state-CY = Chypre
request-state-LV = Lettonie
request-state-LT = Lituanie
request-state-LU = Luxembourg
request-state-HU = Hongrie
request-state-MT = Malte
request-state-NL = Pays-Bas
request-state-AT = Autriche
request-state-PL = Pologne
request-state-PT = Portugal
request-state-RO = Roumanie
request-state-SI = Slovénie
request-state-SK = Slovaquie
request-state-FI = Finlande
request-state-SE = Suède
request-state-IS = Islande
request-state-LI = Liechtenstein
request-state-NO = Norvège
request-states-eu = États membres de l'UE
request-states-eea = États de l'EEE

# Plain-words explanation under each kind of request.
request-kind-access-hint = Demandez si l'IMI contient des données à caractère personnel vous concernant et, si c'est le cas, obtenez-en une copie.
request-kind-correction-hint = Demandez la rectification des données vous concernant qui sont inexactes ou incomplètes.
request-kind-deletion-hint = Demandez l'effacement des données vous concernant qui ont été traitées illicitement.
request-kind-contest-blocked-hint = Contestez l'exactitude ou la licéité de données vous concernant qui ont été verrouillées dans l'IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Ce que vous souhaitez
request-step-about-you = Informations vous concernant
request-step-exchange = L'échange d'informations
request-step-details = Votre demande
request-step-check = Vérifiez vos réponses avant d'envoyer votre demande
request-step-progress = Étape { $step } sur { $total }
request-continue = Continuer
request-back = Retour
request-change = Modifier
request-not-given = Non renseigné
request-declaration-given = Confirmée
request-sending = Envoi de votre demande en cours…
request-error-prefix = Erreur : { $title }
request-follow-up-link = Suivre votre demande
request-complain-link = Autorités de contrôle et comment introduire une réclamation
