//! References and follow-up codes.
//!
//! A reference (`K7QX4-M2P9A`) is short and unambiguous for correspondence:
//! Crockford base32 (no I, L, O, U), 50 random bits. A follow-up code is the
//! reference followed by 130 random bits (`K7QX4-M2P9A-XXXX-...`): the
//! reference part finds the request, the secret part is compared in
//! constant time with its stored SHA-256 hash. The code is shown once and
//! never stored.

use rand::Rng;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn random_chars(n: usize) -> String {
    let mut rng = rand::rng();
    (0..n)
        .map(|_| ALPHABET[rng.random_range(0..32)] as char)
        .collect()
}

fn group(text: &str, size: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(size)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A new reference: 10 characters in two groups.
pub fn new_reference() -> String {
    group(&random_chars(10), 5)
}

/// A new secret: 26 characters (130 bits) in groups of four or two.
pub fn new_secret() -> String {
    group(&random_chars(26), 4)
}

/// Normalises what a person typed: upper case, no spaces or hyphens, and the
/// letters people confuse with digits read as those digits.
pub fn normalise(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
}

/// Splits a follow-up code into the reference (formatted) and the secret
/// (normalised), if it has the right shape.
pub fn split_code(code: &str) -> Option<(String, String)> {
    let clean = normalise(code);
    if clean.len() != 36 || !clean.bytes().all(|b| ALPHABET.contains(&b)) {
        return None;
    }
    Some((group(&clean[..10], 5), clean[10..].to_string()))
}

/// The stored form of a secret.
pub fn hash_secret(secret: &str) -> String {
    sha256_hex(normalise(secret).as_bytes())
}

/// SHA-256 in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `secret` matches the stored hash, in constant time.
pub fn secret_matches(secret: &str, stored_hash: &str) -> bool {
    hash_secret(secret)
        .as_bytes()
        .ct_eq(stored_hash.as_bytes())
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_their_shape_and_round_trip() {
        let reference = new_reference();
        assert_eq!(reference.len(), 11);
        let secret = new_secret();
        let code = format!("{reference}-{secret}");
        let (r, s) = split_code(&code.to_lowercase().replace('-', " ")).unwrap();
        assert_eq!(r, reference);
        assert!(secret_matches(&s, &hash_secret(&secret)));
        assert!(!secret_matches("0000", &hash_secret(&secret)));
        assert!(split_code("short").is_none());
        assert_eq!(normalise("ol-i"), "011");
    }
}
