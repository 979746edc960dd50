//! Pages made from data rather than Markdown: the Annex's timeline and
//! versions, the open-data pages, the acts' filter views, the list of facts
//! still to be verified, and the "what's new" items.

use super::*;

/// The pages the Annex adds in every language: the timeline and one page per
/// version. They have no Markdown; their templates show the Annex data.
pub(super) fn annex_pages(
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
        let page = |target: Target<'_>,
                    origin: Origin,
                    title: String,
                    description: String,
                    weight: i64,
                    date: Option<String>,
                    template: &str| SourcePage {
            file: file.clone(),
            source: empty.clone(),
            lang: language.code.clone(),
            url_path: target.path(),
            section: "annex".into(),
            kind: PageKind::Page,
            origin,
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
            stem: urls::stem(target),
        };
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("date", annex.original.in_force.eu());
        pages.push(page(
            Target::AnnexTimeline,
            Origin::AnnexTimeline,
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
                Target::AnnexVersion(version.date),
                Origin::AnnexVersion,
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
pub(super) struct NewsItem {
    date: String,
    kind: &'static str,
    title: String,
    lang: String,
    url: String,
}

/// New and changed acts and Annex versions, newest first, for one language.
pub(super) fn whats_new(
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
                url: urls::url(base_path, code, Target::Act(&act.id)),
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
                url: urls::url(base_path, code, Target::AnnexVersion(version.date)),
            });
        }
    }
    items.sort_by(|a, b| b.date.cmp(&a.date).then(a.url.cmp(&b.url)));
    items
}

/// A fact not yet confirmed in a public source, for the page that lists
/// them all.
#[derive(Serialize)]
pub(super) struct OpenFact {
    /// What the fact is about (English, as the data says it).
    fact: String,
    /// What remains to check, if the data says.
    check: Option<String>,
    /// Where the fact is shown.
    url: String,
}

/// The facts still to be verified in one part of the portal.
#[derive(Serialize)]
pub(super) struct OpenArea {
    /// `annex`, `acts`, `states` or `procedures` (`unverified-area-*`).
    area: &'static str,
    pub(super) facts: Vec<OpenFact>,
}

/// Every fact marked `verified = false` in the data, by area, in data
/// order: the list readers and editors watch shrink.
pub(super) fn unverified_facts(
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
                    url: urls::url(base_path, code, Target::AnnexTimeline),
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
                url: urls::url(base_path, code, Target::Act(&a.id)),
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
                url: urls::url(base_path, code, Target::Authority(&s.code)),
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
                url: urls::url(base_path, code, Target::Procedure(&p.id)),
            })
            .collect(),
    });
    areas
}

/// A page generated from a published data file, in every language: the
/// request statistics (`request/statistics/`) or the audit log's signed
/// checkpoints (`about/audit-log/`). `at` is (section, stem, weight),
/// `strings` (title key, description key, template).
pub(super) fn data_pages(
    config: &SiteConfig,
    locales: &Locales,
    origin: Origin,
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
                origin,
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
pub(super) fn unverified_pages(config: &SiteConfig, locales: &Locales) -> Vec<SourcePage> {
    data_pages(
        config,
        locales,
        Origin::Unverified,
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
pub(super) fn act_view_pages(
    data: &Data,
    config: &SiteConfig,
    locales: &Locales,
) -> Vec<SourcePage> {
    let facets = data.act_facets();
    let views: Vec<(&str, String)> = facets
        .kinds
        .iter()
        .map(|k| ("type", k.as_str().to_string()))
        .chain(
            facets
                .statuses
                .iter()
                .map(|s| ("status", s.as_str().to_string())),
        )
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
            let target = Target::ActsFilter { facet, value };
            pages.push(SourcePage {
                file: file.clone(),
                source: empty.clone(),
                lang: language.code.clone(),
                url_path: target.path(),
                section: "legislation/acts".into(),
                kind: PageKind::Page,
                origin: Origin::ActsFilter,
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
                stem: urls::stem(target),
            });
        }
    }
    pages
}
