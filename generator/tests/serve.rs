//! The preview server as a separate process: security headers, 404 pages,
//! path traversal, live reload and the incremental rebuild of an edited page.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::TestSite;

struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &TestSite, watch: bool) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_generator"));
    command
        .args([
            "--root",
            site.root().to_str().unwrap(),
            "serve",
            "--port",
            "0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if !watch {
        command.arg("--no-watch");
    }
    let mut child = command.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let line = BufReader::new(stdout).lines().next().unwrap().unwrap();
    let address = line
        .strip_prefix("serving on http://")
        .unwrap_or_else(|| panic!("unexpected first line: {line}"))
        .trim_end_matches('/')
        .to_string();
    Server { child, address }
}

/// A raw HTTP/1.1 GET: status line, headers and body.
fn get(server: &Server, path: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(&server.address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.address
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head.to_ascii_lowercase(), body.to_string())
}

#[test]
fn serves_pages_with_the_production_headers() {
    let site = TestSite::fixture("multilingual", &["en", "ga", "mt"]);
    let server = start(&site, false);
    let (status, head, body) = get(&server, "/en/guide/one/");
    assert_eq!(status, 200);
    assert!(
        head.contains("content-security-policy: default-src 'none'"),
        "{head}"
    );
    assert!(head.contains("frame-ancestors 'none'"), "{head}");
    assert!(head.contains("referrer-policy: no-referrer"), "{head}");
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(!head.contains("set-cookie"), "{head}");
    assert!(body.contains("Getting started"));
    // Without --watch nothing is injected.
    assert!(!body.contains("__livereload"));

    let (status, _, body) = get(&server, "/ga/no-such-page/");
    assert_eq!(status, 404);
    assert!(body.contains("[ga] Page not found"), "{body}");
    let (status, head, _) = get(&server, "/en/guide");
    assert_eq!(status, 301);
    assert!(head.contains("location: /en/guide/"), "{head}");
    let (status, _, _) = get(&server, "/en/../../../etc/passwd");
    assert!(status == 400 || status == 404, "{status}");
    let (_, head, _) = get(&server, "/assets/");
    assert!(!head.contains("200 ok"), "no directory listings");
}

#[test]
fn an_edited_page_is_rebuilt_alone_and_reloaded() {
    let site = TestSite::fixture("multilingual", &["en", "ga", "mt"]);
    let server = start(&site, true);
    let (_, _, body) = get(&server, "/en/guide/two/");
    assert!(
        body.contains("/__livereload.js"),
        "live reload script injected"
    );
    let two_ga_before = std::fs::metadata(site.out().join("ga/guide/two/index.html"))
        .unwrap()
        .modified()
        .unwrap();
    let one_before = std::fs::metadata(site.out().join("en/guide/one/index.html"))
        .unwrap()
        .modified()
        .unwrap();
    let entry = |site: &TestSite| -> serde_json::Value {
        serde_json::from_slice(
            &std::fs::read(site.out().join("pagefind/pagefind-entry.json")).unwrap(),
        )
        .unwrap()
    };
    let index_before = entry(&site);
    std::thread::sleep(Duration::from_millis(300));

    let path = site.root().join("content/guide/two.en.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("Details in English.", "Details, edited."),
    )
    .unwrap();

    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (_, _, body) = get(&server, "/ga/guide/two/");
        if body.contains("Details, edited.") {
            break;
        }
        assert!(Instant::now() < deadline, "the edit was not rebuilt");
        std::thread::sleep(Duration::from_millis(100));
    }
    // The Irish fallback of the edited page was re-rendered; an unrelated
    // page was not.
    let two_ga_after = std::fs::metadata(site.out().join("ga/guide/two/index.html"))
        .unwrap()
        .modified()
        .unwrap();
    assert!(two_ga_after > two_ga_before);
    let one_after = std::fs::metadata(site.out().join("en/guide/one/index.html"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(
        one_before, one_after,
        "only what the edit affects is rebuilt"
    );
    // The English search index follows the edit (right after the pages);
    // the others are kept.
    let deadline = Instant::now() + Duration::from_secs(20);
    let index_after = loop {
        let index = entry(&site);
        if index["languages"]["en"] != index_before["languages"]["en"] {
            break index;
        }
        assert!(
            Instant::now() < deadline,
            "the search index was not updated"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(
        index_before["languages"]["ga"],
        index_after["languages"]["ga"]
    );
    let en_meta = format!(
        "pagefind/pagefind.{}.pf_meta",
        index_after["languages"]["en"]["hash"].as_str().unwrap()
    );
    assert!(site.out().join(en_meta).exists());

    // A change of title shows in listings: the whole site is rebuilt.
    std::fs::write(&path, text.replace("title = \"Two\"", "title = \"Second\"")).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (_, _, body) = get(&server, "/mt/guide/");
        if body.contains("Second") {
            break;
        }
        assert!(Instant::now() < deadline, "the listing was not rebuilt");
        std::thread::sleep(Duration::from_millis(100));
    }
}
