//! Structured data: typed TOML files under `content/data/`, rendered by
//! templates through `data(set="acts")` and published as open data (JSON
//! with a JSON Schema) under `dist/data/`.
//!
//! Each file name maps to one Rust type that rejects unknown fields, so a
//! misspelt field is an error with its line rather than a silently empty
//! cell in a table. Adding a data set means adding a type here and a match
//! arm in [`Data::load_file`].

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::diagnostics::{Diagnostic, Diagnostics};

mod check;
mod stats;

pub use check::{OjReference, is_oj_reference, parse_oj};
use check::{check_acts, check_states};
use stats::check_stats;
pub use stats::{MonthStats, OUTCOMES, RequestStats, StatCell, StatsView, stats_view};

/// Every data set of the site.
#[derive(Debug, Default, Serialize)]
pub struct Data {
    /// Acts regarding IMI (`content/data/acts.toml`).
    pub acts: Vec<Act>,
    /// The states taking part in IMI (`content/data/states.toml`).
    pub states: Vec<State>,
    /// The types of administrative cooperation procedure
    /// (`content/data/procedures.toml`).
    pub procedures: Vec<Procedure>,
    /// Anonymous counts of the requests received through the portal
    /// (`content/data/request-stats.json`, written by `intake operator
    /// stats`), if published.
    pub request_stats: Option<RequestStats>,
    /// Signed checkpoints of the intake's audit log
    /// (`content/data/audit-checkpoints.json`, written by `intake operator
    /// checkpoint`), if published.
    pub audit_checkpoints: Option<handler::checkpoint::Checkpoints>,
    /// The procedures file, for cross-reference diagnostics once the acts
    /// are loaded too.
    #[serde(skip)]
    procedures_source: Option<(std::path::PathBuf, Arc<str>)>,
}

/// `content/data/acts.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActsFile {
    acts: Vec<Act>,
}

/// A legal act regarding IMI.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Act {
    /// Stable identifier used for cross-references, e.g. `reg-2012-1024`.
    pub id: String,
    /// Regulation, directive, decision, recommendation or proposal.
    pub kind: ActKind,
    /// The act's number as cited, e.g. `(EU) No 1024/2012`.
    pub number: String,
    /// Full title.
    pub title: String,
    /// Date of adoption.
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    #[serde(serialize_with = "as_string")]
    pub date: toml::value::Datetime,
    /// Official Journal reference, e.g. `OJ L 316, 14.11.2012, p. 1`.
    #[serde(default)]
    pub oj: Option<String>,
    /// European Legislation Identifier, where known.
    #[serde(default)]
    pub eli: Option<String>,
    /// In force, repealed or pending.
    pub status: ActStatus,
    /// What the act covers, in one sentence.
    pub covers: String,
    /// The provision the act was adopted under, where known.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// Where the facts above come from.
    pub source: String,
    /// `false` when a fact is not confirmed by a source: the portal then shows
    /// a "to be verified against the Official Journal" notice.
    #[serde(default = "yes")]
    pub verified: bool,
    /// What remains to check when `verified = false` (shown on the page of
    /// facts still to be verified).
    #[serde(default)]
    pub to_check: Option<String>,
}

/// TOML dates serialise as a private TOML structure; open data wants
/// `YYYY-MM-DD`.
fn as_string<S: serde::Serializer>(date: &toml::value::Datetime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

fn yes() -> bool {
    true
}

/// `content/data/states.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatesFile {
    states: Vec<State>,
}

/// A state whose authorities use IMI: a Member State or an EEA State.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// The EU code (`EL` for Greece), as the request form uses.
    pub code: String,
    /// The ISO 3166-1 alpha-2 code (`GR` for Greece).
    pub iso: String,
    /// The English short name.
    pub name: String,
    /// `true` for Iceland, Liechtenstein and Norway.
    #[serde(default)]
    pub eea: bool,
    /// The national supervisory authority (Article 21(1)), if known.
    #[serde(default)]
    pub authority: Option<String>,
    /// Its website, if verified.
    #[serde(default)]
    pub website: Option<String>,
    /// Exceptions and limitations of data subjects' rights the state has
    /// notified under Article 20, as the Commission publishes them (none
    /// found published today).
    #[serde(default)]
    pub exceptions: Vec<String>,
    /// The https address of what a national authority published about the
    /// information it sent the Commission under Article 20, if any.
    #[serde(default)]
    pub national_report: Option<String>,
    /// Where the facts come from.
    pub source: String,
    /// `false` when the authority's name or website is not confirmed.
    #[serde(default = "yes")]
    pub verified: bool,
    /// What remains to check when `verified = false`.
    #[serde(default)]
    pub to_check: Option<String>,
}

/// `content/data/procedures.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProceduresFile {
    procedures: Vec<Procedure>,
}

/// A type of administrative cooperation procedure in IMI, with its
/// data-protection aspects (Article 18(2)(b) and (d)).
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Stable identifier; the procedure's page is `procedures/<id>`.
    pub id: String,
    /// Its name.
    pub name: String,
    /// One-to-one, one-to-many or repository.
    pub pattern: String,
    /// What it is for.
    pub description: String,
    /// Modules and uses named in the sources.
    pub examples: Vec<String>,
    /// Categories of personal data processed.
    pub data_categories: Vec<String>,
    /// Who may see the personal data.
    pub access: Vec<String>,
    /// How long the data are kept.
    pub retention: Vec<String>,
    /// Ids of acts in `acts.toml` the procedure rests on.
    #[serde(default)]
    pub acts: Vec<String>,
    /// Where the facts come from.
    pub source: String,
    /// `false` when a fact is not confirmed by a source.
    #[serde(default = "yes")]
    pub verified: bool,
    /// What remains to check when `verified = false`.
    #[serde(default)]
    pub to_check: Option<String>,
}

/// What the acts can be filtered by.
#[derive(Debug, Clone, Serialize)]
pub struct ActFacets {
    /// Kinds present, in display order.
    pub kinds: Vec<ActKind>,
    /// Statuses present, in display order.
    pub statuses: Vec<ActStatus>,
    /// Years of adoption present, newest first.
    pub years: Vec<String>,
}

impl ActKind {
    /// Every kind, in display order.
    pub const ALL: [ActKind; 7] = [
        ActKind::Regulation,
        ActKind::Directive,
        ActKind::Decision,
        ActKind::ImplementingRegulation,
        ActKind::ImplementingDecision,
        ActKind::Recommendation,
        ActKind::Proposal,
    ];

    /// The name used in data files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            ActKind::Regulation => "regulation",
            ActKind::Directive => "directive",
            ActKind::Decision => "decision",
            ActKind::ImplementingRegulation => "implementing-regulation",
            ActKind::ImplementingDecision => "implementing-decision",
            ActKind::Recommendation => "recommendation",
            ActKind::Proposal => "proposal",
        }
    }
}

impl ActStatus {
    /// Every status, in display order.
    pub const ALL: [ActStatus; 3] = [ActStatus::InForce, ActStatus::Repealed, ActStatus::Pending];

    /// The name used in data files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            ActStatus::InForce => "in-force",
            ActStatus::Repealed => "repealed",
            ActStatus::Pending => "pending",
        }
    }
}

/// The kind of a legal act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActKind {
    /// A regulation.
    Regulation,
    /// A directive.
    Directive,
    /// A decision.
    Decision,
    /// An implementing regulation.
    ImplementingRegulation,
    /// An implementing decision.
    ImplementingDecision,
    /// A recommendation.
    Recommendation,
    /// A legislative proposal.
    Proposal,
}

/// Whether an act applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActStatus {
    /// In force.
    InForce,
    /// Repealed.
    Repealed,
    /// Proposed, not adopted.
    Pending,
}

impl Data {
    /// Loads every file in `content/data/`.
    pub fn load(root: &Path, diagnostics: &Diagnostics) -> Data {
        let dir = root.join("content").join("data");
        let mut data = Data::default();
        let mut files: Vec<_> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
            Err(_) => Vec::new(),
        };
        files.sort();
        for path in files {
            let rel = crate::content::relative(root, &path);
            match std::fs::read_to_string(&path) {
                Ok(text) => data.load_file(&rel, Arc::from(text), diagnostics),
                Err(e) => diagnostics.push(Diagnostic::file_error(
                    "data::read",
                    &rel,
                    format!("cannot read the file: {e}"),
                    "save it as UTF-8 text",
                )),
            }
        }
        data.check_references(diagnostics);
        data
    }

    fn load_file(&mut self, file: &Path, source: Arc<str>, diagnostics: &Diagnostics) {
        crate::diagnostics::internal_references(file, &source, true, diagnostics);
        let name = crate::content::file_name(file);
        match name.as_str() {
            "acts.toml" => {
                if let Some(parsed) = parse::<ActsFile>(file, &source, diagnostics) {
                    check_acts(&parsed.acts, file, &source, diagnostics);
                    self.acts = parsed.acts;
                }
            }
            "states.toml" => {
                if let Some(parsed) = parse::<StatesFile>(file, &source, diagnostics) {
                    check_states(&parsed.states, file, &source, diagnostics);
                    self.states = parsed.states;
                }
            }
            "procedures.toml" => {
                if let Some(parsed) = parse::<ProceduresFile>(file, &source, diagnostics) {
                    self.procedures = parsed.procedures;
                    self.procedures_source = Some((file.to_path_buf(), source.clone()));
                }
            }
            "request-stats.json" => {
                let help = "write the file with `intake operator stats --out FILE` and do not edit it by hand";
                if let Some(stats) = parse_json::<RequestStats>(file, &source, help, diagnostics) {
                    check_stats(&stats, file, &source, diagnostics);
                    self.request_stats = Some(stats);
                }
            }
            "audit-checkpoints.json" => {
                let help = "write the file with `intake operator checkpoint` and do not edit it by hand";
                if let Some(checkpoints) = parse_json::<handler::checkpoint::Checkpoints>(file, &source, help, diagnostics) {
                    for (index, problem) in handler::checkpoint::verify(&checkpoints) {
                        let at = index
                            .and_then(|i| source.match_indices("\"seq\"").nth(i))
                            .map_or(0, |(o, _)| o);
                        diagnostics.push(Diagnostic::error(
                            "data::audit-checkpoints",
                            file,
                            &source,
                            at..at,
                            problem,
                            "add checkpoints only with `intake operator checkpoint`; a checkpoint that does not verify must not be published",
                        ));
                    }
                    self.audit_checkpoints = Some(checkpoints);
                }
            }
            _ => diagnostics.push(Diagnostic::file_error(
                "data::unknown-file",
                file,
                format!("`{name}` is not a known data set"),
                "data files are typed: the known ones are acts.toml, procedures.toml, states.toml, request-stats.json and audit-checkpoints.json; a new data set needs a type in site-model/src/data/mod.rs",
            )),
        }
    }

    /// The values the acts can be filtered by, each sorted: kinds and
    /// statuses in declaration order, years newest first.
    pub fn act_facets(&self) -> ActFacets {
        let kinds: Vec<ActKind> = ActKind::ALL
            .into_iter()
            .filter(|k| self.acts.iter().any(|a| a.kind == *k))
            .collect();
        let statuses: Vec<ActStatus> = ActStatus::ALL
            .into_iter()
            .filter(|s| self.acts.iter().any(|a| a.status == *s))
            .collect();
        let mut years: Vec<String> = Vec::new();
        for act in &self.acts {
            if let Some(d) = act.date.date {
                let year = d.year.to_string();
                if !years.contains(&year) {
                    years.push(year);
                }
            }
        }
        years.sort_by(|a, b| b.cmp(a));
        ActFacets {
            kinds,
            statuses,
            years,
        }
    }

    /// Cross-references between data sets: a procedure's acts must exist.
    fn check_references(&self, diagnostics: &Diagnostics) {
        let Some((file, source)) = &self.procedures_source else {
            return;
        };
        let ids: BTreeSet<&str> = self.acts.iter().map(|a| a.id.as_str()).collect();
        let mut seen = BTreeSet::new();
        for procedure in &self.procedures {
            if !seen.insert(procedure.id.as_str()) {
                let at = source
                    .find(&format!("id = \"{}\"", procedure.id))
                    .unwrap_or(0);
                diagnostics.push(Diagnostic::error(
                    "data::duplicate-id",
                    file,
                    source,
                    at..at,
                    format!("two procedures have the id `{}`", procedure.id),
                    "give each procedure its own id",
                ));
            }
            for act in &procedure.acts {
                if !ids.contains(act.as_str()) {
                    let needle = format!("\"{act}\"");
                    let at = source.find(&needle).map_or(0..0, |i| i..i + needle.len());
                    diagnostics.push(Diagnostic::error(
                        "data::unknown-act",
                        file,
                        source,
                        at,
                        format!(
                            "the procedure `{}` names the act `{act}`, which is not in acts.toml",
                            procedure.id
                        ),
                        "use the `id` of an act listed in content/data/acts.toml",
                    ));
                }
            }
            if !procedure.verified && procedure.to_check.is_none() {
                let at = source
                    .find(&format!("id = \"{}\"", procedure.id))
                    .unwrap_or(0);
                diagnostics.push(
                    Diagnostic::error(
                        "data::unverified",
                        file,
                        source,
                        at..at,
                        format!(
                            "the procedure `{}` has facts not yet verified, and does not say what remains to check",
                            procedure.id
                        ),
                        "the portal marks it \"to be verified\"; check it and set verified = true; until then, `to_check = \"...\"` says what remains to check on the page of facts still to be verified",
                    )
                    .warning(),
                );
            }
        }
    }
}

/// A JSON data file written by the intake, or a diagnostic at the line
/// where it stops making sense.
fn parse_json<T: serde::de::DeserializeOwned>(
    file: &Path,
    source: &Arc<str>,
    help: &str,
    diagnostics: &Diagnostics,
) -> Option<T> {
    match serde_json::from_str(source) {
        Ok(value) => Some(value),
        Err(e) => {
            let offset = line_offset(source, e.line());
            diagnostics.push(Diagnostic::error(
                "data::syntax",
                file,
                source,
                offset..offset,
                format!("{e}"),
                help,
            ));
            None
        }
    }
}

/// Byte offset of the start of 1-based `line`.
fn line_offset(source: &str, line: usize) -> usize {
    source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &Path,
    source: &Arc<str>,
    diagnostics: &Diagnostics,
) -> Option<T> {
    match toml::from_str(source) {
        Ok(v) => Some(v),
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                "data::syntax",
                file,
                source,
                e.span().unwrap_or(0..0),
                e.message().trim().to_string(),
                if e.message().contains("unknown field") || e.message().contains("unknown variant") {
                    "correct the field or value: the data files are typed and reject anything unknown"
                } else {
                    "fix the TOML at that line"
                },
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_journal_references_give_issue_and_first_page() {
        let r = parse_oj("OJ L 354, 28.12.2013, p. 132–170").unwrap();
        assert_eq!((r.number.as_str(), r.page.as_str()), ("L 354", "132"));
        let r = parse_oj("OJ C 202 I, 7.6.2016, p. 1").unwrap();
        assert_eq!((r.number.as_str(), r.page.as_str()), ("C 202 I", "1"));
        assert_eq!(parse_oj("OJ X 1, 1.1.2000, p. 1"), None);
    }

    #[test]
    fn official_journal_references() {
        for ok in [
            "OJ L 316, 14.11.2012, p. 1",
            "OJ C 48, 18.2.2012, p. 2",
            "OJ L 13, 16.1.2008, p. 18–23",
        ] {
            assert!(is_oj_reference(ok), "{ok}");
        }
        for bad in [
            "L 316, 14.11.2012, p. 1",
            "OJ L 316, 2012-11-14, p. 1",
            "OJ L 316, 14.13.2012, p. 1",
            "OJ L 316 14.11.2012 p. 1",
            "OJ L 316, 14.11.2012, page 1",
        ] {
            assert!(!is_oj_reference(bad), "{bad}");
        }
    }

    #[test]
    fn acts_reject_unknown_fields_and_bad_references() {
        let diagnostics = Diagnostics::new();
        let mut data = Data::default();
        let text = "[[acts]]\nid = \"a\"\nkind = \"regulation\"\nnumber = \"1\"\ntitle = \"T\"\ndate = 2012-10-25\noj = \"OJ L 316\"\nstatus = \"in-force\"\ncovers = \"c\"\nsource = \"s\"\n";
        data.load_file(
            Path::new("content/data/acts.toml"),
            Arc::from(text),
            &diagnostics,
        );
        let d = diagnostics.into_sorted();
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].code, d[0].line), ("data::oj-reference", 7));

        let diagnostics = Diagnostics::new();
        let text = text.replace("covers", "covres");
        data.load_file(
            Path::new("content/data/acts.toml"),
            Arc::from(text.as_str()),
            &diagnostics,
        );
        let d = diagnostics.into_sorted();
        assert_eq!((d[0].code, d[0].line), ("data::syntax", 9), "{d:?}");
    }

    #[test]
    fn states_must_be_known_complete_and_unique() {
        let diagnostics = Diagnostics::new();
        let text = "[[states]]\ncode = \"GR\"\niso = \"GR\"\nname = \"Greece\"\nsource = \"s\"\n\n[[states]]\ncode = \"IE\"\niso = \"ie\"\nname = \"Ireland\"\nwebsite = \"http://x.ie\"\nsource = \"s\"\nverified = false\n";
        Data::default().load_file(
            Path::new("content/data/states.toml"),
            Arc::from(text),
            &diagnostics,
        );
        let d = diagnostics.into_sorted();
        let found: Vec<(&str, usize)> = d.iter().map(|d| (d.code, d.line)).collect();
        // GR is the ISO code; the EU code of Greece is EL.
        assert!(found.contains(&("data::state-code", 2)), "{found:?}");
        assert!(found.contains(&("data::state-code", 9)), "{found:?}");
        assert!(found.contains(&("data::url", 11)), "{found:?}");
        assert!(found.contains(&("data::unverified", 8)), "{found:?}");
        assert_eq!(
            d.iter().filter(|d| d.code == "data::missing-state").count(),
            29
        );
    }

    #[test]
    fn procedures_must_name_known_acts() {
        let diagnostics = Diagnostics::new();
        let mut data = Data::default();
        let text = "[[procedures]]\nid = \"alerts\"\nname = \"A\"\npattern = \"one-to-many\"\ndescription = \"d\"\nexamples = []\ndata_categories = []\naccess = []\nretention = []\nacts = [\"nope\"]\nsource = \"s\"\n";
        data.load_file(
            Path::new("content/data/procedures.toml"),
            Arc::from(text),
            &diagnostics,
        );
        data.check_references(&diagnostics);
        let d = diagnostics.into_sorted();
        assert_eq!((d[0].code, d[0].line), ("data::unknown-act", 10), "{d:?}");
    }

    #[test]
    fn unknown_data_files_are_errors() {
        let diagnostics = Diagnostics::new();
        Data::default().load_file(
            Path::new("content/data/x.toml"),
            Arc::from(""),
            &diagnostics,
        );
        assert_eq!(diagnostics.into_sorted()[0].code, "data::unknown-file");
    }
}
