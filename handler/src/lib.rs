//! The handling authority's side of the intake: the export bundle and the
//! opening of sealed payloads.
//!
//! SecureDrop's separation of receiving from reading: the intake service
//! stores only sealed payloads and never holds a secret key; an operator
//! exports a handler's requests as a [`Bundle`] (metadata and armored `age`
//! payloads, nothing decrypted), and the handler opens it on its own machine
//! with `imi-handler open`, which has no database or network code.

pub mod checkpoint;

use std::io::Read;

use age::armor::ArmoredReader;
use serde::{Deserialize, Serialize};

/// The `format` of the bundles this crate reads and the intake writes.
pub const BUNDLE_FORMAT: &str = "imi-intake-bundle/1";

/// What `intake operator export` writes: one handler's requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// [`BUNDLE_FORMAT`].
    pub format: String,
    /// The handler: a state code, or `unknown` for the central handler.
    pub handler: String,
    /// When it was exported, RFC 3339.
    pub exported_at: String,
    /// The requests routed to the handler, soonest due first.
    pub requests: Vec<Entry>,
}

/// One request of a bundle: metadata in clear, personal data sealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Reference for correspondence.
    pub reference: String,
    /// `access`, `correction`, `deletion` or `contest-blocked`.
    pub kind: String,
    /// The states the requester named (or `unknown`).
    pub states: Vec<String>,
    /// The handlers the payload is sealed to.
    pub handlers: Vec<String>,
    /// RFC 3339.
    pub received_at: String,
    /// RFC 3339: indicative due date.
    pub due_at: String,
    /// The rule behind `due_at`, e.g. `Regulation (EU) No 1024/2012,
    /// Article 19(1)`.
    pub due_basis: String,
    /// `received`, `acknowledged`, `answered`, `closed` or `rejected`.
    pub status: String,
    /// The ASCII-armored `age` payload; `None` once deleted after the
    /// retention period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<String>,
}

impl Bundle {
    /// Reads a bundle, refusing other formats with a clear message.
    pub fn parse(text: &str) -> Result<Bundle, String> {
        let bundle: Bundle = serde_json::from_str(text)
            .map_err(|e| format!("this is not an intake export bundle: {e}"))?;
        if bundle.format != BUNDLE_FORMAT {
            return Err(format!(
                "bundle format `{}` is not supported (this tool reads `{BUNDLE_FORMAT}`)",
                bundle.format
            ));
        }
        Ok(bundle)
    }
}

/// The identities (`AGE-SECRET-KEY-1...` lines) of a key file; comment lines
/// (`# public key: age1...`) are skipped.
pub fn read_identities(text: &str) -> Result<Vec<age::x25519::Identity>, String> {
    let identities = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("AGE-SECRET-KEY-"))
        .map(|l| {
            l.parse::<age::x25519::Identity>()
                .map_err(|e| format!("a key line is not an age secret key: {e}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if identities.is_empty() {
        return Err("the key file holds no AGE-SECRET-KEY-1... line".into());
    }
    Ok(identities)
}

/// Decrypts one armored payload with any of `identities`.
pub fn open(sealed: &str, identities: &[age::x25519::Identity]) -> Result<Vec<u8>, String> {
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(sealed.as_bytes()))
        .map_err(|e| format!("not an age payload: {e}"))?;
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i as &dyn age::Identity))
        .map_err(|e| format!("cannot open it with this key: {e}"))?;
    let mut plaintext = Vec::new();
    reader
        .read_to_end(&mut plaintext)
        .map_err(|e| format!("the payload is damaged: {e}"))?;
    Ok(plaintext)
}

/// A request of a bundle, opened (or why it could not be).
#[derive(Debug, Clone, Serialize)]
pub struct Opened {
    /// The metadata, without the sealed payload.
    #[serde(flatten)]
    pub entry: Entry,
    /// The request as the requester sent it, once opened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<request_model::Request>,
    /// Why it could not be opened: deleted, sealed to other keys, damaged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// Opens every request of a bundle; a payload that cannot be opened is kept
/// with its problem, never fatal.
pub fn open_bundle(bundle: &Bundle, identities: &[age::x25519::Identity]) -> Vec<Opened> {
    bundle
        .requests
        .iter()
        .map(|entry| {
            let result = match &entry.sealed {
                None => {
                    Err("the sealed payload was deleted after the retention period".to_string())
                }
                Some(sealed) => open(sealed, identities).and_then(|bytes| {
                    serde_json::from_slice::<request_model::Request>(&bytes)
                        .map_err(|e| format!("the opened payload is not a request: {e}"))
                }),
            };
            let (request, problem) = match result {
                Ok(r) => (Some(r), None),
                Err(p) => (None, Some(p)),
            };
            Opened {
                entry: Entry {
                    sealed: None,
                    ..entry.clone()
                },
                request,
                problem,
            }
        })
        .collect()
}

/// The opened requests as plain text for people: one block per request.
pub fn to_text(bundle: &Bundle, opened: &[Opened]) -> String {
    let mut out = format!(
        "Requests for handler {} exported at {}: {}\n",
        bundle.handler,
        bundle.exported_at,
        opened.len()
    );
    for o in opened {
        let e = &o.entry;
        out.push_str(&format!(
            "\n{}  {}  {}\n  received {}; due {} ({}; indicative)\n  states: {}; sealed to: {}\n",
            e.reference,
            e.kind,
            e.status,
            e.received_at,
            e.due_at,
            e.due_basis,
            e.states.join(", "),
            e.handlers.join(", ")
        ));
        match (&o.request, &o.problem) {
            (Some(r), _) => {
                let mut line = |label: &str, value: Option<&str>| {
                    if let Some(v) = value.filter(|v| !v.is_empty()) {
                        let v = v.replace('\n', "\n      ");
                        out.push_str(&format!("  {label}: {v}\n"));
                    }
                };
                line("name", Some(&r.name));
                line("e-mail", Some(&r.email));
                line("postal address", r.postal_address.as_deref());
                line("authority", r.authority.as_deref());
                line("IMI reference", r.imi_reference.as_deref());
                line("period from", r.period_from.as_deref());
                line("period to", r.period_to.as_deref());
                line("reply language", Some(&r.reply_language));
                line("request", Some(&r.description));
            }
            (None, Some(problem)) => out.push_str(&format!("  NOT OPENED: {problem}\n")),
            (None, None) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_skip_comments_and_refuse_garbage() {
        let key = age::x25519::Identity::generate();
        use age::secrecy::ExposeSecret;
        let text = format!(
            "# public key: {}\n{}\n",
            key.to_public(),
            key.to_string().expose_secret()
        );
        assert_eq!(read_identities(&text).unwrap().len(), 1);
        assert!(read_identities("# nothing\n").is_err());
        assert!(read_identities("AGE-SECRET-KEY-1NOPE\n").is_err());
    }

    #[test]
    fn other_formats_are_refused() {
        let err =
            Bundle::parse(r#"{"format":"other/9","handler":"IE","exported_at":"x","requests":[]}"#)
                .unwrap_err();
        assert!(err.contains("not supported"), "{err}");
        assert!(
            Bundle::parse("[]")
                .unwrap_err()
                .contains("not an intake export bundle")
        );
    }
}
