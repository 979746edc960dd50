//! Interface strings: Fluent files in `locales/<lang>/*.ftl`, one bundle per
//! language, exposed to templates as `t(key="...", count=3)`.
//!
//! Fluent falls back silently when a key or a plural form is missing; this
//! module does not. Every key of the default language must exist in every
//! language, and a message that chooses by plural category must cover every
//! CLDR category the language uses for whole numbers (Irish has five, Maltese
//! and Slovenian four), or the build fails.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::config::SiteConfig;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// One language's compiled strings.
pub type Bundle = FluentBundle<FluentResource>;

/// Where a key is defined: file and source, for diagnostics.
#[derive(Debug, Clone)]
struct KeySite {
    file: PathBuf,
    source: Arc<str>,
    offset: usize,
}

/// The keys the generator formats from Rust rather than from templates
/// (feeds, Annex page titles, the acts' filter pages, the annex comparison's
/// labels, the language chooser). Checked at load like the keys templates
/// use: each must be in the default language's strings.
pub const RUST_KEYS: &[&str] = &[
    "acts-view-title",
    "annex-deleted-text",
    "annex-feed-title",
    "annex-inserted-text",
    "annex-timeline-description",
    "annex-timeline-title",
    "annex-upcoming-version",
    "annex-version-description",
    "annex-version-title",
    "choose-language",
    "feed-author",
    "feed-title",
];

/// The interface strings of every configured language.
pub struct Locales {
    bundles: Vec<Arc<Bundle>>,
    /// Keys per language index, with where each is defined.
    keys: Vec<BTreeMap<String, KeySite>>,
    /// The first file of each language, for "add the key here" messages.
    first_file: Vec<PathBuf>,
}

impl Locales {
    /// Loads `locales/<lang>/*.ftl` for every configured language, reporting
    /// syntax errors, duplicate keys, missing keys and missing plural forms.
    pub fn load(root: &Path, config: &SiteConfig, diagnostics: &Diagnostics) -> Locales {
        let dir = root.join(&config.locales);
        let mut bundles = Vec::new();
        let mut keys = Vec::new();
        let mut first_file = Vec::new();
        for language in &config.languages {
            let lang_dir = dir.join(&language.code);
            let rel_dir = crate::content::relative(root, &lang_dir);
            let langid: LanguageIdentifier = match language.code.parse() {
                Ok(id) => id,
                Err(e) => {
                    diagnostics.push(Diagnostic::file_error(
                        "config::language-code",
                        Path::new("site.toml"),
                        format!("`{}` is not a language code: {e}", language.code),
                        "use the language's ISO 639-1 code, e.g. `ga`",
                    ));
                    LanguageIdentifier::default()
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
            // Every official EU language is written left to right and the
            // strings land in HTML attributes too: no isolation marks.
            bundle.set_use_isolating(false);
            let mut lang_keys = BTreeMap::new();
            // A folder that cannot be read has no files: reported just below
            // as a language without strings.
            let files = crate::content::files_with_extension(&lang_dir, "ftl")
                .unwrap_or_else(|_| Vec::new());
            if files.is_empty() {
                diagnostics.push(Diagnostic::file_error(
                    "locales::missing-language",
                    &rel_dir,
                    format!(
                        "no interface strings for `{}` ({})",
                        language.code, language.name
                    ),
                    format!(
                        "create {} with a translation of every file in {}",
                        rel_dir.join("portal.ftl").display(),
                        crate::content::relative(root, &dir.join(&config.default_language))
                            .display()
                    ),
                ));
            }
            first_file.push(files.first().map_or_else(
                || rel_dir.join("portal.ftl"),
                |f| crate::content::relative(root, f),
            ));
            for path in &files {
                let rel = crate::content::relative(root, path);
                let text = match std::fs::read_to_string(path) {
                    Ok(t) => t,
                    Err(e) => {
                        diagnostics.push(Diagnostic::file_error(
                            "locales::read",
                            &rel,
                            format!("cannot read the file: {e}"),
                            "save it as UTF-8 text",
                        ));
                        continue;
                    }
                };
                let source: Arc<str> = Arc::from(text.as_str());
                let resource = match FluentResource::try_new(text) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            // Point at the start of the broken entry, which is
                            // where a translator has to look, not at the place
                            // (often the end of the file) where parsing gave up.
                            let span = e
                                .slice
                                .clone()
                                .map_or(e.pos.clone(), |s| s.start..e.pos.end.max(s.start));
                            diagnostics.push(Diagnostic::error(
                                "locales::syntax",
                                &rel,
                                &source,
                                span,
                                format!("Fluent syntax: {}", e.kind),
                                "see https://projectfluent.org/fluent/guide/ for the syntax; a message is `key = text` on one line",
                            ));
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(message) = entry {
                        let name = message.id.name;
                        let offset = key_offset(&source, name);
                        if let Some(previous) = lang_keys.get(name) {
                            let previous: &KeySite = previous;
                            let (line, _) =
                                crate::diagnostics::line_col(&previous.source, previous.offset);
                            diagnostics.push(Diagnostic::error(
                                "locales::duplicate",
                                &rel,
                                &source,
                                offset..offset + name.len(),
                                format!(
                                    "the key `{name}` is defined twice (first in {}:{line})",
                                    previous.file.display()
                                ),
                                "keep one definition",
                            ));
                            continue;
                        }
                        check_plurals(message, &langid, &rel, &source, diagnostics);
                        lang_keys.insert(
                            name.to_string(),
                            KeySite {
                                file: rel.clone(),
                                source: source.clone(),
                                offset,
                            },
                        );
                    }
                }
                // Duplicates were reported above; keep the first definition.
                let _ = bundle.add_resource(resource);
            }
            bundles.push(Arc::new(bundle));
            keys.push(lang_keys);
        }
        let locales = Locales {
            bundles,
            keys,
            first_file,
        };
        locales.check_coverage(config, diagnostics);
        locales.check_rust_keys(config, diagnostics);
        locales
    }

    /// Every key of [`RUST_KEYS`] is in the default language's strings
    /// (the other languages are held to the default by `check_coverage`).
    fn check_rust_keys(&self, config: &SiteConfig, diagnostics: &Diagnostics) {
        let default = config.default_index();
        for key in RUST_KEYS {
            if !self.keys[default].contains_key(*key) {
                diagnostics.push(Diagnostic::file_error(
                    "locales::missing-key",
                    &self.first_file[default],
                    format!(
                        "the generator uses the key `{key}`, which the {} strings do not define",
                        config.default_language
                    ),
                    format!(
                        "add `{key} = ...` to the {} strings",
                        config.default_language
                    ),
                ));
            }
        }
    }

    fn check_coverage(&self, config: &SiteConfig, diagnostics: &Diagnostics) {
        let default = config.default_index();
        let reference = &self.keys[default];
        for (index, language) in config.languages.iter().enumerate() {
            if index == default || self.keys[index].is_empty() {
                continue;
            }
            for (key, site) in reference {
                if !self.keys[index].contains_key(key) {
                    let (line, _) = crate::diagnostics::line_col(&site.source, site.offset);
                    diagnostics.push(Diagnostic::file_error(
                        "locales::missing-key",
                        &self.first_file[index],
                        format!(
                            "the key `{key}` has no {} ({}) translation",
                            language.name, language.code
                        ),
                        format!(
                            "add `{key} = ...` translating {}:{line}; nothing falls back to {} silently",
                            site.file.display(),
                            config.default_language
                        ),
                    ));
                }
            }
            for (key, site) in &self.keys[index] {
                if !reference.contains_key(key) {
                    diagnostics.push(
                        Diagnostic::error(
                            "locales::unused-key",
                            &site.file,
                            &site.source,
                            site.offset..site.offset + key.len(),
                            format!(
                                "the key `{key}` is not in the {} strings",
                                config.default_language
                            ),
                            "remove it, or add it to the default language first",
                        )
                        .warning(),
                    );
                }
            }
        }
    }

    /// The bundle of a language index.
    pub fn bundle(&self, index: usize) -> &Arc<Bundle> {
        &self.bundles[index]
    }

    /// Whether the default language defines `key`.
    pub fn has_key(&self, default: usize, key: &str) -> bool {
        self.keys[default].contains_key(key)
    }

    /// Number of keys defined per language index.
    pub fn key_counts(&self) -> Vec<usize> {
        self.keys.iter().map(BTreeMap::len).collect()
    }

    /// The keys of a language that start with `prefix`, in order.
    pub fn keys_with_prefix<'a>(
        &'a self,
        index: usize,
        prefix: &'a str,
    ) -> impl Iterator<Item = &'a str> + 'a {
        self.keys[index]
            .range(prefix.to_string()..)
            .map(|(k, _)| k.as_str())
            .take_while(move |k| k.starts_with(prefix))
    }

    /// Formats `key` in a language, for use outside templates; `None` when
    /// the language does not define it.
    pub fn format(&self, index: usize, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        format_message(&self.bundles[index], key, args).ok()
    }

    /// Formats one of [`RUST_KEYS`] in a language. A key missing from the
    /// strings has already been reported as an error at load (the build
    /// fails); the key itself then stands in, so the build goes on to report
    /// what else is wrong rather than publish an empty string.
    pub fn text(&self, index: usize, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        debug_assert!(RUST_KEYS.contains(&key), "`{key}` is not in RUST_KEYS");
        self.format(index, key, args)
            .unwrap_or_else(|| key.to_string())
    }
}

/// Byte offset of a key's definition (`key =` at the start of a line).
fn key_offset(source: &str, key: &str) -> usize {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            return offset;
        }
        offset += line.len();
    }
    0
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The plural categories a language uses for whole numbers (counts), in
/// CLDR order, found by asking its rules about 0 to 1000.
pub fn integer_plural_categories(langid: &LanguageIdentifier) -> Vec<&'static str> {
    let Ok(rules) = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL) else {
        return vec!["other"];
    };
    let found: BTreeSet<&str> = (0u32..=1000)
        .filter_map(|n| rules.select(n).ok())
        .map(category_name)
        .collect();
    [
        PluralCategory::ZERO,
        PluralCategory::ONE,
        PluralCategory::TWO,
        PluralCategory::FEW,
        PluralCategory::MANY,
        PluralCategory::OTHER,
    ]
    .into_iter()
    .map(category_name)
    .filter(|c| found.contains(c))
    .collect()
}

/// A message that selects on a variable with plural-category keys must cover
/// every category of its language.
fn check_plurals(
    message: &ast::Message<&str>,
    langid: &LanguageIdentifier,
    file: &Path,
    source: &Arc<str>,
    diagnostics: &Diagnostics,
) {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let Some(pattern) = &message.value else {
        return;
    };
    for element in &pattern.elements {
        let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        } = element
        else {
            continue;
        };
        if !matches!(selector, ast::InlineExpression::VariableReference { .. }) {
            continue;
        }
        let keys: BTreeSet<&str> = variants
            .iter()
            .filter_map(|v| match &v.key {
                ast::VariantKey::Identifier { name } => Some(*name),
                ast::VariantKey::NumberLiteral { .. } => None,
            })
            .collect();
        if !keys.iter().any(|k| CATEGORIES.contains(k) && *k != "other") {
            continue; // Not a plural selection.
        }
        let needed = integer_plural_categories(langid);
        let missing: Vec<&str> = needed
            .iter()
            .copied()
            .filter(|c| !keys.contains(c))
            .collect();
        if !missing.is_empty() {
            let name = message.id.name;
            let offset = key_offset(source, name);
            diagnostics.push(Diagnostic::error(
                "locales::plural-forms",
                file,
                source,
                offset..offset + name.len(),
                format!(
                    "`{name}` chooses a plural form but has no variant for {}",
                    missing.join(", ")
                ),
                format!(
                    "`{langid}` uses the plural categories {}: add a `[{}]` variant",
                    needed.join(", "),
                    missing[0]
                ),
            ));
        }
    }
}

/// Formats the message `key` of `bundle` with `args`, or says why it cannot.
pub fn format_message(
    bundle: &Bundle,
    key: &str,
    args: Option<&FluentArgs<'_>>,
) -> Result<String, String> {
    let message = bundle
        .get_message(key)
        .ok_or_else(|| format!("the interface string `{key}` does not exist"))?;
    let pattern = message
        .value()
        .ok_or_else(|| format!("the interface string `{key}` has no value"))?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if let Some(e) = errors.first() {
        return Err(format!("the interface string `{key}`: {e}"));
    }
    Ok(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr() {
        let cats = |l: &str| integer_plural_categories(&l.parse().unwrap());
        assert_eq!(cats("ga"), ["one", "two", "few", "many", "other"]);
        assert_eq!(cats("sl"), ["one", "two", "few", "other"]);
        let mt = cats("mt");
        assert!(
            ["one", "few", "many", "other"]
                .iter()
                .all(|c| mt.contains(c)),
            "{mt:?}"
        );
        assert_eq!(cats("en"), ["one", "other"]);
        // Polish whole numbers never reach `other` (it is for fractions).
        assert_eq!(cats("pl"), ["one", "few", "many"]);
    }

    #[test]
    fn key_offsets_find_the_definition_line() {
        let src = "# comment\nabc = x\nab = y\n";
        assert_eq!(key_offset(src, "ab"), 18);
        assert_eq!(key_offset(src, "abc"), 10);
    }
}
