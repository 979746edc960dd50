//! Sealing: the personal fields of a request, encrypted with `age` to the
//! handlers' public keys before they reach the store. The intake holds no
//! private key and cannot open what it sealed: the handler does, on its own
//! machine, with `imi-handler open` (crate `handler`) or the standard `age`
//! tool (`age -d -i key.txt`).

use std::io::Write;

use age::armor::{ArmoredWriter, Format};

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
        // Armor is base64: a quote of the JSON can never appear in it by
        // chance, as a short word could.
        assert!(!sealed.contains("\"name\""));
        let open = |key: &age::x25519::Identity| handler::open(&sealed, std::slice::from_ref(key));
        assert_eq!(open(&a).unwrap(), b"{\"name\":\"Ada\"}");
        assert_eq!(open(&b).unwrap(), b"{\"name\":\"Ada\"}");
        assert!(open(&stranger).is_err());
    }
}
