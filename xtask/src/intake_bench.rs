//! `cargo xtask bench-intake`: concurrent JSON submissions to a release
//! intake on loopback, each client on a keep-alive connection; prints the
//! acknowledged (durably committed) submissions per second and the p50 and
//! p99 latencies.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::{Result, cargo, step, target_dir};

const BODY: &str = r#"{"kind":"access","name":"Bench Mark","email":"bench@example.eu","states":["IE"],"description":"Which data about me does IMI hold?","reply_language":"en","declaration":true}"#;

pub(crate) fn run(args: &[String]) -> Result {
    let option = |name: &str, default: u64| crate::number_option(args, name, default);
    let clients = option("--clients", 64)?.max(1);
    let seconds = option("--seconds", 10)?.max(1);

    step("build the release intake");
    crate::run(cargo().args(["build", "--locked", "--release", "-p", "intake"]))?;
    let intake = target_dir().join("release").join("intake");
    let config = crate::intake_config(
        &intake,
        "bench-intake",
        true,
        "listen = \"127.0.0.1:0\"\nportal_origin = \"http://127.0.0.1:1111\"\nper_client_per_minute = 100000000\nglobal_per_second = 100000000",
    )?;
    let mut child = Command::new(&intake)
        .arg("--config")
        .arg(&config)
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let line = BufReader::new(stdout)
        .lines()
        .next()
        .ok_or("no output")?
        .map_err(|e| e.to_string())?;
    let address = line
        .strip_prefix("intake listening on http://")
        .ok_or("unexpected output")?
        .trim_end_matches('/')
        .to_string();

    step(&format!(
        "{clients} clients for {seconds} s (SQLite, WAL, synchronous=FULL, group commit)"
    ));
    let stop = Arc::new(AtomicBool::new(false));
    let latencies: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let failures = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let started = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|_| {
            let (address, stop, latencies, failures) = (address.clone(), stop.clone(), latencies.clone(), failures.clone());
            std::thread::spawn(move || {
                let mut mine = Vec::new();
                let Ok(mut stream) = TcpStream::connect(&address) else { return };
                let _ = stream.set_nodelay(true);
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let request = format!(
                    "POST /v1/requests HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{BODY}",
                    BODY.len()
                );
                while !stop.load(Ordering::Relaxed) {
                    let t = Instant::now();
                    if stream.write_all(request.as_bytes()).is_err() {
                        break;
                    }
                    match read_response(&mut reader) {
                        Some(201) => mine.push(t.elapsed()),
                        Some(_) => {
                            failures.fetch_add(1, Ordering::Relaxed);
                        }
                        None => break,
                    }
                }
                latencies.lock().expect("lock").extend(mine);
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        let _ = t.join();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let _ = child.kill();
    let _ = child.wait();

    let mut latencies = latencies.lock().map_err(|_| "lock")?.clone();
    latencies.sort();
    if latencies.is_empty() {
        return Err("no submission was acknowledged".into());
    }
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!();
    println!(
        "acknowledged:      {} durable submissions in {elapsed:.1} s",
        latencies.len()
    );
    println!(
        "throughput:        {:.0} submissions/s",
        latencies.len() as f64 / elapsed
    );
    println!(
        "latency:           p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
        latencies[latencies.len() - 1].as_secs_f64() * 1000.0
    );
    println!("failures:          {}", failures.load(Ordering::Relaxed));
    Ok(())
}

/// Reads one HTTP/1.1 response; returns its status.
fn read_response(reader: &mut BufReader<TcpStream>) -> Option<u16> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let status = line.split(' ').nth(1)?.parse().ok()?;
    let mut length = 0;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        if header == "\r\n" || header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(status)
}
