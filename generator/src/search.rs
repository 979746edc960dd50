//! The search index: Pagefind, in-process, over the rendered pages.
//!
//! Pagefind splits the index by each page's `<html lang>`, so a reader
//! searching in Irish gets Irish pages only. Only a page's own text is
//! indexed (the `<main data-pagefind-body>` of the theme), only pages written
//! in the language they are shown in (no fallbacks), and only content pages
//! (not the generated views of the acts or the Annex versions, which repeat
//! them). The files land in `dist/pagefind/`; the search page's script
//! (`theme/static/search.js`) drives Pagefind's JS API with the portal's own
//! strings, and without JavaScript the page offers its A–Z index instead.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;

use crate::diagnostics::Diagnostic;

/// A rendered page to index: its language, URL (with the base path) and HTML.
pub struct Indexed {
    /// The page's language code (`<html lang>`).
    pub lang: String,
    /// The URL a result links to.
    pub url: String,
    /// The page's HTML; [`main_only`] is enough.
    pub html: String,
}

/// The files of Pagefind's bundle a search page needs; the rest (its own
/// UIs and their styles) is not published.
fn wanted(name: &str) -> bool {
    name == "pagefind.js"
        || name == "pagefind-worker.js"
        || name == "pagefind-entry.json"
        || name.ends_with(".pf_meta")
        || name.ends_with(".pagefind")
        || name.starts_with("index/")
        || name.starts_with("fragment/")
}

/// One language's index: its files (relative to the bundle folder,
/// `pagefind/`), its entry in `pagefind-entry.json` and the index version.
pub struct LanguageIndex {
    /// File name below `pagefind/` and bytes, sorted by name.
    pub files: Vec<(String, Vec<u8>)>,
    /// This language's value in the entry file's `languages`.
    pub entry: serde_json::Value,
    /// The entry file's `version`.
    pub version: serde_json::Value,
}

/// Builds the index, one language per thread; returns the files to write,
/// relative to the output folder (`pagefind/...`), sorted by path.
pub fn index(pages: Vec<Indexed>) -> Result<Vec<(PathBuf, Vec<u8>)>, Diagnostic> {
    let mut by_language: BTreeMap<String, Vec<Indexed>> = BTreeMap::new();
    for page in pages {
        by_language.entry(page.lang.clone()).or_default().push(page);
    }
    let parts: Vec<(String, LanguageIndex)> = by_language
        .into_par_iter()
        .map(|(code, pages)| index_language(pages).map(|index| (code, index)))
        .collect::<Result<_, _>>()?;
    // Each language's index is self-contained (its files are named by
    // content hash); the entry file lists every language.
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut entries = BTreeMap::new();
    for (code, index) in parts {
        entries.insert(code, (index.entry, index.version));
        files.extend(index.files);
    }
    files.insert("pagefind-entry.json".into(), entry_file(&entries)?);
    Ok(files
        .into_iter()
        .map(|(name, bytes)| (PathBuf::from("pagefind").join(name), bytes))
        .collect())
}

/// `pagefind-entry.json` from each language's entry and index version.
pub fn entry_file(
    languages: &BTreeMap<String, (serde_json::Value, serde_json::Value)>,
) -> Result<Vec<u8>, Diagnostic> {
    let version = languages
        .values()
        .next()
        .map_or(serde_json::Value::Null, |(_, v)| v.clone());
    let entry = serde_json::json!({
        "version": version,
        "languages": serde_json::Map::from_iter(
            languages.iter().map(|(code, (entry, _))| (code.clone(), entry.clone()))
        ),
    });
    serde_json::to_vec(&entry).map_err(|e| failed(&e))
}

/// The page's `<main>` in a minimal document: only that is indexed (it
/// carries `data-pagefind-body`), so the build keeps only that in memory
/// until the index is built, and Pagefind need not parse the header, menus,
/// language list and footer of every page.
pub fn main_only(lang: &str, html: &str) -> String {
    let start = html.find("<main");
    let end = html.rfind("</main>");
    match (start, end) {
        (Some(start), Some(end)) if start < end => format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><body>{}</main></body></html>",
            &html[start..end]
        ),
        _ => html.to_string(),
    }
}

/// The entry file of an earlier index (if there is one) with the languages
/// of a newer one replaced (or added).
pub fn merge_entries(previous: Option<&[u8]>, newer: &[u8]) -> Vec<u8> {
    let parse = |bytes: &[u8]| serde_json::from_slice::<serde_json::Value>(bytes).ok();
    let (Some(mut old), Some(new)) = (previous.and_then(parse), parse(newer)) else {
        return newer.to_vec();
    };
    let mut languages: BTreeMap<String, serde_json::Value> = old["languages"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if let Some(m) = new["languages"].as_object() {
        languages.extend(m.clone());
    }
    old["version"] = new["version"].clone();
    old["languages"] = serde_json::Value::Object(languages.into_iter().collect());
    serde_json::to_vec(&old).unwrap_or_else(|_| newer.to_vec())
}

fn failed(e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::file_error(
        "search::index",
        Path::new("pagefind"),
        format!("the search index could not be built: {e}"),
        "report this as a bug, with the pages changed since the last good build",
    )
}

/// Indexes the pages of one language.
pub fn index_language(mut pages: Vec<Indexed>) -> Result<LanguageIndex, Diagnostic> {
    // Pagefind numbers pages in the order they are added: sort for a
    // byte-identical index.
    pages.sort_by(|a, b| a.url.cmp(&b.url));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| failed(&e))?;
    let files: Vec<(String, Vec<u8>)> = runtime.block_on(async {
        let config = PagefindServiceConfig::builder().build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| failed(&e))?;
        for page in pages {
            index
                .add_html_file(None, Some(page.url), page.html)
                .await
                .map_err(|e| failed(&e))?;
        }
        Ok::<_, Diagnostic>(
            index
                .get_files()
                .await
                .map_err(|e| failed(&e))?
                .into_iter()
                .filter_map(|f| {
                    let name = f
                        .filename
                        .strip_prefix("pagefind")
                        .unwrap_or(&f.filename)
                        .to_string_lossy()
                        .replace('\\', "/");
                    wanted(&name).then_some((name, f.contents))
                })
                .collect(),
        )
    })?;
    let mut entry = (serde_json::Value::Null, serde_json::Value::Null);
    let mut kept = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        if name == "pagefind-entry.json" {
            let value: serde_json::Value =
                serde_json::from_slice(&bytes).map_err(|e| failed(&e))?;
            let languages = value["languages"].as_object().cloned().unwrap_or_default();
            entry = (
                languages
                    .into_iter()
                    .next()
                    .map_or(serde_json::Value::Null, |(_, v)| v),
                value["version"].clone(),
            );
        } else {
            kept.push((name, bytes));
        }
    }
    kept.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(LanguageIndex {
        files: kept,
        entry: entry.0,
        version: entry.1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lang: &str, url: &str, text: &str) -> Indexed {
        Indexed {
            lang: lang.into(),
            url: url.into(),
            html: format!(
                "<!DOCTYPE html><html lang=\"{lang}\"><head><title>t</title></head><body><nav>Menu words</nav><main data-pagefind-body><h1>{text}</h1><p>{text} body.</p></main></body></html>"
            ),
        }
    }

    #[test]
    fn one_index_per_language_deterministic() {
        let pages = || {
            vec![
                page("en", "/en/b/", "Supervision"),
                page("ga", "/ga/a/", "Maoirseacht"),
                page("en", "/en/a/", "Rights"),
            ]
        };
        let files = index(pages()).unwrap();
        let names: Vec<String> = files.iter().map(|f| f.0.display().to_string()).collect();
        assert!(
            names.contains(&"pagefind/pagefind.js".to_string()),
            "{names:?}"
        );
        assert!(
            names.contains(&"pagefind/pagefind-entry.json".to_string()),
            "{names:?}"
        );
        assert!(!names.iter().any(|n| n.contains("-ui")), "{names:?}");
        let entry = &files
            .iter()
            .find(|f| f.0.ends_with("pagefind-entry.json"))
            .unwrap()
            .1;
        let entry: serde_json::Value = serde_json::from_slice(entry).unwrap();
        let languages = entry["languages"].as_object().unwrap();
        assert_eq!(languages.len(), 2, "{entry}");
        assert_eq!(languages["en"]["page_count"], 2);
        assert_eq!(languages["ga"]["page_count"], 1);
        // The same pages in another order give the same bytes.
        let mut reversed = pages();
        reversed.reverse();
        assert_eq!(files, index(reversed).unwrap());
    }
}
