/**
 * The rule pack the background scores with. Compiled once per worker start,
 * again only when the settings change.
 */

import browser from 'webextension-polyfill';
import { type CompiledPack, defaultPack, loadPack } from '../core/index.js';

/** Where the checks the agent turned off from the card ("turn off for my team") are kept. */
export const DISABLED_KEY = 'tactful.disabledRules';

let current: Promise<CompiledPack> | null = null;

async function build(): Promise<CompiledPack> {
  const stored = (await browser.storage.local.get(DISABLED_KEY))[DISABLED_KEY];
  const disabled = Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  const known = disabled.filter((id) => defaultPack().byId.has(id));
  if (known.length === 0) return defaultPack();
  return loadPack({ name: 'Team', rules: Object.fromEntries(known.map((id) => [id, { enabled: false }])) });
}

/** The active pack. */
export function activePack(): Promise<CompiledPack> {
  current ??= build().catch(() => defaultPack());
  return current;
}

/** Turns one check off for the team and rebuilds the pack. */
export async function disableRule(rule: string): Promise<void> {
  const stored = (await browser.storage.local.get(DISABLED_KEY))[DISABLED_KEY];
  const disabled = new Set(Array.isArray(stored) ? stored : []);
  disabled.add(rule);
  await browser.storage.local.set({ [DISABLED_KEY]: [...disabled] });
  current = null;
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && DISABLED_KEY in changes) current = null;
});
