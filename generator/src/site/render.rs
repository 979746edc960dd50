//! Rendering: every (language, page) pair through its template, the root
//! and not-found pages, the A–Z index, static files, partial re-renders and
//! the search index; and the views the templates get (borrowed, never a
//! copy of a listed page's body).

use super::*;

impl Site {
    /// Renders every output file into `out` (which must exist and be empty
    /// or hold a previous build), without a build cache. Returns the number
    /// of HTML pages.
    pub fn render_to(&self, out: &Path) -> Result<usize, Vec<Diagnostic>> {
        self.render_cached(out, out, None).map(|r| r.pages)
    }

    /// Every output file that is not a page: the language choice, the
    /// not-found pages, sitemaps, feeds, static files, open data.
    pub(super) fn other_outputs(
        &self,
        navs: &[Vec<NavItem<'_>>],
    ) -> Result<OutputFiles, Vec<Diagnostic>> {
        let diagnostics = Diagnostics::new();
        let languages = self.config.languages.len();
        let mut extra: Vec<Result<OutputFiles, Diagnostic>> = vec![
            self.render_root(),
            (0..languages)
                .map(|l| self.render_not_found(l, &navs[l]))
                .collect::<Result<Vec<_>, _>>()
                .map(|v| v.into_iter().flatten().collect()),
            Ok(self.sitemaps()),
            Ok(self.feeds()),
            Ok(self.static_files()),
            self.data_sets.files(),
        ];
        if let Some(annex) = &self.annex {
            extra.push(annex.open_data(self.as_of).and_then(|files| {
                files
                    .into_iter()
                    .map(|(path, value)| {
                        let path = Path::new("data").join(path);
                        json_text(&path, &value).map(|json| (path, json.into_bytes()))
                    })
                    .collect()
            }));
        }
        let mut files = Vec::new();
        for result in extra {
            match result {
                Ok(more) => files.extend(more),
                Err(e) => diagnostics.push(e),
            }
        }
        if diagnostics.has_errors() {
            Err(diagnostics.into_sorted())
        } else {
            Ok(files)
        }
    }

    /// Every content page in language `lang` (fallbacks included, marked by
    /// their language), sorted by title and grouped by first letter: the
    /// search page's A–Z index, which works without JavaScript.
    pub fn a_to_z(&self, lang: usize) -> Vec<Letter<'_>> {
        let mut items: Vec<(String, AzItem<'_>)> = (0..self.groups.len())
            .filter_map(|g| {
                let page = &self.pages[self.shown_version(g, lang)];
                let markdown = page.origin == Origin::Markdown;
                (markdown && page.front.template.as_deref() != Some("search.html")).then(|| {
                    (
                        page.front.title.to_lowercase(),
                        AzItem {
                            title: &page.front.title,
                            url: self.url(g, lang),
                            lang: &page.lang,
                        },
                    )
                })
            })
            .collect();
        items.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.url.cmp(b.1.url)));
        let mut letters: Vec<Letter<'_>> = Vec::new();
        for (key, item) in items {
            let first = key.chars().find(|c| c.is_alphanumeric()).unwrap_or('#');
            let letter = if first.is_numeric() {
                "0–9".to_string()
            } else {
                first.to_uppercase().collect()
            };
            match letters.last_mut() {
                Some(last) if last.letter == letter => last.pages.push(item),
                _ => letters.push(Letter {
                    id: format!("az-{}", letters.len() + 1),
                    letter,
                    pages: vec![item],
                }),
            }
        }
        letters
    }

    /// The groups whose outputs depend on page file `p` beyond its own
    /// output: the section that lists it and its ancestors.
    pub fn listing_groups(&self, p: usize) -> Vec<usize> {
        let mut section = self.pages[p].section.clone();
        if self.pages[p].kind == PageKind::Section {
            section = section
                .rsplit_once('/')
                .map_or(String::new(), |(s, _)| s.to_string());
        }
        let mut out = Vec::new();
        loop {
            if let Some(&g) = self.section_index.get(&section) {
                out.push(g);
            }
            if section.is_empty() {
                if let Some(g) = self.home_group() {
                    out.push(g);
                }
                break;
            }
            section = section
                .rsplit_once('/')
                .map_or(String::new(), |(s, _)| s.to_string());
        }
        out
    }

    pub(super) fn home_group(&self) -> Option<usize> {
        self.groups.iter().position(|g| {
            g.versions
                .iter()
                .flatten()
                .any(|&p| self.pages[p].kind == PageKind::Home)
        })
    }

    /// The main navigation of one language: the home page's children.
    pub(super) fn nav(&self, lang: usize) -> Vec<NavItem<'_>> {
        // A site without a home section has no navigation.
        self.section_children
            .get("")
            .into_iter()
            .flatten()
            .map(|&g| {
                let page = &self.pages[self.shown_version(g, lang)];
                NavItem {
                    title: &page.front.title,
                    url: self.url(g, lang),
                    lang: &page.lang,
                    key: &self.groups[g].key,
                }
            })
            .collect()
    }

    /// Renders the HTML of group `g` in language `lang`.
    pub fn render_page(
        &self,
        g: usize,
        lang: usize,
        nav: &[NavItem<'_>],
    ) -> Result<String, Diagnostic> {
        self.with_page_view(g, lang, |template, view| {
            view.body = self.page_body(g, lang);
            let file = &self.pages[self.shown_version(g, lang)].file;
            self.render_template(template, lang, nav, Some(view), file)
        })
    }

    /// Calls `f` with the template and the view of group `g` in language
    /// `lang`, whose `body` is still empty: set it to
    /// [`Site::page_body`] to render the page (a build that finds the page
    /// unchanged does without it, see [`Site::body_key`]).
    pub(super) fn with_page_view<R>(
        &self,
        g: usize,
        lang: usize,
        f: impl FnOnce(&str, &mut PageView<'_>) -> R,
    ) -> R {
        let p = self.shown_version(g, lang);
        let page = &self.pages[p];
        let group = &self.groups[g];
        let translations: Vec<LangLink<'_>> = group
            .versions
            .iter()
            .enumerate()
            .filter_map(|(l, v)| v.map(|_| l))
            .map(|l| self.lang_link(g, l, lang))
            .collect();
        let switcher: Vec<LangLink<'_>> = (0..self.config.languages.len())
            .map(|l| self.lang_link(g, l, lang))
            .collect();
        let listing = match page.kind {
            PageKind::Home => self.section_children.get(""),
            PageKind::Section => self.section_children.get(&page.section),
            PageKind::Page => None,
        };
        let pages: Vec<ListItem<'_>> = listing
            .into_iter()
            .flatten()
            .map(|&c| self.list_item(c, lang))
            .collect();
        let fallback = group.versions[lang].is_none();
        let mut view = PageView {
            kind: match page.kind {
                PageKind::Home => "home",
                PageKind::Section => "section",
                PageKind::Page => "page",
            },
            key: &group.key,
            title: &page.front.title,
            description: &page.front.description,
            url: self.url(g, lang),
            permalink: self.permalink(g, lang),
            canonical: if fallback {
                self.permalink(g, self.config.default_index())
            } else {
                self.permalink(g, lang)
            },
            content_lang: &page.lang,
            fallback,
            machine_translated: page.front.machine_translated,
            date: page.front.date.as_ref().and_then(date_parts),
            body: String::new(),
            toc: &self.bodies[p].outline.headings,
            translations,
            switcher,
            breadcrumbs: self.breadcrumbs(p, lang),
            pages,
        };
        let template = page.front.template.as_deref().unwrap_or(match page.kind {
            PageKind::Home => "home.html",
            PageKind::Section => "section.html",
            PageKind::Page => "page.html",
        });
        f(template, &mut view)
    }

    /// The template context of a page (or of a page-less template).
    pub(super) fn context<'a>(
        &'a self,
        lang: usize,
        nav: &'a [NavItem<'a>],
        page: Option<&'a PageView<'a>>,
    ) -> Context<'a> {
        let language = &self.config.languages[lang];
        Context {
            lang: &language.code,
            lang_name: &language.name,
            default_language: &self.config.default_language,
            languages: &self.config.languages,
            base_url: &self.config.base_url,
            base_path: self.config.base_path(),
            intake_url: &self.config.intake_url,
            enhanced: self.theme.assets.contains_key("portal/portal.js"),
            csp: &self.csp_meta,
            nav,
            page,
        }
    }

    pub(super) fn render_template(
        &self,
        template: &str,
        lang: usize,
        nav: &[NavItem<'_>],
        page: Option<&PageView<'_>>,
        file: &Path,
    ) -> Result<String, Diagnostic> {
        let context =
            tera::Context::from_serialize(self.context(lang, nav, page)).map_err(|e| {
                Diagnostic::file_error(
                    "render::context",
                    file,
                    error_chain(&e),
                    "report this as a bug",
                )
            })?;
        self.engines[lang].render(template, &context).map_err(|e| {
            let (template_file, help) = match self.theme.sources.get(template) {
                Some((f, _)) => (
                    f.display().to_string(),
                    "fix the template or the page's front matter",
                ),
                None => (
                    format!("{}/templates/{template}", self.config.theme.display()),
                    "the front matter names a template that does not exist: check `template`",
                ),
            };
            Diagnostic::file_error(
                "render::template",
                file,
                format!("rendering with {template_file} failed: {}", error_chain(&e)),
                help,
            )
        })
    }

    pub(super) fn lang_link(&self, g: usize, l: usize, current: usize) -> LangLink<'_> {
        let language = &self.config.languages[l];
        LangLink {
            code: &language.code,
            name: &language.name,
            url: self.url(g, l),
            permalink: self.permalink(g, l),
            current: l == current,
            available: self.groups[g].versions[l].is_some(),
        }
    }

    pub(super) fn list_item(&self, g: usize, lang: usize) -> ListItem<'_> {
        let page = &self.pages[self.shown_version(g, lang)];
        ListItem {
            title: &page.front.title,
            description: &page.front.description,
            url: self.url(g, lang),
            lang: &page.lang,
            date: page.front.date.as_ref().and_then(date_parts),
        }
    }

    pub(super) fn breadcrumbs(&self, p: usize, lang: usize) -> Vec<Crumb<'_>> {
        let page = &self.pages[p];
        if page.kind == PageKind::Home {
            return Vec::new();
        }
        let mut crumbs = Vec::new();
        if let Some(g) = self.home_group() {
            crumbs.push(self.crumb(g, lang));
        }
        let mut section = String::new();
        let parts: Vec<&str> = page.section.split('/').filter(|s| !s.is_empty()).collect();
        let own_section = page.kind == PageKind::Section;
        for (i, part) in parts.iter().enumerate() {
            if !section.is_empty() {
                section.push('/');
            }
            section.push_str(part);
            if own_section && i + 1 == parts.len() {
                break;
            }
            if let Some(&g) = self.section_index.get(&section) {
                crumbs.push(self.crumb(g, lang));
            }
        }
        crumbs
    }

    pub(super) fn crumb(&self, g: usize, lang: usize) -> Crumb<'_> {
        let page = &self.pages[self.shown_version(g, lang)];
        Crumb {
            title: &page.front.title,
            url: self.url(g, lang),
            lang: &page.lang,
        }
    }

    /// `index.html`: pick a language, without JavaScript.
    pub(super) fn render_root(&self) -> Result<OutputFiles, Diagnostic> {
        let home = self.home_group();
        let choices: Vec<RootChoice<'_>> = self
            .config
            .languages
            .iter()
            .enumerate()
            .map(|(l, language)| RootChoice {
                code: &language.code,
                name: &language.name,
                url: home.map_or_else(
                    || format!("{}{}/", self.config.base_path(), language.code),
                    |g| self.url(g, l).to_string(),
                ),
                prompt: self.locales.text(l, "choose-language", None),
            })
            .collect();
        let default = self.config.default_index();
        let mut context = tera::Context::from_serialize(Context {
            lang: &self.config.default_language,
            lang_name: &self.config.languages[default].name,
            default_language: &self.config.default_language,
            languages: &self.config.languages,
            base_url: &self.config.base_url,
            base_path: self.config.base_path(),
            intake_url: &self.config.intake_url,
            enhanced: false,
            csp: &self.csp_meta,
            nav: &[],
            page: None,
        })
        .map_err(|e| {
            Diagnostic::file_error(
                "render::context",
                Path::new("index.html"),
                error_chain(&e),
                "report this as a bug",
            )
        })?;
        context.insert("choices", &choices);
        let html = self.engines[default]
            .render("root.html", &context)
            .map_err(|e| {
                Diagnostic::file_error(
                    "render::template",
                    Path::new("theme/templates/root.html"),
                    format!(
                        "rendering the language choice page failed: {}",
                        error_chain(&e)
                    ),
                    "fix the template",
                )
            })?;
        Ok(vec![(PathBuf::from("index.html"), html.into_bytes())])
    }

    /// `<lang>/404.html`, and `404.html` in the default language.
    pub(super) fn render_not_found(
        &self,
        lang: usize,
        nav: &[NavItem<'_>],
    ) -> Result<OutputFiles, Diagnostic> {
        let html = self.render_template("404.html", lang, nav, None, Path::new("404.html"))?;
        let code = &self.config.languages[lang].code;
        let mut files = vec![(Path::new(code).join("404.html"), html.clone().into_bytes())];
        if lang == self.config.default_index() {
            files.push((PathBuf::from("404.html"), html.into_bytes()));
        }
        Ok(files)
    }

    /// The theme's static files and the `_headers` file.
    pub(super) fn static_files(&self) -> OutputFiles {
        let mut files: Vec<(PathBuf, Vec<u8>)> = self
            .theme
            .assets
            .values()
            .map(|a| (PathBuf::from(&a.output), a.bytes.to_vec()))
            .collect();
        files.push((PathBuf::from("_headers"), self.headers_file().into_bytes()));
        files
    }

    /// Renders the outputs of the given groups in every language into `out`.
    /// Sitemaps and feeds are left alone: they depend on front matter only,
    /// and a front-matter change rebuilds the whole site.
    pub fn render_groups(&self, groups: &[usize], out: &Path) -> Result<usize, Vec<Diagnostic>> {
        let languages = self.config.languages.len();
        let navs: Vec<Vec<NavItem<'_>>> = (0..languages).map(|l| self.nav(l)).collect();
        let jobs: Vec<(usize, usize)> = groups
            .iter()
            .flat_map(|&g| (0..languages).map(move |l| (l, g)))
            .collect();
        let diagnostics = Diagnostics::new();
        jobs.par_iter().for_each(|&(lang, g)| {
            match self.render_page(g, lang, &navs[lang]).and_then(|html| {
                output::write(&out.join(self.output_path(g, lang)), html.as_bytes())
            }) {
                Ok(()) => {}
                Err(e) => diagnostics.push(e),
            }
        });
        if diagnostics.has_errors() {
            Err(diagnostics.into_sorted())
        } else {
            Ok(jobs.len())
        }
    }

    /// The search shards of language `lang`: the groups whose page goes
    /// into each (see [`search::split_shards`]; a shard may be empty).
    pub fn search_shards(&self, lang: usize) -> Vec<Vec<usize>> {
        let pages: Vec<(&str, usize)> = (0..self.groups.len())
            .filter(|&g| self.searchable(g, lang))
            .map(|g| (self.url(g, lang), g))
            .collect();
        search::split_shards(pages, |p| p.0, self.config.search_shard_pages)
            .into_iter()
            .map(|shard| shard.into_iter().map(|(_, g)| g).collect())
            .collect()
    }

    /// Rebuilds the search index shards holding `pages` ((language, group)
    /// pairs) from their pages in `out` and updates their folders' entry
    /// files, keeping every other shard: the preview server's search stays
    /// current after an edit. Returns the number of shards rebuilt.
    pub fn reindex(&self, pages: &[(usize, usize)], out: &Path) -> Result<usize, Diagnostic> {
        let mut stale: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for &(lang, g) in pages {
            if self.searchable(g, lang) {
                stale.entry(lang).or_default().insert(g);
            }
        }
        // (language, shard, its pages)
        let mut shards: Vec<(usize, usize, Vec<usize>)> = Vec::new();
        for (lang, changed) in stale {
            for (k, groups) in self.search_shards(lang).into_iter().enumerate() {
                if groups.iter().any(|g| changed.contains(g)) {
                    shards.push((lang, k, groups));
                }
            }
        }
        let built: Vec<(usize, usize, search::LanguageIndex)> = shards
            .into_par_iter()
            .map(|(lang, k, groups)| {
                let code = &self.config.languages[lang].code;
                let pages = groups
                    .into_iter()
                    .filter_map(|g| {
                        let html = std::fs::read_to_string(out.join(self.output_path(g, lang)));
                        Some(search::Indexed {
                            lang: code.clone(),
                            url: self.url(g, lang).to_string(),
                            digest: search::digest(&html.ok()?),
                        })
                    })
                    .collect();
                search::index_language(pages).map(|index| (lang, k, index))
            })
            .collect::<Result<_, _>>()?;
        let count = built.len();
        let mut entries: BTreeMap<usize, BTreeMap<String, _>> = BTreeMap::new();
        for (lang, k, index) in built {
            for (path, bytes) in search::shard_files(k, index.files) {
                output::write(&out.join(path), &bytes)?;
            }
            entries.entry(k).or_default().insert(
                self.config.languages[lang].code.clone(),
                (index.entry, index.version),
            );
        }
        // Each folder's entry file last, and whole: a browser reading it
        // meanwhile gets the old index or the new one, never half of it.
        for (k, entries) in entries {
            let entry_path = out.join(search::entry_path(k));
            // None on the first build (no index yet).
            let previous = std::fs::read(&entry_path).ok();
            let entry = search::merge_entries(previous.as_deref(), &search::entry_file(&entries)?);
            let partial = entry_path.with_extension("json.partial");
            output::write(&partial, &entry)?;
            std::fs::rename(&partial, &entry_path).map_err(|e| {
                Diagnostic::file_error(
                    "output::write",
                    &entry_path,
                    format!("cannot write the output: {e}"),
                    "check that the output folder is writable",
                )
            })?;
        }
        Ok(count)
    }
}

/// A date as ISO (`2012-11-14`) and as written in EU documents (`14.11.2012`).
#[derive(Debug, Clone, Serialize)]
pub struct DateParts {
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub iso: String,
    /// `D.M.YYYY`, as the Official Journal writes dates in every language.
    pub display: String,
}

pub(super) fn date_parts(date: &toml::value::Datetime) -> Option<DateParts> {
    let d = date.date?;
    let date = request_model::Date::new(d.year, d.month, d.day)?;
    Some(DateParts {
        iso: date.to_string(),
        display: date.eu(),
    })
}

#[derive(Serialize)]
pub(super) struct Context<'a> {
    lang: &'a str,
    lang_name: &'a str,
    default_language: &'a str,
    languages: &'a [crate::config::Language],
    base_url: &'a str,
    base_path: &'a str,
    intake_url: &'a str,
    /// Whether the request form's WebAssembly bundle is part of the build.
    enhanced: bool,
    csp: &'a str,
    nav: &'a [NavItem<'a>],
    page: Option<&'a PageView<'a>>,
}

/// A letter of the A–Z index.
#[derive(Serialize)]
pub struct Letter<'a> {
    /// The letter as shown.
    pub letter: String,
    /// An id for the letter's heading (`az-1`, ...).
    pub id: String,
    /// Its pages, by title.
    pub pages: Vec<AzItem<'a>>,
}

/// A page of the A–Z index.
#[derive(Serialize)]
pub struct AzItem<'a> {
    title: &'a str,
    url: &'a str,
    lang: &'a str,
}

/// An entry of the main navigation.
#[derive(Serialize)]
pub struct NavItem<'a> {
    title: &'a str,
    url: &'a str,
    lang: &'a str,
    key: &'a str,
}

#[derive(Serialize)]
pub(super) struct PageView<'a> {
    kind: &'static str,
    key: &'a str,
    title: &'a str,
    description: &'a str,
    url: &'a str,
    permalink: &'a str,
    canonical: &'a str,
    content_lang: &'a str,
    fallback: bool,
    machine_translated: bool,
    date: Option<DateParts>,
    /// Set by the caller of [`Site::with_page_view`].
    pub(super) body: String,
    toc: &'a [markdown::Heading],
    translations: Vec<LangLink<'a>>,
    switcher: Vec<LangLink<'a>>,
    breadcrumbs: Vec<Crumb<'a>>,
    pages: Vec<ListItem<'a>>,
}

#[derive(Serialize)]
pub(super) struct LangLink<'a> {
    code: &'a str,
    name: &'a str,
    url: &'a str,
    permalink: &'a str,
    current: bool,
    available: bool,
}

#[derive(Serialize)]
pub(super) struct ListItem<'a> {
    title: &'a str,
    description: &'a str,
    url: &'a str,
    lang: &'a str,
    date: Option<DateParts>,
}

#[derive(Serialize)]
pub(super) struct Crumb<'a> {
    title: &'a str,
    url: &'a str,
    lang: &'a str,
}

#[derive(Serialize)]
pub(super) struct RootChoice<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    prompt: String,
}
