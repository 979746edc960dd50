//! Builds the multilingual fixture (en, ga, mt) and checks the output.

mod common;

use std::collections::BTreeMap;

use common::TestSite;

fn built() -> TestSite {
    let site = TestSite::fixture("multilingual", &["en", "ga", "mt"]);
    if let Err(errors) = site.build() {
        panic!("the fixture should build: {errors:#?}");
    }
    site
}

#[test]
fn every_page_exists_in_every_language() {
    let site = built();
    for lang in ["en", "ga", "mt"] {
        for path in ["", "guide/", "guide/one/", "guide/two/", "guide/three/"] {
            let html = site.read(&format!("{lang}/{path}index.html"));
            assert!(
                html.contains(&format!("<html lang=\"{lang}\"")),
                "{lang}/{path}"
            );
        }
    }
    // The Irish version keeps its own file name; other languages use the
    // English one.
    site.read("ga/guide/ceathair/index.html");
    site.read("mt/guide/four/index.html");
    assert!(!site.out().join("ga/guide/four").exists());
}

#[test]
fn a_missing_translation_falls_back_with_a_notice_in_the_readers_language() {
    let site = built();
    let html = site.read("ga/guide/two/index.html");
    assert!(
        html.contains("[ga] This page is not yet available"),
        "{html}"
    );
    assert!(html.contains("<h1 lang=\"en\">Two</h1>"), "{html}");
    assert!(html.contains("<div class=\"prose\" lang=\"en\">"), "{html}");
    assert!(html.contains("Details in English."));
    // The notice links the versions that exist, each in its own language.
    assert!(
        html.contains("<a href=\"/en/guide/two/\" lang=\"en\" hreflang=\"en\">Name-en</a>"),
        "{html}"
    );
    // Only real versions are alternates; the canonical page is the original.
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://portal.example.eu/en/guide/two/\">")
    );
    assert!(!html.contains("hreflang=\"ga\" href=\"https://portal.example.eu/ga/guide/two/\""));
    // A page that exists in the reader's language has no notice.
    let own = site.read("ga/guide/one/index.html");
    assert!(!own.contains("This page is not yet available"));
    assert!(!own.contains("<div class=\"prose\" lang="));
}

#[test]
fn machine_translations_say_so() {
    let site = built();
    let html = site.read("mt/guide/three/index.html");
    assert!(
        html.contains("[mt] This text was translated by machine"),
        "{html}"
    );
    assert!(html.contains("href=\"/en/guide/three/\""), "{html}");
}

#[test]
fn hreflang_alternates_and_x_default() {
    let site = built();
    let html = site.read("en/guide/one/index.html");
    for (lang, path) in [
        ("en", "en/guide/one/"),
        ("ga", "ga/guide/one/"),
        ("x-default", "en/guide/one/"),
    ] {
        let link = format!(
            "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"https://portal.example.eu/{path}\">"
        );
        assert!(html.contains(&link), "missing {link}");
    }
    assert!(!html.contains("hreflang=\"mt\" href=\"https://portal.example.eu/mt/guide/one/\">"));
    // The switcher offers every language, each named in itself.
    for lang in ["en", "ga", "mt"] {
        assert!(
            html.contains(&format!("lang=\"{lang}\" hreflang=\"{lang}\"")),
            "{lang}"
        );
    }
}

#[test]
fn internal_links_resolve_to_the_readers_language() {
    let site = built();
    let ga = site.read("ga/guide/one/index.html");
    assert!(ga.contains("href=\"/ga/guide/two/#details\""), "{ga}");
    assert!(ga.contains("href=\"#start\""));
    let mt = site.read("mt/guide/one/index.html");
    assert!(mt.contains("href=\"/mt/guide/two/#details\""), "{mt}");
    let four = site.read("ga/guide/ceathair/index.html");
    assert!(four.contains("href=\"/ga/guide/one/#start\""), "{four}");
    let listing = site.read("ga/guide/index.html");
    assert!(
        listing.contains("href=\"/ga/guide/ceathair/\""),
        "{listing}"
    );
    assert!(generator::linkcheck::check(&site.out(), "/", &[]).is_ok());
}

#[test]
fn markdown_features_render() {
    let site = built();
    let html = site.read("en/guide/one/index.html");
    assert!(html.contains("<h2 id=\"start\">Getting started</h2>"));
    assert!(html.contains("<h3 id=\"going-further\">"));
    assert!(html.contains("<table>"));
    assert!(html.contains("footnote-definition"));
    assert!(
        html.contains("<time datetime=\"2024-05-31\">31.5.2024</time>"),
        "{html}"
    );
}

#[test]
fn plural_forms_follow_each_languages_cldr_rules() {
    let site = built();
    // The guide lists four pages: CLDR says "other" in English, "few" in
    // Irish (3-6) and "few" in Maltese (0, 2-10 before CLDR 42; 3-10 after).
    assert!(site.read("en/guide/index.html").contains("plural:other 4"));
    assert!(site.read("ga/guide/index.html").contains("plural:few 4"));
    assert!(site.read("mt/guide/index.html").contains("plural:few 4"));
}

#[test]
fn site_wide_files() {
    let site = built();
    let root = site.read("index.html");
    for lang in ["en", "ga", "mt"] {
        assert!(
            root.contains(&format!("<li lang=\"{lang}\"><a href=\"/{lang}/\"")),
            "{root}"
        );
        assert!(root.contains(&format!("[{lang}] Choose your language")));
    }
    let not_found = site.read("404.html");
    assert!(not_found.contains("[en] Page not found"));
    assert!(site.read("ga/404.html").contains("[ga] Page not found"));

    let index = site.read("sitemap.xml");
    assert!(index.contains("<loc>https://portal.example.eu/sitemap-ga.xml</loc>"));
    let ga = site.read("sitemap-ga.xml");
    assert!(
        ga.contains(
            "<loc>https://portal.example.eu/ga/guide/one/</loc><lastmod>2024-05-31</lastmod>"
        ),
        "{ga}"
    );
    assert!(
        !ga.contains("<loc>https://portal.example.eu/ga/guide/two/</loc>"),
        "fallbacks are not versions"
    );
    assert!(ga.contains("hreflang=\"x-default\""));
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://portal.example.eu/sitemap.xml")
    );

    let feed = site.read("en/atom.xml");
    let two = feed.find("<title>Two</title>").expect("dated page in feed");
    let one = feed.find("<title>One</title>").expect("dated page in feed");
    assert!(two < one, "newest first");
    assert!(feed.contains("<updated>2024-06-15T00:00:00Z</updated>"));

    let headers = site.read("_headers");
    assert!(headers.contains("Content-Security-Policy: default-src 'none'"));
    assert!(headers.contains("Referrer-Policy: no-referrer"));
    let page = site.read("en/index.html");
    let css = page
        .split("href=\"/assets/style.")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(
        site.out().join(format!("assets/style.{css}")).is_file(),
        "hashed CSS exists"
    );
    assert!(
        page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
    );
}

#[test]
fn builds_are_byte_identical() {
    let a = built();
    let b = built();
    let files = |site: &TestSite| -> BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(site.out())
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(site.out())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (rel, std::fs::read(e.path()).unwrap())
            })
            .collect()
    };
    let (fa, fb) = (files(&a), files(&b));
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (path, bytes) in &fa {
        assert!(bytes == &fb[path], "{path} differs between two builds");
    }
}

#[test]
fn a_failed_build_keeps_the_previous_output() {
    let site = built();
    site.write("content/guide/one.en.md", "no front matter");
    assert!(site.build().is_err());
    assert!(
        site.read("en/guide/one/index.html")
            .contains("Getting started")
    );
}

#[test]
fn the_search_index_has_each_languages_own_pages() {
    let site = built();
    let entry: serde_json::Value =
        serde_json::from_str(&site.read("pagefind/pagefind-entry.json")).unwrap();
    let languages = entry["languages"].as_object().unwrap();
    let count = |lang: &str| languages[lang]["page_count"].as_u64().unwrap();
    // English: home, guide, one, two, three, four (not the search page).
    assert_eq!(count("en"), 6, "{entry}");
    // Irish has its own home, guide, one and ceathair; its fallbacks (two,
    // three) show English text and stay out of the Irish index.
    assert_eq!(count("ga"), 4, "{entry}");
    assert_eq!(count("mt"), 1, "{entry}");
    assert!(site.out().join("pagefind/pagefind.js").exists());
    // Only what the search page needs: none of Pagefind's own interfaces.
    assert!(!site.out().join("pagefind/pagefind-ui.js").exists());
    // The theme marks the main content as what is indexed.
    assert!(
        site.read("en/guide/one/index.html")
            .contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>")
    );
}

#[test]
fn the_a_to_z_index_lists_every_page_of_the_language() {
    let site = built();
    let html = site.read("ga/search/index.html");
    // The search box is hidden until its script runs; the index is not.
    assert!(html.contains("<div id=\"search\" class=\"search\" hidden"));
    assert!(html.contains("<script type=\"module\" src=\"/assets/search."));
    let az = &html[html.find("class=\"a-to-z\"").unwrap()..];
    for url in [
        "/ga/",
        "/ga/guide/",
        "/ga/guide/one/",
        "/ga/guide/two/",
        "/ga/guide/three/",
        "/ga/guide/ceathair/",
    ] {
        assert!(
            az.contains(&format!("href=\"{url}\"")),
            "{url} missing from the A–Z index"
        );
    }
    assert!(
        !az.contains("href=\"/ga/search/\""),
        "the search page does not list itself"
    );
    // A fallback's English title is marked as English.
    assert!(az.contains("href=\"/ga/guide/two/\" lang=\"en\">"));
    // Letters link to their groups.
    assert!(az.contains("<a href=\"#az-1\">"));
    assert!(az.contains("<h3 id=\"az-1\">"));
}
