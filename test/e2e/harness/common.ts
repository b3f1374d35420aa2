import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Absolute path of a built extension (`node build.mjs` writes both; vitest's global setup runs it). */
export function distPath(browser: 'chrome' | 'firefox'): string {
  return join(repoRoot, 'dist', browser);
}

/** One network request seen by a recorder. */
export interface RecordedRequest {
  url: string;
  /**
   * Chromium: Playwright's resource type (`document`, `script`, `fetch`, `xhr`, …).
   * Firefox: the Fetch destination from WebDriver BiDi (`document`, `script`, `image`, …) or, when
   * that is empty, the initiator type (`fetch`, `xhr`, `beacon`, …); `other` when neither is known.
   */
  resourceType: string;
}

/** Records the requests attributed to the extension; see `recordExtensionRequests` in chromium.ts / firefox.ts. */
export interface RequestRecorder {
  /** A snapshot of what was recorded so far (since launch, or since the last `clear()`). */
  requests(): Promise<RecordedRequest[]>;
  /** Forgets what was recorded so far. */
  clear(): Promise<void>;
}

/** True for URLs that do not leave the machine: loopback hosts and browser-internal schemes. */
export function isLocalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'].includes(u.protocol)) return true;
  const host = u.hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The requests in `requests` that would leave the machine. */
export function nonLocal(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => !isLocalUrl(r.url));
}

/** A fresh temp dir with a recognisable name. */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `tactful-e2e-${prefix}-`));
}

/** Removes a temp dir; browsers sometimes still write to their profile for a moment after exiting. */
export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

/** Rejects with `message` when `promise` takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (after ${ms} ms)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
