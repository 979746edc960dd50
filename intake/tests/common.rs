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

/// A configuration file's text.
pub fn config_text(dir: &Path, keys: &Keys, extra: &str) -> String {
    format!(
        "listen = \"127.0.0.1:0\"\ndatabase = \"sqlite://{}\"\nportal_origin = \"{PORTAL}\"\n{extra}\n[recipients]\nIE = [\"{}\"]\nunknown = [\"{}\"]\n",
        dir.join("intake.db").display(),
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
