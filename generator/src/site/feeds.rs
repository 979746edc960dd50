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
                    xml.push_str(&xml_escape(self.permalink(g, lang)));
                    xml.push_str("</loc>");
                    if let Some(date) = &self.pages[p].front.date {
                        xml.push_str(&format!("<lastmod>{date}</lastmod>"));
                    }
                    for (l, v) in group.versions.iter().enumerate() {
                        if v.is_some() {
                            xml.push_str(&format!(
                                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                                self.config.languages[l].code,
                                xml_escape(self.permalink(g, l))
                            ));
                        }
                    }
                    xml.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                        xml_escape(self.permalink(g, default))
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
        let base = &self.config.base_url;
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
                    lang: Option<&'static str>,
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
                            link: self.permalink(g, lang).to_string(),
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
                        link: urls::url(base, &language.code, Target::Act(&act.id)),
                        lang: Some("en"),
                    })
                }));
                entries.sort_by(|a, b| b.date.cmp(&a.date).then(a.link.cmp(&b.link)));
                let title = self.locales.text(lang, "feed-title", None);
                let feed_url = urls::url(base, &language.code, Target::Feed);
                let updated = entries
                    .first()
                    .map_or_else(|| "2012-11-14".to_string(), |e| e.date.clone());
                let feed = Feed {
                    lang: &language.code,
                    title,
                    id: feed_url,
                    alternate: urls::url(base, &language.code, Target::Home),
                    updated,
                    author: self.locales.text(lang, "feed-author", None),
                    entries: entries
                        .into_iter()
                        .map(|e| FeedEntry {
                            title: e.title.to_string(),
                            updated: e.date,
                            summary: e.summary.to_string(),
                            entry_lang: e.lang,
                            summary_lang: None,
                            link: e.link,
                        })
                        .collect(),
                };
                let xml = feed.to_xml();
                (Path::new(&language.code).join("atom.xml"), xml)
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
        let base = &self.config.base_url;
        self.config
            .languages
            .iter()
            .enumerate()
            .map(|(lang, language)| {
                let text = |key: &str, args: Option<&fluent_bundle::FluentArgs<'_>>| {
                    self.locales.text(lang, key, args)
                };
                let feed_url = urls::url(base, &language.code, Target::AnnexFeed);
                // An entry is dated by when it became known: a version in
                // force by its date, one not yet in force by its act's
                // publication (a future date would hide it in readers).
                let dated = |v: &crate::annex::engine::Version| {
                    if v.date > self.as_of {
                        annex.announced(v)
                    } else {
                        v.date
                    }
                };
                let newest = annex
                    .versions
                    .iter()
                    .map(dated)
                    .max()
                    .map_or_else(String::new, |d| d.to_string());
                let mut versions: Vec<_> = annex.versions.iter().collect();
                versions.sort_by_key(|v| std::cmp::Reverse((dated(v), v.date)));
                let entries = versions
                    .into_iter()
                    .map(|version| {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("date", version.date.eu());
                        let summary: Vec<String> = if version.applied.is_empty() {
                            vec![annex.regulation.citation.clone()]
                        } else {
                            version
                                .applied
                                .iter()
                                .map(|at| annex.describe(*at))
                                .collect()
                        };
                        let mut title = text("annex-version-title", Some(&args));
                        if version.date > self.as_of {
                            title =
                                format!("{title}: {}", text("annex-upcoming-version", Some(&args)));
                        }
                        FeedEntry {
                            title,
                            link: urls::url(
                                base,
                                &language.code,
                                Target::AnnexVersion(version.date),
                            ),
                            updated: dated(version).to_string(),
                            summary: summary.join("; "),
                            entry_lang: None,
                            summary_lang: Some("en"),
                        }
                    })
                    .collect();
                let feed = Feed {
                    lang: &language.code,
                    title: text("annex-feed-title", None),
                    id: feed_url,
                    alternate: urls::url(base, &language.code, Target::AnnexTimeline),
                    updated: newest,
                    author: text("feed-author", None),
                    entries,
                };
                let xml = feed.to_xml();
                (
                    Path::new(&language.code).join("annex").join("atom.xml"),
                    xml,
                )
            })
            .collect()
    }
}

/// An Atom feed (RFC 4287): the one writer of the site's feeds. Dates are
/// `YYYY-MM-DD`, written as midnight UTC.
struct Feed<'a> {
    lang: &'a str,
    title: String,
    /// The feed's own URL, also its id.
    id: String,
    /// The page the feed is about.
    alternate: String,
    updated: String,
    author: String,
    entries: Vec<FeedEntry>,
}

/// One entry: its link is also its id.
struct FeedEntry {
    title: String,
    link: String,
    updated: String,
    summary: String,
    /// The entry's language, when it differs from the feed's.
    entry_lang: Option<&'static str>,
    /// The summary's language, when only it differs.
    summary_lang: Option<&'static str>,
}

impl Feed<'_> {
    fn to_xml(&self) -> Vec<u8> {
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n<title>{title}</title>\n<id>{id}</id>\n<link rel=\"self\" href=\"{id}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{alternate}\"/>\n<updated>{updated}T00:00:00Z</updated>\n<author><name>{author}</name></author>\n",
            code = self.lang,
            title = xml_escape(&self.title),
            id = xml_escape(&self.id),
            alternate = xml_escape(&self.alternate),
            updated = self.updated,
            author = xml_escape(&self.author),
        );
        let lang = |l: Option<&str>| l.map_or(String::new(), |l| format!(" xml:lang=\"{l}\""));
        for e in &self.entries {
            xml.push_str(&format!(
                "<entry{}>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}T00:00:00Z</updated>\n<summary{}>{}</summary>\n</entry>\n",
                lang(e.entry_lang),
                xml_escape(&e.title),
                xml_escape(&e.link),
                xml_escape(&e.link),
                e.updated,
                lang(e.summary_lang),
                xml_escape(&e.summary),
            ));
        }
        xml.push_str("</feed>\n");
        xml.into_bytes()
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
