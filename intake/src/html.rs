//! The pages the service answers a plain HTML form post with: the
//! confirmation, the form again with an error summary and the entered values
//! kept, status answers and messages, in the requester's language.
//!
//! The strings are the portal's own (`locales/<lang>/request.ftl`),
//! compiled into the binary so the service needs no other file.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use request_model::{ErrorCode, Field, FieldError, RawRequest, RequestKind};

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

/// The request strings of every language.
pub(crate) struct Strings {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl Strings {
    /// Parses the compiled-in strings.
    pub(crate) fn load() -> Strings {
        let bundles = SOURCES
            .iter()
            .map(|(lang, text)| {
                let mut bundle =
                    FluentBundle::new_concurrent(vec![lang.parse().unwrap_or_default()]);
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
                (*lang, bundle)
            })
            .collect();
        Strings { bundles }
    }

    /// A string in `lang`, else English, else the key.
    pub(crate) fn get(&self, lang: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for l in [lang, "en"] {
            if let Some(bundle) = self.bundles.get(l)
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

    /// The message of an error code.
    pub(crate) fn error(&self, lang: &str, code: ErrorCode) -> String {
        self.get(lang, &format!("request-error-{}", code.as_str()), None)
    }
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
/// inline messages tied with `aria-describedby`, and the values kept.
pub(crate) fn form_with_errors(
    strings: &Strings,
    lang: &str,
    portal: &str,
    raw: &RawRequest,
    errors: &[FieldError],
) -> String {
    let t = |key: &str| strings.get(lang, key, None);
    let error_of = |field: Field| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| strings.error(lang, e.code))
    };
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
    let described = |field: Field| {
        error_of(field).map_or((String::new(), String::new()), |message| {
            (
                format!(
                    " aria-describedby=\"{}-error\" aria-invalid=\"true\"",
                    field.name()
                ),
                format!(
                    "<p id=\"{}-error\" class=\"error\">{}</p>\n",
                    field.name(),
                    escape(&message)
                ),
            )
        })
    };
    let text_input = |field: Field, value: &Option<String>, kind: &str, autocomplete: &str| {
        let (attrs, message) = described(field);
        format!(
            "<p><label for=\"{name}\">{label}</label></p>\n{message}<p><input type=\"{kind}\" id=\"{name}\" name=\"{name}\" value=\"{value}\"{auto}{attrs}></p>\n",
            name = field.name(),
            label = escape(&label(field)),
            value = escape(value.as_deref().unwrap_or("")),
            auto = if autocomplete.is_empty() {
                String::new()
            } else {
                format!(" autocomplete=\"{autocomplete}\"")
            },
        )
    };
    let mut form = String::new();
    {
        let (attrs, message) = described(Field::Kind);
        form.push_str(&format!(
            "<fieldset id=\"kind\"{attrs}>\n<legend>{}</legend>\n{message}",
            escape(&label(Field::Kind))
        ));
        for kind in RequestKind::ALL {
            let checked = raw.kind.as_deref() == Some(kind.as_str());
            form.push_str(&format!(
                "<p><input type=\"radio\" id=\"kind-{k}\" name=\"kind\" value=\"{k}\"{c}> <label for=\"kind-{k}\">{l}</label></p>\n",
                k = kind.as_str(),
                c = if checked { " checked" } else { "" },
                l = escape(&t(&format!("request-kind-{}", kind.as_str()))),
            ));
        }
        form.push_str("</fieldset>\n");
    }
    form.push_str(&text_input(Field::Name, &raw.name, "text", "name"));
    form.push_str(&text_input(Field::Email, &raw.email, "email", "email"));
    {
        let (attrs, message) = described(Field::PostalAddress);
        form.push_str(&format!(
            "<p><label for=\"postal_address\">{}</label></p>\n{message}<p><textarea id=\"postal_address\" name=\"postal_address\" rows=\"3\" autocomplete=\"street-address\"{attrs}>{}</textarea></p>\n",
            escape(&label(Field::PostalAddress)),
            escape(raw.postal_address.as_deref().unwrap_or(""))
        ));
    }
    {
        let (attrs, message) = described(Field::States);
        form.push_str(&format!(
            "<fieldset id=\"states\"{attrs}>\n<legend>{}</legend>\n{message}",
            escape(&label(Field::States))
        ));
        for state in request_model::STATES
            .iter()
            .copied()
            .chain([request_model::UNKNOWN_STATE])
        {
            let checked = raw.states.iter().any(|s| s == state);
            let text = t(&format!("request-state-{state}"));
            form.push_str(&format!(
                "<p><input type=\"checkbox\" id=\"state-{state}\" name=\"states\" value=\"{state}\"{c}> <label for=\"state-{state}\">{}</label></p>\n",
                escape(&text),
                c = if checked { " checked" } else { "" },
            ));
        }
        form.push_str("</fieldset>\n");
    }
    form.push_str(&text_input(Field::Authority, &raw.authority, "text", ""));
    form.push_str(&text_input(
        Field::ImiReference,
        &raw.imi_reference,
        "text",
        "",
    ));
    form.push_str(&text_input(Field::PeriodFrom, &raw.period_from, "date", ""));
    form.push_str(&text_input(Field::PeriodTo, &raw.period_to, "date", ""));
    {
        let (attrs, message) = described(Field::Description);
        form.push_str(&format!(
            "<p><label for=\"description\">{}</label></p>\n{message}<p><textarea id=\"description\" name=\"description\" rows=\"8\"{attrs}>{}</textarea></p>\n",
            escape(&label(Field::Description)),
            escape(raw.description.as_deref().unwrap_or(""))
        ));
    }
    {
        let (attrs, message) = described(Field::ReplyLanguage);
        form.push_str(&format!(
            "<p><label for=\"reply_language\">{}</label></p>\n{message}<p><select id=\"reply_language\" name=\"reply_language\"{attrs}>\n",
            escape(&label(Field::ReplyLanguage))
        ));
        let chosen = raw.reply_language.as_deref().unwrap_or(lang);
        for (code, name) in request_model::LANGUAGES
            .iter()
            .zip(request_model::LANGUAGE_NAMES)
        {
            form.push_str(&format!(
                "<option value=\"{code}\" lang=\"{code}\"{}>{name}</option>\n",
                if chosen == *code { " selected" } else { "" }
            ));
        }
        form.push_str("</select></p>\n");
    }
    {
        let (attrs, message) = described(Field::Declaration);
        form.push_str(&format!(
            "<fieldset id=\"declaration\"{attrs}>\n<legend>{}</legend>\n{message}<p><input type=\"checkbox\" id=\"declaration-yes\" name=\"declaration\" value=\"yes\"{}> <label for=\"declaration-yes\">{}</label></p>\n</fieldset>\n",
            escape(&label(Field::Declaration)),
            if raw.declaration == Some(true) { " checked" } else { "" },
            escape(&t("request-declaration-text"))
        ));
    }
    let title = t("request-error-title");
    let body = format!(
        "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n<h2 id=\"error-summary-title\">{}</h2>\n<ul>\n{summary}</ul>\n</div>\n<h1>{}</h1>\n<form method=\"post\" action=\"/v1/requests\" novalidate>\n<input type=\"hidden\" name=\"lang\" value=\"{lang}\">\n{form}<p><button type=\"submit\">{}</button></p>\n</form>",
        escape(&t("request-error-summary")),
        escape(&title),
        escape(&t("request-send")),
    );
    page(lang, &title, portal, &body)
}

/// Field order for messages.
fn field_label_key(field: Field) -> String {
    format!("request-field-{}", field.name())
}
