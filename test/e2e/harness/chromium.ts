import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { distPath, makeTempDir, type RequestRecorder, removeTempDir } from './common.js';

export interface ChromiumOptions {
  /** Load the unpacked extension (default true). */
  extension?: boolean;
  /** Default true; this machine has no display. */
  headless?: boolean;
  /** Absolute path of the unpacked extension (default: dist/chrome). */
  extensionPath?: string;
  /**
   * Default true: every host name except localhost resolves to nothing (`--host-resolver-rules`),
   * so nothing can reach the internet even on a connected CI machine. Requests are still attempted
   * and so still recorded.
   */
  localOnly?: boolean;
  /** Extra command-line switches. */
  args?: string[];
}

export interface LaunchedChromium {
  /** Playwright persistent context on a fresh temp user-data-dir. */
  context: BrowserContext;
  /** The 32-letter id, when the extension is loaded. */
  extensionId?: string;
  /** The extension's service worker as it was at launch (a restarted worker is a new `Worker`: see `context.serviceWorkers()`). */
  serviceWorker?: Worker;
  userDataDir: string;
  /** Milliseconds from launch until the browser (and the extension's service worker) was ready. */
  launchMs: number;
  newPage(): Promise<Page>;
  /**
   * Requests made by the extension since launch: its service worker's requests and those of
   * extension pages (`chrome-extension://<id>/…` frames, such as the popup opened in a tab).
   * Not included: content-script requests (Chromium issues them as the page's own; record the page
   * with `recordRequests`), and what Chromium itself fetches.
   */
  recordExtensionRequests(): RequestRecorder;
  /** Closes the browser and deletes the temp user-data-dir. Safe to call twice. */
  close(): Promise<void>;
}

const SERVICE_WORKER_TIMEOUT = 10_000;

/** Launches Debian's Chromium with the unpacked extension (see ../shared/BROWSERS.md for the flags). */
export async function launchChromium(opts: ChromiumOptions = {}): Promise<LaunchedChromium> {
  const withExtension = opts.extension ?? true;
  const extensionPath = opts.extensionPath ?? distPath('chrome');
  const userDataDir = await makeTempDir('chromium');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  if (opts.localOnly ?? true) args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE *.localhost, EXCLUDE 127.0.0.1');
  args.push(...(opts.args ?? []));

  const started = performance.now();
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      headless: opts.headless ?? true,
      args,
    });
  } catch (err) {
    await removeTempDir(userDataDir);
    throw err;
  }

  // Subscribe before anything else, so the service worker's first requests are kept. The frame's
  // URL is taken now: by the time a test asks, the frame may have navigated away.
  const seen: Seen[] = [];
  context.on('request', (req) => seen.push({ req, frameUrl: frameUrl(req) }));

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
    await removeTempDir(userDataDir);
  };

  let serviceWorker: Worker | undefined;
  let extensionId: string | undefined;
  if (withExtension) {
    try {
      serviceWorker = await extensionServiceWorker(context);
    } catch (err) {
      await close();
      throw err;
    }
    extensionId = new URL(serviceWorker.url()).host;
  }
  const launchMs = Math.round(performance.now() - started);
  const origin = extensionId ? `chrome-extension://${extensionId}/` : undefined;

  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    launchMs,
    newPage: () => context.newPage(),
    recordExtensionRequests: () => {
      let start = 0;
      return {
        requests: async () =>
          origin
            ? seen
                .slice(start)
                .filter((s) => madeBy(s, origin))
                .map(({ req }) => ({ url: req.url(), resourceType: req.resourceType() }))
            : [],
        clear: async () => {
          start = seen.length;
        },
      };
    },
    close,
  };
}

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: SERVICE_WORKER_TIMEOUT });
  } catch (err) {
    throw new Error(
      `launchChromium: no extension service worker within ${SERVICE_WORKER_TIMEOUT} ms; is the extension built and its manifest valid? (${err})`,
    );
  }
}

interface Seen {
  req: Request;
  frameUrl: string | undefined;
}

function frameUrl(req: Request): string | undefined {
  if (req.serviceWorker()) return undefined;
  try {
    return req.frame().url();
  } catch {
    return undefined; // no frame: a navigation before its frame exists
  }
}

function madeBy({ req, frameUrl }: Seen, origin: string): boolean {
  const worker = req.serviceWorker();
  if (worker) return worker.url().startsWith(origin);
  return req.url().startsWith(origin) || (frameUrl?.startsWith(origin) ?? false);
}
