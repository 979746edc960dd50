//! What every request passes first: security headers, CORS for the
//! portal's origin, cross-site posts refused, a time limit, and the rate
//! limits, per client then for the instance.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::App;
use super::problem::problem;

/// How long a submission or lookup may take before the client is told to
/// try again.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

/// Security headers, CORS for the portal's origin only, cross-site form
/// posts refused, and the rate limits, for every request.
pub(super) async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
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
