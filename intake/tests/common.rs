//! Shared set-up: a configuration with fresh keys and a store in a
//! temporary folder.

#![allow(dead_code, unreachable_pub)]

use std::path::Path;

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
