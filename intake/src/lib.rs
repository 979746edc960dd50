//! The intake service: the technical means, separate from IMI (Article 12 of
//! Regulation (EU) No 1024/2012), through which data subjects send requests
//! for access, correction or deletion (Article 19).
//!
//! It accepts requests from the portal's form only, validates them with the
//! shared `request-model` crate, seals the personal fields with `age` to the
//! handling authorities' public keys, stores them durably (group commit) and
//! tracks the deadline of each kind of request. It opens no connection to
//! anything but its own store, and holds no private key: a handler's
//! requests leave it as a sealed bundle (`handler::Bundle`) that only the
//! handler opens, on its own machine.
#![warn(missing_docs)]

pub mod api;
pub mod config;
mod html;
pub mod ids;
mod limits;
mod openapi;
pub mod seal;
pub mod store;
pub mod time;

pub use api::{App, router};
pub use config::Config;
pub use store::Store;

/// A stored request as an entry of an export bundle: metadata and the
/// sealed payload, nothing decrypted.
pub fn bundle_entry(record: &store::Record) -> handler::Entry {
    handler::Entry {
        reference: record.reference.clone(),
        kind: record.kind.clone(),
        states: record.states.clone(),
        handlers: record.handlers.clone(),
        received_at: time::rfc3339(record.received_at),
        due_at: time::rfc3339(record.due_at),
        due_basis: request_model::RequestKind::parse(&record.kind)
            .map_or(request_model::Deadline::Article19, |k| k.deadline())
            .citation()
            .to_string(),
        status: record.status.clone(),
        sealed: record.sealed.clone(),
    }
}
