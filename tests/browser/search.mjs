// The search page: with JavaScript, Pagefind's index of the page's language
// answers queries with results in that language; without JavaScript, the
// A–Z index lists every page. axe-core checks both; nothing leaves 127.0.0.1.
// Given a second portal, the same site with its index split into shards
// (`search_shard_pages`), its search page must merge them and find every
// page the whole index finds, in the page's language only.
//
//   node tests/browser/search.mjs http://127.0.0.1:PORTAL_PORT/ [http://127.0.0.1:SHARDED_PORT/]

import { join } from 'node:path';
import { artifacts, launch, wcag } from './lib.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:1111/';
const sharded = process.argv[3];

const browser = await launch();
const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

async function open(context, path, from = base) {
  const page = await context.newPage();
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') fail('privacy', `request to another host: ${request.url()}`);
  });
  page.on('pageerror', (error) => fail('script', `${path}: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) fail(path, `CSP: ${message.text()}`);
  });
  await page.goto(`${from}${path}`);
  return page;
}

// The result links for `terms` on the search page of `lang`.
async function results(context, lang, terms, from = base) {
  const page = await open(context, `${lang}/search/`, from);
  await page.waitForSelector('#search:not([hidden])', { timeout: 5000 }).catch(() => fail(`${lang}/search`, 'the search box is not shown'));
  await page.fill('#search-input', terms);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#search-results li a', { timeout: 15000 }).catch(() => fail(`${lang}/search`, `no result for "${terms}" on ${from}`));
  // Every result, not only the first page of them.
  for (let more = await page.$('.search-more button'); more; more = await page.$('.search-more button')) {
    const before = await page.$$eval('#search-results li a', (as) => as.length);
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li a').length > n, before, { timeout: 15000 });
  }
  const links = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
  const shards = await page.$eval('#search', (el) => el.dataset.shards ?? '');
  await page.close();
  return { links, shards };
}

async function axe(page, name) {
  for (const v of await wcag(page)) fail(name, `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// Words that occur in each language's own pages.
const queries = { en: 'supervisory', ga: 'maoirseachta', mt: 'superviżorja', el: 'εποπτική', de: 'Aufsichtsbehörde' };
const withScript = await browser.newContext();
let found = 0;
for (const [lang, terms] of Object.entries(queries)) {
  const name = `${lang}/search`;
  const page = await open(withScript, `${lang}/search/`);
  await page.waitForSelector('#search:not([hidden])', { timeout: 5000 }).catch(() => fail(name, 'the search box is not shown'));
  await page.fill('#search-input', terms);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#search-results li a', { timeout: 15000 }).catch(() => fail(name, `no result for "${terms}"`));
  const links = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
  if (!links.length) continue;
  found += links.length;
  const foreign = links.filter((href) => !href.startsWith(`/${lang}/`));
  if (foreign.length) fail(name, `results in another language: ${foreign.join(', ')}`);
  const status = await page.textContent('#search-status');
  if (!status.includes(String(links.length)) && !status.match(/\d/)) fail(name, `the status "${status}" gives no count`);
  const marks = await page.$$eval('#search-results mark', (m) => m.length);
  if (!marks) fail(name, 'the excerpts do not mark the words found');
  await axe(page, name);
  if (lang === 'en') await page.screenshot({ path: join(artifacts, 'search_en.png'), fullPage: true });
  // A result is a link to a page that exists.
  const target = await page.goto(new URL(links[0], base).href);
  if (target.status() !== 200) fail(name, `the first result ${links[0]} answers ${target.status()}`);
  await page.close();
}
{
  const page = await open(withScript, 'en/search/');
  await page.fill('#search-input', 'xqzvwk');
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => document.querySelector('#search-status')?.textContent.includes('xqzvwk'), null, { timeout: 15000 })
    .catch(() => fail('en/no-match', 'no message for a search without results'));
  await page.close();
}

// Without JavaScript: no search box, the A–Z index of every page.
const noScript = await browser.newContext({ javaScriptEnabled: false });
for (const lang of ['en', 'ga']) {
  const name = `${lang}/a-z`;
  const page = await open(noScript, `${lang}/search/`);
  if (await page.isVisible('#search')) fail(name, 'the search box shows without JavaScript');
  const links = await page.$$eval('.az-pages a', (as) => as.map((a) => a.getAttribute('href')));
  if (links.length < 20) fail(name, `the A–Z index lists only ${links.length} pages`);
  for (const href of links.slice(0, 200)) {
    if (!href.startsWith(`/${lang}/`)) fail(name, `the A–Z index links outside the language: ${href}`);
  }
  const checker = await browser.newPage();
  await checker.setContent(await page.content());
  await axe(checker, name);
  await checker.close();
  await page.close();
}

// The same site in shards: the pages the whole index finds, in every
// language tried.
let compared = 0;
if (sharded) {
  for (const [lang, terms] of Object.entries(queries)) {
    const whole = await results(withScript, lang, terms);
    const split = await results(withScript, lang, terms, sharded);
    const name = `${lang}/search in shards`;
    if (!split.shards.trim()) fail(name, 'the search page names no shard to merge');
    // Every page the whole index finds; a shard without the exact word may
    // add pages with a word that begins like it (Pagefind decides that per
    // index), never pages of another language.
    const missing = whole.links.filter((href) => !split.links.includes(href));
    if (missing.length) fail(name, `"${terms}" does not find in the shards (${split.shards}) what the whole index finds: ${missing.join(', ')}`);
    const foreign = split.links.filter((href) => !href.startsWith(`/${lang}/`));
    if (foreign.length) fail(name, `results in another language: ${foreign.join(', ')}`);
    compared += whole.links.length;
  }
}

await browser.close();
if (failures.length) {
  console.error(`search checks failed (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`search checks passed: ${found} results in ${Object.keys(queries).length} languages, each in its own language; the A–Z index without JavaScript; axe-core 0 violations${sharded ? `; the ${compared} results of the whole index also from the index in shards` : ''}`);
