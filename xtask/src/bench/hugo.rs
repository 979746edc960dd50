//! The Hugo site equivalent to the benchmark's corpus: the same pages, in
//! the same languages (translations by file name, as this portal's content
//! is), and layouts that show what the portal's templates show: language,
//! title and description, hreflang alternates, a language list, the top
//! navigation, breadcrumbs, a date, a table of contents, the body, and the
//! pages of a section on its index. Hugo adds its sitemaps and RSS feeds, as
//! the portal adds its sitemaps and Atom feeds.

use std::path::Path;

use super::corpus::{self, Links, Shape, write};
use crate::Result;

/// Writes `hugo.toml`, the layouts and the content of the Hugo site.
pub(crate) fn write_site(site: &Path, shape: Shape) -> Result {
    let codes = corpus::language_codes(shape.languages)?;
    let mut config = String::from(
        "baseURL = \"https://bench.example.eu/\"\n\
         defaultContentLanguage = \"en\"\n\
         defaultContentLanguageInSubdir = true\n\
         disableKinds = [\"taxonomy\", \"term\"]\n\
         enableRobotsTXT = true\n\n\
         [markup.tableOfContents]\n  startLevel = 2\n  endLevel = 3\n\n\
         [languages]\n",
    );
    for (i, (code, name)) in codes.iter().enumerate() {
        config.push_str(&format!(
            "  [languages.{code}]\n    weight = {}\n    languageName = {name:?}\n",
            i + 1
        ));
    }
    write(&site.join("hugo.toml"), &config)?;
    for (name, text) in LAYOUTS {
        write(&site.join("layouts").join(name), text)?;
    }
    write(
        &site.join("static/style.css"),
        "body { font-family: sans-serif; }\n",
    )?;
    corpus::write_content(site, shape, Links::Hugo)
}

const LAYOUTS: [(&str, &str); 4] = [
    (
        "_default/baseof.html",
        r##"<!DOCTYPE html>
<html lang="{{ .Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<a href="#main">Skip to main content</a>
<header>
  <nav aria-label="Languages"><ul>
  {{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>
  {{ end }}</ul></nav>
  <nav aria-label="Main"><ul>
  {{ $current := . }}{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}"{{ if eq $current.Section .Section }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
  {{ end }}</ul></nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ .Site.Title }}</p></footer>
</body>
</html>
"##,
    ),
    (
        "_default/single.html",
        r##"{{ define "main" }}
<nav aria-label="Breadcrumb"><ol>
{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
<li aria-current="page">{{ .Title }}</li>
</ol></nav>
<article>
<h1>{{ .Title }}</h1>
{{ with .Date }}<p>Updated <time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2.1.2006" }}</time></p>{{ end }}
<nav aria-label="On this page">{{ .TableOfContents }}</nav>
{{ .Content }}
</article>
{{ end }}
"##,
    ),
    (
        "_default/list.html",
        r##"{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>
{{ end }}</ul>
{{ end }}
"##,
    ),
    (
        "index.html",
        r##"{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>
{{ end }}</ul>
{{ end }}
"##,
    ),
];
