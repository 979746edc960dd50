//! The theme: tera templates and static files (CSS, JS, icons).
//!
//! CSS and JS files get content-hashed names (`style.3f9a1c20b7.css`) so
//! hosts can cache them forever; templates ask for them with
//! `asset(path="style.css")`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::diagnostics::{Diagnostic, Diagnostics};

/// A file of the theme's static folder, ready to publish.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Path below the output folder, e.g. `assets/style.3f9a1c20b7.css`.
    pub output: String,
    /// File contents.
    pub bytes: Arc<[u8]>,
}

/// Templates and static files.
pub struct Theme {
    /// Compiled templates, without per-language functions.
    pub tera: tera::Tera,
    /// Static files by their path below `static/`.
    pub assets: BTreeMap<String, Asset>,
    /// Template sources by name, for the translation-key scan.
    pub sources: BTreeMap<String, (PathBuf, Arc<str>)>,
}

impl Theme {
    /// Loads `<theme>/templates/**` and `<theme>/static/**`.
    pub fn load(
        root: &Path,
        theme_dir: &Path,
        portal_pkg: Option<&Path>,
        base_path: &str,
        diagnostics: &Diagnostics,
    ) -> Option<Theme> {
        let templates_dir = theme_dir.join("templates");
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        // Tera's default also escapes `/`, which turns every URL into
        // `&#x2F;en&#x2F;...`: valid, but unreadable in the output.
        tera.set_escape_fn(escape_html);
        let mut sources = BTreeMap::new();
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(&templates_dir).sort_by_file_name() {
            match entry {
                Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
                Ok(_) => {}
                Err(e) => {
                    diagnostics.push(Diagnostic::file_error(
                        "theme::read",
                        &crate::content::relative(root, &templates_dir),
                        format!("cannot read the templates: {e}"),
                        "check that the theme folder in site.toml exists",
                    ));
                    return None;
                }
            }
        }
        let mut ok = true;
        for path in files {
            let rel = crate::content::relative(root, &path);
            let name = path
                .strip_prefix(&templates_dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    diagnostics.push(Diagnostic::file_error(
                        "theme::read",
                        &rel,
                        format!("cannot read the template: {e}"),
                        "save it as UTF-8 text",
                    ));
                    ok = false;
                    continue;
                }
            };
            sources.insert(name.clone(), (rel, Arc::from(text.as_str())));
        }
        let raw: Vec<(&str, &str)> = sources
            .iter()
            .map(|(name, (_, text))| (name.as_str(), &**text))
            .collect();
        if let Err(e) = tera.add_raw_templates(raw) {
            ok = false;
            let chain = error_chain(&e);
            let (name, line, column) = locate_template_error(&chain, &sources);
            let (file, source) = sources
                .get(&name)
                .map(|(f, s)| (f.clone(), s.clone()))
                .unwrap_or_else(|| {
                    (
                        crate::content::relative(root, &templates_dir),
                        Arc::from(""),
                    )
                });
            let offset = offset_of(&source, line, column);
            diagnostics.push(Diagnostic::error(
                "theme::template",
                &file,
                &source,
                offset..offset,
                format!("template error: {chain}"),
                "fix the tera syntax at that line; see https://keats.github.io/tera/docs/",
            ));
        }

        let mut assets = load_assets(root, &theme_dir.join("static"), diagnostics);
        if let Some(pkg) = portal_pkg {
            assets.extend(load_portal(root, pkg, diagnostics));
        }
        let urls: HashMap<String, String> = assets
            .iter()
            .map(|(name, a)| (name.clone(), format!("{base_path}{}", a.output)))
            .collect();
        tera.register_function("asset", AssetUrl { urls });
        tera.register_filter("eu_date", eu_date);
        ok.then_some(Theme {
            tera,
            assets,
            sources,
        })
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The messages of an error and its causes on one line.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text.replace('\n', " ")
}

/// Finds the template name ('name.html') and the `--> line:column` that tera
/// puts in its parse errors.
fn locate_template_error(
    chain: &str,
    sources: &BTreeMap<String, (PathBuf, Arc<str>)>,
) -> (String, usize, usize) {
    let name = sources
        .keys()
        .find(|n| chain.contains(&format!("'{n}'")))
        .cloned()
        // Default meant: tera names no template; the error is reported
        // without a file.
        .unwrap_or_default();
    let position = chain.split("--> ").nth(1).and_then(|rest| {
        let mut parts = rest
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty());
        Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
    });
    let (line, column) = position.unwrap_or((1, 1));
    (name, line, column)
}

fn offset_of(source: &str, line: usize, column: usize) -> usize {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &source[line_start.min(source.len())..];
    line_start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

fn load_assets(
    root: &Path,
    static_dir: &Path,
    diagnostics: &Diagnostics,
) -> BTreeMap<String, Asset> {
    let mut assets = BTreeMap::new();
    if !static_dir.exists() {
        return assets;
    }
    for entry in walkdir::WalkDir::new(static_dir).sort_by_file_name() {
        let entry = match entry {
            Ok(e) if e.file_type().is_file() => e,
            Ok(_) => continue,
            Err(e) => {
                diagnostics.push(Diagnostic::file_error(
                    "theme::read",
                    &crate::content::relative(root, static_dir),
                    format!("cannot read the static files: {e}"),
                    "check the folder's permissions",
                ));
                continue;
            }
        };
        let path = entry.path();
        let name = path
            .strip_prefix(static_dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                diagnostics.push(Diagnostic::file_error(
                    "theme::read",
                    &crate::content::relative(root, path),
                    format!("cannot read the file: {e}"),
                    "check the file's permissions",
                ));
                continue;
            }
        };
        assets.insert(name.clone(), Asset::new(&name, bytes));
    }
    assets
}

impl Asset {
    /// A file published under its content-hashed name.
    fn new(name: &str, bytes: Vec<u8>) -> Asset {
        Asset {
            output: hashed_name(name, &bytes),
            bytes: Arc::from(bytes),
        }
    }
}

/// The files of the request form's WebAssembly bundle a page loads, as
/// assets named `portal/<file>`.
pub const PORTAL_FILES: [&str; 2] = ["portal.js", "portal_bg.wasm"];

fn load_portal(root: &Path, pkg: &Path, diagnostics: &Diagnostics) -> BTreeMap<String, Asset> {
    let mut assets = BTreeMap::new();
    for file in PORTAL_FILES {
        let path = pkg.join(file);
        match std::fs::read(&path) {
            Ok(bytes) => {
                let name = format!("portal/{file}");
                assets.insert(name.clone(), Asset::new(&name, bytes));
            }
            Err(e) => diagnostics.push(Diagnostic::file_error(
                "theme::portal",
                &crate::content::relative(root, &path),
                format!("cannot read the request form's WebAssembly bundle: {e}"),
                "build it with `cargo xtask wasm` (or leave out --portal-pkg for the plain HTML form)",
            )),
        }
    }
    assets
}

/// `style.css` becomes `assets/style.<10 hex digits of SHA-256>.css`; files
/// other than CSS, JS and WASM keep their path (icons, robots hints).
pub fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let hashable = [".css", ".js", ".wasm", ".svg"]
        .iter()
        .any(|ext| name.ends_with(ext));
    if !hashable {
        return name.to_string();
    }
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("assets/{stem}.{hex}.{ext}"),
        None => format!("assets/{name}.{hex}"),
    }
}

/// The tera filter `eu_date`: `2012-11-14` becomes `14.11.2012`, the way the
/// Official Journal writes dates in every language.
fn eu_date(value: &tera::Value, _: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let text = value
        .as_str()
        .ok_or_else(|| tera::Error::msg("eu_date expects a date written YYYY-MM-DD"))?;
    match request_model::Date::parse(text) {
        Some(date) => Ok(tera::Value::String(date.eu())),
        None => Err(tera::Error::msg(format!(
            "eu_date: `{text}` is not a date written YYYY-MM-DD"
        ))),
    }
}

/// The tera function `asset(path="style.css")`: the URL of a static file.
struct AssetUrl {
    urls: HashMap<String, String>,
}

impl tera::Function for AssetUrl {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let path = args
            .get("path")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("asset() needs a `path` argument"))?;
        self.urls
            .get(path)
            .map(|u| tera::Value::String(u.clone()))
            .ok_or_else(|| {
                tera::Error::msg(format!(
                    "asset(path=\"{path}\"): no such file in the theme's static folder"
                ))
            })
    }

    fn is_safe(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_and_js_names_carry_a_content_hash() {
        let a = hashed_name("style.css", b"body{}");
        let b = hashed_name("style.css", b"body{ }");
        assert!(a.starts_with("assets/style.") && a.ends_with(".css"), "{a}");
        assert_eq!(a.len(), "assets/style..css".len() + 10);
        assert_ne!(a, b);
        assert_eq!(a, hashed_name("style.css", b"body{}"));
        assert_eq!(hashed_name("favicon.ico", b"x"), "favicon.ico");
    }

    #[test]
    fn template_errors_are_located() {
        let mut sources = BTreeMap::new();
        sources.insert(
            "page.html".to_string(),
            (
                PathBuf::from("theme/templates/page.html"),
                Arc::from("a\nb {{ x\n"),
            ),
        );
        let (name, line, column) = locate_template_error(
            "Failed to parse 'page.html': --> 2:6 | ... expected",
            &sources,
        );
        assert_eq!((name.as_str(), line, column), ("page.html", 2, 6));
        assert_eq!(offset_of("a\nb {{ x\n", 2, 6), 7);
    }
}
