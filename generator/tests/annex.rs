//! The consolidated Annex built from the portal's real Annex files: the
//! engine reproduces the published texts word for word, and invalid act
//! files each give their diagnostic.

mod common;

use std::path::Path;

use common::TestSite;
use generator::annex::engine::Date;

/// A site with the portal's real `content/annex/` in English and Dutch.
fn site_with_real_annex() -> TestSite {
    let site = TestSite::new(&["en", "nl"]);
    let annex = common::repo().join("content/annex");
    for entry in walkdir::WalkDir::new(&annex) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|x| x == "toml") {
            let rel = entry.path().strip_prefix(common::repo()).unwrap();
            site.write(
                rel.to_str().unwrap(),
                &std::fs::read_to_string(entry.path()).unwrap(),
            );
        }
    }
    site.write("content/_index.en.md", &common::page("Home", "", ""));
    site.write(
        "content/annex/_index.en.md",
        &std::fs::read_to_string(annex.join("_index.en.md")).unwrap(),
    );
    site
}

/// Joins lines, drops the Official Journal's footnote markers ("( 1 )",
/// "(')", "(?)", "(*)") and collapses white space.
fn normalise(text: &str) -> String {
    let joined = text.replace("-\n", "").replace('\n', " ");
    let mut out = String::new();
    let mut rest = joined.as_str();
    while let Some(start) = rest.find('(') {
        let inside_end = rest[start..].find(')').map(|e| start + e);
        match inside_end {
            // A marker is one character in brackets after a space.
            Some(end)
                if rest[..start].ends_with(char::is_whitespace)
                    && rest[start + 1..end].trim().chars().count() <= 1 =>
            {
                out.push_str(rest[..start].trim_end());
                rest = &rest[end + 1..];
            }
            Some(end) => {
                out.push_str(&rest[..=end]);
                rest = &rest[end + 1..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn points(site: &TestSite, date: &str, lang: &str) -> Vec<String> {
    let loaded = generator::Site::load(site.root(), &Default::default());
    let site = loaded
        .site
        .unwrap_or_else(|| panic!("{:#?}", loaded.diagnostics));
    let annex = site.annex.as_ref().expect("the site has an Annex");
    let version = annex.at(Date::parse(date).unwrap()).unwrap();
    version
        .points
        .iter()
        .map(|p| {
            let text = p.text.get(lang).unwrap_or_else(|| &p.text["en"]);
            format!("{}. {text}", p.number)
        })
        .collect()
}

/// Seed 002: the Annex as published in 2012, in Dutch, copied as printed.
const DUTCH_2012: &str = "1. Richtlijn 2006/123/EG van het Europees Parlement en de Raad van 12 december 2006 betreffende diensten op de 
interne markt ( 1 ): Hoofdstuk VI, artikel 39, lid 5, evenals artikel 15, lid 7, tenzij een kennisgeving waarin in dat artikel 
is voorzien is gedaan overeenkomstig Richtlijn 98/34/EG. 

2. Richtlijn 2005/36/EG van het Europees Parlement en de Raad van 7 september 2005 betreffende de erkenning van 
beroepskwalificaties ( 2 ): artikel 8, artikel 50, leden 1, 2 en 3, en artikel 56. 

3. Richtlijn 2011/24/EU van het Europees Parlement en de Raad van 9 maart 2011 betreffende de toepassing van de 
rechten van patiënten bij grensoverschrijdende gezondheidszorg ( 3 ): artikel 10, lid 4. 

4. Verordening (EU) nr. 1214/2011 van het Europees Parlement en de Raad van 16 november 2011 betreffende 
professioneel grensoverschrijdend transport van eurocontanten over de weg tussen lidstaten van de eurozone ( 4 ): 
artikel 11, lid 2. 

5. Aanbeveling van de Commissie van 7 december 2001 betreffende beginselen voor het gebruik van „Solvit” ( 5 ), het 
netwerk voor probleemoplossing in de interne markt: hoofdstukken I en II.";

/// Seed 000: points 1 to 5 of the English consolidation of 11.12.2018, as
/// printed (its text recognition reads "21a" as "2la"; the seed stops in
/// the middle of point 5).
const ENGLISH_2018: &str =
    "1. Directive 2006/123/EC of the European Parliament and of the Council of
12 December 2006 on services in the internal market ('): Chapter VI,
Article 39(5), as well as Article 15(7), unless a notification, as provided
for in that latter Article, is made in accordance with Directive 98/34/EC.

2. Directive 2005/36/EC of the European Parliament and of the Council (?):
Articles 4a to 4e, Article 8, Article 2la, Article 50, Article 56 and
Article 56a.

3. Directive 2011/24/EU of the European Parliament and of the Council of
9 March 2011 on the application of patients’ rights in cross-border health-
care (3): Article 10(4).

4. Regulation (EU) No 1214/2011 of the European Parliament and of the
Council of 16 November 2011 on the professional cross-border transport
of euro cash by road between euro-area Member States (*): Article 11(2).

5. Commission Recommendation of 7 December 2001 on principles for using";

fn expected(printed: &str) -> Vec<String> {
    printed
        .replace("Article 2la", "Article 21a")
        .split("\n\n")
        .map(|p| normalise(p).replace(" :", ":").replace(" ,", ","))
        .collect()
}

#[test]
fn the_2012_annex_word_for_word() {
    let site = site_with_real_annex();
    assert_eq!(points(&site, "2012-12-04", "nl"), expected(DUTCH_2012));
    // The day before the first amendment applies, nothing has changed yet.
    assert_eq!(points(&site, "2014-01-16", "nl"), expected(DUTCH_2012));
}

#[test]
fn points_1_to_5_of_the_consolidation_of_11_12_2018_word_for_word() {
    let site = site_with_real_annex();
    let got = points(&site, "2018-12-11", "en");
    let want = expected(ENGLISH_2018);
    assert_eq!(got[..4], want[..4]);
    // The seed is cut off in point 5: what it has must match.
    assert!(got[4].starts_with(&want[4]), "{} / {}", got[4], want[4]);
    assert_eq!(
        got.len(),
        11,
        "points 6 to 8, 10 (from 1.1.2017), 11 and 12 were added by M2, M3, M5 and M6; point 9 applies from 16.2.2019"
    );
}

#[test]
fn versions_numbering_and_provenance() {
    let site = site_with_real_annex();
    let loaded = generator::Site::load(site.root(), &Default::default());
    let site = loaded.site.unwrap();
    let annex = site.annex.as_ref().unwrap();
    let m: Vec<(&str, &str)> = annex
        .acts
        .iter()
        .map(|a| (a.m.as_str(), a.short.as_str()))
        .collect();
    assert_eq!(m[0], ("M1", "Directive 2013/55/EU"));
    // Published the same day, Directive 2020/1057 is M7 as on EUR-Lex.
    assert_eq!(m[6], ("M7", "Directive (EU) 2020/1057"));
    assert_eq!(m[7], ("M8", "Regulation (EU) 2020/1055"));
    let current = annex.versions.last().unwrap();
    let two = current.points.iter().find(|p| p.number == "2").unwrap();
    assert_eq!(two.last_changed_by(), Some(1));
    let timeline = annex.timeline_text(Date::parse("2026-12-06").unwrap());
    assert!(
        timeline.contains("  2014-01-17  M1 (Directive 2013/55/EU) replaced point 2"),
        "{timeline}"
    );
    assert!(timeline.contains("* 2022-02-21  M8"), "{timeline}");
}

/// The Annex as the amending acts print it: numbers, provisions and dates
/// read in each act's own articles.
#[test]
fn the_points_the_amending_acts_add_on_the_dates_they_apply() {
    let site = site_with_real_annex();
    let numbers = |date: &str| -> Vec<String> {
        points(&site, date, "en")
            .iter()
            .map(|p| p.split('.').next().unwrap().to_string())
            .collect()
    };
    // Directives 2014/60/EU and 2014/67/EU enter into force on 17.6.2014.
    assert_eq!(numbers("2014-06-16").len(), 5);
    assert_eq!(
        numbers("2014-06-17"),
        ["1", "2", "3", "4", "5", "6", "7", "8"]
    );
    // Regulation (EU) 2016/1628 applies from 1.1.2017: point 10 before 9.
    assert_eq!(numbers("2017-01-01").last().unwrap(), "10");
    assert!(!numbers("2018-12-10").contains(&"9".to_string()));
    // Regulation (EU) 2016/1191 applies from 16.2.2019.
    let all = points(&site, "2022-02-21", "en");
    let numbers: Vec<&str> = all.iter().map(|p| p.split('.').next().unwrap()).collect();
    assert_eq!(
        numbers,
        [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
        ]
    );
    let point = |n: &str| {
        all.iter()
            .find(|p| p.starts_with(&format!("{n}. ")))
            .unwrap()
    };
    assert!(point("6").ends_with("Directive 96/71/EC of the European Parliament and of the Council of 16 December 1996 concerning the posting of workers in the framework of the provision of services: Article 4."));
    assert!(point("8").ends_with("amending Regulation (EU) No 1024/2012: Articles 5 and 7."));
    assert!(point("9").ends_with(": Articles 14 and 16 and Article 22(1) and (2)."));
    assert!(point("10").ends_with("amending and repealing Directive 97/68/EC: Article 44."));
    assert!(point("11").contains(
        "(General Data Protection Regulation): Article 56, Articles 60 to 66 and Article 70(1)."
    ));
    assert!(point("15").ends_with("repealing Council Directive 96/26/EC: Article 18(8)."));
    let nl = points(&site, "2022-02-21", "nl");
    assert!(nl[5].ends_with("diensten: artikel 4."), "{}", nl[5]);
}

#[test]
fn the_annex_command_prints_a_past_version() {
    let site = site_with_real_annex();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_generator"))
        .args([
            "--root",
            site.root().to_str().unwrap(),
            "annex",
            "--at",
            "2013-06-01",
            "--lang",
            "nl",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("2. Richtlijn 2005/36/EG"), "{text}");
    assert!(
        text.contains("the version applicable from 2012-12-04"),
        "{text}"
    );
    assert!(!text.contains("▶M1"), "{text}");
}

#[test]
fn pages_feed_and_open_data_are_published() {
    let site = site_with_real_annex();
    site.build().unwrap_or_else(|e| panic!("{e:#?}"));
    let current = site.read("nl/annex/2022-02-21/index.html");
    assert!(current.contains("▶</span>M1"), "markers");
    assert!(
        current.contains("lang=\"en\">Directive 2005/36/EC"),
        "fallback text is marked"
    );
    let m1 = site.read("en/annex/2014-01-17/index.html");
    assert!(m1.contains("<del><span class=\"visually-hidden\">"), "{m1}");
    assert!(m1.contains("<ins><span class=\"visually-hidden\">"), "{m1}");
    assert!(
        site.read("en/annex/timeline/index.html")
            .contains("href=\"/en/annex/2014-01-17/\"")
    );
    let feed = site.read("en/annex/atom.xml");
    assert_eq!(feed.matches("<entry>").count(), 8);
    let data: serde_json::Value =
        serde_json::from_str(&site.read("data/annex/versions.json")).unwrap();
    assert_eq!(data["versions"].as_array().unwrap().len(), 8);
    let v: serde_json::Value =
        serde_json::from_str(&site.read("data/annex/2014-01-17.json")).unwrap();
    assert_eq!(v["points"][1]["changed_by"][0], 1);
    assert!(generator::linkcheck::check(&site.out(), "/", &[]).is_ok());
}

#[test]
fn adding_one_act_file_publishes_a_new_version() {
    let site = site_with_real_annex();
    site.write(
        "content/annex/amendments/2030-1.toml",
        "citation = \"Regulation (EU) 2030/1 (a test act)\"\nshort = \"Regulation (EU) 2030/1\"\noj = \"OJ L 1, 2.1.2030, p. 1\"\npublished = 2030-01-02\nsource = \"test\"\n\n[[operations]]\nop = \"replace-provisions\"\npoint = \"3\"\napplies_from = 2030-01-22\n[operations.provisions]\nen = \"Article 10(4) and Article 11\"\n",
    );
    site.build().unwrap_or_else(|e| panic!("{e:#?}"));
    let page = site.read("en/annex/2030-01-22/index.html");
    assert!(page.contains("Article 10(4) and Article 11."), "{page}");
    assert!(
        site.read("en/annex/index.html")
            .contains("Regulation (EU) 2030/1")
    );
    assert!(
        site.read("en/annex/timeline/index.html")
            .contains("22.1.2030")
    );
    assert!(
        site.read("en/annex/atom.xml")
            .contains("/en/annex/2030-01-22/")
    );
    assert!(site.out().join("data/annex/2030-01-22.json").is_file());
    // Dutch has no new provisions: its text of point 3 falls back to English.
    assert!(
        site.read("nl/annex/2030-01-22/index.html")
            .contains("<span lang=\"en\">Directive 2011/24/EU")
    );
}

/// Adds an act file to the real Annex and expects `code` at `file:line`.
fn invalid(act: &str, code: &str, line: usize) {
    let site = site_with_real_annex();
    site.write("content/annex/amendments/bad.toml", act);
    let errors = match site.build() {
        Ok(_) => panic!("the build should fail"),
        Err(e) => e,
    };
    assert!(
        errors.iter().any(|d| d.code == code
            && d.file == Path::new("content/annex/amendments/bad.toml")
            && d.line == line),
        "expected {code} at line {line}: {errors:#?}"
    );
}

const HEAD: &str = "citation = \"X\"\nshort = \"X\"\noj = \"OJ L 1, 2.1.2030, p. 1\"\npublished = 2030-01-02\nsource = \"test\"\n";

#[test]
fn an_operation_on_a_point_that_does_not_exist_then() {
    invalid(
        &format!(
            "{HEAD}\n[[operations]]\nop = \"delete\"\npoint = \"40\"\napplies_from = 2030-01-22\n"
        ),
        "annex::operation",
        7,
    );
}

#[test]
fn two_acts_changing_one_point_on_the_same_date() {
    invalid(
        &format!(
            "{HEAD}\n[[operations]]\nop = \"delete\"\npoint = \"2\"\napplies_from = 2014-01-17\n"
        ),
        "annex::operation",
        7,
    );
}

#[test]
fn a_date_before_the_entry_into_force() {
    invalid(
        &format!(
            "{HEAD}\n[[operations]]\nop = \"delete\"\npoint = \"1\"\napplies_from = 2012-01-01\n"
        ),
        "annex::operation",
        7,
    );
}

#[test]
fn a_language_that_is_not_configured() {
    invalid(
        &format!(
            "{HEAD}\n[[operations]]\nop = \"replace\"\npoint = \"1\"\napplies_from = 2030-01-22\n[operations.text.xx]\nact = \"a\"\nprovisions = \"b\"\n"
        ),
        "annex::language",
        11,
    );
}

#[test]
fn an_act_file_without_a_source() {
    invalid(
        &(HEAD
            .replace("source = \"test\"\n", "")
            .replace("published", "source = \"\"\npublished")
            + "\n[[operations]]\nop = \"delete\"\npoint = \"1\"\napplies_from = 2030-01-22\n"),
        "annex::source",
        1,
    );
}

#[test]
fn a_malformed_official_journal_reference_and_date() {
    let op = "\n[[operations]]\nop = \"delete\"\npoint = \"1\"\napplies_from = 2030-01-22\n";
    invalid(
        &(HEAD.replace("OJ L 1, 2.1.2030, p. 1", "L 1/2030") + op),
        "annex::oj-reference",
        3,
    );
    invalid(
        &(HEAD.replace("published = 2030-01-02", "published = 2030-02-30") + op),
        "annex::syntax",
        4,
    );
}

/// An act published before it applies: it inserts a point, replaces the
/// provisions of another and deletes a third, all from 1.3.2031.
const FUTURE_ACT: &str = "citation = \"Regulation (EU) 2031/7 of the European Parliament and of the Council (a test act)\"
short = \"Regulation (EU) 2031/7\"
oj = \"OJ L 9, 24.2.2031, p. 1\"
published = 2031-02-24
source = \"OJ L 9, 24.2.2031, p. 1, Article 5\"

[[operations]]
op = \"insert\"
point = \"16\"
applies_from = 2031-03-01
[operations.text.en]
act = \"Regulation (EU) 2031/7 of the European Parliament and of the Council\"
provisions = \"Article 3\"

[[operations]]
op = \"replace-provisions\"
point = \"3\"
applies_from = 2031-03-01
[operations.provisions]
en = \"Article 10(4) and Article 12\"

[[operations]]
op = \"delete\"
point = \"4\"
applies_from = 2031-03-01
";

fn future_site() -> TestSite {
    let site = site_with_real_annex();
    site.write("content/annex/amendments/2031-7.toml", FUTURE_ACT);
    site
}

fn versions_json(site: &TestSite) -> serde_json::Value {
    serde_json::from_str(&site.read("data/annex/versions.json")).unwrap()
}

#[test]
fn an_act_published_before_it_applies_is_announced_not_in_force() {
    let site = future_site();
    for day_before in ["2031-02-24", "2031-02-28"] {
        let built = site
            .build_as_of(day_before)
            .unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(built.next_change, Date::parse("2031-03-01"));
        let current = site.read("en/annex/index.html");
        // The Annex in force is still that of 21.2.2022 ...
        assert!(
            current.contains("Current version, applicable from 21.2.2022."),
            "{current}"
        );
        assert!(
            !current.contains("Article 10(4) and Article 12"),
            "{current}"
        );
        assert!(
            current.contains("Regulation (EU) No 1214/2011"),
            "point 4 is still there"
        );
        // ... and the new version is announced with a link to it.
        assert!(
            current.contains(
                "A new version of the Annex has been published. It applies from 1.3.2031"
            ),
            "{current}"
        );
        assert!(current.contains("href=\"/en/annex/2031-03-01/\""));
        let upcoming = site.read("en/annex/2031-03-01/index.html");
        assert!(
            upcoming.contains("Applies from 1.3.2031, not yet in force."),
            "{upcoming}"
        );
        assert!(upcoming.contains("Article 10(4) and Article 12."));
        assert!(!upcoming.contains("Current version"), "{upcoming}");
        let timeline = site.read("en/annex/timeline/index.html");
        assert!(
            timeline
                .contains("1.3.2031</time></a> – [en] Applies from 1.3.2031, not yet in force."),
            "{timeline}"
        );
        assert!(timeline.contains("21.2.2022</time></a> – [en] Current version"));
        let feed = site.read("en/annex/atom.xml");
        assert!(
            feed.contains("The Annex as applicable from 1.3.2031: [en] Applies from 1.3.2031, not yet in force.</title>"),
            "{feed}"
        );
        // Dated by the act's publication, not by a future date.
        assert!(feed.contains("<updated>2031-02-24T00:00:00Z</updated>"));
        assert!(!feed.contains("2031-03-01T00:00:00Z"));
        let data = versions_json(&site);
        assert_eq!(data["in_force"], "2022-02-21");
        assert_eq!(data["next_change"], "2031-03-01");
        let last = data["versions"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["date"], "2031-03-01");
        assert_eq!(last["status"], "not-yet-in-force");
    }
}

#[test]
fn on_the_day_it_applies_the_new_version_is_current() {
    let site = future_site();
    for day in ["2031-03-01", "2031-03-02", "2040-01-01"] {
        let built = site.build_as_of(day).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(built.next_change, None);
        let current = site.read("en/annex/index.html");
        assert!(
            current.contains("Current version, applicable from 1.3.2031."),
            "{current}"
        );
        assert!(current.contains("Article 10(4) and Article 12."));
        assert!(!current.contains("not yet in force"), "{current}");
        // The deleted point keeps its number and says it is deleted.
        assert!(
            current.contains("<li id=\"point-4\">"),
            "deleted point keeps its place"
        );
        assert!(
            current.contains("class=\"point-deleted\">[en] Deleted.</span>"),
            "{current}"
        );
        assert!(!current.contains("Regulation (EU) No 1214/2011"));
        assert!(current.contains("id=\"point-16\""));
        let old = site.read("en/annex/2022-02-21/index.html");
        assert!(
            old.contains("This version no longer applies: the next version applies from 1.3.2031."),
            "{old}"
        );
        let changes = site.read("en/annex/2031-03-01/index.html");
        assert!(changes.contains("Point 4 deleted"), "{changes}");
        assert!(changes.contains("Point 16 inserted"));
        let feed = site.read("en/annex/atom.xml");
        assert!(feed.contains("<updated>2031-03-01T00:00:00Z</updated>"));
        assert!(!feed.contains("not yet in force"));
        let data = versions_json(&site);
        assert_eq!(data["in_force"], "2031-03-01");
        assert_eq!(data["next_change"], serde_json::Value::Null);
        let versions = data["versions"].as_array().unwrap();
        assert_eq!(versions.last().unwrap()["status"], "in-force");
        assert_eq!(versions[versions.len() - 2]["status"], "superseded");
        let v: serde_json::Value =
            serde_json::from_str(&site.read("data/annex/2031-03-01.json")).unwrap();
        let four = v["points"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["number"] == "4")
            .unwrap()
            .clone();
        assert_eq!(four["deleted_by"], 9);
    }
}

#[test]
fn the_annex_command_shows_the_annex_in_force_and_what_is_announced() {
    let site = future_site();
    let run = |args: &[&str], env: Option<&str>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_generator"));
        command.args(["--root", site.root().to_str().unwrap(), "annex"]);
        command.args(args);
        match env {
            Some(seconds) => command.env("SOURCE_DATE_EPOCH", seconds),
            None => command.env_remove("SOURCE_DATE_EPOCH"),
        };
        let output = command.output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let before = run(&["--at", "2031-02-28"], None);
    assert!(
        before.contains("in force on 2031-02-28: the version applicable from 2022-02-21"),
        "{before}"
    );
    assert!(
        before.contains("4. Regulation (EU) No 1214/2011"),
        "{before}"
    );
    assert!(
        before.contains("Not yet in force on 2031-02-28: from 2031-03-01 M9 (Regulation (EU) 2031/7) inserted point 16"),
        "{before}"
    );
    assert!(before.contains("+ 2031-03-01"), "{before}");
    assert!(before.contains("* 2022-02-21"), "{before}");
    let on = run(&["--at", "2031-03-01"], None);
    assert!(on.contains("4. ▶M9 [deleted]"), "{on}");
    assert!(on.contains("16. ▶M9 Regulation (EU) 2031/7"), "{on}");
    assert!(!on.contains("Not yet in force"), "{on}");
    // Without --at: SOURCE_DATE_EPOCH (1.3.2031 = 22339 days), else today.
    let epoch = (22_339i64 * 86_400 + 3600).to_string();
    assert!(run(&[], Some(&epoch)).contains("in force on 2031-03-01"));
    let today = run(&[], None);
    assert!(
        today.contains("+ 2031-03-01"),
        "today is before 2031: {today}"
    );
}

#[test]
fn check_and_build_say_when_the_site_next_changes_by_itself() {
    let site = future_site();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_generator"))
        .args([
            "--root",
            site.root().to_str().unwrap(),
            "build",
            "--as-of",
            "2031-02-26",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("as of 2031-02-26"), "{stderr}");
    assert!(
        stderr.contains("next change by itself: 2031-03-01 (1.3.2031)"),
        "{stderr}"
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_generator"))
        .args([
            "--root",
            site.root().to_str().unwrap(),
            "check",
            "--as-of",
            "nope",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("`nope` is not a date"));
}

#[test]
fn a_given_reference_date_keeps_the_build_reproducible() {
    let site = future_site();
    site.build_as_of("2031-02-28").unwrap();
    let first = site.read("en/annex/index.html") + &site.read("data/annex/versions.json");
    site.build_as_of("2031-02-28").unwrap();
    let second = site.read("en/annex/index.html") + &site.read("data/annex/versions.json");
    assert_eq!(first, second);
}

#[test]
fn the_page_of_facts_still_to_be_verified_lists_them_with_what_remains() {
    let site = site_with_real_annex();
    site.write(
        "content/data/acts.toml",
        "[[acts]]\nid = \"reg-2031-7\"\nkind = \"regulation\"\nnumber = \"(EU) 2031/7\"\ntitle = \"Regulation (EU) 2031/7 (a test act)\"\ndate = 2031-02-20\noj = \"OJ L 9, 24.2.2031, p. 1\"\nstatus = \"in-force\"\ncovers = \"A test.\"\nsource = \"OJ L 9, 24.2.2031, p. 1\"\nverified = false\nto_check = \"The date of adoption, in the Official Journal.\"\n",
    );
    site.build_as_of("2026-12-06")
        .unwrap_or_else(|e| panic!("{e:#?}"));
    let page = site.read("nl/about/unverified/index.html");
    assert!(page.contains("<html lang=\"nl\""), "every language has it");
    let page = site.read("en/about/unverified/index.html");
    let annex = generator::Site::load(
        site.root(),
        &generator::LoadOptions {
            as_of: Date::parse("2026-12-06"),
            ..Default::default()
        },
    )
    .site
    .unwrap();
    let count = annex.unverified_count();
    // Points 6, 7 (English wording), 12 (the number printed), 13 and 14
    // (Directive (EU) 2020/1057 not read), the M1 date, and the act above.
    assert_eq!(count, 7, "{page}");
    assert!(
        page.contains(&format!("[en] Facts still to be verified: {count}")),
        "{page}"
    );
    assert!(
        page.contains("Annex, point 12 (Regulation (EU) 2018/1724)"),
        "{page}"
    );
    assert!(
        page.contains("the number the Official Journal prints"),
        "{page}"
    );
    assert!(
        page.contains("href=\"/en/legislation/acts/#reg-2031-7\""),
        "{page}"
    );
    assert!(page.contains("The date of adoption, in the Official Journal."));
    // An area without open facts says so.
    assert!(page.contains("[en] Every fact in this part is verified."));
    assert!(
        site.read("en/index.html")
            .contains("href=\"/en/about/unverified/\""),
        "linked from every page"
    );
}
