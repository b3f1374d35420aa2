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
import { collectConsoleErrors, type LaunchedChromium, launchChromium, launchFirefox, repoRoot, waitFor } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';

/** The few WebExtension calls the Firefox extension page makes here. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<{ boxes: Record<string, unknown> }> };
};

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

test('in Firefox too: the popup leads with the missing apology; the site toggle removes the inline warnings', async () => {
  const ff = await launchFirefox({ extension: true });
  try {
    const page = await ff.newPage();
    await page.goto(new URL('textarea.html', server.url).href);
    await page.click('textarea#reply');
    await page.keyboard.type('Thanks for writing in. It is our policy to inspect returns first.');
    await page.waitForSelector('tactful-badge[data-warnings="trigger-policy"]', { timeout: 8000 });

    const ext = await ff.openExtensionPage('manifest.json');
    const tabId = await ext.evaluate(async () => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      for (const t of await b.tabs.query({})) {
        const state = await b.runtime.sendMessage({ kind: 'tab-state', tabId: t.id });
        if (Object.keys(state.boxes).length > 0) return t.id ?? -1;
      }
      return -1;
    });
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    const errors = collectConsoleErrors(popup);
    const attention = await waitFor(() => popup.evaluate(() => document.querySelector('section.attention')?.textContent ?? null), {
      message: 'the attention card',
    });
    expect(attention).toMatch(/apolog/i);
    await popup.screenshot({ path: `${shots}/firefox-draft-100.png`, fullPage: true });

    // The site toggle is the checkbox whose label names the host.
    await popup.evaluate(() => {
      const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('127.0.0.1'))?.querySelector('input');
      box?.click();
    });
    await waitFor(async () => (await page.$$('tactful-badge')).length === 0, { message: 'no badge with the site off (Firefox)' });
    await popup.evaluate(() => {
      [...document.querySelectorAll('label')]
        .find((l) => l.textContent?.includes('127.0.0.1'))
        ?.querySelector('input')
        ?.click();
    });
    await page.waitForSelector('tactful-badge[data-warnings="trigger-policy"]', { timeout: 8000 });
    expect(errors).toEqual([]);
  } finally {
    await ff.close();
  }
});
