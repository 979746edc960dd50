//! The request page with and without the form's WebAssembly bundle
//! (`--portal-pkg`): the loader, the hashed bundle and the page's own
//! strings for the view.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::{TestSite, page, repo};
use generator::LoadOptions;

fn site() -> TestSite {
    let site = TestSite::new(&["en", "ga"]);
    site.write("content/_index.en.md", &page("Home", "", "Hello.\n"))
        .write(
            "content/request/_index.en.md",
            &page("Request", "template = \"request.html\"\n", "Ask.\n"),
        )
        .write(
            "content/request/status.en.md",
            &page(
                "Status",
                "template = \"request-status.html\"\n",
                "Follow.\n",
            ),
        );
    site
}

fn with_bundle(site: &TestSite) -> PathBuf {
    let pkg = site.root().join("pkg");
    site.write("pkg/portal.js", "export default async function () {}\n");
    site.write("pkg/portal_bg.wasm", "\0asm fake module for the test");
    pkg
}

fn build(
    site: &TestSite,
    pkg: Option<PathBuf>,
) -> Result<generator::Built, Vec<generator::Diagnostic>> {
    let options = LoadOptions {
        portal_pkg: pkg,
        ..LoadOptions::default()
    };
    generator::build(site.root(), &site.out(), &options)
}

/// The JSON of the page's `#request-strings` data block.
fn strings(html: &str) -> (String, BTreeMap<String, String>) {
    let start = html
        .find("<script type=\"application/json\" id=\"request-strings\">")
        .expect("the page carries its strings")
        + "<script type=\"application/json\" id=\"request-strings\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let raw = html[start..end].to_string();
    let parsed = serde_json::from_str(&raw).expect("the strings are JSON");
    (raw, parsed)
}

#[test]
fn without_the_bundle_the_page_has_the_plain_form_only() {
    let site = site();
    build(&site, None).unwrap();
    let html = site.read("en/request/index.html");
    assert!(html.contains("<form id=\"request-form\""));
    assert!(!html.contains("request-app"));
    assert!(!html.contains("<script"));
    // Each kind of request is explained in plain words, tied to its choice.
    assert!(html.contains("aria-describedby=\"kind-access-hint\""));
    assert!(html.contains("id=\"kind-access-hint\">[en] Ask whether IMI holds"));
}

#[test]
fn with_the_bundle_the_page_loads_it_and_carries_its_own_strings() {
    let site = site();
    let pkg = with_bundle(&site);
    build(&site, Some(pkg)).unwrap();
    for lang in ["en", "ga"] {
        let html = site.read(&format!("{lang}/request/index.html"));
        // The plain form stays: it is what works without JavaScript.
        assert!(html.contains("<form id=\"request-form\""));
        assert!(html.contains("<div id=\"request-app\" class=\"request-app\" hidden"));
        assert!(html.contains(&format!("data-lang=\"{lang}\"")));
        assert!(html.contains("data-intake=\"https://intake.example.eu/v1/requests\""));
        assert!(html.contains(&format!("data-status=\"/{lang}/request/status/\"")));
        // Hashed, published bundle files; a module script, never inline code.
        for (attr, prefix, ext) in [
            ("data-glue", "portal/portal.", ".js"),
            ("data-wasm", "portal/portal_bg.", ".wasm"),
        ] {
            let at = html.find(&format!("{attr}=\"/assets/")).unwrap() + attr.len() + 2;
            let url = &html[at..at + html[at..].find('"').unwrap()];
            assert!(
                url.starts_with(&format!("/assets/{prefix}")) && url.ends_with(ext),
                "{url}"
            );
            assert!(site.out().join(&url[1..]).exists(), "{url} is published");
        }
        assert!(html.contains("<script type=\"module\" src=\"/assets/form."));

        let (raw, strings) = strings(&html);
        assert!(
            !raw.contains('<') && !raw.contains('>'),
            "nothing can end the element"
        );
        // Every request-* string of the language, variables left for the view.
        let english = std::fs::read_to_string(repo().join("locales/en/request.ftl")).unwrap();
        for key in english
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| k.starts_with("request-"))
        {
            let value = strings
                .get(key)
                .unwrap_or_else(|| panic!("{lang}: {key} missing"));
            assert!(
                value.starts_with(&format!("[{lang}]")),
                "{lang}: {key} = {value}"
            );
        }
        assert!(strings["request-due"].contains("{date}"));
        assert!(strings["request-step-progress"].contains("{step}"));
        assert!(strings["request-step-progress"].contains("{total}"));
        assert!(strings["request-error-prefix"].contains("{title}"));
        assert!(!strings.keys().any(|k| !k.starts_with("request-")));
    }
}

#[test]
fn a_missing_bundle_is_an_error_that_says_how_to_build_it() {
    let site = site();
    let Err(errors) = build(&site, Some(site.root().join("nowhere"))) else {
        panic!("the build should fail");
    };
    let error = errors
        .iter()
        .find(|d| d.code == "theme::portal")
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert!(
        error.file.ends_with("nowhere/portal.js"),
        "{:?}",
        error.file
    );
    assert!(error.help.contains("cargo xtask wasm"));
}
