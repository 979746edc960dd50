//! Invalid sites: each mistake gives its diagnostic with file and line, and
//! one run reports all of them.

mod common;

use common::{TestSite, page};

/// A valid two-language site with one mistake added by `change`, checked
/// at load: nothing is rendered or written (the build command reports the
/// same diagnostics, as `one_run_reports_every_error` and the command test
/// below show).
fn diagnostics(change: impl Fn(&TestSite)) -> Vec<generator::Diagnostic> {
    let site = TestSite::new(&["en", "ga"]);
    site.write("content/_index.en.md", &page("Home", "", "Hello.\n"))
        .write(
            "content/a.en.md",
            &page("A", "", "## Part {#part}\n\nText.\n"),
        )
        .write(
            "content/a.ga.md",
            &page("A ga", "", "## Cuid {#part}\n\nTéacs.\n"),
        );
    let base = site.load();
    assert!(
        base.site.is_some() && base.diagnostics.is_empty(),
        "the base site must load without problems: {:#?}",
        base.diagnostics
    );
    change(&site);
    let loaded = site.load();
    assert!(loaded.site.is_none(), "the site should not load");
    loaded.diagnostics
}

/// Asserts that the diagnostics contain `code` at `file:line`.
fn check(change: impl Fn(&TestSite), code: &str, file: &str, line: usize) {
    let found = diagnostics(change);
    assert!(
        found.iter().any(|d| d.code == code
            && d.file.to_string_lossy() == file
            && d.line == line
            && !d.help.is_empty()),
        "expected {code} at {file}:{line}, got {found:#?}"
    );
}

#[test]
fn unknown_front_matter_field() {
    check(
        |s| {
            s.write(
                "content/b.en.md",
                "+++\ntitle = \"B\"\ndescription = \"D\"\ntitel = \"x\"\n+++\n",
            );
        },
        "content::front-matter",
        "content/b.en.md",
        4,
    );
}

#[test]
fn missing_front_matter() {
    check(
        |s| {
            s.write("content/b.en.md", "# B\n");
        },
        "content::front-matter",
        "content/b.en.md",
        1,
    );
}

#[test]
fn broken_internal_link() {
    check(
        |s| {
            s.write("content/b.en.md", &page("B", "", "\nSee [x](@/nope.md).\n"));
        },
        "content::markdown",
        "content/b.en.md",
        6,
    );
}

#[test]
fn broken_anchor() {
    check(
        |s| {
            s.write(
                "content/b.en.md",
                &page("B", "", "\n\nSee [x](@/a.md#nope).\n"),
            );
        },
        "content::anchor",
        "content/b.en.md",
        7,
    );
}

#[test]
fn anchor_missing_in_one_language_only() {
    // The Irish page links to #part of `a`; after the Irish `a` loses that
    // id, the link is broken in Irish only.
    check(
        |s| {
            s.write("content/b.en.md", &page("B", "", "[x](@/a.md#part)\n"))
                .write("content/b.ga.md", &page("B", "", "[x](@/a.md#part)\n"))
                .write("content/a.ga.md", &page("A ga", "", "## Cuid\n"));
        },
        "content::anchor",
        "content/b.ga.md",
        5,
    );
}

#[test]
fn missing_translation_key() {
    check(
        |s| {
            let ga =
                common::marker_strings("ga").replace("skip-link = [ga] Skip to main content\n", "");
            s.write("locales/ga/portal.ftl", &ga);
        },
        "locales::missing-key",
        "locales/ga/portal.ftl",
        1,
    );
}

#[test]
fn missing_plural_forms() {
    let ga = common::marker_strings("ga");
    let line = ga
        .lines()
        .position(|l| l.starts_with("section-pages"))
        .unwrap()
        + 1;
    check(
        move |s| {
            let broken = ga.replace("        [two] plural:two { $count }\n", "");
            s.write("locales/ga/portal.ftl", &broken);
        },
        "locales::plural-forms",
        "locales/ga/portal.ftl",
        line,
    );
}

#[test]
fn fluent_syntax_error() {
    check(
        |s| {
            let ga = common::marker_strings("ga") + "broken = { $x\n";
            s.write("locales/ga/portal.ftl", &ga);
        },
        "locales::syntax",
        "locales/ga/portal.ftl",
        common::marker_strings("ga").lines().count() + 1,
    );
}

#[test]
fn page_in_an_unknown_language() {
    check(
        |s| {
            s.write("content/b.xx.md", &page("B", "", ""));
        },
        "content::language",
        "content/b.xx.md",
        1,
    );
}

#[test]
fn page_without_a_default_language_version() {
    check(
        |s| {
            s.write("content/c.ga.md", &page("C", "", ""));
        },
        "content::no-default-version",
        "content/c.ga.md",
        1,
    );
}

#[test]
fn level_one_heading_in_the_body() {
    check(
        |s| {
            s.write("content/b.en.md", &page("B", "", "\n# Title\n"));
        },
        "content::markdown",
        "content/b.en.md",
        6,
    );
}

#[test]
fn data_with_an_unknown_field() {
    check(
        |s| {
            s.write(
                "content/data/acts.toml",
                "[[acts]]\nid = \"a\"\nkind = \"regulation\"\nnumber = \"1\"\ntitle = \"T\"\ndate = 2012-10-25\nstatus = \"in-force\"\ncovers = \"c\"\nsource = \"s\"\nverfied = false\n",
            );
        },
        "data::syntax",
        "content/data/acts.toml",
        10,
    );
}

#[test]
fn template_syntax_error() {
    check(
        |s| {
            let theme = common::repo().join("theme");
            // A private copy of the real theme with one broken template.
            for entry in walkdir::WalkDir::new(&theme) {
                let entry = entry.unwrap();
                if entry.file_type().is_file() {
                    let rel = entry.path().strip_prefix(&theme).unwrap();
                    s.write(
                        &format!("theme/{}", rel.display()),
                        &std::fs::read_to_string(entry.path()).unwrap(),
                    );
                }
            }
            s.write("theme/templates/404.html", "{% extends \"base.html\" %}\n{% block content %}\n{{ t(key=\"x\" }}\n{% endblock content %}\n");
            let config = std::fs::read_to_string(s.root().join("site.toml")).unwrap();
            let config: String = config
                .lines()
                .filter(|l| !l.starts_with("theme"))
                .map(|l| format!("{l}\n"))
                .collect();
            s.write("site.toml", &config);
        },
        "theme::template",
        "theme/templates/404.html",
        3,
    );
}

#[test]
fn bad_site_configuration() {
    check(
        |s| {
            let config = std::fs::read_to_string(s.root().join("site.toml")).unwrap();
            s.write(
                "site.toml",
                &config.replace("https://portal.example.eu/", "portal.example.eu"),
            );
        },
        "config::base-url",
        "site.toml",
        1,
    );
}

#[test]
fn one_run_reports_every_error() {
    let found = diagnostics(|s| {
        s.write("content/b.en.md", &page("B", "", "[x](@/nope.md)\n"))
            .write("content/c.en.md", "+++\ntitle = 1\n+++\n")
            .write("content/d.ga.md", &page("D", "", ""));
    });
    let codes: Vec<&str> = found
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.code)
        .collect();
    for code in [
        "content::markdown",
        "content::front-matter",
        "content::no-default-version",
    ] {
        assert!(codes.contains(&code), "{code} missing from {found:#?}");
    }
}

#[test]
fn the_command_exits_non_zero_and_names_file_and_line() {
    let site = TestSite::new(&["en"]);
    site.write(
        "content/_index.en.md",
        "+++\ntitle = \"H\"\ndescription = \"D\"\nweight = \"heavy\"\n+++\n",
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(["--root", site.root().to_str().unwrap(), "build"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("content/_index.en.md:4:10"), "{stderr}");
    assert!(stderr.contains("help"), "{stderr}");
}

#[test]
fn a_page_citing_an_internal_note_instead_of_a_public_document() {
    check(
        |s| {
            s.write(
                "content/b.en.md",
                &page(
                    "B",
                    "",
                    "Text.[^1]\n\n[^1]: Our reference notes (imi-facts.md, §3).\n",
                ),
            );
        },
        "content::internal-reference",
        "content/b.en.md",
        7,
    );
}

#[test]
fn a_data_file_citing_a_seed_document() {
    // A comment is not published; a `source` value is.
    check(
        |s| {
            s.write(
                "content/data/states.toml",
                "# From seed 000 of our notes.\n[[states]]\ncode = \"IE\"\niso = \"IE\"\nname = \"Ireland\"\nsource = \"seed 000\"\n",
            );
        },
        "content::internal-reference",
        "content/data/states.toml",
        6,
    );
}
