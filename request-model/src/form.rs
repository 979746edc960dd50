//! The request form's model: what its one markup (the template partial) is
//! drawn from.

use serde::Serialize;

use crate::{RequestKind, STATES, UNKNOWN_STATE, limits};

/// What the request form's markup is drawn from (the template partial
/// `request-form.html`, rendered by the generator for the portal's request
/// page and by the intake for its error page): the kinds, the states in
/// their two groups, and the limits, so both forms ask exactly what the
/// validation accepts.
#[derive(Debug, Clone, Serialize)]
pub struct FormModel {
    /// The kinds, in the order the form offers them.
    pub kinds: Vec<&'static str>,
    /// The Member States.
    pub eu_states: &'static [&'static str],
    /// The EEA States that are not Member States.
    pub eea_states: &'static [&'static str],
    /// "I do not know".
    pub unknown_state: &'static str,
    /// The fields' maximum lengths.
    pub limits: FormLimits,
}

/// The maximum lengths the form's fields declare (`maxlength`).
#[derive(Debug, Clone, Serialize)]
pub struct FormLimits {
    /// [`limits::NAME`].
    pub name: usize,
    /// [`limits::EMAIL`].
    pub email: usize,
    /// [`limits::POSTAL_ADDRESS`].
    pub postal_address: usize,
    /// [`limits::AUTHORITY`].
    pub authority: usize,
    /// [`limits::IMI_REFERENCE`].
    pub imi_reference: usize,
    /// [`limits::DESCRIPTION`].
    pub description: usize,
}

/// The request form's model (see [`FormModel`]).
pub fn form_model() -> FormModel {
    // The three EEA states that are not Member States close the list.
    let (eu_states, eea_states) = STATES.split_at(STATES.len() - 3);
    FormModel {
        kinds: RequestKind::ALL.iter().map(|k| k.as_str()).collect(),
        eu_states,
        eea_states,
        unknown_state: UNKNOWN_STATE,
        limits: FormLimits {
            name: limits::NAME,
            email: limits::EMAIL,
            postal_address: limits::POSTAL_ADDRESS,
            authority: limits::AUTHORITY,
            imi_reference: limits::IMI_REFERENCE,
            description: limits::DESCRIPTION,
        },
    }
}
