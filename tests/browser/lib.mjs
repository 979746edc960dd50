// What the browser scripts share: Debian's Chromium started offline-safe,
// axe-core with the WCAG 2.1 A/AA rules, and the artifacts folder.

import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/// Screenshots go here (CI keeps them).
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

/// Debian's Chromium (or $CHROMIUM), headless, without its own connections
/// to the network, which is closed here.
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/// axe-core's WCAG 2.1 A and AA violations on a page (which must run script).
export async function wcag(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations;
}
