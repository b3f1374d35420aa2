/**
 * Organisation-wide rules by enterprise policy, in real Chromium: a managed
 * policy file names the extension by its fixed id (the manifest key) and
 * pushes a team; the background reads it from storage.managed, checks pages
 * of the team's sites with its pack, and the options page shows it locked.
 * Writing /etc/chromium/policies/managed needs root, as CI runs.
 */

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
// @ts-expect-error: a plain .mjs script without types
import { extensionId } from '../../scripts/extension-id.mjs';
import { collectConsoleErrors, type LaunchedChromium, launchChromium } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';
import { BILLING_PACK } from './settings-fixtures.js';

declare const chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } };

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/tactful-test.json`;
const ID: string = extensionId(manifest.key);

/** The organisation's Billing team: no refund dates promised, and no personal rules on top. */
const POLICY = {
  teams: [
    {
      id: 'billing',
      name: 'Billing (org)',
      sites: ['127.0.0.1/*'],
      pack: BILLING_PACK,
    },
  ],
  allowPersonalRules: false,
};

let server: { url: string; close(): Promise<void> };
let chromium: LaunchedChromium;

beforeAll(async () => {
  if (process.getuid?.() !== 0) throw new Error('this test writes a Chromium policy file under /etc and must run as root (CI does)');
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [ID]: POLICY } } }));
  await buildPages();
  server = await startServer();
  chromium = await launchChromium({ extension: true });
});
afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await chromium?.close();
  await server?.close();
});

test('the unpacked build has the fixed id that policies name', () => {
  expect(chromium.extensionId).toBe(ID);
});

test('Chromium hands the policy to the extension, pack included', async () => {
  const ext = await chromium.newPage();
  await ext.goto(`chrome-extension://${ID}/manifest.json`);
  const managed = await ext.evaluate(() => chrome.storage.managed.get());
  expect(managed).toEqual(POLICY);
  await ext.close();
});

test('a page of the team’s sites is checked with the organisation’s pack', async () => {
  const page = await chromium.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(new URL('textarea.html', server.url).href);
  await page.click('textarea#reply');
  await page.keyboard.type('Thanks for writing in. It is our policy to refund within 5 days.');
  await page.waitForSelector('tactful-badge[data-warnings="custom-refund-date"]', { timeout: 8000 });
  expect(errors).toEqual([]);
  await page.close();
});

test('the options page shows the organisation’s team locked, without edit controls', async () => {
  const options = await chromium.newPage();
  await options.goto(`chrome-extension://${ID}/options.html`);
  const team = options.locator('[data-team-id="org:billing"]');
  await team.waitFor({ timeout: 5000 });
  expect([await team.getAttribute('data-locked'), await team.innerText()]).toEqual(['true', expect.stringContaining('Billing (org)')]);
  await team.click();
  await options.getByRole('heading', { name: 'Billing (org)' }).first().waitFor({ timeout: 5000 });
  // Locked: the organisation's checks are listed as they are set, and none can be switched (no personal rules either).
  const policyCheck = options.locator('main .checks.read-only [data-rule="trigger-policy"]');
  await policyCheck.waitFor({ timeout: 5000 });
  expect([
    await policyCheck.innerText(),
    await options.locator('main .checks.read-only [data-rule="custom-refund-date"]').count(),
    await options.locator('main input[type="checkbox"]:not([disabled])').count(),
  ]).toEqual([expect.stringMatching(/\bOff\b/), 1, 0]);
  await options.close();
});
