/**
 * The popup page in real Chromium, for a tab where the agent typed a draft
 * that lacks an apology to an upset customer: the missing apology leads the
 * popup, and turning Tactful off for the site removes the inline warnings.
 * Screenshots at 100% and 200% zoom go to dist/screenshots/popup/ (printed).
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tabWithBox } from './extension-page.js';
import { collectConsoleErrors, type LaunchedChromium, launchChromium, repoRoot, waitFor } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';

let server: { url: string; close(): Promise<void> };
let chromium: LaunchedChromium;
const shots = join(repoRoot, 'dist/screenshots/popup');

beforeAll(async () => {
  await buildPages();
  server = await startServer();
  chromium = await launchChromium({ extension: true });
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  console.log(`popup screenshots: ${shots}`);
});

test('the popup leads with the missing apology; turning the site off removes the inline warnings', async () => {
  const page = await chromium.newPage();
  await page.goto(new URL('textarea.html', server.url).href);
  await page.click('textarea#reply');
  await page.keyboard.type('Thanks for writing in. It is our policy to inspect returns first.');
  await page.waitForSelector('tactful-badge[data-warnings="trigger-policy"]', { timeout: 8000 });

  const popup = await chromium.newPage();
  const errors = collectConsoleErrors(popup);
  await popup.setViewportSize({ width: 380, height: 800 });
  await popup.goto(`chrome-extension://${chromium.extensionId}/manifest.json`);
  const tabId = await tabWithBox(popup);
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tab=${tabId}`);
  const attention = popup.locator('section.attention');
  await attention.waitFor({ timeout: 5000 });
  // The apology is missing (the customer is upset); thanks are there, so only the apology leads.
  await expect.poll(() => attention.innerText()).toMatch(/apolog/i);
  expect(await attention.innerText()).not.toMatch(/thank them/i);
  const order = await popup.evaluate(() => [...document.querySelectorAll('main h2')].map((h) => h.textContent ?? ''));
  expect(order.findIndex((h) => /before you send/i.test(h))).toBeLessThan(order.findIndex((h) => /rethink/i.test(h)));
  await popup.screenshot({ path: `${shots}/draft-100.png`, fullPage: true });
  await popup.evaluate(() => {
    document.documentElement.style.zoom = '2';
  });
  await popup.screenshot({ path: `${shots}/draft-200.png`, fullPage: true });
  expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await popup.evaluate(() => {
    document.documentElement.style.zoom = '1';
  });

  // Off for this site: the page's underlines and badge go.
  await popup.getByRole('checkbox', { name: /127\.0\.0\.1/ }).uncheck();
  await waitFor(async () => (await page.locator('tactful-badge').count()) === 0, { message: 'no badge with the site off' });
  expect(await page.locator('tactful-mirror').count()).toBe(0);
  await popup.screenshot({ path: `${shots}/site-off-100.png`, fullPage: true });
  await popup.getByRole('checkbox', { name: /127\.0\.0\.1/ }).check();
  await page.waitForSelector('tactful-badge[data-warnings="trigger-policy"]', { timeout: 8000 });
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});
