// Accessibility and privacy gate for the built portal, in headless Chromium.
//
//   node tests/browser/a11y.mjs http://127.0.0.1:PORT/
//
// For every page type in several languages (long words, other scripts, five
// plural forms) it runs axe-core with the WCAG 2.1 A and AA rules, checks
// keyboard access to the skip link and the language switcher, and records
// every request: anything not addressed to 127.0.0.1, any cookie and any
// browser storage fails the run. Screenshots go to tests/browser/artifacts/.

import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const base = process.argv[2] ?? 'http://127.0.0.1:1111/';
const languages = (process.env.A11Y_LANGUAGES ?? 'en,ga,mt,bg,el,fi').split(',');
const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

// One URL per page type.
const pageTypes = {
  home: (l) => `${l}/`,
  section: (l) => `${l}/rights/`,
  page: (l) => `${l}/rights/access-correction-deletion/`,
  data: (l) => `${l}/legislation/acts/`,
  fallback: (l) => `${l}/rights/supervision/`,
  annex: (l) => `${l}/annex/`,
  'annex-version': (l) => `${l}/annex/2014-01-17/`,
  'annex-timeline': (l) => `${l}/annex/timeline/`,
  request: (l) => `${l}/request/`,
  regulation: (l) => `${l}/regulation/`,
  procedure: (l) => `${l}/procedures/alerts/`,
  'acts-view': (l) => `${l}/legislation/acts/status/pending/`,
  accessibility: (l) => `${l}/about/accessibility/`,
  privacy: (l) => `${l}/privacy/`,
  'whats-new': (l) => `${l}/whats-new/`,
  exceptions: (l) => `${l}/rights/exceptions/`,
  'third-countries': (l) => `${l}/third-countries/`,
  'request-status': (l) => `${l}/request/status/`,
  search: (l) => `${l}/search/`,
  'legal-notice': (l) => `${l}/about/legal-notice/`,
  unverified: (l) => `${l}/about/unverified/`,
  'not-found': (l) => `${l}/no-such-page/`,
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

async function audit(context, url, name, { screenshot = false } = {}) {
  const page = await context.newPage();
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== '127.0.0.1') fail(name, `request to another host: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) fail(name, `CSP: ${message.text()}`);
  });
  const response = await page.goto(url);
  if (!response) fail(name, 'no response');
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of result.violations) {
    fail(name, `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  }
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (!lang) fail(name, 'no lang attribute on <html>');
  if (screenshot) await page.screenshot({ path: join(artifacts, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`), fullPage: true });
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  if (storage) fail(name, 'something was written to browser storage');
  await page.close();
  return result.violations.length;
}

const context = await browser.newContext();
let audited = 0;
await audit(context, base, 'root', { screenshot: true });
audited++;
for (const lang of languages) {
  for (const [type, path] of Object.entries(pageTypes)) {
    await audit(context, base + path(lang), `${lang}/${type}`, { screenshot: lang === 'en' || lang === 'ga' });
    audited++;
  }
}

// Keyboard: the first Tab reaches the skip link, which moves focus to main;
// the language switcher opens with Enter and its links are reachable.
{
  const page = await context.newPage();
  await page.goto(base + 'en/rights/access-correction-deletion/');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.className);
  if (first !== 'skip-link') fail('keyboard', `first Tab focuses "${first}", not the skip link`);
  await page.keyboard.press('Enter');
  const afterSkip = await page.evaluate(() => document.activeElement?.id || location.hash);
  if (!['main', '#main'].includes(afterSkip)) fail('keyboard', `the skip link leads to "${afterSkip}"`);
  await page.focus('details.languages summary');
  await page.keyboard.press('Enter');
  const open = await page.evaluate(() => document.querySelector('details.languages').open);
  if (!open) fail('keyboard', 'Enter does not open the language switcher');
  await page.evaluate(axeSource);
  const opened = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of opened.violations) fail('keyboard/open-switcher', `${v.id}: ${v.help}`);
  await page.keyboard.press('Tab');
  const link = await page.evaluate(() => document.activeElement?.getAttribute('lang'));
  if (!link) fail('keyboard', 'Tab after opening the switcher does not reach a language link');
  await page.screenshot({ path: join(artifacts, 'en_switcher_open.png') });
  await page.close();
}

// Small screens: nothing scrolls sideways at 320 CSS pixels (400 % zoom).
{
  const phone = await browser.newContext({ viewport: { width: 320, height: 640 } });
  for (const lang of ['en', 'ga', 'el']) {
    const page = await phone.newPage();
    await page.goto(base + `${lang}/rights/access-correction-deletion/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) fail(`${lang}/320px`, `the page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: join(artifacts, `${lang}_320px.png`), fullPage: true });
    await page.close();
  }
  await phone.close();
}

const cookies = await context.cookies();
if (cookies.length) fail('privacy', `cookies were set: ${cookies.map((c) => c.name).join(', ')}`);
await browser.close();

if (failures.length) {
  console.error(`browser checks failed (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`browser checks passed: ${audited} pages, axe-core WCAG 2.1 A/AA: 0 violations, no third-party requests, no cookies, no storage`);
