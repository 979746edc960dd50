//! The characters a field accepts, and the form its text is kept in.

/// Unicode's format characters (general category Cf, Unicode 15.1): soft
/// hyphen, bidirectional controls, zero-width characters, the byte-order
/// mark, tags. Invisible, and able to make a text display as something else.
/// One table for the check and for the API's published patterns.
pub const FORMAT_CHARACTERS: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// Whether `c` is a format character (see [`FORMAT_CHARACTERS`]).
pub fn is_format(c: char) -> bool {
    let c = u32::from(c);
    c >= 0xAD
        && FORMAT_CHARACTERS
            .iter()
            .any(|&(first, last)| (first..=last).contains(&c))
}

/// Characters a field refuses: controls (Cc) other than line feed and tab
/// in the multi-line fields, format characters (Cf), the line and
/// paragraph separators (Zl, Zp) and the replacement character.
pub(crate) fn refused(c: char, multiline: bool) -> bool {
    (c.is_control() && !(multiline && (c == '\n' || c == '\t')))
        || is_format(c)
        // What a decoder puts where the bytes were not UTF-8.
        || c == '\u{FFFD}'
        || c == '\u{2028}'
        || c == '\u{2029}'
}

/// The characters [`refused`] refuses, as ranges of code points, for
/// documents that state the rule (the API's patterns).
pub fn refused_characters(multiline: bool) -> Vec<(u32, u32)> {
    let mut ranges = if multiline {
        vec![(0x00, 0x08), (0x0B, 0x1F)]
    } else {
        vec![(0x00, 0x1F)]
    };
    ranges.push((0x7F, 0x9F));
    ranges.extend_from_slice(FORMAT_CHARACTERS);
    ranges.extend([(0x2028, 0x2029), (0xFFFD, 0xFFFD)]);
    ranges.sort_unstable();
    ranges
}

/// The text as the service keeps it: line ends as `\n` (so CRLF counts as
/// one character, as a browser's maxlength does), and, on the service, in
/// Unicode Normalization Form C.
pub(crate) fn normalise(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    #[cfg(not(target_arch = "wasm32"))]
    let text = unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect::<String>();
    text
}
