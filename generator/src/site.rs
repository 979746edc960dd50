//! The whole site: loading every input, validating it, and rendering every
//! output file.
//!
//! Loading is [`Site::load`]; it never stops at the first problem. Rendering
//! ([`Site::render_to`]) runs only on a site without errors and produces
//! every (language, page) pair: a language without its own version of a page
//! shows the default language's text with a notice. Work is spread over all
//! cores with rayon; nothing is quadratic in pages × languages.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use serde::Serialize;

use crate::annex::engine::Date;
use crate::annex::{Annex, Labels, LanguageViews};
use crate::config::SiteConfig;
use crate::content::{self, PageGroup, PageKind, SourcePage};
use crate::data::Data;
use crate::diagnostics::{Diagnostic, Diagnostics, json_text, json_value};
use crate::i18n::{Locales, Translate};
use crate::markdown::{self, Rendered};
use crate::output;
use crate::search;
use crate::theme::{Theme, error_chain};

/// Files to write: path below the output folder, contents.
type OutputFiles = Vec<(PathBuf, Vec<u8>)>;

/// Options for loading a site.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Overrides `base_url` of `site.toml` (the preview server uses its own).
    pub base_url: Option<String>,
    /// The request form's WebAssembly bundle (`portal.js` and
    /// `portal_bg.wasm`, as `cargo xtask wasm` writes them). Without it the
    /// request page carries the plain HTML form only.
    pub portal_pkg: Option<PathBuf>,
    /// The build's reference date: what is "in force" is decided on it
    /// (the current Annex, versions not yet in force). `None`: the
    /// `SOURCE_DATE_EPOCH` environment variable, else today (UTC); see
    /// [`crate::reference_date`].
    pub as_of: Option<Date>,
}

/// A loaded, validated site.
pub struct Site {
    /// The site root (holding `site.toml`).
    pub root: PathBuf,
    /// `site.toml`.
    pub config: SiteConfig,
    /// Every page file, sorted by path.
    pub pages: Vec<SourcePage>,
    /// Rendered bodies, one per page.
    pub bodies: Vec<Rendered>,
    /// Language versions grouped by key, sorted by key.
    pub groups: Vec<PageGroup>,
    /// Interface strings.
    pub locales: Locales,
    /// Templates and static files.
    pub theme: Theme,
    /// Structured data from `content/data/`.
    pub data: Data,
    /// The consolidated Annex, if the site has `content/annex/`.
    pub annex: Option<Annex>,
    /// The reference date the site was built for.
    pub as_of: Date,
    /// One template engine per language, with `t()` bound to that language.
    engines: Vec<tera::Tera>,
    /// Group index of each section's index page, by section path.
    section_index: HashMap<String, usize>,
    /// Groups listed by each section (including `""`, the home page), in
    /// display order.
    section_children: HashMap<String, Vec<usize>>,
    /// Heading ids of every page, for anchor checks.
    anchors: Vec<HashSet<String>>,
    /// The Content-Security-Policy for the meta tag (no `frame-ancestors`,
    /// which browsers ignore there).
    csp_meta: String,
}

/// The result of loading: the site if it has no errors, and every
/// diagnostic found.
pub struct Loaded {
    /// `None` when an error prevents rendering.
    pub site: Option<Site>,
    /// Errors and warnings, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

impl Site {
    /// Loads and validates everything under `root`.
    pub fn load(root: &Path, options: &LoadOptions) -> Loaded {
        let diagnostics = Diagnostics::new();
        let site = Self::load_into(root, options, &diagnostics);
        let failed = diagnostics.has_errors();
        Loaded {
            site: if failed { None } else { site },
            diagnostics: diagnostics.into_sorted(),
        }
    }

    fn load_into(root: &Path, options: &LoadOptions, diagnostics: &Diagnostics) -> Option<Site> {
        let mut config = match SiteConfig::load(root) {
            Ok(c) => c,
            Err(errors) => {
                diagnostics.extend(errors);
                return None;
            }
        };
        if let Some(base_url) = &options.base_url {
            config.base_url = base_url.clone();
        }
        let as_of = match options.as_of {
            Some(date) => date,
            None => match crate::reference_date(None) {
                Ok(date) => date,
                Err(message) => {
                    diagnostics.push(Diagnostic::file_error(
                        "build::as-of",
                        Path::new("SOURCE_DATE_EPOCH"),
                        message,
                        "set SOURCE_DATE_EPOCH to seconds since 1970-01-01 UTC, or pass --as-of YYYY-MM-DD",
                    ));
                    return None;
                }
            },
        };
        let base_path = config.base_path().to_string();
        let theme_dir = root.join(&config.theme);

        let ((locales, theme), (mut pages, (data, annex))) = rayon::join(
            || {
                rayon::join(
                    || Locales::load(root, &config, diagnostics),
                    || {
                        Theme::load(
                            root,
                            &theme_dir,
                            options.portal_pkg.as_deref(),
                            &base_path,
                            diagnostics,
                        )
                    },
                )
            },
            || {
                rayon::join(
                    || content::load_pages(root, &config, diagnostics),
                    || {
                        rayon::join(
                            || Data::load(root, diagnostics),
                            || Annex::load(root, &config, diagnostics),
                        )
                    },
                )
            },
        );
        if let Some(annex) = &annex {
            pages.extend(annex_pages(annex, &config, &locales, as_of));
        }
        if !data.acts.is_empty() {
            pages.extend(act_view_pages(&data, &config, &locales));
        }
        pages.extend(unverified_pages(&config, &locales));
        if data.request_stats.is_some() {
            pages.extend(data_pages(
                &config,
                &locales,
                "content/data/request-stats.json",
                ("request", "request/statistics", 50),
                ("stats-title", "stats-description", "request-stats.html"),
            ));
        }
        if data.audit_checkpoints.is_some() {
            pages.extend(data_pages(
                &config,
                &locales,
                "content/data/audit-checkpoints.json",
                ("about", "about/audit-log", 80),
                ("audit-title", "audit-description", "audit-log.html"),
            ));
        }
        let groups = content::group_pages(&pages, &config, diagnostics);

        let mut group_of_stem: HashMap<&str, usize> = HashMap::new();
        for (g, group) in groups.iter().enumerate() {
            for &p in group.versions.iter().flatten() {
                group_of_stem.insert(pages[p].stem.as_str(), g);
            }
        }
        let bodies: Vec<Rendered> = pages
            .par_iter()
            .map(|page| {
                let rendered = markdown::render(page.body(), &|path| {
                    group_of_stem
                        .get(path)
                        .or_else(|| group_of_stem.get(format!("{path}/_index").as_str()))
                        .copied()
                });
                for e in &rendered.errors {
                    let span = page.body_offset + e.span.start..page.body_offset + e.span.end;
                    diagnostics.push(Diagnostic::error(
                        "content::markdown",
                        &page.file,
                        &page.source,
                        span,
                        e.message.clone(),
                        e.help.clone(),
                    ));
                }
                rendered
            })
            .collect();
        let anchors: Vec<HashSet<String>> = bodies
            .iter()
            .map(|b| b.headings.iter().map(|h| h.id.clone()).collect())
            .collect();

        let mut section_index = HashMap::new();
        let mut section_children: HashMap<String, Vec<usize>> = HashMap::new();
        let default = config.default_index();
        for (g, group) in groups.iter().enumerate() {
            let Some(p) = group.versions[default] else {
                continue;
            };
            let page = &pages[p];
            match page.kind {
                PageKind::Home => {}
                PageKind::Section => {
                    section_index.insert(page.section.clone(), g);
                    let parent = page
                        .section
                        .rsplit_once('/')
                        .map_or("", |(parent, _)| parent);
                    section_children
                        .entry(parent.to_string())
                        .or_default()
                        .push(g);
                }
                PageKind::Page => section_children
                    .entry(page.section.clone())
                    .or_default()
                    .push(g),
            }
        }
        for children in section_children.values_mut() {
            children.sort_by(|&a, &b| {
                let (pa, pb) = (
                    &pages[groups[a].versions[default].unwrap_or(0)],
                    &pages[groups[b].versions[default].unwrap_or(0)],
                );
                (pa.front.weight, &pa.front.title, &groups[a].key).cmp(&(
                    pb.front.weight,
                    &pb.front.title,
                    &groups[b].key,
                ))
            });
        }

        let theme = theme?;
        let annex_views = annex.as_ref().map(|annex| {
            let labels = config
                .languages
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let label = |key: &str| locales.text(i, key, None);
                    (
                        l.code.clone(),
                        Labels {
                            inserted: label("annex-inserted-text"),
                            deleted: label("annex-deleted-text"),
                        },
                    )
                })
                .collect();
            let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            annex
                .language_views(&codes, &config.default_language, &base_path, &labels, as_of)
                .map_err(|e| diagnostics.push(e))
                .ok()
        });
        let annex_views = annex_views.flatten();
        let engines = config
            .languages
            .iter()
            .enumerate()
            .map(|(i, language)| {
                let mut tera = theme.tera.clone();
                tera.register_function("t", Translate::new(locales.bundle(i).clone()));
                tera.register_function("data", data.function());
                tera.register_function("request_model", request_model_function);
                let views = annex_views
                    .as_ref()
                    .and_then(|v| v.get(&language.code).cloned());
                register_annex_functions(&mut tera, views);
                let news = reported(
                    json_value(
                        Path::new("content"),
                        &whats_new(
                            &data,
                            annex.as_ref(),
                            &locales,
                            i,
                            &base_path,
                            &language.code,
                            as_of,
                        ),
                    ),
                    diagnostics,
                );
                tera.register_function("whats_new", move |_: &HashMap<String, tera::Value>| {
                    Ok(news.clone())
                });
                let areas = unverified_facts(&data, annex.as_ref(), &base_path, &language.code);
                let open = serde_json::json!({
                    "count": areas.iter().map(|a| a.facts.len()).sum::<usize>(),
                    "areas": areas,
                });
                tera.register_function("unverified", move |_: &HashMap<String, tera::Value>| {
                    Ok(open.clone())
                });
                let stats = data
                    .request_stats
                    .as_ref()
                    .map(crate::data::stats_view)
                    .map_or(tera::Value::Null, |v| {
                        reported(
                            json_value(Path::new("content/data/request-stats.json"), &v),
                            diagnostics,
                        )
                    });
                tera.register_function("request_stats", move |_: &HashMap<String, tera::Value>| {
                    Ok(stats.clone())
                });
                let strings = request_strings(&locales, i).map_or_else(
                    |e| {
                        diagnostics.push(e);
                        tera::Value::Null
                    },
                    tera::Value::String,
                );
                tera.register_function(
                    "request_strings",
                    move |_: &HashMap<String, tera::Value>| Ok(strings.clone()),
                );
                tera
            })
            .collect();
        let intake = SiteConfig::origin_of(&config.intake_url).to_string();
        let csp_meta = csp(&intake, false);

        let mut site = Site {
            root: root.to_path_buf(),
            config,
            pages,
            bodies,
            groups,
            locales,
            theme,
            data,
            annex,
            as_of,
            engines,
            section_index,
            section_children,
            anchors,
            csp_meta,
        };
        for lang in 0..site.config.languages.len() {
            let index = reported(
                json_value(Path::new("content"), &site.a_to_z(lang)),
                diagnostics,
            );
            site.engines[lang]
                .register_function("a_to_z", move |_: &HashMap<String, tera::Value>| {
                    Ok(index.clone())
                });
        }
        site.check_links(diagnostics);
        site.check_template_keys(diagnostics);
        site.check_output_paths(diagnostics);
        Some(site)
    }

    /// Every `@/page.md#anchor` must name a heading of the target page in
    /// each language the link is shown in.
    fn check_links(&self, diagnostics: &Diagnostics) {
        let languages = self.config.languages.len();
        let default = self.config.default_index();
        self.groups.par_iter().for_each(|group| {
            for (lang, version) in group.versions.iter().enumerate() {
                let Some(p) = *version else { continue };
                // The languages this version is shown in.
                let shown_in: Vec<usize> = if lang == default {
                    (0..languages)
                        .filter(|&l| l == default || group.versions[l].is_none())
                        .collect()
                } else {
                    vec![lang]
                };
                for link in &self.bodies[p].links {
                    let Some(anchor) = &link.anchor else { continue };
                    let mut reported = HashSet::new();
                    for &l in &shown_in {
                        let target = match link.target {
                            Some(g) => self.shown_version(g, l),
                            None => p,
                        };
                        if self.anchors[target].contains(anchor.as_str()) || !reported.insert(target) {
                            continue;
                        }
                        let page = &self.pages[p];
                        let target_page = &self.pages[target];
                        let mut known: Vec<&str> = self.bodies[target].headings.iter().map(|h| h.id.as_str()).collect();
                        known.truncate(8);
                        diagnostics.push(Diagnostic::error(
                            "content::anchor",
                            &page.file,
                            &page.source,
                            page.body_offset + link.span.start..page.body_offset + link.span.end,
                            format!("`#{anchor}` is not a heading of {}", target_page.file.display()),
                            if known.is_empty() {
                                "that page has no headings: link to the page without an anchor".to_string()
                            } else {
                                format!(
                                    "its headings are #{}; to link to a heading whose text differs between languages, give it the same explicit id `{{#{anchor}}}` in every language",
                                    known.join(", #")
                                )
                            },
                        ));
                    }
                }
            }
        });
    }

    /// Every `t(key="...")` in the templates must be a key of the default
    /// language (which the coverage check then requires everywhere).
    fn check_template_keys(&self, diagnostics: &Diagnostics) {
        let default = self.config.default_index();
        for (file, source) in self.theme.sources.values() {
            for (offset, key) in template_keys(source) {
                if !self.locales.has_key(default, key) {
                    diagnostics.push(Diagnostic::error(
                        "theme::missing-key",
                        file,
                        source,
                        offset..offset + key.len(),
                        format!(
                            "the template uses the interface string `{key}`, which is not defined"
                        ),
                        format!(
                            "add `{key} = ...` to {}/{}/ and translate it in every language",
                            self.config.locales.display(),
                            self.config.default_language
                        ),
                    ));
                }
            }
        }
    }

    /// Two pages must not publish to the same URL.
    fn check_output_paths(&self, diagnostics: &Diagnostics) {
        let mut seen: HashMap<(&str, &str), &SourcePage> = HashMap::new();
        for page in &self.pages {
            if let Some(other) = seen.insert((&page.lang, &page.url_path), page) {
                diagnostics.push(Diagnostic::file_error(
                    "content::url-clash",
                    &page.file,
                    format!(
                        "this page and {} both publish to /{}/{}",
                        other.file.display(),
                        page.lang,
                        page.url_path
                    ),
                    "rename one of them: a section folder's own page is its _index file",
                ));
            }
        }
    }

    /// The page version shown for group `g` in language `lang`.
    pub fn shown_version(&self, g: usize, lang: usize) -> usize {
        let group = &self.groups[g];
        group.versions[lang]
            .or(group.versions[self.config.default_index()])
            .unwrap_or_default()
    }

    /// Root-relative URL of group `g` in language `lang`.
    pub fn url(&self, g: usize, lang: usize) -> String {
        let page = &self.pages[self.shown_version(g, lang)];
        format!(
            "{}{}/{}",
            self.config.base_path(),
            self.config.languages[lang].code,
            page.url_path
        )
    }

    /// Absolute URL of group `g` in language `lang`.
    pub fn permalink(&self, g: usize, lang: usize) -> String {
        let page = &self.pages[self.shown_version(g, lang)];
        format!(
            "{}{}/{}",
            self.config.base_url, self.config.languages[lang].code, page.url_path
        )
    }

    /// Renders every output file into `out` (which must exist and be empty
    /// or hold a previous build). Returns the number of HTML pages.
    pub fn render_to(&self, out: &Path) -> Result<usize, Vec<Diagnostic>> {
        let diagnostics = Diagnostics::new();
        let languages = self.config.languages.len();
        let jobs: Vec<(usize, usize)> = (0..languages)
            .flat_map(|l| (0..self.groups.len()).map(move |g| (l, g)))
            .collect();
        let navs: Vec<Vec<NavItem<'_>>> = (0..languages).map(|l| self.nav(l)).collect();
        let rendered: Vec<Option<Option<search::Indexed>>> = jobs
            .par_iter()
            .map(|&(lang, g)| match self.render_page(g, lang, &navs[lang]) {
                Ok(html) => {
                    let path = out.join(self.output_path(g, lang));
                    if let Err(e) = output::write(&path, html.as_bytes()) {
                        diagnostics.push(e);
                    }
                    Some(self.searchable(g, lang).then(|| {
                        let code = &self.config.languages[lang].code;
                        search::Indexed {
                            lang: code.clone(),
                            url: self.url(g, lang),
                            html: search::main_only(code, &html),
                        }
                    }))
                }
                Err(e) => {
                    diagnostics.push(e);
                    None
                }
            })
            .collect();
        let written = rendered.iter().filter(|r| r.is_some()).count();
        match search::index(rendered.into_iter().flatten().flatten().collect()) {
            Ok(files) => {
                for (path, bytes) in files {
                    if let Err(e) = output::write(&out.join(path), &bytes) {
                        diagnostics.push(e);
                    }
                }
            }
            Err(e) => diagnostics.push(e),
        }

        let extra: Vec<Result<OutputFiles, Diagnostic>> = vec![
            self.render_root(),
            (0..languages)
                .map(|l| self.render_not_found(l, &navs[l]))
                .collect::<Result<Vec<_>, _>>()
                .map(|v| v.into_iter().flatten().collect()),
            Ok(self.sitemaps()),
            Ok(self.feeds()),
            Ok(self.static_files()),
        ];
        for result in extra {
            match result {
                Ok(files) => {
                    for (path, bytes) in files {
                        if let Err(e) = output::write(&out.join(path), &bytes) {
                            diagnostics.push(e);
                        }
                    }
                }
                Err(e) => diagnostics.push(e),
            }
        }
        if let Err(e) = self.data.publish(out) {
            diagnostics.push(e);
        }
        if let Some(annex) = &self.annex {
            let files = annex.open_data(self.as_of).unwrap_or_else(|e| {
                diagnostics.push(e);
                Vec::new()
            });
            for (path, value) in files {
                let path = out.join("data").join(path);
                let written =
                    json_text(&path, &value).and_then(|json| output::write(&path, json.as_bytes()));
                if let Err(e) = written {
                    diagnostics.push(e);
                }
            }
        }
        if diagnostics.has_errors() {
            Err(diagnostics.into_sorted())
        } else {
            Ok(written)
        }
    }

    /// Every content page in language `lang` (fallbacks included, marked by
    /// their language), sorted by title and grouped by first letter: the
    /// search page's A–Z index, which works without JavaScript.
    pub fn a_to_z(&self, lang: usize) -> Vec<Letter<'_>> {
        let mut items: Vec<(String, AzItem<'_>)> = (0..self.groups.len())
            .filter_map(|g| {
                let page = &self.pages[self.shown_version(g, lang)];
                let markdown = page.file.extension().is_some_and(|x| x == "md");
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
        items.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.url.cmp(&b.1.url)));
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

    /// Whether group `g` goes into the search index of language `lang`: a
    /// Markdown page written in that language (not a fallback, not a view
    /// generated from data, not the search page itself).
    pub fn searchable(&self, g: usize, lang: usize) -> bool {
        let Some(p) = self.groups[g].versions[lang] else {
            return false;
        };
        let page = &self.pages[p];
        page.file.extension().is_some_and(|x| x == "md")
            && page.front.template.as_deref() != Some("search.html")
    }

    /// Output path of group `g` in language `lang`, below the output folder.
    pub fn output_path(&self, g: usize, lang: usize) -> PathBuf {
        let page = &self.pages[self.shown_version(g, lang)];
        Path::new(&self.config.languages[lang].code)
            .join(&page.url_path)
            .join("index.html")
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

    fn home_group(&self) -> Option<usize> {
        self.groups.iter().position(|g| {
            g.versions
                .iter()
                .flatten()
                .any(|&p| self.pages[p].kind == PageKind::Home)
        })
    }

    /// The main navigation of one language: the home page's children.
    fn nav(&self, lang: usize) -> Vec<NavItem<'_>> {
        self.section_children
            .get("")
            .map(|children| {
                children
                    .iter()
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
            })
            .unwrap_or_default()
    }

    /// Renders the HTML of group `g` in language `lang`.
    pub fn render_page(
        &self,
        g: usize,
        lang: usize,
        nav: &[NavItem<'_>],
    ) -> Result<String, Diagnostic> {
        let p = self.shown_version(g, lang);
        let page = &self.pages[p];
        let body =
            markdown::substitute_links(&self.bodies[p].html, &|target| self.url(target, lang));
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
            .map(|children| children.iter().map(|&c| self.list_item(c, lang)).collect())
            .unwrap_or_default();
        let fallback = group.versions[lang].is_none();
        let view = PageView {
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
            body: &body,
            toc: &self.bodies[p].headings,
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
        self.render_template(template, lang, nav, Some(&view), &page.file)
    }

    fn render_template(
        &self,
        template: &str,
        lang: usize,
        nav: &[NavItem<'_>],
        page: Option<&PageView<'_>>,
        file: &Path,
    ) -> Result<String, Diagnostic> {
        let language = &self.config.languages[lang];
        let context = Context {
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
        };
        let context = tera::Context::from_serialize(&context).map_err(|e| {
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

    fn lang_link(&self, g: usize, l: usize, current: usize) -> LangLink<'_> {
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

    fn list_item(&self, g: usize, lang: usize) -> ListItem<'_> {
        let page = &self.pages[self.shown_version(g, lang)];
        ListItem {
            title: &page.front.title,
            description: &page.front.description,
            url: self.url(g, lang),
            lang: &page.lang,
            date: page.front.date.as_ref().and_then(date_parts),
        }
    }

    fn breadcrumbs(&self, p: usize, lang: usize) -> Vec<Crumb<'_>> {
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

    fn crumb(&self, g: usize, lang: usize) -> Crumb<'_> {
        let page = &self.pages[self.shown_version(g, lang)];
        Crumb {
            title: &page.front.title,
            url: self.url(g, lang),
            lang: &page.lang,
        }
    }

    /// `index.html`: pick a language, without JavaScript.
    fn render_root(&self) -> Result<OutputFiles, Diagnostic> {
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
                    |g| self.url(g, l),
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
    fn render_not_found(
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

    /// `sitemap.xml` (an index) and one sitemap per language, each URL with
    /// its hreflang alternates. Fallback pages are left out: they are not a
    /// version in that language, and their canonical link names the original.
    fn sitemaps(&self) -> OutputFiles {
        let default = self.config.default_index();
        let mut files: Vec<(PathBuf, Vec<u8>)> = self
            .config
            .languages
            .par_iter()
            .enumerate()
            .map(|(lang, language)| {
                let mut xml = String::from(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
                );
                for (g, group) in self.groups.iter().enumerate() {
                    let Some(p) = group.versions[lang] else { continue };
                    xml.push_str("<url><loc>");
                    xml.push_str(&xml_escape(&self.permalink(g, lang)));
                    xml.push_str("</loc>");
                    if let Some(date) = &self.pages[p].front.date {
                        xml.push_str(&format!("<lastmod>{date}</lastmod>"));
                    }
                    for (l, v) in group.versions.iter().enumerate() {
                        if v.is_some() {
                            xml.push_str(&format!(
                                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                                self.config.languages[l].code,
                                xml_escape(&self.permalink(g, l))
                            ));
                        }
                    }
                    xml.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                        xml_escape(&self.permalink(g, default))
                    ));
                    xml.push_str("</url>\n");
                }
                xml.push_str("</urlset>\n");
                (PathBuf::from(format!("sitemap-{}.xml", language.code)), xml.into_bytes())
            })
            .collect();
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for language in &self.config.languages {
            index.push_str(&format!(
                "<sitemap><loc>{}sitemap-{}.xml</loc></sitemap>\n",
                xml_escape(&self.config.base_url),
                language.code
            ));
        }
        index.push_str("</sitemapindex>\n");
        files.push((PathBuf::from("sitemap.xml"), index.into_bytes()));
        files.push((
            PathBuf::from("robots.txt"),
            format!(
                "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
                self.config.base_url
            )
            .into_bytes(),
        ));
        files
    }

    /// One Atom feed per language: the pages of that language with a date,
    /// newest first.
    fn feeds(&self) -> OutputFiles {
        self.config
            .languages
            .par_iter()
            .enumerate()
            .map(|(lang, language)| {
                // Dated pages (the Annex's version pages among them) and the
                // acts regarding IMI, newest first.
                struct Entry<'a> {
                    date: String,
                    title: &'a str,
                    summary: &'a str,
                    link: String,
                    lang: Option<&'a str>,
                }
                let mut entries: Vec<Entry<'_>> = self
                    .groups
                    .iter()
                    .enumerate()
                    .filter_map(|(g, group)| {
                        let p = group.versions[lang]?;
                        let page = &self.pages[p];
                        Some(Entry {
                            date: page.front.date.as_ref()?.to_string(),
                            title: &page.front.title,
                            summary: &page.front.description,
                            link: self.permalink(g, lang),
                            lang: None,
                        })
                    })
                    .collect();
                entries.extend(self.data.acts.iter().filter_map(|act| {
                    let d = act.date.date?;
                    Some(Entry {
                        date: format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
                        title: &act.title,
                        summary: &act.covers,
                        link: format!("{}{}/legislation/acts/#{}", self.config.base_url, language.code, act.id),
                        lang: Some("en"),
                    })
                }));
                entries.sort_by(|a, b| b.date.cmp(&a.date).then(a.link.cmp(&b.link)));
                let title = self.locales.text(lang, "feed-title", None);
                let feed_url = format!("{}{}/atom.xml", self.config.base_url, language.code);
                let updated = entries.first().map_or_else(|| "2012-11-14".to_string(), |e| e.date.clone());
                let mut xml = format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n<title>{title}</title>\n<id>{id}</id>\n<link rel=\"self\" href=\"{id}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n<updated>{updated}T00:00:00Z</updated>\n<author><name>{author}</name></author>\n",
                    code = language.code,
                    title = xml_escape(&title),
                    id = xml_escape(&feed_url),
                    home = xml_escape(&format!("{}{}/", self.config.base_url, language.code)),
                    author = xml_escape(&self.locales.text(lang, "feed-author", None)),
                );
                for e in entries {
                    let lang_attr = e.lang.map_or(String::new(), |l| format!(" xml:lang=\"{l}\""));
                    xml.push_str(&format!(
                        "<entry{lang_attr}>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}T00:00:00Z</updated>\n<summary>{}</summary>\n</entry>\n",
                        xml_escape(e.title),
                        xml_escape(&e.link),
                        xml_escape(&e.link),
                        e.date,
                        xml_escape(e.summary),
                    ));
                }
                xml.push_str("</feed>\n");
                (Path::new(&language.code).join("atom.xml"), xml.into_bytes())
            })
            .chain(self.annex_feeds())
            .collect()
    }

    /// One Atom feed of Annex changes per language: an entry per version,
    /// newest first.
    fn annex_feeds(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let Some(annex) = &self.annex else {
            return Vec::new();
        };
        self.config
            .languages
            .iter()
            .enumerate()
            .map(|(lang, language)| {
                let text = |key: &str, args: Option<&fluent_bundle::FluentArgs<'_>>| {
                    self.locales.text(lang, key, args)
                };
                let feed_url = format!("{}{}/annex/atom.xml", self.config.base_url, language.code);
                // An entry is dated by when it became known: a version in
                // force by its date, one not yet in force by its act's
                // publication (a future date would hide it in readers).
                let dated = |v: &crate::annex::engine::Version| {
                    if v.date > self.as_of { annex.announced(v) } else { v.date }
                };
                let newest = annex.versions.iter().map(dated).max().map_or_else(String::new, |d| d.to_string());
                let mut xml = format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n<title>{title}</title>\n<id>{id}</id>\n<link rel=\"self\" href=\"{id}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n<updated>{newest}T00:00:00Z</updated>\n<author><name>{author}</name></author>\n",
                    code = language.code,
                    title = xml_escape(&text("annex-feed-title", None)),
                    id = xml_escape(&feed_url),
                    page = xml_escape(&format!("{}{}/annex/timeline/", self.config.base_url, language.code)),
                    author = xml_escape(&text("feed-author", None)),
                );
                let mut versions: Vec<_> = annex.versions.iter().collect();
                versions.sort_by_key(|v| std::cmp::Reverse((dated(v), v.date)));
                for version in versions {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("date", version.date.eu());
                    let link = format!("{}{}/annex/{}/", self.config.base_url, language.code, version.date);
                    let summary: Vec<String> = if version.applied.is_empty() {
                        vec![annex.regulation.citation.clone()]
                    } else {
                        version.applied.iter().map(|at| annex.describe(*at)).collect()
                    };
                    let mut title = text("annex-version-title", Some(&args));
                    if version.date > self.as_of {
                        title = format!("{title}: {}", text("annex-upcoming-version", Some(&args)));
                    }
                    xml.push_str(&format!(
                        "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}T00:00:00Z</updated>\n<summary xml:lang=\"en\">{}</summary>\n</entry>\n",
                        xml_escape(&title),
                        xml_escape(&link),
                        xml_escape(&link),
                        dated(version),
                        xml_escape(&summary.join("; ")),
                    ));
                }
                xml.push_str("</feed>\n");
                (Path::new(&language.code).join("annex").join("atom.xml"), xml.into_bytes())
            })
            .collect()
    }

    /// The theme's static files and the `_headers` file.
    fn static_files(&self) -> OutputFiles {
        let mut files: Vec<(PathBuf, Vec<u8>)> = self
            .theme
            .assets
            .values()
            .map(|a| (PathBuf::from(&a.output), a.bytes.to_vec()))
            .collect();
        files.push((PathBuf::from("_headers"), self.headers_file().into_bytes()));
        files
    }

    /// Security headers for every response, in the `_headers` format that
    /// Netlify, Cloudflare Pages and the preview server read.
    pub fn headers_file(&self) -> String {
        let intake = SiteConfig::origin_of(&self.config.intake_url);
        let mut text = String::from("/*\n");
        for (name, value) in security_headers(&csp(intake, true)) {
            text.push_str(&format!("  {name}: {value}\n"));
        }
        text.push_str(&format!(
            "{}assets/*\n  Cache-Control: public, max-age=31536000, immutable\n",
            self.config.base_path()
        ));
        text
    }

    /// How many facts are still to be verified (marked `verified = false`
    /// in the data and the Annex files).
    pub fn unverified_count(&self) -> usize {
        unverified_facts(&self.data, self.annex.as_ref(), "/", "en")
            .iter()
            .map(|area| area.facts.len())
            .sum()
    }

    /// Page counts for the translation-coverage report: per language, the
    /// pages that have their own version.
    pub fn coverage(&self) -> Vec<(String, usize, usize)> {
        let keys = self.locales.key_counts();
        self.config
            .languages
            .iter()
            .enumerate()
            .map(|(l, language)| {
                let own = self
                    .groups
                    .iter()
                    .filter(|g| g.versions[l].is_some())
                    .count();
                (language.code.clone(), own, keys[l])
            })
            .collect()
    }

    /// Index of the page file at `file` (relative to the root).
    pub fn page_index(&self, file: &Path) -> Option<usize> {
        self.pages.iter().position(|p| p.file == file)
    }

    /// The group of page file `p`.
    pub fn group_of(&self, p: usize) -> Option<usize> {
        self.groups
            .iter()
            .position(|g| g.versions.contains(&Some(p)))
    }

    /// Replaces page file `p` with a new reading of it and re-renders its
    /// body. Returns `false` (and leaves the site unchanged) when the change
    /// affects more than the page's own outputs and its listings, so the
    /// caller should rebuild everything.
    pub fn replace_page(&mut self, p: usize, page: SourcePage) -> Result<bool, Vec<Diagnostic>> {
        let old = &self.pages[p];
        if old.key() != page.key() || old.kind != page.kind || old.url_path != page.url_path {
            return Ok(false);
        }
        let group_of_stem: HashMap<&str, usize> = self
            .groups
            .iter()
            .enumerate()
            .flat_map(|(g, group)| group.versions.iter().flatten().map(move |&v| (v, g)))
            .map(|(v, g)| (self.pages[v].stem.as_str(), g))
            .collect();
        let rendered = markdown::render(page.body(), &|path| {
            group_of_stem
                .get(path)
                .or_else(|| group_of_stem.get(format!("{path}/_index").as_str()))
                .copied()
        });
        let errors: Vec<Diagnostic> = rendered
            .errors
            .iter()
            .map(|e| {
                Diagnostic::error(
                    "content::markdown",
                    &page.file,
                    &page.source,
                    page.body_offset + e.span.start..page.body_offset + e.span.end,
                    e.message.clone(),
                    e.help.clone(),
                )
            })
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let old_anchors = std::mem::replace(
            &mut self.anchors[p],
            rendered.headings.iter().map(|h| h.id.clone()).collect(),
        );
        let old_body = std::mem::replace(&mut self.bodies[p], rendered);
        let old_page = std::mem::replace(&mut self.pages[p], page);
        let diagnostics = Diagnostics::new();
        self.check_links(&diagnostics);
        if diagnostics.has_errors() {
            self.anchors[p] = old_anchors;
            self.bodies[p] = old_body;
            self.pages[p] = old_page;
            return Err(diagnostics.into_sorted());
        }
        Ok(true)
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

    /// Rebuilds the search index of `languages` from their pages in `out`
    /// and updates the entry file, keeping the other languages' indexes:
    /// the preview server's search stays current after an edit.
    pub fn reindex(&self, languages: &[usize], out: &Path) -> Result<(), Diagnostic> {
        if languages.is_empty() {
            return Ok(());
        }
        let mut pages = Vec::new();
        for &lang in languages {
            for g in 0..self.groups.len() {
                if self.searchable(g, lang)
                    && let Ok(html) = std::fs::read_to_string(out.join(self.output_path(g, lang)))
                {
                    let code = &self.config.languages[lang].code;
                    pages.push(search::Indexed {
                        lang: code.clone(),
                        url: self.url(g, lang),
                        html: search::main_only(code, &html),
                    });
                }
            }
        }
        let entry_path = out.join("pagefind/pagefind-entry.json");
        // None on the first build (no index yet).
        let previous = std::fs::read(&entry_path).ok();
        let mut entry = None;
        for (path, bytes) in search::index(pages)? {
            if path.ends_with("pagefind-entry.json") {
                entry = Some(search::merge_entries(previous.as_deref(), &bytes));
            } else {
                output::write(&out.join(path), &bytes)?;
            }
        }
        // The entry file last, and whole: a browser reading it meanwhile
        // gets the old index or the new one, never half of it.
        if let Some(entry) = entry {
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
        Ok(())
    }
}

/// The pages the Annex adds in every language: the timeline and one page per
/// version. They have no Markdown; their templates show the Annex data.
fn annex_pages(
    annex: &Annex,
    config: &SiteConfig,
    locales: &Locales,
    as_of: Date,
) -> Vec<SourcePage> {
    let file = PathBuf::from("content/annex/original.toml");
    let empty: std::sync::Arc<str> = std::sync::Arc::from("");
    let mut pages = Vec::new();
    for (l, language) in config.languages.iter().enumerate() {
        let text = |key: &str, args: Option<&fluent_bundle::FluentArgs<'_>>| {
            locales
                .format(l, key, args)
                .unwrap_or_else(|| key.to_string())
        };
        let page = |stem: String,
                    title: String,
                    description: String,
                    weight: i64,
                    date: Option<String>,
                    template: &str| SourcePage {
            file: file.clone(),
            source: empty.clone(),
            lang: language.code.clone(),
            url_path: format!("{stem}/"),
            section: "annex".into(),
            kind: PageKind::Page,
            front: content::FrontMatter {
                title,
                description,
                weight,
                date: date.and_then(|d| d.parse().ok()),
                template: Some(template.to_string()),
                key: None,
                machine_translated: false,
            },
            body_offset: 0,
            stem,
        };
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("date", annex.original.in_force.eu());
        pages.push(page(
            "annex/timeline".into(),
            text("annex-timeline-title", None),
            text("annex-timeline-description", Some(&args)),
            0,
            None,
            "annex-timeline.html",
        ));
        for (i, version) in annex.versions.iter().enumerate() {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", version.date.eu());
            let description = if version.date > as_of {
                format!(
                    "{} {}",
                    text("annex-version-description", Some(&args)),
                    text("annex-upcoming-version", Some(&args))
                )
            } else {
                text("annex-version-description", Some(&args))
            };
            pages.push(page(
                format!("annex/{}", version.date),
                text("annex-version-title", Some(&args)),
                description,
                1 + i as i64,
                Some(version.date.to_string()),
                "annex-version.html",
            ));
        }
    }
    pages
}

/// An entry of "What's new".
#[derive(Serialize)]
struct NewsItem {
    date: String,
    kind: &'static str,
    title: String,
    lang: String,
    url: String,
}

/// New and changed acts and Annex versions, newest first, for one language.
fn whats_new(
    data: &Data,
    annex: Option<&Annex>,
    locales: &Locales,
    lang: usize,
    base_path: &str,
    code: &str,
    as_of: Date,
) -> Vec<NewsItem> {
    let mut items: Vec<NewsItem> = data
        .acts
        .iter()
        .filter_map(|act| {
            Some(NewsItem {
                date: act
                    .date
                    .date
                    .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))?,
                kind: "act",
                title: act.title.clone(),
                lang: "en".into(),
                url: format!("{base_path}{code}/legislation/acts/#{}", act.id),
            })
        })
        .collect();
    if let Some(annex) = annex {
        for version in &annex.versions {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", version.date.eu());
            let title = locales.text(lang, "annex-version-title", Some(&args));
            // A version not yet in force is news from the day its act was
            // published, and says so.
            let (date, title) = if version.date > as_of {
                let upcoming = locales.text(lang, "annex-upcoming-version", Some(&args));
                (annex.announced(version), format!("{title}: {upcoming}"))
            } else {
                (version.date, title)
            };
            items.push(NewsItem {
                date: date.to_string(),
                kind: "annex",
                title,
                lang: code.to_string(),
                url: format!("{base_path}{code}/annex/{}/", version.date),
            });
        }
    }
    items.sort_by(|a, b| b.date.cmp(&a.date).then(a.url.cmp(&b.url)));
    items
}

/// A fact not yet confirmed in a public source, for the page that lists
/// them all.
#[derive(Serialize)]
struct OpenFact {
    /// What the fact is about (English, as the data says it).
    fact: String,
    /// What remains to check, if the data says.
    check: Option<String>,
    /// Where the fact is shown.
    url: String,
}

/// The facts still to be verified in one part of the portal.
#[derive(Serialize)]
struct OpenArea {
    /// `annex`, `acts`, `states` or `procedures` (`unverified-area-*`).
    area: &'static str,
    facts: Vec<OpenFact>,
}

/// Every fact marked `verified = false` in the data, by area, in data
/// order: the list readers and editors watch shrink.
fn unverified_facts(
    data: &Data,
    annex: Option<&Annex>,
    base_path: &str,
    code: &str,
) -> Vec<OpenArea> {
    let mut areas = Vec::new();
    if let Some(annex) = annex {
        areas.push(OpenArea {
            area: "annex",
            facts: annex
                .unverified()
                .into_iter()
                .map(|(point, act, note)| OpenFact {
                    fact: format!("Annex, point {point} ({act})"),
                    check: note,
                    url: format!("{base_path}{code}/annex/timeline/"),
                })
                .collect(),
        });
    }
    areas.push(OpenArea {
        area: "acts",
        facts: data
            .acts
            .iter()
            .filter(|a| !a.verified)
            .map(|a| OpenFact {
                fact: a.title.clone(),
                check: a.to_check.clone(),
                url: format!("{base_path}{code}/legislation/acts/#{}", a.id),
            })
            .collect(),
    });
    areas.push(OpenArea {
        area: "states",
        facts: data
            .states
            .iter()
            .filter(|s| !s.verified)
            .map(|s| OpenFact {
                fact: match &s.authority {
                    Some(authority) => format!("{}: {authority}", s.name),
                    None => s.name.clone(),
                },
                check: s.to_check.clone(),
                url: format!(
                    "{base_path}{code}/rights/supervision/#{}",
                    s.code.to_lowercase()
                ),
            })
            .collect(),
    });
    areas.push(OpenArea {
        area: "procedures",
        facts: data
            .procedures
            .iter()
            .filter(|p| !p.verified)
            .map(|p| OpenFact {
                fact: p.name.clone(),
                check: p.to_check.clone(),
                url: format!("{base_path}{code}/procedures/{}/", p.id),
            })
            .collect(),
    });
    areas
}

/// A page generated from a published data file, in every language: the
/// request statistics (`request/statistics/`) or the audit log's signed
/// checkpoints (`about/audit-log/`). `at` is (section, stem, weight),
/// `strings` (title key, description key, template).
fn data_pages(
    config: &SiteConfig,
    locales: &Locales,
    file: &str,
    at: (&str, &str, i64),
    strings: (&str, &str, &str),
) -> Vec<SourcePage> {
    let empty: std::sync::Arc<str> = std::sync::Arc::from("");
    let (section, stem, weight) = at;
    let (title, description, template) = strings;
    config
        .languages
        .iter()
        .enumerate()
        .map(|(l, language)| {
            let text = |key: &str| {
                locales
                    .format(l, key, None)
                    .unwrap_or_else(|| key.to_string())
            };
            SourcePage {
                file: PathBuf::from(file),
                source: empty.clone(),
                lang: language.code.clone(),
                url_path: format!("{stem}/"),
                section: section.into(),
                kind: PageKind::Page,
                front: content::FrontMatter {
                    title: text(title),
                    description: text(description),
                    weight,
                    date: None,
                    template: Some(template.into()),
                    key: None,
                    machine_translated: false,
                },
                body_offset: 0,
                stem: stem.into(),
            }
        })
        .collect()
}

/// The page of facts still to be verified, in every language
/// (`about/unverified/`), generated from the data.
fn unverified_pages(config: &SiteConfig, locales: &Locales) -> Vec<SourcePage> {
    data_pages(
        config,
        locales,
        "content/data",
        ("about", "about/unverified", 90),
        (
            "unverified-title",
            "unverified-description",
            "unverified.html",
        ),
    )
}

/// One page per filter of the acts table (by type, status and year of
/// adoption), in every language, so the table filters without JavaScript.
/// They use the acts page's template, which reads the filter from the key
/// (`legislation/acts/<facet>/<value>`).
fn act_view_pages(data: &Data, config: &SiteConfig, locales: &Locales) -> Vec<SourcePage> {
    let facets = data.act_facets();
    let views: Vec<(&str, String)> = facets
        .kinds
        .iter()
        .map(|k| ("type", k.to_string()))
        .chain(facets.statuses.iter().map(|s| ("status", s.to_string())))
        .chain(facets.years.iter().map(|y| ("year", y.clone())))
        .collect();
    let file = PathBuf::from("content/data/acts.toml");
    let empty: std::sync::Arc<str> = std::sync::Arc::from("");
    let mut pages = Vec::new();
    for (l, language) in config.languages.iter().enumerate() {
        for (i, (facet, value)) in views.iter().enumerate() {
            let label = match *facet {
                "type" => locales.format(l, &format!("acts-kind-{value}"), None),
                "status" => locales.format(l, &format!("act-status-{value}"), None),
                _ => Some(value.clone()),
            }
            .unwrap_or_else(|| value.clone());
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("filter", label);
            let title = locales.text(l, "acts-view-title", Some(&args));
            let stem = format!("legislation/acts/{facet}/{value}");
            pages.push(SourcePage {
                file: file.clone(),
                source: empty.clone(),
                lang: language.code.clone(),
                url_path: format!("{stem}/"),
                section: "legislation/acts".into(),
                kind: PageKind::Page,
                front: content::FrontMatter {
                    description: title.clone(),
                    title,
                    weight: i as i64,
                    date: None,
                    template: Some("acts.html".into()),
                    key: None,
                    machine_translated: false,
                },
                body_offset: 0,
                stem,
            });
        }
    }
    pages
}

/// `annex(date="2018-12-11")` (without `date`, the version in force on the
/// build's reference date), `annex_versions()`, `annex_upcoming()` (the
/// versions published but not yet in force) and `annex_acts()` for one
/// language.
fn register_annex_functions(tera: &mut tera::Tera, views: Option<Arc<LanguageViews>>) {
    let missing = || tera::Error::msg("this site has no Annex (content/annex/original.toml)");
    let v = views.clone();
    tera.register_function("annex", move |args: &HashMap<String, tera::Value>| {
        let views = v.as_ref().ok_or_else(missing)?;
        let version = match args.get("date").and_then(tera::Value::as_str) {
            Some(date) => views.versions.get(date),
            None => views.versions.get(&views.current),
        };
        version.cloned().ok_or_else(|| {
            tera::Error::msg("annex(): no version of the Annex applies from that date")
        })
    });
    let v = views.clone();
    tera.register_function("annex_versions", move |_: &HashMap<String, tera::Value>| {
        Ok(v.as_ref().ok_or_else(missing)?.timeline.clone())
    });
    let v = views.clone();
    tera.register_function("annex_upcoming", move |_: &HashMap<String, tera::Value>| {
        Ok(v.as_ref().ok_or_else(missing)?.upcoming.clone())
    });
    tera.register_function("annex_acts", move |_: &HashMap<String, tera::Value>| {
        Ok(views.as_ref().ok_or_else(missing)?.acts.clone())
    });
}

/// `request_model()`: the request form's choices and limits, from the crate
/// the intake validates with, so the form and the service cannot disagree.
fn request_model_function(_: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    use request_model::{RequestKind, STATES, UNKNOWN_STATE, limits};
    // The three EEA states that are not Member States close the list.
    let (eu, eea) = STATES.split_at(STATES.len() - 3);
    Ok(serde_json::json!({
        "kinds": RequestKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        "eu_states": eu,
        "eea_states": eea,
        "unknown_state": UNKNOWN_STATE,
        "limits": {
            "name": limits::NAME,
            "email": limits::EMAIL,
            "postal_address": limits::POSTAL_ADDRESS,
            "authority": limits::AUTHORITY,
            "imi_reference": limits::IMI_REFERENCE,
            "description": limits::DESCRIPTION,
        },
    }))
}

/// The Content-Security-Policy. `frame-ancestors` only works as a header.
pub fn csp(intake_origin: &str, header: bool) -> String {
    let mut policy = format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self' {intake_origin}; form-action 'self' {intake_origin}; manifest-src 'self'; base-uri 'none'"
    );
    if header {
        policy.push_str("; frame-ancestors 'none'");
    }
    policy
}

/// Headers sent with every page.
pub fn security_headers(csp: &str) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", csp.to_string()),
        ("Referrer-Policy", "no-referrer".into()),
        ("X-Content-Type-Options", "nosniff".into()),
        ("X-Frame-Options", "DENY".into()),
        ("Cross-Origin-Opener-Policy", "same-origin".into()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()".into(),
        ),
    ]
}

/// Finds `t(key="...")` calls in a template: byte offset and key.
pub fn template_keys(source: &str) -> Vec<(usize, &str)> {
    let mut keys = Vec::new();
    let mut from = 0;
    while let Some(i) = source[from..].find("t(key=") {
        let start = from + i;
        from = start + 6;
        // Only the function `t`, not e.g. `format(key=`.
        let prev = source[..start].chars().next_back();
        if prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &source[from..];
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if let Some(end) = rest[1..].find(quote) {
            // `t(key="request-kind-" ~ kind)` builds its key at render time,
            // where a missing key is an error too.
            let dynamic = rest[2 + end..].trim_start().starts_with('~');
            if !dynamic {
                keys.push((from + 1, &rest[1..1 + end]));
            }
        }
    }
    keys
}

fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A date as ISO (`2012-11-14`) and as written in EU documents (`14.11.2012`).
#[derive(Debug, Clone, Serialize)]
pub struct DateParts {
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub iso: String,
    /// `D.M.YYYY`, as the Official Journal writes dates in every language.
    pub display: String,
}

fn date_parts(date: &toml::value::Datetime) -> Option<DateParts> {
    let d = date.date?;
    let date = request_model::Date::new(d.year, d.month, d.day)?;
    Some(DateParts {
        iso: date.to_string(),
        display: date.eu(),
    })
}

#[derive(Serialize)]
struct Context<'a> {
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
    url: String,
    lang: &'a str,
}

/// An entry of the main navigation.
#[derive(Serialize)]
pub struct NavItem<'a> {
    title: &'a str,
    url: String,
    lang: &'a str,
    key: &'a str,
}

#[derive(Serialize)]
struct PageView<'a> {
    kind: &'static str,
    key: &'a str,
    title: &'a str,
    description: &'a str,
    url: String,
    permalink: String,
    canonical: String,
    content_lang: &'a str,
    fallback: bool,
    machine_translated: bool,
    date: Option<DateParts>,
    body: &'a str,
    toc: &'a [markdown::Heading],
    translations: Vec<LangLink<'a>>,
    switcher: Vec<LangLink<'a>>,
    breadcrumbs: Vec<Crumb<'a>>,
    pages: Vec<ListItem<'a>>,
}

#[derive(Serialize)]
struct LangLink<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    permalink: String,
    current: bool,
    available: bool,
}

#[derive(Serialize)]
struct ListItem<'a> {
    title: &'a str,
    description: &'a str,
    url: String,
    lang: &'a str,
    date: Option<DateParts>,
}

#[derive(Serialize)]
struct Crumb<'a> {
    title: &'a str,
    url: String,
    lang: &'a str,
}

#[derive(Serialize)]
struct RootChoice<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    prompt: String,
}

/// The request form's strings in one language, as the JSON the WebAssembly
/// view reads from the page (`<script type="application/json">`): every
/// `request-*` message, with its variables written `{name}` for the view to
/// fill in. `<`, `>` and `&` are escaped so the data cannot end the element.
fn request_strings(locales: &Locales, lang: usize) -> Result<String, Diagnostic> {
    let mut args = FluentArgs::new();
    for name in ["date", "step", "total", "title", "status"] {
        args.set(name, format!("{{{name}}}"));
    }
    let strings: BTreeMap<&str, String> = locales
        .keys_with_prefix(lang, "request-")
        .filter_map(|key| Some((key, locales.format(lang, key, Some(&args))?)))
        .collect();
    let json = serde_json::to_string(&strings).map_err(|e| {
        Diagnostic::file_error(
            "internal::json",
            Path::new("locales"),
            format!("the request form's strings could not be written as JSON: {e}"),
            "this is a bug in the generator: report it",
        )
    })?;
    Ok(json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026"))
}

/// A template value, or `null` with the error reported (which fails the
/// build): never a silent default.
fn reported(
    value: Result<serde_json::Value, Diagnostic>,
    diagnostics: &Diagnostics,
) -> tera::Value {
    value.unwrap_or_else(|e| {
        diagnostics.push(e);
        tera::Value::Null
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_translation_keys_in_templates() {
        let src = "{{ t(key=\"a-b\") }} {{ format(key=\"no\") }} {{ t(key='c', count=2) }} {{ t(key=\"d-\" ~ x) }}";
        let keys: Vec<_> = template_keys(src).into_iter().map(|(_, k)| k).collect();
        assert_eq!(keys, ["a-b", "c"]);
        let (offset, key) = template_keys(src)[0];
        assert_eq!(&src[offset..offset + key.len()], "a-b");
    }

    #[test]
    fn csp_is_strict_and_allows_the_intake() {
        let header = csp("https://intake.example.eu", true);
        assert!(header.starts_with("default-src 'none'"));
        assert!(header.contains("form-action 'self' https://intake.example.eu"));
        assert!(header.contains("frame-ancestors 'none'"));
        assert!(!csp("https://intake.example.eu", false).contains("frame-ancestors"));
        assert!(!header.contains("unsafe-inline"));
    }

    #[test]
    fn xml_escaping() {
        assert_eq!(xml_escape("a&b<'\">"), "a&amp;b&lt;&apos;&quot;&gt;");
    }
}
