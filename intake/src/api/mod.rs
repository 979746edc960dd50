//! The HTTP API: submissions (JSON from the WASM form, form-urlencoded from
//! the plain HTML form), status lookups, health, readiness and metrics.
//!
//! Errors are RFC 9457 problem+json with a JSON pointer per invalid field,
//! or, for a form post, an HTML page with an error summary and the entered
//! values kept. Personal data never reach a log.

mod guard;
mod problem;
mod status;
mod submit;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::config::Config;
use crate::html::Strings;
use crate::store::Store;

pub use guard::normalise_origin;
pub use request_model::{Receipt, StatusAnswer};
pub use submit::decode_form;

use problem::problem;

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
        // Default meant: `Config::check` refuses a configuration whose
        // trusted proxies do not parse before the service starts.
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
        .route("/v1/requests", post(submit::submit))
        .route("/v1/status", post(status::status))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .route("/openapi.json", get(crate::openapi::serve))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(app.clone(), guard::guard))
        .layer(DefaultBodyLimit::max(body_limit))
        .with_state(app)
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
    if let Ok(counts) = app.store.counts(crate::time::now()).await {
        text.push_str("# TYPE intake_requests gauge\n");
        for (status, n) in counts {
            text.push_str(&format!("intake_requests{{status=\"{status}\"}} {n}\n"));
        }
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response()
}
