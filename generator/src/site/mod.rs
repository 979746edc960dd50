//! The whole site: loading every input, validating it, and rendering every
//! output file.
//!
//! Loading is [`Site::load`]; it never stops at the first problem. Rendering
//! ([`Site::render_to`]) runs only on a site without errors and produces
//! every (language, page) pair: a language without its own version of a page
//! shows the default language's text with a notice. Work is spread over all
//! cores with rayon; nothing is quadratic in pages × languages.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use serde::Serialize;

use crate::annex::Annex;
use crate::annex::engine::Date;
use crate::cache::{Key, SourceFile, Sources};
use crate::config::SiteConfig;
use crate::content::{self, Origin, PageGroup, PageKind, SourcePage};
use crate::data::Data;
use crate::diagnostics::{Diagnostic, Diagnostics, json_text, json_value};
use crate::i18n::Locales;
use crate::markdown::{self, InternalLink, Outline};
use crate::output;
use crate::search;
use crate::theme::{Theme, error_chain};
use crate::urls::{self, Target};

mod annex_views;
mod feeds;
mod functions;
mod generated;
mod incremental;
mod open_data;
mod render;

use annex_views::{Labels, LanguageViews};
use functions::*;
pub use functions::{csp, security_headers, template_keys};
use generated::*;
pub use incremental::RenderReport;
pub use render::{AzItem, DateParts, Letter, NavItem};

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
    /// The pages' bodies, one per page.
    bodies: Vec<Body>,
    /// How many Markdown page files' bodies were parsed by the load (not
    /// known to the build cache).
    parsed: usize,
    /// The page group of each page file's path below `content/` without
    /// language and extension (`section/page`, `section/_index`): where an
    /// internal link `@/section/page.md` goes.
    link_groups: HashMap<String, usize>,
    /// Language versions grouped by key, sorted by key.
    pub groups: Vec<PageGroup>,
    /// Interface strings.
    pub locales: Locales,
    /// Templates and static files.
    pub theme: Theme,
    /// Structured data from `content/data/`.
    pub data: Data,
    /// The data sets as template values and open data.
    data_sets: open_data::DataSets,
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
    /// The root-relative URL of each group in each language (group ×
    /// languages + language), made once: the views ask for them many
    /// times per page (the language switcher alone, once per language).
    urls: Vec<String>,
    /// The absolute URLs, likewise.
    permalinks: Vec<String>,
    /// Heading ids of every page, for anchor checks.
    anchors: Vec<HashSet<String>>,
    /// The Content-Security-Policy for the meta tag (no `frame-ancestors`,
    /// which browsers ignore there).
    csp_meta: String,
}

/// A page's body: its outline, its links resolved, and its HTML, rendered
/// when first needed (a rebuild whose build cache knows the page's file
/// renders only the bodies of the pages it renders again).
struct Body {
    /// The hash of the page's text (front matter and body).
    hash: Key,
    /// Headings and links as written.
    outline: Outline,
    /// The links resolved against the site's pages.
    links: Vec<InternalLink>,
    /// HTML with internal-link placeholders ([`markdown::render`]).
    html: OnceLock<String>,
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
        Self::load_with(root, options, None)
    }

    /// [`Site::load`], taking from `sources` (what a previous build kept of
    /// the page files, [`Site::sources`]) the outline of each page file
    /// whose text is unchanged, instead of parsing its Markdown and
    /// searching it for internal notes again.
    pub fn load_with(root: &Path, options: &LoadOptions, sources: Option<&Sources>) -> Loaded {
        let diagnostics = Diagnostics::new();
        let site = Self::load_into(root, options, sources, &diagnostics);
        let failed = diagnostics.has_errors();
        Loaded {
            site: if failed { None } else { site },
            diagnostics: diagnostics.into_sorted(),
        }
    }

    fn load_into(
        root: &Path,
        options: &LoadOptions,
        sources: Option<&Sources>,
        diagnostics: &Diagnostics,
    ) -> Option<Site> {
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
                    || {
                        content::load_pages(root, &config, diagnostics, &|file, text| {
                            sources.is_some_and(|s| {
                                s.outline(file, Key::of(text.as_bytes())).is_some()
                            })
                        })
                    },
                    || {
                        rayon::join(
                            || Data::load(root, diagnostics),
                            || Annex::load(root, &config, diagnostics),
                        )
                    },
                )
            },
        );
        let data_sets = open_data::DataSets::new(&data, diagnostics);
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
                Origin::RequestStatistics,
                "content/data/request-stats.json",
                ("request", "request/statistics", 50),
                ("stats-title", "stats-description", "request-stats.html"),
            ));
        }
        if data.audit_checkpoints.is_some() {
            pages.extend(data_pages(
                &config,
                &locales,
                Origin::AuditLog,
                "content/data/audit-checkpoints.json",
                ("about", "about/audit-log", 80),
                ("audit-title", "audit-description", "audit-log.html"),
            ));
        }
        let groups = content::group_pages(&pages, &config, diagnostics);

        let mut link_groups: HashMap<String, usize> = HashMap::new();
        for (g, group) in groups.iter().enumerate() {
            for &p in group.versions.iter().flatten() {
                link_groups.insert(pages[p].stem.clone(), g);
            }
        }
        let bodies: Vec<Body> = pages
            .par_iter()
            .map(|page| {
                let hash = Key::of(page.source.as_bytes());
                let known = sources
                    .filter(|_| page.origin == Origin::Markdown)
                    .and_then(|s| s.outline(&page.file, hash));
                let (outline, html) = match known {
                    Some(outline) => (outline.clone(), OnceLock::new()),
                    None => {
                        let rendered =
                            markdown::render(page.body(), &|path| resolve(&link_groups, path));
                        (rendered.outline, OnceLock::from(rendered.html))
                    }
                };
                let resolved = outline.resolve(&|path| resolve(&link_groups, path));
                report_body_errors(page, &resolved.errors, diagnostics);
                Body {
                    hash,
                    outline,
                    links: resolved.links,
                    html,
                }
            })
            .collect();
        let parsed = pages
            .iter()
            .zip(&bodies)
            .filter(|(page, body)| page.origin == Origin::Markdown && body.html.get().is_some())
            .count();
        let anchors: Vec<HashSet<String>> = bodies
            .iter()
            .map(|b| b.outline.headings.iter().map(|h| h.id.clone()).collect())
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
            annex_views::language_views(
                annex,
                &codes,
                &config.default_language,
                &base_path,
                &labels,
                as_of,
            )
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
                tera.register_function("t", functions::Translate::new(locales.bundle(i).clone()));
                tera.register_function("data", data_sets.function());
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
            parsed,
            link_groups,
            groups,
            locales,
            theme,
            data,
            data_sets,
            annex,
            as_of,
            engines,
            section_index,
            section_children,
            urls: Vec::new(),
            permalinks: Vec::new(),
            anchors,
            csp_meta,
        };
        (site.urls, site.permalinks) = site.page_urls();
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
        for lang in 0..site.config.languages.len() {
            // The folders of the language's search shards the search page
            // merges (the first shard is the main index).
            let merged: Vec<String> = site
                .search_shards(lang)
                .iter()
                .enumerate()
                .skip(1)
                .filter(|(_, groups)| !groups.is_empty())
                .map(|(k, _)| format!("shard-{k}/"))
                .collect();
            site.engines[lang]
                .register_function("search_shards", move |_: &HashMap<String, tera::Value>| {
                    Ok(tera::Value::from(merged.clone()))
                });
        }
        // Last, once every function is registered: the build cache records
        // which functions each page calls, with what, and their answers.
        for engine in &mut site.engines {
            crate::cache::Recorded::wrap_all(engine);
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
                        let mut known: Vec<&str> = self.bodies[target].outline.headings.iter().map(|h| h.id.as_str()).collect();
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
        // Default meant only on a site with errors: a group without a
        // default-language version is `content::no-default-version`, and
        // nothing is rendered then.
        group.versions[lang]
            .or(group.versions[self.config.default_index()])
            .unwrap_or_default()
    }

    /// The HTML of page file `p`'s body, with internal-link placeholders
    /// (rendered now if the build cache had spared it so far).
    fn body_html(&self, p: usize) -> &str {
        self.bodies[p].html.get_or_init(|| {
            markdown::render(self.pages[p].body(), &|path| {
                resolve(&self.link_groups, path)
            })
            .html
        })
    }

    /// The body of group `g` as shown in language `lang`: its HTML with the
    /// internal links pointing to that language's pages.
    pub(super) fn page_body(&self, g: usize, lang: usize) -> String {
        let p = self.shown_version(g, lang);
        markdown::substitute_links(self.body_html(p), &|target| {
            self.url(target, lang).to_string()
        })
    }

    /// What [`Site::page_body`] depends on, without rendering it: the page
    /// file's text and the URL, in `lang`, of every page it links to.
    pub(super) fn body_key(&self, g: usize, lang: usize) -> Key {
        let body = &self.bodies[self.shown_version(g, lang)];
        let mut h = crate::cache::Hasher::new();
        h.key(body.hash);
        for target in body.links.iter().filter_map(|l| l.target) {
            h.str(self.url(target, lang));
        }
        h.finish()
    }

    /// How many Markdown page files the load parsed: all of them, but
    /// those whose outline it took from the build cache
    /// ([`Site::load_with`]).
    pub fn parsed(&self) -> usize {
        self.parsed
    }

    /// What a build cache keeps of the page files
    /// ([`Site::load_with`]): each Markdown file's hash and outline.
    pub fn sources(&self) -> Sources {
        let mut sources = Sources::new();
        for (page, body) in self.pages.iter().zip(&self.bodies) {
            if page.origin == Origin::Markdown {
                sources.insert(
                    &page.file,
                    SourceFile {
                        hash: body.hash,
                        outline: body.outline.clone(),
                    },
                );
            }
        }
        sources
    }

    /// Root-relative URL of group `g` in language `lang`.
    pub fn url(&self, g: usize, lang: usize) -> &str {
        &self.urls[g * self.config.languages.len() + lang]
    }

    /// Absolute URL of group `g` in language `lang`.
    pub fn permalink(&self, g: usize, lang: usize) -> &str {
        &self.permalinks[g * self.config.languages.len() + lang]
    }

    /// Every group's root-relative and absolute URL in every language, for
    /// [`Site::url`] and [`Site::permalink`].
    fn page_urls(&self) -> (Vec<String>, Vec<String>) {
        let languages = self.config.languages.len();
        (0..self.groups.len() * languages)
            .map(|i| {
                let (g, lang) = (i / languages, i % languages);
                let page = &self.pages[self.shown_version(g, lang)];
                let code = &self.config.languages[lang].code;
                let target = Target::Page(&page.url_path);
                (
                    urls::url(self.config.base_path(), code, target),
                    urls::url(&self.config.base_url, code, target),
                )
            })
            .unzip()
    }

    /// Whether group `g` goes into the search index of language `lang`: a
    /// Markdown page written in that language (not a fallback, not a view
    /// generated from data, not the search page itself).
    pub fn searchable(&self, g: usize, lang: usize) -> bool {
        let Some(p) = self.groups[g].versions[lang] else {
            return false;
        };
        let page = &self.pages[p];
        page.origin == Origin::Markdown && page.front.template.as_deref() != Some("search.html")
    }

    /// Output path of group `g` in language `lang`, below the output folder.
    pub fn output_path(&self, g: usize, lang: usize) -> PathBuf {
        let page = &self.pages[self.shown_version(g, lang)];
        Path::new(&self.config.languages[lang].code)
            .join(&page.url_path)
            .join("index.html")
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
        let rendered = markdown::render(page.body(), &|path| resolve(&self.link_groups, path));
        let resolved = rendered
            .outline
            .resolve(&|path| resolve(&self.link_groups, path));
        let errors = Diagnostics::new();
        report_body_errors(&page, &resolved.errors, &errors);
        if errors.has_errors() {
            return Err(errors.into_sorted());
        }
        let old_anchors = std::mem::replace(
            &mut self.anchors[p],
            rendered
                .outline
                .headings
                .iter()
                .map(|h| h.id.clone())
                .collect(),
        );
        let body = Body {
            hash: Key::of(page.source.as_bytes()),
            outline: rendered.outline,
            links: resolved.links,
            html: OnceLock::from(rendered.html),
        };
        let old_body = std::mem::replace(&mut self.bodies[p], body);
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
}

/// The page group an internal link's path (`section/page`, without `@/`
/// and `.md`) goes to: the page's, or the section's if it names a folder.
fn resolve(link_groups: &HashMap<String, usize>, path: &str) -> Option<usize> {
    link_groups
        .get(path)
        .or_else(|| link_groups.get(&format!("{path}/_index")))
        .copied()
}

/// Reports the problems of a page's body at their place in its file.
fn report_body_errors(
    page: &SourcePage,
    errors: &[markdown::BodyError],
    diagnostics: &Diagnostics,
) {
    for e in errors {
        diagnostics.push(Diagnostic::error(
            "content::markdown",
            &page.file,
            &page.source,
            page.body_offset + e.span.start..page.body_offset + e.span.end,
            e.message.clone(),
            e.help.clone(),
        ));
    }
}
