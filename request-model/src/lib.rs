//! A data subject's request under Article 19 of Regulation (EU) No 1024/2012,
//! and the rules it must satisfy.
//!
//! One crate for the request form (compiled to wasm32) and the intake
//! service (native), so both accept and reject exactly the same input with
//! the same error codes. No I/O, no clock (the caller passes today's date),
//! and no dependency beyond serde.
//!
//! ```
//! use request_model::{RawRequest, validate};
//! let raw = RawRequest {
//!     kind: Some("access".into()),
//!     name: Some("Ada Lovelace".into()),
//!     email: Some("ada@example.org".into()),
//!     states: vec!["IE".into()],
//!     description: Some("Which of my data does IMI hold?".into()),
//!     reply_language: Some("ga".into()),
//!     declaration: Some(true),
//!     ..Default::default()
//! };
//! let request = validate(&raw, "2026-11-23").unwrap();
//! assert_eq!(request.states, ["IE"]);
//! ```
#![warn(missing_docs)]

use std::fmt;

use serde::{Deserialize, Serialize};

mod date;
mod form;
mod text;
mod wire;
pub use date::{Date, civil_from_days, days_from_civil, days_in_month, is_date};
pub use form::{FormLimits, FormModel, form_model};
pub use text::{FORMAT_CHARACTERS, is_format, refused_characters};
use text::{normalise, refused};
pub use wire::{Problem, ProblemField, Receipt, Status, StatusAnswer};

/// What the data subject asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequestKind {
    /// Access to data relating to them in IMI (Article 19(1)).
    Access,
    /// Correction of inaccurate or incomplete data (Article 19(1)).
    Correction,
    /// Deletion of unlawfully processed data (Article 19(1)).
    Deletion,
    /// Contesting the accuracy or lawfulness of blocked data (Article 19(2)).
    ContestBlocked,
}

impl RequestKind {
    /// Every kind, in the order the form offers them.
    pub const ALL: [RequestKind; 4] = [
        RequestKind::Access,
        RequestKind::Correction,
        RequestKind::Deletion,
        RequestKind::ContestBlocked,
    ];

    /// The stable name used in forms, JSON and the store.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestKind::Access => "access",
            RequestKind::Correction => "correction",
            RequestKind::Deletion => "deletion",
            RequestKind::ContestBlocked => "contest-blocked",
        }
    }

    /// Parses the stable name.
    pub fn parse(text: &str) -> Option<RequestKind> {
        RequestKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The rule that sets the time limit for the answer.
    pub fn deadline(self) -> Deadline {
        match self {
            RequestKind::Correction | RequestKind::Deletion => Deadline::Article19,
            RequestKind::Access | RequestKind::ContestBlocked => Deadline::NationalLawGdpr,
        }
    }

    /// The suffix of the `request-due-basis-*` strings for this kind:
    /// `correction` or `access`.
    pub fn due_basis(self) -> &'static str {
        self.deadline().key()
    }
}

/// The rule that sets the time limit for answering a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Deadline {
    /// Correction and deletion: at the latest 30 days after the IMI actor
    /// responsible receives the request (Article 19(1) of Regulation (EU)
    /// No 1024/2012).
    Article19,
    /// Access and contesting blocked data: national law; the General Data
    /// Protection Regulation sets one month from receipt, extendable by two
    /// further months (Article 12(3) of Regulation (EU) 2016/679).
    NationalLawGdpr,
}

impl Deadline {
    /// The public citation of the rule, as receipts carry it (`due_basis`).
    pub fn citation(self) -> &'static str {
        match self {
            Deadline::Article19 => "Regulation (EU) No 1024/2012, Article 19(1)",
            Deadline::NationalLawGdpr => "Regulation (EU) 2016/679, Article 12(3)",
        }
    }

    /// The suffix of the interface strings that explain the rule.
    pub fn key(self) -> &'static str {
        match self {
            Deadline::Article19 => "correction",
            Deadline::NationalLawGdpr => "access",
        }
    }

    /// The indicative due date for a request received on `(year, month,
    /// day)`: 30 days later, or one month later (the same day of the next
    /// month, or its last day when that month is shorter, as Regulation
    /// (EEC, Euratom) No 1182/71 counts periods in months). The time
    /// actually runs from receipt by the IMI actor responsible.
    pub fn due(self, year: i64, month: u32, day: u32) -> (i64, u32, u32) {
        match self {
            Deadline::Article19 => civil_from_days(days_from_civil(year, month, day) + 30),
            Deadline::NationalLawGdpr => {
                let (y, m) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                let last = u32::try_from(y)
                    .ok()
                    .and_then(|y| days_in_month(y, m))
                    .unwrap_or(28);
                (y, m, day.min(last))
            }
        }
    }
}

/// The states whose authorities use IMI: the 27 Member States (EU codes, so
/// Greece is `EL`) and the three EEA states, in the EU's protocol order.
pub const STATES: [&str; 30] = [
    "BE", "BG", "CZ", "DK", "DE", "EE", "IE", "EL", "ES", "FR", "HR", "IT", "CY", "LV", "LT", "LU",
    "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE", "IS", "LI", "NO",
];

/// The choice for a data subject who does not know which state's authority
/// was involved: the request goes to the central fallback.
pub const UNKNOWN_STATE: &str = "unknown";

/// The 24 official languages of the EU, any of which may be asked for the reply.
pub const LANGUAGES: [&str; 24] = [
    "bg", "es", "cs", "da", "de", "et", "el", "en", "fr", "ga", "hr", "it", "lv", "lt", "hu", "mt",
    "nl", "pl", "pt", "ro", "sk", "sl", "fi", "sv",
];

/// The 24 languages, each named in itself, in the order of [`LANGUAGES`].
pub const LANGUAGE_NAMES: [&str; 24] = [
    "български",
    "español",
    "čeština",
    "dansk",
    "Deutsch",
    "eesti",
    "ελληνικά",
    "English",
    "français",
    "Gaeilge",
    "hrvatski",
    "italiano",
    "latviešu",
    "lietuvių",
    "magyar",
    "Malti",
    "Nederlands",
    "polski",
    "português",
    "română",
    "slovenčina",
    "slovenščina",
    "suomi",
    "svenska",
];

/// Longest accepted value of each free-text field, in characters.
pub mod limits {
    /// Name.
    pub const NAME: usize = 200;
    /// E-mail address (RFC 5321's path limit).
    pub const EMAIL: usize = 254;
    /// Postal address.
    pub const POSTAL_ADDRESS: usize = 500;
    /// The authority, if known.
    pub const AUTHORITY: usize = 300;
    /// The IMI reference, if known.
    pub const IMI_REFERENCE: usize = 100;
    /// The description of the request.
    pub const DESCRIPTION: usize = 5000;
}

/// A request as submitted: every field optional and unchecked, as the form
/// post, the JSON body or the WASM form's state hold it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequest {
    /// `access`, `correction`, `deletion` or `contest-blocked`.
    #[serde(default)]
    pub kind: Option<String>,
    /// The data subject's name.
    #[serde(default)]
    pub name: Option<String>,
    /// Where the authority can reply.
    #[serde(default)]
    pub email: Option<String>,
    /// Optional postal address.
    #[serde(default)]
    pub postal_address: Option<String>,
    /// State codes from [`STATES`], or [`UNKNOWN_STATE`] alone.
    #[serde(default)]
    pub states: Vec<String>,
    /// The authority involved, if known.
    #[serde(default)]
    pub authority: Option<String>,
    /// The IMI reference of the exchange, if known.
    #[serde(default)]
    pub imi_reference: Option<String>,
    /// Start of the period concerned, `YYYY-MM-DD`.
    #[serde(default)]
    pub period_from: Option<String>,
    /// End of the period concerned, `YYYY-MM-DD`.
    #[serde(default)]
    pub period_to: Option<String>,
    /// What the request is about.
    #[serde(default)]
    pub description: Option<String>,
    /// The language the reply should be in.
    #[serde(default)]
    pub reply_language: Option<String>,
    /// The declaration that the information is true and concerns the
    /// requester.
    #[serde(default)]
    pub declaration: Option<bool>,
}

/// A valid request: every rule holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// What is asked for.
    pub kind: RequestKind,
    /// The data subject's name.
    pub name: String,
    /// Contact e-mail.
    pub email: String,
    /// Postal address, if given.
    pub postal_address: Option<String>,
    /// State codes, or `["unknown"]`.
    pub states: Vec<String>,
    /// The authority, if known.
    pub authority: Option<String>,
    /// The IMI reference, if known.
    pub imi_reference: Option<String>,
    /// Start of the period concerned.
    pub period_from: Option<String>,
    /// End of the period concerned.
    pub period_to: Option<String>,
    /// What the request is about.
    pub description: String,
    /// The language of the reply.
    pub reply_language: String,
}

impl From<&Request> for RawRequest {
    /// A valid request as it would be submitted again: the JSON body the
    /// form sends for it (validating it gives the same request).
    fn from(request: &Request) -> RawRequest {
        RawRequest {
            kind: Some(request.kind.as_str().into()),
            name: Some(request.name.clone()),
            email: Some(request.email.clone()),
            postal_address: request.postal_address.clone(),
            states: request.states.clone(),
            authority: request.authority.clone(),
            imi_reference: request.imi_reference.clone(),
            period_from: request.period_from.clone(),
            period_to: request.period_to.clone(),
            description: Some(request.description.clone()),
            reply_language: Some(request.reply_language.clone()),
            declaration: Some(true),
        }
    }
}

/// The fields of a request, for error messages and JSON pointers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// `kind`.
    Kind,
    /// `name`.
    Name,
    /// `email`.
    Email,
    /// `postal_address`.
    PostalAddress,
    /// `states`.
    States,
    /// `authority`.
    Authority,
    /// `imi_reference`.
    ImiReference,
    /// `period_from`.
    PeriodFrom,
    /// `period_to`.
    PeriodTo,
    /// `description`.
    Description,
    /// `reply_language`.
    ReplyLanguage,
    /// `declaration`.
    Declaration,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 12] = [
        Field::Kind,
        Field::Name,
        Field::Email,
        Field::PostalAddress,
        Field::States,
        Field::Authority,
        Field::ImiReference,
        Field::PeriodFrom,
        Field::PeriodTo,
        Field::Description,
        Field::ReplyLanguage,
        Field::Declaration,
    ];

    /// The field's name in JSON and in the HTML form.
    pub fn name(self) -> &'static str {
        match self {
            Field::Kind => "kind",
            Field::Name => "name",
            Field::Email => "email",
            Field::PostalAddress => "postal_address",
            Field::States => "states",
            Field::Authority => "authority",
            Field::ImiReference => "imi_reference",
            Field::PeriodFrom => "period_from",
            Field::PeriodTo => "period_to",
            Field::Description => "description",
            Field::ReplyLanguage => "reply_language",
            Field::Declaration => "declaration",
        }
    }

    /// The RFC 6901 JSON pointer of the field (`/email`).
    pub fn pointer(self) -> String {
        format!("/{}", self.name())
    }
}

/// Why a field is invalid. The names are stable: the form, the service and
/// the interface strings (`error-<code>`) rely on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The field must be filled in.
    Required,
    /// The value is longer than the limit.
    TooLong,
    /// The value holds control characters.
    InvalidCharacters,
    /// Not one of the request kinds.
    InvalidKind,
    /// Not an e-mail address.
    InvalidEmail,
    /// Not a known state code.
    InvalidState,
    /// A state is named twice.
    DuplicateState,
    /// "I don't know" combined with named states.
    UnknownWithStates,
    /// Not one of the 24 languages.
    InvalidLanguage,
    /// Not a date written `YYYY-MM-DD`.
    InvalidDate,
    /// A date in the future.
    FutureDate,
    /// The period ends before it starts.
    PeriodOrder,
    /// The declaration was not made.
    DeclarationRequired,
}

impl ErrorCode {
    /// Every code.
    pub const ALL: [ErrorCode; 13] = [
        ErrorCode::Required,
        ErrorCode::TooLong,
        ErrorCode::InvalidCharacters,
        ErrorCode::InvalidKind,
        ErrorCode::InvalidEmail,
        ErrorCode::InvalidState,
        ErrorCode::DuplicateState,
        ErrorCode::UnknownWithStates,
        ErrorCode::InvalidLanguage,
        ErrorCode::InvalidDate,
        ErrorCode::FutureDate,
        ErrorCode::PeriodOrder,
        ErrorCode::DeclarationRequired,
    ];

    /// The stable code, e.g. `invalid-email`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::TooLong => "too-long",
            ErrorCode::InvalidCharacters => "invalid-characters",
            ErrorCode::InvalidKind => "invalid-kind",
            ErrorCode::InvalidEmail => "invalid-email",
            ErrorCode::InvalidState => "invalid-state",
            ErrorCode::DuplicateState => "duplicate-state",
            ErrorCode::UnknownWithStates => "unknown-with-states",
            ErrorCode::InvalidLanguage => "invalid-language",
            ErrorCode::InvalidDate => "invalid-date",
            ErrorCode::FutureDate => "future-date",
            ErrorCode::PeriodOrder => "period-order",
            ErrorCode::DeclarationRequired => "declaration-required",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One invalid field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// What is wrong with it.
    pub code: ErrorCode,
}

/// Checks every rule and returns the valid request, or every invalid field
/// (at most one error per field, in form order). `today` is `YYYY-MM-DD`.
pub fn validate(raw: &RawRequest, today: &str) -> Result<Request, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut fail = |field, code| errors.push(FieldError { field, code });

    let kind = match raw.kind.as_deref().map(str::trim) {
        None | Some("") => {
            fail(Field::Kind, ErrorCode::Required);
            None
        }
        Some(k) => RequestKind::parse(k).or_else(|| {
            fail(Field::Kind, ErrorCode::InvalidKind);
            None
        }),
    };
    let name = text(&raw.name, Field::Name, limits::NAME, true, &mut fail);
    let email = text(&raw.email, Field::Email, limits::EMAIL, true, &mut fail).and_then(|e| {
        if is_email(&e) {
            Some(e)
        } else {
            fail(Field::Email, ErrorCode::InvalidEmail);
            None
        }
    });
    let postal_address = text(
        &raw.postal_address,
        Field::PostalAddress,
        limits::POSTAL_ADDRESS,
        false,
        &mut fail,
    );
    let states = check_states(&raw.states, &mut fail);
    let authority = text(
        &raw.authority,
        Field::Authority,
        limits::AUTHORITY,
        false,
        &mut fail,
    );
    let imi_reference = text(
        &raw.imi_reference,
        Field::ImiReference,
        limits::IMI_REFERENCE,
        false,
        &mut fail,
    );
    let period_from = date(&raw.period_from, Field::PeriodFrom, today, &mut fail);
    let period_to = date(&raw.period_to, Field::PeriodTo, today, &mut fail);
    if let (Some(from), Some(to)) = (&period_from, &period_to)
        && to < from
    {
        fail(Field::PeriodTo, ErrorCode::PeriodOrder);
    }
    let description = text(
        &raw.description,
        Field::Description,
        limits::DESCRIPTION,
        true,
        &mut fail,
    );
    let reply_language = match raw.reply_language.as_deref().map(str::trim) {
        None | Some("") => {
            fail(Field::ReplyLanguage, ErrorCode::Required);
            None
        }
        Some(l) if LANGUAGES.contains(&l) => Some(l.to_string()),
        Some(_) => {
            fail(Field::ReplyLanguage, ErrorCode::InvalidLanguage);
            None
        }
    };
    if raw.declaration != Some(true) {
        fail(Field::Declaration, ErrorCode::DeclarationRequired);
    }

    errors.sort_by_key(|e| e.field);
    errors.dedup_by_key(|e| e.field);
    match (kind, name, email, states, description, reply_language) {
        (
            Some(kind),
            Some(name),
            Some(email),
            Some(states),
            Some(description),
            Some(reply_language),
        ) if errors.is_empty() => Ok(Request {
            kind,
            name,
            email,
            postal_address,
            states,
            authority,
            imi_reference,
            period_from,
            period_to,
            description,
            reply_language,
        }),
        _ => Err(errors),
    }
}

/// A free-text field: trimmed; empty counts as absent.
fn text(
    value: &Option<String>,
    field: Field,
    limit: usize,
    required: bool,
    fail: &mut impl FnMut(Field, ErrorCode),
) -> Option<String> {
    let normalised = normalise(value.as_deref().unwrap_or(""));
    // A field of white space and invisible characters only is empty.
    let trimmed = normalised.trim_matches(|c: char| c.is_whitespace() || is_format(c));
    if trimmed.is_empty() {
        if required {
            fail(field, ErrorCode::Required);
        }
        return None;
    }
    if trimmed.chars().count() > limit {
        fail(field, ErrorCode::TooLong);
        return None;
    }
    let multiline = matches!(field, Field::Description | Field::PostalAddress);
    if trimmed.chars().any(|c| refused(c, multiline)) {
        fail(field, ErrorCode::InvalidCharacters);
        return None;
    }
    Some(trimmed.to_string())
}

fn check_states(states: &[String], fail: &mut impl FnMut(Field, ErrorCode)) -> Option<Vec<String>> {
    let states: Vec<&str> = states
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if states.is_empty() {
        fail(Field::States, ErrorCode::Required);
        return None;
    }
    if states.len() > STATES.len() + 1 {
        fail(Field::States, ErrorCode::TooLong);
        return None;
    }
    let mut seen: Vec<&str> = Vec::new();
    for s in &states {
        if *s != UNKNOWN_STATE && !STATES.contains(s) {
            fail(Field::States, ErrorCode::InvalidState);
            return None;
        }
        if seen.contains(s) {
            fail(Field::States, ErrorCode::DuplicateState);
            return None;
        }
        seen.push(s);
    }
    if seen.contains(&UNKNOWN_STATE) && seen.len() > 1 {
        fail(Field::States, ErrorCode::UnknownWithStates);
        return None;
    }
    // Protocol order, so the same choice always gives the same routing.
    seen.sort_by_key(|s| STATES.iter().position(|x| x == s).unwrap_or(usize::MAX));
    Some(seen.into_iter().map(str::to_string).collect())
}

fn date(
    value: &Option<String>,
    field: Field,
    today: &str,
    fail: &mut impl FnMut(Field, ErrorCode),
) -> Option<String> {
    let trimmed = value.as_deref().map(str::trim).unwrap_or("");
    if trimmed.is_empty() {
        return None;
    }
    if !is_date(trimmed) {
        fail(field, ErrorCode::InvalidDate);
        return None;
    }
    // ISO dates compare correctly as text.
    if trimmed > today {
        fail(field, ErrorCode::FutureDate);
        return None;
    }
    Some(trimmed.to_string())
}

/// A pragmatic e-mail check: one `@`, a local part of at most 64
/// characters, a domain with a dot and no empty label, no spaces.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !local.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn invisible_and_deceptive_characters() {
        let check = |name: &str| {
            let mut raw = valid();
            raw.name = Some(name.into());
            validate(&raw, "2026-12-06").err().map(|e| e[0].code)
        };
        assert_eq!(
            check("\u{200B}"),
            Some(ErrorCode::Required),
            "invisible only is empty"
        );
        assert_eq!(check(" \u{FEFF}\u{2060} "), Some(ErrorCode::Required));
        assert_eq!(
            check("Ada\u{202E}ecalp"),
            Some(ErrorCode::InvalidCharacters),
            "RLO"
        );
        assert_eq!(
            check("Ada\u{200B}Lovelace"),
            Some(ErrorCode::InvalidCharacters)
        );
        assert_eq!(
            check("Ada\u{2028}Lovelace"),
            Some(ErrorCode::InvalidCharacters)
        );
        assert_eq!(check("Ada\nLovelace"), Some(ErrorCode::InvalidCharacters));
        assert_eq!(check("Seán Ó Briain"), None);
        // Line ends count once; a tab is fine in the description.
        let mut raw = valid();
        raw.description = Some(format!("{}\r\n", "x\r\n".repeat(limits::DESCRIPTION / 2)));
        assert!(validate(&raw, "2026-12-06").is_ok(), "CRLF counted as LF");
        raw.description = Some("one\ttwo\u{2029}three".into());
        assert_eq!(
            validate(&raw, "2026-12-06").unwrap_err()[0].code,
            ErrorCode::InvalidCharacters
        );
    }

    #[test]
    fn text_is_kept_in_nfc() {
        let mut raw = valid();
        raw.name = Some("Sea\u{301}n".into());
        assert_eq!(validate(&raw, "2026-12-06").unwrap().name, "Seán");
    }

    #[test]
    fn the_deadline_rule_depends_on_the_kind() {
        assert_eq!(RequestKind::Correction.due_basis(), "correction");
        assert_eq!(RequestKind::Deletion.due_basis(), "correction");
        assert_eq!(RequestKind::Access.due_basis(), "access");
        assert_eq!(RequestKind::ContestBlocked.due_basis(), "access");
    }

    #[test]
    fn due_dates_by_rule() {
        let rule = RequestKind::Correction.deadline();
        assert_eq!(rule.due(2026, 12, 6), (2027, 1, 5));
        assert_eq!(
            rule.citation(),
            "Regulation (EU) No 1024/2012, Article 19(1)"
        );
        let rule = RequestKind::Access.deadline();
        assert_eq!(rule.citation(), "Regulation (EU) 2016/679, Article 12(3)");
        assert_eq!(rule.due(2026, 12, 6), (2027, 1, 6));
        assert_eq!(rule.due(2027, 1, 31), (2027, 2, 28));
        assert_eq!(rule.due(2028, 1, 30), (2028, 2, 29));
        assert_eq!(rule.due(2026, 3, 31), (2026, 4, 30));
        assert_eq!(RequestKind::ContestBlocked.deadline(), rule);
        assert_eq!(RequestKind::Deletion.deadline(), Deadline::Article19);
    }

    proptest! {
        #[test]
        fn days_and_civil_dates_are_inverse(days in -800_000i64..800_000) {
            let (y, m, d) = civil_from_days(days);
            prop_assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn civil_dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(15_678), (2012, 12, 4));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    fn valid() -> RawRequest {
        RawRequest {
            kind: Some("correction".into()),
            name: Some("  Máire Ní Bhriain ".into()),
            email: Some("maire@example.ie".into()),
            states: vec!["NO".into(), "IE".into()],
            period_from: Some("2024-01-01".into()),
            period_to: Some("2024-03-31".into()),
            description: Some("My address is wrong.\nPlease correct it.".into()),
            reply_language: Some("ga".into()),
            declaration: Some(true),
            ..Default::default()
        }
    }

    fn errors(raw: RawRequest) -> Vec<(&'static str, &'static str)> {
        validate(&raw, "2026-11-23")
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field.name(), e.code.as_str()))
            .collect()
    }

    #[test]
    fn a_valid_request_is_normalised() {
        let r = validate(&valid(), "2026-11-23").unwrap();
        assert_eq!(r.kind, RequestKind::Correction);
        assert_eq!(r.name, "Máire Ní Bhriain");
        assert_eq!(r.states, ["IE", "NO"], "protocol order");
        assert_eq!(r.postal_address, None);
    }

    #[test]
    fn an_empty_request_lists_every_required_field() {
        assert_eq!(
            errors(RawRequest::default()),
            [
                ("kind", "required"),
                ("name", "required"),
                ("email", "required"),
                ("states", "required"),
                ("description", "required"),
                ("reply_language", "required"),
                ("declaration", "declaration-required"),
            ]
        );
    }

    #[test]
    fn each_rule_has_its_code() {
        let check = |change: fn(&mut RawRequest), expected: (&'static str, &'static str)| {
            let mut raw = valid();
            change(&mut raw);
            assert_eq!(errors(raw), [expected]);
        };
        check(|r| r.kind = Some("erase".into()), ("kind", "invalid-kind"));
        check(
            |r| r.email = Some("maire@localhost".into()),
            ("email", "invalid-email"),
        );
        check(
            |r| r.email = Some("a b@example.ie".into()),
            ("email", "invalid-email"),
        );
        check(|r| r.name = Some("x".repeat(201)), ("name", "too-long"));
        check(
            |r| r.name = Some("a\nb".into()),
            ("name", "invalid-characters"),
        );
        check(
            |r| r.states = vec!["GR".into()],
            ("states", "invalid-state"),
        );
        check(
            |r| r.states = vec!["IE".into(), "IE".into()],
            ("states", "duplicate-state"),
        );
        check(
            |r| r.states = vec!["unknown".into(), "IE".into()],
            ("states", "unknown-with-states"),
        );
        check(
            |r| r.reply_language = Some("gd".into()),
            ("reply_language", "invalid-language"),
        );
        check(
            |r| r.period_from = Some("2024-02-30".into()),
            ("period_from", "invalid-date"),
        );
        check(
            |r| r.period_to = Some("2027-01-01".into()),
            ("period_to", "future-date"),
        );
        check(
            |r| r.period_to = Some("2023-12-31".into()),
            ("period_to", "period-order"),
        );
        check(
            |r| r.declaration = Some(false),
            ("declaration", "declaration-required"),
        );
        check(
            |r| r.description = Some("x".repeat(5001)),
            ("description", "too-long"),
        );
    }

    #[test]
    fn unknown_json_fields_are_rejected() {
        let err = serde_json::from_str::<RawRequest>(r#"{"kind":"access","nmae":"x"}"#);
        assert!(err.is_err());
        let ok: RawRequest = serde_json::from_str(r#"{"kind":"access","states":["IE"]}"#).unwrap();
        assert_eq!(ok.states, ["IE"]);
    }

    #[test]
    fn codes_are_distinct_and_stable() {
        for code in ErrorCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        }
    }

    #[test]
    fn the_published_ranges_are_the_refused_characters() {
        for multiline in [false, true] {
            let ranges = refused_characters(multiline);
            for c in (0..=0x10FFFF).filter_map(char::from_u32) {
                let listed = ranges.iter().any(|&(a, b)| (a..=b).contains(&u32::from(c)));
                assert_eq!(listed, refused(c, multiline), "{:04X}", u32::from(c));
            }
        }
    }

    fn arb_raw() -> impl Strategy<Value = RawRequest> {
        let s = || proptest::option::of(".{0,40}");
        (
            (
                s(),
                s(),
                s(),
                s(),
                prop::collection::vec(".{0,4}", 0..5),
                s(),
            ),
            (s(), s(), s(), s(), s(), proptest::option::of(any::<bool>())),
        )
            .prop_map(
                |(
                    (kind, name, email, postal_address, states, authority),
                    (
                        imi_reference,
                        period_from,
                        period_to,
                        description,
                        reply_language,
                        declaration,
                    ),
                )| RawRequest {
                    kind,
                    name,
                    email,
                    postal_address,
                    states,
                    authority,
                    imi_reference,
                    period_from,
                    period_to,
                    description,
                    reply_language,
                    declaration,
                },
            )
    }

    proptest! {
        #[test]
        fn validation_never_panics_and_is_consistent(raw in arb_raw()) {
            match validate(&raw, "2026-11-23") {
                Ok(request) => {
                    // A valid request stays valid when submitted again.
                    let again = RawRequest::from(&request);
                    prop_assert_eq!(validate(&again, "2026-11-23"), Ok(request));
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    let mut fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
                    let before = fields.len();
                    fields.dedup();
                    prop_assert_eq!(before, fields.len(), "one error per field");
                }
            }
        }

        /// What the WebAssembly form encodes, the intake decodes to the same
        /// request (field names, `None` against empty, any characters).
        #[test]
        fn json_encoding_round_trips(raw in arb_raw()) {
            let text = serde_json::to_string(&raw).unwrap();
            prop_assert_eq!(serde_json::from_str::<RawRequest>(&text).unwrap(), raw);
        }
    }
}
