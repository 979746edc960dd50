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
date-label = Fecha

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
