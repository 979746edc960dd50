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
use sha2::{Digest as _, Sha256};

use crate::diagnostics::Diagnostic;

/// A rendered page to index: its language, URL (with the base path) and
/// what Pagefind indexes of it ([`digest`]).
pub struct Indexed {
    /// The page's language code (`<html lang>`).
    pub lang: String,
    /// The URL a result links to.
    pub url: String,
    /// Its title and text.
    pub digest: Digest,
}

/// What the search index keeps of a page: its title (the first `<h1>`) and
/// its text, as Pagefind's own HTML reader would take them from the page's
/// `<main data-pagefind-body>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    /// The first `<h1>`: the result's title.
    pub title: String,
    /// The text, blocks ended by a full stop, headings weighted.
    pub content: String,
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

/// How many shards the index of a language with `pages` searchable pages
/// is split into: one per `shard_pages` pages (`search_shard_pages` in
/// `site.toml`), at least one.
pub fn shard_count(pages: usize, shard_pages: usize) -> usize {
    pages.div_ceil(shard_pages.max(1)).max(1)
}

/// The shard of the page at `url` among `shards`: from a hash of the URL,
/// so that a page stays in its shard, and an edit re-indexes that shard
/// only, while the number of shards is the same.
pub fn shard_of(url: &str, shards: usize) -> usize {
    if shards <= 1 {
        return 0;
    }
    let digest = Sha256::digest(url.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_le_bytes(first) % shards as u64) as usize
}

/// A language's pages (anything with a URL) in its shards; a shard may be
/// empty.
pub fn split_shards<T>(pages: Vec<T>, url: impl Fn(&T) -> &str, shard_pages: usize) -> Vec<Vec<T>> {
    let count = shard_count(pages.len(), shard_pages);
    let mut shards: Vec<Vec<T>> = (0..count).map(|_| Vec::new()).collect();
    for page in pages {
        let k = shard_of(url(&page), count);
        shards[k].push(page);
    }
    shards
}

/// The folder of shard `k`'s files below the output folder: `pagefind` for
/// the first shard of every language (with Pagefind's script and
/// WebAssembly), `pagefind/shard-k` for the others, which the search page
/// merges (Pagefind's `mergeIndex`, one folder per merged index).
pub fn shard_dir(k: usize) -> String {
    if k == 0 {
        "pagefind".into()
    } else {
        format!("pagefind/shard-{k}")
    }
}

/// Whether a merged shard (not the first) needs Pagefind's file `name`: its
/// index only, as a merged index uses the first one's script and
/// WebAssembly.
fn merged_shard_needs(name: &str) -> bool {
    name.ends_with(".pf_meta") || name.starts_with("index/") || name.starts_with("fragment/")
}

/// The files of shard `k`'s index ([`LanguageIndex::files`]) to publish,
/// with their paths below the output folder.
pub fn shard_files(
    k: usize,
    files: Vec<(String, Vec<u8>)>,
) -> impl Iterator<Item = (PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(shard_dir(k));
    files
        .into_iter()
        .filter(move |(name, _)| k == 0 || merged_shard_needs(name))
        .map(move |(name, bytes)| (dir.join(name), bytes))
}

/// The entry file of shard folder `k`, below the output folder.
pub fn entry_path(k: usize) -> PathBuf {
    PathBuf::from(shard_dir(k)).join("pagefind-entry.json")
}

/// Builds the whole index as a full build does (every language's shards,
/// each folder's entry file), for tests; returns the files to write,
/// relative to the output folder, sorted by path.
#[cfg(test)]
fn index(pages: Vec<Indexed>, shard_pages: usize) -> Result<Vec<(PathBuf, Vec<u8>)>, Diagnostic> {
    use rayon::prelude::*;
    let mut by_language: BTreeMap<String, Vec<Indexed>> = BTreeMap::new();
    for page in pages {
        by_language.entry(page.lang.clone()).or_default().push(page);
    }
    let shards: Vec<(String, usize, Vec<Indexed>)> = by_language
        .into_iter()
        .flat_map(|(code, pages)| {
            split_shards(pages, |p| p.url.as_str(), shard_pages)
                .into_iter()
                .enumerate()
                .filter(|(_, pages)| !pages.is_empty())
                .map(move |(k, pages)| (code.clone(), k, pages))
                .collect::<Vec<_>>()
        })
        .collect();
    let parts: Vec<(String, usize, LanguageIndex)> = shards
        .into_par_iter()
        .map(|(code, k, pages)| index_language(pages).map(|index| (code, k, index)))
        .collect::<Result<_, _>>()?;
    // Each shard's index is self-contained (its files are named by content
    // hash); each shard folder's entry file lists its languages.
    let mut files: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
    let mut entries: BTreeMap<usize, BTreeMap<String, _>> = BTreeMap::new();
    for (code, k, index) in parts {
        entries
            .entry(k)
            .or_default()
            .insert(code, (index.entry, index.version));
        files.extend(shard_files(k, index.files));
    }
    for (k, entries) in entries {
        files.insert(entry_path(k), entry_file(&entries)?);
    }
    Ok(files.into_iter().collect())
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

/// Elements whose text is not indexed (Pagefind's own list).
const REMOVED: [&str; 11] = [
    "head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe",
    "template",
];
/// Elements that end a sentence (Pagefind's own list).
const SENTENCES: [&str; 13] = [
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section",
];
/// Elements without an end tag.
const VOID: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// What Pagefind would index of `html` (a page of this generator: its
/// `<main data-pagefind-body>`), read here so that Pagefind gets the text as
/// a custom record instead of parsing every page's HTML again: the same
/// elements left out (navigation, forms, scripts...), the same full stops
/// between blocks, the same weights for headings (`h1` 7 down to `h6` 2),
/// entities decoded. Reading the generator's own well-formed output, it
/// needs no general HTML parser.
pub fn digest(html: &str) -> Digest {
    struct Frame<'a> {
        tag: &'a str,
        value: String,
        skip: bool,
    }
    fn close(frame: Frame<'_>, parent: &mut Frame<'_>, title: &mut Option<String>) {
        if frame.skip {
            return;
        }
        let mut value = frame.value;
        if frame.tag == "h1" && title.is_none() && !value.trim().is_empty() {
            *title = Some(normalize(&value));
        }
        if SENTENCES.contains(&frame.tag) {
            value.insert(0, ' ');
            let ends_a_word = value.chars().next_back().is_some_and(|c| {
                c.is_alphanumeric() || matches!(c, '_' | '\'' | '"' | ')' | '$' | '*')
            });
            if ends_a_word {
                value.push('.');
            }
            value.push(' ');
        }
        let weight = match frame.tag {
            "h1" => Some(7),
            "h2" => Some(6),
            "h3" => Some(5),
            "h4" => Some(4),
            "h5" => Some(3),
            "h6" => Some(2),
            _ => None,
        };
        match weight {
            Some(w) => {
                parent.value.push_str(" ___PAGEFIND_AUTO_WEIGHT___");
                parent.value.push_str(&format!("{w} "));
                parent.value.push_str(&value);
                parent.value.push_str(" ___END_PAGEFIND_WEIGHT___ ");
            }
            None => parent.value.push_str(&value),
        }
    }

    let part = match (html.find("<main"), html.rfind("</main>")) {
        (Some(start), Some(end)) if start < end => &html[start..end],
        _ => html,
    };
    let mut frames = vec![Frame {
        tag: "",
        value: String::new(),
        skip: false,
    }];
    let mut title = None;
    let mut rest = part;
    loop {
        let text_end = rest.find('<').unwrap_or(rest.len());
        if let Some(top) = frames.last_mut()
            && !top.skip
        {
            top.value
                .push_str(&html_escape::decode_html_entities(&rest[..text_end]));
        }
        rest = &rest[text_end..];
        if rest.is_empty() {
            break;
        }
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |i| &comment[i + 3..]);
            continue;
        }
        let tag_end = rest.find('>').map_or(rest.len(), |i| i + 1);
        let tag = &rest[1..tag_end.saturating_sub(1).max(1)];
        rest = &rest[tag_end..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim();
            if let Some(at) = frames
                .iter()
                .rposition(|f| f.tag.eq_ignore_ascii_case(name))
                && at > 0
            {
                while frames.len() > at {
                    let Some(frame) = frames.pop() else { break };
                    if let Some(parent) = frames.last_mut() {
                        close(frame, parent, &mut title);
                    }
                }
            }
            continue;
        }
        let name = tag
            .split(|c: char| c.is_ascii_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if name.eq_ignore_ascii_case("br") {
            if let Some(top) = frames.last_mut() {
                top.value.push(' ');
            }
            continue;
        }
        if VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) || tag.ends_with('/') {
            continue;
        }
        if name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style") {
            // Raw text up to the end tag.
            let end = format!("</{}", name.to_ascii_lowercase());
            rest = rest.find(&end).map_or("", |i| &rest[i..]);
        }
        let parent_skips = frames.last().is_some_and(|f| f.skip);
        frames.push(Frame {
            tag: name,
            value: String::new(),
            skip: parent_skips
                || REMOVED.iter().any(|r| r.eq_ignore_ascii_case(name))
                || tag.contains("data-pagefind-ignore"),
        });
    }
    while frames.len() > 1 {
        let Some(frame) = frames.pop() else { break };
        if let Some(parent) = frames.last_mut() {
            close(frame, parent, &mut title);
        }
    }
    Digest {
        title: title.unwrap_or_default(),
        content: normalize(&frames.pop().map(|f| f.value).unwrap_or_default()),
    }
}

/// Whitespace runs as one space, trimmed.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
            let meta = BTreeMap::from([("title".to_string(), page.digest.title)]);
            index
                .add_custom_record(
                    page.url,
                    page.digest.content,
                    page.lang,
                    Some(meta),
                    None,
                    None,
                )
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
            digest: digest(&format!(
                "<!DOCTYPE html><html lang=\"{lang}\"><head><title>t</title></head><body><nav>Menu words</nav><main data-pagefind-body><h1>{text}</h1><p>{text} body.</p></main></body></html>"
            )),
        }
    }

    #[test]
    fn digest_reads_the_main_as_pagefind_would() {
        let html = r##"<html><body><nav>Menu</nav><main id="main" class="wrap" data-pagefind-body>
<h1>Your rights &amp; IMI</h1>
<nav aria-label="Contents"><a href="#a">A</a></nav>
<p>First <a href="/x/">link</a> text<br>after a break</p>
<ul><li>One</li><li>Two?</li></ul>
<h2 id="a">Access</h2><!-- a comment <p>not text</p> -->
<form><label for="q">Search</label><input id="q"></form>
<script>if (a < b) { x("</p>"); }</script>
<div data-pagefind-ignore>Hidden</div>
<table><tr><td>cell</td></tr></table>
</main><footer>Foot</footer></body></html>"##;
        let d = digest(html);
        assert_eq!(d.title, "Your rights & IMI");
        assert_eq!(
            d.content,
            "___PAGEFIND_AUTO_WEIGHT___7 Your rights & IMI. ___END_PAGEFIND_WEIGHT___ First link text after a break. One. Two? ___PAGEFIND_AUTO_WEIGHT___6 Access. ___END_PAGEFIND_WEIGHT___ cell."
        );
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
        let files = index(pages(), 250).unwrap();
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
        assert_eq!(files, index(reversed, 250).unwrap());
    }

    #[test]
    fn shards_split_a_language_and_keep_each_page_in_its_shard() {
        assert_eq!(shard_count(0, 250), 1);
        assert_eq!(shard_count(250, 250), 1);
        assert_eq!(shard_count(251, 250), 2);
        assert_eq!(shard_count(1000, 250), 4);
        let urls: Vec<String> = (0..1000).map(|i| format!("/en/p{i}/")).collect();
        let shards = split_shards(urls.clone(), |u| u.as_str(), 250);
        assert_eq!(shards.len(), 4);
        for shard in &shards {
            // A hash spreads them evenly enough.
            assert!((150..350).contains(&shard.len()), "{}", shard.len());
        }
        // The same URL goes to the same shard, whatever else is there.
        let fewer = split_shards(urls[..900].to_vec(), |u| u.as_str(), 250);
        for (k, shard) in fewer.iter().enumerate() {
            assert!(shard.iter().all(|u| shards[k].contains(u)));
        }
    }

    #[test]
    fn a_sharded_language_gets_one_folder_per_merged_shard() {
        let pages: Vec<Indexed> = (0..12)
            .map(|i| page("en", &format!("/en/p{i}/"), &format!("Word{i} supervision")))
            .chain([page("ga", "/ga/a/", "Maoirseacht")])
            .collect();
        let files = index(pages, 4).unwrap();
        let names: Vec<String> = files.iter().map(|f| f.0.display().to_string()).collect();
        let entry = |dir: &str| -> serde_json::Value {
            let path = format!("{dir}/pagefind-entry.json");
            let bytes = &files.iter().find(|f| f.0 == Path::new(&path)).unwrap().1;
            serde_json::from_slice(bytes).unwrap()
        };
        let mut counted = 0;
        for k in 0..3 {
            let dir = shard_dir(k);
            let Some(file) = files
                .iter()
                .find(|f| f.0 == Path::new(&dir).join("pagefind-entry.json"))
            else {
                continue;
            };
            let entry: serde_json::Value = serde_json::from_slice(&file.1).unwrap();
            counted += entry["languages"]["en"]["page_count"].as_u64().unwrap_or(0);
            if k > 0 {
                // Only the index: the script and WebAssembly are the first
                // shard's.
                assert!(entry["languages"].get("ga").is_none());
                assert!(
                    names
                        .iter()
                        .filter(|n| n.starts_with(&format!("{dir}/")))
                        .all(|n| n.ends_with("pagefind-entry.json")
                            || merged_shard_needs(n.trim_start_matches(&format!("{dir}/")))),
                    "{names:?}"
                );
            }
        }
        assert_eq!(counted, 12, "every English page in one shard");
        assert_eq!(entry("pagefind")["languages"]["ga"]["page_count"], 1);
        assert!(names.contains(&"pagefind/pagefind.js".to_string()));
    }
}
