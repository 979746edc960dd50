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

use sha2::{Digest, Sha256};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, AssertSqlSafe, Row};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::{mpsc, oneshot};

/// Seconds in a day.
const DAY: i64 = 86_400;
/// Most rows in one group commit.
const MAX_GROUP: usize = 512;

/// The statuses of a request.
pub const STATUSES: [&str; 5] = ["received", "acknowledged", "answered", "closed", "rejected"];

/// A request ready to store.
#[derive(Debug, Clone)]
pub struct NewRequest {
    /// `access`, `correction`, ...
    pub kind: String,
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
    pub kind: String,
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
    pub status: String,
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
        status: &str,
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
        status: &str,
        reason: Option<&str>,
        actor: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        if !STATUSES.contains(&status) {
            return Err(StoreError(format!(
                "`{status}` is not a status: use one of {}",
                STATUSES.join(", ")
            )));
        }
        if status == "rejected" && reason.is_none_or(|r| r.trim().is_empty()) {
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
        if !transition_allowed(&current, status) {
            return Err(StoreError(format!(
                "a request that is {current} cannot become {status}: received → acknowledged → answered → closed, or rejected before it is answered"
            )));
        }
        let closed_at = matches!(status, "closed" | "rejected").then_some(now);
        if status == "answered" {
            sqlx::query("UPDATE requests SET answered_at = $1 WHERE reference = $2")
                .bind(now)
                .bind(reference)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE requests SET status = $1, status_reason = $2, closed_at = $3 WHERE reference = $4")
            .bind(status)
            .bind(reason.map(str::to_string))
            .bind(closed_at)
            .bind(reference)
            .execute(&mut *tx)
            .await?;
        append_audit(&mut tx, now, actor, "status", Some(reference), status).await?;
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
        for status in STATUSES {
            let row = sqlx::query("SELECT COUNT(*) AS n FROM requests WHERE status = $1")
                .bind(status)
                .fetch_one(&self.pool)
                .await?;
            out.push((status.to_string(), row.try_get("n")?));
        }
        let row = sqlx::query("SELECT COUNT(*) AS n FROM requests WHERE status IN ('received', 'acknowledged') AND due_at < $1")
            .bind(now)
            .fetch_one(&self.pool)
            .await?;
        out.push(("overdue".into(), row.try_get("n")?));
        Ok(out)
    }
}

/// The life of a request: received → acknowledged → answered → closed, or
/// rejected (with a reason) before it is answered.
pub fn transition_allowed(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("received", "acknowledged" | "rejected")
            | ("acknowledged", "answered" | "rejected")
            | ("answered", "closed")
    )
}

const SELECT: &str = "SELECT reference, kind, states, handlers, reply_language, received_at, due_at, status, status_reason, closed_at, answered_at, locked_until, followup_hash, failed_lookups, sealed FROM requests";

/// `,IE,unknown,`: a list stored so that `LIKE '%,IE,%'` finds members.
fn list(items: &[String]) -> String {
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
        kind: row.try_get("kind")?,
        states: unlist(&states),
        handlers: handlers.as_deref().map(unlist).unwrap_or_default(),
        reply_language: row.try_get("reply_language")?,
        received_at: row.try_get("received_at")?,
        due_at: row.try_get("due_at")?,
        status: row.try_get("status")?,
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

/// Copies the SQLite WAL into the database file every 200 ms, passively
/// (never waiting for the writer or readers), so that commits do not: with
/// `wal_autocheckpoint = 0`, this is the only automatic checkpoint. The WAL
/// starts over once a checkpoint has copied all of it. Ends with the store
/// (when no handle to its writer is left).
async fn checkpoint_loop(pool: AnyPool, writer: mpsc::WeakSender<Submission>) {
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
async fn write_loop(
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
pub fn due_at(kind: &str, received: i64) -> i64 {
    let rule = request_model::Deadline::of_kind(kind);
    let (days, time) = (received.div_euclid(DAY), received.rem_euclid(DAY));
    let (y, m, d) = request_model::civil_from_days(days);
    let (y, m, d) = rule.due(y, m, d);
    request_model::days_from_civil(y, m, d) * DAY + time
}

/// Rows of `width` placeholders: `($1, $2, ...), ($n, ...)` for PostgreSQL
/// (`numbered`); for SQLite the row as written, with anonymous `?`, which
/// it binds in order (a named or numbered parameter costs SQLite a scan of
/// all the statement's names per bind: quadratic in a group commit).
fn placeholders(rows: usize, width: usize, row: &str, numbered: bool) -> String {
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
async fn insert_all(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    requests: &[&NewRequest],
) -> Result<Vec<Stored>, sqlx::Error> {
    let rows: Vec<(String, i64)> = requests
        .iter()
        .map(|r| (crate::ids::new_reference(), due_at(&r.kind, r.received_at)))
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
            .bind(r.kind.clone())
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

async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    r: &NewRequest,
) -> Result<Stored, sqlx::Error> {
    let due_at = due_at(&r.kind, r.received_at);
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
        .bind(&r.kind)
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

async fn append_audit(
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
async fn audit_head(
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
async fn insert_audit(
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
fn is_contention(message: &str) -> bool {
    let m = message.to_lowercase();
    m.contains("database is locked")
        || m.contains("busy")
        || m.contains("unique")
        || m.contains("duplicate key")
        || m.contains("could not serialize")
}

fn audit_hash(
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

#[cfg(test)]
mod tests {
    use super::*;

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
