//! The request form as a state machine, independent of any view.
//!
//! The steps follow GOV.UK Forms: what you want, about you, about the
//! exchange, details, check your answers, sent. Moving on validates only the
//! current step's fields, with the same rules and codes the intake applies
//! (`request-model`); "check your answers" offers a Change link per answer,
//! which returns to the step and then straight back to the check. The
//! intake's problem+json pointers are mapped back to fields and steps.
//!
//! No browser, no I/O: the Yew view renders a [`Form`] and feeds it events,
//! and the same logic is tested natively.
#![warn(missing_docs)]

use request_model::{ErrorCode, Field, FieldError, RawRequest, validate};
#[cfg(target_arch = "wasm32")]
pub mod web;

/// The steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The kind of request.
    Kind,
    /// Name, e-mail, postal address.
    AboutYou,
    /// States, authority, IMI reference, period.
    Exchange,
    /// Description, reply language, declaration.
    Details,
    /// Every answer with a Change link.
    Check,
    /// The intake acknowledged the request.
    Sent,
}

impl Step {
    /// The steps a person fills in, in order.
    pub const QUESTIONS: [Step; 4] = [Step::Kind, Step::AboutYou, Step::Exchange, Step::Details];

    /// The fields asked on this step.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::Kind => &[Field::Kind],
            Step::AboutYou => &[Field::Name, Field::Email, Field::PostalAddress],
            Step::Exchange => &[
                Field::States,
                Field::Authority,
                Field::ImiReference,
                Field::PeriodFrom,
                Field::PeriodTo,
            ],
            Step::Details => &[Field::Description, Field::ReplyLanguage, Field::Declaration],
            Step::Check | Step::Sent => &[],
        }
    }

    /// The step that asks `field`.
    pub fn of(field: Field) -> Step {
        Step::QUESTIONS
            .into_iter()
            .find(|s| s.fields().contains(&field))
            .unwrap_or(Step::Details)
    }

    /// The `id` of the step's heading, which receives focus when the step
    /// is shown.
    pub fn heading_id(self) -> &'static str {
        match self {
            Step::Kind => "step-kind",
            Step::AboutYou => "step-about-you",
            Step::Exchange => "step-exchange",
            Step::Details => "step-details",
            Step::Check => "step-check",
            Step::Sent => "step-sent",
        }
    }
}

/// A change the person makes to one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A text field's new value.
    Text(Field, String),
    /// A state ticked or unticked.
    State(String, bool),
    /// The declaration ticked or unticked.
    Declaration(bool),
}

/// The receipt the intake returns (`201`), as the intake writes it.
pub use request_model::Receipt;

/// What went wrong when sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// The intake rejected fields; the form shows them.
    Invalid,
    /// Too many requests from this connection (429).
    RateLimited,
    /// Nothing was stored (network failure, 5xx, or an answer we cannot
    /// read); the person may try again.
    Unavailable,
}

/// The form's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    step: Step,
    raw: RawRequest,
    errors: Vec<FieldError>,
    back_to_check: bool,
    receipt: Option<Receipt>,
    send_error: Option<SendError>,
}

impl Form {
    /// An empty form; the reply language defaults to the page's language.
    pub fn new(lang: &str) -> Form {
        Form {
            step: Step::Kind,
            raw: RawRequest {
                reply_language: Some(lang.to_string()),
                ..Default::default()
            },
            errors: Vec::new(),
            back_to_check: false,
            receipt: None,
            send_error: None,
        }
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The answers so far.
    pub fn answers(&self) -> &RawRequest {
        &self.raw
    }

    /// The errors shown (only the current step's, or the intake's).
    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }

    /// The receipt, once sent.
    pub fn receipt(&self) -> Option<&Receipt> {
        self.receipt.as_ref()
    }

    /// Why the last send failed, if it did.
    pub fn send_error(&self) -> Option<&SendError> {
        self.send_error.as_ref()
    }

    /// Where focus goes after a change of screen: the error summary when
    /// there are errors, otherwise the step's heading.
    pub fn focus_target(&self) -> &'static str {
        if self.errors.is_empty() && self.send_error.is_none() {
            self.step.heading_id()
        } else {
            "error-summary"
        }
    }

    /// Whether the page title must start with "Error:".
    pub fn title_has_error(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Applies one change.
    pub fn input(&mut self, input: Input) {
        let opt = |v: String| if v.is_empty() { None } else { Some(v) };
        match input {
            Input::Text(field, value) => {
                let value = opt(value);
                match field {
                    Field::Kind => self.raw.kind = value,
                    Field::Name => self.raw.name = value,
                    Field::Email => self.raw.email = value,
                    Field::PostalAddress => self.raw.postal_address = value,
                    Field::Authority => self.raw.authority = value,
                    Field::ImiReference => self.raw.imi_reference = value,
                    Field::PeriodFrom => self.raw.period_from = value,
                    Field::PeriodTo => self.raw.period_to = value,
                    Field::Description => self.raw.description = value,
                    Field::ReplyLanguage => self.raw.reply_language = value,
                    Field::States | Field::Declaration => {}
                }
            }
            Input::State(code, on) => {
                self.raw.states.retain(|s| s != &code);
                if on {
                    self.raw.states.push(code);
                }
            }
            Input::Declaration(on) => self.raw.declaration = Some(on),
        }
    }

    /// "Continue": validates the current step's fields; moves on when they
    /// are valid (to the check if the person came from it).
    pub fn next(&mut self, today: &str) {
        let fields = self.step.fields();
        self.errors = match validate(&self.raw, today) {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .into_iter()
                .filter(|e| fields.contains(&e.field))
                .collect(),
        };
        if !self.errors.is_empty() {
            return;
        }
        self.step = if self.back_to_check {
            Step::Check
        } else {
            match self.step {
                Step::Kind => Step::AboutYou,
                Step::AboutYou => Step::Exchange,
                Step::Exchange => Step::Details,
                Step::Details | Step::Check => Step::Check,
                Step::Sent => Step::Sent,
            }
        };
        self.back_to_check = false;
    }

    /// "Back": the previous step, without validating.
    pub fn back(&mut self) {
        self.errors.clear();
        self.send_error = None;
        self.step = match self.step {
            Step::Kind | Step::AboutYou => Step::Kind,
            Step::Exchange => Step::AboutYou,
            Step::Details => Step::Exchange,
            Step::Check => Step::Details,
            Step::Sent => Step::Sent,
        };
    }

    /// A "Change" link on the check page: the step asking `field`, then back
    /// to the check.
    pub fn change(&mut self, field: Field) {
        self.step = Step::of(field);
        self.back_to_check = true;
        self.errors.clear();
    }

    /// The JSON body to send, if everything is valid; otherwise the errors
    /// are shown on the first step that has one.
    pub fn body(&mut self, today: &str) -> Option<String> {
        match validate(&self.raw, today) {
            Ok(_) => serde_json::to_string(&self.raw).ok(),
            Err(errors) => {
                self.show_errors(errors);
                None
            }
        }
    }

    /// Takes the intake's answer: its status and what its body said.
    pub fn answer(&mut self, status: u16, answer: Answer) {
        self.send_error = None;
        match (status, answer) {
            (201, Answer::Receipt(receipt)) => {
                self.receipt = Some(receipt);
                self.errors.clear();
                self.step = Step::Sent;
            }
            (422, Answer::Problem(errors)) if !errors.is_empty() => {
                self.send_error = Some(SendError::Invalid);
                self.show_errors(errors);
            }
            (429, _) => self.send_error = Some(SendError::RateLimited),
            _ => self.send_error = Some(SendError::Unavailable),
        }
    }

    /// The network failed before an answer came.
    pub fn network_failed(&mut self) {
        self.send_error = Some(SendError::Unavailable);
    }

    fn show_errors(&mut self, errors: Vec<FieldError>) {
        let first = errors.iter().map(|e| Step::of(e.field)).min_by_key(|s| {
            Step::QUESTIONS
                .iter()
                .position(|q| q == s)
                .unwrap_or(usize::MAX)
        });
        if let Some(step) = first {
            self.step = step;
            self.back_to_check = true;
            self.errors = errors
                .into_iter()
                .filter(|e| Step::of(e.field) == step)
                .collect();
        }
    }
}

/// What the intake's JSON body says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A receipt (with `201`).
    Receipt(Receipt),
    /// The field errors of an RFC 9457 problem (with `422`).
    Problem(Vec<FieldError>),
    /// Anything else, or a body that cannot be read.
    Other,
}

impl Answer {
    /// Reads the intake's body with serde_json. The browser build reads it
    /// with the browser's own JSON parser instead (`web::read_answer`), which
    /// keeps a JSON deserializer out of the bundle; both end in
    /// [`field_error`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read(status: u16, body: &str) -> Answer {
        match status {
            201 => serde_json::from_str(body).map_or(Answer::Other, Answer::Receipt),
            422 => {
                serde_json::from_str::<request_model::Problem>(body).map_or(Answer::Other, |p| {
                    Answer::Problem(
                        p.errors
                            .iter()
                            .filter_map(|e| field_error(&e.pointer, &e.code))
                            .collect(),
                    )
                })
            }
            _ => Answer::Other,
        }
    }
}

/// One entry of a problem's `errors`: its JSON pointer (`/email`) and code
/// (`invalid-email`), if both are known.
pub fn field_error(pointer: &str, code: &str) -> Option<FieldError> {
    let name = pointer.strip_prefix('/')?;
    Some(FieldError {
        field: Field::ALL.into_iter().find(|f| f.name() == name)?,
        code: ErrorCode::ALL.into_iter().find(|c| c.as_str() == code)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Yew view (`web.rs`) asks the same text fields as the one form
    /// partial the portal and the intake render: same names, input types,
    /// hints, autocomplete tokens and length limits.
    #[test]
    fn the_view_asks_the_fields_of_the_form_partial() {
        let view = include_str!("web.rs");
        let partial = include_str!("../../theme/templates/partials/request-form.html");
        let limit = |name: &str| match name {
            "NAME" => "name",
            "EMAIL" => "email",
            "POSTAL_ADDRESS" => "postal_address",
            "AUTHORITY" => "authority",
            "IMI_REFERENCE" => "imi_reference",
            "DESCRIPTION" => "description",
            other => panic!("unknown limit {other}"),
        };
        let mut seen = Vec::new();
        for line in view.lines().map(str::trim) {
            let Some(call) = line
                .strip_prefix("{ self.text(ctx, Field::")
                .map(|rest| ("input", rest))
                .or_else(|| {
                    line.strip_prefix("{ self.textarea(ctx, Field::")
                        .map(|rest| ("textarea", rest))
                })
            else {
                continue;
            };
            let (element, rest) = call;
            let args: Vec<&str> = rest.trim_end_matches(") }").split(", ").collect();
            let field = Field::ALL
                .into_iter()
                .find(|f| format!("{f:?}") == args[0])
                .unwrap_or_else(|| panic!("no field {}", args[0]));
            let name = field.name();
            seen.push(name);
            // The partial's element for the field, from its opening tag.
            let start = partial
                .find(&format!("id=\"{name}\" name=\"{name}\""))
                .unwrap_or_else(|| panic!("the partial has no field `{name}`"));
            let tag_start = partial[..start].rfind('<').unwrap_or(start);
            let tag = &partial[tag_start
                ..partial[start..]
                    .find('>')
                    .map_or(partial.len(), |e| start + e)];
            let quoted = |v: &str| {
                v.trim_start_matches("Some(")
                    .trim_end_matches(')')
                    .trim_matches('"')
                    .to_string()
            };
            assert!(
                tag.starts_with(&format!("<{element} ")),
                "{name}: not an {element}"
            );
            if element == "input" {
                assert!(
                    tag.contains(&format!("type=\"{}\"", quoted(args[1]))),
                    "{name}: type {}",
                    args[1]
                );
            }
            let (hint, autocomplete, max) = (args[2], args[3], args[4]);
            if hint == "None" {
                assert!(
                    !tag.contains(&format!("{name}-hint")),
                    "{name}: the partial has a hint"
                );
            } else {
                assert!(
                    tag.contains(&format!("aria-describedby=\"{name}-hint")),
                    "{name}: hint"
                );
                assert!(
                    partial.contains(&format!(
                        "id=\"{name}-hint\">{{{{ t(key=\"{}\") }}}}",
                        quoted(hint)
                    )),
                    "{name}: hint key"
                );
            }
            if autocomplete == "None" {
                assert!(!tag.contains("autocomplete="), "{name}: autocomplete");
            } else {
                assert!(
                    tag.contains(&format!("autocomplete=\"{}\"", quoted(autocomplete))),
                    "{name}: autocomplete"
                );
            }
            match max
                .trim_start_matches("Some(")
                .trim_end_matches(')')
                .strip_prefix("limits::")
            {
                Some(constant) => assert!(
                    tag.contains(&format!(
                        "maxlength=\"{{{{ m.limits.{} }}}}\"",
                        limit(constant)
                    )),
                    "{name}: maxlength"
                ),
                None => assert!(!tag.contains("maxlength"), "{name}: maxlength"),
            }
        }
        seen.sort_unstable();
        assert_eq!(
            seen,
            [
                "authority",
                "description",
                "email",
                "imi_reference",
                "name",
                "period_from",
                "period_to",
                "postal_address"
            ]
        );
        // The choices: kinds, states, reply language and declaration.
        for fixed in [
            "name=\"kind\"",
            "name=\"states\"",
            "id=\"reply_language\" name=\"reply_language\" autocomplete=\"language\"",
            "id=\"declaration\" name=\"declaration\" value=\"yes\"",
        ] {
            assert!(view.contains(fixed), "view: {fixed}");
            assert!(partial.contains(fixed), "partial: {fixed}");
        }
    }

    const TODAY: &str = "2026-11-23";

    fn read(status: u16, body: &str) -> Answer {
        Answer::read(status, body)
    }

    fn text(form: &mut Form, field: Field, value: &str) {
        form.input(Input::Text(field, value.to_string()));
    }

    fn filled() -> Form {
        let mut form = Form::new("ga");
        text(&mut form, Field::Kind, "access");
        form.next(TODAY);
        text(&mut form, Field::Name, "Máire Ní Bhriain");
        text(&mut form, Field::Email, "maire@example.ie");
        form.next(TODAY);
        form.input(Input::State("IE".into(), true));
        form.next(TODAY);
        text(&mut form, Field::Description, "Which data do you hold?");
        form.input(Input::Declaration(true));
        form.next(TODAY);
        form
    }

    #[test]
    fn the_steps_follow_in_order_to_the_check() {
        let form = filled();
        assert_eq!(form.step(), Step::Check);
        assert!(form.errors().is_empty());
        assert_eq!(form.focus_target(), "step-check");
        assert_eq!(
            form.answers().reply_language.as_deref(),
            Some("ga"),
            "defaults to the page's language"
        );
    }

    #[test]
    fn a_step_with_errors_stays_and_focuses_the_summary() {
        let mut form = Form::new("en");
        form.next(TODAY);
        assert_eq!(form.step(), Step::Kind);
        assert_eq!(
            form.errors(),
            [FieldError {
                field: Field::Kind,
                code: ErrorCode::Required
            }]
        );
        assert_eq!(form.focus_target(), "error-summary");
        assert!(form.title_has_error());
        // Later steps' empty fields are not this step's problem.
        text(&mut form, Field::Kind, "deletion");
        form.next(TODAY);
        assert_eq!(form.step(), Step::AboutYou);
        text(&mut form, Field::Email, "nope");
        form.next(TODAY);
        let fields: Vec<Field> = form.errors().iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::Name, Field::Email]);
    }

    #[test]
    fn change_links_return_to_the_check() {
        let mut form = filled();
        form.change(Field::Email);
        assert_eq!(form.step(), Step::AboutYou);
        text(&mut form, Field::Email, "other@example.ie");
        form.next(TODAY);
        assert_eq!(form.step(), Step::Check);
        assert_eq!(form.answers().email.as_deref(), Some("other@example.ie"));
        form.back();
        assert_eq!(form.step(), Step::Details);
    }

    #[test]
    fn states_toggle() {
        let mut form = Form::new("en");
        form.input(Input::State("IE".into(), true));
        form.input(Input::State("NO".into(), true));
        form.input(Input::State("IE".into(), false));
        assert_eq!(form.answers().states, ["NO"]);
    }

    #[test]
    fn the_body_is_the_shared_request_model() {
        let mut form = filled();
        let body = form.body(TODAY).unwrap();
        let raw: RawRequest = serde_json::from_str(&body).unwrap();
        assert!(validate(&raw, TODAY).is_ok());
        // An invalid form jumps to the first step with an error.
        let mut form = filled();
        form.input(Input::State("IE".into(), false));
        form.input(Input::Declaration(false));
        assert!(form.body(TODAY).is_none());
        assert_eq!(form.step(), Step::Exchange);
        assert_eq!(form.errors()[0].field, Field::States);
    }

    #[test]
    fn the_intakes_answers() {
        let mut form = filled();
        form.answer(
            201,
            read(201, r#"{"reference":"K7QX4-M2P9A","follow_up_code":"K7QX4-M2P9A-AAAA","received_at":"2026-11-23T08:00:00Z","due_at":"2026-12-23T08:00:00Z","due_basis":"Regulation (EU) 2016/679, Article 12(3)","status":"received"}"#),
        );
        assert_eq!(form.step(), Step::Sent);
        assert_eq!(form.receipt().unwrap().reference, "K7QX4-M2P9A");

        let mut form = filled();
        form.answer(
            422,
            read(422, r#"{"type":"/problems/validation","status":422,"errors":[{"pointer":"/email","code":"invalid-email","detail":"x"},{"pointer":"/nope","code":"required"}]}"#),
        );
        assert_eq!(form.step(), Step::AboutYou);
        assert_eq!(
            form.errors(),
            [FieldError {
                field: Field::Email,
                code: ErrorCode::InvalidEmail
            }]
        );
        assert_eq!(form.send_error(), Some(&SendError::Invalid));

        let mut form = filled();
        form.answer(429, read(429, "{}"));
        assert_eq!(
            (form.step(), form.send_error()),
            (Step::Check, Some(&SendError::RateLimited))
        );
        form.answer(503, read(503, "{}"));
        assert_eq!(form.send_error(), Some(&SendError::Unavailable));
        form.answer(201, read(201, "not json"));
        assert_eq!(form.send_error(), Some(&SendError::Unavailable));
        // A 422 whose errors name nothing the form knows cannot be shown.
        form.answer(
            422,
            read(422, r#"{"errors":[{"pointer":"/x","code":"y"}]}"#),
        );
        assert_eq!(form.send_error(), Some(&SendError::Unavailable));
        assert_eq!(form.focus_target(), "error-summary");
    }

    #[test]
    fn every_field_belongs_to_exactly_one_step() {
        for field in Field::ALL {
            let steps = Step::QUESTIONS
                .iter()
                .filter(|s| s.fields().contains(&field))
                .count();
            assert_eq!(steps, 1, "{field:?}");
        }
    }
}
