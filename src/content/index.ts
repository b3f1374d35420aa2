/**
 * The content script: runs in every frame of every page, finds reply boxes
 * and watches them. It reads drafts and sends them to the background (inside
 * the browser) for scoring; it never changes an editor's DOM except to apply
 * a rewrite (or a sentence from the popup) the agent chose.
 */

import browser from 'webextension-polyfill';
import { send } from '../shared/messages.js';
import { asBoolean, INCLUDE_NOTES_KEY } from '../shared/settings.js';
import { DISABLED_HOSTS_KEY, disabledHosts } from '../shared/site.js';
import { topHost } from './box.js';
import { Watcher } from './discover.js';
import { siteFor } from './sites/index.js';

/** What the popup asks of the page, through the background. */
type PageRequest = { kind: 'reveal-warning'; boxId: string; start: number } | { kind: 'insert-text'; boxId: string; text: string };

async function settings(): Promise<{ includeNotes: boolean; enabled: boolean }> {
  const stored: Record<string, unknown> = await browser.storage.local.get([INCLUDE_NOTES_KEY, DISABLED_HOSTS_KEY]).catch(() => ({}));
  return {
    includeNotes: asBoolean(stored[INCLUDE_NOTES_KEY], false),
    enabled: !disabledHosts(stored[DISABLED_HOSTS_KEY]).includes(topHost()),
  };
}

async function main(): Promise<void> {
  let labels: Record<string, string> = {};
  try {
    labels = await send({ kind: 'labels' });
  } catch {
    // Labels only name checks in the badge's panel; ids do as well.
  }
  const site = siteFor(location, document);
  const names = new Map(Object.entries(labels));
  let watcher: Watcher | null = null;
  const restart = async () => {
    watcher?.stop();
    watcher = null;
    const s = await settings();
    if (!s.enabled) return; // turned off for this site: no badge, no underline, nothing read
    watcher = new Watcher(document, site, names, s.includeNotes);
    watcher.start();
  };
  await restart();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (INCLUDE_NOTES_KEY in changes || DISABLED_HOSTS_KEY in changes)) void restart();
  });
  browser.runtime.onMessage.addListener((message: unknown): Promise<boolean> | undefined => {
    const req = message as PageRequest;
    const box = typeof req?.boxId === 'string' ? watcher?.find(req.boxId) : undefined;
    // Only the frame that has the box answers; the others stay silent.
    if (!box) return undefined;
    if (req.kind === 'reveal-warning') return Promise.resolve(box.reveal(req.start));
    if (req.kind === 'insert-text') return Promise.resolve(box.insertAtCaret(req.text));
    return undefined;
  });
}

if (document.documentElement instanceof HTMLElement) void main();
