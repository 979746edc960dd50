//! `imi-handler`: the handling authority's tool, for its own machine. It
//! makes key pairs and opens the bundles `intake operator export` writes.
//! It has no database and no network code: the secret key never meets the
//! intake host.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Opens the IMI portal intake's export bundles with the handler's secret key.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make an age key pair: the secret key goes to FILE (readable by you
    /// only); give the printed public key to the intake's operator.
    Keygen {
        /// Where to write the secret key; it must not exist yet.
        #[arg(long)]
        out: PathBuf,
    },
    /// Make an Ed25519 key for signing the intake's audit checkpoints: the
    /// secret goes to FILE (keep it offline, e.g. on removable media); the
    /// public key is printed.
    CheckpointKeygen {
        /// Where to write the secret key; it must not exist yet.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a checkpoints file (`audit-checkpoints.json`): every signature
    /// against its public key, and that the sequence never goes back.
    VerifyCheckpoints {
        /// The file.
        file: PathBuf,
    },
    /// Decrypt the requests of an export bundle and print them.
    Open {
        /// The file holding the handler's `AGE-SECRET-KEY-1...`.
        #[arg(long)]
        identity: PathBuf,
        /// The bundle written by `intake operator export`.
        bundle: PathBuf,
        /// `text` for people, `json` for other tools.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Keygen { out } => keygen(&out),
        Command::CheckpointKeygen { out } => {
            let (text, public) = handler::checkpoint::keygen();
            write_secret(&out, &text)?;
            println!("{public}");
            eprintln!(
                "checkpoint signing key written to {} (keep it offline); publish the public key above",
                out.display()
            );
            Ok(())
        }
        Command::VerifyCheckpoints { file } => {
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let parsed: handler::checkpoint::Checkpoints = serde_json::from_str(&text)
                .map_err(|e| format!("{}: not a checkpoints file: {e}", file.display()))?;
            let problems = handler::checkpoint::verify(&parsed);
            if problems.is_empty() {
                match parsed.checkpoints.last() {
                    Some(last) => println!(
                        "{} checkpoints verify with key {}; the latest: head {} {} at {}",
                        parsed.checkpoints.len(),
                        parsed.public_key,
                        last.seq,
                        last.hash,
                        last.time
                    ),
                    None => println!("no checkpoints yet (key {})", parsed.public_key),
                }
                Ok(())
            } else {
                Err(problems
                    .into_iter()
                    .map(|(_, p)| p)
                    .collect::<Vec<_>>()
                    .join("; "))
            }
        }
        Command::Open {
            identity,
            bundle,
            format,
        } => {
            let keys = std::fs::read_to_string(&identity)
                .map_err(|e| format!("{}: {e}", identity.display()))?;
            let identities = handler::read_identities(&keys)
                .map_err(|e| format!("{}: {e}", identity.display()))?;
            let text = std::fs::read_to_string(&bundle)
                .map_err(|e| format!("{}: {e}", bundle.display()))?;
            let parsed =
                handler::Bundle::parse(&text).map_err(|e| format!("{}: {e}", bundle.display()))?;
            let opened = handler::open_bundle(&parsed, &identities);
            let failed = opened.iter().filter(|o| o.problem.is_some()).count();
            match format {
                Format::Text => print!("{}", handler::to_text(&parsed, &opened)),
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&opened).map_err(|e| e.to_string())?
                ),
            }
            eprintln!(
                "opened {} of {} requests{}",
                opened.len() - failed,
                opened.len(),
                if failed > 0 {
                    "; the others are listed with the reason"
                } else {
                    ""
                }
            );
            Ok(())
        }
    }
}

/// Writes a secret to a new file readable by its owner only.
fn write_secret(out: &std::path::Path, text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(out)
        .and_then(|mut file| file.write_all(text.as_bytes()))
        .map_err(|e| format!("{}: {e}", out.display()))
}

fn keygen(out: &std::path::Path) -> Result<(), String> {
    use age::secrecy::ExposeSecret;
    let identity = age::x25519::Identity::generate();
    let public = identity.to_public();
    write_secret(
        out,
        &format!(
            "# public key: {public}\n{}\n",
            identity.to_string().expose_secret()
        ),
    )?;
    println!("{public}");
    eprintln!(
        "secret key written to {} (keep it on this machine); give the public key above to the intake's operator",
        out.display()
    );
    Ok(())
}
