//! The service as a real process on loopback: it serves, and it loses
//! nothing it acknowledged when killed with SIGKILL under load.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn start(config: &Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_intake"))
        .args(["--config", config.to_str().unwrap(), "serve"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let line = BufReader::new(stdout).lines().next().unwrap().unwrap();
    let address = line
        .strip_prefix("intake listening on http://")
        .unwrap_or_else(|| panic!("unexpected: {line}"))
        .trim_end_matches('/')
        .to_string();
    (child, address)
}

/// One HTTP/1.1 request; `None` if the connection failed or was cut.
fn post(address: &str, path: &str, body: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(address).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split(' ').nth(1)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n")?.1.to_string();
    Some((status, body))
}

#[test]
fn serves_on_loopback() {
    let dir = tempfile::tempdir().unwrap();
    let keys = common::keys();
    let config = dir.path().join("intake.toml");
    std::fs::write(&config, common::config_text(dir.path(), &keys, "")).unwrap();
    let (mut child, address) = start(&config);
    let (status, body) = post(&address, "/v1/requests", &common::valid_json().to_string()).unwrap();
    assert_eq!(status, 201, "{body}");
    let receipt: serde_json::Value = serde_json::from_str(&body).unwrap();
    let (status, _) = post(
        &address,
        "/v1/status",
        &serde_json::json!({ "code": receipt["follow_up_code"] }).to_string(),
    )
    .unwrap();
    assert_eq!(status, 200);
    child.kill().unwrap();
    child.wait().unwrap();

    // The operator's tools: list, export (sealed), audit. No secret key is
    // given to the intake.
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_intake"))
            .arg("--config")
            .arg(&config)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let reference = receipt["reference"].as_str().unwrap();
    assert!(run(&["operator", "list", "--state", "IE", "--actor", "test"]).contains(reference));
    let bundle_file = dir.path().join("ie.bundle.json");
    run(&[
        "operator",
        "export",
        "--state",
        "IE",
        "--out",
        bundle_file.to_str().unwrap(),
        "--actor",
        "test",
    ]);
    let text = std::fs::read_to_string(&bundle_file).unwrap();
    assert!(!text.contains("Máire"), "nothing decrypted: {text}");
    assert!(!text.contains("maire@example.ie"));
    let bundle = handler::Bundle::parse(&text).unwrap();
    assert_eq!(bundle.handler, "IE");
    assert_eq!(bundle.requests[0].reference, reference);
    assert_eq!(
        bundle.requests[0].due_basis,
        "Regulation (EU) 2016/679, Article 12(3)"
    );
    // The handler opens it on its own machine.
    let opened = handler::open_bundle(&bundle, std::slice::from_ref(&keys.ie));
    assert_eq!(opened[0].request.as_ref().unwrap().name, "Máire Ní Bhriain");
    // The central key cannot: listed with the reason, not fatal.
    let opened = handler::open_bundle(&bundle, std::slice::from_ref(&keys.central));
    assert!(opened[0].problem.as_ref().unwrap().contains("cannot open"));
    // An existing file is never overwritten.
    let out = Command::new(env!("CARGO_BIN_EXE_intake"))
        .arg("--config")
        .arg(&config)
        .args([
            "operator", "export", "--state", "IE", "--actor", "test", "--out",
        ])
        .arg(&bundle_file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    run(&[
        "operator",
        "set-status",
        "--reference",
        reference,
        "--status",
        "acknowledged",
        "--actor",
        "test",
    ]);
    run(&[
        "operator",
        "set-status",
        "--reference",
        reference,
        "--status",
        "answered",
        "--actor",
        "test",
    ]);
    let head = run(&["operator", "verify-audit"]);
    let (seq, hash) = head
        .trim()
        .strip_prefix("head ")
        .and_then(|h| h.split_once(' '))
        .unwrap_or_else(|| panic!("{head}"));
    let expect = format!("{seq}:{hash}");
    run(&["operator", "verify-audit", "--expect-head", &expect]);
    // A signed checkpoint of the head, with a key that never lives in the
    // configuration.
    let (key_text, public) = handler::checkpoint::keygen();
    let key_file = dir.path().join("checkpoint.key");
    std::fs::write(&key_file, key_text).unwrap();
    let checkpoints = dir.path().join("audit-checkpoints.json");
    let signed = run(&[
        "operator",
        "checkpoint",
        "--key",
        key_file.to_str().unwrap(),
        "--out",
        checkpoints.to_str().unwrap(),
        "--actor",
        "test",
    ]);
    let file: handler::checkpoint::Checkpoints =
        serde_json::from_str(&std::fs::read_to_string(&checkpoints).unwrap()).unwrap();
    assert_eq!(file.public_key, public);
    assert!(handler::checkpoint::verify(&file).is_empty());
    assert_eq!(
        file.checkpoints[0].seq, 7,
        "the checkpoint entry itself is covered"
    );
    assert!(signed.starts_with("head 7 "));
    // Start, submission, list, export, two status changes: all in the chain.
    assert_eq!(seq, "6", "{head}");
    // Deleting the last entries leaves a valid chain, but not the head
    // someone noted.
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let text = std::fs::read_to_string(&config).unwrap();
        let url = toml::from_str::<intake::Config>(&text).unwrap().database;
        let mut conn = sqlx::AnyConnection::connect(&url).await.unwrap();
        sqlx::query("DELETE FROM audit WHERE seq >= 5")
            .execute(&mut conn)
            .await
            .unwrap();
    });
    run(&["operator", "verify-audit"]);
    let out = Command::new(env!("CARGO_BIN_EXE_intake"))
        .arg("--config")
        .arg(&config)
        .args(["operator", "verify-audit", "--expect-head", &expect])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no longer holds entry 6"));
    // Tampering with the audit log shows.
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let text = std::fs::read_to_string(&config).unwrap();
        let url = toml::from_str::<intake::Config>(&text).unwrap().database;
        let mut conn = sqlx::AnyConnection::connect(&url).await.unwrap();
        sqlx::query("UPDATE audit SET actor = 'someone else' WHERE seq = 1")
            .execute(&mut conn)
            .await
            .unwrap();
    });
    let out = Command::new(env!("CARGO_BIN_EXE_intake"))
        .arg("--config")
        .arg(&config)
        .args(["operator", "verify-audit"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("altered at entry 1"));
    let sealed = run(&[
        "operator",
        "sealed",
        "--reference",
        reference,
        "--actor",
        "test",
    ]);
    assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
}

/// Kills the service with SIGKILL at random moments while clients submit,
/// 20 times, then checks that every acknowledged request is stored and
/// opens, and that no row is half written.
#[test]
fn nothing_acknowledged_is_lost_when_killed() {
    let dir = tempfile::tempdir().unwrap();
    let keys = common::keys();
    let config = dir.path().join("intake.toml");
    std::fs::write(
        &config,
        common::config_text(
            dir.path(),
            &keys,
            "per_client_per_minute = 1000000\nglobal_per_second = 1000000",
        ),
    )
    .unwrap();
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for round in 0..20 {
        let (mut child, address) = start(&config);
        let stop = Arc::new(AtomicBool::new(false));
        let clients: Vec<_> = (0..4)
            .map(|_| {
                let address = address.clone();
                let stop = stop.clone();
                let acknowledged = acknowledged.clone();
                std::thread::spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        if let Some((201, body)) =
                            post(&address, "/v1/requests", &common::valid_json().to_string())
                        {
                            let receipt: serde_json::Value = serde_json::from_str(&body).unwrap();
                            acknowledged
                                .lock()
                                .unwrap()
                                .push(receipt["reference"].as_str().unwrap().to_string());
                        }
                    }
                })
            })
            .collect();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(50 + seed % 250));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        for c in clients {
            c.join().unwrap();
        }
        eprintln!(
            "round {round}: {} acknowledged so far",
            acknowledged.lock().unwrap().len()
        );
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() > 20,
        "the load ran: {}",
        acknowledged.len()
    );

    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let text = std::fs::read_to_string(&config).unwrap();
        let config: intake::Config = toml::from_str(&text).unwrap();
        let store = intake::Store::open(&config.database).await.unwrap();
        let rows = store.for_handler("IE").await.unwrap();
        for reference in &acknowledged {
            let record = rows
                .iter()
                .find(|r| &r.reference == reference)
                .unwrap_or_else(|| panic!("{reference} was acknowledged but is missing"));
            let sealed = record.sealed.as_ref().expect("payload present");
            handler::open(sealed, std::slice::from_ref(&keys.ie)).expect("payload opens");
        }
        // No half-written request: every stored row is complete and opens.
        for record in &rows {
            assert_eq!(record.status, request_model::Status::Received);
            assert_eq!(record.followup_hash.len(), 64);
            handler::open(
                record.sealed.as_ref().unwrap(),
                std::slice::from_ref(&keys.ie),
            )
            .unwrap();
        }
        eprintln!(
            "{} acknowledged, {} stored, all present and opening",
            acknowledged.len(),
            rows.len()
        );
    });
}

/// A client that never finishes its headers is dropped after the header
/// timeout; connections beyond the cap are closed at once; SIGTERM stops the
/// service cleanly.
#[test]
fn slow_clients_time_out_connections_are_capped_and_sigterm_stops() {
    let dir = tempfile::tempdir().unwrap();
    let keys = common::keys();
    let config = dir.path().join("intake.toml");
    std::fs::write(
        &config,
        common::config_text(
            dir.path(),
            &keys,
            "header_read_timeout_secs = 1\nmax_connections = 4",
        ),
    )
    .unwrap();
    let (mut child, address) = start(&config);
    // Half-sent headers: closed within the timeout (plus a margin).
    let mut slow = TcpStream::connect(&address).unwrap();
    slow.write_all(b"POST /v1/requests HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let started = std::time::Instant::now();
    let mut buf = [0u8; 512];
    let n = slow.read(&mut buf).unwrap_or(0);
    let text = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(
        n == 0 || text.starts_with("HTTP/1.1 408"),
        "closed or 408: {text}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    drop(slow);
    std::thread::sleep(Duration::from_millis(200));

    // Four idle connections take every slot; a fifth is closed at once.
    let idle: Vec<TcpStream> = (0..4)
        .map(|_| TcpStream::connect(&address).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let mut extra = TcpStream::connect(&address).unwrap();
    extra
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let _ = extra.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    let n = extra.read(&mut buf).unwrap_or(0);
    assert_eq!(n, 0, "over the cap: {}", String::from_utf8_lossy(&buf[..n]));
    // A slot freed is a slot for the next client.
    drop(idle);
    std::thread::sleep(Duration::from_millis(300));
    let (status, _) = post(&address, "/v1/status", "{\"code\":\"x\"}").expect("served again");
    assert_eq!(status, 404);

    // SIGTERM: a graceful stop, exit status 0.
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{status}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
