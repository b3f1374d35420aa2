import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REMOTE_URL, writeFixtureExtension } from './harness/fixture-extension.js';
import {
  collectConsoleErrors,
  type LocalServer,
  launchChromium,
  launchFirefox,
  nonLocal,
  recordRequests,
  startLocalServer,
  waitFor,
} from './harness/index.js';

/** The `chrome` / `browser` extension API, as much of it as these tests call. */
interface RuntimeApi {
  runtime: { getManifest(): { name: string }; sendMessage(message: unknown): Promise<unknown> };
}

const draft = 'You should have read the FAQ.';
let server: LocalServer;

beforeAll(async () => {
  const ok = { body: 'ok', type: 'text/plain' };
  server = await startLocalServer({
    '/': '<!doctype html><title>Harness page</title><h1>Hello</h1><iframe src="/frame"></iframe>',
    '/frame': '<!doctype html><title>Frame</title><p>In a frame</p>',
    '/from-background': ok,
    '/from-content-script': ok,
    '/from-popup': ok,
  });
});

afterAll(() => server?.close());

/** Closes a launched browser, printing how long that took. */
async function closeTimed(name: string, browser: { close(): Promise<void> }): Promise<void> {
  const started = performance.now();
  await browser.close();
  console.log(`${name} closed in ${Math.round(performance.now() - started)} ms`);
}

/** What the background answers to a check: a score and at least one warning for this draft. */
function expectCheckResult(reply: unknown): void {
  expect(reply).toMatchObject({ score: expect.any(Number), warnings: expect.any(Array) });
  expect((reply as { warnings: unknown[] }).warnings.length).toBeGreaterThan(0);
}

describe('Chromium harness', () => {
  test('loads the built extension: id, MV3 manifest, service worker, check messages', async () => {
    const cr = await launchChromium();
    console.log(`Chromium with the extension launched in ${cr.launchMs} ms`);
    try {
      expect(cr.extensionId).toMatch(/^[a-p]{32}$/);
      const page = await cr.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(`chrome-extension://${cr.extensionId}/manifest.json`);
      expect(JSON.parse((await page.locator('body').textContent()) ?? '').manifest_version).toBe(3);
      expect(
        await cr.serviceWorker?.evaluate(() => (globalThis as unknown as { chrome: RuntimeApi }).chrome.runtime.getManifest().name),
      ).toBe('Tactful');
      // A page of the extension's own origin can message the service worker like the content script does.
      const reply = await page.evaluate(
        (d) => (globalThis as unknown as { chrome: RuntimeApi }).chrome.runtime.sendMessage({ kind: 'check', draft: d }),
        draft,
      );
      expectCheckResult(reply);

      const web = await cr.newPage();
      const requests = recordRequests(web);
      await web.goto(server.url('/'));
      expect(await web.title()).toBe('Harness page');
      expect(requests.map((r) => r.url)).toEqual(expect.arrayContaining([server.url('/'), server.url('/frame')]));
      expect(nonLocal(requests)).toEqual([]);
      expect(nonLocal(await cr.recordExtensionRequests().requests())).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await closeTimed('Chromium', cr);
    }
    expect(existsSync(cr.userDataDir)).toBe(false);
  });

  test('recorders and error collection, shown on a fixture extension', async () => {
    const fixture = await writeFixtureExtension('chrome', server.origin);
    const cr = await launchChromium({ extensionPath: fixture.path });
    try {
      const fromExtension = cr.recordExtensionRequests();
      const page = await cr.newPage();
      const errors = collectConsoleErrors(page);
      const requests = recordRequests(page);
      await page.goto(server.url('/'));
      await waitFor(() => requests.filter((r) => r.url.includes('/from-content-script')).length === 2, {
        message: 'a content-script fetch per frame',
      });
      const popup = await cr.newPage();
      await popup.goto(`chrome-extension://${cr.extensionId}/popup.html`);
      const seen = await waitFor(async () => {
        const list = await fromExtension.requests();
        const urls = list.map((r) => r.url);
        return [server.url('/from-popup'), server.url('/from-background'), REMOTE_URL].every((u) => urls.includes(u)) && list;
      });

      // The service worker's startup fetches (made before launchChromium returned) and the popup's.
      expect(seen).toEqual(
        expect.arrayContaining([
          { url: server.url('/from-background'), resourceType: 'fetch' },
          { url: REMOTE_URL, resourceType: 'fetch' },
          { url: server.url('/from-popup'), resourceType: 'fetch' },
        ]),
      );
      expect(new Set(nonLocal(seen).map((r) => r.url))).toEqual(new Set([REMOTE_URL]));
      // Content-script fetches count as the page's.
      expect(seen.filter((r) => r.url.includes('/from-content-script'))).toEqual([]);
      expect(nonLocal(requests)).toEqual([]);
      expect(errors).toEqual(
        expect.arrayContaining([
          'console.error: fixture content script error in /frame',
          'uncaught: Error: fixture content script exception',
        ]),
      );
      await fromExtension.clear();
      expect(await fromExtension.requests()).toEqual([]);
    } finally {
      await cr.close();
      await fixture.remove();
    }
  });
});

describe('Firefox harness', () => {
  test('installs the built extension, loads a local page, check messages, no request leaves', async () => {
    const ff = await launchFirefox();
    console.log(`Firefox with the extension launched in ${ff.launchMs} ms`);
    try {
      expect(ff.extensionId).toBe('tactful@tactful.dev');
      expect(ff.extensionOrigin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}$/);
      const everything = ff.recordBrowserRequests();
      const page = await ff.newPage();
      const errors = collectConsoleErrors(page);
      const requests = recordRequests(page);
      await page.goto(server.url('/'));
      expect(await page.title()).toBe('Harness page');
      expect(requests).toEqual(
        expect.arrayContaining([
          { url: server.url('/'), resourceType: 'document' },
          { url: server.url('/frame'), resourceType: 'document' },
        ]),
      );

      const extensionPage = await ff.openExtensionPage('manifest.json');
      const reply = await extensionPage.evaluate(
        (d) => (globalThis as unknown as { browser: RuntimeApi }).browser.runtime.sendMessage({ kind: 'check', draft: d }),
        draft,
      );
      expectCheckResult(reply);

      // Browser-wide: the quiet prefs leave Firefox itself silent, so everything here is the page's.
      const all = await everything.requests();
      expect(all).toEqual(expect.arrayContaining([{ url: server.url('/'), resourceType: 'document' }]));
      expect(nonLocal(all)).toEqual([]);
      expect(await ff.recordExtensionRequests().requests()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await closeTimed('Firefox', ff);
    }
    expect(existsSync(ff.profileDir)).toBe(false);
  });

  test('recorders and error collection, shown on a fixture extension', async () => {
    const fixture = await writeFixtureExtension('firefox', server.origin);
    const ff = await launchFirefox({ extensionPath: fixture.path });
    try {
      expect(ff.extensionId).toBe(fixture.geckoId);
      const fromExtension = ff.recordExtensionRequests();
      const page = await ff.newPage();
      const errors = collectConsoleErrors(page);
      const requests = recordRequests(page);
      await page.goto(server.url('/'));
      await waitFor(() => requests.filter((r) => r.url.includes('/from-content-script')).length === 2, {
        message: 'a content-script fetch per frame',
      });
      await ff.openExtensionPage('popup.html');
      const seen = await waitFor(async () => {
        const list = await fromExtension.requests();
        const urls = list.map((r) => r.url);
        return [server.url('/from-popup'), server.url('/from-background'), REMOTE_URL].every((u) => urls.includes(u)) && list;
      });

      expect(seen).toEqual(
        expect.arrayContaining([
          { url: server.url('/from-background'), resourceType: 'fetch' },
          { url: REMOTE_URL, resourceType: 'fetch' },
          { url: server.url('/from-popup'), resourceType: 'fetch' },
        ]),
      );
      // The MV3 default CSP (upgrade-insecure-requests) adds an https:// retry of the same URL.
      expect(new Set(nonLocal(seen).map((r) => r.url.replace(/^https:/, 'http:')))).toEqual(new Set([REMOTE_URL]));
      expect(seen.filter((r) => r.url.includes('/from-content-script'))).toEqual([]);
      expect(nonLocal(requests)).toEqual([]);
      expect(errors).toEqual(
        expect.arrayContaining([
          'console.error: fixture content script error in /frame',
          'uncaught: Error: fixture content script exception',
        ]),
      );
      await fromExtension.clear();
      expect(await fromExtension.requests()).toEqual([]);
    } finally {
      await ff.close();
      await fixture.remove();
    }
  });
});
