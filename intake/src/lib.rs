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
pub mod limits;
mod openapi;
pub mod seal;
pub mod server;
pub mod store;
pub mod time;

pub use api::{App, metrics_router, router};
pub use config::Config;
pub use store::Store;

/// A stored request as an entry of an export bundle: metadata and the
/// sealed payload, nothing decrypted.
pub fn bundle_entry(record: &store::Record) -> handler::Entry {
    handler::Entry {
        reference: record.reference.clone(),
        kind: record.kind.as_str().to_string(),
        states: record.states.clone(),
        handlers: record.handlers.clone(),
        received_at: time::rfc3339(record.received_at),
        due_at: time::rfc3339(record.due_at),
        due_basis: record.kind.deadline().citation().to_string(),
        status: record.status.as_str().to_string(),
        sealed: record.sealed.clone(),
    }
}

/// The handlers' report: per state and kind, how many requests were
/// received, are open, are overdue (open past their due date), and were
/// answered in time or late. Only metadata; a request naming several states
/// counts for each.
pub fn report(records: &[store::Record], now: i64) -> String {
    use std::collections::BTreeMap;
    #[derive(Default)]
    struct Row {
        received: u64,
        open: u64,
        overdue: u64,
        in_time: u64,
        late: u64,
    }
    let mut rows: BTreeMap<(String, String), Row> = BTreeMap::new();
    for r in records {
        let open = r.status.is_open();
        for state in &r.states {
            let row = rows
                .entry((state.clone(), r.kind.as_str().to_string()))
                .or_default();
            row.received += 1;
            if open {
                row.open += 1;
                if r.due_at < now {
                    row.overdue += 1;
                }
            }
            match r.answered_at {
                Some(at) if at <= r.due_at => row.in_time += 1,
                Some(_) => row.late += 1,
                None => {}
            }
        }
    }
    let mut out = format!(
        "{:<8} {:<16} {:>8} {:>6} {:>8} {:>16} {:>13}\n",
        "state", "kind", "received", "open", "overdue", "answered in time", "answered late"
    );
    for ((state, kind), row) in &rows {
        out.push_str(&format!(
            "{state:<8} {kind:<16} {:>8} {:>6} {:>8} {:>16} {:>13}\n",
            row.received, row.open, row.overdue, row.in_time, row.late
        ));
    }
    out
}

/// Cells with fewer requests than this are left out of the published
/// statistics, so that no small group can be singled out.
pub const STATS_SUPPRESSED_BELOW: u64 = 5;

/// Anonymous statistics for publication (`operator stats`): counts per
/// month of receipt, state, kind and outcome (`open`, `answered-in-time`,
/// `answered-late`, `rejected`), nothing finer than a month, no reference,
/// cells under [`STATS_SUPPRESSED_BELOW`] left out. The portal publishes
/// them when the file is saved as `content/data/request-stats.json`.
pub fn stats(records: &[store::Record], generated: &str) -> serde_json::Value {
    use std::collections::BTreeMap;
    let mut cells: BTreeMap<(String, String, String, &'static str), u64> = BTreeMap::new();
    for r in records {
        let outcome = match (r.status, r.answered_at) {
            (request_model::Status::Rejected, _) => "rejected",
            (_, Some(at)) if at <= r.due_at => "answered-in-time",
            (_, Some(_)) => "answered-late",
            _ => "open",
        };
        for state in &r.states {
            *cells
                .entry((
                    time::month(r.received_at),
                    state.clone(),
                    r.kind.as_str().to_string(),
                    outcome,
                ))
                .or_default() += 1;
        }
    }
    let published: Vec<serde_json::Value> = cells
        .into_iter()
        .filter(|(_, count)| *count >= STATS_SUPPRESSED_BELOW)
        .map(|((month, state, kind, outcome), count)| {
            serde_json::json!({
                "month": month, "state": state, "kind": kind, "outcome": outcome, "count": count
            })
        })
        .collect();
    serde_json::json!({
        "format": "imi-request-stats/1",
        "generated": generated,
        "suppressed_below": STATS_SUPPRESSED_BELOW,
        "cells": published,
    })
}
