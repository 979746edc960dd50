//! Template functions registered per language (the Annex, the request
//! model, the request form's strings), the security headers and CSP, and
//! the translation keys a template uses.

use super::*;

/// `annex(date="2018-12-11")` (without `date`, the version in force on the
/// build's reference date), `annex_versions()`, `annex_upcoming()` (the
/// versions published but not yet in force) and `annex_acts()` for one
/// language.
pub(super) fn register_annex_functions(tera: &mut tera::Tera, views: Option<Arc<LanguageViews>>) {
    let missing = || tera::Error::msg("this site has no Annex (content/annex/original.toml)");
    let v = views.clone();
    tera.register_function("annex", move |args: &HashMap<String, tera::Value>| {
        let views = v.as_ref().ok_or_else(missing)?;
        let version = match args.get("date").and_then(tera::Value::as_str) {
            Some(date) => views.versions.get(date),
            None => views.versions.get(&views.current),
        };
        version.cloned().ok_or_else(|| {
            tera::Error::msg("annex(): no version of the Annex applies from that date")
        })
    });
    let v = views.clone();
    tera.register_function("annex_versions", move |_: &HashMap<String, tera::Value>| {
        Ok(v.as_ref().ok_or_else(missing)?.timeline.clone())
    });
    let v = views.clone();
    tera.register_function("annex_upcoming", move |_: &HashMap<String, tera::Value>| {
        Ok(v.as_ref().ok_or_else(missing)?.upcoming.clone())
    });
    tera.register_function("annex_acts", move |_: &HashMap<String, tera::Value>| {
        Ok(views.as_ref().ok_or_else(missing)?.acts.clone())
    });
}

/// `request_model()`: the request form's choices and limits, from the crate
/// the intake validates with, so the form and the service cannot disagree.
pub(super) fn request_model_function(
    _: &HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    serde_json::to_value(request_model::form_model()).map_err(tera::Error::json)
}

/// The Content-Security-Policy. `frame-ancestors` only works as a header.
pub fn csp(intake_origin: &str, header: bool) -> String {
    let mut policy = format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self' {intake_origin}; form-action 'self' {intake_origin}; manifest-src 'self'; base-uri 'none'"
    );
    if header {
        policy.push_str("; frame-ancestors 'none'");
    }
    policy
}

/// Headers sent with every page.
pub fn security_headers(csp: &str) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", csp.to_string()),
        ("Referrer-Policy", "no-referrer".into()),
        ("X-Content-Type-Options", "nosniff".into()),
        ("X-Frame-Options", "DENY".into()),
        ("Cross-Origin-Opener-Policy", "same-origin".into()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()".into(),
        ),
    ]
}

/// Finds `t(key="...")` calls in a template: byte offset and key.
pub fn template_keys(source: &str) -> Vec<(usize, &str)> {
    let mut keys = Vec::new();
    let mut from = 0;
    while let Some(i) = source[from..].find("t(key=") {
        let start = from + i;
        from = start + 6;
        // Only the function `t`, not e.g. `format(key=`.
        let prev = source[..start].chars().next_back();
        if prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &source[from..];
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if let Some(end) = rest[1..].find(quote) {
            // `t(key="request-kind-" ~ kind)` builds its key at render time,
            // where a missing key is an error too.
            let dynamic = rest[2 + end..].trim_start().starts_with('~');
            if !dynamic {
                keys.push((from + 1, &rest[1..1 + end]));
            }
        }
    }
    keys
}

/// The request form's strings in one language, as the JSON the WebAssembly
/// view reads from the page (`<script type="application/json">`): every
/// `request-*` message, with its variables written `{name}` for the view to
/// fill in. `<`, `>` and `&` are escaped so the data cannot end the element.
pub(super) fn request_strings(locales: &Locales, lang: usize) -> Result<String, Diagnostic> {
    let mut args = FluentArgs::new();
    for name in ["date", "step", "total", "title", "status"] {
        args.set(name, format!("{{{name}}}"));
    }
    let strings: BTreeMap<&str, String> = locales
        .keys_with_prefix(lang, "request-")
        .filter_map(|key| Some((key, locales.format(lang, key, Some(&args))?)))
        .collect();
    let json = serde_json::to_string(&strings).map_err(|e| {
        Diagnostic::file_error(
            "internal::json",
            Path::new("locales"),
            format!("the request form's strings could not be written as JSON: {e}"),
            "this is a bug in the generator: report it",
        )
    })?;
    Ok(json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026"))
}

/// A template value, or `null` with the error reported (which fails the
/// build): never a silent default.
pub(super) fn reported(
    value: Result<serde_json::Value, Diagnostic>,
    diagnostics: &Diagnostics,
) -> tera::Value {
    value.unwrap_or_else(|e| {
        diagnostics.push(e);
        tera::Value::Null
    })
}

/// The tera function `t(key="...", name=value, ...)` for one language.
pub(crate) struct Translate {
    bundle: Arc<crate::i18n::Bundle>,
}

impl Translate {
    /// The function for one language's bundle.
    pub(crate) fn new(bundle: Arc<crate::i18n::Bundle>) -> Self {
        Translate { bundle }
    }
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| {
                tera::Error::msg("t() needs a `key` argument, e.g. t(key=\"skip-link\")")
            })?;
        let mut fluent_args = FluentArgs::new();
        let mut names: Vec<&String> = args.keys().filter(|k| k.as_str() != "key").collect();
        names.sort();
        for name in names {
            let value = match &args[name] {
                tera::Value::Number(n) => match n.as_i64() {
                    Some(i) => fluent_bundle::FluentValue::from(i),
                    None => fluent_bundle::FluentValue::from(n.as_f64().ok_or_else(|| {
                        tera::Error::msg(format!("t(): `{name}` is a number out of range"))
                    })?),
                },
                tera::Value::String(s) => fluent_bundle::FluentValue::from(s.clone()),
                other => fluent_bundle::FluentValue::from(other.to_string()),
            };
            fluent_args.set(name.clone(), value);
        }
        crate::i18n::format_message(&self.bundle, key, Some(&fluent_args))
            .map(tera::Value::String)
            .map_err(tera::Error::msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_translation_keys_in_templates() {
        let src = "{{ t(key=\"a-b\") }} {{ format(key=\"no\") }} {{ t(key='c', count=2) }} {{ t(key=\"d-\" ~ x) }}";
        let keys: Vec<_> = template_keys(src).into_iter().map(|(_, k)| k).collect();
        assert_eq!(keys, ["a-b", "c"]);
        let (offset, key) = template_keys(src)[0];
        assert_eq!(&src[offset..offset + key.len()], "a-b");
    }

    #[test]
    fn csp_is_strict_and_allows_the_intake() {
        let header = csp("https://intake.example.eu", true);
        assert!(header.starts_with("default-src 'none'"));
        assert!(header.contains("form-action 'self' https://intake.example.eu"));
        assert!(header.contains("frame-ancestors 'none'"));
        assert!(!csp("https://intake.example.eu", false).contains("frame-ancestors"));
        assert!(!header.contains("unsafe-inline"));
    }
}
