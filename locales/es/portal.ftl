# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portal de transparencia del IMI
site-subtitle = Sistema de Información del Mercado Interior
skip-link = Pasar al contenido principal
nav-label = Menú principal
language-label = Idioma
language-list-label = Elegir un idioma
breadcrumb-label = Usted está aquí
home = Inicio
toc-label = En esta página

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Esta página aún no está disponible en español. Se muestra en inglés.
fallback-versions = Esta página está disponible en:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Este texto ha sido traducido automáticamente y no ha sido revisado por un traductor. En caso de duda, prevalece la versión inglesa.
machine-translation-original = Leer la versión inglesa

section-pages =
    { $count ->
        [one] Esta sección contiene { $count } página.
       *[other] Esta sección contiene { $count } páginas.
    }

footer-purpose = Este portal publica la información sobre el Sistema de Información del Mercado Interior (IMI) que, con arreglo al artículo 18, apartado 2, del Reglamento (UE) n.º 1024/2012, la Comisión Europea debe hacer fácilmente accesible.
footer-privacy = Este sitio no instala cookies, no guarda nada en su navegador y no carga nada desde otros sitios.
footer-feed = Actualizaciones (canal Atom)
feed-title = Portal de transparencia del IMI: actualizaciones
feed-author = Comisión Europea

choose-language = Elija su idioma

not-found-title = Página no encontrada
not-found-text = No existe ninguna página en esta dirección. Si ha escrito usted la dirección, compruebe que no contiene errores; si ha seguido un enlace, es posible que la página se haya trasladado.
not-found-home = Ir a la página de inicio

acts-caption = Actos jurídicos relativos al IMI
act-column-act = Acto
act-column-date = Adopción
act-column-oj = Diario Oficial
act-column-status = Estado
act-status-in-force = En vigor
act-status-repealed = Derogado
act-status-pending = Propuesta
act-unverified = Pendiente de verificación en el Diario Oficial

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Este texto consolidado es exclusivamente un instrumento de documentación y no surte efecto jurídico. Las versiones auténticas de los actos son las publicadas en el Diario Oficial de la Unión Europea.
annex-current-version = Versión vigente, aplicable desde el { $date }.
annex-version-title = El anexo aplicable desde el { $date }
annex-version-description = El anexo del Reglamento (UE) n.º 1024/2012 tal como se aplicaba desde el { $date }, con las modificaciones introducidas en esa fecha.
annex-timeline-title = Historial del anexo
annex-timeline-description = Todas las versiones del anexo del Reglamento (UE) n.º 1024/2012 desde el { $date } y los cambios introducidos en cada una.
annex-amended-by = Modificado por
annex-column-act = Acto
annex-column-oj-number = Diario Oficial n.º
annex-column-page = Página
annex-column-date = Fecha
annex-original = Texto original
annex-original-version = Este es el anexo tal como se publicó originalmente.
annex-changes-title = Cambios respecto de la versión anterior
annex-previous = Versión anterior: { $date }
annex-next = Versión siguiente: { $date }
annex-versions-nav = Versiones del anexo
annex-view-current = Leer la versión vigente
annex-view-timeline = Todas las versiones y sus cambios
annex-op-insert = Punto { $point } insertado por { $act }
annex-op-replace = Punto { $point } sustituido por { $act }
annex-op-replace-provisions = Disposiciones citadas en el punto { $point } sustituidas por { $act }
annex-op-delete = Punto { $point } suprimido por { $act }
annex-change-inserted = Punto { $point } insertado
annex-change-deleted = Punto { $point } suprimido
annex-change-changed = Punto { $point } modificado
annex-inserted-text = texto insertado:
annex-deleted-text = texto suprimido:
annex-unverified = La redacción de este punto está pendiente de verificación en el Diario Oficial.
annex-point-fallback = Este punto no está disponible en español.
annex-marker = Modificado por última vez por { $m }
annex-feed-title = Anexo del Reglamento IMI: cambios
annex-feed-link = Cambios en el anexo (canal Atom)
annex-data-link = Todas las versiones como datos abiertos (JSON)
annex-upcoming-version = Aplicable a partir del { $date }; aún no está en vigor.
annex-upcoming-notice = Se ha publicado una nueva versión del anexo. Será aplicable a partir del { $date }; hasta entonces, la versión vigente es la que figura a continuación.
annex-view-upcoming = Leer la versión aplicable a partir del { $date }
annex-superseded = Esta versión ya no es aplicable: la versión siguiente es aplicable a partir del { $date }.
annex-point-deleted = Suprimido.
annex-note = Nota:
annex-status-upcoming = Aún no en vigor

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = País
states-column-authority = Autoridad nacional de control
states-column-website = Sitio web
states-authority-unverified = Pendiente de verificación
states-authorities-caption = Autoridades nacionales de control
exceptions-caption = Excepciones y limitaciones notificadas con arreglo al artículo 20
exceptions-column-published = Excepciones y limitaciones
exceptions-none = Ninguna publicada
exceptions-national-report = Informe de una autoridad nacional sobre lo comunicado

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Cómo circula la información
procedure-pattern-one-to-one = Entre dos autoridades
procedure-pattern-one-to-many = De una autoridad a muchas
procedure-pattern-repository = Conservada para que la consulten otras autoridades
procedure-examples = Ejemplos
procedure-data = Datos personales tratados
procedure-access = Quién puede verlos
procedure-retention = Cuánto tiempo se conservan
procedure-acts = Actos jurídicos
procedure-source = Fuentes

# Views of the acts table: filters by type, status and year.
acts-view-title = Actos relativos al IMI: { $filter }
acts-filter-label = Filtrar los actos
acts-filter-all = Todos los actos
acts-filter-type = Por tipo
acts-filter-status = Por estado
acts-filter-year = Por año de adopción
acts-kind-regulation = Reglamentos
acts-kind-directive = Directivas
acts-kind-decision = Decisiones
acts-kind-implementing-regulation = Reglamentos de ejecución
acts-kind-implementing-decision = Decisiones de ejecución
acts-kind-recommendation = Recomendaciones
acts-kind-proposal = Propuestas
acts-count =
    { $count ->
        [one] { $count } acto, del más reciente al más antiguo.
       *[other] { $count } actos, del más reciente al más antiguo.
    }

# What's new: the kind of each entry.
news-kind-act = Acto jurídico
news-kind-annex = Anexo consolidado

# Shown on every page with the date of its last substantive change.
updated-label = Última actualización

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Buscar en este portal
search-button = Buscar
search-searching = Buscando…
search-count = Resultados para «{ $terms }»: { $count }
search-none = Ninguna página coincide con «{ $terms }». Pruebe con otras palabras o utilice el índice de la A a la Z que figura más abajo.
search-unavailable = La búsqueda no está disponible en este momento. Utilice el índice de la A a la Z que figura más abajo.
search-more = Mostrar más resultados
search-az-title = Todas las páginas de la A a la Z
search-az-letters = Letras

# The page of facts still to be verified.
unverified-title = Hechos pendientes de verificación
unverified-description = Todos los hechos que figuran en este portal y que aún no se han confirmado en una fuente pública, y lo que queda por comprobar.
unverified-intro = Este portal solo marca un hecho como verificado una vez que se ha leído en una fuente pública, que el portal cita. Los hechos que figuran a continuación aún no se han confirmado de ese modo; en cada uno se indica lo que queda por comprobar. La lista se genera a partir de los datos del portal, por lo que se va reduciendo a medida que se verifican los hechos.
unverified-count = Hechos pendientes de verificación: { $count }
unverified-area-annex = Anexo consolidado
unverified-area-acts = Actos relativos al IMI
unverified-area-states = Estados miembros y autoridades de control
unverified-area-procedures = Procedimientos
unverified-column-fact = Hecho
unverified-column-check = Lo que queda por comprobar
unverified-none = Todos los hechos de esta parte están verificados.
unverified-link = Hechos pendientes de verificación

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Solicitudes recibidas a través de este portal
stats-description = Cuántas solicitudes de acceso, rectificación y supresión ha recibido este portal, por mes, país, tipo y resultado.
stats-intro = Estas cifras proceden del servicio que recibe las solicitudes enviadas con el formulario de este portal. No contienen datos personales: nada más detallado que el mes y ninguna cifra inferior a { $threshold }.
stats-in-time-note = «Respondida en plazo» significa respondida a más tardar en la fecha indicativa comunicada al solicitante: 30 días después de la recepción para la rectificación y la supresión, un mes para el acceso y la impugnación de datos bloqueados.
stats-generated = Recuento efectuado el { $date }.
stats-suppressed = Las cifras inferiores a { $threshold } no se muestran, para que nadie pueda ser identificado; los totales solo suman lo que se muestra.
stats-none = Todavía ninguna cifra es lo bastante alta para mostrarse.
stats-chart-title = Solicitudes por mes, según el resultado
stats-chart-desc = Una barra por mes, dividida según el resultado. Las mismas cifras figuran en la tabla que aparece más abajo.
stats-by-month = Por mes
stats-by-state = Por país
stats-by-kind = Por tipo de solicitud
stats-column-month = Mes
stats-column-state = País
stats-column-kind = Tipo de solicitud
stats-column-total = Total
stats-outcome-answered-in-time = Respondida en plazo
stats-outcome-answered-late = Respondida fuera de plazo
stats-outcome-rejected = Rechazada
stats-outcome-open = Pendiente
stats-data-link = Estas estadísticas como datos abiertos (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Registro de auditoría del servicio de recepción de solicitudes
audit-description = Puntos de control firmados del registro de auditoría del servicio de recepción de solicitudes, y cómo comprobar que el registro no se ha reescrito desde entonces.
audit-intro = El servicio que recibe las solicitudes enviadas con el formulario de este portal anota cada solicitud que recibe y cada actuación de sus operadores en un registro de auditoría, en el que la huella criptográfica de cada entrada abarca también la entrada anterior. De vez en cuando, la última entrada del registro se firma con una clave que se conserva fuera de línea y se publica aquí. Así, cualquier persona que examine posteriormente el registro, por ejemplo una autoridad de control, puede demostrar que este sigue conteniendo dichas entradas sin modificaciones.
audit-public-key = Clave pública de las firmas
audit-checkpoints = Puntos de control, del más reciente al más antiguo
audit-column-time = Fecha
audit-column-seq = Entrada
audit-column-hash = Huella criptográfica de la entrada (SHA-256)
audit-column-signature = Firma (Ed25519)
audit-how-title = Cómo comprobarlo
audit-how-signature = Compruebe que cada firma es válida para la clave pública indicada arriba:
audit-how-log = En el registro del servicio, compruebe que sigue conteniendo la entrada de un punto de control con la misma huella criptográfica:
audit-data-link = Estos puntos de control como datos abiertos (JSON)
