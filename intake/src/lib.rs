//! The intake service: the technical means, separate from IMI (Article 12 of
//! Regulation (EU) No 1024/2012), through which data subjects send requests
//! for access, correction or deletion (Article 19).
//!
//! It accepts requests from the portal's form only, validates them with the
//! shared `request-model` crate, seals the personal fields with `age` to the
//! handling authorities' public keys, stores them durably (group commit) and
//! tracks the 30-day deadline. It opens no connection to anything but its
//! own store, and holds no private key.
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
