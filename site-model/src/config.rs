//! `site.toml`: the base URL, the languages and the intake service's URL.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::diagnostics::Diagnostic;

/// The site configuration as written in `site.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Absolute URL the site is published under, ending with `/`.
    pub base_url: String,
    /// The language every page must exist in and that missing translations
    /// fall back to.
    pub default_language: String,
    /// The languages, in the order the language switcher lists them.
    pub languages: Vec<Language>,
    /// Where the request form posts to (the isolated intake service).
    pub intake_url: String,
    /// The theme (templates and static files), relative to the site root.
    #[serde(default = "default_theme")]
    pub theme: PathBuf,
    /// The interface strings, relative to the site root.
    #[serde(default = "default_locales")]
    pub locales: PathBuf,
    /// A language with more searchable pages than this has its search index
    /// split into shards of about this many pages, which the search page
    /// merges: an edit then re-indexes one shard, not the whole language.
    #[serde(default = "default_search_shard_pages")]
    pub search_shard_pages: usize,
}

fn default_search_shard_pages() -> usize {
    250
}

fn default_theme() -> PathBuf {
    PathBuf::from("theme")
}

fn default_locales() -> PathBuf {
    PathBuf::from("locales")
}

/// One language of the site.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 code, e.g. `ga`.
    pub code: String,
    /// The language's name in itself, e.g. `Gaeilge`.
    pub name: String,
}

impl SiteConfig {
    /// Reads and validates `site.toml` in `root`.
    pub fn load(root: &Path) -> Result<SiteConfig, Vec<Diagnostic>> {
        let file = PathBuf::from("site.toml");
        let text = std::fs::read_to_string(root.join(&file)).map_err(|e| {
            vec![Diagnostic::file_error(
                "config::read",
                &file,
                format!("cannot read the site configuration: {e}"),
                "run the command from the site root (the folder holding site.toml and content/), or pass --root",
            )]
        })?;
        let source: Arc<str> = Arc::from(text);
        let config: SiteConfig = toml::from_str(&source).map_err(|e| {
            vec![Diagnostic::error(
                "config::syntax",
                &file,
                &source,
                e.span().unwrap_or(0..0),
                format!("site.toml: {}", e.message()),
                "fix the value; the README lists every setting of site.toml",
            )]
        })?;
        let errors = config.validate(&file, &source);
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(errors)
        }
    }

    fn validate(&self, file: &Path, source: &Arc<str>) -> Vec<Diagnostic> {
        let mut errors = Vec::new();
        let at = |needle: &str| {
            source
                .find(needle)
                .map_or(0..0, |start| start..start + needle.len())
        };
        if !(self.base_url.starts_with("https://") || self.base_url.starts_with("http://"))
            || !self.base_url.ends_with('/')
        {
            errors.push(Diagnostic::error(
                "config::base-url",
                file,
                source,
                at("base_url"),
                format!(
                    "base_url `{}` is not an absolute URL ending with `/`",
                    self.base_url
                ),
                "write it as https://host/path/",
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        for language in &self.languages {
            if language
                .code
                .parse::<unic_langid::LanguageIdentifier>()
                .is_err()
            {
                errors.push(Diagnostic::error(
                    "config::language",
                    file,
                    source,
                    at(&format!("\"{}\"", language.code)),
                    format!("`{}` is not a valid language code", language.code),
                    "use a BCP 47 code such as `ga` or `pt`",
                ));
            }
            if !seen.insert(language.code.as_str()) {
                errors.push(Diagnostic::error(
                    "config::language",
                    file,
                    source,
                    at(&format!("\"{}\"", language.code)),
                    format!("language `{}` is listed twice", language.code),
                    "list each language once",
                ));
            }
        }
        if self.search_shard_pages == 0 {
            errors.push(Diagnostic::error(
                "config::search-shard-pages",
                file,
                source,
                at("search_shard_pages"),
                "search_shard_pages is 0: a search shard holds at least one page".to_string(),
                "leave it out (250 pages per shard) or give a positive number",
            ));
        }
        if !seen.contains(self.default_language.as_str()) {
            errors.push(Diagnostic::error(
                "config::default-language",
                file,
                source,
                at("default_language"),
                format!(
                    "the default language `{}` is not one of the configured languages",
                    self.default_language
                ),
                "add it to [[languages]] or pick one that is listed",
            ));
        }
        if !(self.intake_url.starts_with("https://") || self.intake_url.starts_with("http://")) {
            errors.push(Diagnostic::error(
                "config::intake-url",
                file,
                source,
                at("intake_url"),
                format!("intake_url `{}` is not an absolute URL", self.intake_url),
                "write the intake service's address as https://host/",
            ));
        }
        errors
    }

    /// The path part of the base URL, starting and ending with `/`.
    pub fn base_path(&self) -> &str {
        let after_scheme = self
            .base_url
            .split_once("://")
            .map_or(self.base_url.as_str(), |(_, rest)| rest);
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    }

    /// Scheme, host and port of a URL (`https://host:port`), for the
    /// Content-Security-Policy.
    pub fn origin_of(url: &str) -> &str {
        match url.split_once("://") {
            Some((scheme, rest)) => {
                let end = rest.find('/').map_or(url.len(), |i| scheme.len() + 3 + i);
                &url[..end]
            }
            None => url,
        }
    }

    /// Position of a language in the configured order.
    pub fn language_index(&self, code: &str) -> Option<usize> {
        self.languages.iter().position(|l| l.code == code)
    }

    /// Index of the default language.
    pub fn default_index(&self) -> usize {
        self.language_index(&self.default_language).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(base_url: &str) -> SiteConfig {
        SiteConfig {
            base_url: base_url.into(),
            default_language: "en".into(),
            languages: vec![Language {
                code: "en".into(),
                name: "English".into(),
            }],
            intake_url: "https://intake.example.eu/".into(),
            theme: default_theme(),
            locales: default_locales(),
            search_shard_pages: default_search_shard_pages(),
        }
    }

    #[test]
    fn base_path_is_the_path_of_the_base_url() {
        assert_eq!(config("https://example.eu/").base_path(), "/");
        assert_eq!(
            config("https://example.eu/imi/portal/").base_path(),
            "/imi/portal/"
        );
    }

    #[test]
    fn origin_drops_the_path() {
        assert_eq!(
            SiteConfig::origin_of("https://intake.example.eu:8443/v1/"),
            "https://intake.example.eu:8443"
        );
        assert_eq!(
            SiteConfig::origin_of("http://127.0.0.1:8080"),
            "http://127.0.0.1:8080"
        );
    }

    #[test]
    fn validation_reports_every_problem_with_a_line() {
        let text = "base_url = \"example.eu\"\ndefault_language = \"xx\"\nintake_url = \"nope\"\n[[languages]]\ncode = \"en\"\nname = \"English\"\n[[languages]]\ncode = \"en\"\nname = \"English\"\n";
        let source: Arc<str> = Arc::from(text);
        let config: SiteConfig = toml::from_str(text).unwrap();
        let errors = config.validate(Path::new("site.toml"), &source);
        let codes: Vec<_> = errors.iter().map(|e| e.code).collect();
        assert_eq!(
            codes,
            [
                "config::base-url",
                "config::language",
                "config::default-language",
                "config::intake-url"
            ]
        );
        assert_eq!(errors[0].line, 1);
        assert_eq!(errors[2].line, 2);
    }
}
