/**
 * Team profiles in real Chromium: the team whose site patterns match the
 * page checks its drafts; choosing another team in the popup re-checks the
 * open draft with that team's rules at once, and "Use the site's team" goes
 * back.
 */

import { afterAll, beforeAll, expect, test } from 'vitest';
import { tabWithBox } from './extension-page.js';
import { collectConsoleErrors, type LaunchedChromium, launchChromium } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';
import { BILLING_PACK, storeSettings } from './settings-fixtures.js';

let server: { url: string; close(): Promise<void> };
let chromium: LaunchedChromium;

/** Two teams: the stock one, and Billing for this test server, which may not promise refund dates. */
const SETTINGS = {
  version: 1,
  defaultTeam: 'my-team',
  siteTeams: {},
  personal: {},
  teams: [
    { id: 'my-team', name: 'My team', sites: [], pack: { name: 'My team', rules: {} } },
    {
      id: 'billing',
      name: 'Billing',
      sites: ['127.0.0.1/*'],
      pack: BILLING_PACK,
    },
  ],
};

beforeAll(async () => {
  await buildPages();
  server = await startServer();
  chromium = await launchChromium({ extension: true });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

test('the site’s team checks the draft; a team chosen in the popup re-checks it within a second', async () => {
  const ext = await chromium.newPage();
  await ext.goto(`chrome-extension://${chromium.extensionId}/manifest.json`);
  await storeSettings(ext, SETTINGS);
  const page = await chromium.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(new URL('textarea.html', server.url).href);
  await page.click('textarea#reply');
  await page.keyboard.type('Thanks for writing in. It is our policy to refund within 5 days.');
  await page.waitForSelector('tactful-badge[data-warnings="custom-refund-date"]', { timeout: 8000 });

  const tabId = await tabWithBox(ext);
  await ext.goto(`chrome-extension://${chromium.extensionId}/popup.html?tab=${tabId}`);
  const picker = ext.getByRole('combobox', { name: 'Team' });
  expect(await picker.inputValue()).toBe('billing');
  const started = Date.now();
  await picker.selectOption('my-team');
  await page.waitForSelector('tactful-badge[data-warnings="trigger-policy"]', { timeout: 3000 });
  const took = Date.now() - started;
  console.log(`team chosen in the popup → draft re-checked in ${took} ms`);
  expect(took).toBeLessThan(1000);

  await ext.getByRole('button', { name: "Use the site's team" }).click();
  await page.waitForSelector('tactful-badge[data-warnings="custom-refund-date"]', { timeout: 3000 });
  expect(errors).toEqual([]);
});
