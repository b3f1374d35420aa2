/**
 * Subscribed packs: a team can build on a rule pack hosted at a URL. This is
 * the only network request Tactful ever makes: a GET of a URL the team lead
 * typed, with no cookies and nothing from any draft. It is refreshed hourly
 * (an alarm) with ETag / Last-Modified, and the last good pack is kept when
 * the URL fails or serves something that is not a valid pack.
 */

import browser from 'webextension-polyfill';
import { loadPack, PackError } from '../core/index.js';
import type { RulePack } from '../core/pack-types.js';
import { packProblems } from '../shared/settings-schema.js';
import { readSubscriptions, SUBSCRIPTIONS_KEY, type SubscriptionState } from '../shared/subscription-state.js';
import { currentSettings, onRulesChanged } from './settings.js';

export const ALARM = 'tactful-subscriptions';
export const REFRESH_MINUTES = 60;
/** The largest pack accepted. */
export const MAX_BYTES = 1_000_000;
const TIMEOUT_MS = 15_000;

export interface Deps {
  fetch: typeof fetch;
  now: () => number;
}

const live: Deps = { fetch: (...args) => fetch(...args), now: () => Date.now() };
let writes: Promise<unknown> = Promise.resolve();

/** Why a URL may not be subscribed to, or null when it may: HTTPS, or plain HTTP to this machine. */
export function urlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'that is not a web address';
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1')) return null;
  return 'only https:// addresses are allowed (or http:// on localhost, for testing)';
}

async function readAll(): Promise<Record<string, SubscriptionState>> {
  return readSubscriptions((await browser.storage.local.get(SUBSCRIPTIONS_KEY))[SUBSCRIPTIONS_KEY]);
}

/** Changes the stored states one change at a time. */
function update(change: (all: Record<string, SubscriptionState>) => void): Promise<Record<string, SubscriptionState>> {
  const next = writes
    .catch(() => {})
    .then(async () => {
      const all = await readAll();
      change(all);
      await browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: all });
      return all;
    });
  writes = next;
  return next;
}

function blank(url: string): SubscriptionState {
  return { url, pack: null, etag: null, lastModified: null, checkedAt: null, updatedAt: null, error: null };
}

/** Reads at most MAX_BYTES of the body; null when it is larger. */
async function bodyText(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BYTES) return null;
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** The pack in a body, or what is wrong with it, in words. */
function packOf(text: string): { pack: RulePack } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `the address did not serve JSON (${(e as Error).message})` };
  }
  const problems = packProblems(value);
  if (problems.length === 0) {
    try {
      loadPack(value);
      return { pack: value as RulePack };
    } catch (e) {
      if (!(e instanceof PackError)) throw e;
      problems.push(...e.problems.map((p) => `${p.path}: ${p.message}`));
    }
  }
  const shown = problems.slice(0, 5).join('; ');
  return { error: `the served pack is not valid: ${shown}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}` };
}

async function permissionNote(url: string): Promise<string> {
  try {
    const origin = new URL(url).origin;
    const granted = await browser.permissions.contains({ origins: [`${origin}/*`] });
    return granted ? '' : `; Tactful has no permission to reach ${origin}: subscribe again to grant it`;
  } catch {
    return '';
  }
}

/**
 * Asks the URL for its pack now and stores the outcome. A new valid pack
 * replaces the old; anything else keeps the last good one and records why.
 */
export async function refreshSubscription(url: string, deps: Deps = live): Promise<SubscriptionState> {
  const before = (await readAll())[url] ?? blank(url);
  const state: SubscriptionState = { ...before, checkedAt: deps.now() };
  const refused = urlProblem(url);
  if (refused) {
    state.error = refused;
  } else {
    try {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (before.pack && before.etag) headers['If-None-Match'] = before.etag;
      if (before.pack && before.lastModified) headers['If-Modified-Since'] = before.lastModified;
      const response = await deps.fetch(url, {
        headers,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status === 304 && before.pack) {
        state.error = null;
      } else if (!response.ok) {
        state.error = `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      } else {
        const text = await bodyText(response);
        const got = text === null ? { error: `the pack is larger than ${MAX_BYTES / 1_000_000} MB` } : packOf(text);
        if ('pack' in got) {
          Object.assign(state, {
            pack: got.pack,
            etag: response.headers.get('etag'),
            lastModified: response.headers.get('last-modified'),
            updatedAt: deps.now(),
            error: null,
          });
        } else {
          state.error = got.error;
        }
      }
    } catch (e) {
      const reason =
        e instanceof Error && e.name === 'TimeoutError' ? 'the address did not answer in time' : 'the address could not be reached';
      state.error = reason + (await permissionNote(url));
    }
  }
  await update((all) => {
    all[url] = state;
  });
  return state;
}

/** The URLs the teams subscribe to now. */
async function subscribedUrls(): Promise<string[]> {
  const { settings } = await currentSettings();
  return [...new Set(settings.teams.flatMap((t) => (t.subscription ? [t.subscription.url] : [])))];
}

/** Refreshes every subscribed URL, and forgets the states of URLs no team subscribes to any more. */
export async function refreshAll(deps: Deps = live): Promise<void> {
  const urls = await subscribedUrls();
  const stale = Object.keys(await readAll()).filter((u) => !urls.includes(u));
  if (stale.length > 0) {
    await update((all) => {
      for (const u of stale) delete all[u];
    });
  }
  for (const url of urls) await refreshSubscription(url, deps);
}

/** Fetches the packs of URLs subscribed since the last look (a team lead just subscribed). */
async function refreshNew(): Promise<void> {
  const known = await readAll();
  for (const url of await subscribedUrls()) if (!known[url]) await refreshSubscription(url);
}

/** The host permission a subscription to `url` needs (what the options page asks for). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Gives back the host permissions no subscription needs any more (a team
 * unsubscribed, was deleted or replaced), so Tactful keeps only the access
 * it uses. Permissions the manifest requires cannot be removed and stay.
 */
export async function releaseUnused(): Promise<void> {
  const used = new Set((await subscribedUrls()).map(originPattern));
  const { origins = [] } = await browser.permissions.getAll();
  for (const origin of origins) {
    if (used.has(origin) || !/^https?:\/\/[^*/]+\/\*$/.test(origin)) continue;
    await browser.permissions.remove({ origins: [origin] }).catch(() => false);
  }
}

/** Registers the hourly refresh; called once at worker start (listeners must be added synchronously). */
export function startSubscriptions(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshAll().catch(() => {});
  });
  void browser.alarms
    .get(ALARM)
    .then((existing) => {
      if (!existing) browser.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
    })
    .catch(() => {});
  onRulesChanged(() => {
    void refreshNew().catch(() => {});
    void releaseUnused().catch(() => {});
  });
}
