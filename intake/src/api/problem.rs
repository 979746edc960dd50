//! Error answers: RFC 9457 problems for JSON clients, HTML pages for form
//! posts.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use request_model::{FieldError, Problem, ProblemField};

/// An RFC 9457 problem as `application/problem+json`: each invalid field
/// with its JSON pointer, stable code and message.
pub(super) fn problem(
    status: StatusCode,
    kind: &str,
    title: &str,
    detail: Option<&str>,
    errors: &[(FieldError, String)],
) -> Response {
    let body = Problem {
        kind: format!("/problems/{kind}"),
        title: title.to_string(),
        status: status.as_u16(),
        detail: detail.map(str::to_string),
        errors: errors
            .iter()
            .map(|(e, detail)| ProblemField {
                pointer: e.field.pointer(),
                code: e.code.as_str().to_string(),
                detail: detail.clone(),
            })
            .collect(),
    };
    // A problem always serialises (strings and numbers only); were it ever
    // not to, the status alone still tells the client what happened.
    let text = serde_json::to_string(&body).unwrap_or_else(|_| "{}".into());
    let mut response = (status, text).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

pub(super) fn html_response(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}
