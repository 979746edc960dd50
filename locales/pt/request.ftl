# The data-subject request (Article 19): labels, error messages and the
# pages the intake service answers with when the form is posted without
# JavaScript. { $date } is a date written D.M.YYYY.

request-field-kind = O que pede
request-field-name = Nome completo
request-field-email = O seu endereço de correio eletrónico
request-field-postal_address = O seu endereço postal (facultativo)
request-field-states = País ou países cuja autoridade tratou o seu caso
request-field-authority = A autoridade, se a conhecer (facultativo)
request-field-imi_reference = A referência IMI, se a conhecer (facultativo)
request-field-period_from = Período em causa: de (facultativo)
request-field-period_to = Período em causa: até (facultativo)
request-field-description = O seu pedido
request-field-reply_language = Língua da resposta
request-field-declaration = Declaração

request-kind-access = Acesso aos meus dados no IMI
request-kind-correction = Retificação de dados inexatos ou incompletos
request-kind-deletion = Apagamento de dados tratados ilicitamente
request-kind-contest-blocked = Contestação da exatidão ou da licitude de dados bloqueados
request-state-unknown = Não sei
request-declaration-text = Declaro que as informações que presto são verdadeiras e que o pedido diz respeito aos meus próprios dados pessoais.

request-error-required = Esta informação é obrigatória.
request-error-too-long = O texto é demasiado longo.
request-error-invalid-characters = O texto contém carateres que não podem ser aceites.
request-error-invalid-kind = Escolha um dos tipos de pedido.
request-error-invalid-email = Introduza um endereço de correio eletrónico no formato name@example.eu.
request-error-invalid-state = Escolha os países na lista.
request-error-duplicate-state = Escolha cada país apenas uma vez.
request-error-unknown-with-states = Escolha «Não sei» ou um ou mais países, mas não ambos.
request-error-invalid-language = Escolha uma das 24 línguas oficiais.
request-error-invalid-date = Introduza uma data válida, por exemplo 2024-03-31.
request-error-future-date = A data não pode ser futura.
request-error-period-order = O fim do período não pode ser anterior ao seu início.
request-error-declaration-required = Confirme a declaração para enviar o seu pedido.

request-error-title = Erro: o seu pedido não foi enviado
request-error-summary = Existe um problema
request-send = Enviar o pedido
request-sent-title = O seu pedido foi recebido
request-reference = A sua referência
request-follow-up-code = O seu código de acompanhamento
request-keep-code = Guarde já este código: só é mostrado uma vez e ninguém lho poderá voltar a enviar. Vai precisar dele para acompanhar o seu pedido.
request-received = Recebido em { $date }.
request-due = Data indicativa da resposta: { $date }.
request-due-basis-correction = Retificação e apagamento: o mais tardar 30 dias após a receção do pedido pelo interveniente no IMI responsável (artigo 19.º, n.º 1, do Regulamento (UE) n.º 1024/2012).
request-due-basis-access = Acesso e contestação de dados bloqueados: nos termos do direito nacional. O Regulamento Geral sobre a Proteção de Dados fixa um prazo de um mês a contar da receção do pedido, que pode ser prorrogado por mais dois meses, quando necessário (artigo 12.º, n.º 3, do Regulamento (UE) 2016/679).
request-due-note = O prazo conta-se a partir da receção pelo interveniente no IMI responsável, que pode ser posterior ao dia em que este portal recebeu o pedido, e o direito nacional pode estabelecer outras regras: a data acima é meramente indicativa.
request-next = A autoridade responsável responderá para o endereço de correio eletrónico que indicou. Se não estiver satisfeito com a resposta, pode apresentar reclamação à autoridade de controlo do país cuja autoridade tratou os seus dados ou, caso tenham sido tratados pela Comissão Europeia ou por outro organismo da União, à Autoridade Europeia para a Proteção de Dados.
request-unavailable = Não foi possível receber o seu pedido e nada foi guardado. Tente novamente mais tarde.
request-too-many = Foram enviados demasiados pedidos a partir da sua ligação. Aguarde alguns minutos e tente novamente.

request-status-title = O estado do seu pedido
request-status-code = Código de acompanhamento
request-status-check = Verificar o estado
request-status-not-found = Nenhum pedido corresponde a este código de acompanhamento. Verifique o código e tente novamente.
request-status-received = Recebido
request-status-acknowledged = Receção confirmada pela autoridade
request-status-answered = Respondido
request-status-closed = Encerrado
request-status-rejected = Rejeitado
request-status-line = Estado: { $status }.

# Hints shown under the form's fields.
request-hint-email = A autoridade só o utilizará para lhe responder.
request-hint-states = Escolha todos os países cuja autoridade tenha trocado informações sobre si através do IMI. Se não souber, escolha «Não sei».
request-hint-imi_reference = Se uma carta de uma autoridade mencionar uma referência IMI, copie-a aqui.
request-hint-period = Por exemplo 2024-03-31.
request-hint-description = Indique a que dados ou a que intercâmbio se refere o seu pedido e, no caso de uma retificação, o que está errado e o que está correto.
request-status-hint = O código de acompanhamento que recebeu quando enviou o seu pedido, por exemplo K7QX4-M2P9A-7ZSK-FTN3-8RZR-Y71J-A2XT-3468-TV.

# The states, by their EU code, as the EU Interinstitutional Style Guide names them.
request-state-BE = Bélgica
request-state-BG = Bulgária
request-state-CZ = Chéquia
request-state-DK = Dinamarca
request-state-DE = Alemanha
request-state-EE = Estónia
request-state-IE = Irlanda
request-state-EL = Grécia
request-state-ES = Espanha
request-state-FR = França
request-state-HR = Croácia
request-state-IT = Itália
request-state-CY = Chipre
request-state-LV = Letónia
request-state-LT = Lituânia
request-state-LU = Luxemburgo
request-state-HU = Hungria
request-state-MT = Malta
request-state-NL = Países Baixos
request-state-AT = Áustria
request-state-PL = Polónia
request-state-PT = Portugal
request-state-RO = Roménia
request-state-SI = Eslovénia
request-state-SK = Eslováquia
request-state-FI = Finlândia
request-state-SE = Suécia
request-state-IS = Islândia
request-state-LI = Listenstaine
request-state-NO = Noruega
request-states-eu = Estados-Membros da UE
request-states-eea = Estados do EEE

# Plain-words explanation under each kind of request.
request-kind-access-hint = Pergunte se o IMI contém dados pessoais sobre si e, em caso afirmativo, obtenha uma cópia.
request-kind-correction-hint = Peça a retificação de dados sobre si que estejam inexatos ou incompletos.
request-kind-deletion-hint = Peça o apagamento de dados sobre si que tenham sido tratados ilicitamente.
request-kind-contest-blocked-hint = Conteste a exatidão ou a licitude de dados sobre si que tenham sido bloqueados no IMI.

# The form one step at a time, when the browser runs the portal's script.
request-step-kind = O que pretende
request-step-about-you = Sobre si
request-step-exchange = Sobre o intercâmbio de informações
request-step-details = O seu pedido
request-step-check = Verifique as suas respostas antes de enviar o seu pedido
request-step-progress = Passo { $step } de { $total }
request-continue = Continuar
request-back = Voltar
request-change = Alterar
request-not-given = Não indicado
request-declaration-given = Confirmada
request-sending = A enviar o seu pedido…
request-error-prefix = Erro: { $title }
request-follow-up-link = Acompanhar o seu pedido
request-complain-link = Autoridades de controlo e como apresentar reclamação
