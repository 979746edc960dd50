//! Sealing: the personal fields of a request, encrypted with `age` to the
//! handlers' public keys before they reach the store. The intake holds no
//! private key; the armored output opens with the standard `age` tool
//! (`age -d -i key.txt`).

use std::io::Write;

use age::armor::{ArmoredReader, ArmoredWriter, Format};

/// Encrypts `plaintext` to every recipient, as ASCII-armored age.
pub fn seal(plaintext: &[u8], recipients: &[age::x25519::Recipient]) -> Result<String, String> {
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| format!("cannot seal: {e}"))?;
    let mut out = Vec::with_capacity(plaintext.len() + 512);
    let armor =
        ArmoredWriter::wrap_output(&mut out, Format::AsciiArmor).map_err(|e| e.to_string())?;
    let mut writer = encryptor.wrap_output(armor).map_err(|e| e.to_string())?;
    writer.write_all(plaintext).map_err(|e| e.to_string())?;
    writer
        .finish()
        .and_then(|armor| armor.finish())
        .map_err(|e| e.to_string())?;
    String::from_utf8(out).map_err(|e| e.to_string())
}

/// Decrypts an armored payload with an identity (`AGE-SECRET-KEY-1...`).
pub fn open(sealed: &str, identity: &age::x25519::Identity) -> Result<Vec<u8>, String> {
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(sealed.as_bytes()))
        .map_err(|e| e.to_string())?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| format!("cannot open: {e}"))?;
    let mut plaintext = Vec::new();
    std::io::Read::read_to_end(&mut reader, &mut plaintext).map_err(|e| e.to_string())?;
    Ok(plaintext)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_payloads_open_with_any_recipients_key_only() {
        let a = age::x25519::Identity::generate();
        let b = age::x25519::Identity::generate();
        let stranger = age::x25519::Identity::generate();
        let sealed = seal(b"{\"name\":\"Ada\"}", &[a.to_public(), b.to_public()]).unwrap();
        assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
        assert!(!sealed.contains("Ada"));
        assert_eq!(open(&sealed, &a).unwrap(), b"{\"name\":\"Ada\"}");
        assert_eq!(open(&sealed, &b).unwrap(), b"{\"name\":\"Ada\"}");
        assert!(open(&sealed, &stranger).is_err());
    }
}
