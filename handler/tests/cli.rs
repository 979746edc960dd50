//! `imi-handler` as a handler uses it: make a key, open a bundle whose
//! payloads are sealed to it (and one that is not, and one deleted).

use std::io::Write;
use std::process::Command;

fn sealed_to(recipient: &age::x25519::Recipient, plaintext: &[u8]) -> String {
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let armor =
        age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor).unwrap();
    let mut writer = encryptor.wrap_output(armor).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap().finish().unwrap();
    String::from_utf8(out).unwrap()
}

fn entry(reference: &str, sealed: Option<String>) -> handler::Entry {
    handler::Entry {
        reference: reference.into(),
        kind: "deletion".into(),
        states: vec!["FR".into()],
        handlers: vec!["unknown".into()],
        received_at: "2026-12-06T08:00:00Z".into(),
        due_at: "2027-01-05T08:00:00Z".into(),
        due_basis: "Regulation (EU) No 1024/2012, Article 19(1)".into(),
        status: "received".into(),
        sealed,
    }
}

#[test]
fn keygen_then_open_a_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("central.key");
    let out = Command::new(env!("CARGO_BIN_EXE_imi-handler"))
        .args(["keygen", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let public: age::x25519::Recipient = String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the secret key is readable by its owner only"
        );
    }
    // keygen never overwrites a key.
    let again = Command::new(env!("CARGO_BIN_EXE_imi-handler"))
        .args(["keygen", "--out"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(!again.status.success());

    let request = serde_json::json!({
        "kind": "deletion", "name": "Jean Dupont", "email": "jean@example.fr",
        "postal_address": null, "states": ["FR"], "authority": null,
        "imi_reference": null, "period_from": null, "period_to": null,
        "description": "Please delete\nmy data.", "reply_language": "fr"
    });
    let stranger = age::x25519::Identity::generate().to_public();
    let bundle = handler::Bundle {
        format: handler::BUNDLE_FORMAT.into(),
        handler: "unknown".into(),
        exported_at: "2026-12-06T09:00:00Z".into(),
        requests: vec![
            entry(
                "AAAAA-11111",
                Some(sealed_to(&public, request.to_string().as_bytes())),
            ),
            entry("BBBBB-22222", Some(sealed_to(&stranger, b"{}"))),
            entry("CCCCC-33333", None),
        ],
    };
    let file = dir.path().join("bundle.json");
    std::fs::write(&file, serde_json::to_string(&bundle).unwrap()).unwrap();

    let open = |format: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_imi-handler"))
            .arg("open")
            .arg("--identity")
            .arg(&key)
            .args(["--format", format])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("opened 1 of 3 requests"));
        String::from_utf8(out.stdout).unwrap()
    };
    let text = open("text");
    assert!(text.contains("AAAAA-11111  deletion  received"), "{text}");
    assert!(text.contains("  name: Jean Dupont"), "{text}");
    assert!(
        text.contains("  request: Please delete\n      my data."),
        "{text}"
    );
    assert!(text.contains("Regulation (EU) No 1024/2012, Article 19(1)"));
    assert!(text.contains("BBBBB-22222"), "{text}");
    assert!(
        text.contains("NOT OPENED: cannot open it with this key"),
        "{text}"
    );
    assert!(
        text.contains("NOT OPENED: the sealed payload was deleted"),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&open("json")).unwrap();
    assert_eq!(json[0]["request"]["email"], "jean@example.fr");
    assert!(
        json[0].get("sealed").is_none(),
        "the opened output holds no armor"
    );
    assert!(json[1]["problem"].is_string());

    // Something that is not a bundle, or a file without a key, is an error.
    std::fs::write(dir.path().join("bad.json"), "[1]").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_imi-handler"))
        .arg("open")
        .arg("--identity")
        .arg(&key)
        .arg(dir.path().join("bad.json"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an intake export bundle"));
}
