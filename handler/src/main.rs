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

fn keygen(out: &std::path::Path) -> Result<(), String> {
    use age::secrecy::ExposeSecret;
    use std::io::Write;
    let identity = age::x25519::Identity::generate();
    let public = identity.to_public();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(out)
        .map_err(|e| format!("{}: {e}", out.display()))?;
    writeln!(
        file,
        "# public key: {public}\n{}",
        identity.to_string().expose_secret()
    )
    .map_err(|e| format!("{}: {e}", out.display()))?;
    println!("{public}");
    eprintln!(
        "secret key written to {} (keep it on this machine); give the public key above to the intake's operator",
        out.display()
    );
    Ok(())
}
