//! The Annex as plain text (for the `annex` command) and as open data (the
//! JSON published under `dist/annex/`): what does not depend on templates.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Annex;
use super::engine::{self, Date};
use crate::diagnostics::Diagnostic;

impl Annex {
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
pub fn text_in<'a>(
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
pub fn line(text: &engine::Text) -> String {
    if text.act.is_empty() && text.provisions.is_empty() {
        String::new()
    } else {
        text.to_string()
    }
}

/// A heading (or any text by language) in `lang`, else in `fallback`:
/// (text, language shown); empty in neither.
pub fn pick(texts: &BTreeMap<String, String>, lang: &str, fallback: &str) -> (String, String) {
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

/// A value as JSON; a failure is reported against the Annex's folder (see
/// [`crate::diagnostics::json_value`]).
pub(crate) fn json<T: Serialize + ?Sized>(value: &T) -> Result<serde_json::Value, Diagnostic> {
    crate::diagnostics::json_value(std::path::Path::new("content/annex"), value)
}
