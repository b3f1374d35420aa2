/**
 * The options page in real browsers. Chromium: a check turned off, and a
 * custom phrase added, in the options page change the reply box of another
 * tab within a second (the figures are printed); an invalid pack is refused
 * with every problem listed and the stored settings unchanged; screenshots
 * at 100% and 200% zoom, light and dark, go to dist/screenshots/options/.
 * Firefox: a pack imported and exported back has the same rules, and what
 * the page saves is in `storage.sync`.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { collectConsoleErrors, type LaunchedChromium, launchChromium, launchFirefox, repoRoot, waitFor } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';

declare const chrome: {
  storage: {
    sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    local: { set(items: object): Promise<void> };
  };
};

let server: { url: string; close(): Promise<void> };
let chromium: LaunchedChromium;
const shots = join(repoRoot, 'dist/screenshots/options');

const DRAFT = 'Thanks for writing in. It is our policy to inspect returns first.';

const REFUND = {
  kind: 'avoid',
  label: 'Refund date promised',
  message: 'Billing cannot promise refund dates.',
  phrases: ['within {number} days'],
};
const BILLING_RULES = { 'negative-phrasing': { enabled: false }, 'custom-refund-date': REFUND };

/** Two teams of the agent's own; Billing had a check turned off from a reply box's card. */
const SETTINGS = {
  version: 1,
  defaultTeam: 'my-team',
  siteTeams: { 'acme.zendesk.com': 'billing' },
  personal: {},
  teams: [
    { id: 'my-team', name: 'My team', sites: [], pack: { name: 'My team', rules: {} } },
    {
      id: 'billing',
      name: 'Billing',
      sites: ['*.zendesk.com/agent/*', 'billing.example.com'],
      cardOff: { 'negative-phrasing': Date.UTC(2026, 10, 3) },
      pack: { name: 'Billing', rules: BILLING_RULES },
    },
  ],
};

const optionsUrl = (hash = '') => `chrome-extension://${chromium.extensionId}/options.html${hash}`;

/** Stores SETTINGS (one piece in sync, as the settings store writes them) and `local` items, through an extension page. */
async function seed(page: Page, local: Record<string, unknown> = {}): Promise<void> {
  const text = JSON.stringify(SETTINGS);
  await page.evaluate(
    ([settings, items]) =>
      Promise.all([
        chrome.storage.sync.set({ 'tactful.settings': { format: 1, pieces: 1, savedAt: Date.now() }, 'tactful.settings.0': settings }),
        chrome.storage.local.set(items),
      ]),
    [text, local] as const,
  );
}

async function storedSync(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.sync.get(null));
}

/** The settings the stored pieces spell out. */
function settingsIn(stored: Record<string, unknown>): { teams: { id: string; name: string; pack: unknown }[] } | null {
  const header = stored['tactful.settings'] as { pieces: number } | undefined;
  if (!header) return null;
  const text = Array.from({ length: header.pieces }, (_, i) => stored[`tactful.settings.${i}`]).join('');
  return JSON.parse(text);
}

/** Acts, then measures how long until the other page's badge lists the warnings `done` wants. */
async function timed(act: () => Promise<void>, page: Page, done: (warnings: string) => boolean): Promise<number> {
  const started = performance.now();
  await act();
  const badge = page.locator('tactful-badge').first();
  await waitFor(async () => done((await badge.getAttribute('data-warnings')) ?? ''), { timeout: 3000, interval: 10, message: `${done}` });
  return Math.round(performance.now() - started);
}

beforeAll(async () => {
  await buildPages();
  server = await startServer();
  chromium = await launchChromium({ extension: true });
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  console.log(`options page screenshots: ${shots}`);
});

test('a check turned off and a phrase added in the options page reach a reply box in another tab within a second', async () => {
  const page = await chromium.newPage();
  await page.goto(new URL('textarea.html', server.url).href);
  await page.click('textarea#reply');
  await page.keyboard.type(DRAFT);
  await page.waitForSelector('tactful-badge[data-warnings="trigger-policy"]', { timeout: 8000 });

  const options = await chromium.newPage();
  const errors = collectConsoleErrors(options);
  await options.goto(optionsUrl('#team=my-team'));
  const toggle = options.getByRole('checkbox', { name: 'Hiding behind policy' });
  await toggle.waitFor();

  const off = await timed(
    () => toggle.uncheck(),
    page,
    (w) => w === '',
  );
  console.log(`check turned off in the options page → reply box in the other tab re-checked in ${off} ms`);
  expect(off).toBeLessThan(1000);
  await expect.poll(() => options.getByRole('status').first().textContent()).toMatch(/Saved/);

  // A phrase of the team's own that the draft contains.
  await options.getByRole('button', { name: 'Add a phrase to avoid' }).click();
  const form = options.getByRole('form', { name: 'Add a phrase to avoid' });
  await form.getByLabel('Name').fill('Inspection promised');
  await form.getByLabel('Phrase', { exact: true }).fill('inspect returns');
  await form.getByLabel('What the card says').fill('Say when the refund comes, not what we check.');
  const added = await timed(
    () => form.getByRole('button', { name: 'Add phrase to avoid' }).click(),
    page,
    (w) => w === 'custom-inspection-promised',
  );
  console.log(`custom phrase added in the options page → flagged in the other tab in ${added} ms`);
  expect(added).toBeLessThan(1000);

  expect(
    await timed(
      () => toggle.check(),
      page,
      (w) => w.includes('trigger-policy'),
    ),
  ).toBeLessThan(1000);
  expect(errors).toEqual([]);
  await options.close();
  await page.close();
});

test('an invalid pack is refused with every problem listed, and the stored settings stay as they were', async () => {
  const options = await chromium.newPage();
  await options.goto(optionsUrl());
  await seed(options);
  await options.reload();
  await options.getByRole('button', { name: /^Billing/ }).click();
  const before = await storedSync(options);

  const bad = {
    name: 'Broken',
    rules: {
      'trigger-policy': { severity: 'loud' },
      'no-such-check': { enabled: false },
      'custom-x': { kind: 'avoid', message: 'x', patterns: [{ regex: '(' }] },
    },
  };
  await options.getByLabel('Or paste the JSON').fill(JSON.stringify(bad, null, 2));
  await options.getByRole('button', { name: 'Import as a new team' }).click();
  const alert = options.locator('.import-problems');
  await alert.waitFor();
  const items = await alert.locator('li').allInnerTexts();
  expect(items.some((i) => i.includes('/rules/trigger-policy/severity'))).toBe(true);
  expect(items.some((i) => i.includes('/rules/custom-x/patterns/0/regex'))).toBe(true);
  expect(items.some((i) => i.includes('/rules/no-such-check'))).toBe(true);
  expect(await alert.textContent()).toMatch(/Nothing was changed/);
  await alert.scrollIntoViewIfNeeded();
  await options.screenshot({ path: `${shots}/import-refused-100.png` });

  await options.getByLabel('Or paste the JSON').fill('{\n  "name": "Broken",\n  "rules": {,}\n}');
  await options.getByRole('button', { name: 'Import as a new team' }).click();
  await expect.poll(() => alert.textContent()).toMatch(/line 3, column 13/);
  await new Promise((r) => setTimeout(r, 600));
  expect(await storedSync(options)).toEqual(before);
  await options.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${shots}/${name}-100.png`, fullPage: true });
  // 200% zoom as the browser does it: half the CSS width, twice the device pixels. Captured through
  // CDP directly: Playwright's own screenshot would put its viewport back first.
  const cdp = await page.context().newCDPSession(page);
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  const width = size.width / 2;
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height: size.height / 2, deviceScaleFactor: 2, mobile: false });
  const { fits, height } = await page.evaluate(
    () =>
      new Promise<{ fits: boolean; height: number }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({ fits: document.documentElement.scrollWidth <= window.innerWidth + 1, height: document.documentElement.scrollHeight }),
        ),
      ),
  );
  const shot = await cdp.send('Page.captureScreenshot', {
    format: 'png',
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width, height, scale: 1 },
  });
  writeFileSync(`${shots}/${name}-200.png`, Buffer.from(shot.data, 'base64'));
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();
  expect(fits, `${name} has no horizontal scroll at 200%`).toBe(true);
}

test('screenshots at 100% and 200%, light and dark', async () => {
  const options = await chromium.newPage();
  const errors = collectConsoleErrors(options);
  await options.setViewportSize({ width: 1280, height: 900 });
  await options.goto(optionsUrl());
  await seed(options, {
    'tactful.disabledHosts': ['intranet.example.com'],
    'tactful.ignored': [
      { host: 'acme.zendesk.com', rule: 'trigger-should', text: 'you need to', at: Date.UTC(2026, 10, 2) },
      { host: 'mail.google.com', rule: 'negative-phrasing', text: 'unfortunately', at: Date.UTC(2026, 10, 4) },
    ],
  });
  await options.goto(optionsUrl('#team=billing'));
  await options.getByRole('checkbox', { name: 'Negative framing' }).waitFor();
  await shoot(options, 'team');
  await options.getByRole('button', { name: 'Phrases (12)' }).click();
  await options.locator('.phrase-panel:not([hidden])').waitFor();
  await shoot(options, 'phrases');
  await options.getByRole('button', { name: 'Add a phrase to avoid' }).click();
  const form = options.getByRole('form', { name: 'Add a phrase to avoid' });
  await form.getByRole('button', { name: 'Add phrase to avoid' }).click();
  await form.scrollIntoViewIfNeeded();
  await options.screenshot({ path: `${shots}/custom-form-refused-100.png` });
  for (const [tab, heading, name] of [
    ['Ignored and turned off', 'Phrases ignored here', 'ignored'],
    ['This device', 'Sites where Tactful is off', 'device'],
    ['Teams and rules', 'Checks', 'team-dark'],
  ] as const) {
    if (name === 'team-dark') await options.emulateMedia({ colorScheme: 'dark' });
    await options.getByRole('tab', { name: tab }).click();
    await options.getByRole('heading', { name: heading, exact: true }).waitFor();
    await shoot(options, name);
  }
  expect(errors).toEqual([]);
  await options.close();
});

test('in Firefox: a pack imported and exported back has the same rules, and the settings are in storage.sync', async () => {
  const ff = await launchFirefox({ extension: true });
  try {
    const options = await ff.openExtensionPage('options.html');
    const errors = collectConsoleErrors(options);
    await waitFor(() => options.evaluate(() => document.querySelector('[data-team-id]') !== null), { message: 'the team list' });
    const imported = { name: 'Imported billing', rules: BILLING_RULES, score: { severity: { warning: 12 } } };
    const exported = await options.evaluate(async (text) => {
      const blobs: Blob[] = [];
      URL.createObjectURL = ((create) => (b: Blob) => {
        blobs.push(b);
        return create(b);
      })(URL.createObjectURL.bind(URL));
      // No real download: the file's contents are what is compared.
      HTMLAnchorElement.prototype.click = () => {};
      const until = async (test: () => boolean) => {
        for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
      };
      const button = (name: RegExp) =>
        [...document.querySelectorAll('button')].find((b) => name.test(b.textContent ?? '')) as HTMLButtonElement;
      const area = document.querySelector('textarea.code') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => !button(/^Import as a new team/).disabled);
      button(/^Import as a new team/).click();
      await until(() => button(/^Export “Imported billing”/) !== undefined);
      button(/^Export “Imported billing”/).click();
      await until(() => blobs.length > 0);
      return blobs[0]?.text();
    }, JSON.stringify(imported));
    expect(JSON.parse(exported ?? '{}')).toEqual({ $schema: 'https://tactful.invalid/schema/rule-pack.schema.json', ...imported });

    const stored = await waitFor(
      async () => {
        const all = await options.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.sync.get(null));
        return settingsIn(all)?.teams.find((x) => x.name === 'Imported billing');
      },
      { message: 'the imported team in storage.sync' },
    );
    expect((stored.pack as { rules: object }).rules).toEqual(imported.rules);
    expect(errors).toEqual([]);
  } finally {
    await ff.close();
  }
});
