//! The HTTP API: submissions (JSON from the WASM form, form-urlencoded from
//! the plain HTML form), status lookups, health, readiness and metrics.
//!
//! Errors are RFC 9457 problem+json with a JSON pointer per invalid field,
//! or, for a form post, an HTML page with an error summary and the entered
//! values kept. Personal data never reach a log.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use request_model::{Field, FieldError, RawRequest, validate};
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::html::{self, Strings};
use crate::store::{NewRequest, Store};
use crate::{ids, seal, time};

/// How long a submission or lookup may take before the client is told to
/// try again.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

/// Everything the handlers share.
pub struct App {
    /// The configuration.
    pub config: Config,
    /// The store.
    pub store: Store,
    limits: crate::limits::Limits,
    /// The trusted proxies (checked by `Config::check`).
    trusted: Vec<crate::limits::Network>,
    strings: Strings,
    metrics: Metrics,
}

#[derive(Default)]
struct Metrics {
    accepted: AtomicU64,
    invalid: AtomicU64,
    limited: AtomicU64,
    store_failures: AtomicU64,
    lookups: AtomicU64,
    failed_lookups: AtomicU64,
}

impl App {
    /// Builds the shared state.
    pub fn new(config: Config, store: Store) -> Arc<App> {
        let limits =
            crate::limits::Limits::new(config.per_client_per_minute, config.global_per_second);
        let trusted = config.trusted_networks().unwrap_or_default();
        Arc::new(App {
            config,
            store,
            limits,
            trusted,
            strings: Strings::load(),
            metrics: Metrics::default(),
        })
    }
}

/// `/metrics` alone, for a listener of its own on loopback: counts are for
/// the operator's monitoring, not the public.
pub fn metrics_router(app: Arc<App>) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .with_state(app)
}

/// The whole service as a router (tested without a socket with `oneshot`).
pub fn router(app: Arc<App>) -> Router {
    let body_limit = app.config.body_limit;
    Router::new()
        .route("/v1/requests", post(submit))
        .route("/v1/status", post(status))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .route("/openapi.json", get(crate::openapi::serve))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .layer(DefaultBodyLimit::max(body_limit))
        .with_state(app)
}

/// Security headers, CORS for the portal's origin only, cross-site form
/// posts refused, and the rate limits, for every request.
async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let portal = app.config.portal_origin.trim_end_matches('/').to_string();
    let from_portal = origin
        .as_deref()
        .and_then(normalise_origin)
        .is_some_and(|o| Some(o) == normalise_origin(&portal));

    let mut response = if request.method() == Method::OPTIONS {
        // CORS preflight: only the portal's origin may post JSON.
        if from_portal {
            StatusCode::NO_CONTENT.into_response()
        } else {
            problem(
                StatusCode::FORBIDDEN,
                "forbidden-origin",
                "Cross-origin requests are accepted from the portal only",
                None,
                &[],
            )
        }
    } else if request.method() == Method::POST && !same_site(request.headers(), &portal) {
        problem(
            StatusCode::FORBIDDEN,
            "forbidden-origin",
            "This form can only be sent from the portal",
            Some(
                "The request came from another site. Open the form on the portal and send it from there.",
            ),
            &[],
        )
    } else if request.method() == Method::POST {
        let client = client_ip(&request, &app.trusted);
        let budget = if request.uri().path() == "/v1/status" {
            crate::limits::Budget::Status
        } else {
            crate::limits::Budget::Submit
        };
        match app.limits.check(budget, client) {
            // A request not answered in time gets a clear 503. It may still be
            // committed afterwards; it was never acknowledged, so at worst the
            // person sends it again (a duplicate), never a lost one.
            Ok(()) => match tokio::time::timeout(REQUEST_TIMEOUT, next.run(request)).await {
                Ok(response) => response,
                Err(_) => problem(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "timeout",
                    "The service is too busy to answer in time",
                    Some("Nothing was acknowledged. Try again in a minute."),
                    &[],
                ),
            },
            Err(()) => {
                app.metrics.limited.fetch_add(1, Ordering::Relaxed);
                let mut r = problem(
                    StatusCode::TOO_MANY_REQUESTS,
                    "rate-limited",
                    "Too many requests",
                    Some(
                        "Too many requests came from your connection or to the service. Wait a few minutes and try again.",
                    ),
                    &[],
                );
                r.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
                r
            }
        }
    } else {
        next.run(request).await
    };

    let headers = response.headers_mut();
    for (name, value) in [
        (
            "content-security-policy",
            "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
        ("referrer-policy", "no-referrer"),
        ("cache-control", "no-store"),
        (
            "strict-transport-security",
            "max-age=63072000; includeSubDomains",
        ),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("cross-origin-resource-policy", "same-site"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if from_portal && let Ok(value) = HeaderValue::from_str(&portal) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        headers.insert(header::VARY, HeaderValue::from_static("Origin"));
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("POST"),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("content-type"),
        );
        headers.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("600"),
        );
    }
    response
}

/// CSRF protection without cookies or tokens, by where a browser says a
/// post comes from:
/// - `Origin` equal to the portal's origin (scheme, host and port, default
///   ports normalised): accepted, whether the portal is on the same site as
///   the intake or not (the portal's request pages send their origin:
///   their referrer policy is `strict-origin`);
/// - `Origin: null` only with `Sec-Fetch-Site: same-origin`: the intake's
///   own answer pages, posting the form again;
/// - no `Origin`: old browsers and tools such as curl, which cannot ride on
///   a visitor's browser; unless `Sec-Fetch-Site` says cross-site;
/// - anything else: refused.
pub(crate) fn same_site(headers: &HeaderMap, portal: &str) -> bool {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    match (get("origin"), get("sec-fetch-site")) {
        (Some("null"), site) => site == Some("same-origin"),
        (Some(origin), _) => {
            normalise_origin(origin).is_some_and(|o| Some(o) == normalise_origin(portal))
        }
        (None, site) => !matches!(site, Some("cross-site" | "same-site")),
    }
}

/// `scheme://host:port` in lower case with the scheme's default port made
/// explicit, or `None` when it is not an origin.
pub fn normalise_origin(origin: &str) -> Option<String> {
    let origin = origin.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, rest) = origin.split_once("://")?;
    let default = match scheme {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    if rest.is_empty() || rest.contains(['/', '?', '#', '@']) {
        return None;
    }
    // `[::1]:8180`, `host:8180`, `host`.
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !p.is_empty() && !p.contains(']') => (h, p.parse::<u16>().ok()?),
        _ => (rest, default),
    };
    Some(format!("{scheme}://{host}:{port}"))
}

/// The client's address, for rate limiting only (never stored): the peer;
/// when the peer is a trusted proxy, the right-most address across every
/// `X-Forwarded-For` line that is not a trusted proxy (addresses to its
/// left could be forged by the client). An entry that is not an address
/// stops the walk: the last trusted hop's view is kept.
pub(crate) fn client_ip(request: &Request, trusted: &[crate::limits::Network]) -> IpAddr {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip());
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let hops: Vec<&str> = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else {
            break;
        };
        client = ip;
        if !is_trusted(ip) {
            break;
        }
    }
    client
}

/// An RFC 9457 problem.
#[derive(Serialize)]
struct Problem<'a> {
    #[serde(rename = "type")]
    kind: String,
    title: &'a str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<ProblemField>,
}

/// One invalid field of a problem.
#[derive(Serialize)]
struct ProblemField {
    pointer: String,
    code: &'static str,
    detail: String,
}

fn problem(
    status: StatusCode,
    kind: &str,
    title: &str,
    detail: Option<&str>,
    errors: &[(FieldError, String)],
) -> Response {
    let body = Problem {
        kind: format!("/problems/{kind}"),
        title,
        status: status.as_u16(),
        detail,
        errors: errors
            .iter()
            .map(|(e, detail)| ProblemField {
                pointer: e.field.pointer(),
                code: e.code.as_str(),
                detail: detail.clone(),
            })
            .collect(),
    };
    let mut response = (status, serde_json::to_string(&body).unwrap_or_default()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

async fn not_found() -> Response {
    problem(
        StatusCode::NOT_FOUND,
        "not-found",
        "Not found",
        Some("See /openapi.json for the API."),
        &[],
    )
}

/// The successful answer to a submission.
#[derive(Debug, Serialize, Deserialize)]
pub struct Receipt {
    /// Short reference for correspondence.
    pub reference: String,
    /// The follow-up code: shown once, never stored.
    pub follow_up_code: String,
    /// RFC 3339.
    pub received_at: String,
    /// RFC 3339: the indicative due date by the kind's rule.
    pub due_at: String,
    /// The rule behind `due_at`: `Regulation (EU) No 1024/2012, Article
    /// 19(1)` (correction, deletion: 30 days) or `Regulation (EU) 2016/679,
    /// Article 12(3)` (access, contesting blocked data: one month).
    pub due_basis: String,
    /// `received`.
    pub status: String,
}

enum Body {
    Json,
    Form { lang: String },
}

async fn submit(
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
                Body::Form { lang } => html_response(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    html::form_with_errors(
                        &app.strings,
                        &lang,
                        &app.config.portal_origin,
                        &raw,
                        &errors,
                    ),
                ),
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
            kind: request.kind.as_str().to_string(),
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
        status: "received".into(),
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

fn html_response(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
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

/// A status lookup: the follow-up code travels in the body, never in a URL.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusQuery {
    code: String,
    #[serde(default)]
    lang: Option<String>,
}

/// The answer to a status lookup.
#[derive(Debug, Serialize, Deserialize)]
pub struct StatusAnswer {
    /// Reference.
    pub reference: String,
    /// Kind of request.
    pub kind: String,
    /// Current status.
    pub status: String,
    /// RFC 3339.
    pub received_at: String,
    /// RFC 3339: the indicative due date.
    pub due_at: String,
    /// The rule behind `due_at` (see [`Receipt::due_basis`]).
    pub due_basis: String,
}

async fn status(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
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
                kind: record.kind.clone(),
                status: record.status.clone(),
                received_at: time::rfc3339(record.received_at),
                due_at: time::rfc3339(record.due_at),
                due_basis: request_model::Deadline::of_kind(&record.kind)
                    .citation()
                    .to_string(),
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

async fn ready(State(app): State<Arc<App>>) -> Response {
    if app.store.ready().await {
        "ready\n".into_response()
    } else {
        problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "The store does not answer",
            None,
            &[],
        )
    }
}

/// Prometheus text format; counts only.
async fn metrics(State(app): State<Arc<App>>) -> Response {
    let m = &app.metrics;
    let mut text = String::new();
    for (name, value) in [
        (
            "intake_submissions_accepted_total",
            m.accepted.load(Ordering::Relaxed),
        ),
        (
            "intake_submissions_invalid_total",
            m.invalid.load(Ordering::Relaxed),
        ),
        (
            "intake_rate_limited_total",
            m.limited.load(Ordering::Relaxed),
        ),
        (
            "intake_store_failures_total",
            m.store_failures.load(Ordering::Relaxed),
        ),
        (
            "intake_status_lookups_total",
            m.lookups.load(Ordering::Relaxed),
        ),
        (
            "intake_status_lookups_failed_total",
            m.failed_lookups.load(Ordering::Relaxed),
        ),
    ] {
        text.push_str(&format!("# TYPE {name} counter\n{name} {value}\n"));
    }
    text.push_str(&format!(
        "# TYPE intake_writer_ok gauge\nintake_writer_ok {}\n",
        u8::from(app.store.writer_ok())
    ));
    if let Ok(counts) = app.store.counts(time::now()).await {
        text.push_str("# TYPE intake_requests gauge\n");
        for (status, n) in counts {
            text.push_str(&format!("intake_requests{{status=\"{status}\"}} {n}\n"));
        }
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response()
}

/// Field order for messages.
pub fn field_label_key(field: Field) -> String {
    format!("request-field-{}", field.name())
}
