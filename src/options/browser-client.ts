/**
 * The options page's client in the extension: settings through the settings
 * store, device settings in `storage.local`, and requests to the background
 * through the protocol's `send`.
 */

import browser from 'webextension-polyfill';
import { IGNORED_KEY, type IgnoredEntry, readIgnored, withoutIgnored } from '../shared/ignored.js';
import { send } from '../shared/messages.js';
import { readPolicy } from '../shared/policy.js';
import { asBoolean, INCLUDE_NOTES_KEY } from '../shared/settings.js';
import { browserAreas, touchesSettings } from '../shared/settings-browser.js';
import { dismissSetAside, loadSettings, SET_ASIDE_KEY, saveSettings } from '../shared/settings-store.js';
import { DISABLED_HOSTS_KEY, disabledHosts } from '../shared/site.js';
import { readSubscriptions, SUBSCRIPTIONS_KEY } from '../shared/subscription-state.js';
import { NO_POLICY } from '../shared/teams.js';
import type { Changed, OptionsClient } from './client.js';

/** The breather's stored state (`src/background/breather.ts`); only `enabled` is read here. */
const BREATHER_KEY = 'tactful.breather';
/** The team insights tally (`src/shared/insights.ts`). */
const INSIGHTS_KEY = 'tactful.insights';

const DEVICE_KEYS = new Set([INCLUDE_NOTES_KEY, DISABLED_HOSTS_KEY, BREATHER_KEY]);

async function local(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

/** What a `storage.onChanged` batch means for the page. */
export function changedParts(changes: Record<string, unknown>, area: string): Set<Changed> {
  const parts = new Set<Changed>();
  if (area === 'managed') parts.add('policy');
  if ((area === 'sync' || area === 'local') && touchesSettings(changes)) parts.add('settings');
  if (area !== 'local') return parts;
  const keys = Object.keys(changes);
  if (keys.includes(SET_ASIDE_KEY)) parts.add('settings');
  if (keys.includes(SUBSCRIPTIONS_KEY)) parts.add('subscriptions');
  if (keys.includes(IGNORED_KEY)) parts.add('ignored');
  if (keys.includes(INSIGHTS_KEY)) parts.add('insights');
  if (keys.some((k) => DEVICE_KEYS.has(k))) parts.add('device');
  return parts;
}

export const browserClient: OptionsClient = {
  loadSettings: () => loadSettings(browserAreas()),
  saveSettings: (settings) => saveSettings(browserAreas(), settings),
  dismissSetAside: () => dismissSetAside(browser.storage.local),
  async policy() {
    try {
      return readPolicy(await browser.storage.managed.get());
    } catch {
      return NO_POLICY; // no managed storage (Firefox without policies, or no schema)
    }
  },
  subscriptions: async () => readSubscriptions(await local(SUBSCRIPTIONS_KEY)),
  async requestOrigin(origin) {
    try {
      return await browser.permissions.request({ origins: [`${origin}/*`] });
    } catch {
      return false;
    }
  },
  refreshSubscription: (url) => send({ kind: 'refresh-subscription', url }),
  ignored: async () => readIgnored(await local(IGNORED_KEY)),
  async restoreIgnored(entries: IgnoredEntry[]) {
    // Read again first: a box may have ignored something since the page last read the list.
    let list = readIgnored(await local(IGNORED_KEY));
    for (const e of entries) list = withoutIgnored(list, e);
    await browser.storage.local.set({ [IGNORED_KEY]: list });
  },
  async device() {
    const got = await browser.storage.local.get([INCLUDE_NOTES_KEY, DISABLED_HOSTS_KEY, BREATHER_KEY]);
    const breather = got[BREATHER_KEY] as { enabled?: unknown } | undefined;
    return {
      includeNotes: asBoolean(got[INCLUDE_NOTES_KEY], false),
      disabledHosts: disabledHosts(got[DISABLED_HOSTS_KEY]),
      breather: asBoolean(breather?.enabled, true),
    };
  },
  setIncludeNotes: (include) => browser.storage.local.set({ [INCLUDE_NOTES_KEY]: include }),
  async enableSite(host) {
    await send({ kind: 'set-site-enabled', host, enabled: true });
  },
  async setBreatherEnabled(enabled) {
    await send({ kind: 'set-breather-enabled', enabled });
  },
  loadInsights: () => local(INSIGHTS_KEY),
  clearInsights: () => browser.storage.local.remove(INSIGHTS_KEY),
  download(fileName, text, type = 'application/json') {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later: some browsers read the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  onChanged(listener) {
    const handler = (changes: Record<string, unknown>, area: string) => {
      const parts = changedParts(changes, area);
      if (parts.size > 0) listener(parts);
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
};
