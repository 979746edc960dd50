//! Rendering with the build cache ([`crate::cache`]): a page is rendered
//! only when the key of its inputs changed or a template function it called
//! answers otherwise; a language's search index is rebuilt only when one of
//! its searchable pages changed; every other output is compared by content.
//! Changed files go to a staging folder; the caller moves them into place.

use std::collections::BTreeSet;

use super::*;
use crate::cache::{self, Call, Hasher, Interner, Key, Manifest, Output, PageInputs, SearchIndex};

/// What [`Site::render_cached`] did.
pub struct RenderReport {
    /// HTML pages of the site (pages × languages).
    pub pages: usize,
    /// Of those, how many were rendered (the others were unchanged).
    pub rendered: usize,
    /// Search index shards built (the others were reused): one per
    /// language, or more for a language with more pages than
    /// `search_shard_pages`.
    pub indexed: usize,
    /// Files written to the staging folder.
    pub written: usize,
    /// Every output file of the new build.
    pub manifest: Manifest,
}

/// A site's pages and other outputs, staged by [`Site::render_pages`]; its
/// search indexes still to build ([`Staged::index`]).
pub struct Staged {
    manifest: Manifest,
    pages: usize,
    rendered: usize,
    written: usize,
    generator: String,
    /// Per language: its code and its searchable pages.
    search: Vec<(String, Vec<Searchable>)>,
    /// `search_shard_pages` of `site.toml`.
    shard_pages: usize,
}

/// A page that goes into its language's search index.
#[derive(Clone)]
struct Searchable {
    url: String,
    /// Below the output folder.
    path: String,
    /// The hash of its HTML.
    hash: Key,
    /// Rendered by this build (so in the staging folder), not reused.
    fresh: bool,
}

impl Staged {
    /// Builds the search index of every shard of a language with a changed
    /// searchable page (reusing the others), one shard per thread, stages
    /// its files and the shard folders' entry files, and completes the
    /// manifest.
    pub fn index(
        self,
        staging: &Path,
        out: &Path,
        previous: Option<&Manifest>,
    ) -> Result<RenderReport, Vec<Diagnostic>> {
        let diagnostics = Diagnostics::new();
        let stager = Stager {
            previous,
            out,
            staging,
            diagnostics: &diagnostics,
        };
        let shard_pages = self.shard_pages;
        let shards: Vec<(String, usize, usize, Vec<Searchable>)> = self
            .search
            .into_iter()
            .flat_map(|(code, pages)| {
                let shards = search::split_shards(pages, |p| p.url.as_str(), shard_pages);
                let count = shards.len();
                shards
                    .into_iter()
                    .enumerate()
                    .filter(|(_, pages)| !pages.is_empty())
                    .map(move |(k, pages)| (code.clone(), k, count, pages))
                    .collect::<Vec<_>>()
            })
            .collect();
        // The search index, one shard of a language per thread; each
        // shard's files are staged as soon as they are made (together they
        // are a fifth of the peak memory).
        let indexes: Vec<Result<LanguageIndexed, Diagnostic>> = shards
            .into_par_iter()
            .map(|(code, k, count, pages)| {
                let code = &code;
                let mut h = Hasher::new();
                h.str(&self.generator).str(code);
                h.bytes(&(k as u64).to_le_bytes())
                    .bytes(&(count as u64).to_le_bytes());
                for page in &pages {
                    h.str(&page.url).key(page.hash);
                }
                let key = h.finish();
                let name = if k == 0 {
                    code.clone()
                } else {
                    format!("{code}/{k}")
                };
                if let Some(old) = previous.and_then(|m| m.search.get(&name))
                    && old.key == key
                    && old.files.iter().all(|f| {
                        previous.is_some_and(|m| m.outputs.contains_key(f)) && out.join(f).is_file()
                    })
                {
                    return Ok((code.clone(), k, old.clone(), Vec::new()));
                }
                let mut indexed = Vec::with_capacity(pages.len());
                // Read back rather than kept since rendering: the text of
                // every page of the site would be a fifth of the peak.
                for page in pages {
                    let path = if page.fresh { staging } else { out }.join(&page.path);
                    let html = std::fs::read_to_string(&path).map_err(|e| {
                        Diagnostic::file_error(
                            "output::read",
                            &path,
                            format!("cannot read the page to index it: {e}"),
                            "build again with --fresh",
                        )
                    })?;
                    indexed.push(search::Indexed {
                        lang: code.clone(),
                        url: page.url,
                        digest: search::digest(&html),
                    });
                }
                let index = search::index_language(indexed)?;
                // Pagefind names most files by their content: those of
                // unchanged pages are there already.
                let files: Vec<Staging> = search::shard_files(k, index.files)
                    .map(|(path, bytes)| stager.file(&path, &bytes))
                    .collect();
                let entry = SearchIndex {
                    key,
                    files: files.iter().map(|f| f.path.clone()).collect(),
                    entry: index.entry,
                    version: index.version,
                };
                Ok((code.clone(), k, entry, files))
            })
            .collect();

        let mut manifest = self.manifest;
        let mut written = 0;
        let mut indexed = 0;
        // Per shard folder: each language's entry.
        let mut entries: BTreeMap<usize, BTreeMap<String, _>> = BTreeMap::new();
        for result in indexes {
            let (code, k, index, files) = match result {
                Ok(r) => r,
                Err(e) => {
                    diagnostics.push(e);
                    continue;
                }
            };
            if files.is_empty() {
                for f in &index.files {
                    if let Some(old) = previous.and_then(|m| m.outputs.get(f)) {
                        manifest.outputs.insert(f.clone(), *old);
                    }
                }
            } else {
                indexed += 1;
                for file in files {
                    written += usize::from(file.staged);
                    manifest.outputs.insert(
                        file.path,
                        Output {
                            hash: file.hash,
                            page: None,
                        },
                    );
                }
            }
            entries
                .entry(k)
                .or_default()
                .insert(code.clone(), (index.entry.clone(), index.version.clone()));
            let name = if k == 0 { code } else { format!("{code}/{k}") };
            manifest.search.insert(name, index);
        }

        for (k, entries) in entries {
            match search::entry_file(&entries) {
                Ok(bytes) => {
                    written +=
                        usize::from(stager.stage(&search::entry_path(k), &bytes, &mut manifest));
                }
                Err(e) => diagnostics.push(e),
            }
        }
        if diagnostics.has_errors() {
            return Err(diagnostics.into_sorted());
        }
        Ok(RenderReport {
            pages: self.pages,
            rendered: self.rendered,
            indexed,
            written: written + self.written,
            manifest,
        })
    }
}

/// Stages the outputs that are not pages: each unless the previous build
/// wrote the same bytes.
struct Stager<'a> {
    previous: Option<&'a Manifest>,
    out: &'a Path,
    staging: &'a Path,
    diagnostics: &'a Diagnostics,
}

impl Stager<'_> {
    /// Stages `bytes` as `path` and lists it in `manifest`; true if staged.
    fn stage(&self, path: &Path, bytes: &[u8], manifest: &mut Manifest) -> bool {
        let file = self.file(path, bytes);
        manifest.outputs.insert(
            file.path,
            Output {
                hash: file.hash,
                page: None,
            },
        );
        file.staged
    }

    /// Writes `bytes` to `path` in the staging folder unless the previous
    /// build wrote the same bytes there.
    fn file(&self, path: &Path, bytes: &[u8]) -> Staging {
        let rel = slashed(path);
        let hash = Key::of(bytes);
        let unchanged = self
            .previous
            .and_then(|m| m.outputs.get(&rel))
            .is_some_and(|old| old.hash == hash)
            && self.out.join(path).is_file();
        if !unchanged && let Err(e) = output::write(&self.staging.join(path), bytes) {
            self.diagnostics.push(e);
        }
        Staging {
            path: rel,
            hash,
            staged: !unchanged,
        }
    }
}

/// A language's code, the shard, its search index and its staged files
/// (none when the previous build's index is reused).
type LanguageIndexed = (String, usize, SearchIndex, Vec<Staging>);

/// An output that is not a page, as [`Stager::file`] left it.
struct Staging {
    /// Below the output folder, `/`-separated.
    path: String,
    hash: Key,
    /// Written to the staging folder (it differs from the previous build's).
    staged: bool,
}

/// The template-function calls of a page: the previous build's set, or the
/// calls of a fresh rendering.
enum Calls {
    Previous(u32),
    Fresh(Vec<Call>),
}

struct PageResult {
    path: String,
    lang: usize,
    /// The URL, if the page goes into its language's search index.
    url: Option<String>,
    output: Output,
    calls: Calls,
}

impl Site {
    /// Renders the site, writing to `staging` every file that differs from
    /// the previous build in `out` (all files when there is no `previous`
    /// manifest). Nothing in `out` is changed.
    pub fn render_cached(
        &self,
        staging: &Path,
        out: &Path,
        previous: Option<&Manifest>,
    ) -> Result<RenderReport, Vec<Diagnostic>> {
        self.render_pages(staging, out, previous)?
            .index(staging, out, previous)
    }

    /// The first part of [`Site::render_cached`]: every page and every other
    /// output but the search indexes, which are left to [`Staged::index`].
    /// What it returns borrows nothing of the site, so the site can be
    /// dropped before the indexes are built (they take most of a build's
    /// memory: the loaded site is better gone by then).
    pub fn render_pages(
        &self,
        staging: &Path,
        out: &Path,
        previous: Option<&Manifest>,
    ) -> Result<Staged, Vec<Diagnostic>> {
        let diagnostics = Diagnostics::new();
        let languages = self.config.languages.len();
        let navs: Vec<Vec<NavItem<'_>>> = (0..languages).map(|l| self.nav(l)).collect();
        let mut manifest = Manifest::new();
        let generator = manifest.generator.clone();
        let templates = self.template_hashes();
        // Which of the previous build's sets of calls still answer the same.
        let holds: Vec<bool> = previous.map_or_else(Vec::new, |m| {
            m.calls.par_iter().map(|c| self.call_holds(c)).collect()
        });
        let set_holds: Vec<bool> = previous.map_or_else(Vec::new, |m| {
            m.call_sets
                .iter()
                .map(|set| set.iter().all(|&i| holds.get(i as usize) == Some(&true)))
                .collect()
        });

        let jobs: Vec<(usize, usize)> = (0..languages)
            .flat_map(|l| (0..self.groups.len()).map(move |g| (l, g)))
            .collect();
        // The pages, and beside them the outputs that are not pages
        // (sitemaps, feeds, 404s...), which need no page's result.
        let (results, others): (Vec<Option<PageResult>>, _) = rayon::join(
            || {
                jobs.par_iter()
                    .map(|&(lang, g)| {
                        let path = self.output_path(g, lang);
                        let rel = slashed(&path);
                        let url = self
                            .searchable(g, lang)
                            .then(|| self.url(g, lang).to_string());
                        self.with_page_view(g, lang, |template, view| {
                            let mut h = Hasher::new();
                            h.str(&generator)
                                .str(template)
                                .key(templates.get(template).copied().unwrap_or_default());
                            // The body stands for itself by its key: it
                            // is rendered only if the page is.
                            let keyed = h.value(&self.context(lang, &navs[lang], Some(view)));
                            h.key(self.body_key(g, lang));
                            let key = h.finish();
                            if keyed
                                && let Some(old) = previous.and_then(|m| m.outputs.get(&rel))
                                && let Some(inputs) = old.page
                                && inputs.key == key
                                && set_holds.get(inputs.calls as usize) == Some(&true)
                                && out.join(&path).is_file()
                            {
                                return Some(PageResult {
                                    path: rel,
                                    lang,
                                    url,
                                    output: *old,
                                    calls: Calls::Previous(inputs.calls),
                                });
                            }
                            let file = &self.pages[self.shown_version(g, lang)].file;
                            view.body = self.page_body(g, lang);
                            let (html, calls) = cache::recording(|| {
                                self.render_template(template, lang, &navs[lang], Some(view), file)
                            });
                            let html = html.map_err(|e| diagnostics.push(e)).ok()?;
                            if let Err(e) = output::write(&staging.join(&path), html.as_bytes()) {
                                diagnostics.push(e);
                            }
                            let code = &self.config.languages[lang].code;
                            Some(PageResult {
                                path: rel,
                                lang,
                                output: Output {
                                    hash: Key::of(html.as_bytes()),
                                    // Without a key, rendered again next time.
                                    page: keyed.then_some(PageInputs { key, calls: 0 }),
                                },
                                calls: Calls::Fresh(
                                    calls
                                        .into_iter()
                                        .map(|(name, args, result)| Call {
                                            lang: code.clone(),
                                            name,
                                            args,
                                            result,
                                        })
                                        .collect(),
                                ),
                                url,
                            })
                        })
                    })
                    .collect()
            },
            || self.other_outputs(&navs),
        );
        if diagnostics.has_errors() {
            return Err(diagnostics.into_sorted());
        }

        let mut interner = Interner::default();
        let mut renumbered: HashMap<u32, u32> = HashMap::new();
        let mut rendered = 0;
        let pages = results.len();
        let mut searchable: Vec<Vec<Searchable>> = vec![Vec::new(); languages];
        for r in results.into_iter().flatten() {
            let fresh = matches!(r.calls, Calls::Fresh(_));
            let set = match r.calls {
                Calls::Previous(old) => match renumbered.get(&old) {
                    Some(&new) => new,
                    None => {
                        let calls: Vec<Call> = previous
                            .and_then(|m| m.call_sets.get(old as usize).map(|s| (m, s)))
                            .map(|(m, s)| s.iter().map(|&i| m.calls[i as usize].clone()).collect())
                            .unwrap_or_default();
                        let new = manifest.intern_calls(&mut interner, &calls);
                        renumbered.insert(old, new);
                        new
                    }
                },
                Calls::Fresh(calls) => {
                    rendered += 1;
                    manifest.intern_calls(&mut interner, &calls)
                }
            };
            let mut output = r.output;
            if let Some(inputs) = &mut output.page {
                inputs.calls = set;
            }
            if let Some(url) = r.url {
                searchable[r.lang].push(Searchable {
                    url,
                    path: r.path.clone(),
                    hash: output.hash,
                    fresh,
                });
            }
            manifest.outputs.insert(r.path, output);
        }

        let mut written = 0;
        let others = match others {
            Ok(files) => files,
            Err(errors) => {
                diagnostics.extend(errors);
                Vec::new()
            }
        };
        let stager = Stager {
            previous,
            out,
            staging,
            diagnostics: &diagnostics,
        };
        for (path, bytes) in others {
            written += usize::from(stager.stage(&path, &bytes, &mut manifest));
        }
        if diagnostics.has_errors() {
            return Err(diagnostics.into_sorted());
        }
        Ok(Staged {
            manifest,
            pages,
            rendered,
            written: written + rendered,
            generator,
            shard_pages: self.config.search_shard_pages,
            search: self
                .config
                .languages
                .iter()
                .map(|l| l.code.clone())
                .zip(searchable)
                .collect(),
        })
    }

    /// Whether a recorded template-function call answers the same now.
    fn call_holds(&self, call: &Call) -> bool {
        self.config
            .language_index(&call.lang)
            .and_then(|l| cache::call_again(&self.engines[l], &call.name, &call.args))
            .is_some_and(|result| result == call.result)
    }

    /// For each template: the hash of its source and of every template it
    /// extends, includes or imports, directly or not.
    fn template_hashes(&self) -> HashMap<String, Key> {
        let sources = &self.theme.sources;
        let uses: HashMap<&str, Vec<&str>> = sources
            .iter()
            .map(|(name, (_, source))| (name.as_str(), referenced_templates(source)))
            .collect();
        sources
            .keys()
            .map(|name| {
                let mut seen: BTreeSet<&str> = BTreeSet::new();
                let mut stack = vec![name.as_str()];
                while let Some(n) = stack.pop() {
                    if seen.insert(n) {
                        stack.extend(uses.get(n).into_iter().flatten());
                    }
                }
                let mut h = Hasher::new();
                for n in seen {
                    h.str(n).str(sources.get(n).map_or("", |(_, s)| s));
                }
                (name.clone(), h.finish())
            })
            .collect()
    }
}

/// The names a template's `extends`, `include` and `import` tags mention.
fn referenced_templates(source: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = source;
    while let Some(i) = rest.find("{%") {
        let tag = &rest[i + 2..];
        let end = tag.find("%}").unwrap_or(tag.len());
        let inner = tag[..end].trim_start_matches('-').trim_start();
        if ["extends", "include", "import"]
            .iter()
            .any(|k| inner.starts_with(k))
        {
            // Every quoted string of the tag (an include may list several).
            names.extend(inner.split(['"', '\'', '`']).skip(1).step_by(2));
        }
        rest = &tag[end..];
    }
    names
}

/// A relative path with `/` separators, as the manifest writes it.
fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_templates_a_template_uses() {
        let source = r#"{% extends "base.html" %}{%- import "macros.html" as m -%}
{% block x %}{% include ["a.html", 'b.html'] ignore missing %}{{ "not.html" }}{% endblock %}"#;
        assert_eq!(
            referenced_templates(source),
            ["base.html", "macros.html", "a.html", "b.html"]
        );
    }
}
