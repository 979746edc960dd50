//! The consolidated Annex: `content/annex/original.toml` (the Annex as
//! published) and one file per amending act in `content/annex/amendments/`,
//! turned into every version of the Annex with its provenance.
//!
//! [`engine`] is the pure consolidation; this module reads the files,
//! reports mistakes with file and line, and prepares what the generator's
//! templates and feeds, the JSON open data and the `annex` command show.

pub mod engine;
mod text;

pub use text::{line, pick, text_in};

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::config::SiteConfig;
use crate::data::is_oj_reference;
use crate::diagnostics::{Diagnostic, Diagnostics};
use engine::{Amendment, Change, Date, Operation, OriginalPoint, Texts};

/// `content/annex/original.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OriginalFile {
    citation: String,
    oj: String,
    #[serde(default)]
    eli: Option<String>,
    in_force: toml::value::Datetime,
    source: String,
    heading: BTreeMap<String, String>,
    points: Vec<PointFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PointFile {
    number: String,
    text: BTreeMap<String, TextFile>,
    #[serde(default = "yes")]
    verified: bool,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TextFile {
    act: String,
    provisions: String,
}

/// `content/annex/amendments/<act>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AmendmentFile {
    citation: String,
    short: String,
    oj: String,
    #[serde(default)]
    eli: Option<String>,
    published: toml::value::Datetime,
    #[serde(default)]
    source: String,
    operations: Vec<OperationFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OperationFile {
    op: OpName,
    point: String,
    #[serde(default)]
    after: Option<String>,
    applies_from: toml::value::Datetime,
    #[serde(default)]
    text: Option<BTreeMap<String, TextFile>>,
    #[serde(default)]
    provisions: Option<BTreeMap<String, String>>,
    #[serde(default = "yes")]
    verified: bool,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum OpName {
    Insert,
    Replace,
    ReplaceProvisions,
    Delete,
}

fn yes() -> bool {
    true
}

/// Bibliographic facts of an act, for the "Amended by" table and the feed.
#[derive(Debug, Clone, Serialize)]
pub struct ActInfo {
    /// `M1`, `M2`, ...; empty for the original.
    pub m: String,
    /// Full citation.
    pub citation: String,
    /// Short name, e.g. `Directive 2013/55/EU`.
    pub short: String,
    /// Official Journal reference.
    pub oj: String,
    /// `L 354` from the reference.
    pub oj_number: String,
    /// The first page.
    pub oj_page: String,
    /// Date of publication, `D.M.YYYY`.
    pub published: String,
    /// ELI, where known.
    pub eli: Option<String>,
    /// Where the facts come from.
    pub source: String,
    /// The act's file, relative to the site root.
    #[serde(skip)]
    pub file: PathBuf,
}

/// The loaded Annex, with every version computed.
pub struct Annex {
    /// The original Annex.
    pub original: engine::Original,
    /// Its heading per language.
    pub heading: BTreeMap<String, String>,
    /// The Regulation.
    pub regulation: ActInfo,
    /// Amending acts in M order (index 0 is M1).
    pub acts: Vec<ActInfo>,
    /// The engine's view of the acts, in the same order.
    pub numbered: Vec<Amendment>,
    /// Every version, oldest first.
    pub versions: Vec<engine::Version>,
    /// Why an original point or an operation is unverified: by point number
    /// for the original, by (M, operation index) for operations.
    original_notes: BTreeMap<String, String>,
    op_notes: BTreeMap<engine::OpRef, String>,
}

impl Annex {
    /// Loads `content/annex/`. `None` when the site has no Annex.
    pub fn load(root: &Path, config: &SiteConfig, diagnostics: &Diagnostics) -> Option<Annex> {
        let dir = root.join("content").join("annex");
        let original_path = dir.join("original.toml");
        if !original_path.exists() {
            return None;
        }
        let languages: BTreeSet<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        let rel = crate::content::relative(root, &original_path);
        let (source, file) = read::<OriginalFile>(&original_path, &rel, diagnostics)?;
        let mut ok = true;
        ok &= known_languages(
            &languages,
            file.heading.keys(),
            &source,
            &rel,
            0,
            diagnostics,
        );
        let in_force = date_of(&file.in_force, "in_force", &rel, &source, diagnostics)?;
        let mut original_notes = BTreeMap::new();
        let mut points = Vec::new();
        for (i, point) in file.points.iter().enumerate() {
            let near = nth_offset(&source, "[[points]]", i);
            ok &= known_languages(
                &languages,
                point.text.keys(),
                &source,
                &rel,
                near,
                diagnostics,
            );
            if let Some(note) = &point.note {
                original_notes.insert(point.number.clone(), note.clone());
            }
            points.push(OriginalPoint {
                number: point.number.clone(),
                text: texts(&point.text),
                verified: point.verified,
            });
        }
        if !is_oj_reference(&file.oj) {
            ok = false;
            diagnostics.push(Diagnostic::error(
                "annex::oj-reference",
                &rel,
                &source,
                span_of(&source, &file.oj),
                format!("`{}` is not an Official Journal reference", file.oj),
                "write it as the Official Journal prints it, e.g. `OJ L 316, 14.11.2012, p. 1`",
            ));
        }
        let regulation = act_info(
            String::new(),
            &file.citation,
            &file.citation,
            &file.oj,
            file.eli.clone(),
            in_force,
            &file.source,
            &rel,
        );

        let amendments = dir.join("amendments");
        let paths = match crate::content::files_with_extension(&amendments, "toml") {
            Ok(paths) => paths,
            // No folder: the Annex has not been amended.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                diagnostics.push(Diagnostic::file_error(
                    "annex::read",
                    &crate::content::relative(root, &amendments),
                    format!("cannot read the folder: {e}"),
                    "make it readable, or remove it if the Annex has no amendments",
                ));
                Vec::new()
            }
        };
        let mut loaded = Vec::new();
        for path in paths {
            let rel = crate::content::relative(root, &path);
            let Some((source, act)) = read::<AmendmentFile>(&path, &rel, diagnostics) else {
                ok = false;
                continue;
            };
            match amendment(&rel, &source, &act, &languages, diagnostics) {
                Some(a) => loaded.push((a, act, rel, source)),
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        let engine_acts: Vec<Amendment> = loaded.iter().map(|(a, ..)| a.clone()).collect();
        let numbered = engine::number(&engine_acts);
        // Keep the metadata in M order.
        let mut ordered = Vec::new();
        for act in &numbered {
            if let Some(i) = loaded.iter().position(|(a, ..)| a.key == act.key) {
                ordered.push(loaded.swap_remove(i));
            }
        }
        let original = engine::Original { in_force, points };
        let errors = engine::check(&original, &numbered);
        for e in &errors {
            let (_, _, rel, source) = &ordered[e.at.m - 1];
            let offset = nth_offset(source, "[[operations]]", e.at.index);
            diagnostics.push(Diagnostic::error(
                "annex::operation",
                rel,
                source,
                offset..offset + "[[operations]]".len(),
                format!("operation {} of M{}: {}", e.at.index + 1, e.at.m, e.kind),
                match &e.kind {
                    engine::ErrorKind::UnknownPoint { .. } => "check the point number and `applies_from`: run `generator annex --at <date>` to see the Annex on that date",
                    engine::ErrorKind::PointExists { .. } => "give the new point a number the Annex does not use yet",
                    engine::ErrorKind::Conflict { .. } => "two acts cannot change one point on the same date: check both acts' `applies_from`",
                    engine::ErrorKind::BeforeInForce { .. } => "an amendment applies after the Regulation's entry into force on 4.12.2012: check `applies_from`",
                },
            ));
        }
        if !errors.is_empty() {
            return None;
        }
        let mut op_notes = BTreeMap::new();
        let mut acts = Vec::new();
        for (i, (_, file, rel, _)) in ordered.iter().enumerate() {
            let published = Date::parse(&file.published.to_string()).unwrap_or(in_force);
            acts.push(act_info(
                format!("M{}", i + 1),
                &file.citation,
                &file.short,
                &file.oj,
                file.eli.clone(),
                published,
                &file.source,
                rel,
            ));
            for (index, op) in file.operations.iter().enumerate() {
                if let Some(note) = &op.note {
                    op_notes.insert(engine::OpRef { m: i + 1, index }, note.clone());
                }
            }
        }
        let versions = engine::versions(&original, &numbered);
        Some(Annex {
            original,
            heading: file.heading,
            regulation,
            acts,
            numbered,
            versions,
            original_notes,
            op_notes,
        })
    }

    /// The version in force on `date`, if the Annex existed then.
    pub fn at(&self, date: Date) -> Option<&engine::Version> {
        self.in_force(date).map(|i| &self.versions[i])
    }

    /// The index of the version in force on `date`: the newest that applies
    /// on or before it (`None` before the Regulation's entry into force).
    /// Versions after it are published but not yet in force.
    pub fn in_force(&self, date: Date) -> Option<usize> {
        self.versions.iter().rposition(|v| v.date <= date)
    }

    /// The first date after `date` on which a published version starts to
    /// apply: the day the site's "current" Annex changes by itself.
    pub fn next_change(&self, date: Date) -> Option<Date> {
        self.versions.iter().map(|v| v.date).find(|d| *d > date)
    }

    /// The publication date of the newest act behind a version (the day it
    /// became known), or the version's own date for the original.
    pub fn announced(&self, version: &engine::Version) -> Date {
        version
            .applied
            .iter()
            .map(|at| self.numbered[at.m - 1].published)
            .max()
            .unwrap_or(version.date)
    }

    /// Every unverified point of every version, once per operation or
    /// original point, with what remains to check: (point, act, note).
    pub fn unverified(&self) -> Vec<(String, String, Option<String>)> {
        let mut out = Vec::new();
        for p in &self.original.points {
            if !p.verified {
                out.push((
                    p.number.clone(),
                    self.regulation.short.clone(),
                    self.original_notes.get(&p.number).cloned(),
                ));
            }
        }
        for (i, act) in self.numbered.iter().enumerate() {
            for (index, op) in act.operations.iter().enumerate() {
                if !op.verified {
                    out.push((
                        op.change.point().to_string(),
                        self.acts[i].short.clone(),
                        self.op_notes
                            .get(&engine::OpRef { m: i + 1, index })
                            .cloned(),
                    ));
                }
            }
        }
        out
    }

    /// The note on a point: why it is unverified, or what the act printed.
    pub fn note(&self, point: &engine::Point) -> Option<&str> {
        let from_ops = point
            .deleted_by
            .iter()
            .chain(point.changed_by.iter().rev())
            .chain(point.inserted_by.iter())
            .find_map(|m| {
                let act = self.numbered.get(m - 1)?;
                act.operations
                    .iter()
                    .enumerate()
                    .rev()
                    .filter(|(_, op)| op.change.point() == point.number)
                    .find_map(|(index, _)| self.op_notes.get(&engine::OpRef { m: *m, index }))
            });
        from_ops
            .or_else(|| self.original_notes.get(&point.number))
            .map(String::as_str)
    }

    /// What an operation did, in plain English, for the terminal.
    pub fn describe(&self, at: engine::OpRef) -> String {
        let act = &self.acts[at.m - 1];
        let op = &self.numbered[at.m - 1].operations[at.index];
        let what = match &op.change {
            Change::Insert { point, .. } => format!("inserted point {point}"),
            Change::Replace { point, .. } => format!("replaced point {point}"),
            Change::ReplaceProvisions { point, .. } => {
                format!("replaced the provisions of point {point}")
            }
            Change::Delete { point } => format!("deleted point {point}"),
        };
        format!("{} ({}) {what}", act.m, act.short)
    }
}

fn texts(text: &BTreeMap<String, TextFile>) -> Texts {
    text.iter()
        .map(|(lang, t)| {
            (
                lang.clone(),
                engine::Text {
                    act: t.act.trim().to_string(),
                    provisions: t.provisions.trim().to_string(),
                },
            )
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn act_info(
    m: String,
    citation: &str,
    short: &str,
    oj: &str,
    eli: Option<String>,
    published: Date,
    source: &str,
    file: &Path,
) -> ActInfo {
    // `OJ L 354, 28.12.2013, p. 132` → number `L 354`, page `132`. A
    // reference that does not parse has been reported (annex::oj-reference),
    // which fails the build; its links are left empty meanwhile.
    let (oj_number, oj_page) =
        crate::data::parse_oj(oj).map_or((String::new(), String::new()), |r| (r.number, r.page));
    ActInfo {
        m,
        citation: citation.to_string(),
        short: short.to_string(),
        oj: oj.to_string(),
        oj_number,
        oj_page,
        published: published.eu(),
        eli,
        source: source.to_string(),
        file: file.to_path_buf(),
    }
}

fn amendment(
    rel: &Path,
    source: &Arc<str>,
    file: &AmendmentFile,
    languages: &BTreeSet<&str>,
    diagnostics: &Diagnostics,
) -> Option<Amendment> {
    let ok = std::cell::Cell::new(true);
    let error = |span: std::ops::Range<usize>, code: &'static str, message: String, help: &str| {
        ok.set(false);
        diagnostics.push(Diagnostic::error(code, rel, source, span, message, help));
    };
    if file.source.trim().is_empty() {
        error(
            0..source.find('\n').unwrap_or(0),
            "annex::source",
            "the act does not say where its facts come from".into(),
            "add `source = \"...\"` naming the Official Journal page and articles the operations were read from",
        );
    }
    if !is_oj_reference(&file.oj) {
        error(
            span_of(source, &file.oj),
            "annex::oj-reference",
            format!("`{}` is not an Official Journal reference", file.oj),
            "write it as the Official Journal prints it, e.g. `OJ L 354, 28.12.2013, p. 132`",
        );
    }
    let published = date_of(&file.published, "published", rel, source, diagnostics);
    let mut operations = Vec::new();
    for (i, op) in file.operations.iter().enumerate() {
        let near = nth_offset(source, "[[operations]]", i);
        let here = near..near + "[[operations]]".len();
        let Some(applies_from) =
            date_of(&op.applies_from, "applies_from", rel, source, diagnostics)
        else {
            ok.set(false);
            continue;
        };
        let mut langs_ok = true;
        if let Some(text) = &op.text {
            langs_ok &= known_languages(languages, text.keys(), source, rel, near, diagnostics);
        }
        if let Some(provisions) = &op.provisions {
            langs_ok &=
                known_languages(languages, provisions.keys(), source, rel, near, diagnostics);
        }
        if !langs_ok {
            ok.set(false);
            continue;
        }
        let change = match (op.op, &op.text, &op.provisions) {
            (OpName::Insert, Some(text), None) => Change::Insert {
                point: op.point.clone(),
                after: op.after.clone(),
                text: texts(text),
            },
            (OpName::Replace, Some(text), None) if op.after.is_none() => Change::Replace {
                point: op.point.clone(),
                text: texts(text),
            },
            (OpName::ReplaceProvisions, None, Some(provisions)) if op.after.is_none() => {
                Change::ReplaceProvisions {
                    point: op.point.clone(),
                    provisions: provisions
                        .iter()
                        .map(|(l, p)| (l.clone(), p.trim().to_string()))
                        .collect(),
                }
            }
            (OpName::Delete, None, None) if op.after.is_none() => Change::Delete {
                point: op.point.clone(),
            },
            _ => {
                error(
                    here,
                    "annex::operation",
                    format!(
                        "operation {} has fields that do not fit `op = \"{}\"`",
                        i + 1,
                        match op.op {
                            OpName::Insert => "insert",
                            OpName::Replace => "replace",
                            OpName::ReplaceProvisions => "replace-provisions",
                            OpName::Delete => "delete",
                        }
                    ),
                    "insert takes `text` (and optionally `after`); replace takes `text`; replace-provisions takes `provisions`; delete takes neither",
                );
                continue;
            }
        };
        if let Some(text) = &op.text
            && text.is_empty()
        {
            error(
                here,
                "annex::operation",
                format!("operation {} has no text in any language", i + 1),
                "add at least `[operations.text.en]`",
            );
            continue;
        }
        operations.push(Operation {
            change,
            applies_from,
            verified: op.verified,
        });
    }
    let key = crate::content::file_name(rel);
    (ok.get() && published.is_some()).then(|| Amendment {
        key,
        published: published.unwrap_or(Date {
            year: 0,
            month: 1,
            day: 1,
        }),
        operations,
    })
}

/// Every language of a text must be configured. `near` is where the text's
/// table starts, so the diagnostic points at the right one.
fn known_languages<'a>(
    languages: &BTreeSet<&str>,
    keys: impl Iterator<Item = &'a String>,
    source: &Arc<str>,
    file: &Path,
    near: usize,
    diagnostics: &Diagnostics,
) -> bool {
    let mut ok = true;
    for lang in keys {
        if !languages.contains(lang.as_str()) {
            ok = false;
            // The table header `[...text.nl]` or the key `nl = `, whichever
            // comes first after the entry.
            let rest = &source[near..];
            let offset = [
                rest.find(&format!(".{lang}]")).map(|i| i + 1),
                rest.find(&format!("\n{lang} =")).map(|i| i + 1),
            ]
            .into_iter()
            .flatten()
            .min()
            .map_or(near, |i| near + i);
            diagnostics.push(Diagnostic::error(
                "annex::language",
                file,
                source,
                offset..offset + lang.len() + 1,
                format!("`{lang}` is not a language of this site"),
                "use one of the language codes listed in site.toml",
            ));
        }
    }
    ok
}

fn read<T: serde::de::DeserializeOwned>(
    path: &Path,
    rel: &Path,
    diagnostics: &Diagnostics,
) -> Option<(Arc<str>, T)> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            diagnostics.push(Diagnostic::file_error(
                "annex::read",
                rel,
                format!("cannot read the file: {e}"),
                "save it as UTF-8 text",
            ));
            return None;
        }
    };
    let source: Arc<str> = Arc::from(text);
    crate::diagnostics::internal_references(rel, &source, true, diagnostics);
    match toml::from_str(&source) {
        Ok(v) => Some((source, v)),
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                "annex::syntax",
                rel,
                &source,
                e.span().unwrap_or(0..0),
                e.message().trim().to_string(),
                "README.md, \"Publishing an Annex update\", lists the fields of Annex files",
            ));
            None
        }
    }
}

fn date_of(
    value: &toml::value::Datetime,
    field: &str,
    rel: &Path,
    source: &Arc<str>,
    diagnostics: &Diagnostics,
) -> Option<Date> {
    let parsed = (value.time.is_none() && value.offset.is_none())
        .then(|| Date::parse(&value.to_string()))
        .flatten();
    if parsed.is_none() {
        let at = source
            .find(&value.to_string())
            .map_or(0..0, |i| i..i + value.to_string().len());
        diagnostics.push(Diagnostic::error(
            "annex::date",
            rel,
            source,
            at,
            format!("`{field} = {value}` is not a calendar date"),
            "write the date as YYYY-MM-DD without quotes",
        ));
    }
    parsed
}

/// Byte offset of the `n`-th occurrence of `needle` (0-based).
fn nth_offset(source: &str, needle: &str, n: usize) -> usize {
    source.match_indices(needle).nth(n).map_or(0, |(i, _)| i)
}

fn span_of(source: &str, text: &str) -> std::ops::Range<usize> {
    source.find(text).map_or(0..0, |i| i..i + text.len())
}
