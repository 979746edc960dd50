//! The `intake` command: the service, key generation and the operator's tools.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use intake::{App, Config, Store, seal, time};

/// The isolated intake service for data subjects' requests.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The configuration file.
    #[arg(long, global = true, default_value = "intake.toml")]
    config: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the service.
    Serve,
    /// Generate an age key pair for a handling authority: keep the secret
    /// key offline, put the public key in the service's configuration.
    Keygen,
    /// The handlers' tools: list, open and export requests, change statuses.
    #[command(subcommand)]
    Operator(Operator),
}

#[derive(Subcommand)]
enum Operator {
    /// Pending and overdue requests of a handler (metadata only).
    List {
        /// State code, or `unknown` for the central handler.
        #[arg(long)]
        state: String,
    },
    /// Decrypt a handler's requests with its secret key and print them as JSON.
    Export {
        /// State code, or `unknown`.
        #[arg(long)]
        state: String,
        /// File holding the handler's `AGE-SECRET-KEY-1...`.
        #[arg(long)]
        identity: PathBuf,
        /// Who is exporting (recorded in the audit log).
        #[arg(long)]
        actor: String,
    },
    /// Print one request's sealed payload, to open with `age -d -i key.txt`.
    Sealed {
        /// The reference.
        #[arg(long)]
        reference: String,
    },
    /// Record a status change: acknowledged, answered, closed or rejected.
    SetStatus {
        /// The reference.
        #[arg(long)]
        reference: String,
        /// The new status.
        #[arg(long)]
        status: String,
        /// Why, for a rejection.
        #[arg(long)]
        reason: Option<String>,
        /// Who (recorded in the audit log).
        #[arg(long)]
        actor: String,
    },
    /// Delete sealed payloads past the retention period now.
    Purge,
    /// Check the audit log's hash chain.
    VerifyAudit,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Keygen = cli.command {
        let identity = age::x25519::Identity::generate();
        use age::secrecy::ExposeSecret;
        println!("# public key: {}", identity.to_public());
        println!("{}", identity.to_string().expose_secret());
        return ExitCode::SUCCESS;
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "intake=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = match Config::load(&cli.config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        let store = Store::open(&config.database)
            .await
            .map_err(|e| format!("the store: {e}"))?;
        match cli.command {
            Command::Serve => serve(config, store).await,
            Command::Operator(op) => operator(op, &config, &store).await,
            Command::Keygen => Ok(()),
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config, store: Store) -> Result<(), String> {
    let listen = config.listen;
    let retention = config.retention_months;
    let purger = store.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(3600));
        loop {
            every.tick().await;
            match purger.purge(time::now(), retention).await {
                Ok(0) => {}
                Ok(n) => tracing::info!("retention: {n} sealed payloads deleted"),
                Err(e) => tracing::error!("retention job: {e}"),
            }
        }
    });
    let app = intake::router(App::new(config, store));
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| format!("{listen}: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    // Scripts wait for this line.
    println!("intake listening on http://{address}/");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(|e| e.to_string())
}

async fn operator(op: Operator, config: &Config, store: &Store) -> Result<(), String> {
    let now = time::now();
    match op {
        Operator::List { state } => {
            let records = store.for_handler(&state).await.map_err(|e| e.to_string())?;
            println!(
                "{:<12} {:<16} {:<13} {:<11} {:<11} overdue",
                "reference", "kind", "status", "received", "due"
            );
            for r in records
                .iter()
                .filter(|r| matches!(r.status.as_str(), "received" | "acknowledged" | "answered"))
            {
                println!(
                    "{:<12} {:<16} {:<13} {:<11} {:<11} {}",
                    r.reference,
                    r.kind,
                    r.status,
                    time::date(r.received_at),
                    time::date(r.due_at),
                    if r.due_at < now && r.status != "answered" {
                        "OVERDUE"
                    } else {
                        ""
                    }
                );
            }
            Ok(())
        }
        Operator::Export {
            state,
            identity,
            actor,
        } => {
            let text = std::fs::read_to_string(&identity)
                .map_err(|e| format!("{}: {e}", identity.display()))?;
            let key = text
                .lines()
                .find(|l| l.starts_with("AGE-SECRET-KEY-"))
                .ok_or("the identity file holds no AGE-SECRET-KEY-1...")?
                .parse::<age::x25519::Identity>()
                .map_err(|e| format!("the identity: {e}"))?;
            let records = store.for_handler(&state).await.map_err(|e| e.to_string())?;
            let mut out = Vec::new();
            for r in &records {
                let Some(sealed) = &r.sealed else { continue };
                let request: serde_json::Value = match seal::open(sealed, &key) {
                    Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| e.to_string())?,
                    Err(e) => {
                        return Err(format!(
                            "{}: {e} (is this the key of {state}?)",
                            r.reference
                        ));
                    }
                };
                out.push(serde_json::json!({
                    "reference": r.reference,
                    "status": r.status,
                    "received_at": time::rfc3339(r.received_at),
                    "due_at": time::rfc3339(r.due_at),
                    "request": request,
                }));
            }
            store
                .audit(
                    now,
                    &actor,
                    "export",
                    None,
                    &format!("{} requests of {state}", out.len()),
                )
                .await
                .map_err(|e| e.to_string())?;
            println!(
                "{}",
                serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
            );
            Ok(())
        }
        Operator::Sealed { reference } => {
            let record = store
                .get(&reference)
                .await
                .map_err(|e| e.to_string())?
                .ok_or("no such reference")?;
            print!(
                "{}",
                record
                    .sealed
                    .ok_or("the payload was deleted after the retention period")?
            );
            Ok(())
        }
        Operator::SetStatus {
            reference,
            status,
            reason,
            actor,
        } => {
            store
                .set_status(&reference, &status, reason.as_deref(), &actor, now)
                .await
                .map_err(|e| e.to_string())?;
            eprintln!("{reference}: {status}");
            Ok(())
        }
        Operator::Purge => {
            let n = store
                .purge(now, config.retention_months)
                .await
                .map_err(|e| e.to_string())?;
            eprintln!("{n} sealed payloads deleted");
            Ok(())
        }
        Operator::VerifyAudit => {
            let n = store.verify_audit().await.map_err(|e| e.to_string())?;
            eprintln!("audit log intact: {n} entries");
            Ok(())
        }
    }
}
