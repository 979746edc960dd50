# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = Qué solicita
request-field-name = Nombre y apellidos
request-field-email = Su dirección de correo electrónico
request-field-postal_address = Su dirección postal (opcional)
request-field-states = País o países cuya autoridad tramitó su caso
request-field-authority = La autoridad, si la conoce (opcional)
request-field-imi_reference = La referencia del IMI, si la conoce (opcional)
request-field-period_from = Período al que se refiere: desde (opcional)
request-field-period_to = Período al que se refiere: hasta (opcional)
request-field-description = Su solicitud
request-field-reply_language = Lengua de la respuesta
request-field-declaration = Declaración

request-kind-access = Acceso a mis datos en el IMI
request-kind-correction = Rectificación de datos inexactos o incompletos
request-kind-deletion = Supresión de datos tratados ilícitamente
request-kind-contest-blocked = Impugnación de la exactitud o la licitud de datos bloqueados
request-state-unknown = No lo sé
request-declaration-text = Declaro que la información que facilito es veraz y que la solicitud se refiere a mis propios datos personales.

request-error-required = Este dato es obligatorio.
request-error-too-long = El texto es demasiado largo.
request-error-invalid-characters = El texto contiene caracteres que no se pueden aceptar.
request-error-invalid-kind = Elija uno de los tipos de solicitud.
request-error-invalid-email = Introduzca una dirección de correo electrónico con el formato name@example.eu.
request-error-invalid-state = Elija los países de la lista.
request-error-duplicate-state = Elija cada país una sola vez.
request-error-unknown-with-states = Elija «No lo sé» o uno o varios países, pero no ambas cosas.
request-error-invalid-language = Elija una de las 24 lenguas oficiales.
request-error-invalid-date = Introduzca una fecha válida, por ejemplo, 2024-03-31.
request-error-future-date = La fecha no puede ser posterior a hoy.
request-error-period-order = El final del período no puede ser anterior a su inicio.
request-error-declaration-required = Confirme la declaración para enviar su solicitud.

request-error-title = Error: su solicitud no se ha enviado
request-error-summary = Hay un problema
request-send = Enviar la solicitud
request-sent-title = Se ha recibido su solicitud
request-reference = Su referencia
request-follow-up-code = Su código de seguimiento
request-keep-code = Guarde este código ahora: solo se muestra una vez y nadie podrá volver a enviárselo. Lo necesitará para hacer el seguimiento de su solicitud.
request-received = Recibida el { $date }.
request-due = Fecha indicativa de la respuesta: { $date }.
request-due-basis-correction = Rectificación y supresión: a más tardar 30 días después de que el agente del IMI responsable reciba la solicitud (artículo 19, apartado 1, del Reglamento (UE) n.º 1024/2012).
request-due-basis-access = Acceso e impugnación de datos bloqueados: con arreglo al Derecho nacional. El Reglamento General de Protección de Datos establece un mes a partir de la recepción de la solicitud, plazo que podrá prorrogarse otros dos meses en caso necesario (artículo 12, apartado 3, del Reglamento (UE) 2016/679).
request-due-note = El plazo se cuenta desde la recepción por el agente del IMI responsable, que puede ser posterior al día en que este portal recibió la solicitud, y el Derecho nacional puede establecer otras normas: la fecha indicada arriba es solo orientativa.
request-next = La autoridad responsable le responderá en la dirección de correo electrónico que indicó. Si la respuesta no le satisface, puede presentar una reclamación ante la autoridad de control del país cuya autoridad trató sus datos o, si los trató la Comisión Europea u otro órgano de la Unión, ante el Supervisor Europeo de Protección de Datos.
request-unavailable = No se ha podido recibir su solicitud y no se ha guardado nada. Vuelva a intentarlo más tarde.
request-too-many = Se han enviado demasiadas peticiones desde su conexión. Espere unos minutos y vuelva a intentarlo.

request-status-title = Estado de su solicitud
request-status-code = Código de seguimiento
request-status-check = Consultar el estado
request-status-not-found = Ninguna solicitud corresponde a este código de seguimiento. Compruebe el código y vuelva a intentarlo.
request-status-received = Recibida
request-status-acknowledged = Recepción confirmada por la autoridad
request-status-answered = Respondida
request-status-closed = Cerrada
request-status-rejected = Rechazada
request-status-line = Estado: { $status }.

# Hints shown under the form's fields.
request-hint-email = La autoridad solo la utilizará para responderle.
request-hint-states = Elija todos los países cuya autoridad haya intercambiado información sobre usted a través del IMI. Si no lo sabe, elija «No lo sé».
request-hint-imi_reference = Si una carta de una autoridad menciona una referencia del IMI, cópiela aquí.
request-hint-period = Por ejemplo, 2024-03-31.
request-hint-description = Indique a qué datos o a qué intercambio se refiere su solicitud y, en caso de rectificación, qué es inexacto y qué es correcto.
request-status-hint = El código de seguimiento que recibió al enviar su solicitud, por ejemplo, K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Bélgica
request-state-BG = Bulgaria
request-state-CZ = Chequia
request-state-DK = Dinamarca
request-state-DE = Alemania
request-state-EE = Estonia
request-state-IE = Irlanda
request-state-EL = Grecia
request-state-ES = España
request-state-FR = Francia
request-state-HR = Croacia
request-state-IT = Italia
request-state-CY = Chipre
request-state-LV = Letonia
request-state-LT = Lituania
request-state-LU = Luxemburgo
request-state-HU = Hungría
request-state-MT = Malta
request-state-NL = Países Bajos
request-state-AT = Austria
request-state-PL = Polonia
request-state-PT = Portugal
request-state-RO = Rumanía
request-state-SI = Eslovenia
request-state-SK = Eslovaquia
request-state-FI = Finlandia
request-state-SE = Suecia
request-state-IS = Islandia
request-state-LI = Liechtenstein
request-state-NO = Noruega
request-states-eu = Estados miembros de la UE
request-states-eea = Estados del EEE

# Plain-words explanation under each kind of request.
request-kind-access-hint = Pregunte si el IMI contiene datos personales sobre usted y, en caso afirmativo, obtenga una copia.
request-kind-correction-hint = Solicite que se rectifiquen los datos sobre usted que sean inexactos o incompletos.
request-kind-deletion-hint = Solicite que se supriman los datos sobre usted que se hayan tratado ilícitamente.
request-kind-contest-blocked-hint = Impugne la exactitud o la licitud de datos sobre usted que se hayan bloqueado en el IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = Qué desea
request-step-about-you = Sobre usted
request-step-exchange = Sobre el intercambio de información
request-step-details = Su solicitud
request-step-check = Compruebe sus respuestas antes de enviar su solicitud
request-step-progress = Paso { $step } de { $total }
request-continue = Continuar
request-back = Volver
request-change = Cambiar
request-not-given = No indicado
request-declaration-given = Confirmada
request-sending = Se está enviando su solicitud…
request-error-prefix = Error: { $title }
request-follow-up-link = Hacer el seguimiento de su solicitud
request-complain-link = Autoridades de control y cómo presentar una reclamación
