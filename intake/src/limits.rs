//! Rate limits: per client and for the whole service, failing closed.
//!
//! Client addresses live only in the limiter's memory, as keys of token
//! buckets, and are never written anywhere. If the table of clients grows
//! past its bound (a flood of spoofed sources), new clients are refused
//! rather than letting memory grow or the limits lapse.

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Most distinct clients tracked at once.
const MAX_CLIENTS: usize = 100_000;

/// The limiters.
pub(crate) struct Limits {
    per_client: DefaultKeyedRateLimiter<IpAddr>,
    global: DefaultDirectRateLimiter,
}

impl Limits {
    /// `per_minute` requests per client, `per_second` for everyone.
    pub(crate) fn new(per_minute: u32, per_second: u32) -> Limits {
        let per_minute = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        let per_second = NonZeroU32::new(per_second.max(1)).unwrap_or(NonZeroU32::MIN);
        Limits {
            per_client: RateLimiter::keyed(Quota::per_minute(per_minute)),
            global: RateLimiter::direct(Quota::per_second(per_second)),
        }
    }

    /// Whether `client` may make one more request now.
    pub(crate) fn check(&self, client: IpAddr) -> Result<(), ()> {
        if self.per_client.len() >= MAX_CLIENTS {
            self.per_client.retain_recent();
            if self.per_client.len() >= MAX_CLIENTS {
                return Err(());
            }
        }
        self.global.check().map_err(|_| ())?;
        self.per_client.check_key(&client).map_err(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_limited_and_others_are_not() {
        let limits = Limits::new(3, 1000);
        let a = IpAddr::from([10, 0, 0, 1]);
        let b = IpAddr::from([10, 0, 0, 2]);
        assert!((0..3).all(|_| limits.check(a).is_ok()));
        assert!(limits.check(a).is_err());
        assert!(limits.check(b).is_ok());
    }

    #[test]
    fn the_global_limit_applies_to_everyone() {
        let limits = Limits::new(1000, 2);
        assert!(limits.check(IpAddr::from([10, 0, 0, 1])).is_ok());
        assert!(limits.check(IpAddr::from([10, 0, 0, 2])).is_ok());
        assert!(limits.check(IpAddr::from([10, 0, 0, 3])).is_err());
    }
}
