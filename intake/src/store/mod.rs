//! The store: SQLite (one embedded file, WAL, `synchronous=FULL`,
//! `secure_delete`) or PostgreSQL, through the same SQL (sqlx's `Any`
//! driver; `$1` placeholders work on both).
//!
//! Submissions go through one writer task that commits them in groups: each
//! caller waits until the transaction holding its row is durably committed,
//! and requests that arrive while a commit is in flight share the next one.
//! So an acknowledgement always follows a durable commit, and durability
//! costs one fsync per group, not per request.
//!
//! Only routing metadata is stored in clear: reference, kind, states, reply
//! language, dates, status. Personal fields are in `sealed` (age, armored).

use std::time::Duration;

use request_model::{RequestKind, Status};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, AssertSqlSafe, Row};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::{mpsc, oneshot};

mod audit;
mod writer;

use audit::{append_audit, audit_hash, is_contention};
pub use writer::due_at;
use writer::{checkpoint_loop, write_loop};

/// Seconds in a day.
const DAY: i64 = 86_400;
/// Most rows in one group commit.
const MAX_GROUP: usize = 512;

/// A request ready to store.
#[derive(Debug, Clone)]
pub struct NewRequest {
    /// What is asked for.
    pub kind: RequestKind,
    /// State codes.
    pub states: Vec<String>,
    /// The handlers the payload is sealed to (states with keys, `unknown`).
    pub handlers: Vec<String>,
    /// Language of the reply.
    pub reply_language: String,
    /// Unix seconds.
    pub received_at: i64,
    /// Hash of the follow-up secret.
    pub followup_hash: String,
    /// The sealed personal fields.
    pub sealed: String,
}

/// What the store acknowledged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// The reference the request was stored under.
    pub reference: String,
    /// Unix seconds.
    pub received_at: i64,
    /// Unix seconds: the indicative due date by the kind's rule
    /// ([`request_model::Deadline`]).
    pub due_at: i64,
}

/// A stored request without its sealed payload.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Record {
    /// Reference.
    pub reference: String,
    /// Kind.
    pub kind: RequestKind,
    /// State codes.
    pub states: Vec<String>,
    /// The handlers the payload is sealed to; lists and exports are routed
    /// on them.
    pub handlers: Vec<String>,
    /// Reply language.
    pub reply_language: String,
    /// Unix seconds.
    pub received_at: i64,
    /// Unix seconds.
    pub due_at: i64,
    /// Current status.
    pub status: Status,
    /// Why it was rejected, if it was.
    pub status_reason: Option<String>,
    /// Unix seconds of closure or rejection.
    pub closed_at: Option<i64>,
    /// Unix seconds of the answer, when it was answered.
    pub answered_at: Option<i64>,
    /// Until when (Unix seconds) status look-ups are refused after too
    /// many failed ones.
    #[serde(skip)]
    pub locked_until: Option<i64>,
    /// Hash of the follow-up secret.
    #[serde(skip)]
    pub followup_hash: String,
    /// Failed status lookups so far.
    #[serde(skip)]
    pub failed_lookups: i64,
    /// The sealed payload (`None` once purged).
    #[serde(skip)]
    pub sealed: Option<String>,
}

/// A store failure: nothing was acknowledged.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError(e.to_string())
    }
}

struct Submission {
    request: NewRequest,
    /// The audit entry's detail (the sealed payload's hash), computed by the
    /// submitting task rather than by the one writer.
    audit_detail: String,
    reply: oneshot::Sender<Result<Stored, String>>,
}

/// The store handle, cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    writer: mpsc::Sender<Submission>,
    sqlite: bool,
    /// Whether the writer's last attempt reached the store (`/readyz`).
    writer_up: Arc<AtomicBool>,
}

const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        "CREATE TABLE requests (
        reference TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        states TEXT NOT NULL,
        reply_language TEXT NOT NULL,
        received_at BIGINT NOT NULL,
        due_at BIGINT NOT NULL,
        status TEXT NOT NULL,
        status_reason TEXT,
        closed_at BIGINT,
        followup_hash TEXT NOT NULL,
        failed_lookups BIGINT NOT NULL,
        sealed TEXT
    );
    CREATE INDEX requests_due ON requests (status, due_at);
    CREATE TABLE audit (
        seq BIGINT PRIMARY KEY,
        at BIGINT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        reference TEXT,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE TABLE purged (
        month TEXT NOT NULL,
        kind TEXT NOT NULL,
        count BIGINT NOT NULL,
        PRIMARY KEY (month, kind)
    )",
    ),
    // The handlers a request is sealed to: rows from before are filled in
    // by `Store::route_unrouted` with the configuration in force.
    (2, "ALTER TABLE requests ADD COLUMN handlers TEXT"),
    // When a request was answered (for "answered in time"), and the
    // time-limited lock after failed status look-ups.
    (
        3,
        "ALTER TABLE requests ADD COLUMN answered_at BIGINT;
        ALTER TABLE requests ADD COLUMN locked_until BIGINT",
    ),
];

impl Store {
    /// Opens (creating if needed) and migrates the store, and starts the
    /// group-commit writer.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let url = if url.starts_with("sqlite:") && !url.contains("mode=") {
            format!("{url}{}mode=rwc", if url.contains('?') { "&" } else { "?" })
        } else {
            url.to_string()
        };
        let options: AnyConnectOptions = url.parse()?;
        let sqlite = url.starts_with("sqlite:");
        let pool = AnyPoolOptions::new()
            .max_connections(if sqlite { 4 } else { 8 })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if sqlite {
                        // WAL lets readers work during the writer's commits;
                        // FULL makes every commit durable before it returns;
                        // secure_delete overwrites purged payloads. No commit
                        // checkpoints the WAL into the database file: the
                        // checkpointer task does, beside the writer, so the
                        // commits a client waits for never include one.
                        for pragma in [
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = FULL",
                            "PRAGMA secure_delete = ON",
                            "PRAGMA busy_timeout = 10000",
                            "PRAGMA wal_autocheckpoint = 0",
                        ] {
                            sqlx::query(pragma).execute(&mut *conn).await?;
                        }
                    } else {
                        // A commit returns only once it is on disk, whatever
                        // the server's default says.
                        sqlx::query("SET synchronous_commit = on")
                            .execute(&mut *conn)
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        migrate(&pool).await?;
        let (writer, rx) = mpsc::channel(4096);
        let conn = pool.acquire().await?.detach();
        let writer_up = Arc::new(AtomicBool::new(true));
        tokio::spawn(write_loop(pool.clone(), conn, rx, writer_up.clone()));
        if sqlite {
            tokio::spawn(checkpoint_loop(pool.clone(), writer.downgrade()));
        }
        Ok(Store {
            pool,
            writer,
            sqlite,
            writer_up,
        })
    }

    /// Stores a request; returns once its commit is durable.
    pub async fn submit(&self, request: NewRequest) -> Result<Stored, StoreError> {
        let (reply, wait) = oneshot::channel();
        self.writer
            .send(Submission {
                audit_detail: format!(
                    "sealed sha256 {}",
                    crate::ids::sha256_hex(request.sealed.as_bytes())
                ),
                request,
                reply,
            })
            .await
            .map_err(|_| StoreError("the store's writer has stopped".into()))?;
        wait.await
            .map_err(|_| StoreError("the store's writer has stopped".into()))?
            .map_err(StoreError)
    }

    /// Whether the store answers.
    /// Ready when the writer is running and the store answers (after a
    /// failed commit the writer takes a fresh connection for the next
    /// batch, so a store that answers again is written to again).
    pub async fn ready(&self) -> bool {
        !self.writer.is_closed() && sqlx::query("SELECT 1").fetch_one(&self.pool).await.is_ok()
    }

    /// Whether the writer's last group commit succeeded.
    pub fn writer_ok(&self) -> bool {
        self.writer_up.load(Ordering::Relaxed)
    }

    /// One request by reference.
    pub async fn get(&self, reference: &str) -> Result<Option<Record>, StoreError> {
        let row = sqlx::query(AssertSqlSafe(format!("{SELECT} WHERE reference = $1")))
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| record(&r)).transpose()
    }

    /// Counts a failed status look-up for a reference. From the `max`-th
    /// failure on, look-ups are refused for a time that doubles with every
    /// further failure: 1 minute, 2, 4, ... up to a day. (Follow-up codes
    /// carry 130 random bits: the lock stops noise, not guessing.)
    pub async fn failed_lookup(
        &self,
        reference: &str,
        now: i64,
        max: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE requests SET failed_lookups = failed_lookups + 1 WHERE reference = $1")
            .bind(reference)
            .execute(&mut *tx)
            .await?;
        let failures: Option<i64> =
            sqlx::query("SELECT failed_lookups FROM requests WHERE reference = $1")
                .bind(reference)
                .fetch_optional(&mut *tx)
                .await?
                .map(|row| row.try_get("failed_lookups"))
                .transpose()?;
        if let Some(failures) = failures.filter(|f| *f >= max) {
            let doublings = u32::try_from(failures - max).unwrap_or(u32::MAX).min(11);
            let lock = (60i64 << doublings).min(DAY);
            sqlx::query("UPDATE requests SET locked_until = $1 WHERE reference = $2")
                .bind(now + lock)
                .bind(reference)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// A successful look-up clears the count of failed ones.
    pub async fn lookup_succeeded(&self, reference: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE requests SET failed_lookups = 0, locked_until = NULL WHERE reference = $1 AND failed_lookups > 0")
            .bind(reference)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Lifts the look-up lock of a request (audited).
    pub async fn unlock(&self, reference: &str, actor: &str, now: i64) -> Result<(), StoreError> {
        self.retrying(|| async {
            let mut tx = self.pool.begin().await?;
            let changed = sqlx::query(
                "UPDATE requests SET failed_lookups = 0, locked_until = NULL WHERE reference = $1",
            )
            .bind(reference)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if changed == 0 {
                return Err(StoreError(format!(
                    "no request has the reference {reference}"
                )));
            }
            append_audit(
                &mut tx,
                now,
                actor,
                "unlock",
                Some(reference),
                "look-ups allowed again",
            )
            .await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Every request's metadata (no payload), for reports.
    pub async fn all(&self) -> Result<Vec<Record>, StoreError> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "{SELECT} ORDER BY received_at, reference"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(record).collect()
    }

    /// Requests routed to a handler (a state with keys, or `unknown` for the
    /// central handler): those whose payload is sealed to it, soonest due
    /// first.
    pub async fn for_handler(&self, handler: &str) -> Result<Vec<Record>, StoreError> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "{SELECT} WHERE handlers LIKE $1 ORDER BY due_at, reference"
        )))
        .bind(format!("%,{handler},%"))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(record).collect()
    }

    /// Fills in the handlers of requests stored before they were recorded,
    /// with `route` (the configuration's routing, which sealed them).
    /// Returns how many were routed.
    pub async fn route_unrouted(
        &self,
        route: impl Fn(&[String]) -> Vec<String>,
    ) -> Result<u64, StoreError> {
        let rows = sqlx::query("SELECT reference, states FROM requests WHERE handlers IS NULL")
            .fetch_all(&self.pool)
            .await?;
        for row in &rows {
            let states: String = row.try_get("states")?;
            let states: Vec<String> = states
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            sqlx::query("UPDATE requests SET handlers = $1 WHERE reference = $2")
                .bind(list(&route(&states)))
                .bind(row.try_get::<String, _>("reference")?)
                .execute(&self.pool)
                .await?;
        }
        Ok(rows.len() as u64)
    }

    /// Changes a request's status and records it in the audit log.
    pub async fn set_status(
        &self,
        reference: &str,
        status: Status,
        reason: Option<&str>,
        actor: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        self.retrying(|| self.set_status_once(reference, status, reason, actor, now))
            .await
    }

    async fn set_status_once(
        &self,
        reference: &str,
        status: Status,
        reason: Option<&str>,
        actor: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        if status == Status::Rejected && reason.is_none_or(|r| r.trim().is_empty()) {
            return Err(StoreError("a rejection needs a reason".into()));
        }
        let mut tx = self.pool.begin().await?;
        let current = sqlx::query("SELECT status FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&mut *tx)
            .await?
            .map(|row| row.try_get::<String, _>("status"))
            .transpose()?
            .ok_or_else(|| StoreError(format!("no request has the reference {reference}")))?;
        let current = stored_status(&current)?;
        if !current.may_become(status) {
            return Err(StoreError(format!(
                "a request that is {} cannot become {}: received → acknowledged → answered → closed, or rejected before it is answered",
                current.as_str(),
                status.as_str()
            )));
        }
        let closed_at = status.is_final().then_some(now);
        if status == Status::Answered {
            sqlx::query("UPDATE requests SET answered_at = $1 WHERE reference = $2")
                .bind(now)
                .bind(reference)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE requests SET status = $1, status_reason = $2, closed_at = $3 WHERE reference = $4")
            .bind(status.as_str())
            .bind(reason.map(str::to_string))
            .bind(closed_at)
            .bind(reference)
            .execute(&mut *tx)
            .await?;
        append_audit(
            &mut tx,
            now,
            actor,
            "status",
            Some(reference),
            status.as_str(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Runs `attempt` again when the audit chain moved under it (another
    /// process appended first): the chain stays one line, never forked.
    async fn retrying<T, F, Fut>(&self, mut attempt: F) -> Result<T, StoreError>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, StoreError>>,
    {
        let mut tries = 0;
        loop {
            match attempt().await {
                Err(e) if tries < 8 && is_contention(&e.0) => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(20 * tries)).await;
                }
                result => return result,
            }
        }
    }

    /// Records an operator action that changes nothing (reading,
    /// exporting), or the service's start.
    pub async fn audit(
        &self,
        now: i64,
        actor: &str,
        action: &str,
        reference: Option<&str>,
        detail: &str,
    ) -> Result<(), StoreError> {
        self.retrying(|| async {
            let mut tx = self.pool.begin().await?;
            append_audit(&mut tx, now, actor, action, reference, detail).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Checks the audit log's hash chain; returns the number of entries and
    /// the head (last sequence number and hash). With `expect`, also
    /// checks that the log still holds that entry with that hash, so a log
    /// truncated or rewritten since someone noted its head shows.
    pub async fn verify_audit_head(
        &self,
        expect: Option<(i64, &str)>,
    ) -> Result<(usize, Option<(i64, String)>), StoreError> {
        let count = self.verify_audit().await?;
        let head = sqlx::query("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&self.pool)
            .await?
            .map(|row| -> Result<(i64, String), sqlx::Error> {
                Ok((row.try_get("seq")?, row.try_get("hash")?))
            })
            .transpose()?;
        if let Some((seq, hash)) = expect {
            let found: Option<String> = sqlx::query("SELECT hash FROM audit WHERE seq = $1")
                .bind(seq)
                .fetch_optional(&self.pool)
                .await?
                .map(|row| row.try_get("hash"))
                .transpose()?;
            match found {
                None => {
                    return Err(StoreError(format!(
                        "the audit log no longer holds entry {seq}: it was truncated"
                    )));
                }
                Some(h) if h != hash => {
                    return Err(StoreError(format!(
                        "entry {seq} of the audit log has another hash than expected: the log was rewritten"
                    )));
                }
                Some(_) => {}
            }
        }
        Ok((count, head))
    }

    /// Checks the audit log's hash chain; returns the number of entries.
    pub async fn verify_audit(&self) -> Result<usize, StoreError> {
        let rows = sqlx::query("SELECT seq, at, actor, action, reference, detail, prev_hash, hash FROM audit ORDER BY seq")
            .fetch_all(&self.pool)
            .await?;
        let mut prev = String::from("genesis");
        for (i, row) in rows.iter().enumerate() {
            let seq: i64 = row.try_get("seq")?;
            let entry_prev: String = row.try_get("prev_hash")?;
            let expected = audit_hash(
                &prev,
                seq,
                row.try_get("at")?,
                &row.try_get::<String, _>("actor")?,
                &row.try_get::<String, _>("action")?,
                row.try_get::<Option<String>, _>("reference")?.as_deref(),
                &row.try_get::<String, _>("detail")?,
            );
            let hash: String = row.try_get("hash")?;
            if seq != i as i64 + 1 || entry_prev != prev || hash != expected {
                return Err(StoreError(format!(
                    "the audit log was altered at entry {}",
                    i + 1
                )));
            }
            prev = hash;
        }
        Ok(rows.len())
    }

    /// Deletes the sealed payloads of requests closed or rejected more than
    /// `months` months before `now`, and of every request received more
    /// than `max_months` months before (even if never closed), keeping
    /// anonymous counts per month of receipt and kind. The free-text status
    /// reason and the follow-up hash go too. Then the freed space is
    /// overwritten (SQLite: `secure_delete` and a truncating WAL checkpoint;
    /// PostgreSQL: `VACUUM`). Returns how many were purged.
    pub async fn purge(&self, now: i64, months: u32, max_months: u32) -> Result<u64, StoreError> {
        let cutoff = now - i64::from(months) * 30 * DAY;
        let max_cutoff = now - i64::from(max_months) * 30 * DAY;
        let purged = self
            .retrying(|| async {
                let mut tx = self.pool.begin().await?;
                let rows = sqlx::query(
                    "SELECT reference, kind, received_at FROM requests WHERE sealed IS NOT NULL AND ((closed_at IS NOT NULL AND closed_at < $1) OR received_at < $2)",
                )
                .bind(cutoff)
                .bind(max_cutoff)
                .fetch_all(&mut *tx)
                .await?;
                for row in &rows {
                    let kind: String = row.try_get("kind")?;
                    let month = crate::time::month(row.try_get("received_at")?);
                    sqlx::query(
                        "INSERT INTO purged (month, kind, count) VALUES ($1, $2, 1) ON CONFLICT (month, kind) DO UPDATE SET count = purged.count + 1",
                    )
                    .bind(month)
                    .bind(kind)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query("UPDATE requests SET sealed = NULL, status_reason = NULL, followup_hash = '' WHERE reference = $1")
                        .bind(row.try_get::<String, _>("reference")?)
                        .execute(&mut *tx)
                        .await?;
                }
                if !rows.is_empty() {
                    append_audit(
                        &mut tx,
                        now,
                        "retention-job",
                        "purge",
                        None,
                        &format!("{} sealed payloads deleted", rows.len()),
                    )
                    .await?;
                }
                tx.commit().await?;
                Ok(rows.len() as u64)
            })
            .await?;
        if purged > 0 {
            self.compact().await?;
        }
        Ok(purged)
    }

    /// Overwrites what deleted rows left behind: SQLite moves the WAL into
    /// the database (whose freed pages `secure_delete` zeroes) and truncates
    /// it; PostgreSQL vacuums the table so dead tuples are reclaimed.
    pub async fn compact(&self) -> Result<(), StoreError> {
        // The simple query protocol: VACUUM may not run as a prepared
        // statement or in a transaction.
        let statement = if self.sqlite {
            "PRAGMA wal_checkpoint(TRUNCATE)"
        } else {
            "VACUUM requests"
        };
        sqlx::raw_sql(statement).execute(&self.pool).await?;
        Ok(())
    }

    /// Counts by status and overdue, for `/metrics` (no personal data).
    pub async fn counts(&self, now: i64) -> Result<Vec<(String, i64)>, StoreError> {
        let mut out = Vec::new();
        for status in Status::ALL {
            let row = sqlx::query("SELECT COUNT(*) AS n FROM requests WHERE status = $1")
                .bind(status.as_str())
                .fetch_one(&self.pool)
                .await?;
            out.push((status.as_str().to_string(), row.try_get("n")?));
        }
        let row = sqlx::query("SELECT COUNT(*) AS n FROM requests WHERE status IN ('received', 'acknowledged') AND due_at < $1")
            .bind(now)
            .fetch_one(&self.pool)
            .await?;
        out.push(("overdue".into(), row.try_get("n")?));
        Ok(out)
    }
}

/// A status as stored; anything else is a damaged row, not a default.
fn stored_status(text: &str) -> Result<Status, StoreError> {
    Status::parse(text)
        .ok_or_else(|| StoreError(format!("the store holds an unknown status `{text}`")))
}

/// A kind as stored.
fn stored_kind(text: &str) -> Result<RequestKind, StoreError> {
    RequestKind::parse(text).ok_or_else(|| {
        StoreError(format!(
            "the store holds an unknown kind of request `{text}`"
        ))
    })
}

const SELECT: &str = "SELECT reference, kind, states, handlers, reply_language, received_at, due_at, status, status_reason, closed_at, answered_at, locked_until, followup_hash, failed_lookups, sealed FROM requests";

/// `,IE,unknown,`: a list stored so that `LIKE '%,IE,%'` finds members.
pub(super) fn list(items: &[String]) -> String {
    format!(",{},", items.join(","))
}

fn unlist(text: &str) -> Vec<String> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn record(row: &sqlx::any::AnyRow) -> Result<Record, StoreError> {
    let states: String = row.try_get("states")?;
    let handlers: Option<String> = row.try_get("handlers")?;
    Ok(Record {
        reference: row.try_get("reference")?,
        kind: stored_kind(&row.try_get::<String, _>("kind")?)?,
        states: unlist(&states),
        // Default meant: rows stored before routing have no handlers until
        // `route_unrouted` fills them in on start.
        handlers: handlers.as_deref().map(unlist).unwrap_or_default(),
        reply_language: row.try_get("reply_language")?,
        received_at: row.try_get("received_at")?,
        due_at: row.try_get("due_at")?,
        status: stored_status(&row.try_get::<String, _>("status")?)?,
        status_reason: row.try_get("status_reason")?,
        closed_at: row.try_get("closed_at")?,
        answered_at: row.try_get("answered_at")?,
        locked_until: row.try_get("locked_until")?,
        followup_hash: row.try_get("followup_hash")?,
        failed_lookups: row.try_get("failed_lookups")?,
        sealed: row.try_get("sealed")?,
    })
}

async fn migrate(pool: &AnyPool) -> Result<(), StoreError> {
    sqlx::query("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY)")
        .execute(pool)
        .await?;
    for (version, sql) in MIGRATIONS {
        let mut tx = pool.begin().await?;
        let done = sqlx::query("SELECT version FROM schema_migrations WHERE version = $1")
            .bind(*version)
            .fetch_optional(&mut *tx)
            .await?;
        if done.is_none() {
            for statement in sql.split(';').filter(|s| !s.trim().is_empty()) {
                sqlx::query(statement).execute(&mut *tx).await?;
            }
            sqlx::query("INSERT INTO schema_migrations (version) VALUES ($1)")
                .bind(*version)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use writer::placeholders;

    #[test]
    fn rows_of_numbered_placeholders() {
        assert_eq!(
            placeholders(2, 2, "?, 'x', ?", true),
            "($1, 'x', $2), ($3, 'x', $4)"
        );
        assert_eq!(placeholders(1, 1, "?", true), "($1)");
        assert_eq!(
            placeholders(2, 2, "?, 'x', ?", false),
            "(?, 'x', ?), (?, 'x', ?)"
        );
    }

    /// SQLite before 3.50.2 has a memory-corruption bug (CVE-2025-6965):
    /// the bundled library must be newer.
    #[tokio::test]
    async fn the_bundled_sqlite_is_3_50_2_or_later() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("v.db").display());
        let store = Store::open(&url).await.unwrap();
        let version: String = sqlx::query_scalar("SELECT sqlite_version()")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        let parts: Vec<u32> = version.split('.').map(|p| p.parse().unwrap()).collect();
        assert!(parts >= vec![3, 50, 2], "bundled SQLite is {version}");
    }
}
