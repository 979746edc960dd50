//! `cargo xtask wasm`: the request form's WebAssembly bundle.
//!
//! `cargo build` of the `portal` crate for wasm32 in the `release-wasm`
//! profile (opt-level z, LTO, one codegen unit, panic abort), wasm-bindgen as
//! a library (the workspace lockfile keeps it at the `wasm-bindgen` crate's
//! exact version), then `wasm-opt -Oz` from the npm `binaryen` package. The
//! generator takes the result with `--portal-pkg <target>/portal-pkg`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Result, cargo, npm_ci, root, run, step, target_dir};

/// Where the bundle is written: `portal.js` and `portal_bg.wasm`.
pub(crate) fn pkg_dir() -> PathBuf {
    target_dir().join("portal-pkg")
}

/// Builds the bundle and returns its folder.
pub(crate) fn build() -> Result<PathBuf> {
    step("the request form's WebAssembly (portal, release-wasm profile, wasm-bindgen, wasm-opt)");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    run(cargo()
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            remap_flags(),
        )
        .args([
            "build",
            "--locked",
            "-p",
            "portal",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            "release-wasm",
        ]))?;
    let input = target_dir().join("wasm32-unknown-unknown/release-wasm/portal.wasm");
    let out = pkg_dir();
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    // `IMI_WASM_NAMES=1` keeps function names, for size analysis.
    let names = std::env::var_os("IMI_WASM_NAMES").is_some();
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&input)
        .web(true)
        .map_err(|e| format!("wasm-bindgen: {e:#}"))?
        .typescript(false)
        .remove_name_section(!names)
        .remove_producers_section(true)
        .generate(&out)
        .map_err(|e| format!("wasm-bindgen: {e:#}"))?;
    let wasm = out.join("portal_bg.wasm");
    optimise(&wasm, names)?;
    // A bundle without the view still builds and loads (and is light): a
    // misplaced `cfg` once compiled the view out. The glue must bind the
    // DOM calls the view's start makes.
    let glue = std::fs::read_to_string(out.join("portal.js")).map_err(|e| e.to_string())?;
    if !glue.contains("getElementById") {
        return Err("the WebAssembly bundle has no view (its glue binds no DOM call): is `portal::web` compiled for wasm32?".into());
    }
    for file in ["portal.js", "portal_bg.wasm"] {
        let path = out.join(file);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!(
            "{file}: {} bytes, {} bytes gzip -9",
            bytes.len(),
            gzip_size(&path)?
        );
    }
    Ok(out)
}

/// Source paths end up in the bundle (panic locations): write them relative
/// to the workspace and the registry, so the bundle does not depend on where
/// it was built (and is a little smaller).
fn remap_flags() -> String {
    let mut flags = vec![format!("--remap-path-prefix={}=.", root().display())];
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    if let Some(registry) = cargo_home.map(|h| h.join("registry/src"))
        && let Ok(entries) = std::fs::read_dir(&registry)
    {
        let mut dirs: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        dirs.sort();
        for dir in dirs {
            flags.push(format!("--remap-path-prefix={}=crates", dir.display()));
        }
    }
    flags.join(" ")
}

/// `wasm-opt -Oz` in place, with the npm package's wasm-opt (Debian's is too
/// old for current rustc output).
fn optimise(wasm: &Path, names: bool) -> Result {
    let tools = root().join("portal");
    npm_ci(&tools)?;
    let wasm_opt = tools.join("node_modules/binaryen/bin/wasm-opt");
    let optimised = wasm.with_extension("opt.wasm");
    run(Command::new("node")
        .arg(&wasm_opt)
        .arg("-Oz")
        .args(names.then_some("-g"))
        .arg(wasm)
        .arg("-o")
        .arg(&optimised))?;
    std::fs::rename(&optimised, wasm).map_err(|e| e.to_string())
}

/// Size of a file compressed with `gzip -9`, as a visitor's browser would
/// download it from a server that compresses.
pub(crate) fn gzip_size(path: &Path) -> Result<usize> {
    let out = Command::new("gzip")
        .args(["-9", "-c", "-n"])
        .arg(path)
        .output()
        .map_err(|e| format!("gzip: {e}"))?;
    if !out.status.success() {
        return Err(format!("gzip {} failed", path.display()));
    }
    Ok(out.stdout.len())
}

/// The request page's budget: the page and everything it loads, gzip.
pub(crate) const PAGE_BUDGET: usize = 120_000;

/// Prints and returns the gzip weight of a built page plus every asset it
/// names (stylesheet, icon, scripts, and the glue and WebAssembly the form's
/// loader fetches).
pub(crate) fn page_weight(dist: &Path, page: &str) -> Result<usize> {
    let path = dist.join(page);
    let html = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut files = vec![path];
    let mut rest = html.as_str();
    while let Some(at) = rest.find("=\"/assets/") {
        rest = &rest[at + 3..];
        let end = rest.find('"').unwrap_or(rest.len());
        let asset = dist.join("assets").join(&rest[7..end]);
        if !files.contains(&asset) {
            files.push(asset);
        }
        rest = &rest[end..];
    }
    let mut total = 0;
    for file in &files {
        let size = gzip_size(file)?;
        total += size;
        eprintln!(
            "{:>8} bytes gzip  {}",
            size,
            file.strip_prefix(dist).unwrap_or(file).display()
        );
    }
    eprintln!(
        "{total:>8} bytes gzip  in all ({:.1} KB; budget {} KB)",
        total as f64 / 1000.0,
        PAGE_BUDGET / 1000
    );
    Ok(total)
}

/// `cargo xtask size`: builds the bundle and the portal into a scratch
/// folder and prints the request page's weight in every language.
pub(crate) fn size() -> Result {
    let pkg = build()?;
    run(cargo().args(["build", "--locked", "--release", "-p", "generator"]))?;
    let out = target_dir().join("size-dist");
    run(Command::new(target_dir().join("release/generator"))
        .current_dir(root())
        .args(["build", "--output"])
        .arg(&out)
        .arg("--portal-pkg")
        .arg(&pkg))?;
    step("the request page in English, with everything it loads");
    heaviest(&out)?;
    Ok(())
}

/// The request page's weight in every language (they share their assets):
/// prints English in detail and the heaviest language, which it returns.
pub(crate) fn heaviest(dist: &Path) -> Result<(usize, String)> {
    let english = page_weight(dist, "en/request/index.html")?;
    let english_html = gzip_size(&dist.join("en/request/index.html"))?;
    let mut heaviest = (english, "en".to_string());
    let mut languages: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("request/index.html").exists())
        .collect();
    languages.sort();
    for language in languages {
        let weight = english - english_html + gzip_size(&language.join("request/index.html"))?;
        if weight > heaviest.0 {
            let code = language.file_name().unwrap_or_default().to_string_lossy();
            heaviest = (weight, code.into_owned());
        }
    }
    eprintln!(
        "heaviest language: {} with {} bytes gzip ({:.1} KB, budget {} KB)",
        heaviest.1,
        heaviest.0,
        heaviest.0 as f64 / 1000.0,
        PAGE_BUDGET / 1000
    );
    Ok(heaviest)
}
