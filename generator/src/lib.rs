//! The generator of the IMI transparency portal.
//!
//! It turns a site root holding `site.toml`, `content/` (Markdown pages with
//! TOML front matter, one file per language, and typed TOML data),
//! `locales/` (Fluent interface strings) and a theme (tera templates, CSS)
//! into a static site in every configured language:
//!
//! ```no_run
//! use std::path::Path;
//! let report = generator::build(Path::new("."), Path::new("dist"), &Default::default());
//! match report {
//!     Ok(built) => println!("{} pages", built.pages),
//!     Err(diagnostics) => diagnostics.iter().for_each(|d| eprintln!("{d}")),
//! }
//! ```
//!
//! Every problem in the input is a [`Diagnostic`] with file, line, column and
//! help; a build reports all of them at once and fails if any is an error.
#![warn(missing_docs)]
// A `Diagnostic` carries a file, a message, a help line and a source snippet;
// it is returned only on the cold path of a content mistake, where its size
// costs nothing, and boxing it would make every test and caller noisier.
#![allow(clippy::result_large_err)]

pub mod cache;
pub mod linkcheck;
mod output;
pub mod search;
pub mod serve;
pub mod site;
pub mod theme;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

// The model (what is read and checked) lives in the `site-model` crate, which
// knows no templates; its modules are re-exported so that `generator::content`
// and `crate::content` name the same thing for the generator's users.
pub use site_model::{annex, config, content, data, diagnostics, i18n, markdown, urls};

pub use diagnostics::{Diagnostic, Severity};
pub use site::{LoadOptions, Site};

use annex::engine::Date;

/// The build's reference date, on which "in force" is decided: `given`
/// (`YYYY-MM-DD`, from `--as-of`), else the `SOURCE_DATE_EPOCH` environment
/// variable (seconds since 1970-01-01 UTC, the reproducible-builds
/// convention), else today in UTC. A given date keeps a build reproducible;
/// without one, the site changes by itself on the day a published version
/// starts to apply, so it is rebuilt daily (README, "Scheduled rebuilds").
pub fn reference_date(given: Option<&str>) -> Result<Date, String> {
    if let Some(text) = given {
        return Date::parse(text)
            .ok_or_else(|| format!("`{text}` is not a date: write it as YYYY-MM-DD"));
    }
    let seconds = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => text.trim().parse::<i64>().map_err(|_| {
            format!("SOURCE_DATE_EPOCH=`{text}` is not a number of seconds since 1970-01-01")
        })?,
        Err(_) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64),
    };
    Date::from_unix_days(seconds.div_euclid(86_400))
        .ok_or_else(|| format!("{seconds} seconds since 1970 is not a date this build handles"))
}

/// A successful build.
pub struct Built {
    /// The first day after the reference date on which the published site
    /// changes by itself (a version of the Annex starts to apply): rebuild
    /// on that day at the latest.
    pub next_change: Option<Date>,
    /// True when no input changed since the previous build: nothing was
    /// loaded, rendered or written ([`CacheMode::Reuse`]).
    pub up_to_date: bool,
    /// The loaded site, for the preview server's own re-renders and for
    /// `check`: kept with [`CacheMode::ReuseLoaded`] and [`CacheMode::Off`]
    /// only (the others drop it before building the search indexes).
    pub site: Option<Site>,
    /// Number of HTML pages of the site (pages × languages).
    pub pages: usize,
    /// Markdown page files whose body was parsed (the others were
    /// unchanged since the previous build, per the build cache).
    pub parsed: usize,
    /// Of those, how many were rendered (the others were unchanged since
    /// the previous build, per the build cache).
    pub rendered: usize,
    /// Search index shards built (the others were reused): one per
    /// language, or more for a language with more pages than
    /// `search_shard_pages`.
    pub indexed: usize,
    /// Files written or replaced in the output folder.
    pub written: usize,
    /// Files of the previous build removed (their page no longer exists).
    pub removed: usize,
    /// Warnings found on the way.
    pub warnings: Vec<Diagnostic>,
    /// Time spent loading and validating.
    pub load_time: Duration,
    /// Time spent rendering and writing.
    pub render_time: Duration,
}

/// How a build uses the build cache beside its output ([`cache`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CacheMode {
    /// Reuse what the previous build left unchanged; keep the cache. When
    /// no input file changed, the site is not even loaded. The loaded site
    /// is not returned.
    #[default]
    Reuse,
    /// As `Reuse`, but always load the site (the preview server keeps it
    /// for its own re-renders).
    ReuseLoaded,
    /// Render everything, then keep the cache (`build --fresh`); the loaded
    /// site is not returned.
    Refresh,
    /// Render everything and keep no cache (`check`); the loaded site is
    /// returned.
    Off,
}

/// Builds the site at `root` into `out`, reusing the build cache.
///
/// A failed build leaves the previous output untouched: a full build is
/// rendered into a sibling staging folder and swapped into place; a cached
/// build writes the changed files into the staging folder and moves them
/// into place only when everything succeeded.
pub fn build(root: &Path, out: &Path, options: &LoadOptions) -> Result<Built, Vec<Diagnostic>> {
    build_with(root, out, options, CacheMode::Reuse)
}

/// [`build`], with the build cache used as `mode` says.
pub fn build_with(
    root: &Path,
    out: &Path,
    options: &LoadOptions,
    mode: CacheMode,
) -> Result<Built, Vec<Diagnostic>> {
    let started = Instant::now();
    let previous = match mode {
        CacheMode::Reuse | CacheMode::ReuseLoaded => cache::Manifest::load(out),
        CacheMode::Refresh | CacheMode::Off => None,
    };
    // Looked at before anything is loaded: a file edited during the build
    // then differs from what is recorded, and the next build renders again.
    let inputs = match mode {
        CacheMode::Off => None,
        _ => scan_inputs(
            root,
            options,
            previous
                .as_ref()
                .and_then(|m| m.inputs.as_ref())
                .map(|i| &i.inputs),
        ),
    };
    if mode == CacheMode::Reuse
        && let (Some(previous), Some(inputs)) = (&previous, &inputs)
        && let Some(built) = unchanged(out, previous, inputs, started)
    {
        return Ok(built);
    }
    // What the previous build kept of the page files: those unchanged are
    // not parsed again.
    let sources = match mode {
        CacheMode::Reuse | CacheMode::ReuseLoaded => cache::Sources::load(out),
        CacheMode::Refresh | CacheMode::Off => None,
    };
    let loaded = Site::load_with(root, options, sources.as_ref());
    drop(sources);
    let Some(site) = loaded.site else {
        return Err(loaded.diagnostics);
    };
    let load_time = started.elapsed();
    let started = Instant::now();
    let staging = sibling(out, "partial");
    let _ = std::fs::remove_dir_all(&staging);
    if let Err(e) = std::fs::create_dir_all(&staging) {
        return Err(vec![Diagnostic::file_error(
            "output::write",
            &staging,
            format!("cannot create the staging folder: {e}"),
            "check that the output folder's parent is writable",
        )]);
    }
    let failed = |mut errors: Vec<Diagnostic>, diagnostics: Vec<Diagnostic>| {
        let _ = std::fs::remove_dir_all(&staging);
        errors.extend(diagnostics);
        Err(errors)
    };
    let parsed = site.parsed();
    let staged = match site.render_pages(&staging, out, previous.as_ref()) {
        Ok(staged) => staged,
        Err(errors) => return failed(errors, loaded.diagnostics),
    };
    let next_change = site
        .annex
        .as_ref()
        .and_then(|annex| annex.next_change(site.as_of));
    // The search indexes take most of a build's memory: unless the caller
    // keeps the site, it goes before they are built. It is freed, and what
    // the cache keeps of its page files saved, beside the indexing (on 24 ×
    // 1000, when one shard is to be indexed, the other core is idle). The
    // page files' outlines are right whatever happens next: the site
    // loaded without errors.
    let cache_out = out.to_path_buf();
    let (site, background) = match mode {
        CacheMode::Off => (Some(site), Joined(None)),
        CacheMode::ReuseLoaded => {
            let sources = site.sources();
            // Without it the next build parses every file: not an error.
            let save = move || drop(sources.save(&cache_out));
            (Some(site), Joined::spawn(save))
        }
        CacheMode::Reuse | CacheMode::Refresh => (
            None,
            Joined::spawn(move || {
                let sources = site.sources();
                drop(site);
                drop(sources.save(&cache_out));
            }),
        ),
    };
    let report = match staged.index(&staging, out, previous.as_ref()) {
        Ok(report) => report,
        Err(errors) => return failed(errors, loaded.diagnostics),
    };
    let moved = match &previous {
        Some(previous) => commit(&staging, out, previous, &report.manifest),
        None => cache::Manifest::forget(out)
            .and_then(|()| swap_into_place(&staging, out))
            .map(|()| 0),
    };
    let removed = match moved {
        Ok(removed) => removed,
        Err(e) => {
            return Err(vec![Diagnostic::file_error(
                "output::write",
                out,
                format!("cannot move the new output into place: {e}"),
                "check that the output folder is writable and not open in another program",
            )]);
        }
    };
    if mode != CacheMode::Off {
        let mut manifest = report.manifest;
        if loaded.diagnostics.is_empty() {
            manifest.inputs = inputs.map(|inputs| cache::BuildInputs {
                inputs,
                pages: report.pages,
                next_change: next_change.map(|d| d.to_string()),
            });
        }
        // Without a cache the next build is a full one: not an error.
        let _ = manifest.save(out);
    }
    if !background.join() {
        return Err(vec![Diagnostic::file_error(
            "build::cache",
            &cache::folder(out),
            "saving the build cache failed",
            "report this as a bug; delete the cache folder and build again",
        )]);
    }
    Ok(Built {
        next_change,
        up_to_date: false,
        site,
        pages: report.pages,
        parsed,
        rendered: report.rendered,
        indexed: report.indexed,
        written: report.written,
        removed,
        warnings: loaded.diagnostics,
        load_time,
        render_time: started.elapsed(),
    })
}

/// A thread the build waits for before it returns, whatever it returns
/// (the next build, or the process's exit, must not find its work half
/// done).
struct Joined(Option<std::thread::JoinHandle<()>>);

impl Joined {
    fn spawn(work: impl FnOnce() + Send + 'static) -> Joined {
        Joined(Some(std::thread::spawn(work)))
    }

    /// Waits for the thread; false if it panicked.
    fn join(mut self) -> bool {
        self.0.take().is_none_or(|thread| thread.join().is_ok())
    }
}

impl Drop for Joined {
    fn drop(&mut self) {
        if let Some(thread) = self.0.take() {
            let _ = thread.join();
        }
    }
}

/// The files a build of `root` reads, looked at with [`cache::Inputs::scan`];
/// `None` when `site.toml` or the reference date is wrong (the build says so).
fn scan_inputs(
    root: &Path,
    options: &LoadOptions,
    previous: Option<&cache::Inputs>,
) -> Option<cache::Inputs> {
    let config = config::SiteConfig::load(root).ok()?;
    let as_of = match options.as_of {
        Some(date) => date,
        None => reference_date(None).ok()?,
    };
    let mut key = cache::Hasher::new();
    key.json(&options.base_url);
    key.json(&options.portal_pkg);
    key.str(&as_of.to_string());
    let mut sources = vec![
        root.join("site.toml"),
        root.join("content"),
        root.join(&config.locales),
        root.join(&config.theme),
    ];
    if let Some(pkg) = &options.portal_pkg {
        sources.extend(theme::PORTAL_FILES.iter().map(|f| pkg.join(f)));
    }
    cache::Inputs::scan(&sources, key.finish(), previous)
}

/// The previous build, if `inputs` are what it read and gave no warning and
/// its output files are all still there: nothing to do.
fn unchanged(
    out: &Path,
    previous: &cache::Manifest,
    inputs: &cache::Inputs,
    started: Instant,
) -> Option<Built> {
    let recorded = previous.inputs.as_ref()?;
    if !recorded.inputs.same_bytes(inputs)
        || !previous.outputs.keys().all(|f| out.join(f).is_file())
    {
        return None;
    }
    let next_change = match &recorded.next_change {
        Some(text) => Some(Date::parse(text)?),
        None => None,
    };
    let racy = recorded
        .inputs
        .files
        .iter()
        .any(|f| f.modified.saturating_add(cache::RACY_NANOS) >= recorded.inputs.scanned);
    if racy || recorded.inputs.files != inputs.files {
        // Same bytes, other time stamps (a checkout, a `touch`, a file
        // saved just before the previous scan): remember them, so the next
        // build need not read those files again.
        let mut manifest = previous.clone();
        if let Some(r) = manifest.inputs.as_mut() {
            r.inputs = inputs.clone();
        }
        let _ = manifest.save(out);
    }
    Some(Built {
        next_change,
        up_to_date: true,
        site: None,
        pages: recorded.pages,
        parsed: 0,
        rendered: 0,
        indexed: 0,
        written: 0,
        removed: 0,
        warnings: Vec::new(),
        load_time: started.elapsed(),
        render_time: Duration::ZERO,
    })
}

/// Loads and renders the site without touching `dist/`: everything `build`
/// validates, for the `check` command.
pub fn check(root: &Path, options: &LoadOptions) -> Result<Built, Vec<Diagnostic>> {
    let scratch = std::env::temp_dir().join(format!("imi-portal-check-{}", std::process::id()));
    let result = build_with(root, &scratch, options, CacheMode::Off);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

/// Moves the files of a cached build from `staging` into `out` and removes
/// the previous build's files that the new one no longer has. The manifest
/// goes first: if this is interrupted, the next build is a full one.
fn commit(
    staging: &Path,
    out: &Path,
    previous: &cache::Manifest,
    new: &cache::Manifest,
) -> std::io::Result<usize> {
    cache::Manifest::forget(out)?;
    for rel in cache::files_below(staging) {
        let to = out.join(&rel);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::rename(staging.join(&rel), to)?;
    }
    let _ = std::fs::remove_dir_all(staging);
    let mut removed = 0;
    for rel in previous.outputs.keys() {
        if new.outputs.contains_key(rel) {
            continue;
        }
        let path = out.join(rel);
        match std::fs::remove_file(&path) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        // Folders left empty go too (fails harmlessly when not empty).
        let mut dir = path.parent();
        while let Some(d) = dir.filter(|d| *d != out) {
            if std::fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
    Ok(removed)
}

pub(crate) fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "dist".into());
    out.with_file_name(format!(".{name}.{suffix}"))
}

fn swap_into_place(staging: &Path, out: &Path) -> std::io::Result<()> {
    let old = sibling(out, "old");
    let _ = std::fs::remove_dir_all(&old);
    if out.exists() {
        std::fs::rename(out, &old)?;
    }
    std::fs::rename(staging, out)?;
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}
