//! One civil date for the whole workspace: parsed from `YYYY-MM-DD`,
//! written back as ISO 8601 (`Display`) or as the Official Journal writes
//! dates in every language (`D.M.YYYY`), and converted to and from days
//! since 1970-01-01. Pure: the caller brings the clock.

use std::fmt;

/// A calendar date (proleptic Gregorian, years 0 to 65535).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day, 1 to the month's length.
    pub day: u8,
}

impl Date {
    /// A date, if it exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let length = days_in_month(u32::from(year), u32::from(month))?;
        (1..=length)
            .contains(&u32::from(day))
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (digits only, exactly that shape) naming a day
    /// that exists.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |r: std::ops::Range<usize>| -> Option<u16> {
            b[r.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| text[r].parse().ok())
                .flatten()
        };
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::new(number(0..4)?, month, day)
    }

    /// The day `days` after 1970-01-01, if it is a date this type holds.
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let (year, month, day) = civil_from_days(days);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// Days since 1970-01-01.
    pub fn unix_days(self) -> i64 {
        days_from_civil(
            i64::from(self.year),
            u32::from(self.month),
            u32::from(self.day),
        )
    }

    /// `D.M.YYYY`, as the Official Journal writes dates in every language.
    pub fn eu(self) -> String {
        format!("{}.{}.{}", self.day, self.month, self.year)
    }
}

/// `YYYY-MM-DD`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// `YYYY-MM-DD` naming a day that exists, from 1900 on (what the request
/// form accepts as a date).
pub fn is_date(text: &str) -> bool {
    Date::parse(text).is_some_and(|d| d.year >= 1900)
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian
/// calendar (Howard Hinnant's `civil_from_days`). Pure: the caller brings
/// the clock.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`); the inverse of [`civil_from_days`].
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The number of days of a month in the Gregorian calendar, or `None` for a
/// month that does not exist.
pub fn days_in_month(year: u32, month: u32) -> Option<u32> {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if leap => Some(29),
        2 => Some(28),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_days_that_exist_written_iso() {
        let d = Date::parse("2012-11-14").unwrap();
        assert_eq!((d.year, d.month, d.day), (2012, 11, 14));
        assert_eq!(d.to_string(), "2012-11-14");
        assert_eq!(d.eu(), "14.11.2012");
        for bad in [
            "2012-02-30",
            "2012-13-01",
            "2012-1-14",
            "+012-01-01",
            "2012-11-14 ",
            "२०१२-११-१४",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
        assert!(Date::parse("2024-02-29").is_some());
        assert!(!is_date("1899-12-31"));
        assert!(is_date("1900-01-01"));
    }

    #[test]
    fn unix_days_round_trip() {
        for days in [-719_468, -1, 0, 1, 15_658, 2_932_896] {
            let d = Date::from_unix_days(days).unwrap();
            assert_eq!(d.unix_days(), days);
        }
        assert_eq!(Date::from_unix_days(0).unwrap().to_string(), "1970-01-01");
    }
}
