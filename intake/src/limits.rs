//! Rate limits: per client and for the whole service, failing closed, with
//! separate budgets for submissions and status look-ups.
//!
//! A request is first checked against its client's bucket; only a request
//! that passes is charged to the service-wide bucket, so one client
//! flooding the service uses up its own budget, not everyone's.
//!
//! Client addresses live only in the limiter's memory, as keys of token
//! buckets, and are never written anywhere. An IPv6 client is counted per
//! /64 (one subscriber's usual allocation), an IPv4-mapped IPv6 address as
//! its IPv4 address. If the table of clients grows past its bound (a flood
//! of spoofed sources), new clients are refused rather than letting memory
//! grow or the limits lapse.

use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Most distinct clients tracked at once, per budget.
const MAX_CLIENTS: usize = 100_000;

/// What a request spends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Budget {
    /// `POST /v1/requests`.
    Submit,
    /// `POST /v1/status`.
    Status,
}

struct Buckets {
    per_client: DefaultKeyedRateLimiter<IpAddr>,
    global: DefaultDirectRateLimiter,
}

impl Buckets {
    fn new(per_minute: NonZeroU32, per_second: NonZeroU32) -> Buckets {
        Buckets {
            per_client: RateLimiter::keyed(Quota::per_minute(per_minute)),
            global: RateLimiter::direct(Quota::per_second(per_second)),
        }
    }
}

/// The limiters.
pub(crate) struct Limits {
    submit: Buckets,
    status: Buckets,
}

impl Limits {
    /// `per_minute` requests per client and `per_second` for everyone, for
    /// each budget.
    pub(crate) fn new(per_minute: u32, per_second: u32) -> Limits {
        let per_minute = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        let per_second = NonZeroU32::new(per_second.max(1)).unwrap_or(NonZeroU32::MIN);
        Limits {
            submit: Buckets::new(per_minute, per_second),
            status: Buckets::new(per_minute, per_second),
        }
    }

    /// Whether `client` may make one more request of `budget` now.
    pub(crate) fn check(&self, budget: Budget, client: IpAddr) -> Result<(), ()> {
        let buckets = match budget {
            Budget::Submit => &self.submit,
            Budget::Status => &self.status,
        };
        if buckets.per_client.len() >= MAX_CLIENTS {
            buckets.per_client.retain_recent();
            if buckets.per_client.len() >= MAX_CLIENTS {
                return Err(());
            }
        }
        buckets
            .per_client
            .check_key(&client_key(client))
            .map_err(|_| ())?;
        buckets.global.check().map_err(|_| ())
    }
}

/// The key a client is counted under: IPv4 as is (also when mapped into
/// IPv6), IPv6 by its /64 prefix.
pub(crate) fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// An address or network, `10.0.0.0/8`, `2001:db8::/32` or `127.0.0.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    address: IpAddr,
    prefix: u8,
}

impl std::str::FromStr for Network {
    type Err = String;

    fn from_str(text: &str) -> Result<Network, String> {
        let (address, prefix) = match text.trim().split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (text.trim(), None),
        };
        let address: IpAddr = address
            .parse()
            .map_err(|_| format!("`{text}` is not an IP address or network"))?;
        let max = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("`{text}`: the prefix length must be 0 to {max}"))?,
        };
        Ok(Network { address, prefix })
    }
}

impl Network {
    /// Whether `ip` is in the network (IPv4-mapped addresses as IPv4).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        match (self.address, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn a_client_is_limited_and_others_are_not() {
        let limits = Limits::new(3, 1000);
        let (a, b) = (ip("10.0.0.1"), ip("10.0.0.2"));
        assert!((0..3).all(|_| limits.check(Budget::Submit, a).is_ok()));
        assert!(limits.check(Budget::Submit, a).is_err());
        assert!(limits.check(Budget::Submit, b).is_ok());
        // Status look-ups have a budget of their own.
        assert!(limits.check(Budget::Status, a).is_ok());
    }

    #[test]
    fn the_global_limit_applies_to_everyone() {
        let limits = Limits::new(1000, 2);
        assert!(limits.check(Budget::Submit, ip("10.0.0.1")).is_ok());
        assert!(limits.check(Budget::Submit, ip("10.0.0.2")).is_ok());
        assert!(limits.check(Budget::Submit, ip("10.0.0.3")).is_err());
    }

    /// One client sending as fast as it can uses up its own budget only:
    /// every request of another client still gets through.
    #[test]
    fn a_flooding_client_does_not_starve_the_others() {
        let limits = Limits::new(20, 40);
        let flood = ip("203.0.113.9");
        let passed = (0..100_000)
            .filter(|_| limits.check(Budget::Submit, flood).is_ok())
            .count();
        assert_eq!(passed, 20);
        let other = ip("198.51.100.7");
        assert!((0..5).all(|_| limits.check(Budget::Submit, other).is_ok()));
    }

    #[test]
    fn ipv6_clients_count_per_64_and_mapped_ipv4_as_ipv4() {
        let limits = Limits::new(2, 1000);
        assert!(limits.check(Budget::Submit, ip("2001:db8:1:2::1")).is_ok());
        assert!(
            limits
                .check(Budget::Submit, ip("2001:db8:1:2:ffff::9"))
                .is_ok()
        );
        assert!(
            limits
                .check(Budget::Submit, ip("2001:db8:1:2:abcd::1"))
                .is_err(),
            "same /64"
        );
        assert!(limits.check(Budget::Submit, ip("2001:db8:1:3::1")).is_ok());
        assert_eq!(client_key(ip("::ffff:192.0.2.1")), ip("192.0.2.1"));
    }

    #[test]
    fn networks_parse_and_contain() {
        let net: Network = "10.0.0.0/8".parse().unwrap();
        assert!(net.contains(ip("10.255.0.1")));
        assert!(!net.contains(ip("11.0.0.1")));
        assert!(net.contains(ip("::ffff:10.1.2.3")));
        let one: Network = "127.0.0.1".parse().unwrap();
        assert!(one.contains(ip("127.0.0.1")) && !one.contains(ip("127.0.0.2")));
        let v6: Network = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:ffff::1")) && !v6.contains(ip("2001:db9::1")));
        let all: Network = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains(ip("8.8.8.8")));
        assert!("10.0.0.0/33".parse::<Network>().is_err());
        assert!("nope".parse::<Network>().is_err());
    }
}
