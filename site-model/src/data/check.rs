//! Checks of the acts and states data, and Official Journal references.

use super::*;

pub(super) fn check_acts(acts: &[Act], file: &Path, source: &Arc<str>, diagnostics: &Diagnostics) {
    let mut ids = BTreeSet::new();
    let at = |needle: &str| {
        source
            .find(needle)
            .map_or(0..0, |start| start..start + needle.len())
    };
    for act in acts {
        if !ids.insert(act.id.as_str()) {
            diagnostics.push(Diagnostic::error(
                "data::duplicate-id",
                file,
                source,
                at(&format!("\"{}\"", act.id)),
                format!("two acts have the id `{}`", act.id),
                "give each act its own id",
            ));
        }
        if act.date.date.is_none() || act.date.time.is_some() {
            diagnostics.push(Diagnostic::error(
                "data::date",
                file,
                source,
                at(&act.date.to_string()),
                format!("`{}` is not a calendar date", act.date),
                "write dates as YYYY-MM-DD without quotes",
            ));
        }
        if let Some(oj) = &act.oj
            && !is_oj_reference(oj)
        {
            diagnostics.push(Diagnostic::error(
                "data::oj-reference",
                file,
                source,
                at(oj),
                format!("`{oj}` is not an Official Journal reference"),
                "write it as the Official Journal prints it, e.g. `OJ L 316, 14.11.2012, p. 1`",
            ));
        }
        if !act.verified && act.to_check.is_none() {
            diagnostics.push(
                Diagnostic::error(
                    "data::unverified",
                    file,
                    source,
                    at(&format!("\"{}\"", act.id)),
                    format!(
                        "the act `{}` has facts not yet verified, and does not say what remains to check",
                        act.id
                    ),
                    "the portal shows it as \"to be verified against the Official Journal\"; check it there and set verified = true; until then, `to_check = \"...\"` says what remains to check on the page of facts still to be verified",
                )
                .warning(),
            );
        }
        if act.source.trim().is_empty() {
            diagnostics.push(Diagnostic::error(
                "data::source",
                file,
                source,
                at(&format!("\"{}\"", act.id)),
                format!(
                    "the act `{}` does not say where its facts come from",
                    act.id
                ),
                "set `source` to the seed or the page the facts were read from",
            ));
        }
    }
}

pub(super) fn check_states(
    states: &[State],
    file: &Path,
    source: &Arc<str>,
    diagnostics: &Diagnostics,
) {
    let at = |needle: &str| {
        source
            .find(needle)
            .map_or(0..0, |start| start..start + needle.len())
    };
    let mut seen = BTreeSet::new();
    for state in states {
        let here = at(&format!("code = \"{}\"", state.code));
        if !request_model::STATES.contains(&state.code.as_str()) {
            diagnostics.push(Diagnostic::error(
                "data::state-code",
                file,
                source,
                here.clone(),
                format!("`{}` is not the EU code of a state taking part in IMI", state.code),
                "use the EU codes of the request form (EL for Greece), one of BE BG CZ ... IS LI NO",
            ));
        }
        if !seen.insert(state.code.as_str()) {
            diagnostics.push(Diagnostic::error(
                "data::duplicate-id",
                file,
                source,
                here.clone(),
                format!("the state `{}` is listed twice", state.code),
                "list each state once",
            ));
        }
        if state.iso.len() != 2 || !state.iso.chars().all(|c| c.is_ascii_uppercase()) {
            diagnostics.push(Diagnostic::error(
                "data::state-code",
                file,
                source,
                at(&format!("iso = \"{}\"", state.iso)),
                format!("`{}` is not an ISO 3166-1 alpha-2 code", state.iso),
                "write two capital letters, e.g. GR",
            ));
        }
        if let Some(url) = state
            .website
            .iter()
            .chain(&state.national_report)
            .find(|u| !u.starts_with("https://"))
        {
            diagnostics.push(Diagnostic::error(
                "data::url",
                file,
                source,
                at(url),
                format!("`{url}` is not an https address"),
                "write the address in full, https://...",
            ));
        }
        if !state.verified && state.to_check.is_none() {
            diagnostics.push(
                Diagnostic::error(
                    "data::unverified",
                    file,
                    source,
                    here,
                    format!(
                        "the supervisory authority of `{}` is not yet verified, and nothing says what remains to check",
                        state.code
                    ),
                    "the portal shows it as \"to be verified\"; check it and set verified = true; until then, `to_check = \"...\"` says what remains to check on the page of facts still to be verified",
                )
                .warning(),
            );
        }
    }
    for code in request_model::STATES {
        if !seen.contains(code) {
            diagnostics.push(Diagnostic::file_error(
                "data::missing-state",
                file,
                format!("the state `{code}` is missing"),
                "list every Member State and EEA State, even where nothing is known yet",
            ));
        }
    }
}

/// An Official Journal reference's series and issue (`L 316`) and its first
/// page (`1`), as EUR-Lex links need them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OjReference {
    /// Series and issue number, e.g. `L 316`.
    pub number: String,
    /// The first page.
    pub page: String,
}

/// Whether `text` is an Official Journal reference (see [`parse_oj`]).
pub fn is_oj_reference(text: &str) -> bool {
    parse_oj(text).is_some()
}

/// `OJ L 316, 14.11.2012, p. 1` (series L or C, optional page range).
pub fn parse_oj(text: &str) -> Option<OjReference> {
    fn number(s: &str) -> bool {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
    }
    let rest = text
        .strip_prefix("OJ L ")
        .or_else(|| text.strip_prefix("OJ C "))?;
    let parts: Vec<&str> = rest.split(", ").collect();
    let [issue, date, page] = parts.as_slice() else {
        return None;
    };
    let issue_ok = {
        let mut words = issue.split(' ');
        words.next().is_some_and(number)
            && words.all(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()))
    };
    let date_parts: Vec<&str> = date.split('.').collect();
    let date_ok = date_parts.len() == 3
        && date_parts.iter().all(|p| number(p))
        && date_parts[2].len() == 4
        && date_parts[0]
            .parse::<u32>()
            .is_ok_and(|d| (1..=31).contains(&d))
        && date_parts[1]
            .parse::<u32>()
            .is_ok_and(|m| (1..=12).contains(&m));
    let page_ok = page
        .strip_prefix("p. ")
        .is_some_and(|p| p.split(['–', '-']).all(number));
    let first_page = page.strip_prefix("p. ")?.split(['–', '-']).next()?;
    (issue_ok && date_ok && page_ok).then(|| OjReference {
        number: text[3..5].to_string() + issue,
        page: first_page.to_string(),
    })
}
