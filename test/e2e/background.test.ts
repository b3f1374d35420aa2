/**
 * The background in real Chromium: the toolbar badge counts the focused
 * draft's warnings, and the per-tab state survives the service worker being
 * stopped (MV3 stops idle workers; nothing that matters may live in memory).
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tabWithBox } from './extension-page.js';
import { type LaunchedChromium, launchChromium, waitFor } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';

/** The few chrome.* calls an extension page makes here. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  // biome-ignore lint/suspicious/noExplicitAny: replies differ by request kind; each test reads what it asked for.
  runtime: { sendMessage(message: unknown): Promise<any> };
};

let server: { url: string; close(): Promise<void> };
let chromium: LaunchedChromium;

beforeAll(async () => {
  await buildPages();
  server = await startServer();
  chromium = await launchChromium({ extension: true });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** An extension page (any will do) to talk to the background as the popup will. */
async function extensionPage(): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto(`chrome-extension://${chromium.extensionId}/manifest.json`);
  return page;
}

test('the toolbar badge counts the warnings; tab state survives a stopped service worker', async () => {
  const page = await chromium.newPage();
  await page.goto(new URL('textarea.html', server.url).href);
  await page.click('textarea#reply');
  await page.keyboard.type('No, we cannot do that. It is our policy. You should have read the terms.');
  await page.waitForSelector('tactful-badge[data-warnings="trigger-no,trigger-cant,trigger-policy,trigger-should"]', { timeout: 8000 });

  const ext = await extensionPage();
  const tabId = await tabWithBox(ext);
  expect(await ext.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('4');

  // Stop every service worker, as the browser does when the extension is idle.
  const cdp = await chromium.context.newCDPSession(ext);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) status.set(v.scriptURL, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const worker = `chrome-extension://${chromium.extensionId}/background.js`;
  await waitFor(() => status.get(worker) === 'stopped', { timeout: 5000, message: 'the service worker to stop' });

  const state = await ext.evaluate((id) => chrome.runtime.sendMessage({ kind: 'tab-state', tabId: id }), tabId);
  expect(Object.values(state.boxes).map((b) => (b as { warnings: string[] }).warnings)).toEqual([
    ['trigger-no', 'trigger-cant', 'trigger-policy', 'trigger-should'],
  ]);
  expect(state.focused).toBe(Object.keys(state.boxes)[0]);

  // The restarted worker keeps scoring: edit the draft and the page updates.
  await page.bringToFront();
  await page.click('textarea#reply');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Thank you for your patience! I will send a replacement today.');
  await page.waitForSelector('tactful-badge[data-warnings=""]', { timeout: 8000 });
  await ext.close();
  await page.close();
});

test('internal notes are not checked unless the setting includes them', async () => {
  const page = await chromium.newPage();
  await page.goto(new URL('zammad.html', server.url).href);
  await page.click('.articleNewEdit-body');
  await page.keyboard.type('You should have read the FAQ.');
  await page.waitForTimeout(1200);
  expect(await page.locator('tactful-badge').count()).toBe(0);

  const ext = await extensionPage();
  await ext.evaluate(() => chrome.storage.local.set({ 'tactful.includeNotes': true }));
  await page.waitForSelector('tactful-badge[data-warnings="trigger-should"]', { timeout: 8000 });
  await ext.evaluate(() => chrome.storage.local.set({ 'tactful.includeNotes': false }));
  await waitFor(async () => (await page.locator('tactful-badge').count()) === 0, { message: 'the badge gone with the setting off' });
  await ext.close();
  await page.close();
});

test('the popup protocol: the focused draft in full, insert at the caret, reveal a warning, turn the site off', async () => {
  const page = await chromium.newPage();
  await page.goto(new URL('prosemirror.html', server.url).href);
  await page.click('#reply .ProseMirror');
  await page.keyboard.type('It is our policy. You should have read the FAQ.');
  await page.waitForSelector('tactful-badge[data-warnings="trigger-policy,trigger-should"]', { timeout: 8000 });
  const ext = await extensionPage();
  const tabId = await tabWithBox(ext);

  const state = await ext.evaluate((id) => chrome.runtime.sendMessage({ kind: 'popup-state', tabId: id }), tabId);
  expect([state.host, state.enabled, state.team.name, state.team.reason]).toEqual(['127.0.0.1', true, 'My team', 'default']);
  expect(state.draft.warnings.map((w: { rule: string; text: string }) => [w.rule, w.text])).toEqual([
    ['trigger-policy', 'It is our policy'],
    ['trigger-should', 'You should have read'],
  ]);
  expect(state.draft.reminders.find((r: { rule: string }) => r.rule === 'apologize')).toMatchObject({ expected: true, met: false });
  expect(state.draft.signals).toContain('customer-upset');

  // Insert a sentence at the caret (the end of the draft), through the editor.
  const inserted = await ext.evaluate(
    ([id, box]) => chrome.runtime.sendMessage({ kind: 'insert-text', tabId: id, boxId: box, text: "I'm sorry about this." }),
    [tabId, state.draft.boxId] as const,
  );
  expect(inserted).toBe(true);
  await waitFor(
    async () =>
      (await page.evaluate(() => window.__editor?.getText())) === "It is our policy. You should have read the FAQ. I'm sorry about this.",
  );

  // Reveal a warning: the page opens its card.
  const start = state.draft.warnings[1].start;
  expect(
    await ext.evaluate(([id, box, at]) => chrome.runtime.sendMessage({ kind: 'reveal-warning', tabId: id, boxId: box, start: at }), [
      tabId,
      state.draft.boxId,
      start,
    ] as const),
  ).toBe(true);
  await page.waitForSelector('tactful-card[data-rule="trigger-should"]', { state: 'attached', timeout: 5000 });
  // Again a second later (the draft was re-checked after the insert meanwhile).
  await page.evaluate(() => document.querySelector('tactful-card')?.remove());
  await page.waitForTimeout(1000);
  expect(
    await ext.evaluate(([id, box, at]) => chrome.runtime.sendMessage({ kind: 'reveal-warning', tabId: id, boxId: box, start: at }), [
      tabId,
      state.draft.boxId,
      start,
    ] as const),
  ).toBe(true);
  await page.waitForSelector('tactful-card[data-rule="trigger-should"]', { state: 'attached', timeout: 5000 });

  // Off for this site: the page loses its badge and underlines; on again, they come back.
  await ext.evaluate(() => chrome.runtime.sendMessage({ kind: 'set-site-enabled', host: '127.0.0.1', enabled: false }));
  await waitFor(async () => (await page.locator('tactful-badge').count()) === 0, { message: 'no badge with the site off' });
  expect(
    await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tactful') && CSS.highlights.get(k)?.size)),
  ).toEqual([]);
  expect((await ext.evaluate((id) => chrome.runtime.sendMessage({ kind: 'popup-state', tabId: id }), tabId)).enabled).toBe(false);
  await ext.evaluate(() => chrome.runtime.sendMessage({ kind: 'set-site-enabled', host: '127.0.0.1', enabled: true }));
  await page.waitForSelector('tactful-badge[data-warnings="trigger-policy,trigger-should"]', { timeout: 8000 });
  await ext.close();
  await page.close();
});
