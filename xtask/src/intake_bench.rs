//! `cargo xtask bench-intake`: concurrent JSON submissions to a release
//! intake on loopback, each client on a keep-alive connection; prints the
//! acknowledged (durably committed) submissions per second and the p50 and
//! p99 latencies. `--against PATH` measures another build (an older commit's
//! release `intake`) alternately with this tree's, `--rounds` times, and
//! prints the medians side by side with the throughput ratio.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
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
    let rounds = option("--rounds", 3)?.max(1);
    let against = args
        .windows(2)
        .find(|w| w[0] == "--against")
        .map(|w| std::path::PathBuf::from(&w[1]));

    step("build the release intake");
    crate::run(cargo().args(["build", "--locked", "--release", "-p", "intake"]))?;
    let intake = target_dir().join("release").join("intake");
    let Some(other) = against else {
        step(&format!(
            "{clients} clients for {seconds} s (SQLite, WAL, synchronous=FULL, group commit)"
        ));
        let figures = measure(&intake, clients, seconds)?;
        figures.print();
        return Ok(());
    };
    // Both binaries in the same run, alternately, so the machine's noise
    // falls on both alike.
    let mut this = Vec::new();
    let mut that = Vec::new();
    for round in 1..=rounds {
        for (name, binary, into) in [
            ("against", &other, &mut that),
            ("this tree", &intake, &mut this),
        ] {
            step(&format!(
                "round {round}/{rounds}, {name} ({}): {clients} clients for {seconds} s",
                binary.display()
            ));
            let figures = measure(binary, clients, seconds)?;
            figures.print();
            into.push(figures);
        }
    }
    let median = |all: &[Figures], f: fn(&Figures) -> f64| {
        let mut v: Vec<f64> = all.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "\nmedians of {rounds} rounds      {:>12} {:>12}",
        "against", "this tree"
    );
    for (label, f) in [
        (
            "submissions/s",
            (|x: &Figures| x.per_second) as fn(&Figures) -> f64,
        ),
        ("p50 latency (ms)", |x: &Figures| x.p50_ms),
        ("p99 latency (ms)", |x: &Figures| x.p99_ms),
    ] {
        println!(
            "{label:<26} {:>12.1} {:>12.1}",
            median(&that, f),
            median(&this, f)
        );
    }
    println!(
        "throughput ratio (this / against): {:.2}",
        median(&this, |x| x.per_second) / median(&that, |x| x.per_second)
    );
    Ok(())
}

struct Figures {
    acknowledged: usize,
    elapsed: f64,
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    failures: u64,
}

impl Figures {
    fn print(&self) {
        println!(
            "acknowledged:      {} durable submissions in {:.1} s",
            self.acknowledged, self.elapsed
        );
        println!("throughput:        {:.0} submissions/s", self.per_second);
        println!(
            "latency:           p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            self.p50_ms, self.p99_ms, self.max_ms
        );
        println!("failures:          {}", self.failures);
    }
}

/// One measurement of `intake` on a fresh store.
fn measure(intake: &Path, clients: u64, seconds: u64) -> Result<Figures> {
    let config = crate::intake_config(
        intake,
        "bench-intake",
        true,
        "listen = \"127.0.0.1:0\"\nportal_origin = \"http://127.0.0.1:1111\"\nper_client_per_minute = 100000000\nglobal_per_second = 100000000",
    )?;
    // An older build may not know the metrics listener (its configuration
    // refuses unknown keys): leave it out for binaries that do not mention it.
    let knows_metrics = std::fs::read(intake)
        .map(|bytes| bytes.windows(14).any(|w| w == b"metrics_listen"))
        .unwrap_or(true);
    if !knows_metrics {
        let text = std::fs::read_to_string(&config).map_err(|e| e.to_string())?;
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("metrics_listen"))
            .collect();
        std::fs::write(&config, kept.join("\n")).map_err(|e| e.to_string())?;
    }
    let mut child = Command::new(intake)
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
    Ok(Figures {
        acknowledged: latencies.len(),
        elapsed,
        per_second: latencies.len() as f64 / elapsed,
        p50_ms: pct(0.50).as_secs_f64() * 1000.0,
        p99_ms: pct(0.99).as_secs_f64() * 1000.0,
        max_ms: latencies[latencies.len() - 1].as_secs_f64() * 1000.0,
        failures: failures.load(Ordering::Relaxed),
    })
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
