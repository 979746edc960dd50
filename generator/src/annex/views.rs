//! What templates, feeds and the open data see of the Annex: one view per
//! language, built once per build and shared by every page that shows it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use super::Annex;
use super::engine::{self, Date, PointDiff};
use crate::diagnostics::Diagnostic;
use crate::theme::escape_html;

/// Localised labels the views need, read from the interface strings.
pub struct Labels {
    /// Visually hidden prefix of inserted text.
    pub inserted: String,
    /// Visually hidden prefix of deleted text.
    pub deleted: String,
}

/// A point as shown in one language.
#[derive(Debug, Clone, Serialize)]
pub(super) struct PointView {
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
pub(super) struct ChangeView {
    /// `inserted`, `deleted` or `changed`.
    kind: &'static str,
    point: String,
    /// The point's text with `<ins>` and `<del>` marking the change.
    html: String,
    lang: String,
}

/// An operation that took effect on a version's date.
#[derive(Debug, Clone, Serialize)]
pub(super) struct AppliedView {
    m: String,
    act: String,
    /// `insert`, `replace`, `replace-provisions` or `delete`.
    op: &'static str,
    point: String,
    verified: bool,
}

/// A link to another version.
#[derive(Debug, Clone, Serialize)]
pub(super) struct VersionLink {
    date: String,
    date_eu: String,
    url: String,
}

/// One version in one language.
#[derive(Debug, Clone, Serialize)]
pub struct VersionView {
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
pub struct LanguageViews {
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

impl Annex {
    /// The views of every version in `lang`, falling back to `fallback` for
    /// points without a text in `lang`.
    pub fn views(
        &self,
        lang: &str,
        fallback: &str,
        base: &str,
        labels: &Labels,
        as_of: Date,
    ) -> Vec<VersionView> {
        let url = |date: Date| format!("{base}{lang}/annex/{date}/");
        let link = |v: &engine::Version| VersionLink {
            date: v.date.to_string(),
            date_eu: v.date.eu(),
            url: url(v.date),
        };
        let current = self.in_force(as_of);
        self.versions
            .iter()
            .enumerate()
            .map(|(i, version)| {
                let (heading, heading_lang) = pick(&self.heading, lang, fallback);
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
                            note: self.note(p).map(str::to_string),
                        }
                    })
                    .collect();
                let changes = if i == 0 {
                    Vec::new()
                } else {
                    self.changes(&self.versions[i - 1], version, lang, fallback, labels)
                };
                let applied = version
                    .applied
                    .iter()
                    .map(|at| {
                        let op = &self.numbered[at.m - 1].operations[at.index];
                        AppliedView {
                            m: format!("M{}", at.m),
                            act: self.acts[at.m - 1].short.clone(),
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
                    previous: i.checked_sub(1).map(|j| link(&self.versions[j])),
                    next: self.versions.get(i + 1).map(link),
                }
            })
            .collect()
    }

    fn changes(
        &self,
        older: &engine::Version,
        newer: &engine::Version,
        lang: &str,
        fallback: &str,
        labels: &Labels,
    ) -> Vec<ChangeView> {
        let find =
            |points: &[engine::Point], n: &str| points.iter().find(|p| p.number == n).cloned();
        engine::compare(&older.points, &newer.points, lang, fallback)
            .into_iter()
            .filter_map(|diff| {
                let (kind, number, old, new) = match diff {
                    PointDiff::Same(_) => return None,
                    PointDiff::Inserted(n) => {
                        ("inserted", n.clone(), None, find(&newer.points, &n))
                    }
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
    pub fn language_views(
        &self,
        languages: &[&str],
        fallback: &str,
        base: &str,
        labels: &HashMap<String, Labels>,
        as_of: Date,
    ) -> Result<HashMap<String, Arc<LanguageViews>>, Diagnostic> {
        let acts: Vec<&super::ActInfo> = std::iter::once(&self.regulation)
            .chain(&self.acts)
            .collect();
        let acts = json(&acts)?;
        languages
            .iter()
            .map(|lang| {
                let empty = Labels {
                    inserted: String::new(),
                    deleted: String::new(),
                };
                let views = self.views(
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

    /// The open data of every version: dates, what applied, and each point's
    /// text in every language with its provenance.
    /// `as_of` is the build's reference date: each version says whether it
    /// is in force on it, no longer in force, or not yet in force.
    pub fn open_data(&self, as_of: Date) -> Result<Vec<(String, serde_json::Value)>, Diagnostic> {
        #[derive(Serialize)]
        struct VersionData<'a> {
            date: String,
            status: &'static str,
            applied: Vec<serde_json::Value>,
            points: &'a [engine::Point],
        }
        let current = self.in_force(as_of);
        let status = |i: usize| match current {
            Some(c) if i == c => "in-force",
            Some(c) if i < c => "superseded",
            _ => "not-yet-in-force",
        };
        let mut files = Vec::new();
        let mut index = Vec::new();
        for (i, version) in self.versions.iter().enumerate() {
            let applied: Vec<serde_json::Value> = version
                .applied
                .iter()
                .map(|at| {
                    let op = &self.numbered[at.m - 1].operations[at.index];
                    serde_json::json!({
                        "m": at.m,
                        "act": self.acts[at.m - 1].short,
                        "oj": self.acts[at.m - 1].oj,
                        "op": op.change.kind(),
                        "point": op.change.point(),
                        "verified": op.verified,
                    })
                })
                .collect();
            index.push(serde_json::json!({
                "date": version.date.to_string(),
                "status": status(i),
                "applied": applied.clone(),
                "url": format!("annex/{}.json", version.date),
            }));
            let data = VersionData {
                date: version.date.to_string(),
                status: status(i),
                applied,
                points: &version.points,
            };
            files.push((format!("annex/{}.json", version.date), json(&data)?));
        }
        let acts: Vec<&super::ActInfo> = std::iter::once(&self.regulation)
            .chain(&self.acts)
            .collect();
        files.push((
            "annex/versions.json".to_string(),
            serde_json::json!({
                "as_of": as_of.to_string(),
                "in_force": current.map(|c| self.versions[c].date.to_string()),
                "next_change": self.next_change(as_of).map(|d| d.to_string()),
                "acts": acts,
                "versions": index,
            }),
        ));
        Ok(files)
    }

    /// A plain-text rendering of the Annex in force on `date`, for the
    /// terminal, followed by the versions published but not yet in force
    /// on that date.
    pub fn to_text(&self, date: Date, lang: &str, fallback: &str) -> Option<String> {
        let version = self.at(date)?;
        let (heading, _) = pick(&self.heading, lang, fallback);
        let mut out = format!(
            "ANNEX (in force on {}: the version applicable from {})\n\n{}\n\n",
            date,
            version.date,
            heading.to_uppercase()
        );
        for p in &version.points {
            if let Some(m) = p.deleted_by {
                out.push_str(&format!("{}. ▶M{m} [deleted]\n\n", p.number));
                continue;
            }
            let (text_lang, text) = text_in(p, lang, fallback);
            let marker = p
                .last_changed_by()
                .map_or(String::new(), |m| format!("▶M{m} "));
            let flags = [
                (text_lang != lang).then(|| format!("[{text_lang}]")),
                (!p.verified).then(|| "[to be verified against the Official Journal]".to_string()),
            ];
            let flags: Vec<String> = flags.into_iter().flatten().collect();
            out.push_str(&format!(
                "{}. {marker}{}{}\n\n",
                p.number,
                line(text),
                if flags.is_empty() {
                    String::new()
                } else {
                    format!(" {}", flags.join(" "))
                }
            ));
        }
        for upcoming in self.versions.iter().filter(|v| v.date > date) {
            let what: Vec<String> = upcoming
                .applied
                .iter()
                .map(|at| self.describe(*at))
                .collect();
            out.push_str(&format!(
                "Not yet in force on {date}: from {} {}\n",
                upcoming.date,
                what.join("; ")
            ));
        }
        if self.versions.iter().any(|v| v.date > date) {
            out.push('\n');
        }
        if !self.acts.is_empty() {
            out.push_str("Amended by:\n");
            for act in &self.acts {
                out.push_str(&format!("  {:<4} {} ({})\n", act.m, act.short, act.oj));
            }
        }
        Some(out)
    }

    /// One line per version and what changed in it, for the terminal; the
    /// version in force on `as_of` and those not yet in force are marked.
    pub fn timeline_text(&self, as_of: Date) -> String {
        let mut out = String::new();
        let current = self.in_force(as_of);
        for (i, version) in self.versions.iter().enumerate() {
            let mark = if Some(i) == current {
                "* "
            } else if version.date > as_of {
                "+ "
            } else {
                "  "
            };
            out.push_str(&format!("{mark}{}", version.date));
            if version.applied.is_empty() {
                out.push_str("  original Annex (");
                out.push_str(&self.regulation.oj);
                out.push(')');
            }
            for (i, at) in version.applied.iter().enumerate() {
                out.push_str(if i == 0 { "  " } else { "; " });
                out.push_str(&self.describe(*at));
            }
            out.push('\n');
        }
        out
    }
}

/// A point's text in `lang`, else in `fallback`, else in the first language
/// it has: (language shown, text). A point with no text at all (the loader
/// allows that only for a deleted point) shows an empty one.
fn text_in<'a>(
    p: &'a engine::Point,
    lang: &'a str,
    fallback: &'a str,
) -> (&'a str, &'a engine::Text) {
    static NO_TEXT: engine::Text = engine::Text {
        act: String::new(),
        provisions: String::new(),
    };
    match p.text.get(lang) {
        Some(t) => (lang, t),
        None => match p.text.get(fallback) {
            Some(t) => (fallback, t),
            None => p
                .text
                .iter()
                .next()
                .map_or((fallback, &NO_TEXT), |(l, t)| (l.as_str(), t)),
        },
    }
}

/// A text as a line (`{act}: {provisions}.`), or nothing for no text.
fn line(text: &engine::Text) -> String {
    if text.act.is_empty() && text.provisions.is_empty() {
        String::new()
    } else {
        text.to_string()
    }
}

fn pick(texts: &BTreeMap<String, String>, lang: &str, fallback: &str) -> (String, String) {
    texts
        .get(lang)
        .map(|t| (t.clone(), lang.to_string()))
        .or_else(|| {
            texts
                .get(fallback)
                .map(|t| (t.clone(), fallback.to_string()))
        })
        // Default meant: a heading in neither language shows none.
        .unwrap_or_default()
}

/// Word-level comparison as HTML: `<del>` and `<ins>` carry a visually
/// hidden label, so the change is readable without colour and by a screen
/// reader.
pub fn word_diff(old: &str, new: &str, labels: &Labels) -> String {
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
