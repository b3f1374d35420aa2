// The local editor test pages work in real Chromium, without the extension: real keyboard input
// reaches each editor's own model, one undo of the editor takes it out again, and no page reaches
// past 127.0.0.1 or logs an error.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildPages } from './pages/build.mjs';
import { type PageSpec, pages } from './pages/pages.mjs';
import { startServer } from './pages/server';

// Under 20 characters: CKEditor 5 makes an undo step of every 20 typed characters.
const SENTENCE = 'Sorry about that.';

// Summernote snapshots its undo stack at each word boundary, so typing "Sorry about that." takes
// one undo per word to take out; every other editor takes the whole sentence out in one.
const UNDOS_FOR_SENTENCE: Record<string, number> = { summernote: 3 };

type Case = Pick<PageSpec, 'name' | 'editable' | 'frame'>;
const cases: Case[] = [...pages, { name: 'demo/helpdesk', editable: '#reply-textarea' }];

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let context: BrowserContext;
let problems: string[];

beforeAll(async () => {
  await buildPages();
  server = await startServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await context?.close();
});

/** A fresh page that records console errors, uncaught exceptions and requests leaving 127.0.0.1. */
async function open(name: string): Promise<Page> {
  problems = [];
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') problems.push(`request to ${url.href}`);
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${server.url}${name}.html`, { timeout: 10_000 });
  await page.waitForFunction(() => window.__editor !== undefined, null, { timeout: 10_000 });
  return page;
}

const modelText = (page: Page) => page.evaluate(() => window.__editor?.getText() ?? '');

describe('editor test pages in Chromium', () => {
  for (const { name, editable, frame } of cases) {
    const undos = UNDOS_FOR_SENTENCE[name] ?? 1;
    test(`${name}: typed text reaches the editor's model and ${undos === 1 ? 'one undo takes' : `${undos} undos take`} it out`, async () => {
      const page = await open(name);
      const box = (frame ? page.frameLocator(frame) : page).locator(editable);
      await box.waitFor({ timeout: 5_000 }); // late.html mounts its box after 2 s
      const before = await modelText(page);

      // Where a user clicks, whatever is on top there (Summernote's placeholder covers the first line).
      await box.click({ position: { x: 12, y: 10 }, force: true });
      await page.keyboard.type(SENTENCE);
      await expect.poll(() => modelText(page), { timeout: 2_000 }).toContain(SENTENCE);

      for (let i = 0; i < undos; i++) await page.evaluate(() => window.__editor?.undo());
      await expect.poll(() => modelText(page), { timeout: 2_000 }).toBe(before);
      expect(problems).toEqual([]);
    });
  }

  test('late: "Next ticket" replaces the reply box with a new, empty one', async () => {
    const page = await open('late');
    await page.locator('#reply').waitFor({ timeout: 5_000 });
    await page.locator('#reply').click();
    await page.keyboard.type(SENTENCE);
    await page.locator('#next-ticket').click();
    expect(await page.locator('#reply').getAttribute('data-generation')).toBe('2');
    expect(await modelText(page)).toBe('');
    await page.evaluate(() => window.__swap?.());
    expect(await page.locator('#reply').getAttribute('data-generation')).toBe('3');
    expect(problems).toEqual([]);
  });

  test('ckeditor: the editable is marked like Zendesk Agent Workspace and carries its editor', async () => {
    const page = await open('ckeditor');
    const hasInstance = await page
      .locator('div.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]')
      .evaluate((el) => 'ckeditorInstance' in el);
    expect(hasInstance).toBe(true);
  });

  test('gmail: the reply box holds the quoted thread after the reply line', async () => {
    const page = await open('gmail');
    const quote = page.locator('[g_editable="true"][role="textbox"] .gmail_quote .gmail_attr');
    await expect.poll(() => quote.textContent(), { timeout: 2_000 }).toMatch(/^On .*, Sam Carter <.*> wrote:$/);
  });
});
