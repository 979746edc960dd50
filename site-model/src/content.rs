//! The content tree: Markdown pages with TOML front matter, one file per
//! language (`content/<section>/<page>.<lang>.md`), grouped by a key that ties
//! the language versions of one page together.
//!
//! Invariant: this module reads files and parses front matter; it knows
//! nothing about templates or output paths beyond a page's URL path.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Deserialize;

use crate::config::SiteConfig;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Front matter of a page, between `+++` lines at the top of the file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The page title, shown as its only `<h1>`.
    pub title: String,
    /// One or two sentences for search engines, link previews and listings.
    pub description: String,
    /// Order among the pages of a section (smaller first).
    #[serde(default)]
    pub weight: i64,
    /// Date of publication or last substantive change (`2024-05-31`).
    #[serde(default)]
    pub date: Option<toml::value::Datetime>,
    /// Template to render with, instead of the page type's default.
    #[serde(default)]
    pub template: Option<String>,
    /// Ties the language versions of one page together when their file
    /// names differ. Defaults to the file's path without the language.
    #[serde(default)]
    pub key: Option<String>,
    /// Set when the text was machine-translated and not checked by a
    /// professional translator: the page then shows a notice.
    #[serde(default)]
    pub machine_translated: bool,
}

/// What a page is: the home page, the index of a section, or a plain page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PageKind {
    /// `content/_index.<lang>.md`.
    Home,
    /// `content/<section>/_index.<lang>.md`: lists the section's pages.
    Section,
    /// Any other Markdown file.
    Page,
}

/// Where a page comes from: a Markdown file, or data the generator turns
/// into a page (it then has no body, and its template shows the data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A Markdown file under `content/`.
    Markdown,
    /// The timeline of the Annex's versions (`content/annex/`).
    AnnexTimeline,
    /// One version of the Annex (`content/annex/`).
    AnnexVersion,
    /// The table of acts filtered by one value (`content/data/acts.toml`).
    ActsFilter,
    /// The facts still to be verified (`content/data/`, `content/annex/`).
    Unverified,
    /// The request statistics (`content/data/request-stats.json`).
    RequestStatistics,
    /// The audit log's signed checkpoints
    /// (`content/data/audit-checkpoints.json`).
    AuditLog,
}

/// One language version of one page, as read from its file.
#[derive(Debug, Clone)]
pub struct SourcePage {
    /// File path relative to the site root, for diagnostics.
    pub file: PathBuf,
    /// Whole file text (shared with diagnostics).
    pub source: Arc<str>,
    /// Language code of this version.
    pub lang: String,
    /// Path below `content/` without language and extension, e.g.
    /// `rights/access` or `rights/_index`.
    pub stem: String,
    /// The URL path below the language folder, e.g. `rights/access/`
    /// (empty for the home page).
    pub url_path: String,
    /// The section folder this page belongs to (`""` at the top).
    pub section: String,
    /// Home, section index or page.
    pub kind: PageKind,
    /// A Markdown file, or which data the page is generated from.
    pub origin: Origin,
    /// Parsed front matter.
    pub front: FrontMatter,
    /// Byte offset of the Markdown body in `source`.
    pub body_offset: usize,
}

impl SourcePage {
    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.source[self.body_offset..]
    }

    /// The key tying the language versions together.
    pub fn key(&self) -> &str {
        self.front.key.as_deref().unwrap_or(&self.stem)
    }
}

/// Finds every Markdown page under `content/` (skipping `content/data/`) and
/// parses it, in parallel. Files are returned sorted by path.
///
/// Every file is searched for citations of internal notes
/// ([`crate::diagnostics::internal_references`]) unless `cites_no_note`
/// says, from its path (relative to `root`) and text, that it was searched
/// already and cites none (a build cache knows the files unchanged since a
/// build without errors).
pub fn load_pages(
    root: &Path,
    config: &SiteConfig,
    diagnostics: &Diagnostics,
    cites_no_note: &(dyn Fn(&Path, &str) -> bool + Sync),
) -> Vec<SourcePage> {
    let content = root.join("content");
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            !(name.starts_with('.') || (e.depth() == 1 && name == "data" && e.file_type().is_dir()))
        })
        .filter_map(|entry| match entry {
            Ok(e) if e.file_type().is_file() => Some(e.into_path()),
            Ok(_) => None,
            Err(e) => {
                let path = e.path().unwrap_or(&content).to_path_buf();
                diagnostics.push(Diagnostic::file_error(
                    "content::read",
                    &relative(root, &path),
                    format!("cannot read the content folder: {e}"),
                    "check the folder's permissions",
                ));
                None
            }
        })
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files
        .par_iter()
        .filter_map(|path| {
            let rel = relative(root, path);
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    diagnostics.push(Diagnostic::file_error(
                        "content::read",
                        &rel,
                        format!("cannot read the file: {e}"),
                        "save it as UTF-8 text",
                    ));
                    return None;
                }
            };
            let below = path.strip_prefix(&content).unwrap_or(path);
            let text: Arc<str> = Arc::from(text);
            if !cites_no_note(&rel, &text) {
                crate::diagnostics::internal_references(&rel, &text, false, diagnostics);
            }
            match parse_page(&rel, below, text, config) {
                Ok(page) => Some(page),
                Err(errors) => {
                    diagnostics.extend(errors);
                    None
                }
            }
        })
        .collect()
}

/// Parses one page file. `below_content` is its path below `content/`.
pub fn parse_page(
    file: &Path,
    below_content: &Path,
    source: Arc<str>,
    config: &SiteConfig,
) -> Result<SourcePage, Vec<Diagnostic>> {
    let name = file_name(below_content);
    let without_ext = name.strip_suffix(".md").unwrap_or(&name);
    let Some((base, lang)) = without_ext.rsplit_once('.') else {
        return Err(vec![Diagnostic::file_error(
            "content::file-name",
            file,
            format!("`{name}` does not say which language it is in"),
            format!(
                "name it <page>.<lang>.md, e.g. `{without_ext}.{}.md`",
                config.default_language
            ),
        )]);
    };
    if config.language_index(lang).is_none() {
        let codes: Vec<_> = config.languages.iter().map(|l| l.code.as_str()).collect();
        return Err(vec![Diagnostic::file_error(
            "content::language",
            file,
            format!("`{lang}` in `{name}` is not a language of this site"),
            format!("use one of: {}", codes.join(", ")),
        )]);
    }
    if base.is_empty()
        || !base
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(vec![Diagnostic::file_error(
            "content::file-name",
            file,
            format!("`{base}` is not a usable page name: it becomes part of the URL"),
            "use lower-case letters, digits and hyphens, e.g. `right-of-access`",
        )]);
    }

    // A file directly in content/ has an empty parent: the home section.
    let section = below_content
        .parent()
        .into_iter()
        .flat_map(Path::components)
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    let (stem, kind, url_path) = match (section.is_empty(), base == "_index") {
        (true, true) => ("_index".to_string(), PageKind::Home, String::new()),
        (false, true) => (
            format!("{section}/_index"),
            PageKind::Section,
            format!("{section}/"),
        ),
        (true, false) => (base.to_string(), PageKind::Page, format!("{base}/")),
        (false, false) => (
            format!("{section}/{base}"),
            PageKind::Page,
            format!("{section}/{base}/"),
        ),
    };

    let (front_text, front_offset, body_offset) = split_front_matter(&source).ok_or_else(|| {
        vec![Diagnostic::error(
            "content::front-matter",
            file,
            &source,
            0..source.find('\n').unwrap_or(source.len()),
            "the file does not start with TOML front matter between `+++` lines",
            "start the file with `+++`, then `title = \"...\"` and `description = \"...\"`, then `+++`",
        )]
    })?;
    let front: FrontMatter = toml::from_str(front_text).map_err(|e| {
        let span = e.span().map_or(front_offset..front_offset, |s| {
            front_offset + s.start..front_offset + s.end
        });
        vec![Diagnostic::error(
            "content::front-matter",
            file,
            &source,
            span,
            format!("front matter: {}", e.message().trim()),
            front_matter_help(e.message()),
        )]
    })?;
    let mut errors = Vec::new();
    let field_span = |field: &str| {
        front_text
            .find(field)
            .map_or(front_offset..front_offset, |i| {
                front_offset + i..front_offset + i + field.len()
            })
    };
    if front.title.trim().is_empty() {
        errors.push(Diagnostic::error(
            "content::front-matter",
            file,
            &source,
            field_span("title"),
            "the title is empty",
            "give the page a title: it is the page's heading and the browser tab's name",
        ));
    }
    if front.description.trim().is_empty() {
        errors.push(Diagnostic::error(
            "content::front-matter",
            file,
            &source,
            field_span("description"),
            "the description is empty",
            "write one or two sentences saying what the page is for",
        ));
    }
    if let Some(date) = &front.date
        && (date.date.is_none() || date.time.is_some())
    {
        errors.push(Diagnostic::error(
            "content::front-matter",
            file,
            &source,
            field_span("date"),
            format!("`{date}` is not a calendar date"),
            "write the date as YYYY-MM-DD without quotes, e.g. `date = 2024-05-31`",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(SourcePage {
        file: file.to_path_buf(),
        lang: lang.to_string(),
        stem,
        url_path,
        section,
        kind,
        origin: Origin::Markdown,
        front,
        body_offset,
        source,
    })
}

fn front_matter_help(message: &str) -> String {
    if message.contains("unknown field") {
        "remove the field or correct its spelling; allowed fields are title, description, weight, date, template, key and machine_translated".into()
    } else if message.contains("missing field") {
        "add the field to the front matter".into()
    } else {
        "fix the TOML syntax between the `+++` lines".into()
    }
}

/// Splits `+++\n<toml>\n+++\n<body>`: returns the TOML, its byte offset and
/// the body's byte offset.
fn split_front_matter(source: &str) -> Option<(&str, usize, usize)> {
    let rest = source.strip_prefix("\u{feff}").unwrap_or(source);
    let bom = source.len() - rest.len();
    let first_line_end = rest.find('\n')?;
    if rest[..first_line_end].trim_end() != "+++" {
        return None;
    }
    let toml_start = first_line_end + 1;
    let mut pos = toml_start;
    loop {
        let line_end = rest[pos..].find('\n').map_or(rest.len(), |i| pos + i);
        if rest[pos..line_end].trim_end() == "+++" {
            let body = (line_end + 1).min(rest.len());
            return Some((&rest[toml_start..pos], bom + toml_start, bom + body));
        }
        if line_end >= rest.len() {
            return None;
        }
        pos = line_end + 1;
    }
}

/// The language versions of one page.
#[derive(Debug, Clone)]
pub struct PageGroup {
    /// The key tying the versions together.
    pub key: String,
    /// Index into the page list, per language index (`None` if missing).
    pub versions: Vec<Option<usize>>,
}

/// Groups pages by key, checking that every page has a version in the
/// default language and that versions agree on their kind.
pub fn group_pages(
    pages: &[SourcePage],
    config: &SiteConfig,
    diagnostics: &Diagnostics,
) -> Vec<PageGroup> {
    let mut by_key: BTreeMap<&str, PageGroup> = BTreeMap::new();
    for (index, page) in pages.iter().enumerate() {
        let Some(lang) = config.language_index(&page.lang) else {
            continue;
        };
        let group = by_key.entry(page.key()).or_insert_with(|| PageGroup {
            key: page.key().to_string(),
            versions: vec![None; config.languages.len()],
        });
        if let Some(other) = group.versions[lang] {
            diagnostics.push(Diagnostic::file_error(
                "content::duplicate",
                &page.file,
                format!(
                    "two `{}` pages have the key `{}`: this file and {}",
                    page.lang,
                    page.key(),
                    pages[other].file.display()
                ),
                "give each language version of a page its own language, or change `key`",
            ));
            continue;
        }
        group.versions[lang] = Some(index);
    }
    let default = config.default_index();
    let groups: Vec<PageGroup> = by_key.into_values().collect();
    for group in &groups {
        let versions = group.versions.iter().flatten().map(|&i| &pages[i]);
        match group.versions[default] {
            None => {
                for page in versions {
                    diagnostics.push(Diagnostic::file_error(
                        "content::no-default-version",
                        &page.file,
                        format!(
                            "the page `{}` has no `{}` version, which other languages fall back to",
                            group.key, config.default_language
                        ),
                        format!(
                            "add `{}.{}.md` next to it, or give this file the `key` of an existing page",
                            page.stem.rsplit('/').next().unwrap_or(&page.stem),
                            config.default_language
                        ),
                    ));
                }
            }
            Some(d) => {
                let reference = &pages[d];
                for page in
                    versions.filter(|p| p.kind != reference.kind || p.section != reference.section)
                {
                    diagnostics.push(Diagnostic::file_error(
                        "content::key",
                        &page.file,
                        format!(
                            "this version of `{}` is in section `{}`, the {} version in `{}`",
                            group.key, page.section, config.default_language, reference.section
                        ),
                        "keep the language versions of a page in the same folder",
                    ));
                }
            }
        }
    }
    groups
}

/// The files of `dir` (not below it) whose extension is `extension`, sorted
/// by name.
pub fn files_with_extension(dir: &Path, extension: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect();
    files.sort();
    Ok(files)
}

/// The last component of a path that names a file (as walks and folder
/// listings give them), or an empty name for `..` or a root, which no walk
/// gives.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// `path` relative to `root`, for messages.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Language;

    fn config() -> SiteConfig {
        SiteConfig {
            base_url: "https://example.eu/".into(),
            default_language: "en".into(),
            languages: ["en", "ga"]
                .iter()
                .map(|c| Language {
                    code: c.to_string(),
                    name: c.to_string(),
                })
                .collect(),
            intake_url: "https://intake.example.eu/".into(),
            theme: "theme".into(),
            locales: "locales".into(),
            search_shard_pages: 250,
        }
    }

    fn parse(path: &str, text: &str) -> Result<SourcePage, Vec<Diagnostic>> {
        parse_page(
            &Path::new("content").join(path),
            Path::new(path),
            Arc::from(text),
            &config(),
        )
    }

    #[test]
    fn parses_front_matter_and_derives_urls() {
        let page = parse(
            "rights/access.ga.md",
            "+++\ntitle = \"T\"\ndescription = \"D\"\nweight = 3\ndate = 2024-05-31\n+++\n\nBody\n",
        )
        .unwrap();
        assert_eq!(page.lang, "ga");
        assert_eq!(page.stem, "rights/access");
        assert_eq!(page.url_path, "rights/access/");
        assert_eq!(page.section, "rights");
        assert_eq!(page.kind, PageKind::Page);
        assert_eq!(page.front.weight, 3);
        assert_eq!(page.body(), "\nBody\n");

        let home = parse(
            "_index.en.md",
            "+++\ntitle = \"H\"\ndescription = \"D\"\n+++\n",
        )
        .unwrap();
        assert_eq!((home.kind, home.url_path.as_str()), (PageKind::Home, ""));
        let section = parse(
            "rights/_index.en.md",
            "+++\ntitle = \"S\"\ndescription = \"D\"\n+++\n",
        )
        .unwrap();
        assert_eq!(
            (section.kind, section.url_path.as_str()),
            (PageKind::Section, "rights/")
        );
    }

    #[test]
    fn front_matter_errors_point_at_the_line() {
        let e = parse(
            "a.en.md",
            "+++\ntitle = \"T\"\ndescription = \"D\"\ntitel = \"x\"\n+++\n",
        )
        .unwrap_err();
        assert_eq!(e[0].line, 4, "{:?}", e);
        assert!(e[0].message.contains("unknown field"), "{:?}", e);

        let e = parse("a.en.md", "+++\ntitle = \"T\"\n+++\n").unwrap_err();
        assert!(
            e[0].message.contains("missing field `description`"),
            "{:?}",
            e
        );

        let e = parse("a.en.md", "no front matter\n").unwrap_err();
        assert_eq!(e[0].line, 1);

        let e = parse(
            "a.en.md",
            "+++\ntitle = \"T\"\ndescription = \"D\"\ndate = 2024-05-31T10:00:00Z\n+++\n",
        )
        .unwrap_err();
        assert_eq!(e[0].line, 4, "{:?}", e);

        let e = parse(
            "a.en.md",
            "+++\ntitle = \"T\"\ndescription = \"D\"\nweight = \"x\"\n+++\n",
        )
        .unwrap_err();
        assert_eq!((e[0].line, e[0].column), (4, 10), "{:?}", e);
    }

    #[test]
    fn file_names_must_carry_a_known_language() {
        let e = parse("a.md", "").unwrap_err();
        assert_eq!(e[0].code, "content::file-name");
        let e = parse("a.xx.md", "").unwrap_err();
        assert_eq!(e[0].code, "content::language");
        assert!(e[0].help.contains("en, ga"));
    }

    #[test]
    fn groups_need_a_default_language_version() {
        let pages = vec![
            parse("a.ga.md", "+++\ntitle = \"T\"\ndescription = \"D\"\n+++\n").unwrap(),
            parse("b.en.md", "+++\ntitle = \"T\"\ndescription = \"D\"\n+++\n").unwrap(),
            parse("b.ga.md", "+++\ntitle = \"T\"\ndescription = \"D\"\n+++\n").unwrap(),
        ];
        let diagnostics = Diagnostics::new();
        let groups = group_pages(&pages, &config(), &diagnostics);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[1].versions, vec![Some(1), Some(2)]);
        let d = diagnostics.into_sorted();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "content::no-default-version");
        assert!(d[0].help.contains("a.en.md"), "{}", d[0]);
    }
}
