//! What templates see of the Annex: one view per language, built once per
//! build and shared by every page that shows it. (The Annex as plain text
//! and as open data is the model's: `site_model::annex`.)

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::annex::engine::{self, Date, PointDiff};
use crate::annex::{ActInfo, Annex, line, pick, text_in};
use crate::diagnostics::Diagnostic;
use crate::theme::escape_html;

/// Localised labels the views need, read from the interface strings.
pub(crate) struct Labels {
    /// Visually hidden prefix of inserted text.
    pub inserted: String,
    /// Visually hidden prefix of deleted text.
    pub deleted: String,
}

/// A point as shown in one language.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PointView {
    number: String,
    act: String,
    provisions: String,
    /// The language of the text (the fallback's when the point has no text
    /// in the reader's language).
    lang: String,
    fallback: bool,
    /// `M1` for the act that last inserted, changed or deleted the point.
    marker: Option<String>,
    /// Deleted: the number stays, the text is not shown.
    deleted: bool,
    verified: bool,
    /// Why the point is unverified and what remains to check, or what the
    /// amending act printed where it differs (English).
    note: Option<String>,
}

/// A change between a version and the one before it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ChangeView {
    /// `inserted`, `deleted` or `changed`.
    kind: &'static str,
    point: String,
    /// The point's text with `<ins>` and `<del>` marking the change.
    html: String,
    lang: String,
}

/// An operation that took effect on a version's date.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct AppliedView {
    m: String,
    act: String,
    /// `insert`, `replace`, `replace-provisions` or `delete`.
    op: &'static str,
    point: String,
    verified: bool,
}

/// A link to another version.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct VersionLink {
    date: String,
    date_eu: String,
    url: String,
}

/// One version in one language.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct VersionView {
    date: String,
    date_eu: String,
    url: String,
    /// In force on the build's reference date.
    current: bool,
    /// Published, but applies only after the build's reference date.
    upcoming: bool,
    original: bool,
    heading: String,
    heading_lang: String,
    points: Vec<PointView>,
    changes: Vec<ChangeView>,
    applied: Vec<AppliedView>,
    previous: Option<VersionLink>,
    next: Option<VersionLink>,
    verified: bool,
}

/// Everything about the Annex in one language, as template values.
pub(crate) struct LanguageViews {
    /// Version views by date.
    pub versions: BTreeMap<String, tera::Value>,
    /// The date (`YYYY-MM-DD`) of the version in force on the reference
    /// date; the first version's when none was in force yet.
    pub current: String,
    /// Links to the versions not yet in force, soonest first.
    pub upcoming: tera::Value,
    /// All versions, oldest first.
    pub timeline: tera::Value,
    /// The Regulation and the amending acts.
    pub acts: tera::Value,
}

/// The views of every version in `lang`, falling back to `fallback` for
/// points without a text in `lang`.
pub(crate) fn views(
    annex: &Annex,
    lang: &str,
    fallback: &str,
    base: &str,
    labels: &Labels,
    as_of: Date,
) -> Vec<VersionView> {
    let url = |date: Date| crate::urls::url(base, lang, crate::urls::Target::AnnexVersion(date));
    let link = |v: &engine::Version| VersionLink {
        date: v.date.to_string(),
        date_eu: v.date.eu(),
        url: url(v.date),
    };
    let current = annex.in_force(as_of);
    annex
        .versions
        .iter()
        .enumerate()
        .map(|(i, version)| {
            let (heading, heading_lang) = pick(&annex.heading, lang, fallback);
            let points: Vec<PointView> = version
                .points
                .iter()
                .map(|p| {
                    let (text_lang, text) = text_in(p, lang, fallback);
                    PointView {
                        number: p.number.clone(),
                        act: text.act.clone(),
                        provisions: text.provisions.clone(),
                        fallback: text_lang != lang,
                        lang: text_lang.to_string(),
                        marker: p.last_changed_by().map(|m| format!("M{m}")),
                        deleted: p.is_deleted(),
                        verified: p.verified,
                        note: annex.note(p).map(str::to_string),
                    }
                })
                .collect();
            let changes = if i == 0 {
                Vec::new()
            } else {
                changes(&annex.versions[i - 1], version, lang, fallback, labels)
            };
            let applied = version
                .applied
                .iter()
                .map(|at| {
                    let op = &annex.numbered[at.m - 1].operations[at.index];
                    AppliedView {
                        m: format!("M{}", at.m),
                        act: annex.acts[at.m - 1].short.clone(),
                        op: op.change.kind(),
                        point: op.change.point().to_string(),
                        verified: op.verified,
                    }
                })
                .collect();
            VersionView {
                date: version.date.to_string(),
                date_eu: version.date.eu(),
                url: url(version.date),
                current: Some(i) == current,
                upcoming: version.date > as_of,
                original: i == 0,
                heading,
                heading_lang,
                verified: points.iter().all(|p| p.verified),
                points,
                changes,
                applied,
                previous: i.checked_sub(1).map(|j| link(&annex.versions[j])),
                next: annex.versions.get(i + 1).map(link),
            }
        })
        .collect()
}

fn changes(
    older: &engine::Version,
    newer: &engine::Version,
    lang: &str,
    fallback: &str,
    labels: &Labels,
) -> Vec<ChangeView> {
    let find = |points: &[engine::Point], n: &str| points.iter().find(|p| p.number == n).cloned();
    engine::compare(&older.points, &newer.points, lang, fallback)
        .into_iter()
        .filter_map(|diff| {
            let (kind, number, old, new) = match diff {
                PointDiff::Same(_) => return None,
                PointDiff::Inserted(n) => ("inserted", n.clone(), None, find(&newer.points, &n)),
                PointDiff::Deleted(n) => ("deleted", n.clone(), find(&older.points, &n), None),
                PointDiff::Changed(n) => (
                    "changed",
                    n.clone(),
                    find(&older.points, &n),
                    find(&newer.points, &n),
                ),
            };
            let render = |p: &Option<engine::Point>| {
                p.as_ref()
                    .map(|p| {
                        let (l, t) = text_in(p, lang, fallback);
                        (l.to_string(), line(t))
                    })
                    // Default meant: the point is not in that version.
                    .unwrap_or_default()
            };
            let (old_lang, old_text) = render(&old);
            let (new_lang, new_text) = render(&new);
            Some(ChangeView {
                kind,
                point: number,
                html: word_diff(&old_text, &new_text, labels),
                lang: if new.is_some() { new_lang } else { old_lang },
            })
        })
        .collect()
}

/// Template values for every language, built once.
pub(crate) fn language_views(
    annex: &Annex,
    languages: &[&str],
    fallback: &str,
    base: &str,
    labels: &HashMap<String, Labels>,
    as_of: Date,
) -> Result<HashMap<String, Arc<LanguageViews>>, Diagnostic> {
    let acts: Vec<&ActInfo> = std::iter::once(&annex.regulation)
        .chain(&annex.acts)
        .collect();
    let acts = json(&acts)?;
    languages
        .iter()
        .map(|lang| {
            let empty = Labels {
                inserted: String::new(),
                deleted: String::new(),
            };
            let views = views(
                annex,
                lang,
                fallback,
                base,
                labels.get(*lang).unwrap_or(&empty),
                as_of,
            );
            let timeline = json(&views)?;
            let current = views
                .iter()
                .find(|v| v.current)
                .or(views.first())
                .map(|v| v.date.clone())
                // Default meant: never reached, an Annex has at least
                // its original version.
                .unwrap_or_default();
            let upcoming: Vec<VersionLink> = views
                .iter()
                .filter(|v| v.upcoming)
                .map(|v| VersionLink {
                    date: v.date.clone(),
                    date_eu: v.date_eu.clone(),
                    url: v.url.clone(),
                })
                .collect();
            let upcoming = json(&upcoming)?;
            let versions = views
                .iter()
                .map(|v| Ok((v.date.clone(), json(v)?)))
                .collect::<Result<_, Diagnostic>>()?;
            Ok((
                lang.to_string(),
                Arc::new(LanguageViews {
                    versions,
                    current,
                    upcoming,
                    timeline,
                    acts: acts.clone(),
                }),
            ))
        })
        .collect()
}
/// Word-level comparison as HTML: `<del>` and `<ins>` carry a visually
/// hidden label, so the change is readable without colour and by a screen
/// reader.
pub(crate) fn word_diff(old: &str, new: &str, labels: &Labels) -> String {
    // Word changes, then a clean-up for people: an unchanged stretch of one
    // or two words between two changes is folded into them, and each run of
    // changes reads as one deletion followed by one insertion, instead of a
    // word-by-word interleaving that is hard to follow (and to hear).
    let diff = TextDiff::from_words(old, new);
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        match runs.last_mut() {
            Some((tag, text)) if *tag == change.tag() => text.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_string())),
        }
    }
    let short = |text: &str| text.split_whitespace().count() <= 2;
    let mut html = String::new();
    let mut deleted = String::new();
    let mut inserted = String::new();
    let flush = |html: &mut String, deleted: &mut String, inserted: &mut String| {
        if !deleted.is_empty() {
            html.push_str(&format!(
                "<del><span class=\"visually-hidden\">{} </span>{}</del>",
                escape_html(&labels.deleted),
                escape_html(deleted)
            ));
            deleted.clear();
        }
        if !inserted.is_empty() {
            html.push_str(&format!(
                "<ins><span class=\"visually-hidden\">{} </span>{}</ins>",
                escape_html(&labels.inserted),
                escape_html(inserted)
            ));
            inserted.clear();
        }
    };
    for (i, (tag, text)) in runs.iter().enumerate() {
        match tag {
            ChangeTag::Delete => deleted.push_str(text),
            ChangeTag::Insert => inserted.push_str(text),
            ChangeTag::Equal => {
                let between_changes = i > 0 && i + 1 < runs.len();
                if between_changes && short(text) {
                    deleted.push_str(text);
                    inserted.push_str(text);
                } else {
                    flush(&mut html, &mut deleted, &mut inserted);
                    html.push_str(&escape_html(text));
                }
            }
        }
    }
    flush(&mut html, &mut deleted, &mut inserted);
    html
}

/// A view as a template value; a failure is reported against the Annex's
/// folder (see [`crate::diagnostics::json_value`]).
fn json<T: Serialize + ?Sized>(value: &T) -> Result<serde_json::Value, Diagnostic> {
    crate::diagnostics::json_value(std::path::Path::new("content/annex"), value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_changes_without_colour() {
        let labels = Labels {
            inserted: "inserted:".into(),
            deleted: "deleted:".into(),
        };
        let html = word_diff(
            "Article 8 and Article 56",
            "Articles 4a to 4e, Article 8 and Article 56",
            &labels,
        );
        assert_eq!(
            html,
            "<ins><span class=\"visually-hidden\">inserted: </span>Articles 4a to 4e, </ins>Article 8 and Article 56"
        );
        let html = word_diff(
            "Article 8, Article 50(1)",
            "Article 8, Article 21a",
            &labels,
        );
        assert_eq!(
            html,
            "Article 8, Article <del><span class=\"visually-hidden\">deleted: </span>50(1)</del><ins><span class=\"visually-hidden\">inserted: </span>21a</ins>"
        );
        assert_eq!(word_diff("same <b>", "same <b>", &labels), "same &lt;b&gt;");
        // Interleaved word changes read as one deletion and one insertion.
        let html = word_diff(
            "of the Council of 7 September 2005: Article 8, Article 50(1)",
            "of the Council: Articles 4a to 4e, Article 8, Article 21a",
            &labels,
        );
        assert_eq!(
            html,
            "of the <del><span class=\"visually-hidden\">deleted: </span>Council of 7 September 2005:</del><ins><span class=\"visually-hidden\">inserted: </span>Council: Articles 4a to 4e,</ins> Article 8, Article <del><span class=\"visually-hidden\">deleted: </span>50(1)</del><ins><span class=\"visually-hidden\">inserted: </span>21a</ins>"
        );
    }
}
