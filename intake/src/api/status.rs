//! `POST /v1/status`: a request's status by its follow-up code (in the
//! body, never in a URL), with a time-limited lock after failed look-ups.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use request_model::StatusAnswer;
use serde::Deserialize;

use super::App;
use super::problem::{html_response, problem};
use crate::{html, ids, time};

/// A status lookup: the follow-up code travels in the body, never in a URL.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusQuery {
    code: String,
    #[serde(default)]
    lang: Option<String>,
}

pub(super) async fn status(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    app.metrics.lookups.fetch_add(1, Ordering::Relaxed);
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let query = if is_form {
        let mut code = None;
        let mut lang = None;
        for (k, v) in form_urlencoded::parse(&body) {
            match k.as_ref() {
                "code" => code = Some(v.into_owned()),
                "lang" => lang = Some(v.into_owned()),
                _ => {}
            }
        }
        code.map(|code| StatusQuery { code, lang })
    } else {
        serde_json::from_slice::<StatusQuery>(&body).ok()
    };
    let lang = query
        .as_ref()
        .and_then(|q| q.lang.clone())
        .filter(|l| request_model::LANGUAGES.contains(&l.as_str()))
        .unwrap_or_else(|| "en".into());
    let Some(query) = query else {
        return problem(
            StatusCode::BAD_REQUEST,
            "malformed",
            "Send the follow-up code as {\"code\": \"...\"}",
            None,
            &[],
        );
    };
    let found = match ids::split_code(&query.code) {
        Some((reference, secret)) => match app.store.get(&reference).await {
            Ok(Some(record)) => {
                let now = time::now();
                let locked = record.locked_until.is_some_and(|until| until > now);
                if !locked && ids::secret_matches(&secret, &record.followup_hash) {
                    let _ = app.store.lookup_succeeded(&reference).await;
                    Some(record)
                } else {
                    if !locked {
                        let _ = app
                            .store
                            .failed_lookup(&reference, now, app.config.max_failed_lookups)
                            .await;
                    }
                    None
                }
            }
            Ok(None) => None,
            Err(e) => {
                tracing::error!("store: {e}");
                return problem(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "Try again later",
                    None,
                    &[],
                );
            }
        },
        None => None,
    };
    match found {
        Some(record) => {
            let answer = StatusAnswer {
                reference: record.reference.clone(),
                kind: record.kind,
                status: record.status,
                received_at: time::rfc3339(record.received_at),
                due_at: time::rfc3339(record.due_at),
                due_basis: record.kind.deadline().citation().to_string(),
            };
            if is_form {
                html_response(
                    StatusCode::OK,
                    html::status(&app.strings, &lang, &app.config.portal_origin, &record),
                )
            } else {
                axum::Json(answer).into_response()
            }
        }
        None => {
            app.metrics.failed_lookups.fetch_add(1, Ordering::Relaxed);
            // The same answer for a wrong code, an unknown reference and a
            // locked one: nothing to learn by guessing.
            if is_form {
                html_response(
                    StatusCode::NOT_FOUND,
                    html::message(
                        &app.strings,
                        &lang,
                        &app.config.portal_origin,
                        "request-status-not-found",
                    ),
                )
            } else {
                problem(
                    StatusCode::NOT_FOUND,
                    "no-match",
                    "No request matches this follow-up code",
                    Some("Check the code and try again."),
                    &[],
                )
            }
        }
    }
}
