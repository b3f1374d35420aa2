// `npm start` (after `node build.mjs`): the demo helpdesk in Debian's Chromium with the extension loaded.
//
// With a display: a browser window on a persistent profile in .tactful-start/profile (settings survive
// restarts) until Ctrl+C or until the window is closed.
// Without one (`--headless`, or neither DISPLAY nor WAYLAND_DISPLAY set): types a sample draft into the
// demo's plain-text reply box, hovers the first underlined phrase and saves a screenshot of the badge and
// the card to dist/start/tactful-demo.png, then exits.
//
// Also a module: `serveDir` and `chromiumFlags` are shared with bench/browser.mjs.
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Debian's Chromium (`apt-get install chromium`); see README.md. */
export const CHROMIUM = '/usr/bin/chromium';
export const EXTENSION_DIR = join(root, 'dist/chrome');
const PROFILE_DIR = join(root, '.tactful-start/profile');
const SCREENSHOT = join(root, 'dist/start/tactful-demo.png');
const DEMO_PATH = 'demo/helpdesk.html';
/** The draft typed in headless mode: "No," "It's our policy" and "You should have read" are flagged. */
export const SAMPLE_DRAFT = "No, we can't refund that. It's our policy. You should have read the terms.";
const HEADLESS_TIMEOUT = 45_000;

/**
 * The switches verified on this project's machines (see BROWSERS.md); `extension: false` for a plain
 * browser, `sandbox: true` to keep Chromium's sandbox (impossible as root).
 */
export function chromiumFlags({ extension = true, localOnly = false, sandbox = false } = {}) {
  const flags = [
    ...(sandbox ? [] : ['--no-sandbox']),
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (extension) flags.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  if (localOnly) flags.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1');
  return flags;
}

/** One line telling how to get Chromium, or undefined when it is installed. */
export async function chromiumMissing() {
  try {
    await access(CHROMIUM, constants.X_OK);
    return undefined;
  } catch {
    return `Chromium was not found at ${CHROMIUM}: install it with \`sudo apt-get install chromium\` (Debian/Ubuntu; see README.md).`;
  }
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` (never cached) on a free port of 127.0.0.1 until `close()`. */
export async function serveDir(dir) {
  const base = normalize(dir.endsWith(sep) ? dir : `${dir}${sep}`);
  const server = createServer(async (request, response) => {
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    let file;
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    } catch {
      file = undefined;
    }
    try {
      if (!file?.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/** The extension's service worker, proof that Chromium loaded dist/chrome. */
export async function extensionWorker(context, timeout = 10_000) {
  const isOurs = (w) => w.url().startsWith('chrome-extension://');
  const found = context.serviceWorkers().find(isOurs);
  if (found) return found;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
  } catch {
    throw new Error(`Chromium started but the extension in ${relative(process.cwd(), EXTENSION_DIR)} did not load within ${timeout} ms.`);
  }
}

async function buildAndServe() {
  try {
    await access(join(EXTENSION_DIR, 'manifest.json'));
  } catch {
    throw new Error(`${relative(process.cwd(), EXTENSION_DIR)} is missing: run \`node build.mjs\` first (\`npm start\` does).`);
  }
  const { buildPages } = await import('../test/e2e/pages/build.mjs');
  const pagesDir = await buildPages();
  const server = await serveDir(pagesDir);
  return { server, demoUrl: new URL(DEMO_PATH, server.url).href };
}

/** A window on the persistent profile, until Ctrl+C or the window closes. */
async function runHeaded() {
  const { chromium } = await import('playwright-core');
  const { server, demoUrl } = await buildAndServe();
  await mkdir(PROFILE_DIR, { recursive: true });
  const launch = (sandbox) =>
    chromium.launchPersistentContext(PROFILE_DIR, {
      executablePath: CHROMIUM,
      headless: false,
      viewport: null, // the window's own size, not an emulated viewport
      args: [...chromiumFlags({ sandbox }), '--window-size=1400,950'],
      ignoreDefaultArgs: ['--enable-automation'], // no "controlled by automated test software" bar
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  // A window the agent may browse with keeps Chromium's sandbox, unless running as root (Chromium
  // refuses) or the machine cannot provide it (some containers).
  const sandbox = process.getuid?.() !== 0;
  let context;
  try {
    try {
      context = await launch(sandbox);
    } catch (err) {
      if (!sandbox || !/sandbox/i.test(String(err))) throw err;
      console.log("Chromium's sandbox is not available on this machine: starting it with --no-sandbox.");
      context = await launch(false);
    }
  } catch (err) {
    await server.close();
    const inUse = /ProcessSingleton|SingletonLock|profile.*in use/i.test(String(err));
    throw new Error(
      inUse
        ? `The profile ${relative(process.cwd(), PROFILE_DIR)} is in use: is another \`npm start\` still running? Close it first.`
        : `Chromium did not start: ${String(err).split('\n')[0]}`,
    );
  }

  let closing;
  const quit = (why) => {
    closing ??= (async () => {
      if (why) console.log(why);
      await context.close().catch(() => undefined);
      await server.close();
      process.exit(0);
    })();
    return closing;
  };
  context.on('close', () => void quit('The browser was closed.'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (closing) process.exit(130); // a second Ctrl+C: don't wait
      void quit('\nClosing the browser…');
    });
  }

  try {
    await extensionWorker(context);
  } catch (err) {
    await context.close().catch(() => undefined);
    await server.close();
    throw err;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  console.log(`Tactful demo: ${demoUrl}`);
  console.log('Chromium is open with the extension loaded (profile in .tactful-start/profile).');
  console.log('Edit the reply; the tabs switch between a textarea, ProseMirror and CKEditor 5.');
  console.log('Press Ctrl+C to quit (or close the browser window).');
}

/** The demo typed into, hovered and captured; returns the screenshot's path. */
async function runHeadless() {
  const { chromium } = await import('playwright-core');
  const { server, demoUrl } = await buildAndServe();
  const profile = await mkdtemp(join(tmpdir(), 'tactful-start-'));
  let context;
  const watchdog = setTimeout(() => {
    console.error(`The headless demo took more than ${HEADLESS_TIMEOUT / 1000} s; giving up.`);
    process.exit(1);
  }, HEADLESS_TIMEOUT);
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
      args: chromiumFlags({ localOnly: true }),
    });
    await extensionWorker(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `${demoUrl}?editor=textarea`;
    await page.goto(url, { waitUntil: 'load' });
    console.log(`Tactful demo (headless): ${url}`);

    const textarea = page.locator('#reply-textarea');
    await textarea.waitFor({ state: 'visible' });
    await textarea.scrollIntoViewIfNeeded();
    // The demo's own draft gets a badge first: the content script is watching.
    await page.waitForFunction(() => document.querySelector('tactful-badge:not([hidden])')?.getAttribute('data-score'), null, {
      timeout: 10_000,
    });
    await textarea.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    // Times of the last input and of the badge's last update, to know when the final text was checked.
    await page.evaluate(() => {
      const state = { input: 0, badge: 0 };
      Object.assign(window, { __tactfulStart: state });
      document.getElementById('reply-textarea')?.addEventListener('input', () => {
        state.input = performance.now();
      });
      new MutationObserver(() => {
        state.badge = performance.now();
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-warnings', 'data-score'] });
    });
    await page.keyboard.type(SAMPLE_DRAFT);
    const handle = await page.waitForFunction(
      (draft) => {
        const state = /** @type {any} */ (window).__tactfulStart;
        const field = /** @type {HTMLTextAreaElement} */ (document.getElementById('reply-textarea'));
        const badge = document.querySelector('tactful-badge:not([hidden])');
        const marks = [...(document.querySelector('tactful-mirror')?.shadowRoot?.querySelectorAll('mark') ?? [])];
        if (field.value !== draft || state.badge <= state.input || !badge?.getAttribute('data-warnings') || marks.length === 0) return null;
        const r = marks[0].getClientRects()[0];
        return r ? { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2, warnings: badge.getAttribute('data-warnings') } : null;
      },
      SAMPLE_DRAFT,
      { timeout: 10_000, polling: 'raf' },
    );
    const first = await handle.jsonValue();
    console.log(`Typed: "${SAMPLE_DRAFT}"`);
    console.log(`Flagged: ${first.warnings.replaceAll(',', ', ')}`);

    await page.mouse.move(first.x - 40, first.y + 30);
    await page.mouse.move(first.x, first.y, { steps: 5 });
    await page.waitForFunction(() => document.querySelector('tactful-card')?.shadowRoot?.querySelector('.card'), null, {
      timeout: 5_000,
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await mkdir(join(root, 'dist/start'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    return SCREENSHOT;
  } finally {
    clearTimeout(watchdog);
    await context?.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('Usage: npm start [-- --headless]\n  Opens the demo helpdesk in Chromium with Tactful loaded.');
    console.log('  --headless  no window: type a sample draft and save a screenshot to dist/start/tactful-demo.png');
    return;
  }
  const unknown = args.filter((a) => a !== '--headless');
  if (unknown.length) throw new Error(`unknown option ${unknown[0]} (try --help)`);
  let headless = args.includes('--headless');
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No display (DISPLAY and WAYLAND_DISPLAY are unset): switching to headless mode.');
    headless = true;
  }
  const missing = await chromiumMissing();
  if (missing) throw new Error(missing);
  if (!headless) return runHeaded();
  const png = await runHeadless();
  console.log(`Screenshot of the badge and the card: ${png}`);
  process.exit(0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
