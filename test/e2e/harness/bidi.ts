import type { Browser } from 'puppeteer-core';

/**
 * The slice of Puppeteer's WebDriver BiDi connection the harness uses. Puppeteer's `Browser` for
 * Firefox has a `connection` getter that its public types do not declare; Puppeteer subscribes it
 * to every BiDi module (`browsingContext`, `network`, `log`, `script`, `input`) for all contexts.
 */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, listener: (params: never) => void): unknown;
  off(event: string, listener: (params: never) => void): unknown;
}

export function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection || typeof connection.send !== 'function') throw new Error('not a WebDriver BiDi browser: no connection');
  return connection;
}

/** The parts of a BiDi `network.beforeRequestSent` event the harness reads. */
export interface BidiBeforeRequestSent {
  context: string | null;
  request: { request: string; url: string; destination?: string; initiatorType?: string | null };
}

/** A Playwright-like resource type from a BiDi request's Fetch destination or initiator type. */
export function bidiResourceType(request: BidiBeforeRequestSent['request']): string {
  if (request.destination) return request.destination === 'iframe' || request.destination === 'frame' ? 'document' : request.destination;
  if (request.initiatorType === 'xmlhttprequest') return 'xhr';
  return request.initiatorType || 'other';
}

/**
 * Runs privileged (browser-chrome) JavaScript in Firefox's main browser window. Needs Firefox
 * started with `--remote-allow-system-access` (launchFirefox does). The window's globals persist
 * between calls, so state can be kept on `window`.
 */
export class FirefoxChrome {
  #context: string | undefined;

  constructor(private readonly connection: BidiConnection) {}

  async #chromeContext(): Promise<string> {
    if (this.#context) return this.#context;
    const { result } = (await this.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const main = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? result.contexts[0];
    if (!main) throw new Error('Firefox has no browser window');
    this.#context = main.context;
    return main.context;
  }

  /** Evaluates `expression` (awaiting a promise) and returns its value; pass JSON strings for anything non-primitive. */
  async evaluate(expression: string): Promise<unknown> {
    const context = await this.#chromeContext();
    const { result } = (await this.connection.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: { type: 'success'; result: { value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } } };
    if (result.type === 'exception') throw new Error(`privileged script failed: ${result.exceptionDetails.text}`);
    return result.result.value;
  }
}
