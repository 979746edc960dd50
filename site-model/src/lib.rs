//! The site model of the IMI transparency portal: everything the generator
//! reads and checks before it renders anything.
//!
//! - [`config`]: `site.toml` (languages, base URL).
//! - [`content`]: Markdown pages with TOML front matter, grouped across
//!   languages, each with its [`content::Origin`].
//! - [`markdown`]: Markdown to HTML with heading anchors and link checks.
//! - [`i18n`]: the Fluent interface strings of every language, with the
//!   registry of keys formatted from Rust.
//! - [`data`]: the typed data sets (acts, states, procedures, statistics,
//!   audit checkpoints).
//! - [`annex`]: the consolidated Annex, its pure engine and its loader.
//! - [`urls`]: the one place that knows how a page's URL is spelt.
//! - [`diagnostics`]: every content mistake with file, line, column and help.
//!
//! Invariant: this crate knows no templates and writes nothing. What pages
//! look like, and what goes into `dist/`, is the generator's business; the
//! model is what both the generator and its tests reason about.
#![warn(missing_docs)]
// A `Diagnostic` carries a file, a message, a help line and a source snippet;
// it is returned only on the cold path of a content mistake, where its size
// costs nothing, and boxing it would make every caller noisier.
#![allow(clippy::result_large_err)]

pub mod annex;
pub mod config;
pub mod content;
pub mod data;
pub mod diagnostics;
pub mod i18n;
pub mod markdown;
pub mod urls;

pub use diagnostics::{Diagnostic, Severity};
