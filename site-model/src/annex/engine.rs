//! The consolidation engine: the Annex of Regulation (EU) No 1024/2012 as it
//! stood on any date, computed from the original Annex and the operations of
//! the amending acts.
//!
//! Invariant: pure. No I/O, no clock, no randomness; the result depends only
//! on the inputs, and not on the order in which the amending acts are given
//! (they are numbered M1, M2, ... by date of publication, as EUR-Lex numbers
//! them, and their operations applied in order of date, then number).

use std::collections::BTreeMap;
use std::fmt;

/// A calendar date: the workspace's one civil date type.
pub use request_model::Date;

/// The text of a point in one language: the Union act it cites and the
/// provisions of that act implemented by means of IMI. Rendered as
/// `{act}: {provisions}.`
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Text {
    /// The cited act, e.g. `Directive 2011/24/EU of the European Parliament ...`.
    pub act: String,
    /// The provisions, e.g. `Article 10(4)`.
    pub provisions: String,
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}.", self.act, self.provisions)
    }
}

/// Texts by language code.
pub type Texts = BTreeMap<String, Text>;

/// The Annex as originally published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    /// The date from which the Annex applies (the Regulation's entry into force).
    pub in_force: Date,
    /// Points in order.
    pub points: Vec<OriginalPoint>,
}

/// A point of the original Annex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OriginalPoint {
    /// Its number.
    pub number: String,
    /// Its text per language.
    pub text: Texts,
    /// `false` when a text is not confirmed by a source.
    pub verified: bool,
}

/// What an operation does to the Annex.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Change {
    /// Inserts a new point after `after`; without `after` ("the following
    /// point is added"), in number order among the points present.
    Insert {
        /// Number of the new point.
        point: String,
        /// The point it follows.
        after: Option<String>,
        /// Its text per language.
        text: Texts,
    },
    /// Replaces a point's whole text.
    Replace {
        /// The point.
        point: String,
        /// The new text per language.
        text: Texts,
    },
    /// Replaces the provisions a point cites, keeping the act.
    ReplaceProvisions {
        /// The point.
        point: String,
        /// The new provisions per language.
        provisions: BTreeMap<String, String>,
    },
    /// Deletes a point.
    Delete {
        /// The point.
        point: String,
    },
}

impl Change {
    /// The point the change is about.
    pub fn point(&self) -> &str {
        match self {
            Change::Insert { point, .. }
            | Change::Replace { point, .. }
            | Change::ReplaceProvisions { point, .. }
            | Change::Delete { point } => point,
        }
    }

    /// A stable name of the kind of change.
    pub fn kind(&self) -> &'static str {
        match self {
            Change::Insert { .. } => "insert",
            Change::Replace { .. } => "replace",
            Change::ReplaceProvisions { .. } => "replace-provisions",
            Change::Delete { .. } => "delete",
        }
    }
}

/// One operation of an amending act.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Operation {
    /// What it does.
    pub change: Change,
    /// The date from which it applies.
    pub applies_from: Date,
    /// `false` when its wording or date is not confirmed by a source.
    pub verified: bool,
}

/// An act amending the Annex.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Amendment {
    /// A stable key (the file name), for messages and tie-breaking.
    pub key: String,
    /// Date of publication in the Official Journal; orders the M numbers.
    pub published: Date,
    /// Operations, in the order the act lists them.
    pub operations: Vec<Operation>,
}

/// A point of a consolidated version, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Point {
    /// Its number.
    pub number: String,
    /// Its text per language.
    pub text: Texts,
    /// The M number of the act that inserted it (`None`: original).
    pub inserted_by: Option<usize>,
    /// The M numbers of the acts that changed it since, in order.
    pub changed_by: Vec<usize>,
    /// The M number of the act that deleted it: a deleted point keeps its
    /// number and place (its last text stays for the record), as EUR-Lex
    /// shows deleted points.
    pub deleted_by: Option<usize>,
    /// `false` when any text or date behind it is unverified.
    pub verified: bool,
}

impl Point {
    /// The M number of the act that last inserted, changed or deleted the
    /// point.
    pub fn last_changed_by(&self) -> Option<usize> {
        self.deleted_by
            .or_else(|| self.changed_by.last().copied())
            .or(self.inserted_by)
    }

    /// Whether the point has been deleted.
    pub fn is_deleted(&self) -> bool {
        self.deleted_by.is_some()
    }
}

/// Orders point numbers as people read them: `2` < `2a` < `10`.
pub fn number_order(a: &str, b: &str) -> std::cmp::Ordering {
    let split = |s: &str| {
        let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let n: u64 = s[..digits].parse().unwrap_or(u64::MAX);
        (n, s[digits..].to_string())
    };
    split(a).cmp(&split(b))
}

/// A reference to an operation: M number (1-based) and index in its act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct OpRef {
    /// M number.
    pub m: usize,
    /// Index of the operation within its act.
    pub index: usize,
}

/// The Annex from one date until the next version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The date from which this version applies.
    pub date: Date,
    /// The points in order.
    pub points: Vec<Point>,
    /// The operations that took effect on this date (empty for the original).
    pub applied: Vec<OpRef>,
}

/// A problem with an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineError {
    /// The operation.
    pub at: OpRef,
    /// What is wrong.
    pub kind: ErrorKind,
}

/// The kinds of [`EngineError`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The point does not exist on the date the operation applies.
    UnknownPoint {
        /// The point.
        point: String,
        /// The date.
        date: Date,
    },
    /// An insert names a point number that already exists.
    PointExists {
        /// The point.
        point: String,
    },
    /// Another act changes the same point on the same date.
    Conflict {
        /// The point.
        point: String,
        /// The other act's M number.
        other: usize,
    },
    /// The operation applies before the Annex itself.
    BeforeInForce {
        /// The operation's date.
        date: Date,
        /// The Regulation's entry into force.
        in_force: Date,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::UnknownPoint { point, date } => {
                write!(f, "point {point} does not exist in the Annex on {date}")
            }
            ErrorKind::PointExists { point } => write!(f, "point {point} already exists"),
            ErrorKind::Conflict { point, other } => {
                write!(f, "M{other} also changes point {point} on the same date")
            }
            ErrorKind::BeforeInForce { date, in_force } => write!(
                f,
                "{date} is not after the Regulation's entry into force ({in_force})"
            ),
        }
    }
}

/// Orders amending acts by publication and numbers them: the result's index
/// `i` is act M`i + 1`. Acts published on the same day are ordered by the
/// date their first change applies (as EUR-Lex numbers Directive (EU)
/// 2020/1057 M7 before Regulation (EU) 2020/1055), then by key.
pub fn number(amendments: &[Amendment]) -> Vec<Amendment> {
    let mut sorted = amendments.to_vec();
    sorted.sort_by_cached_key(|a| (a.published, a.first_applies(), a.key.clone()));
    sorted
}

impl Amendment {
    /// The earliest date one of its operations applies from.
    pub fn first_applies(&self) -> Option<Date> {
        self.operations.iter().map(|op| op.applies_from).min()
    }
}

/// Every operation of numbered acts, in the order they apply.
fn schedule(numbered: &[Amendment]) -> Vec<(OpRef, &Operation)> {
    let mut ops: Vec<(OpRef, &Operation)> = numbered
        .iter()
        .enumerate()
        .flat_map(|(i, act)| {
            act.operations
                .iter()
                .enumerate()
                .map(move |(index, op)| (OpRef { m: i + 1, index }, op))
        })
        .collect();
    ops.sort_by_key(|(at, op)| (op.applies_from, *at));
    ops
}

/// Checks every operation: dates, conflicts, and that each applies to the
/// Annex as it stands at that moment. Returns all problems.
pub fn check(original: &Original, numbered: &[Amendment]) -> Vec<EngineError> {
    let mut errors = Vec::new();
    let ops = schedule(numbered);
    let mut touched: BTreeMap<(Date, &str), usize> = BTreeMap::new();
    for (at, op) in &ops {
        if op.applies_from <= original.in_force {
            errors.push(EngineError {
                at: *at,
                kind: ErrorKind::BeforeInForce {
                    date: op.applies_from,
                    in_force: original.in_force,
                },
            });
        }
        match touched.get(&(op.applies_from, op.change.point())) {
            Some(&other) if other != at.m => errors.push(EngineError {
                at: *at,
                kind: ErrorKind::Conflict {
                    point: op.change.point().to_string(),
                    other,
                },
            }),
            Some(_) => {}
            None => {
                touched.insert((op.applies_from, op.change.point()), at.m);
            }
        }
    }
    let mut points = start(original);
    for (at, op) in ops {
        if let Err(kind) = apply(&mut points, at, op) {
            errors.push(EngineError { at, kind });
        }
    }
    errors.sort_by_key(|e| e.at);
    errors
}

fn start(original: &Original) -> Vec<Point> {
    original
        .points
        .iter()
        .map(|p| Point {
            number: p.number.clone(),
            text: p.text.clone(),
            inserted_by: None,
            changed_by: Vec::new(),
            deleted_by: None,
            verified: p.verified,
        })
        .collect()
}

fn apply(points: &mut Vec<Point>, at: OpRef, op: &Operation) -> Result<(), ErrorKind> {
    // A point exists for every operation but an insert only while it is
    // not deleted; its number stays taken once deleted.
    let find = |points: &[Point], number: &str| {
        points
            .iter()
            .position(|p| p.number == number && !p.is_deleted())
    };
    let taken = |points: &[Point], number: &str| points.iter().any(|p| p.number == number);
    let unknown = |point: &str| ErrorKind::UnknownPoint {
        point: point.to_string(),
        date: op.applies_from,
    };
    match &op.change {
        Change::Insert { point, after, text } => {
            if taken(points, point) {
                return Err(ErrorKind::PointExists {
                    point: point.clone(),
                });
            }
            let position = match after {
                Some(after) => find(points, after).ok_or_else(|| unknown(after))? + 1,
                None => points
                    .iter()
                    .position(|p| number_order(&p.number, point).is_gt())
                    .unwrap_or(points.len()),
            };
            points.insert(
                position,
                Point {
                    number: point.clone(),
                    text: text.clone(),
                    inserted_by: Some(at.m),
                    changed_by: Vec::new(),
                    deleted_by: None,
                    verified: op.verified,
                },
            );
        }
        Change::Replace { point, text } => {
            let i = find(points, point).ok_or_else(|| unknown(point))?;
            let p = &mut points[i];
            p.text = text.clone();
            p.changed_by.push(at.m);
            p.verified = op.verified;
        }
        Change::ReplaceProvisions { point, provisions } => {
            let i = find(points, point).ok_or_else(|| unknown(point))?;
            let p = &mut points[i];
            for (lang, new) in provisions {
                if let Some(text) = p.text.get_mut(lang) {
                    text.provisions = new.clone();
                }
            }
            // A language whose act citation is unknown cannot carry the new
            // provisions: drop its stale text so it falls back visibly.
            p.text.retain(|lang, _| provisions.contains_key(lang));
            p.changed_by.push(at.m);
            p.verified &= op.verified;
        }
        Change::Delete { point } => {
            let i = find(points, point).ok_or_else(|| unknown(point))?;
            let p = &mut points[i];
            p.deleted_by = Some(at.m);
            p.verified &= op.verified;
        }
    }
    Ok(())
}

/// The Annex as it stood on `date` (operations applying on or before it).
/// Operations that do not apply cleanly are skipped; [`check`] reports them.
pub fn consolidate(original: &Original, numbered: &[Amendment], date: Date) -> Vec<Point> {
    let mut points = start(original);
    for (at, op) in schedule(numbered) {
        if op.applies_from <= date {
            let _ = apply(&mut points, at, op);
        }
    }
    points
}

/// Every version: the original, then one per distinct date on which an
/// operation applies.
pub fn versions(original: &Original, numbered: &[Amendment]) -> Vec<Version> {
    let ops = schedule(numbered);
    let mut versions = vec![Version {
        date: original.in_force,
        points: start(original),
        applied: Vec::new(),
    }];
    let mut points = start(original);
    let mut i = 0;
    while i < ops.len() {
        let date = ops[i].1.applies_from;
        let mut applied = Vec::new();
        while i < ops.len() && ops[i].1.applies_from == date {
            let (at, op) = ops[i];
            if apply(&mut points, at, op).is_ok() {
                applied.push(at);
            }
            i += 1;
        }
        if date <= original.in_force {
            // Reported by `check`; the original stays the first version.
            continue;
        }
        versions.push(Version {
            date,
            points: points.clone(),
            applied,
        });
    }
    versions
}

/// How a point differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PointDiff {
    /// Present in both with the same text.
    Same(String),
    /// Only in the newer version.
    Inserted(String),
    /// Only in the older version.
    Deleted(String),
    /// Present in both, with different text in the language compared.
    Changed(String),
}

/// Compares two versions point by point in one language (falling back to
/// `fallback` where a point has no text in `lang`), in the newer version's
/// order with deleted points where they stood.
pub fn compare(older: &[Point], newer: &[Point], lang: &str, fallback: &str) -> Vec<PointDiff> {
    let text = |p: &Point| p.text.get(lang).or_else(|| p.text.get(fallback)).cloned();
    let mut out = Vec::new();
    let mut next_new = 0;
    for old in older {
        match newer.iter().position(|p| p.number == old.number) {
            None => out.push(PointDiff::Deleted(old.number.clone())),
            Some(j) if newer[j].is_deleted() != old.is_deleted() => {
                next_new = next_new.max(j + 1);
                out.push(if old.is_deleted() {
                    PointDiff::Inserted(old.number.clone())
                } else {
                    PointDiff::Deleted(old.number.clone())
                });
            }
            Some(j) => {
                for p in &newer[next_new.min(j)..j] {
                    if !older.iter().any(|o| o.number == p.number) {
                        out.push(PointDiff::Inserted(p.number.clone()));
                    }
                }
                next_new = next_new.max(j + 1);
                if text(old) == text(&newer[j]) {
                    out.push(PointDiff::Same(old.number.clone()));
                } else {
                    out.push(PointDiff::Changed(old.number.clone()));
                }
            }
        }
    }
    for p in &newer[next_new.min(newer.len())..] {
        if !older.iter().any(|o| o.number == p.number) {
            out.push(PointDiff::Inserted(p.number.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn texts(words: &str) -> Texts {
        let mut t = Texts::new();
        t.insert(
            "en".into(),
            Text {
                act: format!("Act {words}"),
                provisions: format!("Article {words}"),
            },
        );
        t
    }

    fn original() -> Original {
        Original {
            in_force: date("2012-12-04"),
            points: (1..=5)
                .map(|n| OriginalPoint {
                    number: n.to_string(),
                    text: texts(&n.to_string()),
                    verified: true,
                })
                .collect(),
        }
    }

    fn op(change: Change, day: &str) -> Operation {
        Operation {
            change,
            applies_from: date(day),
            verified: true,
        }
    }

    fn act(key: &str, published: &str, operations: Vec<Operation>) -> Amendment {
        Amendment {
            key: key.into(),
            published: date(published),
            operations,
        }
    }

    #[test]
    fn dates_are_real_calendar_dates() {
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2023-13-01").is_none());
        assert!(Date::parse("2023-1-01").is_none());
        assert_eq!(date("2013-12-28").eu(), "28.12.2013");
    }

    #[test]
    fn consolidation_applies_operations_by_date_with_provenance() {
        let acts = number(&[
            act(
                "b",
                "2014-05-28",
                vec![op(
                    Change::Insert {
                        point: "6".into(),
                        after: Some("5".into()),
                        text: texts("six"),
                    },
                    "2014-06-17",
                )],
            ),
            act(
                "a",
                "2013-12-28",
                vec![op(
                    Change::Replace {
                        point: "2".into(),
                        text: texts("two-new"),
                    },
                    "2014-01-17",
                )],
            ),
        ]);
        assert_eq!(acts[0].key, "a", "numbered by publication");
        let o = original();
        assert!(check(&o, &acts).is_empty());
        let before = consolidate(&o, &acts, date("2014-01-16"));
        assert_eq!(before, start(&o));
        let after = consolidate(&o, &acts, date("2014-06-17"));
        assert_eq!(after.len(), 6);
        assert_eq!(after[1].text["en"].act, "Act two-new");
        assert_eq!(after[1].last_changed_by(), Some(1));
        assert_eq!(after[5].inserted_by, Some(2));
        let versions = versions(&o, &acts);
        let dates: Vec<String> = versions.iter().map(|v| v.date.to_string()).collect();
        assert_eq!(dates, ["2012-12-04", "2014-01-17", "2014-06-17"]);
        assert_eq!(versions[2].applied, [OpRef { m: 2, index: 0 }]);
    }

    #[test]
    fn invalid_operations_are_reported() {
        let acts = number(&[
            act(
                "a",
                "2013-12-28",
                vec![
                    op(Change::Delete { point: "9".into() }, "2014-01-17"),
                    op(Change::Delete { point: "1".into() }, "2011-01-01"),
                    op(
                        Change::Insert {
                            point: "3".into(),
                            after: None,
                            text: texts("x"),
                        },
                        "2014-01-17",
                    ),
                ],
            ),
            act(
                "b",
                "2014-01-01",
                vec![op(
                    Change::ReplaceProvisions {
                        point: "3".into(),
                        provisions: BTreeMap::new(),
                    },
                    "2014-01-17",
                )],
            ),
        ]);
        let errors = check(&original(), &acts);
        let kinds: Vec<String> = errors.iter().map(|e| e.kind.to_string()).collect();
        assert!(
            kinds.iter().any(|k| k.contains("point 9 does not exist")),
            "{kinds:?}"
        );
        assert!(
            kinds
                .iter()
                .any(|k| k.contains("not after the Regulation's entry into force")),
            "{kinds:?}"
        );
        assert!(
            kinds.iter().any(|k| k.contains("point 3 already exists")),
            "{kinds:?}"
        );
        assert!(
            kinds.iter().any(|k| k.contains("M1 also changes point 3")),
            "{kinds:?}"
        );
    }

    #[test]
    fn comparison_marks_inserted_deleted_and_changed_points() {
        let o = original();
        let acts = number(&[act(
            "a",
            "2013-12-28",
            vec![
                op(Change::Delete { point: "1".into() }, "2014-01-17"),
                op(
                    Change::Insert {
                        point: "2a".into(),
                        after: Some("2".into()),
                        text: texts("2a"),
                    },
                    "2014-01-17",
                ),
                op(
                    Change::Replace {
                        point: "3".into(),
                        text: texts("3-new"),
                    },
                    "2014-01-17",
                ),
            ],
        )]);
        let v = versions(&o, &acts);
        let diff = compare(&v[0].points, &v[1].points, "en", "en");
        assert_eq!(
            diff,
            [
                PointDiff::Deleted("1".into()),
                PointDiff::Same("2".into()),
                PointDiff::Inserted("2a".into()),
                PointDiff::Changed("3".into()),
                PointDiff::Same("4".into()),
                PointDiff::Same("5".into()),
            ]
        );
    }

    #[test]
    fn added_points_take_their_place_by_number_whatever_the_order_they_apply() {
        // As in the real Annex: point 10 (Regulation (EU) 2016/1628) applies
        // from 1.1.2017, before point 9 (Regulation (EU) 2016/1191) from
        // 16.2.2019; points 6 to 8 come from two acts on one day.
        let insert = |n: &str| Change::Insert {
            point: n.into(),
            after: None,
            text: texts(n),
        };
        let acts = number(&[
            act("m2", "2014-05-28", vec![op(insert("8"), "2014-06-17")]),
            act(
                "m3",
                "2014-05-28",
                vec![op(insert("6"), "2014-06-17"), op(insert("7"), "2014-06-17")],
            ),
            act("m4", "2016-07-26", vec![op(insert("9"), "2019-02-16")]),
            act("m5", "2016-09-16", vec![op(insert("10"), "2017-01-01")]),
        ]);
        let o = original();
        assert!(check(&o, &acts).is_empty());
        let numbers = |d: &str| -> Vec<String> {
            consolidate(&o, &acts, date(d))
                .into_iter()
                .map(|p| p.number)
                .collect()
        };
        assert_eq!(
            numbers("2014-06-17"),
            ["1", "2", "3", "4", "5", "6", "7", "8"]
        );
        assert_eq!(
            numbers("2017-01-01"),
            ["1", "2", "3", "4", "5", "6", "7", "8", "10"]
        );
        assert_eq!(
            numbers("2019-02-16"),
            ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
        );
        assert!(number_order("2a", "10").is_lt());
        assert!(number_order("2", "2a").is_lt());
    }

    #[test]
    fn a_deleted_point_keeps_its_number_and_place() {
        let acts = number(&[
            act(
                "a",
                "2013-12-28",
                vec![op(Change::Delete { point: "3".into() }, "2014-01-17")],
            ),
            act(
                "b",
                "2015-01-01",
                vec![
                    // The number stays taken, and a deleted point cannot be
                    // changed.
                    op(
                        Change::Insert {
                            point: "3".into(),
                            after: None,
                            text: texts("again"),
                        },
                        "2015-02-01",
                    ),
                    op(
                        Change::Replace {
                            point: "3".into(),
                            text: texts("x"),
                        },
                        "2015-02-01",
                    ),
                ],
            ),
        ]);
        let o = original();
        let after = consolidate(&o, &acts, date("2014-01-17"));
        assert_eq!(after.len(), 5);
        assert_eq!(after[2].number, "3");
        assert_eq!(after[2].deleted_by, Some(1));
        assert_eq!(after[2].last_changed_by(), Some(1));
        let errors: Vec<String> = check(&o, &acts)
            .iter()
            .map(|e| e.kind.to_string())
            .collect();
        assert_eq!(
            errors,
            [
                "point 3 already exists",
                "point 3 does not exist in the Annex on 2015-02-01"
            ]
        );
        let v = versions(&o, &acts);
        assert_eq!(
            compare(&v[0].points, &v[1].points, "en", "en")[2],
            PointDiff::Deleted("3".into())
        );
        assert_eq!(
            compare(&v[1].points, &v[1].points, "en", "en")[2],
            PointDiff::Same("3".into())
        );
    }

    #[test]
    fn unix_days_become_dates() {
        assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_unix_days(15_678), Date::new(2012, 12, 4));
        assert_eq!(Date::from_unix_days(11_016), Date::new(2000, 2, 29));
        assert_eq!(Date::from_unix_days(-1), Date::new(1969, 12, 31));
    }

    fn arb_change(existing: usize) -> impl Strategy<Value = Change> {
        let point = (1..=existing + 3).prop_map(|n| n.to_string());
        prop_oneof![
            (point.clone(), 0..existing + 2, "[a-z]{1,6}").prop_map(|(p, after, w)| {
                Change::Insert {
                    point: format!("{p}x"),
                    after: (after > 0).then(|| after.to_string()),
                    text: texts(&w),
                }
            }),
            (point.clone(), "[a-z]{1,6}").prop_map(|(p, w)| Change::Replace {
                point: p,
                text: texts(&w)
            }),
            (point.clone(), "[a-z]{1,6}").prop_map(|(p, w)| Change::ReplaceProvisions {
                point: p,
                provisions: [("en".to_string(), w)].into_iter().collect(),
            }),
            point.prop_map(|p| Change::Delete { point: p }),
        ]
    }

    fn arb_acts() -> impl Strategy<Value = Vec<Amendment>> {
        let op = (arb_change(5), 0u8..6).prop_map(|(change, offset)| Operation {
            change,
            applies_from: Date::new(2013 + u16::from(offset), 1, 1).unwrap(),
            verified: offset % 2 == 0,
        });
        prop::collection::vec((prop::collection::vec(op, 1..4), 0u8..6), 0..6).prop_map(|acts| {
            acts.into_iter()
                .enumerate()
                .map(|(i, (operations, offset))| Amendment {
                    key: format!("act-{i}"),
                    published: Date::new(2013 + u16::from(offset), 1, 1).unwrap(),
                    operations,
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn a_version_reflects_exactly_the_operations_applying_by_its_date(acts in arb_acts()) {
            let o = original();
            let numbered = number(&acts);
            for version in versions(&o, &numbered) {
                // Replaying only the operations applying on or before the
                // version's date gives the version.
                let until: Vec<Amendment> = numbered
                    .iter()
                    .map(|a| Amendment {
                        operations: a.operations.iter().filter(|op| op.applies_from <= version.date).cloned().collect(),
                        ..a.clone()
                    })
                    .collect();
                prop_assert_eq!(&consolidate(&o, &until, Date::new(9999, 12, 31).unwrap()), &version.points);
                prop_assert_eq!(&consolidate(&o, &numbered, version.date), &version.points);
                // Every operation it lists applies on exactly its date.
                for at in &version.applied {
                    prop_assert_eq!(numbered[at.m - 1].operations[at.index].applies_from, version.date);
                }
            }
        }

        #[test]
        fn the_order_of_the_act_files_does_not_matter(acts in arb_acts(), seed in any::<u64>()) {
            let o = original();
            let mut shuffled = acts.clone();
            // A deterministic shuffle driven by the seed.
            let mut state = seed | 1;
            for i in (1..shuffled.len()).rev() {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17;
                shuffled.swap(i, (state % (i as u64 + 1)) as usize);
            }
            prop_assert_eq!(versions(&o, &number(&acts)), versions(&o, &number(&shuffled)));
            prop_assert_eq!(check(&o, &number(&acts)), check(&o, &number(&shuffled)));
        }

        #[test]
        fn a_version_compared_with_itself_shows_no_change(acts in arb_acts()) {
            let o = original();
            for version in versions(&o, &number(&acts)) {
                for diff in compare(&version.points, &version.points, "en", "en") {
                    prop_assert!(matches!(diff, PointDiff::Same(_)));
                }
            }
        }

        #[test]
        fn numbering_follows_publication(acts in arb_acts()) {
            let numbered = number(&acts);
            for pair in numbered.windows(2) {
                prop_assert!(
                    (pair[0].published, pair[0].first_applies(), &pair[0].key)
                        <= (pair[1].published, pair[1].first_applies(), &pair[1].key)
                );
            }
            // Provenance only names acts that exist and applied.
            for version in versions(&original(), &numbered) {
                for point in &version.points {
                    for m in point.inserted_by.iter().chain(&point.changed_by).chain(&point.deleted_by) {
                        prop_assert!(*m >= 1 && *m <= numbered.len());
                        prop_assert!(numbered[*m - 1].operations.iter().any(|op| op.applies_from <= version.date && op.change.point() == point.number));
                    }
                }
            }
        }
    }
}
