//! Representative pages of the multilingual fixture, whole, against the
//! files in `tests/snapshots/`: a reviewer sees every change to a page's
//! markup in the diff. After an intended change, run
//! `UPDATE_EXPECT=1 cargo test -p generator --test snapshots` and read the
//! diff of the snapshots before committing them.

mod common;

use common::TestSite;
use expect_test::expect_file;

#[test]
fn representative_pages() {
    let site = TestSite::fixture("multilingual", &["en", "ga", "mt"]);
    if let Err(errors) = site.build_as_of("2026-01-01") {
        panic!("the fixture should build: {errors:#?}");
    }
    // A home page; a page shown in English to an Irish reader (fallback
    // notice, lang attributes); a machine translation; a section listing;
    // the language choice at the root; the news feed.
    expect_file!["snapshots/en-home.html"].assert_eq(&site.read("en/index.html"));
    expect_file!["snapshots/ga-fallback.html"].assert_eq(&site.read("ga/guide/two/index.html"));
    expect_file!["snapshots/mt-machine-translation.html"]
        .assert_eq(&site.read("mt/guide/three/index.html"));
    expect_file!["snapshots/ga-section.html"].assert_eq(&site.read("ga/guide/index.html"));
    expect_file!["snapshots/root.html"].assert_eq(&site.read("index.html"));
    expect_file!["snapshots/en-atom.xml"].assert_eq(&site.read("en/atom.xml"));
}
