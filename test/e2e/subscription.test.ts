/**
 * A team subscribed to a pack URL, in real Chromium against a local HTTP
 * server: the served pack checks the page's draft; a new version replaces it;
 * the next refresh asks with If-None-Match and gets a 304; a failing URL or
 * an invalid pack keeps the last good rules and records why.
 *
 * Chrome asks the agent for permission to reach the pack's origin when the
 * lead subscribes, and automation cannot click that prompt: the test runs a
 * copy of the build whose manifest already grants http://127.0.0.1/*.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distPath, type LaunchedChromium, launchChromium } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';
import { storeSettings } from './settings-fixtures.js';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ pack: unknown; error: string | null; updatedAt: number | null }> };
};

function pack(version: number, id: string, phrase: string) {
  return { name: `Support v${version}`, rules: { [id]: { kind: 'avoid', message: 'Say it plainly.', phrases: [phrase] } } };
}

/** What the pack server serves, and the request headers it saw. */
const served = { version: 1, body: JSON.stringify(pack(1, 'custom-terms', 'per the terms')), mode: 'ok' as 'ok' | 'fail' | 'invalid' };
const requests: IncomingHttpHeaders[] = [];
let packServer: Server;
let packUrl: string;
let pages: { url: string; close(): Promise<void> };
let chromium: LaunchedChromium;
let copy: string;

beforeAll(async () => {
  packServer = createServer((req, res) => {
    requests.push(req.headers);
    if (served.mode === 'fail') return void res.writeHead(500).end();
    if (served.mode === 'invalid') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"rules": {}}');
    const etag = `"v${served.version}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(served.body);
  });
  await new Promise<void>((resolve) => packServer.listen(0, '127.0.0.1', resolve));
  packUrl = `http://127.0.0.1:${(packServer.address() as AddressInfo).port}/support.tactful.json`;
  copy = mkdtempSync(join(tmpdir(), 'tactful-subscription-'));
  cpSync(distPath('chrome'), copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  await buildPages();
  pages = await startServer();
  chromium = await launchChromium({ extension: true, extensionPath: copy });
});
afterAll(async () => {
  await chromium?.close();
  await pages?.close();
  await new Promise((resolve) => packServer?.close(resolve));
  if (copy) rmSync(copy, { recursive: true, force: true });
});

function refresh(ext: Page) {
  return ext.evaluate((url) => chrome.runtime.sendMessage({ kind: 'refresh-subscription', url }), packUrl);
}

test('the subscribed pack checks drafts, is replaced by a new version, and survives a failing or invalid URL', async () => {
  const ext = await chromium.newPage();
  await ext.goto(`chrome-extension://${chromium.extensionId}/manifest.json`);
  const settings = {
    version: 1,
    defaultTeam: 'support',
    siteTeams: {},
    personal: {},
    teams: [{ id: 'support', name: 'Support', sites: [], pack: { name: 'Support', rules: {} }, subscription: { url: packUrl } }],
  };
  await storeSettings(ext, settings);
  expect((await refresh(ext)).error).toBeNull();

  const page = await chromium.newPage();
  await page.goto(new URL('textarea.html', pages.url).href);
  await page.click('textarea#reply');
  await page.keyboard.type('Thanks for writing in. Per the terms the order ships Monday; kindly revert if it does not.');
  await page.waitForSelector('tactful-badge[data-warnings*="custom-terms"]', { timeout: 8000 });

  // A new version: the open draft is checked with it at once.
  served.version = 2;
  served.body = JSON.stringify(pack(2, 'custom-revert', 'kindly revert'));
  expect((await refresh(ext)).error).toBeNull();
  await page.waitForSelector('tactful-badge[data-warnings*="custom-revert"]', { timeout: 3000 });
  expect(await page.locator('tactful-badge[data-warnings*="custom-terms"]').count()).toBe(0);

  // Unchanged: the server is asked with the validator it gave, and answers 304.
  const unchanged = await refresh(ext);
  expect([requests.at(-1)?.['if-none-match'], unchanged.error]).toEqual(['"v2"', null]);

  // Failing, then invalid: the last good pack stays, and the reason is recorded.
  served.mode = 'fail';
  const failed = await refresh(ext);
  served.mode = 'invalid';
  const invalid = await refresh(ext);
  expect([failed.error, invalid.error?.startsWith('the served pack is not valid'), (invalid.pack as { name: string }).name]).toEqual([
    'the server answered 500 Internal Server Error',
    true,
    'Support v2',
  ]);
  await page.keyboard.type(' Thanks again.');
  await page.waitForTimeout(900);
  expect(await page.locator('tactful-badge[data-warnings*="custom-revert"]').count()).toBe(1);
  // The requests carried no cookies (credentials: 'omit').
  expect(requests.every((h) => h.cookie === undefined)).toBe(true);
});
