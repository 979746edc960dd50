//! `cargo xtask bench`: generates a synthetic corpus of L languages × N pages
//! (headings, lists, tables, footnotes and internal links with anchors),
//! builds it R times with the release generator and prints the median wall
//! time, pages per second and peak memory (the child's maximum resident set,
//! from `wait4`). Then it measures the preview server's incremental path:
//! the time `generator serve` needs to re-render after one page's text
//! changes, read from the server's own log.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::{Result, cargo, median, root, step, target_dir};

/// Figures the reference gives for Hugo and Zola on this kind of machine
/// (24 languages × 1000 pages): seconds and peak megabytes.
const HUGO: (f64, f64) = (59.0, 5000.0);
const ZOLA: (f64, f64) = (92.0, 900.0);

const SECTIONS: usize = 10;

pub(crate) fn run(args: &[String]) -> Result {
    let option = |name: &str, default: usize| crate::number_option(args, name, default);
    let languages = option("--languages", 24)?.clamp(1, 24);
    let pages = option("--pages", 1000)?.max(SECTIONS);
    let runs = option("--runs", 3)?.max(1);

    step("build the release generator");
    crate::run(cargo().args(["build", "--locked", "--release", "-p", "generator"]))?;
    let generator = target_dir().join("release").join("generator");

    step(&format!(
        "generate the corpus: {languages} languages × {pages} pages"
    ));
    let site = target_dir().join(format!("bench/site-{languages}x{pages}"));
    let codes = generate(&site, languages, pages)?;
    eprintln!("languages: {}", codes.join(" "));

    step(&format!("build it {runs} times (output on disk)"));
    let out = site.join("dist");
    let (times, peak_kb) = repeat(&generator, &site, &out, runs)?;
    // The same builds with the output on a memory-backed file system show how
    // much of the wall time is the disk's (creating 24,000 folders and files
    // costs seconds of kernel time on this kind of virtual disk).
    let shm = Path::new("/dev/shm");
    let memory_times = if shm.is_dir() {
        step(&format!("build it {runs} times (output in /dev/shm)"));
        let out = shm.join(format!("imi-portal-bench-{}", std::process::id()));
        let result = repeat(&generator, &site, &out, runs);
        let _ = std::fs::remove_dir_all(&out);
        Some(result?.0)
    } else {
        None
    };
    let outputs = languages * pages;
    let median_time = median(times.clone()).as_secs_f64();
    let peak_mb = peak_kb as f64 / 1024.0;

    step("incremental rebuild in the preview server (one page's text edited)");
    let incremental = incremental(&generator, &site, &out)?;

    println!();
    println!(
        "corpus:            {languages} languages × {pages} pages = {outputs} pages (+ fallbacks, listings, feeds, sitemaps)"
    );
    println!(
        "full build:        median {median_time:.2} s of {runs} runs ({})",
        times
            .iter()
            .map(|t| format!("{:.2}", t.as_secs_f64()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "throughput:        {:.0} pages/s",
        outputs as f64 / median_time
    );
    if let Some(memory_times) = memory_times {
        let m = median(memory_times).as_secs_f64();
        println!(
            "output in memory:  median {m:.2} s, {:.0} pages/s (the same builds with dist/ on /dev/shm)",
            outputs as f64 / m
        );
    }
    println!("peak memory:       {peak_mb:.0} MB (max resident set over the runs)");
    if let Some(ms) = incremental {
        println!(
            "incremental:       {ms} ms to re-render one edited page in every language (generator serve)"
        );
    }
    if languages == 24 && pages == 1000 {
        println!(
            "vs Hugo (59 s, 5 GB):  {:.1}× faster, {:.1}× less memory",
            HUGO.0 / median_time,
            HUGO.1 / peak_mb
        );
        println!(
            "vs Zola (92 s, 0.9 GB): {:.1}× faster, {:.1}× less memory",
            ZOLA.0 / median_time,
            ZOLA.1 / peak_mb
        );
    }
    Ok(())
}

/// Builds `runs` times; returns the wall times and the highest peak memory.
fn repeat(generator: &Path, site: &Path, out: &Path, runs: usize) -> Result<(Vec<Duration>, i64)> {
    let mut times = Vec::new();
    let mut peak = 0;
    for i in 0..runs {
        let (elapsed, peak_kb) = timed_build(generator, site, out)?;
        eprintln!(
            "run {}: {:.2} s, peak memory {:.0} MB",
            i + 1,
            elapsed.as_secs_f64(),
            peak_kb as f64 / 1024.0
        );
        times.push(elapsed);
        peak = peak.max(peak_kb);
    }
    Ok((times, peak))
}

/// Runs one build and returns its wall time and the child's peak resident
/// set in KiB.
fn timed_build(generator: &Path, site: &Path, out: &Path) -> Result<(Duration, i64)> {
    let started = Instant::now();
    let mut child = Command::new(generator)
        .args(["--root"])
        .arg(site)
        .args(["build", "--output"])
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the generator: {e}"))?;
    let pid = child.id() as libc::pid_t;
    // Drain stderr while the build runs: a build that reports many problems
    // would otherwise fill the pipe and wait forever.
    let mut stderr_pipe = child.stderr.take();
    let drain = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(e) = stderr_pipe.as_mut() {
            use std::io::Read;
            let _ = e.read_to_string(&mut text);
        }
        text
    });
    let mut status = 0;
    let mut usage = zeroed_rusage();
    let waited = wait4(pid, &mut status, &mut usage);
    let elapsed = started.elapsed();
    let stderr = drain.join().unwrap_or_default();
    if waited != pid || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!("the build failed:\n{}", tail.join("\n")));
    }
    Ok((elapsed, usage.ru_maxrss))
}

#[allow(unsafe_code)]
fn zeroed_rusage() -> libc::rusage {
    // SAFETY: rusage is a plain C struct of integers and timevals; all
    // zeroes is a valid value.
    unsafe { std::mem::zeroed() }
}

#[allow(unsafe_code)]
fn wait4(pid: libc::pid_t, status: &mut i32, usage: &mut libc::rusage) -> libc::pid_t {
    // SAFETY: the pointers are valid for the duration of the call and pid is
    // our own child, not yet reaped.
    unsafe { libc::wait4(pid, status, 0, usage) }
}

/// Starts `generator serve`, edits one page's body, and reads how long the
/// re-render took from the server's log line `...: re-rendered N pages in X ms`.
fn incremental(generator: &Path, site: &Path, out: &Path) -> Result<Option<u128>> {
    let mut child = Command::new(generator)
        .args(["--root"])
        .arg(site)
        .args(["serve", "--port", "0", "--output"])
        .arg(out)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the preview server: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut stdout = BufReader::new(stdout).lines();
    if !stdout.any(|l| l.is_ok_and(|l| l.starts_with("serving on"))) {
        let _ = child.kill();
        return Err("the preview server did not start".into());
    }
    // Let the watcher settle before editing.
    std::thread::sleep(Duration::from_millis(500));
    let stderr = child.stderr.take().ok_or("no stderr")?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr)
            .lines()
            .map_while(std::result::Result::ok)
        {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let page = site.join("content/s0/p0.en.md");
    let text = std::fs::read_to_string(&page).map_err(|e| e.to_string())?;
    let mut times = Vec::new();
    let mut search_times = Vec::new();
    let ms_after = |line: &str, marker: &str| {
        line.split(marker)
            .nth(1)
            .and_then(|rest| rest.split(" in ").nth(1))
            .and_then(|rest| rest.trim_end_matches(" ms").parse::<u64>().ok())
    };
    for i in 0..3 {
        std::fs::write(&page, format!("{text}\nEdited {i}.\n")).map_err(|e| e.to_string())?;
        let deadline = Instant::now() + Duration::from_secs(120);
        // The pages, then the search index of the edited language.
        while let Ok(line) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            if let Some(ms) = ms_after(&line, "re-rendered ") {
                eprintln!("{line}");
                times.push(Duration::from_millis(ms));
            } else if let Some(ms) = ms_after(&line, "search index of ") {
                eprintln!("{line}");
                search_times.push(Duration::from_millis(ms));
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    if !search_times.is_empty() {
        eprintln!(
            "search index refresh: median {} ms (after the pages are reloaded)",
            median(search_times).as_millis()
        );
    }
    std::fs::write(&page, &text).map_err(|e| e.to_string())?;
    let _ = child.kill();
    let _ = child.wait();
    Ok((!times.is_empty()).then(|| median(times).as_millis()))
}

/// Writes the synthetic site; returns the language codes used.
fn generate(site: &Path, languages: usize, pages: usize) -> Result<Vec<String>> {
    let real = std::fs::read_to_string(root().join("site.toml")).map_err(|e| e.to_string())?;
    let mut codes: Vec<String> = real
        .lines()
        .filter_map(|l| l.trim().strip_prefix("{ code = \""))
        .filter_map(|l| l.split('"').next())
        .map(str::to_string)
        .collect();
    // Keep English (the default) and the first others in protocol order.
    let english = codes.iter().position(|c| c == "en").unwrap_or(0);
    let en = codes.remove(english);
    codes.truncate(languages - 1);
    codes.insert(0, en);

    let _ = std::fs::remove_dir_all(site.join("content"));
    let languages_toml: String = real
        .lines()
        .filter(|l| codes.iter().any(|c| l.contains(&format!("code = \"{c}\""))))
        .map(|l| format!("{l}\n"))
        .collect();
    write(
        &site.join("site.toml"),
        &format!(
            "base_url = \"https://bench.example.eu/\"\ndefault_language = \"en\"\nintake_url = \"https://intake.example.eu/\"\ntheme = {:?}\nlocales = {:?}\nlanguages = [\n{languages_toml}]\n",
            root().join("theme").display().to_string(),
            root().join("locales").display().to_string(),
        ),
    )?;
    let per_section = pages / SECTIONS;
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    for lang in &codes {
        write(
            &site.join(format!("content/_index.{lang}.md")),
            &format!(
                "+++\ntitle = \"Home {lang}\"\ndescription = \"Synthetic home page.\"\n+++\n\nWelcome.\n"
            ),
        )?;
        for s in 0..SECTIONS {
            write(
                &site.join(format!("content/s{s}/_index.{lang}.md")),
                &format!(
                    "+++\ntitle = \"Section {s} ({lang})\"\ndescription = \"Synthetic section {s}.\"\nweight = {s}\n+++\n\nThe pages of section {s}.\n"
                ),
            )?;
            // Every section has an index page; the other pages fill it.
            for p in 0..per_section.saturating_sub(1) {
                let body = synthetic_body(lang, s, p, per_section, &mut rng);
                write(&site.join(format!("content/s{s}/p{p}.{lang}.md")), &body)?;
            }
        }
    }
    Ok(codes)
}

fn synthetic_body(
    lang: &str,
    section: usize,
    page: usize,
    per_section: usize,
    rng: &mut u64,
) -> String {
    let mut next = |n: usize| {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        (*rng % n as u64) as usize
    };
    let words = [
        "data",
        "subject",
        "authority",
        "request",
        "procedure",
        "access",
        "correction",
        "deletion",
        "internal",
        "market",
        "information",
        "system",
        "cooperation",
        "member",
        "state",
        "retention",
    ];
    let mut sentence = |n: usize| {
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(words[next(words.len())]);
        }
        s
    };
    let mut text = format!(
        "+++\ntitle = \"Page {section}-{page} ({lang})\"\ndescription = \"Synthetic page {page} of section {section}.\"\nweight = {page}\ndate = 2024-{:02}-{:02}\n+++\n\n",
        1 + page % 12,
        1 + page % 28
    );
    for h in 0..4 {
        let _ = writeln!(text, "## Heading {h} {{#h{h}}}\n");
        for _ in 0..2 {
            let _ = writeln!(text, "{}. {}.[^n{h}]\n", sentence(14), sentence(10));
        }
        let _ = writeln!(
            text,
            "- {}\n- {}\n- {}\n",
            sentence(5),
            sentence(6),
            sentence(4)
        );
        let target = (page + h + 1) % per_section.saturating_sub(1).max(1);
        let other_section = (section + h) % SECTIONS;
        let _ = writeln!(
            text,
            "See [page {target}](@/s{section}/p{target}.md#h{h}) and [section {other_section}](@/s{other_section}/_index.md).\n"
        );
        if h % 2 == 0 {
            text.push_str("| Field | Value | Notes |\n|---|---|---|\n");
            for r in 0..4 {
                let _ = writeln!(text, "| {} | {r} | {} |", sentence(2), sentence(3));
            }
            text.push('\n');
        }
        let _ = writeln!(text, "[^n{h}]: {}.\n", sentence(8));
    }
    text
}

fn write(path: &Path, text: &str) -> Result {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
