// The search page: with JavaScript, Pagefind's index of the page's language
// answers queries with results in that language; without JavaScript, the
// A–Z index lists every page. axe-core checks both; nothing leaves 127.0.0.1.
//
//   node tests/browser/search.mjs http://127.0.0.1:PORTAL_PORT/

import { join } from 'node:path';
import { artifacts, launch, wcag } from './lib.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:1111/';

const browser = await launch();
const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

async function open(context, path) {
  const page = await context.newPage();
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') fail('privacy', `request to another host: ${request.url()}`);
  });
  page.on('pageerror', (error) => fail('script', `${path}: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) fail(path, `CSP: ${message.text()}`);
  });
  await page.goto(`${base}${path}`);
  return page;
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

await browser.close();
if (failures.length) {
  console.error(`search checks failed (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`search checks passed: ${found} results in ${Object.keys(queries).length} languages, each in its own language; the A–Z index without JavaScript; axe-core 0 violations`);
