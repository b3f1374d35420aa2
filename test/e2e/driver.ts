/**
 * One small driver over Playwright (Chromium) and Puppeteer (Firefox), so the
 * same end-to-end scenarios run in both browsers with the extension loaded.
 */

import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { collectConsoleErrors, launchChromium, launchFirefox, type RecordedRequest, recordRequests, waitFor } from './harness/index.js';

export type BrowserName = 'chromium' | 'firefox';

export interface Driver {
  readonly browser: BrowserName;
  /** Console errors and uncaught exceptions of the page, collected as they happen. */
  readonly errors: string[];
  /** Every request the page (and its content scripts) made. */
  readonly requests: RecordedRequest[];
  open(url: string): Promise<void>;
  /** Evaluates `fn(arg)` in the page, or in the document of the iframe matching `frame`. */
  eval<A, T>(fn: (arg: A) => T, arg: A, frame?: string): Promise<Awaited<T>>;
  click(selector: string, frame?: string): Promise<void>;
  type(text: string): Promise<void>;
  /** A key or a combination such as `Control+z` or `Alt+Enter`. */
  press(keys: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** The viewport offset of an iframe's content (0,0 for the top document). */
  frameOffset(frame?: string): Promise<{ x: number; y: number }>;
  close(): Promise<void>;
}

export interface Session {
  newDriver(): Promise<Driver>;
  /** Requests the extension itself made (background, extension pages). */
  extensionRequests(): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

type AnyFrame = PlaywrightFrame | PuppeteerFrame;

async function frameOf(page: PlaywrightPage | PuppeteerPage, selector?: string): Promise<AnyFrame> {
  if (!selector) return page.mainFrame();
  const handle = await (page as PlaywrightPage).$(selector);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no iframe matches ${selector}`);
  return frame as AnyFrame;
}

function driverFor(browser: BrowserName, page: PlaywrightPage | PuppeteerPage): Driver {
  const errors = collectConsoleErrors(page);
  const requests = recordRequests(page);
  const evaluate = async <A, T>(fn: (arg: A) => T, arg: A, frame?: string): Promise<Awaited<T>> => {
    const f = await frameOf(page, frame);
    // Both libraries serialize `fn` and `arg` the same way; their typings differ, so call through a plain signature.
    const run = (f as unknown as { evaluate(fn: unknown, arg: unknown): Promise<unknown> }).evaluate.bind(f);
    return (await run(fn, arg)) as Awaited<T>;
  };
  return {
    browser,
    errors,
    requests,
    async open(url) {
      await (page as PlaywrightPage).goto(url, { waitUntil: 'load' });
    },
    eval: evaluate,
    async click(selector, frame) {
      // By rectangle, as a person would; "host >>> inner" reaches into an open shadow root.
      const locate = () =>
        evaluate(
          (sel: string) => {
            const [outer, ...inner] = sel.split(' >>> ');
            let el: Element | null | undefined = document.querySelector(outer as string);
            for (const part of inner) el = el?.shadowRoot?.querySelector(part);
            if (!el) return null;
            el.scrollIntoView({ block: 'center' });
            const r = el.getBoundingClientRect();
            return { x: r.left + Math.min(r.width / 2, 40), y: r.top + Math.min(r.height / 2, 12) };
          },
          selector,
          frame,
        ).catch(() => null);
      // Editors start asynchronously (and frames load late): wait for the element like Playwright's click does.
      const point = await waitFor(locate, { timeout: 10_000, message: `an element matching ${selector}${frame ? ` in ${frame}` : ''}` });
      const offset = await this.frameOffset(frame);
      await (page as PlaywrightPage).mouse.click(offset.x + point.x, offset.y + point.y);
    },
    async type(text) {
      await (page as PlaywrightPage).keyboard.type(text);
    },
    async press(keys) {
      if (browser === 'chromium') {
        await (page as PlaywrightPage).keyboard.press(keys);
        return;
      }
      const parts = keys.split('+');
      const key = parts.pop() as string;
      const kb = (page as PuppeteerPage).keyboard;
      for (const m of parts) await kb.down(m as 'Control');
      await kb.press(key as 'z');
      for (const m of parts.reverse()) await kb.up(m as 'Control');
    },
    async mouseMove(x, y) {
      await (page as PlaywrightPage).mouse.move(x, y);
    },
    async mouseClick(x, y) {
      await (page as PlaywrightPage).mouse.click(x, y);
    },
    async frameOffset(frame) {
      if (!frame) return { x: 0, y: 0 };
      return evaluate((sel: string) => {
        const f = document.querySelector(sel) as HTMLIFrameElement;
        const r = f.getBoundingClientRect();
        return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
      }, frame);
    },
    async close() {
      await page.close();
    },
  };
}

/** Launches a browser with the built extension loaded. */
export async function launch(browser: BrowserName): Promise<Session> {
  if (browser === 'chromium') {
    const c = await launchChromium({ extension: true });
    const recorder = c.recordExtensionRequests();
    return {
      newDriver: async () => driverFor('chromium', await c.newPage()),
      extensionRequests: () => recorder.requests(),
      close: () => c.close(),
    };
  }
  const f = await launchFirefox({ extension: true });
  const recorder = f.recordExtensionRequests();
  return {
    newDriver: async () => driverFor('firefox', await f.newPage()),
    extensionRequests: () => recorder.requests(),
    close: () => f.close(),
  };
}
