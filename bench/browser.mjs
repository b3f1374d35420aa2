// The browser part of `npm run bench`: Tactful's cost where agents feel it, in headless Chromium.
//
// - Typing: the same 500 characters typed with real key events (Playwright `keyboard.type`) into the
//   ProseMirror and textarea test pages, in a browser with the extension and in one without it,
//   rounds alternating which goes first. Timed inside the page: from the first keydown to the first
//   animation frame after the last input event.
// - Latency: from the last keydown to the first animation frame in which the warnings for the final
//   text are registered (CSS.highlights ranges in ProseMirror, the mirror's marks for the textarea).
//   The content script waits CHECK_DELAY (400 ms) after the last keystroke, so the figure that the
//   extension controls is what comes beyond that pause.
// - Size: the content scripts in dist/chrome, gzipped.
//
// `node bench/browser.mjs` runs it alone (after `node build.mjs`) and adds its figures to
// dist/bench-latest.json.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, chromiumFlags, chromiumMissing, EXTENSION_DIR, extensionWorker, serveDir } from '../scripts/start.mjs';
import { median } from './stats.mjs';

const OUT = new URL('../dist/bench-latest.json', import.meta.url);
export const TARGETS = { typingRatio: 1.05, beyondPauseMs: 50, contentGzipKB: 40, popupPaintMs: 100 };

/**
 * The popup's first contentful paint, from the start of its navigation (what a click on the toolbar
 * icon starts), median over `rounds` fresh loads.
 */
async function popupFirstPaint(context, rounds) {
  const worker = await extensionWorker(context);
  const id = new URL(worker.url()).host;
  const samples = [];
  for (let i = 0; i < rounds + 1; i++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    const fcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const done = (v) => resolve(v);
          const found = performance.getEntriesByName('first-contentful-paint')[0];
          if (found) return done(found.startTime);
          new PerformanceObserver((list) => done(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
          setTimeout(() => done(Number.NaN), 3000);
        }),
    );
    await page.close();
    if (i > 0) samples.push(fcp); // the first load warms the extension's caches
  }
  return { medianMs: median(samples), samples };
}
/** The content script's typing pause, CHECK_DELAY in src/content/box.ts (400 ms when written). */
const TYPING_PAUSE = await readFile(new URL('../src/content/box.ts', import.meta.url), 'utf8')
  .then((src) => Number(/export const CHECK_DELAY = ([\d_]+)/.exec(src)?.[1]?.replaceAll('_', '') ?? 400))
  .catch(() => 400);
const ROUNDS = 7;
const WARMUP = 1;

/** 500 characters of a reply an agent might type, ASCII only (every character is a real key), with flagged phrases. */
export const TYPED =
  'Hi Sam, thank you for writing in. You should have contacted us within 30 days of delivery. It is our policy that ' +
  'refunds need the original receipt, and no, we cannot do that for opened items. I understand how frustrating a second ' +
  'broken carafe is. What I can do is send a replacement set by express shipping at no cost to you. You will get a ' +
  'tracking number by email within the hour. If anything else comes up, just reply to this email and I will follow up ' +
  'with you personally on Friday. Thanks, Alex';
if (TYPED.length !== 500) throw new Error(`bench/browser.mjs: TYPED is ${TYPED.length} characters, not 500`);

const PAGES = [
  { id: 'prosemirror', label: 'ProseMirror', file: 'prosemirror.html', editable: '#reply .ProseMirror', field: false },
  { id: 'textarea', label: 'textarea', file: 'textarea.html', editable: 'textarea#reply', field: true },
];

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

/**
 * In-page instrumentation, installed after each page load. `window.__bench.arm()` starts a run; keydowns
 * (window, capture phase) and input events are timed with performance.now(); after the last key a
 * frame loop looks for the final warnings.
 */
function instrument({ editable, field, expected, chars }) {
  const el = document.querySelector(editable);
  if (!el) throw new Error(`no ${editable}`);
  const b = {
    armed: false,
    keys: 0,
    first: 0,
    last: 0,
    endFrame: 0,
    badge: 0,
    checksWhileTyping: 0,
    painted: 0,
    watchTimedOut: false,
    arm() {
      Object.assign(b, { armed: true, keys: 0, first: 0, last: 0, endFrame: 0, badge: 0, checksWhileTyping: 0, painted: 0 });
      b.watchTimedOut = false;
    },
  };
  window.__bench = b;
  /** The texts drawn now, in text order, or null while nothing (current) is drawn. */
  const drawn = () => {
    if (field) {
      const mirror = document.querySelector('tactful-mirror');
      const box = mirror?.shadowRoot?.querySelector('div');
      if (!mirror || !box || mirror.style.display === 'none') return null;
      // The mirror must hold the field's final text, so its marks sit on the final words.
      if ((box.textContent ?? '').replace(/\u200b$/, '') !== el.value) return null;
      return [...box.querySelectorAll('mark')].map((m) => m.textContent);
    }
    const ranges = [];
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('tactful')) ranges.push(...highlight);
    ranges.sort((x, y) => x.compareBoundaryPoints(Range.START_TO_START, y));
    return ranges.map((r) => r.toString());
  };
  const watch = () => {
    if (!b.armed) return;
    const now = performance.now();
    const texts = b.badge > b.last ? drawn() : null;
    if (texts && texts.length === expected.length && texts.every((t, i) => t === expected[i])) {
      b.painted = now;
      return;
    }
    if (now - b.last > 10_000) {
      b.watchTimedOut = true;
      return;
    }
    requestAnimationFrame(watch);
  };
  addEventListener(
    'keydown',
    () => {
      if (!b.armed) return;
      const now = performance.now();
      b.keys++;
      if (b.keys === 1) b.first = now;
      b.last = now;
      if (b.keys === chars) requestAnimationFrame(watch);
    },
    true,
  );
  document.addEventListener(
    'input',
    () => {
      if (!b.armed || b.keys !== chars || b.endFrame) return;
      requestAnimationFrame(() => {
        b.endFrame ||= performance.now();
      });
    },
    true,
  );
  // The badge changes with every check the content script draws (main-world observers see the content script's changes).
  new MutationObserver(() => {
    if (!b.armed) return;
    if (b.keys > 0 && b.keys < chars) b.checksWhileTyping++;
    b.badge = performance.now();
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-score', 'data-warnings'] });
}

/** The editor's text as the agent sees it. */
function editorText({ editable, field }) {
  const el = document.querySelector(editable);
  return field ? el.value : el.textContent;
}

/**
 * Loads the page afresh for each run (so every run starts from the same empty editor and the same
 * page state), lets the content script settle, instruments the page and puts the caret in the editor.
 */
async function preparePage(page, url, spec, withExtension, expected) {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(spec.editable).waitFor({ state: 'visible' });
  // With the extension: the content script watches the box once its badge exists; its first check follows at once.
  if (withExtension) await page.waitForSelector('tactful-badge', { state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(300);
  await page.evaluate(instrument, { editable: spec.editable, field: spec.field, expected, chars: TYPED.length });
  await page.click(spec.editable);
  if ((await page.evaluate(editorText, spec)).trim() !== '') throw new Error(`${spec.file}: the editor is not empty`);
}

/** One measured typing of TYPED. */
/** The renderer's main-thread time so far, in ms (CDP Performance metrics, cumulative). */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

async function typeOnce(tab, url, spec, withExtension, expected) {
  const { page, cdp } = tab;
  await preparePage(page, url, spec, withExtension, expected);
  await cdp.send('Performance.enable');
  await page.evaluate(() => window.__bench.arm());
  const before = await mainThreadMs(cdp);
  await page.keyboard.type(TYPED);
  const after = await mainThreadMs(cdp);
  await page.waitForFunction(
    (ext) => {
      const b = window.__bench;
      return b.endFrame > 0 && (!ext || b.painted > 0 || b.watchTimedOut);
    },
    withExtension,
    { timeout: 15_000, polling: 100 },
  );
  const b = await page.evaluate(() => {
    const { first, last, endFrame, painted, keys, checksWhileTyping, watchTimedOut } = window.__bench;
    window.__bench.armed = false;
    return { first, last, endFrame, painted, keys, checksWhileTyping, watchTimedOut };
  });
  const text = await page.evaluate(editorText, spec);
  if (b.keys !== TYPED.length || text !== TYPED)
    throw new Error(`${spec.file}: typed ${b.keys} keys, the editor holds ${text.length} chars`);
  if (withExtension && b.watchTimedOut) throw new Error(`${spec.file}: the final warnings were not drawn within 10 s of the last key`);
  return {
    typingMs: b.endFrame - b.first,
    mainThreadMs: after.task - before.task,
    scriptMs: after.script - before.script,
    latencyMs: withExtension ? b.painted - b.last : undefined,
    checksWhileTyping: b.checksWhileTyping,
  };
}

async function contentScriptSizes() {
  const files = ['content.js', 'main-world.js'];
  const out = [];
  for (const file of files) {
    const bytes = await readFile(join(EXTENSION_DIR, file));
    out.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  const gzipBytes = out.reduce((n, f) => n + f.gzipBytes, 0);
  return { files: out, bytes: out.reduce((n, f) => n + f.bytes, 0), gzipBytes, gzipKB: gzipBytes / 1024 };
}

function printReport(r) {
  const line = '-'.repeat(78);
  console.log(`\nTactful in the browser — ${r.browserVersion}, headless, ${r.chars} chars typed with real key events`);
  console.log(`rounds: ${r.rounds} (+${r.warmup} warm-up) per page and browser, alternating which browser types first`);
  console.log(line);
  console.log(
    `${pad('typing 500 chars, ms', 22)}${lpad('with ext', 10)}${lpad('without', 10)}${lpad('ratio', 8)}${lpad('main thread', 14)}${lpad('of it, JS', 14)}`,
  );
  for (const p of r.pages) {
    const m = p.mainThread;
    const cols = [
      lpad(fmt(p.typing.withMs), 10),
      lpad(fmt(p.typing.withoutMs), 10),
      lpad(p.typing.ratio.toFixed(3), 8),
      lpad(`${fmt(m.withMs)} / ${fmt(m.withoutMs)}`, 14),
      lpad(`${fmt(m.scriptWithMs)} / ${fmt(m.scriptWithoutMs)}`, 14),
    ];
    console.log(`${pad(p.label, 22)}${cols.join('')}`);
  }
  console.log(line);
  console.log(
    `${pad('last key → drawn, ms', 32)}${lpad('median', 10)}${lpad(`beyond ${r.typingPauseMs}`, 12)}${lpad('min', 8)}${lpad('max', 8)}`,
  );
  for (const p of r.pages) {
    const l = p.latency;
    const cols = [lpad(fmt(l.medianMs), 10), lpad(fmt(l.beyondPauseMs), 12), lpad(fmt(l.minMs), 8), lpad(fmt(l.maxMs), 8)];
    console.log(`${pad(`${p.label} (${l.kind})`, 32)}${cols.join('')}`);
  }
  console.log(line);
  console.log(`${pad('content scripts (dist/chrome)', 32)}${lpad('bytes', 10)}${lpad('gzip KB', 12)}`);
  for (const f of r.size.files) {
    console.log(`${pad(f.file, 32)}${lpad(f.bytes.toLocaleString('en-US'), 10)}${lpad((f.gzipBytes / 1024).toFixed(1), 12)}`);
  }
  console.log(
    `${pad('both (each frame gets both)', 32)}${lpad(r.size.bytes.toLocaleString('en-US'), 10)}${lpad(r.size.gzipKB.toFixed(1), 12)}`,
  );
  console.log(line);
  console.log('targets');
  for (const t of r.targets) console.log(`  ${t.pass ? 'PASS  ' : 'MISSED'}  ${pad(t.name, 52)} measured ${t.measured}`);
  console.log(line);
  const mid = r.pages.reduce((n, p) => n + p.checksWhileTyping, 0);
  console.log('notes: typing: medians, from the first keydown to the first frame after the last input, timed in the');
  console.log("       page; keys arrive one by one over CDP, so the times are mostly the harness's pace. ratio: median");
  console.log("       of the rounds' with/without ratios (ratio of the medians: in the JSON). Main thread and JS: the");
  console.log("       renderer's busy time while typing, with / without (CDP Performance TaskDuration, ScriptDuration).");
  console.log(`       Drawn: the first frame holding the final text's highlights or marks. Checks while typing: ${mid}.`);
}

/** Runs the browser benchmark, prints its table and returns its figures. */
export async function runBrowserBench({ rounds = ROUNDS, warmup = WARMUP } = {}) {
  const startedAt = performance.now();
  const missing = await chromiumMissing();
  if (missing) {
    console.log(`\nTactful in the browser: skipped. ${missing}`);
    return { skipped: missing };
  }
  const { chromium } = await import('playwright-core');
  const { buildPages } = await import('../test/e2e/pages/build.mjs');
  const { CUSTOMER_MESSAGE } = await import('../test/e2e/pages/pages.mjs');
  const { check } = await import('../dist/node/core.mjs');
  // What the extension must end up drawing: the engine's warnings for the typed text and the page's customer message.
  const expected = check({ draft: TYPED, customer: CUSTOMER_MESSAGE }).warnings.map((w) => w.text);
  if (expected.length === 0) throw new Error('the typed text has no warnings: nothing to time');

  const server = await serveDir(await buildPages());
  const profiles = [];
  const contexts = [];
  try {
    const launch = async (extension) => {
      const dir = await mkdtemp(join(tmpdir(), 'tactful-bench-'));
      profiles.push(dir);
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1280, height: 900 },
        args: chromiumFlags({ extension, localOnly: true }),
      });
      contexts.push(context);
      if (extension) await extensionWorker(context);
      return context;
    };
    const withExt = await launch(true);
    const without = await launch(false);

    const pages = [];
    let browserVersion = '';
    for (const spec of PAGES) {
      const url = new URL(spec.file, server.url).href;
      const tab = async (context) => {
        const page = await context.newPage();
        return { page, cdp: await context.newCDPSession(page) };
      };
      const tabs = { with: await tab(withExt), without: await tab(without) };
      browserVersion ||= (await tabs.without.page.evaluate(() => navigator.userAgent)).match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium';
      const samples = { with: [], without: [], latency: [], mainWith: [], mainWithout: [], scriptWith: [], scriptWithout: [] };
      let checksWhileTyping = 0;
      for (let round = 0; round < warmup + rounds; round++) {
        const order = round % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
        for (const which of order) {
          const run = await typeOnce(tabs[which], url, spec, which === 'with', expected);
          if (round < warmup) continue;
          samples[which].push(run.typingMs);
          samples[which === 'with' ? 'mainWith' : 'mainWithout'].push(run.mainThreadMs);
          samples[which === 'with' ? 'scriptWith' : 'scriptWithout'].push(run.scriptMs);
          if (which === 'with') samples.latency.push(run.latencyMs);
          checksWhileTyping += run.checksWhileTyping;
        }
      }
      await tabs.with.page.close();
      await tabs.without.page.close();
      const typing = { withMs: median(samples.with), withoutMs: median(samples.without) };
      const mainThread = {
        withMs: median(samples.mainWith),
        withoutMs: median(samples.mainWithout),
        scriptWithMs: median(samples.scriptWith),
        scriptWithoutMs: median(samples.scriptWithout),
      };
      const latencyMs = median(samples.latency);
      pages.push({
        id: spec.id,
        label: spec.label,
        file: spec.file,
        typing: {
          ...typing,
          // Each round types with and without the extension back to back: the median of those paired
          // ratios shrugs off the machine's slow drifts far better than the ratio of the two medians.
          ratio: median(samples.with.map((ms, i) => ms / samples.without[i])),
          ratioOfMedians: typing.withMs / typing.withoutMs,
          samplesWith: samples.with,
          samplesWithout: samples.without,
        },
        latency: {
          kind: spec.field ? 'mirror marks' : 'CSS.highlights',
          medianMs: latencyMs,
          beyondPauseMs: latencyMs - TYPING_PAUSE,
          minMs: Math.min(...samples.latency),
          maxMs: Math.max(...samples.latency),
          samples: samples.latency,
        },
        mainThread,
        checksWhileTyping,
      });
    }

    const size = await contentScriptSizes();
    const popup = await popupFirstPaint(withExt, rounds);
    const targets = [
      ...pages.map((p) => ({
        name: `typing time with/without ext ≤ ${TARGETS.typingRatio} (${p.label})`,
        pass: p.typing.ratio <= TARGETS.typingRatio,
        measured: p.typing.ratio.toFixed(3),
      })),
      ...pages.map((p) => ({
        name: `drawn ≤ ${TARGETS.beyondPauseMs} ms beyond the ${TYPING_PAUSE} ms pause (${p.label})`,
        pass: p.latency.beyondPauseMs <= TARGETS.beyondPauseMs,
        measured: `${fmt(p.latency.beyondPauseMs)} ms`,
      })),
      {
        name: `content scripts ≤ ${TARGETS.contentGzipKB} KB gzipped`,
        pass: size.gzipKB <= TARGETS.contentGzipKB,
        measured: `${size.gzipKB.toFixed(1)} KB`,
      },
      {
        name: `popup first paint ≤ ${TARGETS.popupPaintMs} ms`,
        pass: popup.medianMs <= TARGETS.popupPaintMs,
        measured: `${fmt(popup.medianMs)} ms`,
      },
    ];
    const result = {
      browserVersion,
      chars: TYPED.length,
      rounds,
      warmup,
      typingPauseMs: TYPING_PAUSE,
      expectedWarnings: expected,
      unit: 'ms, measured in the page with performance.now()',
      pages,
      size,
      popup,
      targets,
      benchSeconds: Math.round((performance.now() - startedAt) / 100) / 10,
    };
    printReport(result);
    console.log(`browser bench took ${result.benchSeconds} s`);
    return result;
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await server.close();
    for (const dir of profiles) await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

/** Adds the browser figures to dist/bench-latest.json (under `browser`), keeping the engine's. */
export async function saveBrowserBench(browser) {
  let report = {};
  try {
    report = JSON.parse(await readFile(OUT, 'utf8'));
  } catch {
    report = {};
  }
  report.browser = browser;
  await writeFile(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`browser results added to ${decodeURIComponent(OUT.pathname)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await saveBrowserBench(await runBrowserBench());
  } catch (err) {
    console.error(`browser bench failed: ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  }
}
