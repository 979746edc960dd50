//! `intake.toml`: where to listen, the store, the portal's origin, the
//! handlers' public keys and the limits.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;

use serde::Deserialize;

/// The service configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address to listen on.
    #[serde(default = "default_listen")]
    pub listen: SocketAddr,
    /// `sqlite://path/to/intake.db` (created if missing) or `postgres://...`.
    #[serde(default = "default_database")]
    pub database: String,
    /// The portal's origin (`https://host[:port]`): the only origin allowed
    /// to post, by CORS for JSON and by the fetch metadata for the form.
    pub portal_origin: String,
    /// The handlers: state code (or `unknown` for the central fallback) to
    /// the `age` public keys (`age1...`) its requests are sealed to.
    pub recipients: BTreeMap<String, Vec<String>>,
    /// Months after closure at which sealed payloads are deleted.
    #[serde(default = "default_retention")]
    pub retention_months: u32,
    /// Months after receipt at which sealed payloads are deleted even if
    /// the request was never closed (a request left open is not kept for
    /// ever); `operator list` warns a month ahead.
    #[serde(default = "default_max_retention")]
    pub max_retention_months: u32,
    /// A reverse proxy whose `X-Forwarded-For` is trusted (kept for older
    /// configurations: `trusted_proxies` can list several).
    #[serde(default)]
    pub trusted_proxy: Option<IpAddr>,
    /// Reverse proxies whose `X-Forwarded-For` is trusted: addresses or
    /// networks (`10.0.0.0/8`). The client is the right-most address of
    /// the `X-Forwarded-For` lines that is not one of them.
    #[serde(default)]
    pub trusted_proxies: Vec<String>,
    /// Submissions one client may make per minute; status look-ups have a
    /// budget of the same size of their own.
    #[serde(default = "default_per_client")]
    pub per_client_per_minute: u32,
    /// Submissions the whole service accepts per second (and, separately,
    /// status look-ups). Limits are per instance: with several instances,
    /// the service as a whole accepts that many times more.
    #[serde(default = "default_global")]
    pub global_per_second: u32,
    /// Failed status look-ups after which a reference is locked for a
    /// minute, then twice as long after each further failure (up to a day).
    #[serde(default = "default_failed_lookups")]
    pub max_failed_lookups: i64,
    /// Where `/metrics` listens: loopback only, apart from the service.
    #[serde(default = "default_metrics_listen")]
    pub metrics_listen: SocketAddr,
    /// Seconds a client has to send its request headers (and that an idle
    /// connection stays open).
    #[serde(default = "default_header_timeout")]
    pub header_read_timeout_secs: u64,
    /// Most connections open at once; more are closed at once.
    #[serde(default = "default_max_connections")]
    pub max_connections: usize,
    /// Largest accepted request body, in bytes.
    #[serde(default = "default_body_limit")]
    pub body_limit: usize,
}

/// Whether an `http://` origin names this machine.
fn loopback_origin(origin: &str) -> bool {
    let host = origin
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .rsplit_once(':')
        .filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit()))
        .map_or(
            origin.trim_start_matches("http://").trim_end_matches('/'),
            |(h, _)| h,
        );
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn default_listen() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8180))
}

fn default_metrics_listen() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8181))
}

fn default_header_timeout() -> u64 {
    10
}

fn default_max_connections() -> usize {
    1024
}

fn default_database() -> String {
    "sqlite://intake.db".into()
}

fn default_retention() -> u32 {
    6
}

fn default_max_retention() -> u32 {
    24
}

fn default_per_client() -> u32 {
    20
}

fn default_global() -> u32 {
    2000
}

fn default_failed_lookups() -> i64 {
    5
}

fn default_body_limit() -> usize {
    64 * 1024
}

impl Config {
    /// Reads and checks a configuration file.
    pub fn load(path: &Path) -> Result<Config, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let config: Config =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        config.check()?;
        Ok(config)
    }

    /// Every state must have keys, every key must parse, and the central
    /// fallback must exist.
    pub fn check(&self) -> Result<(), String> {
        if !self.recipients.contains_key(request_model::UNKNOWN_STATE) {
            return Err("recipients: add an `unknown` entry: the central handler for requests that name no state".into());
        }
        for (state, keys) in &self.recipients {
            if state != request_model::UNKNOWN_STATE
                && !request_model::STATES.contains(&state.as_str())
            {
                return Err(format!(
                    "recipients: `{state}` is not a state code (use the EU codes, e.g. EL for Greece)"
                ));
            }
            if keys.is_empty() {
                return Err(format!(
                    "recipients.{state}: give at least one age public key"
                ));
            }
            for key in keys {
                key.parse::<age::x25519::Recipient>().map_err(|e| {
                    format!("recipients.{state}: `{key}` is not an age public key: {e}")
                })?;
            }
        }
        self.trusted_networks()?;
        if !self.metrics_listen.ip().is_loopback() {
            return Err(format!(
                "metrics_listen {} must be a loopback address: the counts are for the operator only",
                self.metrics_listen
            ));
        }
        if self.max_retention_months <= self.retention_months {
            return Err(format!(
                "max_retention_months ({}) must be longer than retention_months ({}): it bounds requests that stay open",
                self.max_retention_months, self.retention_months
            ));
        }
        if !(self.portal_origin.starts_with("https://")
            || self.portal_origin.starts_with("http://"))
            || self
                .portal_origin
                .trim_end_matches('/')
                .matches('/')
                .count()
                != 2
        {
            return Err(format!(
                "portal_origin `{}` must be a scheme and host, like https://portal.example.eu",
                self.portal_origin
            ));
        }
        if self.portal_origin.starts_with("http://") && !loopback_origin(&self.portal_origin) {
            return Err(format!(
                "portal_origin `{}` must use https: plain http is only for a portal on this machine (localhost, 127.0.0.1, [::1])",
                self.portal_origin
            ));
        }
        Ok(())
    }

    /// The handlers a request naming `states` goes to: every named state
    /// that has its own keys, and `unknown` (the central handler) for
    /// `unknown` and for every state without keys. Sorted, without repeats.
    pub fn handlers_for(&self, states: &[String]) -> Vec<String> {
        let mut handlers: Vec<String> = states
            .iter()
            .map(|state| {
                if self.recipients.contains_key(state) {
                    state.clone()
                } else {
                    request_model::UNKNOWN_STATE.to_string()
                }
            })
            .collect();
        handlers.sort();
        handlers.dedup();
        handlers
    }

    /// The public keys of `handlers`, as a request is sealed to them.
    pub fn recipients_of(&self, handlers: &[String]) -> Vec<age::x25519::Recipient> {
        let mut keys: Vec<&String> = handlers
            .iter()
            .filter_map(|h| self.recipients.get(h))
            .flatten()
            .collect();
        keys.sort();
        keys.dedup();
        keys.into_iter().filter_map(|k| k.parse().ok()).collect()
    }

    /// The trusted proxies, parsed.
    pub fn trusted_networks(&self) -> Result<Vec<crate::limits::Network>, String> {
        let mut networks = self
            .trusted_proxies
            .iter()
            .map(|n| n.parse().map_err(|e| format!("trusted_proxies: {e}")))
            .collect::<Result<Vec<crate::limits::Network>, String>>()?;
        if let Some(proxy) = self.trusted_proxy {
            networks.push(proxy.to_string().parse()?);
        }
        Ok(networks)
    }

    /// A fingerprint of every configured recipient key (SHA-256 of
    /// `handler=key` lines), recorded in the audit log at start so a
    /// changed key shows.
    pub fn recipients_fingerprint(&self) -> String {
        let mut lines = String::new();
        for (handler, keys) in &self.recipients {
            for key in keys {
                lines.push_str(&format!("{handler}={key}\n"));
            }
        }
        crate::ids::sha256_hex(lines.as_bytes())
    }

    /// The states without keys of their own, whose requests the central
    /// handler receives (logged at startup).
    pub fn fallback_states(&self) -> Vec<&'static str> {
        request_model::STATES
            .iter()
            .copied()
            .filter(|s| !self.recipients.contains_key(*s))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_portals_only_on_this_machine() {
        for origin in [
            "http://127.0.0.1:1111",
            "http://localhost:1111",
            "http://[::1]:8080",
            "http://127.0.0.1",
        ] {
            assert!(loopback_origin(origin), "{origin}");
        }
        for origin in [
            "http://portal.example.eu",
            "http://10.0.0.1:80",
            "http://localhost.evil.example",
        ] {
            assert!(!loopback_origin(origin), "{origin}");
        }
    }
}
