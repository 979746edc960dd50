//! `POST /v1/requests`: a request from the WebAssembly form (JSON) or the
//! plain HTML form (form-urlencoded), validated, sealed, stored durably,
//! then a receipt (JSON) or a confirmation page (HTML).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use request_model::{FieldError, RawRequest, Receipt, Status, validate};

use super::App;
use super::problem::{html_response, problem};
use crate::html;
use crate::store::NewRequest;
use crate::{ids, seal, time};

enum Body {
    Json,
    Form { lang: String },
}

pub(super) async fn submit(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Response {
    let body = match body {
        Ok(b) => b,
        Err(_) => {
            return problem(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
                "The request is too large",
                Some("Shorten the description and try again."),
                &[],
            );
        }
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let (raw, kind) = if content_type.starts_with("application/json") {
        match serde_json::from_slice::<RawRequest>(&body) {
            Ok(raw) => (raw, Body::Json),
            Err(e) => {
                app.metrics.invalid.fetch_add(1, Ordering::Relaxed);
                // Where and what kind of mistake, never the data: serde's
                // own message can quote the value sent.
                let what = match e.classify() {
                    serde_json::error::Category::Io | serde_json::error::Category::Eof => {
                        "the body ends too early"
                    }
                    serde_json::error::Category::Syntax => {
                        "the body is not valid JSON (or not UTF-8)"
                    }
                    serde_json::error::Category::Data => {
                        "a field has the wrong type or the body has a field the API does not know"
                    }
                };
                let detail = format!(
                    "The body is not a request: {what}, at line {} column {}.",
                    e.line(),
                    e.column()
                );
                return problem(
                    StatusCode::BAD_REQUEST,
                    "malformed",
                    "Malformed JSON",
                    Some(&detail),
                    &[],
                );
            }
        }
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        match decode_form(&body) {
            Ok((raw, lang)) => (raw, Body::Form { lang }),
            Err(field) => {
                app.metrics.invalid.fetch_add(1, Ordering::Relaxed);
                return problem(
                    StatusCode::BAD_REQUEST,
                    "malformed",
                    "Malformed form",
                    Some(&format!(
                        "The field `{field}` appears more than once; only `states` may."
                    )),
                    &[],
                );
            }
        }
    } else {
        return problem(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Unsupported media type",
            Some("Send application/json or application/x-www-form-urlencoded."),
            &[],
        );
    };

    let now = time::now();
    let request = match validate(&raw, &time::date(now)) {
        Ok(r) => r,
        Err(errors) => {
            app.metrics.invalid.fetch_add(1, Ordering::Relaxed);
            return match kind {
                Body::Json => {
                    let described: Vec<(FieldError, String)> = errors
                        .iter()
                        .map(|e| (*e, app.strings.error("en", e.code)))
                        .collect();
                    problem(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "validation",
                        "The request has invalid fields",
                        Some("Correct the fields listed in `errors` and send the request again."),
                        &described,
                    )
                }
                Body::Form { lang } => match html::form_with_errors(
                    &app.strings,
                    &lang,
                    &app.config.portal_origin,
                    &raw,
                    &errors,
                ) {
                    Ok(page) => html_response(StatusCode::UNPROCESSABLE_ENTITY, page),
                    Err(e) => {
                        tracing::error!("{e}");
                        html_response(
                            StatusCode::INTERNAL_SERVER_ERROR,
                            html::message(
                                &app.strings,
                                &lang,
                                &app.config.portal_origin,
                                "request-unavailable",
                            ),
                        )
                    }
                },
            };
        }
    };

    let handlers = app.config.handlers_for(&request.states);
    let recipients = app.config.recipients_of(&handlers);
    // Never seal an empty payload: a request that cannot be serialised is
    // not acknowledged.
    let plaintext = match serde_json::to_vec(&request) {
        Ok(p) if !p.is_empty() => p,
        Ok(_) | Err(_) => {
            tracing::error!("a valid request could not be serialised");
            return unavailable(&app, &kind);
        }
    };
    let sealed = match seal::seal(&plaintext, &recipients) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!("sealing failed: {e}");
            return unavailable(&app, &kind);
        }
    };
    let secret = ids::new_secret();
    let stored = app
        .store
        .submit(NewRequest {
            kind: request.kind,
            states: request.states.clone(),
            handlers,
            reply_language: request.reply_language.clone(),
            received_at: now,
            followup_hash: ids::hash_secret(&secret),
            sealed,
        })
        .await;
    let stored = match stored {
        Ok(s) => s,
        Err(e) => {
            tracing::error!("store: {e}");
            app.metrics.store_failures.fetch_add(1, Ordering::Relaxed);
            return unavailable(&app, &kind);
        }
    };
    app.metrics.accepted.fetch_add(1, Ordering::Relaxed);
    let receipt = Receipt {
        follow_up_code: format!("{}-{secret}", stored.reference),
        reference: stored.reference,
        received_at: time::rfc3339(stored.received_at),
        due_at: time::rfc3339(stored.due_at),
        due_basis: request.kind.deadline().citation().to_string(),
        status: Status::Received,
    };
    match kind {
        Body::Json => (StatusCode::CREATED, axum::Json(receipt)).into_response(),
        Body::Form { lang } => html_response(
            StatusCode::CREATED,
            html::confirmation(
                &app.strings,
                &lang,
                &app.config.portal_origin,
                &receipt,
                request.kind,
                stored.received_at,
                stored.due_at,
            ),
        ),
    }
}

fn unavailable(app: &App, kind: &Body) -> Response {
    let mut response = match kind {
        Body::Json => problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "The request could not be stored",
            Some("Nothing was stored. Try again later."),
            &[],
        ),
        Body::Form { lang } => html_response(
            StatusCode::SERVICE_UNAVAILABLE,
            html::message(
                &app.strings,
                lang,
                &app.config.portal_origin,
                "request-unavailable",
            ),
        ),
    };
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
    response
}

/// The plain HTML form's fields: repeated `states`, a checkbox for the
/// declaration (ticked only with the form's own value, `yes`), `lang` for
/// the language of the answer page. Other fields (a submit button's name)
/// are ignored; a field of the form given twice (other than `states`) is
/// an error (its name is returned). A value that is not UTF-8 keeps U+FFFD where the bytes were
/// wrong, which validation refuses as invalid characters, on that field.
pub fn decode_form(body: &[u8]) -> Result<(RawRequest, String), String> {
    let mut raw = RawRequest::default();
    let mut lang = String::from("en");
    let mut seen = std::collections::BTreeSet::new();
    for (key, value) in form_urlencoded::parse(body) {
        let value = value.into_owned();
        const SINGLE: [&str; 12] = [
            "kind",
            "name",
            "email",
            "postal_address",
            "authority",
            "imi_reference",
            "period_from",
            "period_to",
            "description",
            "reply_language",
            "declaration",
            "lang",
        ];
        if SINGLE.contains(&key.as_ref()) && !seen.insert(key.to_string()) {
            return Err(key.to_string());
        }
        let slot = match key.as_ref() {
            "kind" => &mut raw.kind,
            "name" => &mut raw.name,
            "email" => &mut raw.email,
            "postal_address" => &mut raw.postal_address,
            "authority" => &mut raw.authority,
            "imi_reference" => &mut raw.imi_reference,
            "period_from" => &mut raw.period_from,
            "period_to" => &mut raw.period_to,
            "description" => &mut raw.description,
            "reply_language" => &mut raw.reply_language,
            "states" => {
                raw.states.push(value);
                continue;
            }
            "declaration" => {
                raw.declaration = Some(value == "yes");
                continue;
            }
            "lang" => {
                if request_model::LANGUAGES.contains(&value.as_str()) {
                    lang = value;
                }
                continue;
            }
            _ => continue,
        };
        *slot = Some(value);
    }
    Ok((raw, lang))
}
