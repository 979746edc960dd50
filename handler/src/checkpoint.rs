//! Signed checkpoints of the intake's audit log: the head (sequence number
//! and hash) at a moment, signed with an Ed25519 key kept offline. Once a
//! checkpoint is published, anyone can show later that the log was not
//! rewritten or truncated since: the log must still hold that entry with
//! that hash (`intake operator verify-audit --expect-head SEQ:HASH`), and
//! the signature shows who vouched for it and when.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

/// The `format` of a checkpoints file.
pub const FORMAT: &str = "imi-audit-checkpoints/1";

/// `content/data/audit-checkpoints.json`: the public key and every
/// checkpoint signed with it, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoints {
    /// [`FORMAT`].
    pub format: String,
    /// The Ed25519 public key, 64 hex digits.
    pub public_key: String,
    /// The checkpoints, by increasing sequence number.
    pub checkpoints: Vec<Checkpoint>,
}

/// The audit log's head at a moment, signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// The last entry's sequence number.
    pub seq: i64,
    /// Its hash (64 hex digits).
    pub hash: String,
    /// When it was taken, RFC 3339.
    pub time: String,
    /// The Ed25519 signature of [`message`], 128 hex digits.
    pub signature: String,
}

/// The bytes a checkpoint's signature covers.
pub fn message(seq: i64, hash: &str, time: &str) -> Vec<u8> {
    format!("imi-intake-audit-checkpoint/1\n{seq}\n{hash}\n{time}\n").into_bytes()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.trim();
    if text.len() != 2 * N || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// A new signing key file's text (a comment with the public key, then the
/// secret seed in hex) and the public key.
pub fn keygen() -> (String, String) {
    let key = SigningKey::from_bytes(&rand::random::<[u8; 32]>());
    let public = hex(key.verifying_key().as_bytes());
    (
        format!(
            "# Ed25519 key for signing the intake's audit checkpoints; public key: {public}\n{}\n",
            hex(&key.to_bytes())
        ),
        public,
    )
}

/// Reads a signing key file.
pub fn read_key(text: &str) -> Result<SigningKey, String> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(unhex::<32>)
        .map(|seed| SigningKey::from_bytes(&seed))
        .ok_or_else(|| "the key file holds no Ed25519 secret key (64 hex digits)".into())
}

/// Signs the head `(seq, hash)` at `time` and adds the checkpoint to
/// `existing` (a new file when `None`); the key must be the file's.
pub fn add(
    existing: Option<Checkpoints>,
    key: &SigningKey,
    seq: i64,
    hash: &str,
    time: &str,
) -> Result<Checkpoints, String> {
    let public = hex(key.verifying_key().as_bytes());
    let mut file = existing.unwrap_or(Checkpoints {
        format: FORMAT.into(),
        public_key: public.clone(),
        checkpoints: Vec::new(),
    });
    if file.public_key != public {
        return Err("the checkpoints file was signed with another key".into());
    }
    if let Some(last) = file.checkpoints.last()
        && last.seq > seq
    {
        return Err(format!(
            "the log's head ({seq}) is before the last checkpoint's ({}): the log was truncated",
            last.seq
        ));
    }
    let signature = key.sign(&message(seq, hash, time));
    file.checkpoints.push(Checkpoint {
        seq,
        hash: hash.to_string(),
        time: time.to_string(),
        signature: hex(&signature.to_bytes()),
    });
    Ok(file)
}

/// Checks a checkpoints file: its format, that every signature is the
/// public key's over its checkpoint, and that sequence numbers never go
/// back. Returns the index and reason of every problem.
pub fn verify(file: &Checkpoints) -> Vec<(Option<usize>, String)> {
    let mut problems = Vec::new();
    if file.format != FORMAT {
        problems.push((
            None,
            format!("`{}` is not the format `{FORMAT}`", file.format),
        ));
    }
    let Some(key) = unhex::<32>(&file.public_key).and_then(|k| VerifyingKey::from_bytes(&k).ok())
    else {
        problems.push((
            None,
            "the public key is not an Ed25519 key (64 hex digits)".into(),
        ));
        return problems;
    };
    let mut previous = i64::MIN;
    for (i, c) in file.checkpoints.iter().enumerate() {
        let valid = unhex::<64>(&c.signature)
            .map(|s| Signature::from_bytes(&s))
            .is_some_and(|s| key.verify(&message(c.seq, &c.hash, &c.time), &s).is_ok());
        if !valid {
            problems.push((
                Some(i),
                format!("the signature of checkpoint {} does not verify", c.seq),
            ));
        }
        if c.seq < previous {
            problems.push((
                Some(i),
                format!("checkpoint {} comes after a later one", c.seq),
            ));
        }
        previous = c.seq;
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_checkpoints_verify_and_tampering_shows() {
        let (text, public) = keygen();
        let key = read_key(&text).unwrap();
        let file = add(None, &key, 6, &"a".repeat(64), "2026-12-06T09:00:00Z").unwrap();
        let file = add(Some(file), &key, 9, &"b".repeat(64), "2026-12-07T09:00:00Z").unwrap();
        assert_eq!(file.public_key, public);
        assert!(verify(&file).is_empty());
        // The log went back: refused.
        assert!(add(Some(file.clone()), &key, 3, "c", "t").is_err());
        // Another key: refused.
        let other = read_key(&keygen().0).unwrap();
        assert!(add(Some(file.clone()), &other, 12, "d", "t").is_err());
        // A changed hash or time no longer verifies.
        let mut forged = file.clone();
        forged.checkpoints[0].hash = "c".repeat(64);
        assert_eq!(verify(&forged)[0].0, Some(0));
        let mut forged = file;
        forged.checkpoints[1].time = "2026-12-08T09:00:00Z".into();
        assert_eq!(verify(&forged)[0].0, Some(1));
        assert!(read_key("# nothing\n").is_err());
    }
}
