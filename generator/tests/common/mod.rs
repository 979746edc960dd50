//! A small builder over fixture sites: copy a fixture (or start empty) into a
//! temporary folder, add or replace files, then build or load it.
//!
//! Fixture sites use the portal's real theme. Their interface strings are
//! derived from the real English strings, each value prefixed with the
//! language code (`[ga] Skip to main content`), so a test sees which
//! language a string came from; `section-pages` names the CLDR plural
//! category it picked (`plural:few`).

#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};

pub struct TestSite {
    pub dir: tempfile::TempDir,
}

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

impl TestSite {
    /// A site in `languages` (the first is the default) with marker strings.
    pub fn new(languages: &[&str]) -> TestSite {
        let dir = tempfile::tempdir().unwrap();
        let site = TestSite { dir };
        let entries: Vec<String> = languages
            .iter()
            .map(|l| format!("  {{ code = \"{l}\", name = \"Name-{l}\" }},"))
            .collect();
        site.write(
            "site.toml",
            &format!(
                "base_url = \"https://portal.example.eu/\"\ndefault_language = \"{}\"\nintake_url = \"https://intake.example.eu/\"\ntheme = {:?}\nlanguages = [\n{}\n]\n",
                languages[0],
                repo().join("theme").display().to_string(),
                entries.join("\n")
            ),
        );
        for l in languages {
            site.write(&format!("locales/{l}/portal.ftl"), &marker_strings(l));
            site.write(
                &format!("locales/{l}/request.ftl"),
                &marker_file("request.ftl", l),
            );
        }
        site
    }

    /// A copy of `generator/tests/fixtures/<name>/content` on top of `new`.
    pub fn fixture(name: &str, languages: &[&str]) -> TestSite {
        let site = TestSite::new(languages);
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        for entry in walkdir::WalkDir::new(&source) {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(&source).unwrap();
                site.write(
                    rel.to_str().unwrap(),
                    &std::fs::read_to_string(entry.path()).unwrap(),
                );
            }
        }
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, path: &str, text: &str) -> &Self {
        let p = self.dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
        self
    }

    pub fn remove(&self, path: &str) -> &Self {
        std::fs::remove_file(self.dir.path().join(path)).unwrap();
        self
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("dist")
    }

    pub fn build(&self) -> Result<generator::Built, Vec<generator::Diagnostic>> {
        generator::build(self.root(), &self.out(), &Default::default())
    }

    /// Loads and checks the site without rendering or writing anything:
    /// the diagnostics `build` would report before it renders.
    pub fn load(&self) -> generator::site::Loaded {
        generator::Site::load(self.root(), &Default::default())
    }

    /// Builds as on `date` (`YYYY-MM-DD`), the build's reference date.
    pub fn build_as_of(&self, date: &str) -> Result<generator::Built, Vec<generator::Diagnostic>> {
        let options = generator::LoadOptions {
            as_of: generator::annex::engine::Date::parse(date),
            ..Default::default()
        };
        generator::build(self.root(), &self.out(), &options)
    }

    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.out().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
}

/// The real English strings of `locales/en/portal.ftl` with every value
/// prefixed by `[lang]`, and a `section-pages` that names the plural category
/// chosen.
pub fn marker_strings(lang: &str) -> String {
    marker_file("portal.ftl", lang)
}

/// One of the real English string files, marked for `lang`.
pub fn marker_file(file: &str, lang: &str) -> String {
    let english = std::fs::read_to_string(repo().join("locales/en").join(file)).unwrap();
    let categories = generator::i18n::integer_plural_categories(&lang.parse().unwrap());
    let mut out = String::new();
    let mut skipping = false;
    for line in english.lines() {
        if skipping {
            if line.starts_with(char::is_whitespace) || line.is_empty() {
                continue;
            }
            skipping = false;
        }
        // A message whose value starts on the next line is a plural choice
        // (`section-pages`, `acts-count`): name the category it picks.
        if let Some(key) = line.strip_suffix(" =").filter(|k| !k.starts_with('#')) {
            skipping = true;
            out.push_str(&format!("{key} =\n    {{ $count ->\n"));
            for c in &categories {
                if *c != "other" {
                    out.push_str(&format!("        [{c}] plural:{c} {{ $count }}\n"));
                }
            }
            out.push_str("       *[other] plural:other { $count }\n    }\n");
            continue;
        }
        match line.split_once(" = ") {
            Some((key, value)) if !line.starts_with('#') => {
                out.push_str(&format!("{key} = [{lang}] {value}\n"))
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

pub fn page(title: &str, extra: &str, body: &str) -> String {
    format!("+++\ntitle = \"{title}\"\ndescription = \"About {title}.\"\n{extra}+++\n{body}")
}
