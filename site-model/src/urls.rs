//! The one place that knows how the site's URLs are spelt.
//!
//! Every page of a language lives under `<root><lang>/`, where `root` is the
//! site's base path (`/`, for links between pages) or its base URL
//! (`https://…/`, for feeds, sitemaps and permalinks). Both end with `/`
//! (`config::SiteConfig` makes sure of it).

use std::fmt;

use crate::annex::engine::Date;

/// A place inside one language's part of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    /// The language's home page.
    Home,
    /// A page by its URL path below the language folder (`rights/access/`,
    /// empty for the home page).
    Page(&'a str),
    /// The Annex's timeline of versions.
    AnnexTimeline,
    /// The version of the Annex that applies from a date.
    AnnexVersion(Date),
    /// The Annex's Atom feed.
    AnnexFeed,
    /// The news Atom feed of the language.
    Feed,
    /// An act's row in the table of acts, by its id.
    Act(&'a str),
    /// The table of acts filtered by one value of one facet (`type`,
    /// `status` or `year`), a page of its own so it works without
    /// JavaScript.
    ActsFilter {
        /// `type`, `status` or `year`.
        facet: &'a str,
        /// The value kept, e.g. `regulation`.
        value: &'a str,
    },
    /// A procedure's page, by its id.
    Procedure(&'a str),
    /// A state's row in the table of supervisory authorities, by its EU code
    /// (the anchor is the code in lower case).
    Authority(&'a str),
}

impl Target<'_> {
    /// The path below the language folder, e.g. `annex/2018-12-11/`.
    pub fn path(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Target<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Home => Ok(()),
            Target::Page(path) => f.write_str(path),
            Target::AnnexTimeline => f.write_str("annex/timeline/"),
            Target::AnnexVersion(date) => write!(f, "annex/{date}/"),
            Target::AnnexFeed => f.write_str("annex/atom.xml"),
            Target::Feed => f.write_str("atom.xml"),
            Target::Act(id) => write!(f, "legislation/acts/#{id}"),
            Target::ActsFilter { facet, value } => write!(f, "legislation/acts/{facet}/{value}/"),
            Target::Procedure(id) => write!(f, "procedures/{id}/"),
            Target::Authority(code) => write!(f, "rights/supervision/#{}", code.to_lowercase()),
        }
    }
}

/// `target` in language `lang`, below `root` (the base path or base URL).
pub fn url(root: &str, lang: &str, target: Target<'_>) -> String {
    format!("{root}{lang}/{target}")
}

/// A page's stem (its path below `content/` without the language): the
/// target's path without the trailing slash, as generated pages use.
pub fn stem(target: Target<'_>) -> String {
    let mut path = target.path();
    if path.ends_with('/') {
        path.pop();
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_below_the_root_and_the_language() {
        let date = Date::parse("2018-12-11").unwrap();
        let cases = [
            (Target::Home, "/fr/"),
            (Target::Page("rights/access/"), "/fr/rights/access/"),
            (Target::AnnexTimeline, "/fr/annex/timeline/"),
            (Target::AnnexVersion(date), "/fr/annex/2018-12-11/"),
            (Target::AnnexFeed, "/fr/annex/atom.xml"),
            (Target::Feed, "/fr/atom.xml"),
            (
                Target::Act("reg-2012-1024"),
                "/fr/legislation/acts/#reg-2012-1024",
            ),
            (
                Target::ActsFilter {
                    facet: "type",
                    value: "directive",
                },
                "/fr/legislation/acts/type/directive/",
            ),
            (Target::Procedure("pq"), "/fr/procedures/pq/"),
            (Target::Authority("EL"), "/fr/rights/supervision/#el"),
        ];
        for (target, expected) in cases {
            assert_eq!(url("/", "fr", target), expected);
        }
        assert_eq!(
            url("https://imi.example/", "ga", Target::Feed),
            "https://imi.example/ga/atom.xml"
        );
        assert_eq!(stem(Target::AnnexVersion(date)), "annex/2018-12-11");
        assert_eq!(stem(Target::AnnexTimeline), "annex/timeline");
    }
}
