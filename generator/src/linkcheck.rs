//! Checks a built site: every internal link and fragment resolves, and no
//! page loads anything from another host.
//!
//! This works on the output, not the content, so it also catches links that
//! templates build (language switcher, breadcrumbs, asset URLs).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

/// A broken link or a third-party request found in the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The HTML file, relative to the output folder.
    pub file: PathBuf,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

struct PageLinks {
    file: PathBuf,
    ids: HashSet<String>,
    /// (attribute value, element loads a resource).
    links: Vec<(String, bool)>,
}

/// Checks every `.html` file under `dir`. `base_path` is the path the site is
/// published under (`/` or `/imi/`). Returns the number of pages and links
/// checked.
pub fn check(
    dir: &Path,
    base_path: &str,
    allowed: &[&str],
) -> Result<(usize, usize), Vec<Problem>> {
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect();
    let read: Vec<Result<PageLinks, Problem>> = files
        .par_iter()
        .map(|path| {
            let rel = path.strip_prefix(dir).unwrap_or(path).to_path_buf();
            match std::fs::read_to_string(path) {
                Ok(html) => Ok(scan(&rel, &html)),
                Err(e) => Err(Problem {
                    file: rel,
                    message: format!("cannot be read as UTF-8 text: {e}"),
                }),
            }
        })
        .collect();
    let mut pages = Vec::new();
    let mut unreadable = Vec::new();
    for page in read {
        match page {
            Ok(p) => pages.push(p),
            Err(problem) => unreadable.push(problem),
        }
    }
    let ids: HashMap<&Path, &HashSet<String>> =
        pages.iter().map(|p| (p.file.as_path(), &p.ids)).collect();
    let mut checked = 0;
    let problems: Vec<Problem> = unreadable
        .into_iter()
        .chain(pages.iter().flat_map(|page| {
            checked += page.links.len();
            page.links
                .iter()
                .filter_map(|(link, loads)| {
                    check_link(dir, base_path, allowed, page, link, *loads, &ids)
                })
                .map(|message| Problem {
                    file: page.file.clone(),
                    message,
                })
                .collect::<Vec<_>>()
        }))
        .collect();
    if problems.is_empty() {
        Ok((pages.len(), checked))
    } else {
        Err(problems)
    }
}

fn scan(rel: &Path, html: &str) -> PageLinks {
    let mut out = PageLinks {
        file: rel.to_path_buf(),
        ids: HashSet::new(),
        links: Vec::new(),
    };
    let Ok(dom) = tl::parse(html, tl::ParserOptions::default()) else {
        return out;
    };
    for node in dom.nodes() {
        let Some(tag) = node.as_tag() else { continue };
        let name = tag.name().as_utf8_str().to_ascii_lowercase();
        let attributes = tag.attributes();
        if let Some(id) = attributes.id() {
            out.ids.insert(decode_entities(&id.as_utf8_str()));
        }
        let attr = |key: &str| {
            attributes
                .get(key)
                .flatten()
                .map(|v| decode_entities(&v.as_utf8_str()))
        };
        match name.as_str() {
            "a" | "area" => {
                if let Some(href) = attr("href") {
                    out.links.push((href, false));
                }
            }
            "link" => {
                let rel_attr = attr("rel");
                if let Some(href) = attr("href") {
                    // Alternates and canonical name pages; they are not loaded.
                    let loads = !matches!(rel_attr.as_deref(), Some("alternate" | "canonical"));
                    if loads || !href.starts_with("http") {
                        out.links.push((href, loads));
                    }
                }
            }
            "script" | "img" | "iframe" | "source" | "audio" | "video" | "embed" => {
                if let Some(src) = attr("src") {
                    out.links.push((src, true));
                }
            }
            "form" => {
                if let Some(action) = attr("action") {
                    out.links.push((action, true));
                }
            }
            _ => {}
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn check_link(
    dir: &Path,
    base_path: &str,
    allowed: &[&str],
    page: &PageLinks,
    link: &str,
    loads: bool,
    ids: &HashMap<&Path, &HashSet<String>>,
) -> Option<String> {
    if link.starts_with("mailto:") || link.starts_with("tel:") {
        return None;
    }
    if link.starts_with("http://") || link.starts_with("https://") || link.starts_with("//") {
        // The portal's own services (the intake the forms post to) are
        // not third parties.
        let first_party = allowed.iter().any(|origin| {
            link.strip_prefix(origin)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        });
        return (loads && !first_party)
            .then(|| format!("`{link}` loads a resource from another host"));
    }
    let (path, fragment) = match link.split_once('#') {
        Some((p, f)) => (p, Some(percent_decode(f))),
        None => (link, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    let target: PathBuf = if path.is_empty() {
        page.file.clone()
    } else if let Some(below) = path.strip_prefix(base_path) {
        resolve(dir, &percent_decode(below))?
    } else if path.starts_with('/') {
        return Some(format!(
            "`{link}` is outside the site's base path {base_path}"
        ));
    } else {
        let parent = page.file.parent().unwrap_or(Path::new(""));
        let joined = normalize(&parent.join(percent_decode(path)));
        resolve(dir, &joined.to_string_lossy())?
    };
    let target = if dir.join(&target).is_file() {
        target
    } else {
        return Some(format!("`{link}` points to a page that does not exist"));
    };
    if let Some(fragment) = fragment.filter(|f| !f.is_empty())
        && target.extension().is_some_and(|x| x == "html")
        && !ids
            .get(target.as_path())
            .is_some_and(|set| set.contains(&fragment))
    {
        return Some(format!(
            "`{link}`: {} has no element with id `{fragment}`",
            target.display()
        ));
    }
    None
}

/// Maps a URL path below the base path to a file below `dir`.
fn resolve(dir: &Path, below: &str) -> Option<PathBuf> {
    let rel = PathBuf::from(below.trim_start_matches('/'));
    if below.is_empty() || below.ends_with('/') || dir.join(&rel).is_dir() {
        Some(rel.join("index.html"))
    } else {
        Some(rel)
    }
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

/// Decodes `%XX` escapes; malformed escapes are kept as they are.
pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            let hex = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
            out.push(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, html) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, html).unwrap();
        }
        dir
    }

    #[test]
    fn good_links_pass() {
        let dir = site(&[
            (
                "en/index.html",
                "<a href=\"/en/a/#%CF%84%CE%B9\">a</a><a href=\"#top\" id=\"top\">t</a><link rel=\"stylesheet\" href=\"/s.css\"><a href=\"https://eur-lex.europa.eu/\">x</a>",
            ),
            (
                "en/a/index.html",
                "<h2 id=\"τι\">x</h2><a href=\"../\">up</a>",
            ),
            ("s.css", ""),
        ]);
        assert_eq!(check(dir.path(), "/", &[]), Ok((2, 5)));
    }

    #[test]
    fn broken_links_fragments_and_third_party_loads_are_reported() {
        let dir = site(&[(
            "en/index.html",
            "<a href=\"/en/missing/\">a</a><a href=\"#nope\">b</a><script src=\"https://cdn.example.com/x.js\"></script><a href=\"/other/\">c</a><form action=\"https://intake.example.eu/v1/requests\"></form>",
        )]);
        let problems = check(dir.path(), "/en/", &["https://intake.example.eu"]).unwrap_err();
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(problems.len(), 4, "{messages:?}");
        assert!(messages[0].contains("does not exist"));
        assert!(messages[1].contains("no element with id `nope`"));
        assert!(messages[2].contains("another host"));
        assert!(messages[3].contains("outside the site's base path"));
    }
}
