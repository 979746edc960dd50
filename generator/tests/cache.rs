//! The build cache: a rebuild that reuses the previous build writes exactly
//! what a full build writes, and reports the same diagnostics, after any
//! sequence of edits to pages, front matter, strings, templates, static
//! files and data; and it renders only what an edit touches.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{TestSite, page, repo};
use generator::{Built, CacheMode, Diagnostic, LoadOptions};
use proptest::prelude::*;

/// The fixture in three languages, with its own copy of the theme (so
/// templates and static files can be edited), the real states data, and its
/// search index in shards of 3 pages.
fn site() -> TestSite {
    let site = TestSite::fixture("multilingual", &["en", "ga", "mt"]);
    for entry in walkdir::WalkDir::new(repo().join("theme")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(repo()).unwrap();
            let bytes = std::fs::read(entry.path()).unwrap();
            let to = site.root().join(rel);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::write(to, bytes).unwrap();
        }
    }
    let config = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let theme = format!("theme = {:?}", repo().join("theme").display().to_string());
    // Search shards of 3 pages: a language's index is in several.
    site.write(
        "site.toml",
        &format!(
            "search_shard_pages = 3\n{}",
            config.replace(&theme, "theme = \"theme\"")
        ),
    );
    site.write(
        "content/data/states.toml",
        &std::fs::read_to_string(repo().join("content/data/states.toml")).unwrap(),
    );
    site
}

fn options() -> LoadOptions {
    LoadOptions {
        as_of: generator::annex::engine::Date::parse("2026-12-06"),
        ..LoadOptions::default()
    }
}

/// Every file below `dir`, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn texts(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(|d| d.render(false)).collect()
}

/// Builds with the cache into the site's `dist/`, and from nothing into a
/// folder of its own; both must agree byte for byte.
fn cached_equals_full(site: &TestSite) -> Result<Built, Vec<Diagnostic>> {
    let cached = generator::build_with(site.root(), &site.out(), &options(), CacheMode::Reuse);
    let scratch = tempfile::tempdir().unwrap();
    let full_out = scratch.path().join("dist");
    let full = generator::build_with(site.root(), &full_out, &options(), CacheMode::Off);
    match (&cached, &full) {
        (Ok(c), Ok(f)) => {
            assert_eq!(texts(&c.warnings), texts(&f.warnings));
            let (a, b) = (tree(&site.out()), tree(&full_out));
            let names = |t: &BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
            assert_eq!(names(&a), names(&b), "the same files");
            for (name, bytes) in &a {
                assert!(bytes == &b[name], "{name} differs from a full build's");
            }
        }
        (Err(c), Err(f)) => assert_eq!(texts(c), texts(f)),
        _ => panic!(
            "cached build {} but full build {}",
            if cached.is_ok() { "passed" } else { "failed" },
            if full.is_ok() { "passed" } else { "failed" }
        ),
    }
    cached
}

/// An edit to the site's sources.
#[derive(Debug, Clone)]
enum Edit {
    /// Appends a sentence to one of the fixture's pages.
    Body(usize),
    /// Changes a page's title (shown in listings, navigation, feeds).
    Title(usize),
    /// Adds a page (in English, or in English and Irish).
    Add(bool),
    /// Removes the page added last, if any.
    RemoveAdded,
    /// Changes an interface string of one language.
    String(usize),
    /// Changes the base template.
    Template,
    /// Changes the style sheet.
    Style,
    /// Changes a state's name in the data.
    Data,
    /// Appends to one of the fixture's pages a link to the page added last
    /// (to one that does not exist if none was added, or if it was removed:
    /// an error, which the page keeps until that page is added again).
    Link(usize),
    /// Cites an internal note in the first page (an error), or takes the
    /// citation out again.
    Note,
    /// Nothing: a rebuild with nothing changed.
    Nothing,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (0usize..100).prop_map(Edit::Body),
        2 => (0usize..100).prop_map(Edit::Title),
        2 => any::<bool>().prop_map(Edit::Add),
        1 => Just(Edit::RemoveAdded),
        2 => (0usize..3).prop_map(Edit::String),
        1 => Just(Edit::Template),
        1 => Just(Edit::Style),
        1 => Just(Edit::Data),
        1 => (0usize..100).prop_map(Edit::Link),
        1 => Just(Edit::Note),
        1 => Just(Edit::Nothing),
    ]
}

fn content_pages(site: &TestSite) -> Vec<std::path::PathBuf> {
    let mut pages: Vec<_> = walkdir::WalkDir::new(site.root().join("content"))
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    pages.sort();
    pages
}

fn apply(site: &TestSite, edit: &Edit, step: usize, added: &mut Vec<String>) {
    let replace_in = |path: &Path, from: &str, to: &str| {
        let text = std::fs::read_to_string(path).unwrap();
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    };
    match edit {
        Edit::Body(i) => {
            let pages = content_pages(site);
            let path = &pages[i % pages.len()];
            let mut text = std::fs::read_to_string(path).unwrap();
            text.push_str(&format!("\nEdited in step {step}.\n"));
            std::fs::write(path, text).unwrap();
        }
        Edit::Title(i) => {
            let pages = content_pages(site);
            replace_in(
                &pages[i % pages.len()],
                "title = \"",
                &format!("title = \"S{step} "),
            );
        }
        Edit::Add(translated) => {
            let name = format!("guide/added-{step}");
            site.write(
                &format!("content/{name}.en.md"),
                &page(&format!("Added {step}"), "", "## Added\n\nNew text.\n"),
            );
            if *translated {
                site.write(
                    &format!("content/{name}.ga.md"),
                    &page(&format!("Curtha {step}"), "", "## Curtha\n\nTéacs nua.\n"),
                );
            }
            added.push(name);
        }
        Edit::RemoveAdded => {
            if let Some(name) = added.pop() {
                for lang in ["en", "ga"] {
                    let _ =
                        std::fs::remove_file(site.root().join(format!("content/{name}.{lang}.md")));
                }
            }
        }
        Edit::String(l) => {
            let lang = ["en", "ga", "mt"][*l];
            replace_in(
                &site.root().join(format!("locales/{lang}/portal.ftl")),
                &format!("= [{lang}] "),
                &format!("= [{lang}] S{step} "),
            );
        }
        Edit::Template => replace_in(
            &site.root().join("theme/templates/base.html"),
            "</body>",
            &format!("<!-- step {step} --></body>"),
        ),
        Edit::Style => {
            let path = site.root().join("theme/static/style.css");
            let mut css = std::fs::read_to_string(&path).unwrap();
            css.push_str(&format!("\n/* step {step} */\n"));
            std::fs::write(path, css).unwrap();
        }
        Edit::Data => replace_in(
            &site.root().join("content/data/states.toml"),
            "name = \"",
            &format!("name = \"S{step} "),
        ),
        Edit::Link(i) => {
            let pages = content_pages(site);
            let path = &pages[i % pages.len()];
            let target = added.last().cloned().unwrap_or("guide/added-0".into());
            let mut text = std::fs::read_to_string(path).unwrap();
            text.push_str(&format!("\nSee [the new page](@/{target}.md#added).\n"));
            std::fs::write(path, text).unwrap();
        }
        Edit::Note => {
            let path = &content_pages(site)[0];
            let text = std::fs::read_to_string(path).unwrap();
            let note = "\nAs the imi-facts note says.\n";
            let text = match text.contains(note) {
                true => text.replacen(note, "", 1),
                false => format!("{text}{note}"),
            };
            std::fs::write(path, text).unwrap();
        }
        Edit::Nothing => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn a_cached_rebuild_writes_what_a_full_build_writes(edits in prop::collection::vec(edit(), 1..6)) {
        let site = site();
        cached_equals_full(&site).unwrap();
        let mut added = Vec::new();
        for (step, edit) in edits.iter().enumerate() {
            apply(&site, edit, step, &mut added);
            let _ = cached_equals_full(&site);
        }
    }
}

/// Rebuilds after one edit render only what it touches.
#[test]
fn a_rebuild_renders_only_what_changed() {
    let site = site();
    let first = cached_equals_full(&site).unwrap();
    assert_eq!(
        first.rendered, first.pages,
        "the first build renders everything"
    );
    assert!(
        first.indexed > 3,
        "{} shards for 3 languages",
        first.indexed
    );

    assert_eq!(
        first.parsed,
        content_pages(&site).len(),
        "the first build parses every page file"
    );

    let again = cached_equals_full(&site).unwrap();
    assert_eq!(
        (again.rendered, again.indexed, again.written, again.removed),
        (0, 0, 0, 0),
        "nothing changed, nothing rendered or written"
    );

    // A body: that page in the languages that show it (its own and the
    // fallbacks), and the search index shard holding it only.
    let three = site.root().join("content/guide/three.en.md");
    let text = std::fs::read_to_string(&three).unwrap();
    std::fs::write(&three, format!("{text}\nOne more sentence.\n")).unwrap();
    let body = cached_equals_full(&site).unwrap();
    assert_eq!(body.parsed, 1, "only the edited file is parsed again");
    assert_eq!(
        body.indexed, 1,
        "only the English shard of that page changed"
    );
    assert!(
        (1..=3).contains(&body.rendered),
        "rendered {} pages for one body",
        body.rendered
    );

    // A string of one language: that language's pages only.
    let ftl = site.root().join("locales/mt/portal.ftl");
    let strings = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, strings.replacen("= [mt] ", "= [mt] changed ", 1)).unwrap();
    let string = cached_equals_full(&site).unwrap();
    let per_language = first.pages / 3;
    assert!(
        string.rendered > 0 && string.rendered <= per_language,
        "rendered {} pages for one Maltese string ({} per language)",
        string.rendered,
        per_language
    );

    // A template used by one kind of page: those pages only.
    let section = site.root().join("theme/templates/section.html");
    let template = std::fs::read_to_string(&section).unwrap();
    std::fs::write(
        &section,
        template.replacen("{% block", "<!-- edited -->{% block", 1),
    )
    .unwrap();
    let layout = cached_equals_full(&site).unwrap();
    assert!(
        layout.rendered > 0 && layout.rendered < first.pages / 2,
        "rendered {} of {} pages for the section template",
        layout.rendered,
        first.pages
    );

    // A removed page: its files go.
    site.remove("content/guide/four.en.md")
        .remove("content/guide/ceathair.ga.md");
    let removed = cached_equals_full(&site).unwrap();
    assert!(removed.removed >= 3, "removed {}", removed.removed);
    assert!(!site.out().join("en/guide/four/index.html").exists());
}

/// A rebuild whose input files all have the bytes the previous build read
/// does not load the site, reports what that build reported and writes
/// nothing; any change of bytes, even one its time stamp hides, is seen.
#[test]
fn an_unchanged_site_is_not_loaded_again() {
    let site = site();
    let first = cached_equals_full(&site).unwrap();
    assert!(first.warnings.is_empty(), "{:?}", texts(&first.warnings));
    assert!(!first.up_to_date);

    let again = cached_equals_full(&site).unwrap();
    assert!(again.up_to_date, "nothing changed: the site is not loaded");
    assert_eq!(
        (again.pages, again.next_change, again.written),
        (first.pages, first.next_change, 0)
    );

    // The same bytes written again (a checkout, a save without change).
    let ftl = site.root().join("locales/ga/portal.ftl");
    let strings = std::fs::read(&ftl).unwrap();
    std::fs::write(&ftl, &strings).unwrap();
    let rewritten = cached_equals_full(&site).unwrap();
    assert!(rewritten.up_to_date, "same bytes: still nothing to do");

    // Other bytes of the same length under the same time stamp, saved just
    // after the file was scanned: read again, not trusted to its stamp.
    let modified = std::fs::metadata(&ftl).unwrap().modified().unwrap();
    let text = String::from_utf8(strings).unwrap();
    let same_length = text.replacen("= [ga] ", "= [gA] ", 1);
    assert_ne!(same_length, text);
    std::fs::write(&ftl, &same_length).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&ftl)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    let hidden = cached_equals_full(&site).unwrap();
    assert!(!hidden.up_to_date, "a changed file is never skipped");
    assert!(hidden.rendered > 0);

    // Another reference date is another build.
    let other_day = generator::build_with(
        site.root(),
        &site.out(),
        &LoadOptions {
            as_of: generator::annex::engine::Date::parse("2027-01-01"),
            ..LoadOptions::default()
        },
        CacheMode::Reuse,
    )
    .unwrap();
    assert!(!other_day.up_to_date);

    // A missing output file is written again.
    cached_equals_full(&site).unwrap();
    std::fs::remove_file(site.out().join("en/index.html")).unwrap();
    let repaired = cached_equals_full(&site).unwrap();
    assert!(!repaired.up_to_date && repaired.written >= 1);
}

/// A build with warnings is never skipped: its warnings are reported again
/// until they are mended.
#[test]
fn warnings_are_reported_by_every_build() {
    let site = site();
    // A string the default language does not have is a warning.
    let ftl = site.root().join("locales/ga/portal.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, format!("{text}\nonly-in-irish = Gaeilge\n")).unwrap();
    let first = cached_equals_full(&site).unwrap();
    assert!(
        !first.warnings.is_empty(),
        "the fixture edit gives a warning"
    );
    let again = cached_equals_full(&site).unwrap();
    assert!(!again.up_to_date);
    assert_eq!(texts(&again.warnings), texts(&first.warnings));
    assert_eq!((again.rendered, again.written), (0, 0));
}

/// A page file whose outline the cache keeps is still checked against the
/// pages it links to: a link to a heading that went, or to a page that
/// went, is reported as a full build reports it.
#[test]
fn an_unchanged_page_is_checked_against_the_pages_it_links_to() {
    let site = site();
    site.write(
        "content/guide/added.en.md",
        &page("Added", "", "## Added\n\nNew text.\n"),
    );
    let three = site.root().join("content/guide/three.en.md");
    let text = std::fs::read_to_string(&three).unwrap();
    std::fs::write(
        &three,
        format!("{text}\nSee [the new page](@/guide/added.md#added).\n"),
    )
    .unwrap();
    cached_equals_full(&site).unwrap();

    // The heading goes: the unchanged page's anchor is wrong.
    site.write(
        "content/guide/added.en.md",
        &page("Added", "", "## Renamed\n\nNew text.\n"),
    );
    let errors = cached_equals_full(&site).err().expect("an error");
    assert!(
        texts(&errors).iter().any(|e| e.contains("#added")),
        "{:?}",
        texts(&errors)
    );
    site.write(
        "content/guide/added.en.md",
        &page("Added", "", "## Added\n\nNew text.\n"),
    );
    let back = cached_equals_full(&site).unwrap();
    assert_eq!(
        back.parsed, 0,
        "both files have the text the cache knows (a failed build keeps it)"
    );

    // The page goes: the unchanged page's link is broken.
    site.remove("content/guide/added.en.md");
    let errors = cached_equals_full(&site).err().expect("an error");
    assert!(
        texts(&errors)
            .iter()
            .any(|e| e.contains("points to a page that does not exist")),
        "{:?}",
        texts(&errors)
    );
}
