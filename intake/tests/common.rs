//! Shared set-up: a configuration with fresh keys and a store in a
//! temporary folder.

#![allow(dead_code, unreachable_pub)]

use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use intake::{App, Config, Store};
use tower::ServiceExt;

pub struct Keys {
    pub ie: age::x25519::Identity,
    pub central: age::x25519::Identity,
}

pub fn keys() -> Keys {
    Keys {
        ie: age::x25519::Identity::generate(),
        central: age::x25519::Identity::generate(),
    }
}

pub const PORTAL: &str = "http://127.0.0.1:1111";

/// The store for one test: a SQLite file in `dir`, or, when
/// `INTAKE_TEST_POSTGRES` names a server (`postgres://user@host:port`), a
/// fresh PostgreSQL database of its own.
pub fn database(dir: &Path) -> String {
    match std::env::var("INTAKE_TEST_POSTGRES") {
        Ok(base) if !base.is_empty() => {
            let name = format!(
                "t{}",
                intake::ids::new_reference().replace('-', "").to_lowercase()
            );
            let admin = format!("{base}/postgres");
            let create = format!("CREATE DATABASE {name}");
            std::thread::spawn(move || {
                tokio::runtime::Runtime::new().unwrap().block_on(async {
                    use sqlx::Connection;
                    sqlx::any::install_default_drivers();
                    let mut conn = sqlx::AnyConnection::connect(&admin).await.unwrap();
                    sqlx::query(sqlx::AssertSqlSafe(create))
                        .execute(&mut conn)
                        .await
                        .unwrap();
                });
            })
            .join()
            .unwrap();
            format!("{base}/{name}")
        }
        _ => format!("sqlite://{}", dir.join("intake.db").display()),
    }
}

/// A configuration file's text.
pub fn config_text(dir: &Path, keys: &Keys, extra: &str) -> String {
    format!(
        "listen = \"127.0.0.1:0\"\nmetrics_listen = \"127.0.0.1:0\"\ndatabase = \"{}\"\nportal_origin = \"{PORTAL}\"\n{extra}\n[recipients]\nIE = [\"{}\"]\nunknown = [\"{}\"]\n",
        database(dir),
        keys.ie.to_public(),
        keys.central.to_public(),
    )
}

pub fn valid_json() -> serde_json::Value {
    serde_json::json!({
        "kind": "access",
        "name": "Máire Ní Bhriain",
        "email": "maire@example.ie",
        "states": ["IE"],
        "description": "Which data about me does IMI hold?",
        "reply_language": "ga",
        "declaration": true
    })
}

/// The service with a fresh store and keys, called without a socket.
pub struct Setup {
    pub _dir: tempfile::TempDir,
    pub app: Arc<App>,
    pub keys: Keys,
}

pub async fn setup(extra: &str) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let keys = keys();
    let config: Config = toml::from_str(&config_text(dir.path(), &keys, extra)).unwrap();
    config.check().unwrap();
    let store = Store::open(&config.database).await.unwrap();
    Setup {
        app: App::new(config, store),
        _dir: dir,
        keys,
    }
}

pub async fn send(
    app: &Arc<App>,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = intake::router(app.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

pub fn json(path: &str, body: &serde_json::Value) -> Request<Body> {
    Request::post(path)
        .header("content-type", "application/json")
        .header("origin", PORTAL)
        .header("sec-fetch-site", "same-site")
        .body(Body::from(body.to_string()))
        .unwrap()
}

/// A plain-form post as a browser sends it from `site`: the portal's pages
/// (`same-site`, with their origin), the intake's own pages
/// (`same-origin`, `Origin: null` under their no-referrer policy), or
/// another site (`cross-site`).
pub fn form(path: &str, body: &str, site: &str) -> Request<Body> {
    let origin = match site {
        "same-origin" => "null",
        "cross-site" => "https://evil.example",
        _ => PORTAL,
    };
    Request::post(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", origin)
        .header("sec-fetch-site", site)
        .body(Body::from(body.to_string()))
        .unwrap()
}
