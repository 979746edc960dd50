# Interface strings of the IMI transparency portal (English: the reference).
# Every key here must exist in every language (the build checks it).
# Plural choices must list every CLDR plural category of the language.

site-name = Portal de transparência do IMI
site-subtitle = Sistema de Informação do Mercado Interno
skip-link = Passar ao conteúdo principal
nav-label = Menu principal
language-label = Língua
language-list-label = Escolher uma língua
breadcrumb-label = Está aqui
home = Página inicial
toc-label = Nesta página

# Shown on a page that has no version in the reader's language: the English
# text follows. Say in the reader's language that the page is shown in English.
fallback-notice = Esta página ainda não está disponível em português. É apresentada em inglês.
fallback-versions = Esta página está disponível em:

# Shown on a page whose text was machine-translated.
machine-translation-notice = Este texto foi traduzido automaticamente e não foi verificado por um tradutor. Em caso de dúvida, prevalece a versão inglesa.
machine-translation-original = Ler a versão inglesa

section-pages =
    { $count ->
        [one] Esta secção contém { $count } página.
       *[other] Esta secção contém { $count } páginas.
    }

footer-purpose = Este portal publica as informações sobre o Sistema de Informação do Mercado Interno (IMI) que, nos termos do artigo 18.º, n.º 2, do Regulamento (UE) n.º 1024/2012, a Comissão Europeia deve tornar facilmente acessíveis.
footer-privacy = Este sítio não instala cookies, não guarda nada no seu navegador e não carrega nada a partir de outros sítios.
footer-feed = Atualizações (feed Atom)
feed-title = Portal de transparência do IMI: atualizações
feed-author = Comissão Europeia

choose-language = Escolha a sua língua

not-found-title = Página não encontrada
not-found-text = Não existe nenhuma página neste endereço. Se escreveu o endereço, verifique se contém erros; se seguiu uma ligação, a página pode ter mudado de endereço.
not-found-home = Ir para a página inicial

acts-caption = Atos jurídicos relativos ao IMI
act-column-act = Ato
act-column-date = Adoção
act-column-oj = Jornal Oficial
act-column-status = Situação
act-status-in-force = Em vigor
act-status-repealed = Revogado
act-status-pending = Proposta
act-unverified = A verificar no Jornal Oficial da União Europeia

# The consolidated Annex. { $date } is a date written D.M.YYYY; { $point } a
# point number; { $act } an act's short name such as "Directive 2013/55/EU".
annex-notice = Este texto consolidado constitui um instrumento de documentação e não tem qualquer efeito jurídico. As versões dos atos que fazem fé são as publicadas no Jornal Oficial da União Europeia.
annex-current-version = Versão em vigor, aplicável a partir de { $date }.
annex-version-title = O anexo aplicável a partir de { $date }
annex-version-description = O anexo do Regulamento (UE) n.º 1024/2012 tal como aplicável a partir de { $date }, com as alterações introduzidas nessa data.
annex-timeline-title = Histórico do anexo
annex-timeline-description = Todas as versões do anexo do Regulamento (UE) n.º 1024/2012 desde { $date } e as alterações introduzidas em cada uma.
annex-amended-by = Alterado por
annex-column-act = Ato
annex-column-oj-number = Jornal Oficial n.º
annex-column-page = Página
annex-column-date = Data
annex-original = Texto original
annex-original-version = Este é o anexo tal como publicado originalmente.
annex-changes-title = Alterações em relação à versão anterior
annex-previous = Versão anterior: { $date }
annex-next = Versão seguinte: { $date }
annex-versions-nav = Versões do anexo
annex-view-current = Ler a versão em vigor
annex-view-timeline = Todas as versões e respetivas alterações
annex-op-insert = Ponto { $point } aditado por { $act }
annex-op-replace = Ponto { $point } substituído por { $act }
annex-op-replace-provisions = Disposições citadas no ponto { $point } substituídas por { $act }
annex-op-delete = Ponto { $point } suprimido por { $act }
annex-change-inserted = Ponto { $point } aditado
annex-change-deleted = Ponto { $point } suprimido
annex-change-changed = Ponto { $point } alterado
annex-inserted-text = texto aditado:
annex-deleted-text = texto suprimido:
annex-unverified = A redação deste ponto está por verificar no Jornal Oficial da União Europeia.
annex-point-fallback = Este ponto não está disponível em português.
annex-marker = Alterado pela última vez por { $m }
annex-feed-title = Anexo do Regulamento IMI: alterações
annex-feed-link = Alterações do anexo (feed Atom)
annex-data-link = Todas as versões como dados abertos (JSON)
annex-upcoming-version = Aplicável a partir de { $date }, ainda não em vigor.
annex-upcoming-notice = Foi publicada uma nova versão do anexo. É aplicável a partir de { $date }; até lá, a versão em vigor é a que figura abaixo.
annex-view-upcoming = Ler a versão aplicável a partir de { $date }
annex-superseded = Esta versão já não é aplicável: a versão seguinte é aplicável a partir de { $date }.
annex-point-deleted = Suprimido.
annex-note = Nota:
annex-status-upcoming = Ainda não em vigor

# Tables of the states: supervisory authorities (Article 21) and exceptions
# to data subjects' rights (Article 20).
states-column-state = País
states-column-authority = Autoridade nacional de controlo
states-column-website = Sítio Web
states-authority-unverified = A verificar
states-authorities-caption = Autoridades nacionais de controlo
exceptions-caption = Exceções e limitações notificadas nos termos do artigo 20.º
exceptions-column-published = Exceções e limitações
exceptions-none = Nenhuma publicada
exceptions-national-report = Relatório de uma autoridade nacional sobre o que foi comunicado

# Procedure types (Article 18(2)(b) and (d)).
procedure-pattern = Como circula a informação
procedure-pattern-one-to-one = Entre duas autoridades
procedure-pattern-one-to-many = De uma autoridade para muitas
procedure-pattern-repository = Conservada para consulta por outras autoridades
procedure-examples = Exemplos
procedure-data = Dados pessoais tratados
procedure-access = Quem os pode ver
procedure-retention = Durante quanto tempo são conservados
procedure-acts = Atos jurídicos
procedure-source = Fontes

# Views of the acts table: filters by type, status and year.
acts-view-title = Atos relativos ao IMI: { $filter }
acts-filter-label = Filtrar os atos
acts-filter-all = Todos os atos
acts-filter-type = Por tipo
acts-filter-status = Por situação
acts-filter-year = Por ano de adoção
acts-kind-regulation = Regulamentos
acts-kind-directive = Diretivas
acts-kind-decision = Decisões
acts-kind-implementing-regulation = Regulamentos de execução
acts-kind-implementing-decision = Decisões de execução
acts-kind-recommendation = Recomendações
acts-kind-proposal = Propostas
acts-count =
    { $count ->
        [one] { $count } ato, do mais recente para o mais antigo.
       *[other] { $count } atos, do mais recente para o mais antigo.
    }

# What's new: the kind of each entry.
news-kind-act = Ato jurídico
news-kind-annex = Anexo consolidado

# Shown on every page with the date of its last substantive change.
updated-label = Última atualização

# The search page: a search box driven by the page's script (Pagefind's
# index of this language), and an A–Z index of every page that works
# without JavaScript. { $count } is a number, { $terms } what was typed.
search-label = Pesquisar neste portal
search-button = Pesquisar
search-searching = A pesquisar…
search-count = Resultados para «{ $terms }»: { $count }
search-none = Nenhuma página corresponde a «{ $terms }». Experimente outras palavras ou utilize o índice de A a Z abaixo.
search-unavailable = A pesquisa não está disponível neste momento. Utilize o índice de A a Z abaixo.
search-more = Mostrar mais resultados
search-az-title = Todas as páginas de A a Z
search-az-letters = Letras

# The page of facts still to be verified.
unverified-title = Factos ainda por verificar
unverified-description = Todos os factos deste portal que ainda não foram confirmados numa fonte pública, e o que falta verificar.
unverified-intro = Este portal só assinala um facto como verificado depois de o ter lido numa fonte pública, que cita. Os factos seguintes ainda não foram confirmados dessa forma; para cada um, indica-se o que falta verificar. A lista é gerada a partir dos dados do portal, pelo que vai diminuindo à medida que os factos são verificados.
unverified-count = Factos ainda por verificar: { $count }
unverified-area-annex = Anexo consolidado
unverified-area-acts = Atos relativos ao IMI
unverified-area-states = Estados-Membros e autoridades de controlo
unverified-area-procedures = Procedimentos
unverified-column-fact = Facto
unverified-column-check = O que falta verificar
unverified-none = Todos os factos desta parte estão verificados.
unverified-link = Factos ainda por verificar

# The page of anonymous request statistics (shown when the intake's
# statistics are published). { $threshold } is a number, { $date } D.M.YYYY.
stats-title = Pedidos recebidos através deste portal
stats-description = Quantos pedidos de acesso, retificação e apagamento este portal recebeu, por mês, país, tipo e resultado.
stats-intro = Estes números provêm do serviço que recebe os pedidos enviados com o formulário deste portal. Não contêm dados pessoais: nada mais pormenorizado do que o mês e nenhum número inferior a { $threshold }.
stats-in-time-note = «Respondido dentro do prazo» significa respondido até à data indicativa comunicada ao requerente: 30 dias após a receção para a retificação e o apagamento, um mês para o acesso e a contestação de dados bloqueados.
stats-generated = Contagem efetuada em { $date }.
stats-suppressed = Os números inferiores a { $threshold } não são apresentados, para que ninguém possa ser identificado; os totais somam apenas o que é apresentado.
stats-none = Ainda nenhum número é suficientemente elevado para ser apresentado.
stats-chart-title = Pedidos por mês, segundo o resultado
stats-chart-desc = Uma barra por mês, dividida segundo o resultado. Os mesmos números constam do quadro abaixo.
stats-by-month = Por mês
stats-by-state = Por país
stats-by-kind = Por tipo de pedido
stats-column-month = Mês
stats-column-state = País
stats-column-kind = Tipo de pedido
stats-column-total = Total
stats-outcome-answered-in-time = Respondido dentro do prazo
stats-outcome-answered-late = Respondido fora do prazo
stats-outcome-rejected = Rejeitado
stats-outcome-open = Em curso
stats-data-link = Estas estatísticas como dados abertos (JSON)

# The page of the intake's signed audit-log checkpoints.
audit-title = Registo de auditoria do serviço de receção de pedidos
audit-description = Pontos de controlo assinados do registo de auditoria do serviço de receção de pedidos e forma de verificar que o registo não foi reescrito desde então.
audit-intro = O serviço que recebe os pedidos enviados com o formulário deste portal inscreve cada pedido que recebe e cada ação dos seus operadores num registo de auditoria, no qual o resumo criptográfico de cada entrada abrange também a entrada anterior. De tempos a tempos, a entrada mais recente do registo é assinada com uma chave guardada fora de linha e publicada aqui. Qualquer pessoa que examine posteriormente o registo, por exemplo uma autoridade de controlo, pode assim demonstrar que este continua a conter essas entradas inalteradas.
audit-public-key = Chave pública das assinaturas
audit-checkpoints = Pontos de controlo, do mais recente para o mais antigo
audit-column-time = Data
audit-column-seq = Entrada
audit-column-hash = Resumo criptográfico da entrada (SHA-256)
audit-column-signature = Assinatura (Ed25519)
audit-how-title = Como verificar
audit-how-signature = Verifique se cada assinatura é válida para a chave pública acima:
audit-how-log = No registo do serviço, verifique se este continua a conter a entrada de um ponto de controlo com o mesmo resumo criptográfico:
audit-data-link = Estes pontos de controlo como dados abertos (JSON)
