//! Dates without a date library: the service only needs UTC timestamps,
//! calendar dates and RFC 3339 strings.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `YYYY-MM-DD` of a timestamp.
pub fn date(secs: i64) -> String {
    let (y, m, d) = request_model::civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM` of a timestamp.
pub fn month(secs: i64) -> String {
    date(secs)[..7].to_string()
}

/// RFC 3339 in UTC, e.g. `2026-11-23T06:45:50Z`.
pub fn rfc3339(secs: i64) -> String {
    let rem = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date(secs),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_354_579_200), "2012-12-04T00:00:00Z");
        assert_eq!(rfc3339(1_795_409_150), "2026-11-23T04:45:50Z");
        assert_eq!(month(1_354_579_200), "2012-12");
    }
}
