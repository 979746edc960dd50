//! The benchmark's corpus: L languages × N realistic pages, written once as
//! a site for this generator and once as the equivalent Hugo site.
//!
//! A page has 600–900 words by default (`--words W` gives W to 1.5 W), four
//! to six headings with ids, paragraphs, a bulleted and a numbered list, a
//! table, a blockquote, a footnote and four internal links (two to headings
//! of other pages, two to sections). Each language has its own vocabulary of
//! made-up words drawn with a Zipf-like skew, so every language's search
//! index is as varied as a real one. Everything comes from a seeded
//! generator: the same options give the same corpus, byte for byte.

use std::fmt::Write as _;
use std::path::Path;

use crate::{Result, root};

/// Sections of the corpus, each with an index page.
pub(crate) const SECTIONS: usize = 10;

/// The size of a corpus.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Shape {
    pub(crate) languages: usize,
    pub(crate) pages: usize,
    pub(crate) words: usize,
}

/// How a site spells an internal link to a page (`s3/p7`, or `s3/_index`
/// for a section) and one of its headings.
#[derive(Clone, Copy)]
pub(crate) enum Links {
    /// This generator: `@/s3/p7.md#h2`, checked at build time.
    Portal,
    /// Hugo: `{{< relref "/s3/p7.md#h2" >}}`, resolved at build time.
    Hugo,
}

impl Links {
    fn spell(self, target: &str, anchor: Option<&str>) -> String {
        let anchor = anchor.map(|a| format!("#{a}")).unwrap_or_default();
        match self {
            Links::Portal => format!("@/{target}.md{anchor}"),
            // Hugo names a section by its folder, a page by its file.
            Links::Hugo => match target.strip_suffix("/_index") {
                Some(section) => format!("{{{{< relref \"/{section}{anchor}\" >}}}}"),
                None => format!("{{{{< relref \"/{target}.md{anchor}\" >}}}}"),
            },
        }
    }
}

/// The language codes of the corpus: English (the default) first, then the
/// others of the real `site.toml` in protocol order.
pub(crate) fn language_codes(languages: usize) -> Result<Vec<(String, String)>> {
    let real = std::fs::read_to_string(root().join("site.toml")).map_err(|e| e.to_string())?;
    let mut codes: Vec<(String, String)> = real
        .lines()
        .filter_map(|l| {
            let code = l.trim().strip_prefix("{ code = \"")?.split('"').next()?;
            let name = l.split("name = \"").nth(1)?.split('"').next()?;
            Some((code.to_string(), name.to_string()))
        })
        .collect();
    let english = codes.iter().position(|(c, _)| c == "en").unwrap_or(0);
    let en = codes.remove(english);
    codes.truncate(languages.saturating_sub(1));
    codes.insert(0, en);
    Ok(codes)
}

/// Writes the corpus's pages under `content/` of `site`, links spelt for
/// `links`.
pub(crate) fn write_content(site: &Path, shape: Shape, links: Links) -> Result {
    let _ = std::fs::remove_dir_all(site.join("content"));
    let codes = language_codes(shape.languages)?;
    let per_section = (shape.pages / SECTIONS).max(2);
    for (l, (lang, _)) in codes.iter().enumerate() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d ^ (l as u64 + 1).wrapping_mul(0x9e37_79b9));
        let vocabulary = vocabulary(&mut rng, 2000);
        let mut words = Words {
            rng: &mut rng,
            vocabulary: &vocabulary,
        };
        write(
            &site.join(format!("content/_index.{lang}.md")),
            &format!(
                "+++\ntitle = \"{}\"\ndescription = \"{}.\"\n+++\n\n{}\n",
                words.title(),
                words.sentence(12),
                words.paragraph(60)
            ),
        )?;
        for s in 0..SECTIONS {
            write(
                &site.join(format!("content/s{s}/_index.{lang}.md")),
                &format!(
                    "+++\ntitle = \"{}\"\ndescription = \"{}.\"\nweight = {s}\n+++\n\n{}\n",
                    words.title(),
                    words.sentence(12),
                    words.paragraph(80)
                ),
            )?;
            for p in 0..per_section - 1 {
                let body = page(&mut words, shape, s, p, per_section, links);
                write(&site.join(format!("content/s{s}/p{p}.{lang}.md")), &body)?;
            }
        }
    }
    Ok(())
}

fn page(
    words: &mut Words<'_>,
    shape: Shape,
    section: usize,
    page: usize,
    per_section: usize,
    links: Links,
) -> String {
    let target_words = shape.words + words.rng.below(shape.words / 2 + 1);
    let headings = 4 + words.rng.below(3);
    let mut text = format!(
        "+++\ntitle = \"{}\"\ndescription = \"{}.\"\nweight = {page}\ndate = 2024-{:02}-{:02}\n+++\n\n",
        words.title(),
        words.sentence(14),
        1 + page % 12,
        1 + page % 28
    );
    let others = per_section - 1;
    let link = |n: usize| (page + n * 7 + 1) % others;
    let mut written = 0;
    let per_heading = target_words / headings;
    for h in 0..headings {
        let _ = writeln!(text, "## {} {{#h{h}}}\n", words.title());
        let mut here = 0;
        // The extras go to the first headings: lists, a table, a quote, a
        // footnote and the four links.
        match h {
            0 => {
                let p = words.paragraph(60);
                let _ = writeln!(
                    text,
                    "{p} See [{}]({}) and [{}]({}).\n",
                    words.phrase(3),
                    links.spell(&format!("s{section}/p{}", link(1)), Some("h1")),
                    words.phrase(2),
                    links.spell(&format!("s{}/_index", (section + 1) % SECTIONS), None),
                );
                for _ in 0..4 {
                    let _ = writeln!(text, "- {}", words.sentence(8));
                }
                text.push('\n');
                here += 60 + 5 + 32;
            }
            1 => {
                let _ = writeln!(
                    text,
                    "{}[^note]\n\n| {} | {} | {} |\n|---|---|---|",
                    words.paragraph(50),
                    words.phrase(1),
                    words.phrase(1),
                    words.phrase(1)
                );
                for _ in 0..5 {
                    let _ = writeln!(
                        text,
                        "| {} | {} | {} |",
                        words.phrase(2),
                        words.rng.below(1000),
                        words.phrase(3)
                    );
                }
                text.push('\n');
                here += 50 + 3 + 25;
            }
            2 => {
                let _ = writeln!(text, "> {}\n", words.sentence(25));
                for i in 1..=3 {
                    let _ = writeln!(text, "{i}. {}", words.sentence(10));
                }
                let _ = writeln!(
                    text,
                    "\nCompare [{}]({}) with [{}]({}).\n",
                    words.phrase(3),
                    links.spell(
                        &format!("s{}/p{}", (section + 3) % SECTIONS, link(2)),
                        Some("h0")
                    ),
                    words.phrase(2),
                    links.spell(&format!("s{}/_index", (section + 5) % SECTIONS), None),
                );
                here += 25 + 30 + 8;
            }
            _ => {}
        }
        while here < per_heading && written + here < target_words {
            let n = 40 + words.rng.below(50);
            let _ = writeln!(text, "{}\n", words.paragraph(n));
            here += n;
        }
        written += here;
    }
    let _ = writeln!(text, "[^note]: {}.", words.sentence(12));
    text
}

/// A small xorshift generator: fast, seeded, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `count` made-up words of two to four syllables.
fn vocabulary(rng: &mut Rng, count: usize) -> Vec<String> {
    const ONSETS: [&str; 16] = [
        "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "st", "tr", "pl",
    ];
    const VOWELS: [&str; 8] = ["a", "e", "i", "o", "u", "ai", "ou", "ie"];
    const CODAS: [&str; 6] = ["", "", "n", "s", "r", "t"];
    (0..count)
        .map(|_| {
            let syllables = 2 + rng.below(3);
            (0..syllables)
                .map(|_| {
                    format!(
                        "{}{}{}",
                        ONSETS[rng.below(ONSETS.len())],
                        VOWELS[rng.below(VOWELS.len())],
                        CODAS[rng.below(CODAS.len())]
                    )
                })
                .collect()
        })
        .collect()
}

struct Words<'a> {
    rng: &'a mut Rng,
    vocabulary: &'a [String],
}

impl Words<'_> {
    /// One word, frequent words far more often than rare ones.
    fn word(&mut self) -> &str {
        let r = self.rng.below(1 << 16) as f64 / (1 << 16) as f64;
        let i = (r * r * self.vocabulary.len() as f64) as usize;
        &self.vocabulary[i.min(self.vocabulary.len() - 1)]
    }

    fn phrase(&mut self, n: usize) -> String {
        let mut out = String::new();
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            let word = self.word().to_string();
            out.push_str(&word);
        }
        out
    }

    fn title(&mut self) -> String {
        let n = 2 + self.rng.below(4);
        capitalised(&self.phrase(n))
    }

    fn sentence(&mut self, n: usize) -> String {
        capitalised(&self.phrase(n))
    }

    fn paragraph(&mut self, n: usize) -> String {
        let mut out = String::new();
        let mut left = n;
        while left > 0 {
            let k = (6 + self.rng.below(14)).min(left);
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&self.sentence(k));
            out.push('.');
            left -= k;
        }
        out
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(crate) fn write(path: &Path, text: &str) -> Result {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
