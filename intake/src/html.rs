//! The pages the service answers a plain HTML form post with: the
//! confirmation, the form again with an error summary and the entered values
//! kept, status answers and messages, in the requester's language.
//!
//! The strings are the portal's own (`locales/<lang>/request.ftl`),
//! compiled into the binary so the service needs no other file.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use request_model::{ErrorCode, Field, FieldError, RawRequest};

use crate::store::Record;
use request_model::Receipt;

macro_rules! locales {
    ($($lang:literal),*) => {
        [$(($lang, include_str!(concat!("../../locales/", $lang, "/request.ftl")))),*]
    };
}

const SOURCES: [(&str, &str); 24] = locales!(
    "bg", "es", "cs", "da", "de", "et", "el", "en", "fr", "ga", "hr", "it", "lv", "lt", "hu", "mt",
    "nl", "pl", "pt", "ro", "sk", "sl", "fi", "sv"
);

/// The request form's markup, the same file the generator renders on the
/// portal's request page.
const FORM: &str = include_str!("../../theme/templates/partials/request-form.html");

type Bundles = HashMap<&'static str, FluentBundle<FluentResource>>;

/// The request strings of every language, and the request form ready to
/// render in each (`t()` bound to the language).
pub(crate) struct Strings {
    bundles: Arc<Bundles>,
    forms: HashMap<&'static str, tera::Tera>,
}

impl Strings {
    /// Parses the compiled-in strings and the form's template.
    pub(crate) fn load() -> Strings {
        let bundles: Bundles = SOURCES
            .iter()
            .map(|(lang, text)| {
                // Default meant: the codes are the 24 constants above, all
                // valid language tags (a test renders every language).
                let mut bundle =
                    FluentBundle::new_concurrent(vec![lang.parse().unwrap_or_default()]);
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
                (*lang, bundle)
            })
            .collect();
        let bundles = Arc::new(bundles);
        let forms = SOURCES
            .iter()
            .filter_map(|(lang, _)| {
                let mut tera = tera::Tera::default();
                // The generator's escaping (`'` as `&#39;`, `/` left alone).
                tera.set_escape_fn(escape);
                // A template that does not parse leaves the language without
                // a form: the answer is then the "unavailable" page (a test
                // renders the form in every language).
                if let Err(e) = tera.add_raw_template("request-form.html", FORM) {
                    tracing::error!("the request form's template: {e}");
                    return None;
                }
                let (bundles, lang) = (bundles.clone(), *lang);
                tera.register_function("t", move |args: &HashMap<String, tera::Value>| {
                    let key = args
                        .get("key")
                        .and_then(tera::Value::as_str)
                        .ok_or_else(|| tera::Error::msg("t() needs a `key`"))?;
                    Ok(tera::Value::String(lookup(&bundles, lang, key, None)))
                });
                Some((lang, tera))
            })
            .collect();
        Strings { bundles, forms }
    }

    /// A string in `lang`, else English, else the key.
    pub(crate) fn get(&self, lang: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        lookup(&self.bundles, lang, key, args)
    }

    /// The message of an error code.
    pub(crate) fn error(&self, lang: &str, code: ErrorCode) -> String {
        self.get(lang, &format!("request-error-{}", code.as_str()), None)
    }
}

/// A string in `lang`, else English, else the key.
fn lookup(bundles: &Bundles, lang: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    for l in [lang, "en"] {
        if let Some(bundle) = bundles.get(l)
            && let Some(pattern) = bundle.get_message(key).and_then(|m| m.value())
        {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    key.to_string()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn page(lang: &str, title: &str, portal: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>{}</title>\n</head>\n<body>\n<main id=\"main\">\n{body}\n</main>\n<footer><p><a href=\"{portal}/{lang}/\">{portal}/{lang}/</a></p></footer>\n</body>\n</html>\n",
        escape(title),
        portal = escape(portal.trim_end_matches('/')),
    )
}

/// The UTC date of a Unix time, written `D.M.YYYY`.
fn eu_date(secs: i64) -> String {
    request_model::Date::from_unix_days(secs.div_euclid(86_400))
        .map_or_else(|| crate::time::date(secs), request_model::Date::eu)
}

/// The confirmation page: reference, follow-up code (shown once), dates.
pub(crate) fn confirmation(
    strings: &Strings,
    lang: &str,
    portal: &str,
    receipt: &Receipt,
    kind: request_model::RequestKind,
    received: i64,
    due: i64,
) -> String {
    let t = |key: &str| strings.get(lang, key, None);
    let with_date = |key: &str, secs: i64| {
        let mut args = FluentArgs::new();
        args.set("date", eu_date(secs));
        strings.get(lang, key, Some(&args))
    };
    let title = t("request-sent-title");
    let body = format!(
        "<h1>{}</h1>\n<dl>\n<dt>{}</dt><dd><strong>{}</strong></dd>\n<dt>{}</dt><dd><code>{}</code></dd>\n</dl>\n<p><strong>{}</strong></p>\n<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n<p>{}</p>",
        escape(&title),
        escape(&t("request-reference")),
        escape(&receipt.reference),
        escape(&t("request-follow-up-code")),
        escape(&receipt.follow_up_code),
        escape(&t("request-keep-code")),
        escape(&with_date("request-received", received)),
        escape(&with_date("request-due", due)),
        escape(&t(&format!("request-due-basis-{}", kind.due_basis()))),
        escape(&t("request-due-note")),
        escape(&t("request-next")),
    );
    page(lang, &title, portal, &body)
}

/// A page with one message and a link back to the portal.
pub(crate) fn message(strings: &Strings, lang: &str, portal: &str, key: &str) -> String {
    let text = strings.get(lang, key, None);
    page(lang, &text, portal, &format!("<h1>{}</h1>", escape(&text)))
}

/// The answer to a status lookup made with the plain form.
pub(crate) fn status(strings: &Strings, lang: &str, portal: &str, record: &Record) -> String {
    let title = strings.get(lang, "request-status-title", None);
    let status = strings.get(
        lang,
        &format!("request-status-{}", record.status.as_str()),
        None,
    );
    let mut args = FluentArgs::new();
    args.set("status", status);
    let line = strings.get(lang, "request-status-line", Some(&args));
    let mut due = FluentArgs::new();
    due.set("date", eu_date(record.due_at));
    let basis = format!(
        "<p>{}</p>\n",
        escape(&strings.get(
            lang,
            &format!("request-due-basis-{}", record.kind.due_basis()),
            None
        ))
    );
    let body = format!(
        "<h1>{}</h1>\n<p>{}: <strong>{}</strong></p>\n<p>{}</p>\n<p>{}</p>\n{basis}<p>{}</p>",
        escape(&title),
        escape(&strings.get(lang, "request-reference", None)),
        escape(&record.reference),
        escape(&line),
        escape(&strings.get(lang, "request-due", Some(&due))),
        escape(&strings.get(lang, "request-due-note", None)),
    );
    page(lang, &title, portal, &body)
}

/// The form again, with an error summary linking to each invalid field,
/// inline messages tied with `aria-describedby`, and the values kept: the
/// portal's own form (`request-form.html`), rendered with `values` and
/// `errors`. `Err` only if the template cannot be rendered (a bug).
pub(crate) fn form_with_errors(
    strings: &Strings,
    lang: &str,
    portal: &str,
    raw: &RawRequest,
    errors: &[FieldError],
) -> Result<String, String> {
    let t = |key: &str| strings.get(lang, key, None);
    let label = |field: Field| t(&field_label_key(field));
    let mut summary = String::new();
    for e in errors {
        summary.push_str(&format!(
            "<li><a href=\"#{}\">{}: {}</a></li>\n",
            e.field.name(),
            escape(&label(e.field)),
            escape(&strings.error(lang, e.code))
        ));
    }
    let form = strings
        .forms
        .get(lang)
        .or_else(|| strings.forms.get("en"))
        .ok_or("the request form's template did not load")?;
    let messages: HashMap<&str, String> = errors
        .iter()
        .map(|e| (e.field.name(), strings.error(lang, e.code)))
        .collect();
    let languages: Vec<serde_json::Value> = request_model::LANGUAGES
        .iter()
        .zip(request_model::LANGUAGE_NAMES)
        .map(|(code, name)| serde_json::json!({ "code": code, "name": name }))
        .collect();
    let mut context = tera::Context::new();
    context.insert("lang", lang);
    // The form posts to this service itself.
    context.insert("intake_url", "/");
    context.insert("m", &request_model::form_model());
    context.insert("languages", &languages);
    context.insert("values", raw);
    context.insert("errors", &messages);
    let form = form
        .render("request-form.html", &context)
        .map_err(|e| format!("the request form could not be rendered: {e:?}"))?;
    let title = t("request-error-title");
    let body = format!(
        "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n<h2 id=\"error-summary-title\">{}</h2>\n<ul>\n{summary}</ul>\n</div>\n<h1>{}</h1>\n{form}",
        escape(&t("request-error-summary")),
        escape(&title),
    );
    Ok(page(lang, &title, portal, &body))
}

/// Field order for messages.
fn field_label_key(field: Field) -> String {
    format!("request-field-{}", field.name())
}
