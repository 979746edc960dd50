//! The `generator` command: build, check, serve and link-check the portal.

// mimalloc instead of glibc's allocator: Pagefind builds and drops many
// small maps per page on several threads, where glibc's allocator spent a
// third of the build (`cargo xtask bench`, ARCHITECTURE.md "Dependencies").
// Built without transparent huge pages (`no_thp`, generator/Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use generator::annex::engine::Date;
use generator::{Diagnostic, LoadOptions};

/// Static-site generator of the IMI transparency portal.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The site root: the folder holding site.toml, content/ and locales/.
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder; exits non-zero on any error.
    Build {
        /// Where to write the site.
        #[arg(long, default_value = "dist")]
        output: PathBuf,
        /// Publish under another base URL than site.toml's.
        #[arg(long)]
        base_url: Option<String>,
        /// The request form's WebAssembly bundle (`cargo xtask wasm` writes
        /// it); without it the request page has the plain HTML form only.
        #[arg(long)]
        portal_pkg: Option<PathBuf>,
        /// The reference date (YYYY-MM-DD) on which "in force" is decided;
        /// default: SOURCE_DATE_EPOCH, else today (UTC).
        #[arg(long)]
        as_of: Option<String>,
        /// Render everything instead of reusing what the previous build
        /// left unchanged (the build cache beside the output folder).
        #[arg(long)]
        fresh: bool,
    },
    /// Validate everything `build` validates and report translation coverage.
    Check {
        /// Check with the request form's WebAssembly bundle.
        #[arg(long)]
        portal_pkg: Option<PathBuf>,
        /// The reference date (YYYY-MM-DD); default: SOURCE_DATE_EPOCH,
        /// else today (UTC).
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Build, serve on 127.0.0.1 and rebuild on every change (live reload).
    Serve {
        /// Where to write the site.
        #[arg(long, default_value = "dist")]
        output: PathBuf,
        /// The port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Serve only: do not watch the files or reload pages.
        #[arg(long)]
        no_watch: bool,
        /// The request form's WebAssembly bundle (`cargo xtask wasm` writes it).
        #[arg(long)]
        portal_pkg: Option<PathBuf>,
        /// Preview the site as it will be on a date (YYYY-MM-DD), e.g. the
        /// day an announced version of the Annex applies; default: today.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Print the consolidated Annex in force on a date (default: today,
    /// UTC, or SOURCE_DATE_EPOCH), with every version and those not yet in
    /// force; checks the Annex files first.
    Annex {
        /// The date, YYYY-MM-DD.
        #[arg(long)]
        at: Option<String>,
        /// The language of the text (points without one fall back to the
        /// default language).
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Check every link of a built site and that nothing loads from another host.
    Linkcheck {
        /// The built site.
        #[arg(default_value = "dist")]
        dir: PathBuf,
        /// The path the site is published under.
        #[arg(long, default_value = "/")]
        base_path: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root;
    match cli.command {
        Command::Build {
            output,
            base_url,
            portal_pkg,
            as_of,
            fresh,
        } => {
            let output = root.join(output);
            let as_of = match generator::reference_date(as_of.as_deref()) {
                Ok(date) => date,
                Err(message) => return usage(&message),
            };
            let options = LoadOptions {
                base_url,
                portal_pkg,
                as_of: Some(as_of),
            };
            let mode = if fresh {
                generator::CacheMode::Refresh
            } else {
                generator::CacheMode::Reuse
            };
            match generator::build_with(&root, &output, &options, mode) {
                Ok(built) if built.up_to_date => {
                    eprintln!(
                        "{} is up to date: no input changed since the previous build of its {} pages as of {as_of} (checked in {} ms)",
                        output.display(),
                        built.pages,
                        built.load_time.as_millis()
                    );
                    print_next_change(&built);
                    ExitCode::SUCCESS
                }
                Ok(built) => {
                    print_diagnostics(&built.warnings);
                    eprintln!(
                        "built {} pages into {} as of {as_of} (load {} ms, render {} ms)",
                        built.pages,
                        output.display(),
                        built.load_time.as_millis(),
                        built.render_time.as_millis()
                    );
                    eprintln!(
                        "{} page file(s) parsed, {} page(s) rendered, {} search index shard(s) rebuilt, {} file(s) written, {} removed",
                        built.parsed, built.rendered, built.indexed, built.written, built.removed
                    );
                    print_next_change(&built);
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => fail(&diagnostics),
            }
        }
        Command::Check { portal_pkg, as_of } => {
            let as_of = match generator::reference_date(as_of.as_deref()) {
                Ok(date) => date,
                Err(message) => return usage(&message),
            };
            check(&root, portal_pkg, as_of)
        }
        Command::Serve {
            output,
            port,
            no_watch,
            portal_pkg,
            as_of,
        } => {
            let output = root.join(output);
            // Without --as-of every rebuild decides on its own day.
            let as_of = match as_of.as_deref().map(|d| generator::reference_date(Some(d))) {
                None => None,
                Some(Ok(date)) => Some(date),
                Some(Err(message)) => return usage(&message),
            };
            let options = LoadOptions {
                portal_pkg,
                as_of,
                ..LoadOptions::default()
            };
            match generator::serve::run(&root, &output, port, !no_watch, options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Annex { at, lang } => annex(&root, at.as_deref(), &lang),
        Command::Linkcheck { dir, base_path } => {
            // The intake the forms post to is part of the portal, not a
            // third party.
            let intake = generator::config::SiteConfig::load(&root)
                .map(|c| generator::config::SiteConfig::origin_of(&c.intake_url).to_string())
                .ok();
            let allowed: Vec<&str> = intake.iter().map(String::as_str).collect();
            match generator::linkcheck::check(&dir, &base_path, &allowed) {
                Ok((pages, links)) => {
                    eprintln!("linkcheck passed: {links} links in {pages} pages");
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{p}");
                    }
                    eprintln!("linkcheck failed: {} problems", problems.len());
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// `check`: everything `build` validates, translation coverage, and when the
/// site next changes by itself.
fn check(root: &std::path::Path, portal_pkg: Option<PathBuf>, as_of: Date) -> ExitCode {
    let options = LoadOptions {
        portal_pkg,
        as_of: Some(as_of),
        ..LoadOptions::default()
    };
    match generator::check(root, &options) {
        Ok(built) => {
            print_diagnostics(&built.warnings);
            // `check` builds without a cache: the site is always loaded.
            let Some(site) = &built.site else {
                eprintln!("error: the check loaded no site; report this as a bug");
                return ExitCode::FAILURE;
            };
            let total = site.groups.len();
            println!("translation coverage ({total} pages):");
            println!(
                "{:<6} {:>7} {:>8} {:>12}",
                "lang", "pages", "share", "interface"
            );
            let keys = site.coverage();
            let reference = keys[site.config.default_index()].2;
            for (code, own, key_count) in keys {
                let share = if total == 0 {
                    100.0
                } else {
                    own as f64 * 100.0 / total as f64
                };
                println!("{code:<6} {own:>7} {share:>7.1}% {key_count:>5}/{reference:<5}");
            }
            let unverified = site.unverified_count();
            println!("facts still to be verified: {unverified}");
            eprintln!(
                "check passed as of {as_of}: {} pages in {} languages",
                built.pages,
                site.config.languages.len()
            );
            print_next_change(&built);
            ExitCode::SUCCESS
        }
        Err(diagnostics) => fail(&diagnostics),
    }
}

/// Says when the published site changes by itself, so the operator knows
/// when the daily rebuild matters.
fn print_next_change(built: &generator::Built) {
    match built.next_change {
        Some(date) => eprintln!(
            "next change by itself: {date} ({}), when a published version of the Annex starts to apply; rebuild on that day",
            date.eu()
        ),
        None => eprintln!("next change by itself: none (no published version applies later)"),
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

fn annex(root: &std::path::Path, at: Option<&str>, lang: &str) -> ExitCode {
    let loaded = generator::Site::load(root, &LoadOptions::default());
    let Some(site) = loaded.site else {
        return fail(&loaded.diagnostics);
    };
    print_diagnostics(&loaded.diagnostics);
    let Some(annex) = &site.annex else {
        eprintln!("error: this site has no Annex (content/annex/original.toml)");
        return ExitCode::FAILURE;
    };
    if site.config.language_index(lang).is_none() {
        eprintln!("error: `{lang}` is not a language of this site");
        return ExitCode::FAILURE;
    }
    let date = match generator::reference_date(at) {
        Ok(date) => date,
        Err(message) => return usage(&message),
    };
    match annex.to_text(date, lang, &site.config.default_language) {
        Some(text) => {
            println!(
                "Versions (* in force on {date}, + not yet in force):\n{}",
                annex.timeline_text(date)
            );
            println!("{text}");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "error: the Annex did not exist yet on {date}: it applies from {}",
                annex.original.in_force
            );
            ExitCode::FAILURE
        }
    }
}

/// Whether to draw diagnostics with colour and boxes.
fn fancy() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let fancy = fancy();
    for d in diagnostics {
        eprintln!("{}", d.render(fancy));
    }
}

fn fail(diagnostics: &[Diagnostic]) -> ExitCode {
    print_diagnostics(diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    eprintln!("failed: {errors} errors, {warnings} warnings");
    ExitCode::FAILURE
}
