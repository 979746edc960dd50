//! The build cache: what the previous build wrote, and from which inputs, so
//! that a rebuild renders and writes only what changed.
//!
//! It lives beside the output (`.dist.cache/manifest.bin` for `dist/`) and
//! records, for every output file, the hash of its bytes and, for a page,
//! the key of its inputs: the template's source with everything it extends,
//! includes or imports, the page's template context (its body, title, links,
//! navigation, language list...), and the generator itself. The template
//! functions a page called (`t()`, `data()`, `annex()`, ...) are recorded
//! with their arguments and the hash of their result: a rebuild calls them
//! again once per language, and a page whose functions now answer otherwise
//! is rendered again. So a changed string re-renders the pages that show
//! it, a changed data file the pages that list it, a changed template the
//! pages built from it, and nothing else.
//!
//! Each language's search index is kept with the key of what it indexed
//! (every searchable page's URL and the hash of its HTML) and reused while
//! that key holds.
//!
//! Before loading anything, a build also looks at its input files (the
//! site's `site.toml`, `content/`, strings, theme and request-form bundle)
//! and its options: when every file has the bytes the previous build read,
//! with the same options and generator, and every output file is still
//! there, the build is done without loading the site ([`BuildInputs`]).
//! Only a build without warnings is recorded so, so that warnings are
//! reported by every build until they are mended.
//!
//! The cache is an optimisation only: a missing, unreadable or outdated
//! manifest makes a full build, and a cached build writes the same bytes as
//! a full one (checked by `tests/cache.rs` over random edit sequences).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::Xxh3;

/// Bump when the manifest's meaning changes. The files are bincode, which
/// has no field names: a change of a recorded type's fields is a change of
/// meaning (and of the generator, which the files also record).
const FORMAT: &str = "imi-portal-build-cache 4";

/// A content hash: XXH3's 128-bit hash, written in hex. Not a cryptographic
/// hash: it tells changed inputs from unchanged ones, written by the site's
/// own editors, many times faster than SHA-256 (which was 7% of a rebuild's
/// CPU samples); an accidental collision is a 2^-128 chance.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default)]
pub struct Key(pub [u8; 16]);

impl Key {
    /// The hash of `bytes`.
    pub fn of(bytes: &[u8]) -> Key {
        let mut h = Hasher::new();
        h.bytes(bytes);
        h.finish()
    }
}

impl Serialize for Key {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if !s.is_human_readable() {
            return self.0.serialize(s);
        }
        let mut hex = String::with_capacity(32);
        for b in self.0 {
            hex.push_str(&format!("{b:02x}"));
        }
        s.serialize_str(&hex)
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            return <[u8; 16]>::deserialize(d).map(Key);
        }
        let hex = String::deserialize(d)?;
        let mut out = [0u8; 16];
        if hex.len() != 32 || !hex.is_ascii() {
            return Err(serde::de::Error::custom("a key is 32 hex digits"));
        }
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)
                .map_err(|_| serde::de::Error::custom("a key is 32 hex digits"))?;
        }
        Ok(Key(out))
    }
}

/// Builds a [`Key`] from several parts; also an `io::Write`, so a value can
/// be serialised straight into it.
pub struct Hasher(Xxh3);

impl Hasher {
    /// An empty hasher.
    pub fn new() -> Hasher {
        Hasher(Xxh3::new())
    }

    /// Adds a length-prefixed part (so `("ab", "c")` and `("a", "bc")` differ).
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// Adds a string part.
    pub fn str(&mut self, s: &str) -> &mut Self {
        self.bytes(s.as_bytes())
    }

    /// Adds a key.
    pub fn key(&mut self, key: Key) -> &mut Self {
        self.0.update(&key.0);
        self
    }

    /// Adds `value` as JSON; false if it cannot be serialised.
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> bool {
        let ok = serde_json::to_writer(&mut *self, value).is_ok();
        // Ends the part: a value is never a prefix of the next part.
        self.0.update(&[0xff]);
        ok
    }

    /// Adds `value` in a compact binary form (bincode: lengths and raw
    /// bytes, nothing escaped), hashed in one piece; false if it cannot be
    /// serialised (the key then stands for less than the value). Several
    /// times faster than [`Hasher::json`] for a page's template context,
    /// which is mostly strings (the language links, titles, URLs).
    pub fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> bool {
        thread_local! {
            static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
        }
        BUFFER.with(|buffer| {
            let mut buffer = buffer.borrow_mut();
            buffer.clear();
            let ok = bincode::serialize_into(&mut *buffer, value).is_ok();
            self.bytes(&buffer);
            ok
        })
    }

    /// The key.
    pub fn finish(&self) -> Key {
        Key(self.0.digest128().to_le_bytes())
    }
}

impl Default for Hasher {
    fn default() -> Self {
        Hasher::new()
    }
}

impl Write for Hasher {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What the previous build wrote.
#[derive(Serialize, Deserialize, Default, Debug, Clone)]
pub struct Manifest {
    format: String,
    /// The generator that wrote it (see [`generator_identity`]).
    pub generator: String,
    /// Every output file, by path below the output folder (`/`-separated).
    pub outputs: BTreeMap<String, Output>,
    /// The template-function calls the pages made.
    pub calls: Vec<Call>,
    /// Sets of calls (indices into `calls`), shared by the pages that made
    /// the same calls.
    pub call_sets: Vec<Vec<u32>>,
    /// Each language's search index, by language code.
    pub search: BTreeMap<String, SearchIndex>,
    /// What the build read, if it gave no warning.
    pub inputs: Option<BuildInputs>,
}

/// The inputs of a build that gave no warning, and what it reported: a
/// build whose inputs are the same reports the same, and writes nothing.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct BuildInputs {
    /// The files read and the options.
    pub inputs: Inputs,
    /// HTML pages of the site (pages × languages).
    pub pages: usize,
    /// The first day on which the site changes by itself (`YYYY-MM-DD`).
    pub next_change: Option<String>,
}

/// The files a build reads and the hash of its options.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
pub struct Inputs {
    /// Base URL, request-form bundle and reference date.
    pub options: Key,
    /// When the files were looked at, in nanoseconds since 1970.
    pub scanned: u64,
    /// Every file, in the order found (folders sorted by name).
    pub files: Vec<InputFile>,
}

/// An input file.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Its path, as the build reads it.
    pub path: String,
    /// Its size in bytes.
    pub len: u64,
    /// Its modification time, in nanoseconds since 1970.
    pub modified: u64,
    /// The hash of its bytes.
    pub hash: Key,
}

/// A file modified less than this before a scan may have been modified
/// again within its time stamp's resolution (coarse clocks, 2-second file
/// systems): the next scan reads it again rather than trust its time stamp.
pub const RACY_NANOS: u64 = 2_000_000_000;

fn nanos(time: std::io::Result<std::time::SystemTime>) -> u64 {
    time.ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

impl Inputs {
    /// Looks at every file of `sources` (files, or folders walked in name
    /// order; missing ones are left out). A file whose size and time stamp
    /// are those `previous` recorded, well before that scan, keeps its
    /// recorded hash; any other is read and hashed. `None` if a file cannot
    /// be read (the build reports it).
    pub fn scan(sources: &[PathBuf], options: Key, previous: Option<&Inputs>) -> Option<Inputs> {
        use rayon::prelude::*;
        let scanned = nanos(Ok(std::time::SystemTime::now()));
        let mut found: Vec<(String, u64, u64)> = Vec::new();
        for source in sources {
            for entry in walkdir::WalkDir::new(source).sort_by_file_name() {
                let Ok(entry) = entry else { continue };
                if !entry.file_type().is_file() {
                    continue;
                }
                let metadata = entry.metadata().ok()?;
                found.push((
                    entry.path().to_string_lossy().into_owned(),
                    metadata.len(),
                    nanos(metadata.modified()),
                ));
            }
        }
        let known: HashMap<&str, &InputFile> = previous
            .map(|p| {
                p.files
                    .iter()
                    .filter(|f| f.modified.saturating_add(RACY_NANOS) < p.scanned)
                    .map(|f| (f.path.as_str(), f))
                    .collect()
            })
            .unwrap_or_default();
        let files: Option<Vec<InputFile>> = found
            .into_par_iter()
            .map(|(path, len, modified)| {
                let hash = match known.get(path.as_str()) {
                    Some(f) if f.len == len && f.modified == modified => f.hash,
                    _ => Key::of(&std::fs::read(&path).ok()?),
                };
                Some(InputFile {
                    path,
                    len,
                    modified,
                    hash,
                })
            })
            .collect();
        Some(Inputs {
            options,
            scanned,
            files: files?,
        })
    }

    /// Whether both have the same options and the same files with the same
    /// bytes.
    pub fn same_bytes(&self, other: &Inputs) -> bool {
        self.options == other.options
            && self.files.len() == other.files.len()
            && self
                .files
                .iter()
                .zip(&other.files)
                .all(|(a, b)| a.path == b.path && a.hash == b.hash)
    }
}

/// An output file.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Output {
    /// The hash of the file's bytes.
    pub hash: Key,
    /// For a rendered page: the key of its inputs and its set of calls.
    pub page: Option<PageInputs>,
}

/// The inputs of a rendered page.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageInputs {
    /// Template, context and generator.
    pub key: Key,
    /// Index into [`Manifest::call_sets`].
    pub calls: u32,
}

/// A template-function call and the hash of its result.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Hash)]
pub struct Call {
    /// The language (its engine) it was made in.
    pub lang: String,
    /// The function.
    pub name: String,
    /// Its arguments, as JSON text (sorted keys).
    pub args: String,
    /// The hash of the result's JSON; `None` if it failed.
    pub result: Option<Key>,
}

/// One language's search index.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct SearchIndex {
    /// What it indexed.
    pub key: Key,
    /// Its files, below the output folder.
    pub files: Vec<String>,
    /// Its entry in `pagefind-entry.json`'s `languages`.
    #[serde(with = "json_text")]
    pub entry: serde_json::Value,
    /// The index format version (`pagefind-entry.json`'s `version`).
    #[serde(with = "json_text")]
    pub version: serde_json::Value,
}

/// What a build keeps of each Markdown page file: the outline of its body
/// (headings, links as written), a pure function of the file's text, so a
/// rebuild parses only the files that changed. Saved after a build without
/// errors only, so a file listed here also cites no internal note (that
/// search is skipped for it too). Beside the manifest as
/// `.dist.cache/sources.bin` (bincode: read and written in a few tens of
/// milliseconds, where JSON of 24,000 outlines took several times as long).
#[derive(Serialize, Deserialize, Default, Debug)]
pub struct Sources {
    format: String,
    generator: String,
    /// By the file's path relative to the site root.
    files: HashMap<String, SourceFile>,
}

/// A Markdown page file as a build read it.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct SourceFile {
    /// The hash of its text.
    pub hash: Key,
    /// Its body's outline.
    pub outline: crate::markdown::Outline,
}

const SOURCES: &str = "sources.bin";

impl Sources {
    /// An empty set for this generator.
    pub fn new() -> Sources {
        Sources {
            format: FORMAT.into(),
            generator: generator_identity(),
            files: HashMap::new(),
        }
    }

    /// Records the file at `path` (relative to the site root).
    pub fn insert(&mut self, path: &Path, file: SourceFile) {
        self.files.insert(path.to_string_lossy().into_owned(), file);
    }

    /// The outline recorded for the file at `path` if the file's text still
    /// hashes to `hash`.
    pub fn outline(&self, path: &Path, hash: Key) -> Option<&crate::markdown::Outline> {
        let file = self.files.get(path.to_str()?)?;
        (file.hash == hash).then_some(&file.outline)
    }

    /// The previous build's record, if readable, of this format and written
    /// by this generator.
    pub fn load(out: &Path) -> Option<Sources> {
        let sources: Sources = read(out, SOURCES)?;
        (sources.format == FORMAT && sources.generator == generator_identity()).then_some(sources)
    }

    /// Writes the record beside `out`.
    pub fn save(&self, out: &Path) -> std::io::Result<()> {
        write(out, SOURCES, self)
    }
}

/// A JSON value kept as its text: bincode cannot read a self-describing
/// value back.
mod json_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        value: &serde_json::Value,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&value.to_string())
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<serde_json::Value, D::Error> {
        let text = String::deserialize(d)?;
        serde_json::from_str(&text).map_err(serde::de::Error::custom)
    }
}

/// The manifest's file in the cache folder.
const MANIFEST: &str = "manifest.bin";

/// The cache folder of output folder `out`: `.dist.cache` beside `dist`.
pub fn folder(out: &Path) -> PathBuf {
    crate::sibling(out, "cache")
}

/// Reads the cache file `name` of output folder `out`; `None` if it is
/// missing or unreadable (the build then does without).
fn read<T: serde::de::DeserializeOwned>(out: &Path, name: &str) -> Option<T> {
    let bytes = std::fs::read(folder(out).join(name)).ok()?;
    bincode::deserialize(&bytes).ok()
}

/// Writes the cache file `name` of output folder `out` whole: to a partial
/// file first, then renamed over the old one.
fn write<T: Serialize>(out: &Path, name: &str, value: &T) -> std::io::Result<()> {
    let dir = folder(out);
    std::fs::create_dir_all(&dir)?;
    let partial = dir.join(format!("{name}.partial"));
    std::fs::write(
        &partial,
        bincode::serialize(value).map_err(std::io::Error::other)?,
    )?;
    std::fs::rename(partial, dir.join(name))
}

impl Manifest {
    /// A new, empty manifest for this generator.
    pub fn new() -> Manifest {
        Manifest {
            format: FORMAT.into(),
            generator: generator_identity(),
            ..Manifest::default()
        }
    }

    /// The previous build's manifest, if it is readable, of this format and
    /// written by this generator, and its output folder exists.
    pub fn load(out: &Path) -> Option<Manifest> {
        if !out.is_dir() {
            return None;
        }
        let manifest: Manifest = read(out, MANIFEST)?;
        (manifest.format == FORMAT && manifest.generator == generator_identity())
            .then_some(manifest)
    }

    /// Removes the manifest (before output files are replaced: if that is
    /// interrupted, the next build is a full one).
    pub fn forget(out: &Path) -> std::io::Result<()> {
        // The JSON manifest of earlier versions of the generator.
        let _ = std::fs::remove_file(folder(out).join("manifest.json"));
        match std::fs::remove_file(folder(out).join(MANIFEST)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Writes the manifest beside `out`.
    pub fn save(&self, out: &Path) -> std::io::Result<()> {
        write(out, MANIFEST, self)
    }

    /// Adds a page's `calls` (each stored once) and their set, returning the
    /// set's index (pages that made the same calls share one set).
    pub fn intern_calls(&mut self, interner: &mut Interner, calls: &[Call]) -> u32 {
        let mut ids: Vec<u32> = calls
            .iter()
            .map(|c| match interner.calls.get(c) {
                Some(&id) => id,
                None => {
                    let id = self.calls.len() as u32;
                    self.calls.push(c.clone());
                    interner.calls.insert(c.clone(), id);
                    id
                }
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        match interner.sets.get(&ids) {
            Some(&id) => id,
            None => {
                let id = self.call_sets.len() as u32;
                self.call_sets.push(ids.clone());
                interner.sets.insert(ids, id);
                id
            }
        }
    }
}

/// Interning tables for building a [`Manifest`].
#[derive(Default)]
pub struct Interner {
    calls: HashMap<Call, u32>,
    sets: HashMap<Vec<u32>, u32>,
}

/// Identifies the running generator: its version and its executable's size
/// and modification time (any rebuild of the generator changes them, so a
/// changed generator never reuses what an older one rendered).
pub fn generator_identity() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
        .map(|m| {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} bytes, modified {modified}", m.len())
        })
        .unwrap_or_default();
    format!("{} {exe}", env!("CARGO_PKG_VERSION"))
}

/// A recorded call: function name, arguments as JSON text, result hash.
pub type RecordedCall = (String, String, Option<Key>);

thread_local! {
    /// The calls made by the page being rendered on this thread.
    static RECORDING: RefCell<Option<Vec<RecordedCall>>> = const { RefCell::new(None) };
}

/// Runs `render`, returning its result and the template-function calls it
/// made (name, arguments, result hash).
pub fn recording<T>(render: impl FnOnce() -> T) -> (T, Vec<RecordedCall>) {
    RECORDING.with(|r| *r.borrow_mut() = Some(Vec::new()));
    let value = render();
    let calls = RECORDING
        .with(|r| r.borrow_mut().take())
        .unwrap_or_default();
    (value, calls)
}

/// A template function that records its calls while [`recording`].
pub struct Recorded {
    name: String,
    inner: std::sync::Arc<dyn tera::Function>,
}

impl Recorded {
    /// Wraps every function of `tera`.
    pub fn wrap_all(tera: &mut tera::Tera) {
        let names: Vec<String> = tera.functions.keys().cloned().collect();
        for name in names {
            if let Some(inner) = tera.functions.get(&name).cloned() {
                tera.functions
                    .insert(name.clone(), std::sync::Arc::new(Recorded { name, inner }));
            }
        }
    }
}

/// Arguments as canonical JSON text (sorted keys).
pub fn args_text(args: &HashMap<String, tera::Value>) -> String {
    let sorted: BTreeMap<&String, &tera::Value> = args.iter().collect();
    serde_json::to_string(&sorted).unwrap_or_default()
}

/// The hash of a function's result.
pub fn result_key(result: &tera::Result<tera::Value>) -> Option<Key> {
    let value = result.as_ref().ok()?;
    let mut h = Hasher::new();
    h.json(value).then(|| h.finish())
}

impl tera::Function for Recorded {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let result = self.inner.call(args);
        RECORDING.with(|r| {
            if let Some(calls) = r.borrow_mut().as_mut() {
                calls.push((self.name.clone(), args_text(args), result_key(&result)));
            }
        });
        result
    }

    fn is_safe(&self) -> bool {
        self.inner.is_safe()
    }
}

/// Calls `name` with `args` (JSON text) in `tera` again: the hash of what it
/// answers now.
pub fn call_again(tera: &tera::Tera, name: &str, args: &str) -> Option<Option<Key>> {
    let function = tera.functions.get(name)?;
    let args: HashMap<String, tera::Value> = serde_json::from_str(args).ok()?;
    Some(result_key(&function.call(&args)))
}

/// The files (not folders) below `dir`, as `/`-separated relative paths.
pub fn files_below(dir: &Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            e.path()
                .strip_prefix(dir)
                .ok()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_parts_are_delimited() {
        let k = Key::of(b"abc");
        let text = serde_json::to_string(&k).unwrap();
        assert_eq!(text.len(), 34);
        assert_eq!(serde_json::from_str::<Key>(&text).unwrap(), k);
        assert!(serde_json::from_str::<Key>("\"xyz\"").is_err());
        let a = Hasher::new().str("ab").str("c").finish();
        let b = Hasher::new().str("a").str("bc").finish();
        assert_ne!(a, b);
    }

    #[test]
    fn damaged_cache_files_are_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        std::fs::create_dir_all(&out).unwrap();
        let mut sources = Sources::new();
        let outline = crate::markdown::render("## A\n\n[b](#a)\n", &|_| None).outline;
        let hash = Key::of(b"text");
        sources.insert(
            Path::new("content/a.en.md"),
            SourceFile {
                hash,
                outline: outline.clone(),
            },
        );
        sources.save(&out).unwrap();
        Manifest::new().save(&out).unwrap();
        let loaded = Sources::load(&out).expect("read back");
        assert_eq!(
            loaded.outline(Path::new("content/a.en.md"), hash),
            Some(&outline)
        );
        assert_eq!(
            loaded.outline(Path::new("content/a.en.md"), Key::of(b"other")),
            None,
            "another text: not this outline"
        );
        assert!(Manifest::load(&out).is_some());
        // Cut short or overwritten: a full build, never a wrong one.
        for name in [SOURCES, MANIFEST] {
            let path = folder(&out).join(name);
            let bytes = std::fs::read(&path).unwrap();
            std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        }
        assert!(Sources::load(&out).is_none());
        assert!(Manifest::load(&out).is_none());
        for name in [SOURCES, MANIFEST] {
            std::fs::write(folder(&out).join(name), [0xff; 64]).unwrap();
        }
        assert!(Sources::load(&out).is_none());
        assert!(Manifest::load(&out).is_none());
    }

    #[test]
    fn recorded_functions_report_their_calls_only_while_recording() {
        let mut tera = tera::Tera::default();
        tera.register_function("twice", |args: &HashMap<String, tera::Value>| {
            Ok(tera::Value::from(args["n"].as_i64().unwrap_or(0) * 2))
        });
        tera.add_raw_template("t", "{{ twice(n=2) }} {{ twice(n=3) }}")
            .unwrap();
        Recorded::wrap_all(&mut tera);
        let (html, calls) = recording(|| tera.render("t", &tera::Context::new()).unwrap());
        assert_eq!(html, "4 6");
        assert!(calls.iter().all(|c| c.0 == "twice"));
        let args: Vec<&str> = calls.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(args, [r#"{"n":2}"#, r#"{"n":3}"#]);
        assert_eq!(calls[0].2, result_key(&Ok(tera::Value::from(4))));
        assert_eq!(
            call_again(&tera, "twice", r#"{"n":2}"#),
            Some(calls[0].2),
            "calling again gives the same hash"
        );
        // Outside `recording`, nothing is kept.
        tera.render("t", &tera::Context::new()).unwrap();
        let (_, calls) = recording(|| ());
        assert!(calls.is_empty());
    }
}
