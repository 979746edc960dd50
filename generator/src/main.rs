//! The `generator` command: build, check, serve and link-check the portal.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
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
    },
    /// Validate everything `build` validates and report translation coverage.
    Check {
        /// Check with the request form's WebAssembly bundle.
        #[arg(long)]
        portal_pkg: Option<PathBuf>,
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
    },
    /// Print the consolidated Annex as it stood on a date (default: today's
    /// version), with its versions; checks the Annex files first.
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
        } => {
            let output = root.join(output);
            let options = LoadOptions {
                base_url,
                portal_pkg,
            };
            match generator::build(&root, &output, &options) {
                Ok(built) => {
                    print_diagnostics(&built.warnings);
                    eprintln!(
                        "built {} pages into {} (load {} ms, render {} ms)",
                        built.pages,
                        output.display(),
                        built.load_time.as_millis(),
                        built.render_time.as_millis()
                    );
                    ExitCode::SUCCESS
                }
                Err(diagnostics) => fail(&diagnostics),
            }
        }
        Command::Check { portal_pkg } => match generator::check(
            &root,
            &LoadOptions {
                portal_pkg,
                ..LoadOptions::default()
            },
        ) {
            Ok(built) => {
                print_diagnostics(&built.warnings);
                let site = &built.site;
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
                eprintln!(
                    "check passed: {} pages in {} languages",
                    built.pages,
                    site.config.languages.len()
                );
                ExitCode::SUCCESS
            }
            Err(diagnostics) => fail(&diagnostics),
        },
        Command::Serve {
            output,
            port,
            no_watch,
            portal_pkg,
        } => {
            let output = root.join(output);
            let options = LoadOptions {
                portal_pkg,
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
    let date = match at {
        Some(text) => match generator::annex::engine::Date::parse(text) {
            Some(d) => d,
            None => {
                eprintln!("error: `{text}` is not a date: write it as YYYY-MM-DD");
                return ExitCode::FAILURE;
            }
        },
        None => match annex.versions.last() {
            Some(v) => v.date,
            None => return ExitCode::FAILURE,
        },
    };
    match annex.to_text(date, lang, &site.config.default_language) {
        Some(text) => {
            println!("Versions:\n{}", annex.timeline_text());
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
