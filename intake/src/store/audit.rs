//! The hash-chained audit log: entries with length-prefixed fields, each
//! hashing the one before, appended under a lock so that processes and
//! instances sharing a store keep one chain.

use sha2::{Digest, Sha256};
use sqlx::Row;

use super::StoreError;

pub(super) async fn append_audit(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    now: i64,
    actor: &str,
    action: &str,
    reference: Option<&str>,
    detail: &str,
) -> Result<(), StoreError> {
    let head = audit_head(tx).await?;
    insert_audit(tx, head, now, actor, action, reference, detail).await?;
    Ok(())
}

/// The next sequence number and the hash it chains to, taking the chain for
/// this transaction. Several instances (or operator processes) may append
/// at once: on PostgreSQL a transaction-scoped lock makes them take turns,
/// so the chain stays one line; SQLite's write lock does the same there.
pub(super) async fn audit_head(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
) -> Result<(i64, String), StoreError> {
    if tx.backend_name() == "PostgreSQL" {
        sqlx::query("SELECT pg_advisory_xact_lock(1024012)")
            .execute(&mut **tx)
            .await?;
    }
    let last = sqlx::query("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut **tx)
        .await?;
    Ok(match last {
        Some(row) => (
            row.try_get::<i64, _>("seq")? + 1,
            row.try_get::<String, _>("hash")?,
        ),
        None => (1, "genesis".to_string()),
    })
}

/// Appends one entry at `head` and returns the head after it.
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_audit(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    head: (i64, String),
    now: i64,
    actor: &str,
    action: &str,
    reference: Option<&str>,
    detail: &str,
) -> Result<(i64, String), StoreError> {
    let (seq, prev) = head;
    let hash = audit_hash(&prev, seq, now, actor, action, reference, detail);
    sqlx::query("INSERT INTO audit (seq, at, actor, action, reference, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(seq)
        .bind(now)
        .bind(actor)
        .bind(action)
        .bind(reference.map(str::to_string))
        .bind(detail)
        .bind(&prev)
        .bind(&hash)
        .execute(&mut **tx)
        .await?;
    Ok((seq + 1, hash))
}

/// Whether an error is a lost race for the audit chain or the write lock,
/// which a new attempt resolves.
pub(super) fn is_contention(message: &str) -> bool {
    let m = message.to_lowercase();
    m.contains("database is locked")
        || m.contains("busy")
        || m.contains("unique")
        || m.contains("duplicate key")
        || m.contains("could not serialize")
}

pub(super) fn audit_hash(
    prev: &str,
    seq: i64,
    at: i64,
    actor: &str,
    action: &str,
    reference: Option<&str>,
    detail: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &seq.to_string(),
        &at.to_string(),
        actor,
        action,
        reference.unwrap_or(""),
        detail,
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}
