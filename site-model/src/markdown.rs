//! Markdown to HTML with pulldown-cmark: tables, footnotes, stable heading
//! ids and internal links written as `@/section/page.md#anchor`.
//!
//! Invariant: no I/O and no knowledge of languages. An internal link is
//! emitted as a placeholder naming the target page group ([`link_token`]);
//! [`substitute_links`] turns it into the URL of that page in the language
//! being rendered, so one rendering of a body serves every language that
//! shows it.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// Marks the start of an internal-link placeholder in rendered HTML. Only
/// characters that pulldown-cmark leaves unescaped in `href` are used.
const TOKEN_START: &str = "@@imi-link-";
/// Marks the end of an internal-link placeholder.
const TOKEN_END: &str = "@@";

/// A heading of the body, for anchors and the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Heading {
    /// 2 to 6.
    pub level: u8,
    /// The `id` attribute: explicit (`## Title {#id}`) or derived from the text.
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// An internal link found in the body, to check once every page is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// Index of the target page group; `None` for a link within the page.
    pub target: Option<usize>,
    /// The fragment, without `#`.
    pub anchor: Option<String>,
    /// Byte range of the link in the body.
    pub span: Range<usize>,
}

/// A problem in the body: byte range, message, help.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BodyError {
    /// Byte range in the body.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub help: String,
}

/// A link of the body to a portal page (`@/section/page.md#anchor`) or
/// within the page (`#anchor`), as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LinkRef {
    /// The destination as written.
    pub dest: String,
    /// Byte range of the link in the body.
    pub span: Range<usize>,
}

/// What a body holds that does not depend on the other pages: its
/// headings, its links as written and the problems found in it alone. A
/// pure function of the body's text (so a build cache may keep it);
/// [`Outline::resolve`] checks the links against the site's pages.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Outline {
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Internal links and links within the page, in document order.
    pub links: Vec<LinkRef>,
    /// Problems found in the body alone.
    pub errors: Vec<BodyError>,
}

/// An outline's links resolved against the site's pages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolved {
    /// Internal links (including `#anchor` links within the page); a link to
    /// a page that does not exist is an error instead.
    pub links: Vec<InternalLink>,
    /// The outline's problems and the broken links, in document order.
    pub errors: Vec<BodyError>,
}

impl Outline {
    /// Resolves the links with `resolve` (see [`render`]).
    pub fn resolve(&self, resolve: &dyn Fn(&str) -> Option<usize>) -> Resolved {
        let mut out = Resolved {
            links: Vec::with_capacity(self.links.len()),
            errors: self.errors.clone(),
        };
        for link in &self.links {
            match classify(&link.dest) {
                Dest::Internal { path, anchor } => match resolve(path) {
                    Some(group) => out.links.push(InternalLink {
                        target: Some(group),
                        anchor: anchor.map(str::to_string),
                        span: link.span.clone(),
                    }),
                    None => out.errors.push(BodyError {
                        span: link.span.clone(),
                        message: format!(
                            "the link `{}` points to a page that does not exist",
                            link.dest
                        ),
                        help: format!(
                            "check the path: `@/{path}.md` should match a file content/{path}.<lang>.md"
                        ),
                    }),
                },
                Dest::Fragment(anchor) => out.links.push(InternalLink {
                    target: None,
                    anchor: Some(anchor.to_string()),
                    span: link.span.clone(),
                }),
                // Only internal and in-page links are recorded.
                Dest::External | Dest::Local => {}
            }
        }
        out.errors.sort_by_key(|e| (e.span.start, e.span.end));
        out
    }
}

/// The result of rendering one body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// HTML with internal-link placeholders.
    pub html: String,
    /// Headings, links as written and problems of the body alone.
    pub outline: Outline,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `body`. `resolve` maps the path of an internal link (`section/page`,
/// without `@/` and `.md`) to the index of its page group; a link it does
/// not resolve is left as written (and is an error of
/// [`Outline::resolve`] with the same `resolve`).
pub fn render(body: &str, resolve: &dyn Fn(&str) -> Option<usize>) -> Rendered {
    let mut out = Rendered::default();
    let outline = &mut out.outline;
    let mut events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(body, options())
        .into_offset_iter()
        .collect();

    // Headings: give each an id, explicit or derived, unique in the page.
    let mut used: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        if let (Event::Start(Tag::Heading { level, id, .. }), range) = &events[i] {
            let level = heading_level(*level);
            let range = range.clone();
            let explicit = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                    text.push_str(t);
                }
                j += 1;
            }
            if level == 1 {
                outline.errors.push(BodyError {
                    span: range.clone(),
                    message: "a level-1 heading (`# ...`) in the body".into(),
                    help: "the page title from the front matter is the page's only level-1 heading: start sections at `##`".into(),
                });
            }
            let id = match explicit {
                Some(id) => {
                    if !used.insert(id.clone()) {
                        outline.errors.push(BodyError {
                            span: range,
                            message: format!("the heading id `{id}` is used twice in this page"),
                            help: "give each heading its own `{#id}`".into(),
                        });
                    }
                    id
                }
                None => unique(slugify(&text), &mut used),
            };
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i].0 {
                *slot = Some(CowStr::from(id.clone()));
            }
            outline.headings.push(Heading {
                level,
                id,
                text: text.trim().to_string(),
            });
            i = j;
        }
        i += 1;
    }

    // Links: record `@/` and `#` links, turn the `@/` links that resolve
    // into placeholders, reject other local links.
    for (event, range) in &mut events {
        let (dest, is_image) = match event {
            Event::Start(Tag::Link {
                dest_url,
                link_type,
                ..
            }) if !matches!(link_type, LinkType::Email | LinkType::Autolink) => (dest_url, false),
            Event::Start(Tag::Image { dest_url, .. }) => (dest_url, true),
            _ => continue,
        };
        match classify(dest) {
            Dest::External if is_image => outline.errors.push(BodyError {
                span: range.clone(),
                message: format!("the image `{dest}` is on another host"),
                help: "the portal makes no third-party requests: put the image in the theme's static folder and link to it from there".into(),
            }),
            Dest::External => {}
            Dest::Internal { path, anchor } => {
                let token = resolve(path).map(|group| {
                    let mut url = link_token(group);
                    if let Some(a) = anchor {
                        url.push('#');
                        url.push_str(a);
                    }
                    url
                });
                outline.links.push(LinkRef {
                    dest: dest.to_string(),
                    span: range.clone(),
                });
                if let Some(url) = token {
                    *dest = CowStr::from(url);
                }
            }
            Dest::Fragment(_) => outline.links.push(LinkRef {
                dest: dest.to_string(),
                span: range.clone(),
            }),
            Dest::Local if is_image => {}
            Dest::Local => outline.errors.push(BodyError {
                span: range.clone(),
                message: format!("the link `{dest}` is neither an internal link nor a full address"),
                help: "write links to portal pages as `@/section/page.md` (optionally `#anchor`) so they work in every language and are checked; write other links in full (https://...)".into(),
            }),
        }
    }

    // Footnote ids are their labels in pulldown-cmark's output (`[^eea]`
    // becomes `id="eea"`), which would clash with a heading `{#eea}`:
    // give them a namespace of their own.
    for (event, _) in &mut events {
        match event {
            Event::FootnoteReference(label) => *label = CowStr::from(format!("fn-{label}")),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                *label = CowStr::from(format!("fn-{label}"))
            }
            _ => {}
        }
    }

    out.html.reserve(body.len() + body.len() / 2);
    pulldown_cmark::html::push_html(&mut out.html, events.into_iter().map(|(e, _)| e));
    out
}

enum Dest<'a> {
    External,
    Internal {
        path: &'a str,
        anchor: Option<&'a str>,
    },
    Fragment(&'a str),
    Local,
}

fn classify(dest: &str) -> Dest<'_> {
    if let Some(rest) = dest.strip_prefix("@/") {
        let (path, anchor) = match rest.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (rest, None),
        };
        let path = path.strip_suffix(".md").unwrap_or(path);
        Dest::Internal { path, anchor }
    } else if let Some(anchor) = dest.strip_prefix('#') {
        Dest::Fragment(anchor)
    } else if ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| dest.starts_with(scheme))
    {
        Dest::External
    } else {
        Dest::Local
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// A heading id from its text: lower case, letters and digits of any script
/// kept, everything else collapsed to single hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c);
        } else {
            pending_hyphen = true;
        }
    }
    if slug.is_empty() {
        slug.push_str("section");
    }
    slug
}

fn unique(base: String, used: &mut HashSet<String>) -> String {
    if used.insert(base.clone()) {
        return base;
    }
    (1..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| used.insert(candidate.clone()))
        .unwrap_or(base)
}

/// The placeholder rendered in place of the URL of page group `group`.
pub fn link_token(group: usize) -> String {
    format!("{TOKEN_START}{group}{TOKEN_END}")
}

/// Replaces internal-link placeholders in `html` with `url(group)`.
pub fn substitute_links(html: &str, url: &dyn Fn(usize) -> String) -> String {
    if !html.contains(TOKEN_START) {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(start) = rest.find(TOKEN_START) {
        out.push_str(&rest[..start]);
        let after = &rest[start + TOKEN_START.len()..];
        match after.find(TOKEN_END) {
            Some(end) => {
                match after[..end].parse::<usize>() {
                    Ok(group) => out.push_str(&url(group)),
                    Err(_) => {
                        out.push_str(TOKEN_START);
                        out.push_str(&after[..end + TOKEN_END.len()]);
                    }
                }
                rest = &after[end + TOKEN_END.len()..];
            }
            None => {
                out.push_str(TOKEN_START);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(path: &str) -> Option<usize> {
        match path {
            "rights/access" => Some(7),
            "_index" => Some(0),
            _ => None,
        }
    }

    /// The rendering and the resolved outline, as a build uses them.
    struct Both {
        html: String,
        headings: Vec<Heading>,
        links: Vec<InternalLink>,
        errors: Vec<BodyError>,
    }

    fn html(body: &str) -> Both {
        let rendered = render(body, &resolve);
        let resolved = rendered.outline.resolve(&resolve);
        Both {
            html: rendered.html,
            headings: rendered.outline.headings,
            links: resolved.links,
            errors: resolved.errors,
        }
    }

    #[test]
    fn headings_get_stable_unique_ids() {
        let r =
            html("## Right of access\n\n## Right of access\n\n### Ποιος; {#who}\n\n## Τι κάνει;\n");
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(
            ids,
            ["right-of-access", "right-of-access-1", "who", "τι-κάνει"]
        );
        assert!(
            r.html
                .contains("<h2 id=\"right-of-access\">Right of access</h2>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<h3 id=\"who\">"), "{}", r.html);
        assert!(r.errors.is_empty());
    }

    #[test]
    fn level_one_headings_are_errors() {
        let r = html("text\n\n# Title\n");
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].span.start, 6);
    }

    #[test]
    fn internal_links_become_placeholders_and_are_recorded() {
        let r = html("See [access](@/rights/access.md#how) and [home](@/_index.md) and [top](#x).");
        assert_eq!(r.links.len(), 3);
        assert_eq!(r.links[0].target, Some(7));
        assert_eq!(r.links[0].anchor.as_deref(), Some("how"));
        assert_eq!(r.links[2].target, None);
        let out = substitute_links(&r.html, &|g| format!("/fr/g{g}/"));
        assert!(out.contains("href=\"/fr/g7/#how\""), "{out}");
        assert!(out.contains("href=\"/fr/g0/\""), "{out}");
        assert!(out.contains("href=\"#x\""), "{out}");
    }

    #[test]
    fn broken_and_local_links_are_errors_with_their_position() {
        let body = "ok\n\n[a](@/nope.md) [b](/en/x/) [c](https://eur-lex.europa.eu/) ![i](https://cdn.example.com/x.png)";
        let r = html(body);
        let messages: Vec<_> = r.errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(r.errors.len(), 3, "{messages:?}");
        assert_eq!(&body[r.errors[0].span.clone()], "[a](@/nope.md)");
        assert!(messages[0].contains("does not exist"));
        assert!(messages[1].contains("neither an internal link"));
        assert!(messages[2].contains("another host"));
        // An unresolved link is left as written.
        assert!(r.html.contains("href=\"@/nope.md\""), "{}", r.html);
    }

    #[test]
    fn an_outline_is_what_the_body_alone_says() {
        let body =
            "## A\n\n[x](@/rights/access.md#how) [y](#a) [z](@/gone.md) [w](https://x.eu/)\n";
        let outline = render(body, &resolve).outline;
        // Resolution does not change the outline: it can be kept and
        // resolved again against other pages.
        assert_eq!(outline, render(body, &|_| None).outline);
        let dests: Vec<_> = outline.links.iter().map(|l| l.dest.as_str()).collect();
        assert_eq!(dests, ["@/rights/access.md#how", "#a", "@/gone.md"]);
        assert!(outline.errors.is_empty());
        let resolved = outline.resolve(&|path| (path == "gone").then_some(3));
        let targets: Vec<_> = resolved.links.iter().map(|l| l.target).collect();
        assert_eq!(targets, [None, Some(3)]);
        assert_eq!(resolved.errors.len(), 1);
        assert_eq!(
            &body[resolved.errors[0].span.clone()],
            "[x](@/rights/access.md#how)"
        );
    }

    #[test]
    fn tables_and_footnotes_render() {
        let r = html("| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^n].\n\n[^n]: Note.\n");
        assert!(r.html.contains("<table>"), "{}", r.html);
        assert!(r.html.contains("<th>a</th>"), "{}", r.html);
        assert!(r.html.contains("footnote"), "{}", r.html);
        // Footnote ids cannot clash with heading ids.
        let r = html("## Notes {#n}\n\nText[^n].\n\n[^n]: Note.\n");
        assert!(r.html.contains("id=\"fn-n\""), "{}", r.html);
        assert!(r.html.contains("href=\"#fn-n\""), "{}", r.html);
    }

    #[test]
    fn slugs_keep_letters_of_every_script() {
        assert_eq!(slugify("Article 19 — Rights!"), "article-19-rights");
        assert_eq!(slugify("Cearta an duine"), "cearta-an-duine");
        assert_eq!(slugify("Права на субекта"), "права-на-субекта");
        assert_eq!(slugify("—"), "section");
    }
}
