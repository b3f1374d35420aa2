/**
 * The settings store bound to the browser's storage areas, for the contexts
 * that have them (background, options page).
 */

import browser from 'webextension-polyfill';
import { type Areas, LEGACY_DISABLED_KEY, SETTINGS_KEY } from './settings-store.js';

/** The real storage areas; sync is missing in browsers without it. */
export function browserAreas(): Areas {
  return { sync: browser.storage.sync ?? null, local: browser.storage.local };
}

/** Whether a `storage.onChanged` batch touches the stored settings. */
export function touchesSettings(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((k) => k === SETTINGS_KEY || k.startsWith(`${SETTINGS_KEY}.`) || k === LEGACY_DISABLED_KEY);
}
