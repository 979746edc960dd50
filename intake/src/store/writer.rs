//! The one writer: group commits of submissions (each entering the audit
//! chain in the same transaction), and SQLite's WAL checkpoints beside it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use request_model::RequestKind;
use sqlx::{AnyPool, AssertSqlSafe, Row};
use tokio::sync::mpsc;

use super::audit::{audit_hash, audit_head, is_contention};
use super::{DAY, MAX_GROUP, NewRequest, StoreError, Stored, Submission, list};

/// Copies the SQLite WAL into the database file every 200 ms, passively
/// (never waiting for the writer or readers), so that commits do not: with
/// `wal_autocheckpoint = 0`, this is the only automatic checkpoint. The WAL
/// starts over once a checkpoint has copied all of it. Ends with the store
/// (when no handle to its writer is left).
pub(super) async fn checkpoint_loop(pool: AnyPool, writer: mpsc::WeakSender<Submission>) {
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if writer.upgrade().is_none() {
            return;
        }
        if let Err(e) = sqlx::raw_sql("PRAGMA wal_checkpoint(PASSIVE)")
            .execute(&pool)
            .await
        {
            if pool.is_closed() {
                return;
            }
            tracing::warn!("WAL checkpoint: {e}");
        }
    }
}

/// The group-commit loop: take everything waiting, insert it in one
/// transaction, commit, then answer every caller. A lost connection (the
/// database restarted) fails the batch, which nobody was told was stored,
/// and the next batch takes a fresh connection: no restart of the service.
pub(super) async fn write_loop(
    pool: AnyPool,
    conn: sqlx::AnyConnection,
    mut rx: mpsc::Receiver<Submission>,
    up: Arc<AtomicBool>,
) {
    use sqlx::Connection;
    let mut conn = Some(conn);
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_GROUP {
            match rx.try_recv() {
                Ok(s) => batch.push(s),
                Err(_) => break,
            }
        }
        // An operator process appending to the audit chain at the same
        // moment makes the commit fail; nothing was acknowledged, so the
        // whole batch is tried again.
        let mut tries = 0;
        let result = loop {
            if conn.is_none() {
                match pool.acquire().await {
                    Ok(c) => conn = Some(c.detach()),
                    Err(e) => break Err(StoreError(format!("no connection to the store: {e}"))),
                }
            }
            let Some(c) = conn.as_mut() else {
                break Err(StoreError("no connection to the store".into()));
            };
            let result: Result<Vec<Stored>, StoreError> = async {
                let mut tx = c.begin().await?;
                let mut stored = Vec::with_capacity(batch.len());
                let requests: Vec<&NewRequest> = batch.iter().map(|s| &s.request).collect();
                stored.extend(insert_all(&mut tx, &requests).await?);
                // Each submission enters the audit chain (reference, time,
                // the payload's hash; no personal data): the chain is read
                // once per batch and the entries written in one statement.
                let (mut seq, mut prev) = audit_head(&mut tx).await?;
                let mut entries = Vec::with_capacity(batch.len());
                for (s, done) in batch.iter().zip(&stored) {
                    let detail = s.audit_detail.clone();
                    let hash = audit_hash(
                        &prev,
                        seq,
                        done.received_at,
                        "intake",
                        "submit",
                        Some(&done.reference),
                        &detail,
                    );
                    entries.push((seq, done.received_at, done.reference.clone(), detail, prev, hash.clone()));
                    seq += 1;
                    prev = hash;
                }
                // `$n` placeholders for PostgreSQL, `?` for SQLite (sqlx's
                // QueryBuilder writes `?` for `Any`, which PostgreSQL does
                // not read).
                let numbered = tx.backend_name() == "PostgreSQL";
                let sql = format!(
                    "INSERT INTO audit (seq, at, actor, action, reference, detail, prev_hash, hash) VALUES {}",
                    placeholders(entries.len(), 8, "?, ?, ?, ?, ?, ?, ?, ?", numbered)
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for (seq, at, reference, detail, prev, hash) in entries {
                    query = query
                        .bind(seq)
                        .bind(at)
                        .bind("intake")
                        .bind("submit")
                        .bind(Some(reference))
                        .bind(detail)
                        .bind(prev)
                        .bind(hash);
                }
                query.execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(stored)
            }
            .await;
            match result {
                Err(e) if tries < 5 && is_contention(&e.0) => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(10 * tries)).await;
                }
                other => break other,
            }
        };
        match result {
            Ok(stored) => {
                up.store(true, Ordering::Relaxed);
                for (s, done) in batch.into_iter().zip(stored) {
                    let _ = s.reply.send(Ok(done));
                }
            }
            Err(e) => {
                tracing::error!("group commit failed: {e}");
                // Whatever went wrong, the next batch starts on a fresh
                // connection (a broken one would fail every batch).
                if let Some(c) = conn.take() {
                    let _ = c.close().await;
                }
                up.store(false, Ordering::Relaxed);
                for s in batch {
                    let _ = s
                        .reply
                        .send(Err(format!("the request could not be stored: {}", e.0)));
                }
            }
        }
    }
}

/// The indicative due date of a request of `kind` received at `received`
/// (Unix seconds): the same time of day on the date the kind's rule gives.
pub fn due_at(kind: RequestKind, received: i64) -> i64 {
    let rule = kind.deadline();
    let (days, time) = (received.div_euclid(DAY), received.rem_euclid(DAY));
    let (y, m, d) = request_model::civil_from_days(days);
    let (y, m, d) = rule.due(y, m, d);
    request_model::days_from_civil(y, m, d) * DAY + time
}

/// Rows of `width` placeholders: `($1, $2, ...), ($n, ...)` for PostgreSQL
/// (`numbered`); for SQLite the row as written, with anonymous `?`, which
/// it binds in order (a named or numbered parameter costs SQLite a scan of
/// all the statement's names per bind: quadratic in a group commit).
pub(super) fn placeholders(rows: usize, width: usize, row: &str, numbered: bool) -> String {
    (0..rows)
        .map(|i| {
            if !numbered {
                return format!("({row})");
            }
            let mut n = i * width;
            let mut text = String::from("(");
            for part in row.split('?') {
                text.push_str(part);
                if n < (i + 1) * width {
                    n += 1;
                    text.push_str(&format!("${n}"));
                }
            }
            text.push(')');
            text
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Inserts a group commit's requests in one statement; a request whose
/// random reference clashed with a stored one is inserted again alone
/// with another reference.
pub(super) async fn insert_all(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    requests: &[&NewRequest],
) -> Result<Vec<Stored>, sqlx::Error> {
    let rows: Vec<(String, i64)> = requests
        .iter()
        .map(|r| (crate::ids::new_reference(), due_at(r.kind, r.received_at)))
        .collect();
    let sql = format!(
        "INSERT INTO requests (reference, kind, states, handlers, reply_language, received_at, due_at, status, status_reason, closed_at, followup_hash, failed_lookups, sealed) VALUES {} ON CONFLICT (reference) DO NOTHING RETURNING reference",
        placeholders(
            requests.len(),
            9,
            "?, ?, ?, ?, ?, ?, ?, 'received', NULL, NULL, ?, 0, ?",
            tx.backend_name() == "PostgreSQL"
        )
    );
    let mut query = sqlx::query(AssertSqlSafe(sql));
    for (r, (reference, due)) in requests.iter().zip(&rows) {
        query = query
            .bind(reference.clone())
            .bind(r.kind.as_str())
            .bind(list(&r.states))
            .bind(list(&r.handlers))
            .bind(r.reply_language.clone())
            .bind(r.received_at)
            .bind(*due)
            .bind(r.followup_hash.clone())
            .bind(r.sealed.clone());
    }
    let inserted: std::collections::HashSet<String> = query
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|row| row.try_get::<String, _>("reference"))
        .collect::<Result<_, _>>()?;
    let mut stored = Vec::with_capacity(requests.len());
    for (r, (reference, due)) in requests.iter().zip(rows) {
        if inserted.contains(&reference) {
            stored.push(Stored {
                reference,
                received_at: r.received_at,
                due_at: due,
            });
        } else {
            stored.push(insert(tx, r).await?);
        }
    }
    Ok(stored)
}

pub(super) async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    r: &NewRequest,
) -> Result<Stored, sqlx::Error> {
    let due_at = due_at(r.kind, r.received_at);
    let states = list(&r.states);
    let handlers = list(&r.handlers);
    // A reference is random; on the rare clash, draw another.
    loop {
        let reference = crate::ids::new_reference();
        let inserted = sqlx::query(
            "INSERT INTO requests (reference, kind, states, handlers, reply_language, received_at, due_at, status, status_reason, closed_at, followup_hash, failed_lookups, sealed)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', NULL, NULL, $8, 0, $9) ON CONFLICT (reference) DO NOTHING",
        )
        .bind(&reference)
        .bind(r.kind.as_str())
        .bind(&states)
        .bind(&handlers)
        .bind(&r.reply_language)
        .bind(r.received_at)
        .bind(due_at)
        .bind(&r.followup_hash)
        .bind(&r.sealed)
        .execute(&mut **tx)
        .await?
        .rows_affected();
        if inserted == 1 {
            return Ok(Stored {
                reference,
                received_at: r.received_at,
                due_at,
            });
        }
    }
}
