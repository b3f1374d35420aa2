import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { type BidiBeforeRequestSent, bidiConnection, bidiResourceType } from './bidi.js';
import type { RecordedRequest } from './common.js';

/** A Playwright page (Chromium) or a Puppeteer page (Firefox over WebDriver BiDi). */
export type AnyPage = PlaywrightPage | PuppeteerPage;

function isPuppeteerPage(page: AnyPage): page is PuppeteerPage {
  return typeof (page as PuppeteerPage).browserContext === 'function' && typeof (page as PlaywrightPage).context !== 'function';
}

/**
 * Collects the page's `console.error` messages (as `console.error: <text>`) and uncaught exceptions
 * (as `uncaught: <Name>: <message>`) into the returned array, which keeps filling. Covers every
 * frame of the page, and the extension's content scripts in it (both browsers report those too).
 * Chromium also reports failed loads (a 404 included) as console errors.
 */
export function collectConsoleErrors(page: AnyPage): string[] {
  const errors: string[] = [];
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  };
  const onPageError = (err: unknown) => errors.push(`uncaught: ${errorText(err)}`);
  // Same calls, but each library types `on` for its own page, hence two branches.
  if (isPuppeteerPage(page)) {
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
  } else {
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
  }
  return errors;
}

/** `Name: message` in both browsers (Puppeteer over BiDi already puts the name in the message). */
function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.message.startsWith(`${err.name}: `) ? err.message : `${err.name}: ${err.message}`;
}

/**
 * Records every request the page (all its frames, and content scripts running in it) makes, in
 * order, into the returned array, which keeps filling. Pair with `nonLocal()` from common.ts to
 * assert that nothing left 127.0.0.1.
 */
export function recordRequests(page: AnyPage): RecordedRequest[] {
  const out: RecordedRequest[] = [];
  if (!isPuppeteerPage(page)) {
    page.on('request', (req) => out.push({ url: req.url(), resourceType: req.resourceType() }));
    return out;
  }
  // Puppeteer over BiDi has no resourceType(); take the type from the raw BiDi event of the same id.
  const byId = new Map<string, RecordedRequest>();
  const types = new Map<string, string>();
  const connection = bidiConnection(page.browser());
  connection.on('network.beforeRequestSent', (event: BidiBeforeRequestSent) => {
    const type = bidiResourceType(event.request);
    const rec = byId.get(event.request.request);
    if (rec) rec.resourceType = type;
    else types.set(event.request.request, type);
  });
  page.on('request', (req) => {
    const id = (req as unknown as { id: string }).id; // the BiDi request id; declared @internal in Puppeteer's types
    const rec = { url: req.url(), resourceType: types.get(id) ?? 'other' };
    types.delete(id);
    byId.set(id, rec);
    out.push(rec);
  });
  return out;
}

/** What a truthy test leaves of T. */
export type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

export interface WaitForOptions {
  /** Milliseconds before giving up (default 5000). */
  timeout?: number;
  /** Milliseconds between attempts (default 50). */
  interval?: number;
  /** What is being waited for, for the error message (default: the function's source). */
  message?: string;
}

/**
 * Calls `fn` until it returns a truthy value (which it resolves to) or the timeout passes. A throw
 * counts as "not yet". On timeout it rejects with what was awaited and the last value or error.
 */
export async function waitFor<T>(fn: () => T | Promise<T>, opts: WaitForOptions = {}): Promise<Truthy<T>> {
  const timeout = opts.timeout ?? 5000;
  const interval = opts.interval ?? 50;
  const deadline = performance.now() + timeout;
  const pending = Symbol('pending');
  let last = 'no attempt finished';
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    try {
      // An attempt that hangs (say, an evaluate during a navigation) must not outlive the deadline.
      const cutoff = new Promise<typeof pending>((resolve) => {
        timer = setTimeout(() => resolve(pending), Math.max(0, deadline - performance.now()));
      });
      const value = await Promise.race([Promise.resolve().then(fn), cutoff]);
      if (value !== pending) {
        if (value) return value as Truthy<T>;
        last = `last value: ${describe(value)}`;
      }
    } catch (err) {
      last = `last error: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      clearTimeout(timer);
    }
    if (performance.now() >= deadline) {
      const what = opts.message ?? fn.toString().replace(/\s+/g, ' ').slice(0, 200);
      throw new Error(`waitFor timed out after ${timeout} ms waiting for: ${what} (${last})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
