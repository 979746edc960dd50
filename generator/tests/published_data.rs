//! What the intake hands over for publication: the anonymous request
//! statistics (a page in every language, with tables and an SVG chart drawn
//! at build time, refused when a count could single someone out) and the
//! audit log's signed checkpoints (refused when a signature does not
//! verify). Each page exists only when its file is in `content/data/`.

mod common;

use common::{TestSite, page};

const STATS: &str = r#"{
  "format": "imi-request-stats/1",
  "generated": "2026-12-06",
  "suppressed_below": 5,
  "cells": [
    { "month": "2026-10", "state": "IE", "kind": "access", "outcome": "answered-in-time", "count": 7 },
    { "month": "2026-11", "state": "IE", "kind": "access", "outcome": "open", "count": 5 },
    { "month": "2026-11", "state": "unknown", "kind": "deletion", "outcome": "answered-late", "count": 6 }
  ]
}
"#;

fn site() -> TestSite {
    let site = TestSite::new(&["en", "ga"]);
    site.write("content/_index.en.md", &page("Home", "", "Hello.\n"));
    site.write(
        "content/request/_index.en.md",
        &page("Request", "", "Ask.\n"),
    );
    site
}

#[test]
fn no_file_no_page() {
    let site = site();
    site.build().unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(!site.out().join("en/request/statistics/index.html").exists());
    assert!(!site.out().join("data/request-stats.json").exists());
}

#[test]
fn the_statistics_page_in_every_language() {
    let site = site();
    site.write("content/data/request-stats.json", STATS);
    site.build().unwrap_or_else(|e| panic!("{e:#?}"));
    let page = site.read("en/request/statistics/index.html");
    assert!(
        page.contains("<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\""),
        "{page}"
    );
    assert!(page.contains("<title id=\"chart-title\">"));
    // Two months, one bar each; the largest month (11 requests) is full height.
    assert_eq!(page.matches("<rect class=\"bar bar-").count(), 3, "{page}");
    assert!(page.contains("<time datetime=\"2026-11\">11.2026</time></th><td>0</td><td>6</td><td>0</td><td>5</td><td>11</td>"), "{page}");
    assert!(
        page.contains("[en] I do not know"),
        "unknown is named in words"
    );
    assert!(page.contains("Counted on 6.12.2026."), "{page}");
    assert!(
        site.read("ga/request/statistics/index.html")
            .contains("<html lang=\"ga\"")
    );
    let data: serde_json::Value =
        serde_json::from_str(&site.read("data/request-stats.json")).unwrap();
    assert_eq!(data["cells"].as_array().unwrap().len(), 3);
    assert!(site.out().join("data/request-stats.schema.json").is_file());
}

#[test]
fn a_count_under_the_threshold_is_refused() {
    let site = site();
    site.write(
        "content/data/request-stats.json",
        &STATS.replace("\"count\": 6", "\"count\": 2"),
    );
    let errors = site.build().err().expect("the build fails");
    assert!(
        errors.iter().any(|d| d.code == "data::request-stats"
            && d.line == 8
            && d.message.contains("under the threshold")),
        "{errors:#?}"
    );
}

fn checkpoints() -> String {
    let (key, _) = handler::checkpoint::keygen();
    let key = handler::checkpoint::read_key(&key).unwrap();
    let file =
        handler::checkpoint::add(None, &key, 6, &"a".repeat(64), "2026-12-06T09:00:00Z").unwrap();
    let file =
        handler::checkpoint::add(Some(file), &key, 9, &"b".repeat(64), "2026-12-07T09:00:00Z")
            .unwrap();
    serde_json::to_string_pretty(&file).unwrap()
}

#[test]
fn signed_audit_checkpoints_are_published_with_how_to_check_them() {
    let site = site();
    site.write("content/_index.ga.md", &page("Baile", "", "Dia duit.\n"));
    site.write("content/about/_index.en.md", &page("About", "", "About.\n"));
    site.write("content/data/audit-checkpoints.json", &checkpoints());
    site.build().unwrap_or_else(|e| panic!("{e:#?}"));
    let page = site.read("en/about/audit-log/index.html");
    assert!(page.contains(&"b".repeat(64)), "{page}");
    assert!(
        page.contains("<time datetime=\"2026-12-07T09:00:00Z\">7.12.2026</time>"),
        "{page}"
    );
    assert!(page.contains("imi-handler verify-checkpoints"));
    assert!(page.contains("--expect-head SEQ:HASH"));
    assert!(site.out().join("data/audit-checkpoints.json").is_file());
    // Newest first.
    assert!(page.find(&"b".repeat(64)) < page.find(&"a".repeat(64)));
}

#[test]
fn a_checkpoint_that_does_not_verify_is_refused() {
    let site = site();
    let forged = checkpoints().replacen(&"a".repeat(64), &"c".repeat(64), 1);
    site.write("content/data/audit-checkpoints.json", &forged);
    let errors = site.build().err().expect("the build fails");
    assert!(
        errors.iter().any(|d| d.code == "data::audit-checkpoints"
            && d.message
                .contains("signature of checkpoint 6 does not verify")),
        "{errors:#?}"
    );
}
