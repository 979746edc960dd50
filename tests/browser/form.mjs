// The request form without JavaScript, end to end: the generated form posts
// to the real intake service on loopback, which answers in the requester's
// language; the status page looks the request up with its follow-up code.
//
//   node tests/browser/form.mjs http://127.0.0.1:PORTAL_PORT/
//
// Every kind of request is sent, an invalid one shows the error summary,
// a wrong code gets a clear answer, axe-core checks the intake's pages, and
// no request leaves 127.0.0.1.

import { join } from 'node:path';
import { artifacts, launch, wcag } from './lib.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:1111/';

const browser = await launch();
const context = await browser.newContext({ javaScriptEnabled: false });
const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);
const page = await context.newPage();
page.on('request', (request) => {
  const host = new URL(request.url()).hostname;
  if (host !== '127.0.0.1') fail('privacy', `request to another host: ${request.url()}`);
});

async function axe(name) {
  // axe needs script; run it in a JavaScript-enabled page on the same HTML.
  const html = await page.content();
  const checker = await browser.newPage();
  await checker.setContent(html);
  for (const v of await wcag(checker)) fail(name, `${v.id}: ${v.help}`);
  await checker.close();
}

const kinds = ['access', 'correction', 'deletion', 'contest-blocked'];
let sent = 0;
for (const [i, kind] of kinds.entries()) {
  const lang = ['en', 'ga', 'mt', 'el'][i];
  const name = `${lang}/${kind}`;
  await page.goto(`${base}${lang}/request/`);
  await page.check(`#kind-${kind}`);
  await page.fill('#name', 'Test Person');
  await page.fill('#email', 'test.person@example.eu');
  await page.check(i === 3 ? '#state-unknown' : '#state-IE');
  await page.fill('#description', `A ${kind} request sent by the browser test.`);
  await page.selectOption('#reply_language', lang);
  await page.check('#declaration');
  const [response] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  if (response.status() !== 201) { fail(name, `the intake answered ${response.status()}`); continue; }
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  if (htmlLang !== lang) fail(name, `the confirmation is in "${htmlLang}", not "${lang}"`);
  const code = (await page.textContent('code'))?.trim();
  if (!code || code.length < 30) { fail(name, 'no follow-up code on the confirmation'); continue; }
  if (page.url().includes(code)) fail(name, 'the follow-up code is in the URL');
  if (i === 0) { await axe('intake/confirmation'); await page.screenshot({ path: join(artifacts, 'form_confirmation.png'), fullPage: true }); }
  sent++;

  await page.goto(`${base}${lang}/request/status/`);
  await page.fill('#code', code);
  const [status] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  if (status.status() !== 200) fail(`${name}/status`, `the status lookup answered ${status.status()}`);
  if (page.url().includes(code)) fail(`${name}/status`, 'the follow-up code is in the URL');
  const reference = code.slice(0, 11);
  if (!(await page.content()).includes(reference)) fail(`${name}/status`, 'the status page does not show the reference');
  if (i === 0) await axe('intake/status');
}

// An empty submission: the form again with an error summary linking to the fields.
await page.goto(`${base}en/request/`);
const [invalid] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
if (invalid.status() !== 422) fail('invalid', `expected 422, got ${invalid.status()}`);
const title = await page.title();
if (!title.startsWith('Error')) fail('invalid', `the title "${title}" does not start with "Error"`);
for (const field of ['kind', 'name', 'email', 'states', 'description', 'declaration']) {
  if (!(await page.$(`.error-summary a[href="#${field}"]`))) fail('invalid', `the error summary does not link to #${field}`);
  if (!(await page.$(`#${field}`))) fail('invalid', `the link target #${field} does not exist`);
}
await axe('intake/errors');
await page.screenshot({ path: join(artifacts, 'form_errors.png'), fullPage: true });

// A wrong code gets the same clear answer as an unknown one.
await page.goto(`${base}en/request/status/`);
await page.fill('#code', 'AAAAA-AAAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA');
const [wrong] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
if (wrong.status() !== 404) fail('wrong code', `expected 404, got ${wrong.status()}`);

const cookies = await context.cookies();
if (cookies.length) fail('privacy', `cookies were set: ${cookies.map((c) => c.name).join(', ')}`);
await browser.close();
if (failures.length) {
  console.error(`form checks failed (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`form checks passed without JavaScript: ${sent} requests of every kind sent and followed up, errors summarised, axe-core 0 violations on the intake's pages`);
