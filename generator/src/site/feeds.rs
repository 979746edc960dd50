//! Sitemaps (one per language and an index) and the Atom feeds: news per
//! language, and the Annex's versions.

use super::*;

impl Site {
    /// `sitemap.xml` (an index) and one sitemap per language, each URL with
    /// its hreflang alternates. Fallback pages are left out: they are not a
    /// version in that language, and their canonical link names the original.
    pub(super) fn sitemaps(&self) -> OutputFiles {
        let default = self.config.default_index();
        let mut files: Vec<(PathBuf, Vec<u8>)> = self
            .config
            .languages
            .par_iter()
            .enumerate()
            .map(|(lang, language)| {
                let mut xml = String::from(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
                );
                for (g, group) in self.groups.iter().enumerate() {
                    let Some(p) = group.versions[lang] else { continue };
                    xml.push_str("<url><loc>");
                    xml.push_str(&xml_escape(&self.permalink(g, lang)));
                    xml.push_str("</loc>");
                    if let Some(date) = &self.pages[p].front.date {
                        xml.push_str(&format!("<lastmod>{date}</lastmod>"));
                    }
                    for (l, v) in group.versions.iter().enumerate() {
                        if v.is_some() {
                            xml.push_str(&format!(
                                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                                self.config.languages[l].code,
                                xml_escape(&self.permalink(g, l))
                            ));
                        }
                    }
                    xml.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                        xml_escape(&self.permalink(g, default))
                    ));
                    xml.push_str("</url>\n");
                }
                xml.push_str("</urlset>\n");
                (PathBuf::from(format!("sitemap-{}.xml", language.code)), xml.into_bytes())
            })
            .collect();
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for language in &self.config.languages {
            index.push_str(&format!(
                "<sitemap><loc>{}sitemap-{}.xml</loc></sitemap>\n",
                xml_escape(&self.config.base_url),
                language.code
            ));
        }
        index.push_str("</sitemapindex>\n");
        files.push((PathBuf::from("sitemap.xml"), index.into_bytes()));
        files.push((
            PathBuf::from("robots.txt"),
            format!(
                "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
                self.config.base_url
            )
            .into_bytes(),
        ));
        files
    }

    /// One Atom feed per language: the pages of that language with a date,
    /// newest first.
    pub(super) fn feeds(&self) -> OutputFiles {
        self.config
            .languages
            .par_iter()
            .enumerate()
            .map(|(lang, language)| {
                // Dated pages (the Annex's version pages among them) and the
                // acts regarding IMI, newest first.
                struct Entry<'a> {
                    date: String,
                    title: &'a str,
                    summary: &'a str,
                    link: String,
                    lang: Option<&'a str>,
                }
                let mut entries: Vec<Entry<'_>> = self
                    .groups
                    .iter()
                    .enumerate()
                    .filter_map(|(g, group)| {
                        let p = group.versions[lang]?;
                        let page = &self.pages[p];
                        Some(Entry {
                            date: page.front.date.as_ref()?.to_string(),
                            title: &page.front.title,
                            summary: &page.front.description,
                            link: self.permalink(g, lang),
                            lang: None,
                        })
                    })
                    .collect();
                entries.extend(self.data.acts.iter().filter_map(|act| {
                    let d = act.date.date?;
                    Some(Entry {
                        date: format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
                        title: &act.title,
                        summary: &act.covers,
                        link: format!("{}{}/legislation/acts/#{}", self.config.base_url, language.code, act.id),
                        lang: Some("en"),
                    })
                }));
                entries.sort_by(|a, b| b.date.cmp(&a.date).then(a.link.cmp(&b.link)));
                let title = self.locales.text(lang, "feed-title", None);
                let feed_url = format!("{}{}/atom.xml", self.config.base_url, language.code);
                let updated = entries.first().map_or_else(|| "2012-11-14".to_string(), |e| e.date.clone());
                let mut xml = format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n<title>{title}</title>\n<id>{id}</id>\n<link rel=\"self\" href=\"{id}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n<updated>{updated}T00:00:00Z</updated>\n<author><name>{author}</name></author>\n",
                    code = language.code,
                    title = xml_escape(&title),
                    id = xml_escape(&feed_url),
                    home = xml_escape(&format!("{}{}/", self.config.base_url, language.code)),
                    author = xml_escape(&self.locales.text(lang, "feed-author", None)),
                );
                for e in entries {
                    let lang_attr = e.lang.map_or(String::new(), |l| format!(" xml:lang=\"{l}\""));
                    xml.push_str(&format!(
                        "<entry{lang_attr}>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}T00:00:00Z</updated>\n<summary>{}</summary>\n</entry>\n",
                        xml_escape(e.title),
                        xml_escape(&e.link),
                        xml_escape(&e.link),
                        e.date,
                        xml_escape(e.summary),
                    ));
                }
                xml.push_str("</feed>\n");
                (Path::new(&language.code).join("atom.xml"), xml.into_bytes())
            })
            .chain(self.annex_feeds())
            .collect()
    }

    /// One Atom feed of Annex changes per language: an entry per version,
    /// newest first.
    pub(super) fn annex_feeds(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let Some(annex) = &self.annex else {
            return Vec::new();
        };
        self.config
            .languages
            .iter()
            .enumerate()
            .map(|(lang, language)| {
                let text = |key: &str, args: Option<&fluent_bundle::FluentArgs<'_>>| {
                    self.locales.text(lang, key, args)
                };
                let feed_url = format!("{}{}/annex/atom.xml", self.config.base_url, language.code);
                // An entry is dated by when it became known: a version in
                // force by its date, one not yet in force by its act's
                // publication (a future date would hide it in readers).
                let dated = |v: &crate::annex::engine::Version| {
                    if v.date > self.as_of { annex.announced(v) } else { v.date }
                };
                let newest = annex.versions.iter().map(dated).max().map_or_else(String::new, |d| d.to_string());
                let mut xml = format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n<title>{title}</title>\n<id>{id}</id>\n<link rel=\"self\" href=\"{id}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n<updated>{newest}T00:00:00Z</updated>\n<author><name>{author}</name></author>\n",
                    code = language.code,
                    title = xml_escape(&text("annex-feed-title", None)),
                    id = xml_escape(&feed_url),
                    page = xml_escape(&format!("{}{}/annex/timeline/", self.config.base_url, language.code)),
                    author = xml_escape(&text("feed-author", None)),
                );
                let mut versions: Vec<_> = annex.versions.iter().collect();
                versions.sort_by_key(|v| std::cmp::Reverse((dated(v), v.date)));
                for version in versions {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("date", version.date.eu());
                    let link = format!("{}{}/annex/{}/", self.config.base_url, language.code, version.date);
                    let summary: Vec<String> = if version.applied.is_empty() {
                        vec![annex.regulation.citation.clone()]
                    } else {
                        version.applied.iter().map(|at| annex.describe(*at)).collect()
                    };
                    let mut title = text("annex-version-title", Some(&args));
                    if version.date > self.as_of {
                        title = format!("{title}: {}", text("annex-upcoming-version", Some(&args)));
                    }
                    xml.push_str(&format!(
                        "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}T00:00:00Z</updated>\n<summary xml:lang=\"en\">{}</summary>\n</entry>\n",
                        xml_escape(&title),
                        xml_escape(&link),
                        xml_escape(&link),
                        dated(version),
                        xml_escape(&summary.join("; ")),
                    ));
                }
                xml.push_str("</feed>\n");
                (Path::new(&language.code).join("annex").join("atom.xml"), xml.into_bytes())
            })
            .collect()
    }
}

pub(super) fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escaping() {
        assert_eq!(xml_escape("a&b<'\">"), "a&amp;b&lt;&apos;&quot;&gt;");
    }
}
