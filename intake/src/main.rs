//! The `intake` command: the service, key generation and the operator's tools.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use intake::{App, Config, Store, time};

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
    /// (`imi-handler keygen --out FILE` does the same on the handler's own
    /// machine, and is the better place for it.)
    Keygen,
    /// The handlers' tools: list, open and export requests, change statuses.
    #[command(subcommand)]
    Operator(Operator),
}

#[derive(Subcommand)]
enum Operator {
    /// Pending and overdue requests routed to a handler (metadata only).
    List {
        /// State code, or `unknown` for the central handler (which also
        /// receives the requests for states without keys).
        #[arg(long)]
        state: String,
        /// Who (recorded in the audit log).
        #[arg(long)]
        actor: String,
    },
    /// Write a handler's requests to a bundle: metadata and sealed payloads,
    /// nothing decrypted. The handler opens it on its own machine with
    /// `imi-handler open --identity KEY BUNDLE`; this host never takes a
    /// secret key.
    Export {
        /// State code, or `unknown` for the central handler.
        #[arg(long)]
        state: String,
        /// The bundle file to write (it must not exist yet).
        #[arg(long)]
        out: PathBuf,
        /// Who is exporting (recorded in the audit log).
        #[arg(long)]
        actor: String,
    },
    /// Print one request's sealed payload, to open with `age -d -i key.txt`.
    Sealed {
        /// The reference.
        #[arg(long)]
        reference: String,
        /// Who (recorded in the audit log).
        #[arg(long)]
        actor: String,
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
    /// Per state and kind: received, open, overdue, answered in time and
    /// late (metadata only; a request naming two states counts for both).
    Report {
        /// Who (recorded in the audit log).
        #[arg(long)]
        actor: String,
    },
    /// Write anonymous statistics for publication: counts per month, state,
    /// kind and outcome, cells under 5 left out, no references. Save the file
    /// as the portal's `content/data/request-stats.json` to publish it.
    Stats {
        /// The JSON file to write.
        #[arg(long)]
        out: PathBuf,
        /// Who (recorded in the audit log).
        #[arg(long)]
        actor: String,
    },
    /// Sign the audit log's head with the checkpoint key (Ed25519, kept
    /// offline: mount it only for this) and add it to a checkpoints file,
    /// to publish as the portal's `content/data/audit-checkpoints.json`.
    Checkpoint {
        /// The key file (`imi-handler checkpoint-keygen` makes one).
        #[arg(long)]
        key: PathBuf,
        /// The checkpoints file to add to (created if missing).
        #[arg(long)]
        out: PathBuf,
        /// Who (recorded in the audit log).
        #[arg(long)]
        actor: String,
    },
    /// Allow status look-ups again for a reference locked after failed ones.
    Unlock {
        /// The reference.
        #[arg(long)]
        reference: String,
        /// Who (recorded in the audit log).
        #[arg(long)]
        actor: String,
    },
    /// Delete sealed payloads past the retention period now.
    Purge,
    /// Check the audit log's hash chain; prints its head (`head SEQ HASH`).
    /// Note the head somewhere else: `--expect-head` later shows whether
    /// the log was truncated or rewritten since.
    VerifyAudit {
        /// `SEQ:HASH` of an earlier head: fail unless the log still holds
        /// that entry with that hash.
        #[arg(long)]
        expect_head: Option<String>,
    },
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
        let routed = store
            .route_unrouted(|states| config.handlers_for(states))
            .await
            .map_err(|e| format!("the store: {e}"))?;
        if routed > 0 {
            tracing::info!("{routed} requests stored before routing was recorded are now routed");
        }
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
    let fallback = config.fallback_states();
    if fallback.is_empty() {
        tracing::info!("every state has its own handler keys");
    } else {
        tracing::info!(
            "states without keys of their own, whose requests go to the central handler (`unknown`): {}",
            fallback.join(", ")
        );
    }
    let listen = config.listen;
    let retention = config.retention_months;
    let max_retention = config.max_retention_months;
    store
        .audit(
            time::now(),
            &actor_with_os_user("intake"),
            "start",
            None,
            &format!(
                "recipient keys sha256 {}; handlers: {}",
                config.recipients_fingerprint(),
                config
                    .recipients
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        )
        .await
        .map_err(|e| format!("the audit log: {e}"))?;
    let purger = store.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(3600));
        loop {
            every.tick().await;
            match purger.purge(time::now(), retention, max_retention).await {
                Ok(0) => {}
                Ok(n) => tracing::info!("retention: {n} sealed payloads deleted"),
                Err(e) => tracing::error!("retention job: {e}"),
            }
        }
    });
    let limits = intake::server::ServerLimits {
        header_read_timeout: Duration::from_secs(config.header_read_timeout_secs.max(1)),
        max_connections: config.max_connections,
    };
    let metrics_listen = config.metrics_listen;
    let app = App::new(config, store);
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| format!("{listen}: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let metrics = tokio::net::TcpListener::bind(metrics_listen)
        .await
        .map_err(|e| format!("metrics_listen {metrics_listen}: {e}"))?;
    let metrics_address = metrics.local_addr().map_err(|e| e.to_string())?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let metrics_task = tokio::spawn(intake::server::serve(
        metrics,
        intake::metrics_router(app.clone()),
        intake::server::ServerLimits {
            header_read_timeout: limits.header_read_timeout,
            max_connections: 16,
        },
        wait_for(stopped),
        Duration::from_secs(1),
    ));
    // Scripts wait for this line.
    println!("intake listening on http://{address}/");
    eprintln!("metrics on http://{metrics_address}/metrics (loopback only)");
    let served = intake::server::serve(
        listener,
        intake::router(app),
        limits,
        intake::server::stop_signal(),
        Duration::from_secs(20),
    )
    .await;
    let _ = stop.send(true);
    let _ = metrics_task.await;
    tracing::info!("stopped");
    served.map_err(|e| e.to_string())
}

/// Resolves once the flag turns true.
async fn wait_for(mut flag: tokio::sync::watch::Receiver<bool>) {
    while !*flag.borrow() {
        if flag.changed().await.is_err() {
            return;
        }
    }
}

/// `actor (os user)`: who says they act, and the account they act from.
fn actor_with_os_user(actor: &str) -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "unknown".into());
    format!("{actor} (os user {user})")
}

async fn operator(op: Operator, config: &Config, store: &Store) -> Result<(), String> {
    let now = time::now();
    match op {
        Operator::List { state, actor } => {
            let records = store.for_handler(&state).await.map_err(|e| e.to_string())?;
            store
                .audit(now, &actor_with_os_user(&actor), "list", None, &state)
                .await
                .map_err(|e| e.to_string())?;
            let deleted_at = |r: &intake::store::Record| {
                r.received_at + i64::from(config.max_retention_months) * 30 * 86_400
            };
            println!(
                "{:<12} {:<16} {:<13} {:<11} {:<11} {:<8} {:<8} states",
                "reference", "kind", "status", "received", "due", "rule", "overdue"
            );
            for r in records
                .iter()
                .filter(|r| r.status.is_open() || r.status == request_model::Status::Answered)
            {
                let rule = match r.kind.deadline() {
                    request_model::Deadline::Article19 => "30 days",
                    request_model::Deadline::NationalLawGdpr => "1 month",
                };
                println!(
                    "{:<12} {:<16} {:<13} {:<11} {:<11} {:<8} {:<8} {}",
                    r.reference,
                    r.kind.as_str(),
                    r.status.as_str(),
                    time::date(r.received_at),
                    time::date(r.due_at),
                    rule,
                    if r.due_at < now && r.status != request_model::Status::Answered {
                        "OVERDUE"
                    } else {
                        ""
                    },
                    r.states.join(",")
                );
                if r.sealed.is_some() && deleted_at(r) - now < 30 * 86_400 {
                    println!(
                        "  warning: its payload is deleted on {} ({} months after receipt, max_retention_months), closed or not",
                        time::date(deleted_at(r)),
                        config.max_retention_months
                    );
                }
            }
            Ok(())
        }
        Operator::Export { state, out, actor } => {
            let records = store.for_handler(&state).await.map_err(|e| e.to_string())?;
            let bundle = handler::Bundle {
                format: handler::BUNDLE_FORMAT.into(),
                handler: state.clone(),
                exported_at: time::rfc3339(now),
                requests: records.iter().map(intake::bundle_entry).collect(),
            };
            let json = serde_json::to_string_pretty(&bundle).map_err(|e| e.to_string())?;
            let digest = intake::ids::sha256_hex(json.as_bytes());
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&out)
                .and_then(|mut f| std::io::Write::write_all(&mut f, json.as_bytes()))
                .map_err(|e| format!("{}: {e}", out.display()))?;
            store
                .audit(
                    now,
                    &actor_with_os_user(&actor),
                    "export",
                    None,
                    &format!(
                        "{} requests of {state}; bundle sha256 {digest}",
                        bundle.requests.len()
                    ),
                )
                .await
                .map_err(|e| e.to_string())?;
            eprintln!(
                "{} requests of {state} written to {} (sealed; open with imi-handler open --identity KEY {})",
                bundle.requests.len(),
                out.display(),
                out.display()
            );
            Ok(())
        }
        Operator::Sealed { reference, actor } => {
            let record = store
                .get(&reference)
                .await
                .map_err(|e| e.to_string())?
                .ok_or("no such reference")?;
            store
                .audit(
                    now,
                    &actor_with_os_user(&actor),
                    "sealed",
                    Some(&reference),
                    "payload printed",
                )
                .await
                .map_err(|e| e.to_string())?;
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
                .set_status(
                    &reference,
                    request_model::Status::parse(&status).ok_or_else(|| {
                        format!(
                            "`{status}` is not a status: use one of {}",
                            request_model::Status::ALL.map(|s| s.as_str()).join(", ")
                        )
                    })?,
                    reason.as_deref(),
                    &actor_with_os_user(&actor),
                    now,
                )
                .await
                .map_err(|e| e.to_string())?;
            eprintln!("{reference}: {status}");
            Ok(())
        }
        Operator::Report { actor } => {
            let records = store.all().await.map_err(|e| e.to_string())?;
            store
                .audit(
                    now,
                    &actor_with_os_user(&actor),
                    "report",
                    None,
                    "all states",
                )
                .await
                .map_err(|e| e.to_string())?;
            print!("{}", intake::report(&records, now));
            Ok(())
        }
        Operator::Stats { out, actor } => {
            let records = store.all().await.map_err(|e| e.to_string())?;
            let stats = intake::stats(&records, &time::date(now));
            let json = serde_json::to_string_pretty(&stats).map_err(|e| e.to_string())?;
            std::fs::write(&out, json + "\n").map_err(|e| format!("{}: {e}", out.display()))?;
            store
                .audit(
                    now,
                    &actor_with_os_user(&actor),
                    "stats",
                    None,
                    &format!("{} requests counted", records.len()),
                )
                .await
                .map_err(|e| e.to_string())?;
            eprintln!("statistics written to {}", out.display());
            Ok(())
        }
        Operator::Checkpoint { key, out, actor } => {
            let key_text =
                std::fs::read_to_string(&key).map_err(|e| format!("{}: {e}", key.display()))?;
            let signing = handler::checkpoint::read_key(&key_text)
                .map_err(|e| format!("{}: {e}", key.display()))?;
            let existing = match std::fs::read_to_string(&out) {
                Ok(text) => Some(
                    serde_json::from_str(&text)
                        .map_err(|e| format!("{}: not a checkpoints file: {e}", out.display()))?,
                ),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(format!("{}: {e}", out.display())),
            };
            // The checkpoint itself is recorded first, so the head signed
            // includes it.
            store
                .audit(
                    now,
                    &actor_with_os_user(&actor),
                    "checkpoint",
                    None,
                    &format!("signed into {}", out.display()),
                )
                .await
                .map_err(|e| e.to_string())?;
            let (_, head) = store
                .verify_audit_head(None)
                .await
                .map_err(|e| e.to_string())?;
            let (seq, hash) = head.ok_or("the audit log is empty")?;
            let file =
                handler::checkpoint::add(existing, &signing, seq, &hash, &time::rfc3339(now))?;
            let json = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())?;
            std::fs::write(&out, json + "\n").map_err(|e| format!("{}: {e}", out.display()))?;
            println!("head {seq} {hash}");
            eprintln!("checkpoint {seq} signed into {}", out.display());
            Ok(())
        }
        Operator::Unlock { reference, actor } => {
            store
                .unlock(&reference, &actor_with_os_user(&actor), now)
                .await
                .map_err(|e| e.to_string())?;
            eprintln!("{reference}: status look-ups allowed again");
            Ok(())
        }
        Operator::Purge => {
            let n = store
                .purge(now, config.retention_months, config.max_retention_months)
                .await
                .map_err(|e| e.to_string())?;
            eprintln!("{n} sealed payloads deleted");
            Ok(())
        }
        Operator::VerifyAudit { expect_head } => {
            let expect = match &expect_head {
                None => None,
                Some(text) => {
                    let (seq, hash) = text
                        .split_once(':')
                        .and_then(|(s, h)| Some((s.parse::<i64>().ok()?, h)))
                        .ok_or("--expect-head takes SEQ:HASH, as `head` prints them")?;
                    Some((seq, hash))
                }
            };
            let (n, head) = store
                .verify_audit_head(expect)
                .await
                .map_err(|e| e.to_string())?;
            eprintln!("audit log intact: {n} entries");
            if let Some((seq, hash)) = head {
                println!("head {seq} {hash}");
            }
            Ok(())
        }
    }
}
