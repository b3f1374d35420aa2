/**
 * The background's view of the settings: the agent's teams (sync or local),
 * the organisation's policy (`storage.managed`) and the subscribed packs,
 * read once and again after each change. When anything changes, every tab is
 * told, so open reply boxes are checked again with the new rules at once.
 */

import browser from 'webextension-polyfill';
import { readPolicy } from '../shared/policy.js';
import { browserAreas, touchesSettings } from '../shared/settings-browser.js';
import { type Loaded, loadSettings, saveSettings } from '../shared/settings-store.js';
import { readSubscriptions, SUBSCRIPTIONS_KEY, type SubscriptionState } from '../shared/subscription-state.js';
import { type ManagedPolicy, NO_POLICY, type Settings } from '../shared/teams.js';

let loaded: Promise<Loaded> | null = null;
let policy: Promise<ManagedPolicy> | null = null;
let subscriptions: Promise<Record<string, SubscriptionState>> | null = null;
let writes: Promise<unknown> = Promise.resolve();
const listeners: Array<() => void> = [];

/** The agent's settings as last read. */
export function currentSettings(): Promise<Loaded> {
  loaded ??= loadSettings(browserAreas());
  return loaded;
}

/** The organisation's policy, or none (also where the browser has no managed storage). */
export function currentPolicy(): Promise<ManagedPolicy> {
  policy ??= Promise.resolve()
    .then(() => browser.storage.managed.get())
    .then(readPolicy)
    .catch(() => NO_POLICY);
  return policy;
}

/** The subscribed packs' last good versions and states. */
export function currentSubscriptions(): Promise<Record<string, SubscriptionState>> {
  subscriptions ??= browser.storage.local
    .get(SUBSCRIPTIONS_KEY)
    .then((v) => readSubscriptions(v[SUBSCRIPTIONS_KEY]))
    .catch(() => ({}));
  return subscriptions;
}

/**
 * Changes the settings and saves them, one change at a time (the card and
 * the options page may write at once). Resolves when saved.
 */
export function updateSettings(change: (s: Settings) => void): Promise<void> {
  const next = writes
    .catch(() => {})
    .then(async () => {
      const { settings } = await loadSettings(browserAreas());
      change(settings);
      await saveSettings(browserAreas(), settings);
      loaded = null;
    });
  writes = next;
  return next;
}

/** Runs `fn` after the settings, the policy or a subscription changed (caches are fresh by then). */
export function onRulesChanged(fn: () => void): void {
  listeners.push(fn);
}

function changed(): void {
  for (const fn of listeners) fn();
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') {
    policy = null;
    changed();
    return;
  }
  let any = false;
  if ((area === 'sync' || area === 'local') && touchesSettings(changes)) {
    loaded = null;
    any = true;
  }
  if (area === 'local' && SUBSCRIPTIONS_KEY in changes) {
    subscriptions = null;
    any = true;
  }
  if (any) changed();
});
