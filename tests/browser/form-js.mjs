// The request form with JavaScript: the WebAssembly view (portal crate)
// replaces the plain form with one step at a time and posts JSON to the real
// intake service on loopback.
//
//   node tests/browser/form-js.mjs http://127.0.0.1:PORTAL_PORT/
//
// Every kind of request is completed in en, ga, mt and el, the English one by
// keyboard alone; focus lands on each step's heading and on the error
// summary; axe-core checks every step (and the error state) in each of the
// four languages at desktop size and at 320 CSS pixels (400 % zoom); a Change
// link returns to the check; the intake's 422 problem and a network failure
// are shown; the follow-up code works on the status page; no request leaves
// 127.0.0.1; nothing is stored in the browser; a screenshot of every step is
// saved under tests/browser/artifacts/.

import { join } from 'node:path';
import { artifacts, launch, wcag } from './lib.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:1111/';

const browser = await launch();
const context = await browser.newContext();
const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);
let axeRuns = 0;

async function newPage(options) {
  const page = options ? await (await browser.newContext(options)).newPage() : await context.newPage();
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== '127.0.0.1') fail('privacy', `request to another host: ${request.url()}`);
  });
  page.on('pageerror', (error) => fail('script', `${page.url()}: ${error.message}`));
  return page;
}

async function axe(page, name) {
  for (const v of await wcag(page)) {
    fail(name, `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  axeRuns++;
}

const active = (page) => page.evaluate(() => document.activeElement?.id ?? '');

async function expectFocus(page, id, where) {
  // Focus moves after the view has rendered.
  await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 })
    .catch(async () => fail(where, `focus is on "#${await active(page)}", not on "#${id}"`));
}

async function noSideways(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) fail(where, `the page scrolls sideways by ${overflow}px`);
}

// Presses Tab until `selector` has focus: only the keyboard moves focus.
async function tabTo(page, selector, where) {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  fail(where, `Tab never reaches ${selector}`);
}

async function started(page, lang) {
  await page.goto(`${base}${lang}/request/`);
  await page.waitForSelector('#step-kind', { timeout: 15000 });
  if (await page.$('#request-form')) fail(`${lang}/start`, 'the plain form is still on the page');
  const title = await page.title();
  return title;
}

// One screen of the form: checks, axe, screenshot; then Continue.
async function screen(page, { name, heading, shot, keyboard }) {
  await expectFocus(page, heading, name);
  await noSideways(page, name);
  await axe(page, name);
  if (shot) await page.screenshot({ path: join(artifacts, `form-js_${shot}.png`), fullPage: true });
}

async function next(page, keyboard, where) {
  if (keyboard) {
    await tabTo(page, 'form.steps button[type=submit]', where);
    await page.keyboard.press('Enter');
  } else {
    await page.click('form.steps button[type=submit]');
  }
}

async function type(page, selector, text, keyboard, where) {
  if (keyboard) {
    await tabTo(page, selector, where);
    await page.keyboard.type(text);
  } else {
    await page.fill(selector, text);
  }
}

async function tick(page, selector, keyboard, where) {
  if (keyboard) {
    await tabTo(page, selector, where);
    await page.keyboard.press('Space');
  } else {
    await page.check(selector);
  }
}

const kinds = ['access', 'correction', 'deletion', 'contest-blocked'];
const codes = [];
for (const [i, kind] of kinds.entries()) {
  const lang = ['en', 'ga', 'mt', 'el'][i];
  const keyboard = lang === 'en';
  const name = `${lang}/${kind}`;
  const page = await newPage();
  const pageTitle = await started(page, lang);
  const shot = (s) => (lang === 'en' ? s : undefined);

  // Step 1, first with nothing chosen: the error summary takes focus.
  await axe(page, `${name}/kind`);
  await next(page, keyboard, `${name}/kind`);
  await expectFocus(page, 'error-summary', `${name}/kind-error`);
  const errorTitle = await page.title();
  if (errorTitle === pageTitle || !errorTitle.includes(pageTitle)) fail(`${name}/kind-error`, `the title "${errorTitle}" does not mark the error`);
  if (lang === 'en' && !errorTitle.startsWith('Error: ')) fail(`${name}/kind-error`, `the title "${errorTitle}" does not start with "Error: "`);
  if (!(await page.$('#kind-error'))) fail(`${name}/kind-error`, 'no inline message');
  await axe(page, `${name}/kind-error`);
  if (lang === 'en') {
    await page.screenshot({ path: join(artifacts, 'form-js_1-error.png'), fullPage: true });
    // The summary's link takes the keyboard to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectFocus(page, 'kind-access', `${name}/summary-link`);
  }
  if (keyboard) {
    // Arrow keys move within a radio group.
    await tabTo(page, 'input[name=kind]', `${name}/kind`);
    for (let k = 0; k < 4 && !(await page.isChecked(`#kind-${kind}`)); k++) await page.keyboard.press('ArrowDown');
    if (!(await page.isChecked(`#kind-${kind}`))) fail(`${name}/kind`, 'the arrow keys do not choose the kind');
  } else {
    await page.check(`#kind-${kind}`);
  }
  await next(page, keyboard, `${name}/kind`);

  await screen(page, { name: `${name}/about-you`, heading: 'step-about-you', shot: shot('2-about-you') });
  await type(page, '#name', 'Test Person', keyboard, `${name}/about-you`);
  await type(page, '#email', 'test.person@example.eu', keyboard, `${name}/about-you`);
  await next(page, keyboard, `${name}/about-you`);

  await screen(page, { name: `${name}/exchange`, heading: 'step-exchange', shot: shot('3-exchange') });
  await tick(page, i === 3 ? '#state-unknown' : '#state-IE', keyboard, `${name}/exchange`);
  await next(page, keyboard, `${name}/exchange`);

  await screen(page, { name: `${name}/details`, heading: 'step-details', shot: shot('4-details') });
  await type(page, '#description', `A ${kind} request sent by the JavaScript browser test.`, keyboard, `${name}/details`);
  const chosen = await page.inputValue('#reply_language');
  if (chosen !== lang) fail(`${name}/details`, `the reply language defaults to "${chosen}", not "${lang}"`);
  await tick(page, '#declaration', keyboard, `${name}/details`);
  await next(page, keyboard, `${name}/details`);

  await screen(page, { name: `${name}/check`, heading: 'step-check', shot: shot('5-check') });
  const answers = await page.textContent('.check-answers');
  for (const value of ['Test Person', 'test.person@example.eu']) {
    if (!answers.includes(value)) fail(`${name}/check`, `the check does not show "${value}"`);
  }
  if (lang === 'en') {
    // A Change link returns to its step, then straight back to the check
    // (by keyboard too: the e-mail address is the third answer).
    await tabTo(page, '.check-row:nth-child(3) button', `${name}/change`);
    await page.keyboard.press('Enter');
    await expectFocus(page, 'step-about-you', `${name}/change`);
    await tabTo(page, '#email', `${name}/change`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('changed@example.eu');
    await next(page, true, `${name}/change`);
    await expectFocus(page, 'step-check', `${name}/change`);
    if (!(await page.textContent('.check-answers')).includes('changed@example.eu')) fail(`${name}/change`, 'the changed answer is not shown');
  }
  await next(page, keyboard, `${name}/send`);

  await expectFocus(page, 'step-sent', `${name}/sent`);
  const code = (await page.textContent('#follow-up-code'))?.trim();
  if (!code || code.length < 30) { fail(`${name}/sent`, 'no follow-up code on the confirmation'); continue; }
  if (page.url().includes(code)) fail(`${name}/sent`, 'the follow-up code is in the URL');
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  if (htmlLang !== lang) fail(`${name}/sent`, `the page's language is "${htmlLang}", not "${lang}"`);
  await noSideways(page, `${name}/sent`);
  await axe(page, `${name}/sent`);
  if (lang === 'en') await page.screenshot({ path: join(artifacts, 'form-js_6-sent.png'), fullPage: true });
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  if (storage) fail(`${name}/sent`, 'something was written to browser storage');
  codes.push({ lang, code });

  // The confirmation links to the status page, where the code finds the request.
  await page.click(`a[href="/${lang}/request/status/"]`);
  await page.fill('#code', code);
  const [status] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  if (status.status() !== 200) fail(`${name}/status`, `the status lookup answered ${status.status()}`);
  if (!(await page.content()).includes(code.slice(0, 11))) fail(`${name}/status`, 'the status page does not show the reference');
  if (page.url().includes(code)) fail(`${name}/status`, 'the follow-up code is in the URL');
  await page.close();
}

// Every step at 320 CSS pixels (400 % zoom) in Greek, whose words are long.
{
  const page = await newPage({ viewport: { width: 320, height: 640 } });
  await started(page, 'el');
  await noSideways(page, 'el/320px/kind');
  await axe(page, 'el/320px/kind');
  await page.check('#kind-access');
  await next(page, false, 'el/320px');
  await page.fill('#name', 'Δοκιμή');
  await page.fill('#email', 'test@example.eu');
  await next(page, false, 'el/320px');
  await page.check('#state-EL');
  await next(page, false, 'el/320px');
  await page.fill('#description', 'Δοκιμή.');
  await page.check('#declaration');
  await next(page, false, 'el/320px');
  await expectFocus(page, 'step-check', 'el/320px/check');
  await noSideways(page, 'el/320px/check');
  await axe(page, 'el/320px/check');
  // Back keeps the answers and moves focus to the previous step's heading.
  await page.click('form.steps button.secondary');
  await expectFocus(page, 'step-details', 'el/320px/back');
  if ((await page.inputValue('#description')) !== 'Δοκιμή.') fail('el/320px/back', 'the answer was lost going back');
  await next(page, false, 'el/320px/back');
  await expectFocus(page, 'step-check', 'el/320px/back');
  await page.screenshot({ path: join(artifacts, 'form-js_320px_check.png'), fullPage: true });
  await page.close();
}

// What the intake says is shown even where the browser's checks agreed:
// an address the intake rejects (the body is altered on its way), then a
// network failure.
{
  const page = await newPage();
  await started(page, 'en');
  await page.check('#kind-access');
  await next(page, false, 'problem');
  await page.fill('#name', 'Test Person');
  await page.fill('#email', 'test.person@example.eu');
  await next(page, false, 'problem');
  await page.check('#state-IE');
  await next(page, false, 'problem');
  await page.fill('#description', 'Rejected by the intake.');
  await page.check('#declaration');
  await next(page, false, 'problem');
  await page.route('**/v1/requests', (route) => {
    const body = JSON.parse(route.request().postData());
    body.email = 'not-an-address';
    route.continue({ postData: JSON.stringify(body) });
  });
  await next(page, false, 'problem');
  await expectFocus(page, 'error-summary', 'problem');
  if (!(await page.$('#email-error'))) fail('problem', "the intake's error is not shown at the e-mail field");
  if (!(await page.$('#step-about-you'))) fail('problem', 'the form did not return to the step of the field');
  await axe(page, 'problem');
  await page.unroute('**/v1/requests');
  await page.fill('#email', 'test.person@example.eu');
  await next(page, false, 'problem');
  await page.route('**/v1/requests', (route) => route.abort('connectionrefused'));
  await next(page, false, 'unavailable');
  await expectFocus(page, 'error-summary', 'unavailable');
  const summary = await page.textContent('#error-summary');
  if (!summary.includes('nothing was stored')) fail('unavailable', `the summary says "${summary}"`);
  if (!(await page.$('#step-check'))) fail('unavailable', 'the answers are no longer on the check');
  await page.close();
}

const cookies = await context.cookies();
if (cookies.length) fail('privacy', `cookies were set: ${cookies.map((c) => c.name).join(', ')}`);
await browser.close();
if (failures.length) {
  console.error(`form checks with JavaScript failed (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`form checks passed with JavaScript: ${codes.length} requests of every kind sent step by step (English by keyboard alone) and followed up, focus on every step and error summary, axe-core 0 violations in ${axeRuns} runs, the intake's 422 and a network failure shown`);
