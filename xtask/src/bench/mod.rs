//! `cargo xtask bench`: this generator beside its peers, on one corpus, in
//! one run.
//!
//! It writes a corpus of L languages × N realistic pages (`corpus.rs`) as a
//! site for this generator and as the equivalent Hugo site (`hugo.rs`), then
//! runs R interleaved rounds of: Hugo (Debian's package, installed if
//! missing), the Pagefind CLI on Hugo's output (npm `pagefind`, pinned in
//! `xtask/bench-peers/package-lock.json`: the usual way to add search to a
//! Hugo site), and this generator (release build, search included). Each
//! build is a new process on a fresh output folder without a build cache;
//! wall time and peak memory (the child's maximum resident set, from
//! `wait4`) are kept, and the medians and ratios printed. Then, reusing the
//! build cache: a rebuild after editing one page's text (a new process), a
//! rebuild with nothing changed; and the preview server's
//! re-render and search refresh after one edit, read from its log.
//!
//! Options: `--languages L` (24), `--pages N` per language (1000), `--words
//! W` (a page has W to 1.5 W words; 600), `--rounds R` (3), `--no-peers`.
//! Nothing here runs in CI.

mod corpus;
mod hugo;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::{Result, cargo, median, step, target_dir};
use corpus::{Links, Shape};

/// One timed process: wall time and peak resident memory in KiB.
#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    peak_kb: i64,
}

pub(crate) fn run(args: &[String]) -> Result {
    let option = |name: &str, default: usize| crate::number_option(args, name, default);
    let shape = Shape {
        languages: option("--languages", 24)?.clamp(1, 24),
        pages: option("--pages", 1000)?.max(2 * corpus::SECTIONS),
        words: option("--words", 600)?.max(20),
    };
    let rounds = option("--rounds", 3)?.max(1);
    let peers = !args.iter().any(|a| a == "--no-peers");

    step("build the release generator");
    crate::run(cargo().args(["build", "--locked", "--release", "-p", "generator"]))?;
    let generator = target_dir().join("release").join("generator");
    let peer_tools = if peers { Some(install_peers()?) } else { None };

    let name = format!("{}x{}x{}", shape.languages, shape.pages, shape.words);
    let bench = target_dir().join("bench");
    let site = bench.join(format!("portal-{name}"));
    let hugo_site = bench.join(format!("hugo-{name}"));
    step(&format!(
        "write the corpus: {} languages × {} pages of {}–{} words",
        shape.languages,
        shape.pages,
        shape.words,
        shape.words * 3 / 2
    ));
    write_portal_site(&site, shape)?;
    if peers {
        hugo::write_site(&hugo_site, shape)?;
    }
    let (files, words) = corpus_size(&site.join("content"))?;
    eprintln!("{files} Markdown files, {words} words");

    let out = site.join("dist");
    let hugo_out = hugo_site.join("public");
    let mut ours = Vec::new();
    let mut hugo_runs = Vec::new();
    let mut pagefind_runs = Vec::new();
    for round in 1..=rounds {
        step(&format!("round {round} of {rounds}"));
        if let Some((hugo, pagefind)) = &peer_tools {
            let _ = std::fs::remove_dir_all(&hugo_out);
            let h = timed(
                Command::new(hugo)
                    .arg("--source")
                    .arg(&hugo_site)
                    .arg("--destination")
                    .arg(&hugo_out)
                    .arg("--quiet"),
            )?;
            report("Hugo", h);
            let p = timed(Command::new(pagefind).arg("--site").arg(&hugo_out))?;
            report("Pagefind CLI on Hugo's output", p);
            hugo_runs.push(h);
            pagefind_runs.push(p);
        }
        // A cold build: no output and no build cache beside it.
        let _ = std::fs::remove_dir_all(&out);
        let _ = std::fs::remove_dir_all(site.join(".dist.cache"));
        let g = timed(&mut build_command(&generator, &site, &out))?;
        report("this generator (search included)", g);
        ours.push(g);
    }

    step("rebuilds (new processes)");
    let page = site.join("content/s0/p0.en.md");
    let original = std::fs::read_to_string(&page).map_err(|e| e.to_string())?;
    let mut edited = Vec::new();
    let mut unchanged = Vec::new();
    for i in 0..rounds {
        std::fs::write(&page, format!("{original}\nEdited {i}.\n")).map_err(|e| e.to_string())?;
        let e = timed(&mut build_command(&generator, &site, &out))?;
        report("after editing one page", e);
        edited.push(e);
        let u = timed(&mut build_command(&generator, &site, &out))?;
        report("with nothing changed", u);
        unchanged.push(u);
    }
    std::fs::write(&page, &original).map_err(|e| e.to_string())?;

    step("the preview server after one edit (one page's text)");
    let serve = incremental(&generator, &site, &out)?;

    let outputs = shape.languages * shape.pages;
    println!();
    println!(
        "corpus:           {} languages × {} pages ({outputs} pages, {words} words; pages of {}–{} words)",
        shape.languages,
        shape.pages,
        shape.words,
        shape.words * 3 / 2
    );
    println!("rounds:           {rounds}, interleaved; medians; peak = the highest resident set");
    let ours_m = wall(&ours);
    println!();
    println!("| cold full build | wall | peak memory | time ÷ this generator's |");
    println!("|---|---|---|---|");
    if peers {
        let hugo_m = wall(&hugo_runs);
        let combined: Vec<Run> = hugo_runs
            .iter()
            .zip(&pagefind_runs)
            .map(|(h, p)| Run {
                wall: h.wall + p.wall,
                peak_kb: h.peak_kb.max(p.peak_kb),
            })
            .collect();
        let both_m = wall(&combined);
        row("Hugo", &hugo_runs, hugo_m / ours_m);
        row(
            "Pagefind CLI on Hugo's output",
            &pagefind_runs,
            wall(&pagefind_runs) / ours_m,
        );
        row("Hugo + Pagefind", &combined, both_m / ours_m);
    }
    row("this generator, search included", &ours, 1.0);
    println!();
    println!(
        "throughput:       {:.0} pages/s (this generator)",
        outputs as f64 / ours_m
    );
    let peak = |runs: &[Run]| runs.iter().map(|r| r.peak_kb).max().unwrap_or(0) as f64 / 1024.0;
    println!(
        "rebuild, one page edited (new process):  median {:.2} s, peak {:.0} MB (build cache)",
        wall(&edited),
        peak(&edited)
    );
    println!(
        "rebuild, nothing changed (new process):  median {:.2} s, peak {:.0} MB (build cache)",
        wall(&unchanged),
        peak(&unchanged)
    );
    if let Some((pages, search)) = serve {
        println!(
            "preview server, one edit:                re-render {pages} ms, search refresh {}",
            search.map_or("not reported".to_string(), |ms| format!("{ms} ms"))
        );
    }
    Ok(())
}

fn report(what: &str, run: Run) {
    eprintln!(
        "{what}: {:.2} s, peak memory {:.0} MB",
        run.wall.as_secs_f64(),
        run.peak_kb as f64 / 1024.0
    );
}

fn row(what: &str, runs: &[Run], ratio: f64) {
    let peak = runs.iter().map(|r| r.peak_kb).max().unwrap_or(0) as f64 / 1024.0;
    let each: Vec<String> = runs
        .iter()
        .map(|r| format!("{:.1}", r.wall.as_secs_f64()))
        .collect();
    println!(
        "| {what} | {:.2} s ({}) | {peak:.0} MB | {ratio:.2}× |",
        wall(runs),
        each.join(", ")
    );
}

/// Median wall time in seconds.
fn wall(runs: &[Run]) -> f64 {
    median(runs.iter().map(|r| r.wall).collect()).as_secs_f64()
}

/// Hugo (Debian's package, installed if missing) and the Pagefind CLI (npm,
/// from the pinned lockfile).
fn install_peers() -> Result<(PathBuf, PathBuf)> {
    step("the peers: Hugo (Debian) and the Pagefind CLI (npm, pinned)");
    if !crate::have("hugo") {
        crate::apt_install(&["hugo"])?;
    }
    let peers = crate::root().join("xtask/bench-peers");
    crate::npm_ci(&peers)?;
    let pagefind = peers.join("node_modules/.bin/pagefind");
    let version = |program: &Path, arg: &str| {
        Command::new(program)
            .arg(arg)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .map_err(|e| format!("{}: {e}", program.display()))
    };
    eprintln!("{}", version(Path::new("hugo"), "version")?);
    eprintln!("{}", version(&pagefind, "--version")?);
    Ok((PathBuf::from("hugo"), pagefind))
}

fn write_portal_site(site: &Path, shape: Shape) -> Result {
    let codes = corpus::language_codes(shape.languages)?;
    let languages: String = codes
        .iter()
        .map(|(code, name)| format!("  {{ code = \"{code}\", name = \"{name}\" }},\n"))
        .collect();
    let real = crate::root();
    corpus::write(
        &site.join("site.toml"),
        &format!(
            "base_url = \"https://bench.example.eu/\"\ndefault_language = \"en\"\nintake_url = \"https://intake.example.eu/\"\ntheme = {:?}\nlocales = {:?}\nlanguages = [\n{languages}]\n",
            real.join("theme").display().to_string(),
            real.join("locales").display().to_string(),
        ),
    )?;
    corpus::write_content(site, shape, Links::Portal)
}

fn build_command(generator: &Path, site: &Path, out: &Path) -> Command {
    let mut command = Command::new(generator);
    command
        .arg("--root")
        .arg(site)
        .args(["build", "--output"])
        .arg(out);
    command
}

/// The number of files under `dir` and of the words they hold, in one pass.
fn corpus_size(dir: &Path) -> Result<(usize, usize)> {
    let files = walk(dir)?;
    let mut words = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
        words += text.split_whitespace().count();
    }
    Ok((files.len(), words))
}

fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    Ok(files)
}

/// Runs `command` to completion with its output discarded (stderr kept for
/// a failure); returns its wall time and peak resident set.
fn timed(command: &mut Command) -> Result<Run> {
    let started = Instant::now();
    let mut child = command
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
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
        return Err(format!(
            "{:?} failed:\n{}",
            command.get_program(),
            tail.join("\n")
        ));
    }
    Ok(Run {
        wall: elapsed,
        peak_kb: usage.ru_maxrss,
    })
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

/// Starts `generator serve`, edits one page's body three times, and reads
/// how long the re-render and the search refresh took from the server's log
/// (`...: re-rendered N pages in X ms`, `search index: ... in X ms`):
/// medians in milliseconds.
fn incremental(generator: &Path, site: &Path, out: &Path) -> Result<Option<(u128, Option<u128>)>> {
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
        // The pages, then the search index shard of the edited page.
        while let Ok(line) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            if let Some(ms) = ms_after(&line, "re-rendered ") {
                eprintln!("{line}");
                times.push(Duration::from_millis(ms));
            } else if let Some(ms) = ms_after(&line, "search index: ") {
                eprintln!("{line}");
                search_times.push(Duration::from_millis(ms));
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    std::fs::write(&page, &text).map_err(|e| e.to_string())?;
    let _ = child.kill();
    let _ = child.wait();
    let search = (!search_times.is_empty()).then(|| median(search_times).as_millis());
    Ok((!times.is_empty()).then(|| (median(times).as_millis(), search)))
}
