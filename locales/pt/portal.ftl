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
date-label = Data

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
