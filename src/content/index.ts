/**
 * The content script: runs in every frame of every page, finds reply boxes
 * and watches them. It reads drafts and sends them to the background (inside
 * the browser) for scoring; it never changes an editor's DOM except to apply
 * a rewrite the agent clicked.
 */

import browser from 'webextension-polyfill';
import { send } from '../shared/messages.js';
import { asBoolean, INCLUDE_NOTES_KEY } from '../shared/settings.js';
import { Watcher } from './discover.js';
import { siteFor } from './sites/index.js';

async function main(): Promise<void> {
  let labels: Record<string, string> = {};
  try {
    labels = await send({ kind: 'labels' });
  } catch {
    // Labels only name checks in the badge's panel; ids do as well.
  }
  const includeNotes = async (): Promise<boolean> => {
    const stored: Record<string, unknown> = await browser.storage.local.get(INCLUDE_NOTES_KEY).catch(() => ({}));
    return asBoolean(stored[INCLUDE_NOTES_KEY], false);
  };
  const site = siteFor(location, document);
  const names = new Map(Object.entries(labels));
  let watcher = new Watcher(document, site, names, await includeNotes());
  watcher.start();
  // Which boxes count as replies changed: start over with the new rule.
  browser.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'local' || !(INCLUDE_NOTES_KEY in changes)) return;
    watcher.stop();
    watcher = new Watcher(document, site, names, await includeNotes());
    watcher.start();
  });
}

if (document.documentElement instanceof HTMLElement) void main();
