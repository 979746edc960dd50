//! The local preview: serves the output on 127.0.0.1 with the same security
//! headers as production (from `_headers`), watches the inputs and rebuilds
//! on every change. An edit to a page's text re-renders only that page (in
//! every language that shows it); anything else rebuilds the site. Open
//! pages reload through a server-sent event.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use notify::{RecursiveMode, Watcher};
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::{Built, LoadOptions, Site};

const RELOAD_SCRIPT: &str =
    "new EventSource('/__livereload').onmessage = () => location.reload();\n";

/// The blocks of a `_headers` file: a path pattern and its headers.
type HeaderBlocks = Vec<(String, Vec<(String, String)>)>;

/// Shared by the HTTP handlers.
struct Shared {
    out: PathBuf,
    /// `(path prefix, headers)` blocks of `_headers`.
    headers: RwLock<HeaderBlocks>,
    reload: broadcast::Sender<()>,
    live_reload: bool,
    options: LoadOptions,
}

/// Builds the site, serves it on `127.0.0.1:port` and, if `watch`, rebuilds on
/// every change until interrupted.
pub fn run(
    root: &Path,
    out: &Path,
    port: u16,
    watch: bool,
    options: LoadOptions,
) -> std::io::Result<()> {
    let (reload, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        out: out.to_path_buf(),
        headers: RwLock::new(Vec::new()),
        reload,
        live_reload: watch,
        options,
    });
    let site = full_build(root, &shared);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    if watch {
        // Watch before announcing the address, so no edit made after the
        // announcement is missed.
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let root = root.to_path_buf();
        let shared = shared.clone();
        std::thread::spawn(move || watch_loop(&root, site, &shared, ready_tx));
        let _ = ready_rx.recv();
    }
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let address = listener.local_addr()?;
        // Tests and scripts wait for this exact line.
        println!("serving on http://{address}/");
        let app = routes(shared);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })
}

/// The preview's HTTP side for an output folder: its files with the
/// production headers of its `_headers` file, a localized 404, redirects to
/// folders' trailing slash, and (with `live_reload`) the reload script and
/// event stream. What `run` serves; tested without a socket.
pub fn router(out: &Path, live_reload: bool) -> Router {
    let headers = std::fs::read_to_string(out.join("_headers"))
        .map(|text| parse_headers(&text))
        .unwrap_or_else(|_| Vec::new());
    let (reload, _) = broadcast::channel(16);
    routes(Arc::new(Shared {
        out: out.to_path_buf(),
        headers: RwLock::new(headers),
        reload,
        live_reload,
        options: LoadOptions::default(),
    }))
}

fn routes(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/__livereload", get(events))
        .route(
            "/__livereload.js",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    RELOAD_SCRIPT,
                )
            }),
        )
        .fallback(static_file)
        .with_state(shared)
}

fn full_build(root: &Path, shared: &Shared) -> Option<Site> {
    let started = Instant::now();
    match crate::build_with(
        root,
        &shared.out,
        &shared.options,
        crate::CacheMode::ReuseLoaded,
    ) {
        Ok(Built {
            site: Some(site),
            pages,
            warnings,
            ..
        }) => {
            for w in &warnings {
                eprintln!("{w}");
            }
            *shared.headers.write().unwrap_or_else(|e| e.into_inner()) =
                parse_headers(&site.headers_file());
            eprintln!(
                "built {pages} pages in {} ms",
                started.elapsed().as_millis()
            );
            Some(site)
        }
        // `ReuseLoaded` always loads the site.
        Ok(Built { site: None, .. }) => None,
        Err(diagnostics) => {
            for d in &diagnostics {
                eprintln!("{}", d.render(false));
            }
            eprintln!("build failed: the preview shows the last good build");
            None
        }
    }
}

fn watch_loop(
    root: &Path,
    mut site: Option<Site>,
    shared: &Shared,
    ready: std::sync::mpsc::Sender<()>,
) {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = match notify::recommended_watcher(tx) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("cannot watch for changes: {e}");
            let _ = ready.send(());
            return;
        }
    };
    let theme = site
        .as_ref()
        .map_or_else(|| PathBuf::from("theme"), |s| s.config.theme.clone());
    let locales = site
        .as_ref()
        .map_or_else(|| PathBuf::from("locales"), |s| s.config.locales.clone());
    for dir in [root.join("content"), root.join(&theme), root.join(&locales)] {
        if let Err(e) = watcher.watch(&dir, RecursiveMode::Recursive) {
            eprintln!("cannot watch {}: {e}", dir.display());
        }
    }
    let _ = watcher.watch(&root.join("site.toml"), RecursiveMode::NonRecursive);
    let _ = ready.send(());
    let root_abs = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    while let Ok(first) = rx.recv() {
        // Editors write a file in several steps: gather them into one change.
        let mut paths: Vec<PathBuf> = Vec::new();
        let mut collect = |event: notify::Result<notify::Event>| {
            if let Ok(event) = event
                && !matches!(event.kind, notify::EventKind::Access(_))
            {
                paths.extend(event.paths);
            }
        };
        collect(first);
        while let Ok(event) = rx.recv_timeout(Duration::from_millis(80)) {
            collect(event);
        }
        paths.sort();
        paths.dedup();
        let rel: Vec<PathBuf> = paths
            .iter()
            .filter_map(|p| {
                p.strip_prefix(&root_abs)
                    .or_else(|_| p.strip_prefix(root))
                    .ok()
            })
            .map(Path::to_path_buf)
            .filter(|p| {
                !p.components()
                    .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
            })
            .collect();
        if rel.is_empty() {
            continue;
        }
        let started = Instant::now();
        let incremental = site
            .as_mut()
            .and_then(|s| rebuild_pages(root, s, &rel, &shared.out));
        match incremental {
            Some(Ok((count, changed))) => {
                eprintln!(
                    "{}: re-rendered {count} pages in {} ms",
                    rel[0].display(),
                    started.elapsed().as_millis()
                );
                // Pages first, then the search index shards holding the
                // edited pages (they take longer than the pages).
                let _ = shared.reload.send(());
                let started = Instant::now();
                if let Some(site) = &site {
                    match site.reindex(&changed, &shared.out) {
                        Ok(shards) => eprintln!(
                            "search index: {shards} shard(s) updated in {} ms",
                            started.elapsed().as_millis()
                        ),
                        Err(e) => eprintln!("{}", e.render(false)),
                    }
                }
                continue;
            }
            Some(Err(diagnostics)) => {
                for d in &diagnostics {
                    eprintln!("{}", d.render(false));
                }
                continue;
            }
            None => site = full_build(root, shared),
        }
        let _ = shared.reload.send(());
    }
}

/// Pages re-rendered, and the (language, group) pairs whose text changed
/// (the search index shards holding them are stale).
type Rebuilt = (usize, Vec<(usize, usize)>);

/// Re-renders only the pages whose text changed; returns their number and
/// the (language, group) pairs changed. `None` when the change needs
/// a full rebuild (a new or removed file, changed front matter, a template,
/// a string or the configuration).
fn rebuild_pages(
    root: &Path,
    site: &mut Site,
    changed: &[PathBuf],
    out: &Path,
) -> Option<Result<Rebuilt, Vec<crate::Diagnostic>>> {
    let mut groups = Vec::new();
    let mut edited = Vec::new();
    for file in changed {
        if !file.starts_with("content") || file.extension().is_none_or(|x| x != "md") {
            return None;
        }
        let p = site.page_index(file)?;
        let text = std::fs::read_to_string(root.join(file)).ok()?;
        let below = file.strip_prefix("content").ok()?;
        let page = match crate::content::parse_page(file, below, Arc::from(text), &site.config) {
            Ok(page) => page,
            Err(errors) => return Some(Err(errors)),
        };
        if page.front != site.pages[p].front {
            return None; // Titles, order and dates show in listings and feeds.
        }
        let lang = site.config.language_index(&site.pages[p].lang)?;
        match site.replace_page(p, page) {
            Ok(true) => {
                let g = site.group_of(p)?;
                groups.push(g);
                edited.push((lang, g));
            }
            Ok(false) => return None,
            Err(errors) => return Some(Err(errors)),
        }
    }
    groups.sort_unstable();
    groups.dedup();
    edited.sort_unstable();
    edited.dedup();
    // The files about to change are no longer what the build cache says:
    // the next build beside this output folder is a full one.
    if let Err(e) = crate::cache::Manifest::forget(out) {
        eprintln!("cannot remove the build cache's manifest: {e}");
    }
    Some(
        site.render_groups(&groups, out)
            .map(|count| (count, edited)),
    )
}

async fn events(State(shared): State<Arc<Shared>>) -> impl IntoResponse {
    let stream = BroadcastStream::new(shared.reload.subscribe())
        .map(|_| Ok::<_, std::convert::Infallible>(Event::default().data("reload")));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn static_file(State(shared): State<Arc<Shared>>, request: Request<Body>) -> Response<Body> {
    let path = crate::linkcheck::percent_decode(request.uri().path());
    if path
        .split('/')
        .any(|segment| segment == ".." || segment.starts_with('.'))
    {
        return plain(StatusCode::BAD_REQUEST, "bad path");
    }
    let relative = path.trim_start_matches('/');
    let mut file = shared.out.join(relative);
    if file.is_dir() {
        if !path.ends_with('/') {
            let mut response = plain(StatusCode::MOVED_PERMANENTLY, "moved");
            if let Ok(location) = HeaderValue::from_str(&format!("{path}/")) {
                response.headers_mut().insert(header::LOCATION, location);
            }
            return response;
        }
        file = file.join("index.html");
    }
    let (status, file) = if file.is_file() {
        (StatusCode::OK, file)
    } else {
        let language = relative
            .split_once('/')
            .map_or(relative, |(first, _)| first);
        let localized = shared.out.join(language).join("404.html");
        let page = if !language.is_empty() && localized.is_file() {
            localized
        } else {
            shared.out.join("404.html")
        };
        (StatusCode::NOT_FOUND, page)
    };
    let Ok(mut bytes) = tokio::fs::read(&file).await else {
        return plain(StatusCode::NOT_FOUND, "not found");
    };
    let content_type = content_type(&file);
    if shared.live_reload && content_type.starts_with("text/html") {
        let html = String::from_utf8_lossy(&bytes);
        bytes = html
            .replacen(
                "</body>",
                "<script src=\"/__livereload.js\" defer></script></body>",
                1,
            )
            .into_bytes();
    }
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    let blocks = shared.headers.read().unwrap_or_else(|e| e.into_inner());
    for (prefix, block) in blocks.iter() {
        if path.starts_with(prefix.trim_end_matches('*')) {
            for (name, value) in block {
                if let (Ok(name), Ok(value)) = (
                    header::HeaderName::from_bytes(name.as_bytes()),
                    HeaderValue::from_str(value),
                ) {
                    headers.insert(name, value);
                }
            }
        }
    }
    response
}

fn plain(status: StatusCode, text: &'static str) -> Response<Body> {
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    response
}

/// Parses the `_headers` format: a path line, then indented `Name: value`.
pub fn parse_headers(text: &str) -> HeaderBlocks {
    let mut blocks: HeaderBlocks = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            blocks.push((line.trim().to_string(), Vec::new()));
        } else if let (Some(block), Some((name, value))) =
            (blocks.last_mut(), line.trim().split_once(':'))
        {
            block
                .1
                .push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    blocks
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|x| x.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("xml") => "application/xml",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    /// An output folder: pages in two languages, a 404 each, headers.
    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let write = |path: &str, text: &str| {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write("en/index.html", "<html><body>home</body></html>");
        write("en/a page/index.html", "<html><body>spaced</body></html>");
        write("en/404.html", "<html><body>en missing</body></html>");
        write("ga/404.html", "<html><body>ga missing</body></html>");
        write("404.html", "<html><body>missing</body></html>");
        write("assets/style.css", "body{}");
        write(".secret", "no");
        write(
            "_headers",
            "/*\n  Content-Security-Policy: default-src 'none'\n/assets/*\n  Cache-Control: immutable\n",
        );
        dir
    }

    async fn get(router: &Router, path: &str) -> (StatusCode, axum::http::HeaderMap, String) {
        let response = router
            .clone()
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, headers, String::from_utf8_lossy(&body).into_owned())
    }

    #[tokio::test]
    async fn serves_files_with_the_production_headers() {
        let dir = site();
        let router = router(dir.path(), false);
        let (status, headers, body) = get(&router, "/en/").await;
        assert_eq!(
            (status, body.as_str()),
            (StatusCode::OK, "<html><body>home</body></html>")
        );
        assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert_eq!(headers["content-security-policy"], "default-src 'none'");
        let (status, headers, _) = get(&router, "/assets/style.css").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CONTENT_TYPE], "text/css; charset=utf-8");
        assert_eq!(headers[header::CACHE_CONTROL], "immutable");
        let (status, _, body) = get(&router, "/en/a%20page/").await;
        assert_eq!(
            (status, body.as_str()),
            (StatusCode::OK, "<html><body>spaced</body></html>")
        );
    }

    #[tokio::test]
    async fn folders_redirect_and_missing_pages_are_localized() {
        let dir = site();
        let router = router(dir.path(), false);
        let (status, headers, _) = get(&router, "/en").await;
        assert_eq!(status, StatusCode::MOVED_PERMANENTLY);
        assert_eq!(headers[header::LOCATION], "/en/");
        let (status, _, body) = get(&router, "/ga/nowhere/").await;
        assert_eq!(
            (status, body.as_str()),
            (
                StatusCode::NOT_FOUND,
                "<html><body>ga missing</body></html>"
            )
        );
        let (status, _, body) = get(&router, "/xx/nowhere/").await;
        assert_eq!(
            (status, body.as_str()),
            (StatusCode::NOT_FOUND, "<html><body>missing</body></html>")
        );
    }

    #[tokio::test]
    async fn paths_out_of_the_folder_and_hidden_files_are_refused() {
        let dir = site();
        let router = router(dir.path(), false);
        for path in [
            "/../etc/passwd",
            "/en/%2e%2e/%2e%2e/x",
            "/.secret",
            "/en/.hidden",
        ] {
            assert_eq!(
                get(&router, path).await.0,
                StatusCode::BAD_REQUEST,
                "{path}"
            );
        }
    }

    #[tokio::test]
    async fn live_reload_only_when_watching() {
        let dir = site();
        let (_, _, body) = get(&router(dir.path(), false), "/en/").await;
        assert!(!body.contains("__livereload"));
        let watching = router(dir.path(), true);
        let (_, _, body) = get(&watching, "/en/").await;
        assert!(body.contains("<script src=\"/__livereload.js\" defer></script></body>"));
        let (status, headers, body) = get(&watching, "/__livereload.js").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            headers[header::CONTENT_TYPE],
            "text/javascript; charset=utf-8"
        );
        assert!(body.contains("EventSource('/__livereload')"));
    }

    #[test]
    fn headers_file_round_trips() {
        let blocks = parse_headers(
            "/*\n  Referrer-Policy: no-referrer\n  X-A: b: c\n/assets/*\n  Cache-Control: immutable\n",
        );
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].1[1], ("X-A".to_string(), "b: c".to_string()));
        assert_eq!(blocks[1].0, "/assets/*");
    }

    #[test]
    fn paths_are_percent_decoded() {
        use crate::linkcheck::percent_decode;
        assert_eq!(percent_decode("/el/%CF%84/"), "/el/τ/");
        assert_eq!(percent_decode("/a%2"), "/a%2");
        assert_eq!(percent_decode("/a%"), "/a%");
    }
}
