//! The OpenAPI 3.1 description of the API, built from the request model's
//! own constants (fields, kinds, states, languages, limits, error codes), so
//! the document cannot drift from what the service accepts.

use axum::Json;
use request_model::{ErrorCode, LANGUAGES, RequestKind, STATES, UNKNOWN_STATE, limits};
use serde_json::{Value, json};

/// The inside of a regular-expression character class holding `ranges`:
/// `\uXXXX` escapes in the Basic Multilingual Plane, the characters
/// themselves above it (an escape there would be read as two surrogates by
/// a regex engine without Unicode mode).
fn character_class(ranges: &[(u32, u32)]) -> String {
    let one = |c: u32| match char::from_u32(c) {
        Some(ch) if c > 0xFFFF => ch.to_string(),
        _ => format!("\\u{c:04x}"),
    };
    ranges
        .iter()
        .map(|&(a, b)| {
            if a == b {
                one(a)
            } else {
                format!("{}-{}", one(a), one(b))
            }
        })
        .collect()
}

/// The document.
pub(crate) fn document() -> Value {
    let kinds: Vec<&str> = RequestKind::ALL.iter().map(|k| k.as_str()).collect();
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let statuses: Vec<&str> = request_model::Status::ALL
        .iter()
        .map(|s| s.as_str())
        .collect();
    // The characters a field refuses (controls, format characters, line and
    // paragraph separators, the replacement character), from the table the
    // service's checks use; the multi-line fields also take line feeds and
    // tabs.
    let refused_one_line = character_class(&request_model::refused_characters(false));
    let refused_multi_line = character_class(&request_model::refused_characters(true));
    // A required field needs one visible character: white space and
    // invisible characters alone count as empty. An optional field may be
    // blank (it then counts as not given).
    let field = |max: usize, required: bool, multi_line: bool| {
        let refused = if multi_line {
            &refused_multi_line
        } else {
            &refused_one_line
        };
        let pattern = if required {
            format!("^[^{refused}]*[^\\s{refused}][^{refused}]*$")
        } else {
            format!("^[^{refused}]*$")
        };
        let mut schema = json!({ "type": "string", "maxLength": max, "pattern": pattern });
        if required {
            schema["minLength"] = json!(1);
        }
        schema
    };
    // A date, or blank for "not given".
    // Years from 1900 on; a date in the future, or an end before the start,
    // is refused too (rules a schema cannot state).
    let date = json!({ "anyOf": [
        { "type": "string", "format": "date", "pattern": "^(19|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$" },
        { "const": "" }
    ] });
    // In JSON an optional field may also be null: "not given", as when absent.
    let or_null = |schema: Value| json!({ "anyOf": [schema, { "type": "null" }] });
    let problem = json!({ "$ref": "#/components/schemas/Problem" });
    let lang = json!({ "type": "string", "description": "The language of the answer page: one of the 24 codes; anything else means English." });
    // Either "I do not know" alone, or one or more states.
    let state_list = json!({ "oneOf": [
        { "type": "array", "const": [UNKNOWN_STATE] },
        { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": STATES } }
    ] });
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
    let request = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["kind", "name", "email", "states", "description", "reply_language", "declaration"],
        "properties": {
            "kind": { "enum": kinds },
            "name": field(limits::NAME, true, false),
            "email": { "type": "string", "format": "email", "maxLength": limits::EMAIL },
            "postal_address": or_null(field(limits::POSTAL_ADDRESS, false, true)),
            "states": state_list,
            "authority": or_null(field(limits::AUTHORITY, false, false)),
            "imi_reference": or_null(field(limits::IMI_REFERENCE, false, false)),
            "period_from": or_null(date.clone()),
            "period_to": or_null(date.clone()),
            "description": field(limits::DESCRIPTION, true, true),
            "reply_language": { "enum": LANGUAGES },
            "declaration": { "const": true }
        }
    });
    // The plain form posts the same fields, with the checkbox's value and
    // the answer page's language; other fields (the button's) are ignored.
    let mut form_request = request.clone();
    form_request["description"] = json!(
        "The plain HTML form's post: the fields of Request, the declaration as the checkbox's value `yes`, `states` repeated, and `lang` for the language of the answer page. Other fields (the submit button's) are ignored."
    );
    if let Some(object) = form_request.as_object_mut() {
        object.remove("additionalProperties");
    }
    form_request["properties"]["declaration"] = json!({ "const": "yes" });
    // A form has no null: an optional field is left blank or left out.
    form_request["properties"]["postal_address"] = field(limits::POSTAL_ADDRESS, false, true);
    form_request["properties"]["authority"] = field(limits::AUTHORITY, false, false);
    form_request["properties"]["imi_reference"] = field(limits::IMI_REFERENCE, false, false);
    form_request["properties"]["period_from"] = date.clone();
    form_request["properties"]["period_to"] = date;
    form_request["properties"]["lang"] = lang.clone();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "IMI intake service",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Receives data subjects' requests under Article 19 of Regulation (EU) No 1024/2012, seals their personal fields with age to the handling authorities' keys, stores them durably and tracks the deadline of each kind of request. Separate from IMI (Article 12). The metrics are on a separate loopback listener, not here."
        },
        "paths": {
            "/v1/requests": {
                "post": {
                    "operationId": "submitRequest",
                    "summary": "Submit a request",
                    "requestBody": { "required": true, "content": {
                        "application/json": { "schema": { "$ref": "#/components/schemas/Request" } },
                        "application/x-www-form-urlencoded": { "schema": { "$ref": "#/components/schemas/FormRequest" } }
                    }},
                    "responses": {
                        "201": { "description": "Stored durably. The follow-up code is shown once.", "content": {
                            "application/json": { "schema": { "$ref": "#/components/schemas/Receipt" } },
                            "text/html": {}
                        }, "links": { "StatusOfThisRequest": {
                            "operationId": "lookUpStatus",
                            "description": "The receipt's follow-up code looks up the request's status.",
                            "requestBody": { "code": "$response.body#/follow_up_code" }
                        }}},
    "400": { "description": "Malformed body", "content": { "application/problem+json": { "schema": problem } } },
                        "403": { "description": "Not sent from the portal", "content": { "application/problem+json": { "schema": problem } } },
                        "405": { "description": "Only POST is allowed" },
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
                    "operationId": "lookUpStatus",
                    "summary": "Look up a request's status with its follow-up code (in the body, never in a URL)",
                    "requestBody": { "required": true, "content": {
                        "application/json": { "schema": { "type": "object", "required": ["code"], "additionalProperties": false,
                            "properties": { "code": { "type": "string", "minLength": 1, "maxLength": 200 }, "lang": lang } } },
                        "application/x-www-form-urlencoded": { "schema": { "type": "object", "required": ["code"], "additionalProperties": false,
                            "properties": { "code": { "type": "string", "minLength": 1, "maxLength": 200 }, "lang": lang } } }
                    }},
                    "responses": {
                        "200": { "description": "The status", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Status" } }, "text/html": {} } },
                        "400": { "description": "Malformed body", "content": { "application/problem+json": { "schema": problem } } },
                        "403": { "description": "Not sent from the portal", "content": { "application/problem+json": { "schema": problem } } },
                        "405": { "description": "Only POST is allowed" },
                        "413": { "description": "Body too large", "content": { "application/problem+json": { "schema": problem } } },
                        "415": { "description": "Unsupported media type", "content": { "application/problem+json": { "schema": problem } } },
                        "404": { "description": "No request matches the code", "content": { "application/problem+json": { "schema": problem }, "text/html": {} } },
                        "429": { "description": "Rate limited", "content": { "application/problem+json": { "schema": problem } } },
                        "503": { "description": "The store does not answer", "content": { "application/problem+json": { "schema": problem } } }
                    }
                }
            },
            "/healthz": { "get": { "summary": "Liveness", "responses": { "200": { "description": "ok" } } } },
            "/readyz": { "get": { "summary": "Readiness: the store answers", "responses": { "200": { "description": "ready" }, "503": { "description": "not ready" } } } },
            "/openapi.json": { "get": { "summary": "This document", "responses": { "200": { "description": "OpenAPI 3.1" } } } }
        },
        "components": { "schemas": {
            "Request": request,
            "FormRequest": form_request,
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
                    "status": { "enum": statuses },
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
