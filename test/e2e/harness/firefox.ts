import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { bidiConnection, FirefoxChrome } from './bidi.js';
import { distPath, makeTempDir, type RecordedRequest, type RequestRecorder, removeTempDir } from './common.js';
import { quietFirefoxPrefs } from './firefox-prefs.js';
import { waitFor } from './page-tools.js';

export interface FirefoxOptions {
  /** Install the unpacked extension (default true). */
  extension?: boolean;
  /** Default true; this machine has no display. */
  headless?: boolean;
  /** Absolute path of the unpacked extension (default: dist/firefox). */
  extensionPath?: string;
  /**
   * Default true: sets MOZ_DISABLE_NONLOCAL_CONNECTIONS=1, Mozilla's own test-harness switch, so
   * Firefox refuses connections to anything but loopback (requests are still attempted and so still
   * recorded). It is also what lets the Remote Settings pref in firefox-prefs.ts take effect.
   */
  localOnly?: boolean;
  /** Extra prefs, applied after the quiet ones. */
  prefs?: Record<string, string | number | boolean>;
}

export interface LaunchedFirefox {
  /** Puppeteer browser over WebDriver BiDi. */
  browser: Browser;
  /** The gecko id `installExtension` returned, when the extension is installed. */
  extensionId?: string;
  /** `moz-extension://<uuid>`: the installed extension's origin (the uuid is random per profile). */
  extensionOrigin?: string;
  profileDir: string;
  /** Milliseconds from launch until the browser was ready and the extension installed. */
  launchMs: number;
  newPage(): Promise<Page>;
  /**
   * Opens `moz-extension://<uuid>/<path>` in a new tab (WebDriver BiDi refuses to navigate to
   * extension URLs, so this goes through privileged code) and waits until it has loaded.
   */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * HTTP(S) requests (WebSocket handshakes included) whose triggering or loading principal is the
   * extension, since launch: its background script, extension pages (popup, options), requests it
   * triggers from privileged APIs with its own principal. Not included: content-script requests
   * (Firefox issues MV3 content-script fetches with the page's principal; record the page).
   */
  recordExtensionRequests(): RequestRecorder;
  /** Every HTTP(S) request Firefox made since launch, from any page, the extension or Firefox itself. */
  recordBrowserRequests(): RequestRecorder;
  /** Closes the browser and deletes the temp profile. Safe to call twice. */
  close(): Promise<void>;
}

/** What the privileged HTTP observer keeps per request. */
interface ObservedRequest {
  url: string;
  addonId: string;
  type: string;
}

/** nsIContentPolicy TYPE_* names (external types only), lower-cased. */
const contentPolicyTypes = [
  'other',
  'script',
  'image',
  'stylesheet',
  'object',
  'document',
  'subdocument',
  'ping',
  'xmlhttprequest',
  'object_subrequest',
  'dtd',
  'font',
  'media',
  'websocket',
  'csp_report',
  'xslt',
  'beacon',
  'fetch',
  'imageset',
  'web_manifest',
  'saveas_download',
  'speculative',
  'proxied_webrtc_media',
  'web_identity',
  'web_transport',
  'json',
];

/**
 * Installs an `http-on-modify-request` observer in the parent process, which sees every HTTP channel
 * of every process (content, extension, parent) before it is sent or served from cache.
 */
const installHttpObserver = `(() => {
  if (window.__tactfulHttp) return 'already';
  const log = [];
  const typeNames = {};
  for (const name of ${JSON.stringify(contentPolicyTypes)}) {
    const value = Ci.nsIContentPolicy['TYPE_' + name.toUpperCase()];
    if (typeof value === 'number') typeNames[value] = name;
  }
  const observer = {
    observe(subject) {
      try {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const info = channel.loadInfo;
        const by = info?.triggeringPrincipal;
        const loading = info?.loadingPrincipal;
        log.push({
          url: channel.URI.spec,
          addonId: by?.addonId || loading?.addonId || '',
          type: typeNames[info?.externalContentPolicyType] ?? 'other',
        });
      } catch (e) {
        log.push({ url: 'about:invalid#observer-error', addonId: '', type: String(e) });
      }
    },
  };
  Services.obs.addObserver(observer, 'http-on-modify-request');
  window.__tactfulHttp = log;
  return 'installed';
})()`;

/** Launches Firefox ESR over WebDriver BiDi and installs the unpacked extension temporarily. */
export async function launchFirefox(opts: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  const withExtension = opts.extension ?? true;
  const extensionPath = opts.extensionPath ?? distPath('firefox');
  const profileDir = await makeTempDir('firefox');
  const env: Record<string, string | undefined> = { ...process.env };
  if (opts.localOnly ?? true) env.MOZ_DISABLE_NONLOCAL_CONNECTIONS = '1';

  const started = performance.now();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: opts.headless ?? true,
      userDataDir: profileDir,
      extraPrefsFirefox: { ...quietFirefoxPrefs, ...opts.prefs },
      // Lets the harness run privileged code (BiDi `moz:scope: chrome`): the HTTP observer, extension pages.
      args: ['--remote-allow-system-access'],
      env,
    });
  } catch (err) {
    await removeTempDir(profileDir);
    throw err;
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser.close().catch(() => undefined);
    await removeTempDir(profileDir);
  };

  const chrome = new FirefoxChrome(bidiConnection(browser));
  let extensionId: string | undefined;
  let extensionOrigin: string | undefined;
  try {
    await chrome.evaluate(installHttpObserver); // before the install, so the extension's first requests are seen
    if (withExtension) {
      extensionId = await browser.installExtension(extensionPath);
      const host = await chrome.evaluate(`WebExtensionPolicy.getByID(${JSON.stringify(extensionId)})?.mozExtensionHostname ?? ''`);
      if (typeof host !== 'string' || !host)
        throw new Error(`launchFirefox: extension ${extensionId} installed but has no moz-extension host`);
      extensionOrigin = `moz-extension://${host}`;
    }
  } catch (err) {
    await close();
    throw err;
  }
  const launchMs = Math.round(performance.now() - started);

  const recorder = (keep: (r: ObservedRequest) => boolean): RequestRecorder => {
    let start = 0;
    const all = async () => JSON.parse(String(await chrome.evaluate('JSON.stringify(window.__tactfulHttp)'))) as ObservedRequest[];
    return {
      requests: async () => (await all()).slice(start).filter(keep).map(toRecord),
      clear: async () => {
        start = (await all()).length;
      },
    };
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    if (!extensionOrigin) throw new Error('openExtensionPage: the extension is not installed');
    const url = new URL(path, `${extensionOrigin}/`).href;
    const before = new Set(await browser.pages());
    await chrome.evaluate(
      `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); 'ok'`,
    );
    const page = await waitFor(async () => (await browser.pages()).find((p) => !before.has(p)), { message: `a tab for ${url}` });
    // Puppeteer does not see navigations to extension URLs (page.url() stays about:blank), so ask the page.
    await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), {
      timeout: 10_000,
      message: `${url} to load`,
    });
    return page;
  };

  return {
    browser,
    extensionId,
    extensionOrigin,
    profileDir,
    launchMs,
    newPage: () => browser.newPage(),
    openExtensionPage,
    recordExtensionRequests: () => recorder((r) => extensionId !== undefined && r.addonId === extensionId),
    recordBrowserRequests: () => recorder(() => true),
    close,
  };
}

const typeAliases: Record<string, string> = { xmlhttprequest: 'xhr', subdocument: 'document', imageset: 'image', web_manifest: 'manifest' };

function toRecord(r: ObservedRequest): RecordedRequest {
  return { url: r.url, resourceType: typeAliases[r.type] ?? r.type };
}
