//! Diagnostics: content mistakes reported with file, line and column, what is
//! wrong and what to do about it.
//!
//! Every stage of the build pushes into a [`Diagnostics`] collector instead of
//! returning at the first problem, so one run reports every mistake. The CLI
//! prints them through miette (its narratable printer when `NO_COLOR` is set
//! or the output is not a terminal, which reads well with a screen reader).

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use miette::{LabeledSpan, SourceCode};

/// How bad a diagnostic is: errors fail the build, warnings are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Fails `build` and `check` with a non-zero exit status.
    Error,
    /// Printed, but the build still succeeds.
    Warning,
}

/// One problem found in the site's input files.
#[derive(Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code such as `content::front-matter`, for searching the docs.
    pub code: &'static str,
    /// The file, relative to the site root when possible.
    pub file: PathBuf,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column (in characters) of the problem.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
    source: Option<Arc<str>>,
    span: Option<Range<usize>>,
}

/// Names of the project's internal notes, which readers cannot look up.
const INTERNAL_NOTES: [&str; 6] = [
    "imi-facts",
    "annex-sources",
    "seed 0",
    "seed document",
    "seed file",
    "reference notes",
];

/// Finds the names of [`INTERNAL_NOTES`] in any letter case, in one pass
/// over a file (a build scans every page with it).
static NOTE_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        // A full DFA: the fastest search, and six short names keep it small.
        .kind(Some(AhoCorasickKind::DFA))
        .build(INTERNAL_NOTES)
        .ok()
});

/// Every place where `source` cites one of the project's internal notes
/// instead of a public document. In TOML (`toml = true`) comment lines are
/// skipped: they are not published.
pub fn internal_references(file: &Path, source: &Arc<str>, toml: bool, diagnostics: &Diagnostics) {
    let Some(finder) = NOTE_FINDER.as_ref() else {
        return;
    };
    for found in finder.find_iter(source.as_bytes()) {
        let line_start = source[..found.start()].rfind('\n').map_or(0, |i| i + 1);
        if toml && source[line_start..].trim_start().starts_with('#') {
            continue;
        }
        let name = INTERNAL_NOTES[found.pattern().as_usize()];
        diagnostics.push(Diagnostic::error(
            "content::internal-reference",
            file,
            source,
            found.start()..found.end(),
            format!("this cites `{name}`, an internal note that readers cannot look up"),
            "cite the public document instead: the Official Journal reference and article, the ELI or CELEX number, or a public web address",
        ));
    }
}

impl Diagnostic {
    /// An error at a byte range of a file whose text is `source`.
    pub fn error(
        code: &'static str,
        file: &Path,
        source: &Arc<str>,
        span: Range<usize>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        let (line, column) = line_col(source, span.start);
        let end = span.end.clamp(span.start, source.len());
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_path_buf(),
            line,
            column,
            message: message.into(),
            help: help.into(),
            source: Some(source.clone()),
            span: Some(span.start.min(source.len())..end),
        }
    }

    /// An error about a whole file (or a file that could not be read).
    pub fn file_error(
        code: &'static str,
        file: &Path,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_path_buf(),
            line: 1,
            column: 1,
            message: message.into(),
            help: help.into(),
            source: None,
            span: None,
        }
    }

    /// Turns this diagnostic into a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Whether this diagnostic fails the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic for people: with colour and a source snippet on a
    /// terminal, as plain narrated text otherwise.
    pub fn render(&self, fancy: bool) -> String {
        let mut out = String::new();
        let result = if fancy {
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode())
                .render_report(&mut out, self)
        } else {
            miette::NarratableReportHandler::new().render_report(&mut out, self)
        };
        if result.is_err() {
            // Rendering into a String cannot fail in practice; fall back to the
            // one-line form rather than losing the message.
            out = format!("{self}\n");
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    /// The one-line form: `file:line:column: error[code]: message`. The help
    /// is left to the renderers, which print it on its own line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {kind}[{}]: {}",
            self.file.display(),
            self.line,
            self.column,
            self.code,
            self.message
        )
    }
}

impl fmt::Debug for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self} (help: {})", self.help)
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.help.is_empty()).then(|| Box::new(&self.help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        // The diagnostic itself is the source: it pairs the file name with
        // the text, so a diagnostic stays cheap to clone and move.
        self.source.as_ref().map(|_| self as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.span.clone()?;
        let label = LabeledSpan::new_primary_with_span(
            Some(format!("line {}, column {}", self.line, self.column)),
            span.start..span.end.max(span.start),
        );
        Some(Box::new(std::iter::once(label)))
    }
}

impl SourceCode for Diagnostic {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let source = self.source.as_deref().unwrap_or("");
        let inner = source.read_span(span, context_lines_before, context_lines_after)?;
        let name = self.file.display().to_string();
        Ok(Box::new(miette::MietteSpanContents::new_named(
            name,
            inner.data(),
            *inner.span(),
            inner.line(),
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// `value` as JSON for the data of `file`, or an `internal::json` error
/// naming the file: a value that cannot be written is a bug to report,
/// never a reason to publish an empty file.
pub fn json_value<T: serde::Serialize + ?Sized>(
    file: &Path,
    value: &T,
) -> Result<serde_json::Value, Diagnostic> {
    serde_json::to_value(value).map_err(|e| json_error(file, &e))
}

/// `value` as indented JSON text, or an `internal::json` error (see
/// [`json_value`]).
pub fn json_text<T: serde::Serialize + ?Sized>(
    file: &Path,
    value: &T,
) -> Result<String, Diagnostic> {
    serde_json::to_string_pretty(value).map_err(|e| json_error(file, &e))
}

fn json_error(file: &Path, e: &serde_json::Error) -> Diagnostic {
    Diagnostic::file_error(
        "internal::json",
        file,
        format!("the generator could not write this data as JSON: {e}"),
        "this is a bug in the generator: report it with the file",
    )
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Collects diagnostics from every stage (and every thread) of a build.
#[derive(Default)]
pub struct Diagnostics {
    items: Mutex<Vec<Diagnostic>>,
}

impl Diagnostics {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records one diagnostic.
    pub fn push(&self, diagnostic: Diagnostic) {
        self.lock().push(diagnostic);
    }

    /// Records several diagnostics.
    pub fn extend(&self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.lock().extend(diagnostics);
    }

    /// Whether any error (not warning) was recorded.
    pub fn has_errors(&self) -> bool {
        self.lock().iter().any(Diagnostic::is_error)
    }

    /// All diagnostics, errors first, then by file, line and column, so the
    /// report does not depend on thread scheduling.
    pub fn into_sorted(self) -> Vec<Diagnostic> {
        let mut items = self.items.into_inner().unwrap_or_else(|e| e.into_inner());
        items.sort_by(|a, b| {
            (a.severity, &a.file, a.line, a.column, &a.message)
                .cmp(&(b.severity, &b.file, b.line, b.column, &b.message))
        });
        items.dedup_by(|a, b| a.to_string() == b.to_string());
        items
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Diagnostic>> {
        // A panic while holding the lock would only have pushed a diagnostic;
        // the list is still usable.
        self.items.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let text = "ab\nçd\nef";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // 'ç' is two bytes: the 'd' after it is the second character.
        assert_eq!(line_col(text, 5), (2, 2));
        assert_eq!(line_col(text, text.len()), (3, 3));
    }

    #[test]
    fn one_line_form_names_file_line_column_and_help() {
        let source: Arc<str> = Arc::from("+++\ntitel = 1\n+++\n");
        let d = Diagnostic::error(
            "content::front-matter",
            Path::new("content/a.en.md"),
            &source,
            4..9,
            "unknown field `titel`",
            "did you mean `title`?",
        );
        assert_eq!(
            d.to_string(),
            "content/a.en.md:2:1: error[content::front-matter]: unknown field `titel`"
        );
        let narrated = d.render(false);
        assert!(narrated.contains("content/a.en.md"), "{narrated}");
        assert!(narrated.contains("unknown field `titel`"), "{narrated}");
        assert!(narrated.contains("did you mean"), "{narrated}");
    }

    #[test]
    fn collector_sorts_errors_first_and_deduplicates() {
        let all = Diagnostics::new();
        all.push(Diagnostic::file_error("a", Path::new("b"), "w", "").warning());
        all.push(Diagnostic::file_error("a", Path::new("z"), "e", ""));
        all.push(Diagnostic::file_error("a", Path::new("z"), "e", ""));
        assert!(all.has_errors());
        let sorted = all.into_sorted();
        assert_eq!(sorted.len(), 2);
        assert!(sorted[0].is_error());
    }
}
