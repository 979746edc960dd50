//! The Yew view: the request form one step at a time, on top of [`Form`].
//!
//! The generated page carries a plain HTML form that posts to the intake
//! (it works without JavaScript), the page's own strings as a JSON data
//! block (`#request-strings`) and an empty, hidden `#request-app` element
//! whose data attributes say where to post and where to link. When the
//! WebAssembly starts it replaces the plain form with the steps below; the
//! bundle carries no language tables of its own.
//!
//! Nothing is written to cookies or browser storage; the follow-up code is
//! shown on the page and never put in a URL.

use std::collections::HashMap;
use std::rc::Rc;

use gloo_net::http::Request;
use request_model::{Field, LANGUAGE_NAMES, LANGUAGES, RequestKind, STATES, UNKNOWN_STATE, limits};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, ReferrerPolicy,
    RequestCredentials,
};
use yew::prelude::*;

use crate::{Answer, Form, Input, Receipt, SendError, Step, field_error};

/// The EEA states among [`STATES`], listed in their own group.
const EEA: [&str; 3] = ["IS", "LI", "NO"];

/// The page's interface strings, by Fluent key, with variables written as
/// `{name}` (the generator formats each message with such placeholders).
#[derive(Clone, PartialEq)]
pub struct Strings(Rc<HashMap<String, String>>);

impl Strings {
    fn t(&self, key: &str) -> String {
        self.0.get(key).cloned().unwrap_or_else(|| key.to_string())
    }

    fn t_with(&self, key: &str, args: &[(&str, &str)]) -> String {
        args.iter().fold(self.t(key), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
    }
}

/// What the page tells the view.
#[derive(Clone, PartialEq, Properties)]
pub struct Props {
    /// Interface strings in the page's language.
    pub strings: Strings,
    /// The page's language (the reply language by default).
    pub lang: AttrValue,
    /// Where requests are posted (`…/v1/requests`).
    pub intake: AttrValue,
    /// The status page, linked from the confirmation.
    pub status_url: AttrValue,
    /// The supervision page, linked from the confirmation.
    pub complain_url: AttrValue,
    /// The page's title, to which the step's heading is prefixed.
    pub page_title: AttrValue,
}

/// Starts the view if the page has a place for it.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(root), Some(data)) = (
        document.get_element_by_id("request-app"),
        document.get_element_by_id("request-strings"),
    ) else {
        return;
    };
    let Some(strings) = parse_strings(&data.text_content().unwrap_or_default()) else {
        // Without its strings the view cannot speak: keep the plain form.
        return;
    };
    let attr = |name: &str| AttrValue::from(root.get_attribute(name).unwrap_or_default());
    let props = Props {
        strings: Strings(Rc::new(strings)),
        lang: attr("data-lang"),
        intake: attr("data-intake"),
        status_url: attr("data-status"),
        complain_url: attr("data-complain"),
        page_title: AttrValue::from(document.title()),
    };
    if let Some(plain) = document.get_element_by_id("request-form") {
        plain.remove();
    }
    root.remove_attribute("hidden").ok();
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// The form's events.
pub enum Msg {
    /// A field changed.
    Input(Input),
    /// "Continue" (or "Send" on the check).
    Submit,
    /// "Back".
    Back,
    /// A "Change" link on the check.
    Change(Field),
    /// An error summary link: focus the field.
    Focus(&'static str),
    /// The intake answered.
    Answer(u16, String),
    /// The network failed.
    Failed,
}

/// The form component.
pub struct App {
    form: Form,
    sending: bool,
    /// Move focus (and the title) after the next render.
    moved: bool,
}

impl Component for App {
    type Message = Msg;
    type Properties = Props;

    fn create(ctx: &Context<Self>) -> Self {
        App {
            form: Form::new(&ctx.props().lang),
            sending: false,
            moved: false,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Input(input) => {
                self.form.input(input);
                return true;
            }
            Msg::Submit if self.sending => return false,
            Msg::Submit if self.form.step() == Step::Check => {
                if let Some(body) = self.form.body(&today()) {
                    self.sending = true;
                    let url = ctx.props().intake.to_string();
                    ctx.link()
                        .send_future(async move { send(&url, body).await });
                }
            }
            Msg::Submit => self.form.next(&today()),
            Msg::Back => self.form.back(),
            Msg::Change(field) => self.form.change(field),
            Msg::Focus(id) => {
                focus(id);
                return false;
            }
            Msg::Answer(status, body) => {
                self.sending = false;
                self.form.answer(status, read_answer(status, &body));
            }
            Msg::Failed => {
                self.sending = false;
                self.form.network_failed();
            }
        }
        self.moved = !self.sending;
        true
    }

    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        if !self.moved {
            return;
        }
        self.moved = false;
        let p = ctx.props();
        let heading = p.strings.t(heading_key(self.form.step()));
        let mut title = format!("{heading} – {}", p.page_title);
        if self.form.title_has_error() || self.form.send_error().is_some() {
            title = p
                .strings
                .t_with("request-error-prefix", &[("title", &title)]);
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
        focus(self.form.focus_target());
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let s = &ctx.props().strings;
        let step = self.form.step();
        if step == Step::Sent {
            return self.sent(ctx);
        }
        let position = match step {
            Step::Kind => 1,
            Step::AboutYou => 2,
            Step::Exchange => 3,
            Step::Details => 4,
            Step::Check | Step::Sent => 5,
        };
        let onsubmit = ctx.link().callback(|e: SubmitEvent| {
            e.prevent_default();
            Msg::Submit
        });
        let back = ctx.link().callback(|_: MouseEvent| Msg::Back);
        let button = match (step, self.sending) {
            (Step::Check, true) => s.t("request-sending"),
            (Step::Check, false) => s.t("request-send"),
            _ => s.t("request-continue"),
        };
        html! {
            <>
            { self.summary(ctx) }
            <form class="request-form steps" novalidate=true {onsubmit} aria-labelledby={step.heading_id()}>
                <p class="step-progress">{ s.t_with("request-step-progress", &[("step", &position.to_string()), ("total", "5")]) }</p>
                <h2 id={step.heading_id()} tabindex="-1" class="step-heading">{ s.t(heading_key(step)) }</h2>
                { self.fields(ctx) }
                <div class="buttons">
                    <button type="submit" class="button" disabled={self.sending} aria-disabled={self.sending.to_string()}>{ button }</button>
                    if step != Step::Kind {
                        <button type="button" class="button secondary" onclick={back} disabled={self.sending}>{ s.t("request-back") }</button>
                    }
                </div>
                <p class="sending" role="status">{ if self.sending { s.t("request-sending") } else { String::new() } }</p>
            </form>
            </>
        }
    }
}

impl App {
    fn summary(&self, ctx: &Context<Self>) -> Html {
        let s = &ctx.props().strings;
        let items: Vec<Html> = match self.form.send_error() {
            Some(SendError::RateLimited) => vec![html! { <li>{ s.t("request-too-many") }</li> }],
            Some(SendError::Unavailable) => {
                vec![html! { <li>{ s.t("request-unavailable") }</li> }]
            }
            _ => self
                .form
                .errors()
                .iter()
                .map(|e| {
                    let target = input_id(e.field);
                    let onclick = ctx.link().callback(move |ev: MouseEvent| {
                        ev.prevent_default();
                        Msg::Focus(target)
                    });
                    html! {
                        <li><a href={format!("#{target}")} {onclick}>{ s.t(&format!("request-error-{}", e.code.as_str())) }</a></li>
                    }
                })
                .collect(),
        };
        if items.is_empty() {
            return Html::default();
        }
        html! {
            <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{ s.t("request-error-summary") }</h2>
                <ul>{ for items }</ul>
            </div>
        }
    }

    fn error_of(&self, field: Field) -> Option<String> {
        self.form
            .errors()
            .iter()
            .find(|e| e.field == field)
            .map(|e| format!("request-error-{}", e.code.as_str()))
    }

    /// The inline message and the `aria-describedby` of a field.
    fn described(
        &self,
        ctx: &Context<Self>,
        field: Field,
        hint: Option<&str>,
    ) -> (Html, Option<String>, bool) {
        let s = &ctx.props().strings;
        let name = field.name();
        let mut ids: Vec<String> = hint.map(|_| format!("{name}-hint")).into_iter().collect();
        let message = match self.error_of(field) {
            Some(key) => {
                ids.push(format!("{name}-error"));
                html! {
                    <p id={format!("{name}-error")} class="error">{ s.t(&key) }</p>
                }
            }
            None => Html::default(),
        };
        let invalid = self.error_of(field).is_some();
        let hint_html = match hint {
            Some(key) => html! { <p class="hint" id={format!("{name}-hint")}>{ s.t(key) }</p> },
            None => Html::default(),
        };
        let describedby = if ids.is_empty() {
            None
        } else {
            Some(ids.join(" "))
        };
        (
            html! { <>{ hint_html }{ message }</> },
            describedby,
            invalid,
        )
    }

    fn text(
        &self,
        ctx: &Context<Self>,
        field: Field,
        kind: &'static str,
        hint: Option<&str>,
        autocomplete: Option<&'static str>,
        max: Option<usize>,
    ) -> Html {
        let s = &ctx.props().strings;
        let name = field.name();
        let (messages, describedby, invalid) = self.described(ctx, field, hint);
        let value = text_value(self.form.answers(), field);
        let oninput = ctx.link().callback(move |e: InputEvent| {
            Msg::Input(Input::Text(
                field,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        });
        html! {
            <div class={classes!("field", invalid.then_some("field-error"))}>
                <label for={name}>{ s.t(&format!("request-field-{name}")) }</label>
                { messages }
                <input type={kind} id={name} name={name} value={value} {oninput}
                    autocomplete={autocomplete} maxlength={max.map(|m| m.to_string())}
                    aria-describedby={describedby} aria-invalid={invalid.then_some("true")}
                    spellcheck={(kind != "date").then_some("false")} />
            </div>
        }
    }

    fn textarea(
        &self,
        ctx: &Context<Self>,
        field: Field,
        rows: u32,
        hint: Option<&str>,
        autocomplete: Option<&'static str>,
        max: usize,
    ) -> Html {
        let s = &ctx.props().strings;
        let name = field.name();
        let (messages, describedby, invalid) = self.described(ctx, field, hint);
        let value = text_value(self.form.answers(), field);
        let oninput = ctx.link().callback(move |e: InputEvent| {
            Msg::Input(Input::Text(
                field,
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        });
        html! {
            <div class={classes!("field", invalid.then_some("field-error"))}>
                <label for={name}>{ s.t(&format!("request-field-{name}")) }</label>
                { messages }
                <textarea id={name} name={name} rows={rows.to_string()} value={value} {oninput}
                    autocomplete={autocomplete} maxlength={max.to_string()}
                    aria-describedby={describedby} aria-invalid={invalid.then_some("true")} />
            </div>
        }
    }

    fn fields(&self, ctx: &Context<Self>) -> Html {
        let s = &ctx.props().strings;
        let raw = self.form.answers();
        match self.form.step() {
            Step::Kind => {
                let (messages, describedby, invalid) = self.described(ctx, Field::Kind, None);
                html! {
                    <fieldset class={classes!(invalid.then_some("field-error"))} aria-describedby={describedby}>
                        <legend>{ s.t("request-field-kind") }</legend>
                        { messages }
                        { for RequestKind::ALL.into_iter().map(|kind| {
                            let k = kind.as_str();
                            let onchange = ctx.link().callback(move |_: Event| Msg::Input(Input::Text(Field::Kind, k.to_string())));
                            html! {
                                <div class="choice">
                                    <input type="radio" id={format!("kind-{k}")} name="kind" value={k}
                                        checked={raw.kind.as_deref() == Some(k)} {onchange}
                                        aria-describedby={format!("kind-{k}-hint")} />
                                    <div>
                                        <label for={format!("kind-{k}")}>{ s.t(&format!("request-kind-{k}")) }</label>
                                        <p class="hint" id={format!("kind-{k}-hint")}>{ s.t(&format!("request-kind-{k}-hint")) }</p>
                                    </div>
                                </div>
                            }
                        }) }
                    </fieldset>
                }
            }
            Step::AboutYou => html! {
                <>
                { self.text(ctx, Field::Name, "text", None, Some("name"), Some(limits::NAME)) }
                { self.text(ctx, Field::Email, "email", Some("request-hint-email"), Some("email"), Some(limits::EMAIL)) }
                { self.textarea(ctx, Field::PostalAddress, 3, None, Some("street-address"), limits::POSTAL_ADDRESS) }
                </>
            },
            Step::Exchange => html! {
                <>
                { self.states(ctx) }
                { self.text(ctx, Field::Authority, "text", None, None, Some(limits::AUTHORITY)) }
                { self.text(ctx, Field::ImiReference, "text", Some("request-hint-imi_reference"), None, Some(limits::IMI_REFERENCE)) }
                { self.text(ctx, Field::PeriodFrom, "date", Some("request-hint-period"), None, None) }
                { self.text(ctx, Field::PeriodTo, "date", Some("request-hint-period"), None, None) }
                </>
            },
            Step::Details => {
                let (messages, describedby, invalid) =
                    self.described(ctx, Field::ReplyLanguage, None);
                let onchange = ctx.link().callback(|e: Event| {
                    Msg::Input(Input::Text(
                        Field::ReplyLanguage,
                        e.target_unchecked_into::<HtmlSelectElement>().value(),
                    ))
                });
                let chosen = raw.reply_language.clone().unwrap_or_default();
                let (decl_messages, decl_describedby, decl_invalid) =
                    self.described(ctx, Field::Declaration, None);
                let declare = ctx.link().callback(|e: Event| {
                    Msg::Input(Input::Declaration(
                        e.target_unchecked_into::<HtmlInputElement>().checked(),
                    ))
                });
                html! {
                    <>
                    { self.textarea(ctx, Field::Description, 8, Some("request-hint-description"), None, limits::DESCRIPTION) }
                    <div class={classes!("field", invalid.then_some("field-error"))}>
                        <label for="reply_language">{ s.t("request-field-reply_language") }</label>
                        { messages }
                        <select id="reply_language" name="reply_language" autocomplete="language" {onchange} aria-describedby={describedby}>
                            { for LANGUAGES.iter().zip(LANGUAGE_NAMES).map(|(code, name)| html! {
                                <option value={*code} lang={*code} selected={chosen == *code}>{ name }</option>
                            }) }
                        </select>
                    </div>
                    <fieldset class={classes!(decl_invalid.then_some("field-error"))} aria-describedby={decl_describedby}>
                        <legend>{ s.t("request-field-declaration") }</legend>
                        { decl_messages }
                        <div class="choice">
                            <input type="checkbox" id="declaration" name="declaration" value="yes"
                                checked={raw.declaration == Some(true)} onchange={declare} />
                            <label for="declaration">{ s.t("request-declaration-text") }</label>
                        </div>
                    </fieldset>
                    </>
                }
            }
            Step::Check => self.check(ctx),
            Step::Sent => Html::default(),
        }
    }

    fn states(&self, ctx: &Context<Self>) -> Html {
        let s = &ctx.props().strings;
        let raw = self.form.answers();
        let (messages, describedby, invalid) =
            self.described(ctx, Field::States, Some("request-hint-states"));
        let checkbox = |code: &'static str, label: String| {
            let onchange = ctx.link().callback(move |e: Event| {
                Msg::Input(Input::State(
                    code.to_string(),
                    e.target_unchecked_into::<HtmlInputElement>().checked(),
                ))
            });
            html! {
                <div class="choice">
                    <input type="checkbox" id={format!("state-{code}")} name="states" value={code}
                        checked={raw.states.iter().any(|s| s == code)} {onchange} />
                    <label for={format!("state-{code}")}>{ label }</label>
                </div>
            }
        };
        let group = |key: &str, eea: bool| {
            html! {
                <fieldset class="nested">
                    <legend>{ s.t(key) }</legend>
                    <div class="choices-grid">
                    { for STATES.iter().filter(|c| EEA.contains(c) == eea).map(|c| checkbox(c, s.t(&format!("request-state-{c}")))) }
                    </div>
                </fieldset>
            }
        };
        html! {
            <fieldset class={classes!(invalid.then_some("field-error"))} aria-describedby={describedby}>
                <legend>{ s.t("request-field-states") }</legend>
                { messages }
                { group("request-states-eu", false) }
                { group("request-states-eea", true) }
                { checkbox(UNKNOWN_STATE, s.t("request-state-unknown")) }
            </fieldset>
        }
    }

    fn check(&self, ctx: &Context<Self>) -> Html {
        let s = &ctx.props().strings;
        let raw = self.form.answers();
        let not_given = s.t("request-not-given");
        let shown = |v: &Option<String>| {
            v.clone()
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| not_given.clone())
        };
        let rows: Vec<(Field, String)> = Field::ALL
            .into_iter()
            .map(|field| {
                let value = match field {
                    Field::Kind => raw
                        .kind
                        .as_deref()
                        .map_or(not_given.clone(), |k| s.t(&format!("request-kind-{k}"))),
                    Field::States => raw
                        .states
                        .iter()
                        .map(|c| {
                            if c == UNKNOWN_STATE {
                                s.t("request-state-unknown")
                            } else {
                                s.t(&format!("request-state-{c}"))
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                    Field::ReplyLanguage => raw
                        .reply_language
                        .as_deref()
                        .and_then(|l| LANGUAGES.iter().position(|c| *c == l))
                        .map_or(not_given.clone(), |i| LANGUAGE_NAMES[i].to_string()),
                    Field::Declaration => {
                        if raw.declaration == Some(true) {
                            s.t("request-declaration-given")
                        } else {
                            not_given.clone()
                        }
                    }
                    other => shown(&text_value_opt(raw, other)),
                };
                (field, value)
            })
            .collect();
        html! {
            <dl class="check-answers">
            { for rows.into_iter().map(|(field, value)| {
                let label = s.t(&format!("request-field-{}", field.name()));
                let onclick = ctx.link().callback(move |_: MouseEvent| Msg::Change(field));
                html! {
                    <div class="check-row">
                        <dt>{ label.clone() }</dt>
                        <dd class="check-value">{ value }</dd>
                        <dd class="check-action">
                            <button type="button" class="link-button" {onclick}>
                                { s.t("request-change") }<span class="visually-hidden">{ format!(" – {label}") }</span>
                            </button>
                        </dd>
                    </div>
                }
            }) }
            </dl>
        }
    }

    fn sent(&self, ctx: &Context<Self>) -> Html {
        let p = ctx.props();
        let s = &p.strings;
        let Some(receipt) = self.form.receipt() else {
            return Html::default();
        };
        html! {
            <section class="confirmation" aria-labelledby="step-sent">
                <div class="panel">
                    <h2 id="step-sent" tabindex="-1">{ s.t("request-sent-title") }</h2>
                    <dl class="receipt">
                        <dt>{ s.t("request-reference") }</dt>
                        <dd class="code">{ receipt.reference.clone() }</dd>
                        <dt>{ s.t("request-follow-up-code") }</dt>
                        <dd class="code" id="follow-up-code">{ receipt.follow_up_code.clone() }</dd>
                    </dl>
                </div>
                <p class="warning"><strong>{ s.t("request-keep-code") }</strong></p>
                <p>{ s.t_with("request-received", &[("date", &eu_date(&receipt.received_at))]) }</p>
                <p>{ s.t_with("request-due", &[("date", &eu_date(&receipt.due_at))]) }</p>
                if let Some(kind) = self.form.answers().kind.as_deref().and_then(RequestKind::parse) {
                    <p>{ s.t(&format!("request-due-basis-{}", kind.due_basis())) }</p>
                }
                <p>{ s.t("request-due-note") }</p>
                <p>{ s.t("request-next") }</p>
                <ul>
                    <li><a href={p.status_url.clone()}>{ s.t("request-follow-up-link") }</a></li>
                    <li><a href={p.complain_url.clone()}>{ s.t("request-complain-link") }</a></li>
                </ul>
            </section>
        }
    }
}

/// Posts the request once and turns the answer into a message.
async fn send(url: &str, body: String) -> Msg {
    let request = Request::post(url)
        .header("content-type", "application/json")
        .header("accept", "application/json, application/problem+json")
        .credentials(RequestCredentials::Omit)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .body(body);
    let Ok(request) = request else {
        return Msg::Failed;
    };
    match request.send().await {
        Ok(response) => {
            let status = response.status();
            let text = response.text().await.unwrap_or_default();
            Msg::Answer(status, text)
        }
        Err(_) => Msg::Failed,
    }
}

fn heading_key(step: Step) -> &'static str {
    match step {
        Step::Kind => "request-step-kind",
        Step::AboutYou => "request-step-about-you",
        Step::Exchange => "request-step-exchange",
        Step::Details => "request-step-details",
        Step::Check => "request-step-check",
        Step::Sent => "request-sent-title",
    }
}

/// The element an error summary link leads to: the input itself, or the
/// first choice of a group.
fn input_id(field: Field) -> &'static str {
    match field {
        Field::Kind => "kind-access",
        Field::States => "state-BE",
        other => other.name(),
    }
}

fn text_value_opt(raw: &request_model::RawRequest, field: Field) -> Option<String> {
    match field {
        Field::Name => raw.name.clone(),
        Field::Email => raw.email.clone(),
        Field::PostalAddress => raw.postal_address.clone(),
        Field::Authority => raw.authority.clone(),
        Field::ImiReference => raw.imi_reference.clone(),
        Field::PeriodFrom => raw.period_from.clone(),
        Field::PeriodTo => raw.period_to.clone(),
        Field::Description => raw.description.clone(),
        Field::ReplyLanguage => raw.reply_language.clone(),
        Field::Kind => raw.kind.clone(),
        Field::States | Field::Declaration => None,
    }
}

fn text_value(raw: &request_model::RawRequest, field: Field) -> String {
    text_value_opt(raw, field).unwrap_or_default()
}

/// Focuses an element and brings it into view.
fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e: Element| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        element.focus().ok();
        element.scroll_into_view();
    }
}

/// Today in UTC, as the intake reckons it (`YYYY-MM-DD`).
fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// An RFC 3339 timestamp's date, written D.M.YYYY as the portal writes dates.
fn eu_date(rfc3339: &str) -> String {
    let date = rfc3339.get(..10).unwrap_or(rfc3339);
    request_model::Date::parse(date).map_or_else(|| date.to_string(), request_model::Date::eu)
}

/// The strings' JSON object, read with the browser's own JSON parser (a
/// JSON deserializer in the bundle would cost more than the view).
fn parse_strings(text: &str) -> Option<HashMap<String, String>> {
    let object: js_sys::Object = js_sys::JSON::parse(text).ok()?.dyn_into().ok()?;
    js_sys::Object::entries(&object)
        .iter()
        .map(|entry| {
            let pair: js_sys::Array = entry.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// [`Answer::read`] with the browser's JSON parser.
fn read_answer(status: u16, body: &str) -> Answer {
    let Ok(value) = js_sys::JSON::parse(body) else {
        return Answer::Other;
    };
    let get = |object: &wasm_bindgen::JsValue, key: &str| {
        js_sys::Reflect::get(object, &wasm_bindgen::JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
    };
    match status {
        201 => {
            let receipt = (|| {
                Some(Receipt {
                    reference: get(&value, "reference")?,
                    follow_up_code: get(&value, "follow_up_code")?,
                    received_at: get(&value, "received_at")?,
                    due_at: get(&value, "due_at")?,
                    due_basis: get(&value, "due_basis")?,
                    status: request_model::Status::Received,
                })
            })();
            receipt.map_or(Answer::Other, Answer::Receipt)
        }
        422 => {
            let errors = js_sys::Reflect::get(&value, &"errors".into())
                .ok()
                .and_then(|e| e.dyn_into::<js_sys::Array>().ok());
            match errors {
                Some(errors) => Answer::Problem(
                    errors
                        .iter()
                        .filter_map(|e| field_error(&get(&e, "pointer")?, &get(&e, "code")?))
                        .collect(),
                ),
                None => Answer::Other,
            }
        }
        _ => Answer::Other,
    }
}
