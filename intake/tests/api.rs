//! Every endpoint, in process, without a socket (`oneshot`).

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{form, json, send, setup};
use request_model::Status;
use tower::ServiceExt;

#[tokio::test]
async fn a_json_submission_is_sealed_stored_and_can_be_followed_up() {
    let s = setup("").await;
    let (status, headers, body) = send(&s.app, json("/v1/requests", &common::valid_json())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(headers["access-control-allow-origin"], common::PORTAL);
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert!(
        headers["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    let receipt: intake::api::Receipt = serde_json::from_str(&body).unwrap();
    assert_eq!(receipt.status, Status::Received);
    assert!(receipt.follow_up_code.starts_with(&receipt.reference));
    assert_eq!(receipt.follow_up_code.len(), 11 + 1 + 26 + 6);

    // Only metadata is in clear; the sealed payload opens with Ireland's key
    // and not with the central one.
    let record = s.app.store.get(&receipt.reference).await.unwrap().unwrap();
    assert_eq!(record.states, ["IE"]);
    // An access request: one month (Article 12(3) of the GDPR), not 30 days.
    assert_eq!(
        record.due_at,
        intake::store::due_at(request_model::RequestKind::Access, record.received_at)
    );
    assert!(record.due_at - record.received_at >= 28 * 86_400);
    assert_eq!(receipt.due_basis, "Regulation (EU) 2016/679, Article 12(3)");
    let sealed = record.sealed.unwrap();
    assert!(!sealed.contains("Máire"));
    let opened = handler::open(&sealed, std::slice::from_ref(&s.keys.ie)).unwrap();
    let request: request_model::Request = serde_json::from_slice(&opened).unwrap();
    assert_eq!(request.name, "Máire Ní Bhriain");
    assert!(handler::open(&sealed, std::slice::from_ref(&s.keys.central)).is_err());
    assert_ne!(record.followup_hash, receipt.follow_up_code);

    let (status, _, body) = send(
        &s.app,
        json(
            "/v1/status",
            &serde_json::json!({ "code": receipt.follow_up_code.to_lowercase() }),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let answer: intake::api::StatusAnswer = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (answer.status.as_str(), answer.due_at.as_str()),
        ("received", receipt.due_at.as_str())
    );
    assert_eq!(answer.due_basis, receipt.due_basis);
}

#[tokio::test]
async fn a_correction_is_due_30_days_after_receipt() {
    let s = setup("").await;
    let mut body = common::valid_json();
    body["kind"] = serde_json::json!("correction");
    let (status, _, text) = send(&s.app, json("/v1/requests", &body)).await;
    assert_eq!(status, StatusCode::CREATED, "{text}");
    let receipt: intake::api::Receipt = serde_json::from_str(&text).unwrap();
    assert_eq!(
        receipt.due_basis,
        "Regulation (EU) No 1024/2012, Article 19(1)"
    );
    let record = s.app.store.get(&receipt.reference).await.unwrap().unwrap();
    assert_eq!(record.due_at - record.received_at, 30 * 86_400);
}

/// Keys exist for IE and the central handler only (see `common`): a state
/// without keys goes to the central handler, and is listed there.
#[tokio::test]
async fn requests_are_listed_for_the_handlers_they_are_sealed_to() {
    let s = setup("").await;
    let mut references = Vec::new();
    for states in [
        serde_json::json!(["IE"]),
        serde_json::json!(["FR"]),
        serde_json::json!(["unknown"]),
        serde_json::json!(["FR", "IE"]),
    ] {
        let mut body = common::valid_json();
        body["kind"] = serde_json::json!("deletion");
        body["states"] = states;
        let (status, _, text) = send(&s.app, json("/v1/requests", &body)).await;
        assert_eq!(status, StatusCode::CREATED, "{text}");
        let receipt: intake::api::Receipt = serde_json::from_str(&text).unwrap();
        references.push(receipt.reference);
    }
    let listed = |handler: &'static str| {
        let store = s.app.store.clone();
        async move {
            let mut refs: Vec<String> = store
                .for_handler(handler)
                .await
                .unwrap()
                .into_iter()
                .map(|r| r.reference)
                .collect();
            refs.sort();
            refs
        }
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let [ie, fr, unknown, both] = [0, 1, 2, 3].map(|i| references[i].clone());
    assert_eq!(listed("IE").await, sorted(vec![ie.clone(), both.clone()]));
    assert_eq!(
        listed("unknown").await,
        sorted(vec![fr.clone(), unknown.clone(), both.clone()])
    );
    assert!(
        listed("FR").await.is_empty(),
        "FR has no keys: nobody there can open it"
    );
    let record = |r: String| {
        let store = s.app.store.clone();
        async move { store.get(&r).await.unwrap().unwrap() }
    };
    let fr = record(fr).await;
    assert_eq!(fr.handlers, ["unknown"]);
    let sealed = fr.sealed.unwrap();
    assert!(handler::open(&sealed, std::slice::from_ref(&s.keys.central)).is_ok());
    assert!(handler::open(&sealed, std::slice::from_ref(&s.keys.ie)).is_err());
    let both = record(both).await;
    assert_eq!(both.handlers, ["IE", "unknown"]);
    let sealed = both.sealed.unwrap();
    assert!(handler::open(&sealed, std::slice::from_ref(&s.keys.central)).is_ok());
    assert!(handler::open(&sealed, std::slice::from_ref(&s.keys.ie)).is_ok());
}

#[tokio::test]
async fn requests_naming_no_state_go_to_the_central_handler() {
    let s = setup("").await;
    let mut body = common::valid_json();
    body["states"] = serde_json::json!(["unknown"]);
    let (status, _, text) = send(&s.app, json("/v1/requests", &body)).await;
    assert_eq!(status, StatusCode::CREATED, "{text}");
    let receipt: intake::api::Receipt = serde_json::from_str(&text).unwrap();
    let sealed = s
        .app
        .store
        .get(&receipt.reference)
        .await
        .unwrap()
        .unwrap()
        .sealed
        .unwrap();
    assert!(handler::open(&sealed, std::slice::from_ref(&s.keys.central)).is_ok());
    assert_eq!(s.app.store.for_handler("unknown").await.unwrap().len(), 1);
    assert!(s.app.store.for_handler("IE").await.unwrap().is_empty());
}

/// Requests stored before the handlers were recorded are routed with the
/// configuration that sealed them.
#[tokio::test]
async fn requests_stored_before_routing_are_routed_on_start() {
    let s = setup("").await;
    let mut body = common::valid_json();
    body["states"] = serde_json::json!(["FR"]);
    let (_, _, text) = send(&s.app, json("/v1/requests", &body)).await;
    let receipt: intake::api::Receipt = serde_json::from_str(&text).unwrap();
    {
        use sqlx::Connection;
        let mut conn = sqlx::AnyConnection::connect(&s.app.config.database)
            .await
            .unwrap();
        sqlx::query("UPDATE requests SET handlers = NULL")
            .execute(&mut conn)
            .await
            .unwrap();
    }
    assert!(s.app.store.for_handler("unknown").await.unwrap().is_empty());
    let config = s.app.config.clone();
    let routed = s
        .app
        .store
        .route_unrouted(|states| config.handlers_for(states))
        .await
        .unwrap();
    assert_eq!(routed, 1);
    let listed = s.app.store.for_handler("unknown").await.unwrap();
    assert_eq!(listed[0].reference, receipt.reference);
}

#[tokio::test]
async fn invalid_fields_are_problems_with_a_pointer_each() {
    let s = setup("").await;
    let mut body = common::valid_json();
    body["email"] = "not-an-address".into();
    body["states"] = serde_json::json!(["XX"]);
    body.as_object_mut().unwrap().remove("declaration");
    let (status, headers, text) = send(&s.app, json("/v1/requests", &body)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(headers["content-type"], "application/problem+json");
    let problem: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(problem["status"], 422);
    let pointers: Vec<(&str, &str)> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["pointer"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        pointers,
        [
            ("/email", "invalid-email"),
            ("/states", "invalid-state"),
            ("/declaration", "declaration-required")
        ]
    );
}

#[tokio::test]
async fn malformed_and_unsupported_bodies_are_clear_errors() {
    let s = setup("body_limit = 2048").await;
    let bad = Request::post("/v1/requests")
        .header("content-type", "application/json")
        .body(Body::from("{\"kind\":"))
        .unwrap();
    let (status, headers, _) = send(&s.app, bad).await;
    assert_eq!(
        (status, headers["content-type"].to_str().unwrap()),
        (StatusCode::BAD_REQUEST, "application/problem+json")
    );
    let unknown = Request::post("/v1/requests")
        .header("content-type", "application/json")
        .body(Body::from("{\"nmae\":\"x\"}"))
        .unwrap();
    assert_eq!(send(&s.app, unknown).await.0, StatusCode::BAD_REQUEST);
    // The detail says where and what, never echoing what was sent.
    let wrong = Request::post("/v1/requests")
        .header("content-type", "application/json")
        .body(Body::from("{\"declaration\":\"Máire Secret\"}"))
        .unwrap();
    let (status, _, body) = send(&s.app, wrong).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(!body.contains("Secret"), "{body}");
    assert!(body.contains("wrong type"), "{body}");
    let xml = Request::post("/v1/requests")
        .header("content-type", "text/xml")
        .body(Body::from("<a/>"))
        .unwrap();
    assert_eq!(
        send(&s.app, xml).await.0,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    let mut big = common::valid_json();
    big["description"] = "x".repeat(4000).into();
    let (status, headers, _) = send(&s.app, json("/v1/requests", &big)).await;
    assert_eq!(
        (status, headers["content-type"].to_str().unwrap()),
        (StatusCode::PAYLOAD_TOO_LARGE, "application/problem+json")
    );
    assert_eq!(
        send(&s.app, Request::get("/nope").body(Body::empty()).unwrap())
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_plain_form_gets_html_in_the_requesters_language() {
    let s = setup("").await;
    let body = "lang=ga&kind=deletion&name=M%C3%A1ire&email=maire%40example.ie&states=IE&description=Scrios&reply_language=ga&declaration=yes&send=";
    let (status, headers, html) = send(&s.app, form("/v1/requests", body, "same-site")).await;
    assert_eq!(status, StatusCode::CREATED, "{html}");
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert!(html.contains("<html lang=\"ga\">"));
    assert!(html.contains("<code>"), "the follow-up code is shown");

    // Errors: the form again, summary linking to each field, values kept.
    let body = "lang=ga&kind=deletion&name=%3Cb%3EM%C3%A1ire&email=nope&states=IE&description=&reply_language=ga";
    let (status, _, html) = send(&s.app, form("/v1/requests", body, "same-site")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("<a href=\"#email\">"), "{html}");
    assert!(html.contains("<a href=\"#description\">"));
    assert!(html.contains("<a href=\"#declaration\">"));
    assert!(
        html.contains("value=\"&lt;b&gt;Máire\""),
        "values kept, escaped"
    );
    assert!(html.contains("aria-describedby=\"email-hint email-error\""));
    assert!(html.contains("value=\"deletion\" aria-describedby=\"kind-deletion-hint\" checked"));
}

#[tokio::test]
async fn the_receipt_names_the_rule_of_the_time_limit_for_its_kind() {
    let s = setup("").await;
    let post = |kind: &str| {
        form(
            "/v1/requests",
            &format!(
                "lang=en&kind={kind}&name=Ada&email=ada%40example.ie&states=IE&description=Mine&reply_language=en&declaration=yes&send="
            ),
            "same-site",
        )
    };
    let (status, _, html) = send(&s.app, post("correction")).await;
    assert_eq!(status, StatusCode::CREATED, "{html}");
    assert!(html.contains("at the latest 30 days after the IMI actor responsible receives the request (Article 19(1) of Regulation (EU) No 1024/2012)"), "{html}");
    assert!(!html.contains("Article 12(3)"), "{html}");
    assert!(html.contains("only indicative"), "{html}");
    let (status, _, html) = send(&s.app, post("access")).await;
    assert_eq!(status, StatusCode::CREATED, "{html}");
    assert!(html.contains("under national law"), "{html}");
    assert!(
        html.contains("(Article 12(3) of Regulation (EU) 2016/679)"),
        "{html}"
    );
    assert!(!html.contains("at the latest 30 days"), "{html}");
    assert!(!html.contains("in the language you chose"), "{html}");
}

/// The answer to a form post with mistakes is the portal's own form
/// (`theme/templates/partials/request-form.html`): hints, limits, the EU and
/// EEA groups, each mistake tied to its field, and what was entered kept.
#[tokio::test]
async fn the_form_with_errors_is_the_portals_form_with_the_values_kept() {
    let s = setup("per_client_per_minute = 100").await;
    let body = "lang=ga&kind=deletion&name=&email=not-an-address&states=IE&states=IS&description=Mo+shonra%C3%AD&reply_language=fi&authority=%3Cb%3E";
    let (status, _, html) = send(&s.app, form("/v1/requests", body, "same-origin")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
    for expected in [
        "<html lang=\"ga\">",
        "<a href=\"#email\">",
        "id=\"email-hint\"",
        "aria-describedby=\"email-hint email-error\" aria-invalid=\"true\" value=\"not-an-address\"",
        "<p class=\"error\" id=\"email-error\">",
        "maxlength=\"200\"",
        "Ballstáit AE",
        "id=\"kind-deletion\" name=\"kind\" value=\"deletion\" aria-describedby=\"kind-deletion-hint\" checked>",
        "id=\"state-IE\" name=\"states\" value=\"IE\" checked>",
        "id=\"state-IS\" name=\"states\" value=\"IS\" checked>",
        "<option value=\"fi\" lang=\"fi\" selected>",
        ">Mo shonraí</textarea>",
        "value=\"&lt;b&gt;\"",
        "<fieldset aria-describedby=\"declaration-error\">",
        "action=\"/v1/requests\"",
    ] {
        assert!(html.contains(expected), "missing {expected:?} in\n{html}");
    }
    assert!(!html.contains("<b>"), "values are escaped");
    // Every language has its form.
    for lang in request_model::LANGUAGES {
        let (status, _, html) = send(
            &s.app,
            form("/v1/requests", &format!("lang={lang}"), "same-origin"),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html.contains(&format!("<html lang=\"{lang}\">")));
        assert!(html.contains("id=\"request-form\""), "{lang}");
        assert!(html.contains("id=\"kind\"") && html.contains("id=\"states\""));
    }
}

#[tokio::test]
async fn posts_from_other_sites_and_other_origins_are_refused() {
    let s = setup("").await;
    let body = "kind=access";
    assert_eq!(
        send(&s.app, form("/v1/requests", body, "cross-site"))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let evil = Request::post("/v1/requests")
        .header("content-type", "application/json")
        .header("origin", "https://evil.example")
        .body(Body::from(common::valid_json().to_string()))
        .unwrap();
    assert_eq!(send(&s.app, evil).await.0, StatusCode::FORBIDDEN);
    let preflight = Request::options("/v1/requests")
        .header("origin", common::PORTAL)
        .body(Body::empty())
        .unwrap();
    let (status, headers, _) = send(&s.app, preflight).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(headers["access-control-allow-origin"], common::PORTAL);
    let other = Request::options("/v1/requests")
        .header("origin", "https://evil.example")
        .body(Body::empty())
        .unwrap();
    let (status, headers, _) = send(&s.app, other).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(!headers.contains_key("access-control-allow-origin"));
}

#[tokio::test]
async fn origins_each_case() {
    let s = setup("per_client_per_minute = 1000").await;
    let body = "lang=en&kind=access&name=Ada&email=ada%40example.ie&states=IE&description=Mine&reply_language=en&declaration=yes";
    let post = |origin: Option<&str>, site: Option<&str>| {
        let mut r = Request::post("/v1/requests")
            .header("content-type", "application/x-www-form-urlencoded");
        if let Some(o) = origin {
            r = r.header("origin", o);
        }
        if let Some(s) = site {
            r = r.header("sec-fetch-site", s);
        }
        r.body(Body::from(body)).unwrap()
    };
    let cases: [(Option<&str>, Option<&str>, StatusCode); 9] = [
        // The portal, on the same site or on another one.
        (Some(common::PORTAL), Some("same-site"), StatusCode::CREATED),
        (
            Some(common::PORTAL),
            Some("cross-site"),
            StatusCode::CREATED,
        ),
        (Some("HTTP://127.0.0.1:1111/"), None, StatusCode::CREATED),
        // No Origin: old browsers and curl.
        (None, None, StatusCode::CREATED),
        // `null`: only the intake's own pages.
        (Some("null"), Some("same-origin"), StatusCode::CREATED),
        (Some("null"), Some("same-site"), StatusCode::FORBIDDEN),
        (Some("null"), None, StatusCode::FORBIDDEN),
        // Anyone else.
        (
            Some("http://127.0.0.1:1112"),
            Some("same-site"),
            StatusCode::FORBIDDEN,
        ),
        (None, Some("cross-site"), StatusCode::FORBIDDEN),
    ];
    for (origin, site, expected) in cases {
        let (status, _, text) = send(&s.app, post(origin, site)).await;
        assert_eq!(status, expected, "{origin:?} {site:?}: {text}");
    }
}

#[test]
fn origins_are_compared_normalised() {
    use intake::api::normalise_origin as n;
    assert_eq!(
        n("https://Portal.example.eu"),
        n("https://portal.example.eu:443/")
    );
    assert_eq!(n("http://127.0.0.1"), Some("http://127.0.0.1:80".into()));
    assert_eq!(n("http://[::1]:8180"), Some("http://[::1]:8180".into()));
    assert_ne!(
        n("https://portal.example.eu"),
        n("http://portal.example.eu")
    );
    assert_eq!(n("https://portal.example.eu/path"), None);
    assert_eq!(n("ftp://portal.example.eu"), None);
    assert_eq!(n("null"), None);
}

#[tokio::test]
async fn failed_lookups_are_capped() {
    let s = setup("max_failed_lookups = 3").await;
    let (_, _, body) = send(&s.app, json("/v1/requests", &common::valid_json())).await;
    let receipt: intake::api::Receipt = serde_json::from_str(&body).unwrap();
    let wrong = format!("{}-{}", receipt.reference, "0".repeat(26));
    for _ in 0..3 {
        let (status, _, _) = send(
            &s.app,
            json("/v1/status", &serde_json::json!({ "code": wrong })),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    // Locked: even the right code gets the same answer as a wrong one.
    let (status, _, body) = send(
        &s.app,
        json(
            "/v1/status",
            &serde_json::json!({ "code": receipt.follow_up_code }),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (status, _, _) = send(
        &s.app,
        json("/v1/status", &serde_json::json!({ "code": "garbage" })),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The lock is time-limited: a minute after the third failure, doubling.
    let record = s.app.store.get(&receipt.reference).await.unwrap().unwrap();
    let until = record.locked_until.unwrap();
    let now = intake::time::now();
    assert!(until > now && until <= now + 61, "{until} {now}");
    // An operator can lift it; the right code then works and clears the count.
    s.app
        .store
        .unlock(&receipt.reference, "op", now)
        .await
        .unwrap();
    let right = json(
        "/v1/status",
        &serde_json::json!({ "code": receipt.follow_up_code }),
    );
    assert_eq!(send(&s.app, right).await.0, StatusCode::OK);
    let record = s.app.store.get(&receipt.reference).await.unwrap().unwrap();
    assert_eq!((record.failed_lookups, record.locked_until), (0, None));
    // Further failures lock for longer each time.
    for _ in 0..4 {
        s.app
            .store
            .failed_lookup(&receipt.reference, now, 3)
            .await
            .unwrap();
    }
    let record = s.app.store.get(&receipt.reference).await.unwrap().unwrap();
    assert_eq!(
        record.locked_until,
        Some(now + 120),
        "the 4th failure: 2 minutes"
    );
}

#[tokio::test]
async fn the_report_counts_per_state_and_kind() {
    let s = setup("").await;
    let store = &s.app.store;
    let mut refs = Vec::new();
    for (kind, states) in [
        ("access", serde_json::json!(["IE"])),
        ("correction", serde_json::json!(["IE", "FR"])),
        ("correction", serde_json::json!(["IE"])),
    ] {
        let mut body = common::valid_json();
        body["kind"] = serde_json::json!(kind);
        body["states"] = states;
        let (_, _, text) = send(&s.app, json("/v1/requests", &body)).await;
        let receipt: intake::api::Receipt = serde_json::from_str(&text).unwrap();
        refs.push(receipt.reference);
    }
    let now = intake::time::now();
    for status in [Status::Acknowledged, Status::Answered] {
        store
            .set_status(&refs[1], status, None, "op", now)
            .await
            .unwrap();
    }
    // 40 days on: the access request (one month) and the open correction
    // (30 days) are overdue; the answered correction was in time.
    let report = intake::report(&store.all().await.unwrap(), now + 40 * 86_400);
    let line = |state: &str, kind: &str| {
        report
            .lines()
            .find(|l| l.starts_with(&format!("{state:<8} {kind:<16}")))
            .unwrap_or_else(|| panic!("{report}"))
            .split_whitespace()
            .skip(2)
            .collect::<Vec<_>>()
    };
    assert_eq!(line("IE", "access"), ["1", "1", "1", "0", "0"]);
    assert_eq!(line("IE", "correction"), ["2", "1", "1", "1", "0"]);
    assert_eq!(line("FR", "correction"), ["1", "0", "0", "1", "0"]);
    let record = store.get(&refs[1]).await.unwrap().unwrap();
    assert_eq!(record.answered_at, Some(now));

    // Statistics: nothing under 5 is published, so none of these cells.
    let stats = intake::stats(&store.all().await.unwrap(), "2026-12-06");
    assert_eq!(stats["cells"].as_array().unwrap().len(), 0, "{stats}");
    for _ in 0..5 {
        let mut body = common::valid_json();
        body["kind"] = serde_json::json!("deletion");
        body["states"] = serde_json::json!(["FR"]);
        send(&s.app, json("/v1/requests", &body)).await;
    }
    let stats = intake::stats(&store.all().await.unwrap(), "2026-12-06");
    let cells = stats["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 1, "{stats}");
    assert_eq!(cells[0]["state"], "FR");
    assert_eq!(cells[0]["kind"], "deletion");
    assert_eq!(cells[0]["outcome"], "open");
    assert_eq!(cells[0]["count"], 5);
    assert_eq!(cells[0]["month"].as_str().unwrap().len(), 7, "YYYY-MM only");
    assert!(!stats.to_string().contains(&refs[0]), "no reference");
}

#[tokio::test]
async fn clients_are_rate_limited() {
    let s = setup("per_client_per_minute = 2").await;
    for _ in 0..2 {
        assert_eq!(
            send(&s.app, json("/v1/requests", &common::valid_json()))
                .await
                .0,
            StatusCode::CREATED
        );
    }
    let (status, headers, _) = send(&s.app, json("/v1/requests", &common::valid_json())).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(headers["retry-after"], "60");
}

/// Behind trusted proxies the client is the right-most untrusted address of
/// all `X-Forwarded-For` lines: forging entries to its left changes nothing.
#[tokio::test]
async fn the_client_behind_trusted_proxies_cannot_escape_its_limit() {
    // Requests in these tests come from no socket: their peer is 0.0.0.0.
    let s =
        setup("per_client_per_minute = 1\ntrusted_proxies = [\"0.0.0.0\", \"10.0.0.0/8\"]").await;
    let post = |lines: &[&str]| {
        let mut request = json("/v1/requests", &common::valid_json());
        for line in lines {
            request
                .headers_mut()
                .append("x-forwarded-for", line.parse().unwrap());
        }
        request
    };
    let status = |lines: &'static [&'static str]| {
        let app = s.app.clone();
        async move { send(&app, post(lines)).await.0 }
    };
    assert_eq!(
        status(&["198.51.100.1, 10.0.0.5"]).await,
        StatusCode::CREATED
    );
    assert_eq!(
        status(&["203.0.113.66, 198.51.100.1, 10.0.0.5"]).await,
        StatusCode::TOO_MANY_REQUESTS,
        "a forged left-most address does not make a new client"
    );
    assert_eq!(
        status(&["198.51.100.1", "10.0.0.7"]).await,
        StatusCode::TOO_MANY_REQUESTS,
        "across header lines"
    );
    assert_eq!(status(&["198.51.100.2"]).await, StatusCode::CREATED);
    // Submissions and status look-ups have budgets of their own.
    let lookup = {
        let mut r = json("/v1/status", &serde_json::json!({ "code": "nope" }));
        r.headers_mut()
            .append("x-forwarded-for", "198.51.100.2".parse().unwrap());
        r
    };
    assert_eq!(send(&s.app, lookup).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn health_readiness_metrics_and_openapi() {
    let s = setup("").await;
    send(&s.app, json("/v1/requests", &common::valid_json())).await;
    assert_eq!(
        send(
            &s.app,
            Request::get("/healthz").body(Body::empty()).unwrap()
        )
        .await
        .0,
        StatusCode::OK
    );
    assert_eq!(
        send(&s.app, Request::get("/readyz").body(Body::empty()).unwrap())
            .await
            .0,
        StatusCode::OK
    );
    // Not on the public service: on a loopback listener of its own.
    assert_eq!(
        send(
            &s.app,
            Request::get("/metrics").body(Body::empty()).unwrap()
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    let response = intake::metrics_router(s.app.clone())
        .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let metrics = String::from_utf8_lossy(
        &axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap(),
    )
    .into_owned();
    assert!(
        metrics.contains("intake_submissions_accepted_total 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("intake_requests{status=\"received\"} 1"),
        "{metrics}"
    );
    assert!(!metrics.contains("maire"));
    let (_, _, spec) = send(
        &s.app,
        Request::get("/openapi.json").body(Body::empty()).unwrap(),
    )
    .await;
    let spec: serde_json::Value = serde_json::from_str(&spec).unwrap();
    assert_eq!(spec["openapi"], "3.1.0");
    let states = &spec["components"]["schemas"]["Request"]["properties"]["states"]["oneOf"];
    assert_eq!(states[0]["const"], serde_json::json!(["unknown"]));
    assert_eq!(states[1]["items"]["enum"].as_array().unwrap().len(), 30);
}

/// Two instances on one store: both accept at once, every acknowledged
/// request is stored, and the audit chain stays one valid chain.
/// The status and the pointers of the fields in error, from a JSON or an
/// HTML answer.
fn outcome(status: StatusCode, body: &str) -> (u16, Vec<String>) {
    let mut pointers: Vec<String> = if body.trim_start().starts_with('{') {
        serde_json::from_str::<serde_json::Value>(body)
            .ok()
            .and_then(|v| v["errors"].as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|e| {
                e["pointer"]
                    .as_str()
                    .map(|p| p.trim_start_matches('/').to_string())
            })
            .collect()
    } else {
        // The error summary links to each field: `<a href="#email">`.
        body.match_indices("<li><a href=\"#")
            .map(|(i, m)| {
                let rest = &body[i + m.len()..];
                rest[..rest.find('"').unwrap_or(0)].to_string()
            })
            .collect()
    };
    pointers.sort();
    pointers.dedup();
    (status.as_u16(), pointers)
}

#[tokio::test]
async fn form_posts_refuse_bad_bytes_repeats_and_false_declarations() {
    let s = setup("per_client_per_minute = 1000").await;
    let base =
        "lang=en&kind=access&email=ada%40example.ie&states=IE&description=Mine&reply_language=en";
    // Invalid UTF-8 in a field: that field is refused, clearly.
    let (status, _, html) = send(
        &s.app,
        form(
            "/v1/requests",
            &format!("{base}&name=Ada%FF%FE&declaration=yes"),
            "same-site",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{html}");
    assert!(html.contains("<a href=\"#name\">"), "{html}");
    // A field given twice.
    let (status, _, body) = send(
        &s.app,
        form(
            "/v1/requests",
            &format!("{base}&name=Ada&name=Eve&declaration=yes"),
            "same-site",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("`name` appears more than once"));
    // The declaration is the form's own value, `yes`.
    let (status, _, html) = send(
        &s.app,
        form(
            "/v1/requests",
            &format!("{base}&name=Ada&declaration=on"),
            "same-site",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("<a href=\"#declaration\">"), "{html}");
    // Invalid UTF-8 in JSON: a clear 400.
    let bad = Request::post("/v1/requests")
        .header("content-type", "application/json")
        .body(Body::from(b"{\"name\":\"Ada\xff\"}".to_vec()))
        .unwrap();
    assert_eq!(send(&s.app, bad).await.0, StatusCode::BAD_REQUEST);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// The same request sent as JSON and as the plain form gets the same
    /// outcome: the same status and the same fields in error.
    #[test]
    fn json_and_form_agree(
        kind in proptest::sample::select(vec!["access", "deletion", "nope", ""]),
        name in "(Ada|Sea\u{301}n|\u{200B}|Ad\u{202E}a| |Máire\r\nB|x{0,3})",
        email in proptest::sample::select(vec!["ada@example.ie", "nope", ""]),
        states in proptest::sample::subsequence(vec!["IE", "FR", "unknown", "XX"], 0..3),
        description in "(Mine|two\r\nlines|\u{2028}|\t|ok\u{FEFF}|)",
        declaration in proptest::prelude::any::<bool>(),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let s = setup("per_client_per_minute = 100000").await;
            let mut json_body = serde_json::json!({
                "kind": kind, "name": name, "email": email, "states": states,
                "description": description, "reply_language": "en",
            });
            if declaration {
                json_body["declaration"] = serde_json::json!(true);
            }
            let (status, _, body) = send(&s.app, json("/v1/requests", &json_body)).await;
            let from_json = outcome(status, &body);
            let mut pairs = form_urlencoded::Serializer::new(String::new());
            pairs.append_pair("lang", "en").append_pair("kind", kind).append_pair("name", &name)
                .append_pair("email", email).append_pair("description", &description)
                .append_pair("reply_language", "en");
            for state in &states {
                pairs.append_pair("states", state);
            }
            if declaration {
                pairs.append_pair("declaration", "yes");
            }
            let (status, _, body) = send(&s.app, form("/v1/requests", &pairs.finish(), "same-site")).await;
            let from_form = outcome(status, &body);
            assert_eq!(from_json, from_form, "{json_body}");
        });
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    /// Whatever the body, JSON or form, the service answers with a clear
    /// status and never panics.
    #[test]
    fn any_body_gets_a_clear_answer(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
        text in "[a-z_=&%0-9A-F@.+\\-]{0,200}",
        json_like in "\\{(\"[a-z_]{1,14}\":(\"[^\"]{0,20}\"|true|false|\\[\"[A-Z]{2}\"\\]|1),?){0,6}\\}",
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let s = setup("per_client_per_minute = 100000").await;
            for (content_type, body) in [
                ("application/json", bytes.clone()),
                ("application/x-www-form-urlencoded", bytes.clone()),
                ("application/x-www-form-urlencoded", text.clone().into_bytes()),
                ("application/json", json_like.clone().into_bytes()),
            ] {
                let request = Request::post("/v1/requests").header("content-type", content_type).body(Body::from(body)).unwrap();
                let (status, _, _) = send(&s.app, request).await;
                assert!([201, 400, 413, 415, 422].contains(&status.as_u16()), "{status}");
                let lookup = Request::post("/v1/status").header("content-type", content_type).body(Body::from(bytes.clone())).unwrap();
                let (status, _, _) = send(&s.app, lookup).await;
                assert!([200, 400, 404].contains(&status.as_u16()), "{status}");
            }
        });
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(100_000))]

    /// The form decoder and the validator on 100,000 arbitrary bodies:
    /// never a panic, and a valid outcome always meets the rules again.
    #[test]
    fn the_form_decoder_and_validator_never_panic(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
    ) {
        if let Ok((raw, _)) = intake::api::decode_form(&bytes)
            && let Ok(request) = request_model::validate(&raw, "2026-12-06")
        {
            let again = request_model::RawRequest::from(&request);
            proptest::prop_assert_eq!(request_model::validate(&again, "2026-12-06"), Ok(request));
        }
    }
}
