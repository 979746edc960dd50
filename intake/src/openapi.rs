//! The OpenAPI 3.1 description of the API, built from the request model's
//! own constants (fields, kinds, states, languages, limits, error codes), so
//! the document cannot drift from what the service accepts.

use axum::Json;
use request_model::{ErrorCode, LANGUAGES, RequestKind, STATES, UNKNOWN_STATE, limits};
use serde_json::{Value, json};

/// The document.
pub(crate) fn document() -> Value {
    let kinds: Vec<&str> = RequestKind::ALL.iter().map(|k| k.as_str()).collect();
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let states: Vec<&str> = STATES.iter().copied().chain([UNKNOWN_STATE]).collect();
    let text = |max: usize| json!({ "type": "string", "maxLength": max });
    let date = json!({ "type": "string", "format": "date" });
    let problem = json!({ "$ref": "#/components/schemas/Problem" });
    let bases: Vec<&str> = [
        request_model::Deadline::Article19,
        request_model::Deadline::NationalLawGdpr,
    ]
    .iter()
    .map(|d| d.citation())
    .collect();
    let due_at = json!({
        "type": "string",
        "format": "date-time",
        "description": "Indicative due date of the answer, by the rule in due_basis: 30 days after receipt for correction and deletion; one month for access and contesting blocked data. Time runs from receipt by the IMI actor responsible, and national law may differ."
    });
    let due_basis = json!({
        "enum": bases,
        "description": "The rule behind due_at: Article 19(1) of Regulation (EU) No 1024/2012 (correction, deletion), or Article 12(3) of Regulation (EU) 2016/679 (access, contesting blocked data; national law applies)."
    });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "IMI intake service",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Receives data subjects' requests under Article 19 of Regulation (EU) No 1024/2012, seals their personal fields with age to the handling authorities' keys, stores them durably and tracks the 30-day deadline. Separate from IMI (Article 12)."
        },
        "paths": {
            "/v1/requests": {
                "post": {
                    "summary": "Submit a request",
                    "requestBody": { "required": true, "content": {
                        "application/json": { "schema": { "$ref": "#/components/schemas/Request" } },
                        "application/x-www-form-urlencoded": { "schema": { "$ref": "#/components/schemas/Request" } }
                    }},
                    "responses": {
                        "201": { "description": "Stored durably. The follow-up code is shown once.", "content": {
                            "application/json": { "schema": { "$ref": "#/components/schemas/Receipt" } },
                            "text/html": {}
                        }},
                        "400": { "description": "Malformed body", "content": { "application/problem+json": { "schema": problem } } },
                        "403": { "description": "Not sent from the portal", "content": { "application/problem+json": { "schema": problem } } },
                        "413": { "description": "Body too large", "content": { "application/problem+json": { "schema": problem } } },
                        "415": { "description": "Unsupported media type", "content": { "application/problem+json": { "schema": problem } } },
                        "422": { "description": "Invalid fields, one pointer each", "content": { "application/problem+json": { "schema": problem }, "text/html": {} } },
                        "429": { "description": "Rate limited", "content": { "application/problem+json": { "schema": problem } } },
                        "503": { "description": "Not stored; nothing was acknowledged", "content": { "application/problem+json": { "schema": problem } } }
                    }
                }
            },
            "/v1/status": {
                "post": {
                    "summary": "Look up a request's status with its follow-up code (in the body, never in a URL)",
                    "requestBody": { "required": true, "content": {
                        "application/json": { "schema": { "type": "object", "required": ["code"], "additionalProperties": false,
                            "properties": { "code": { "type": "string" }, "lang": { "enum": LANGUAGES } } } },
                        "application/x-www-form-urlencoded": { "schema": { "type": "object", "required": ["code"] } }
                    }},
                    "responses": {
                        "200": { "description": "The status", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Status" } }, "text/html": {} } },
                        "404": { "description": "No request matches the code", "content": { "application/problem+json": { "schema": problem }, "text/html": {} } },
                        "429": { "description": "Rate limited", "content": { "application/problem+json": { "schema": problem } } }
                    }
                }
            },
            "/healthz": { "get": { "summary": "Liveness", "responses": { "200": { "description": "ok" } } } },
            "/readyz": { "get": { "summary": "Readiness: the store answers", "responses": { "200": { "description": "ready" }, "503": { "description": "not ready" } } } },
            "/metrics": { "get": { "summary": "Counts in the Prometheus text format, without personal data", "responses": { "200": { "description": "metrics" } } } }
        },
        "components": { "schemas": {
            "Request": {
                "type": "object",
                "additionalProperties": false,
                "required": ["kind", "name", "email", "states", "description", "reply_language", "declaration"],
                "properties": {
                    "kind": { "enum": kinds },
                    "name": text(limits::NAME),
                    "email": { "type": "string", "format": "email", "maxLength": limits::EMAIL },
                    "postal_address": text(limits::POSTAL_ADDRESS),
                    "states": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": states } },
                    "authority": text(limits::AUTHORITY),
                    "imi_reference": text(limits::IMI_REFERENCE),
                    "period_from": date,
                    "period_to": date,
                    "description": text(limits::DESCRIPTION),
                    "reply_language": { "enum": LANGUAGES },
                    "declaration": { "const": true }
                }
            },
            "Receipt": {
                "type": "object",
                "required": ["reference", "follow_up_code", "received_at", "due_at", "due_basis", "status"],
                "properties": {
                    "reference": { "type": "string", "pattern": "^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$" },
                    "follow_up_code": { "type": "string" },
                    "received_at": { "type": "string", "format": "date-time" },
                    "due_at": due_at,
                    "due_basis": due_basis,
                    "status": { "const": "received" }
                }
            },
            "Status": {
                "type": "object",
                "required": ["reference", "kind", "status", "received_at", "due_at", "due_basis"],
                "properties": {
                    "reference": { "type": "string" },
                    "kind": { "enum": kinds },
                    "status": { "enum": crate::store::STATUSES },
                    "received_at": { "type": "string", "format": "date-time" },
                    "due_at": due_at,
                    "due_basis": due_basis
                }
            },
            "Problem": {
                "type": "object",
                "description": "RFC 9457",
                "properties": {
                    "type": { "type": "string" },
                    "title": { "type": "string" },
                    "status": { "type": "integer" },
                    "detail": { "type": "string" },
                    "errors": { "type": "array", "items": { "type": "object", "properties": {
                        "pointer": { "type": "string", "description": "RFC 6901 pointer to the field" },
                        "code": { "enum": codes },
                        "detail": { "type": "string" }
                    }}}
                }
            }
        }}
    })
}

/// `GET /openapi.json`.
pub(crate) async fn serve() -> Json<Value> {
    Json(document())
}
