/**
 * The content script: runs in every frame of every page, finds reply boxes
 * and watches them. It reads drafts and sends them to the background (inside
 * the browser) for scoring; it never changes an editor's DOM except to apply
 * a rewrite (or a sentence from the popup) the agent chose.
 */

import browser from 'webextension-polyfill';
import { IGNORED_KEY } from '../shared/ignored.js';
import { type PageRequest, send } from '../shared/messages.js';
import { asBoolean, INCLUDE_NOTES_KEY } from '../shared/settings.js';
import { DISABLED_HOSTS_KEY, disabledHosts } from '../shared/site.js';
import { topHost, topUrl } from './box.js';
import { Watcher } from './discover.js';
import { Ignores } from './ignores.js';
import { siteFor } from './sites/index.js';

async function settings(): Promise<{ includeNotes: boolean; enabled: boolean }> {
  const stored: Record<string, unknown> = await browser.storage.local.get([INCLUDE_NOTES_KEY, DISABLED_HOSTS_KEY]).catch(() => ({}));
  return {
    includeNotes: asBoolean(stored[INCLUDE_NOTES_KEY], false),
    enabled: !disabledHosts(stored[DISABLED_HOSTS_KEY]).includes(topHost()),
  };
}

/** Names of the checks of this page's team, for the badge's panel (ids do if the background cannot answer). */
async function loadLabels(names: Map<string, string>): Promise<void> {
  try {
    const labels = await send({ kind: 'labels', url: topUrl() });
    names.clear();
    for (const [id, label] of Object.entries(labels)) names.set(id, label);
  } catch {
    // Keep the names there are.
  }
}

async function main(): Promise<void> {
  const names = new Map<string, string>();
  const ignores = new Ignores(topHost());
  await Promise.all([loadLabels(names), ignores.load()]);
  const site = siteFor(location, document);
  let watcher: Watcher | null = null;
  const restart = async () => {
    watcher?.stop();
    watcher = null;
    const s = await settings();
    if (!s.enabled) return; // turned off for this site: no badge, no underline, nothing read
    watcher = new Watcher(document, site, names, ignores, s.includeNotes);
    watcher.start();
  };
  await restart();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (INCLUDE_NOTES_KEY in changes || DISABLED_HOSTS_KEY in changes)) void restart();
    if (area === 'local' && IGNORED_KEY in changes) {
      void ignores.load().then((changed) => {
        if (changed) for (const box of watcher?.watched ?? []) box.redraw();
      });
    }
  });
  browser.runtime.onMessage.addListener((message: unknown): Promise<boolean> | undefined => {
    const req = message as PageRequest;
    if (req?.kind === 'settings-changed') {
      // New rules: name the checks afresh and check every box again now, not at the next keystroke.
      void loadLabels(names).then(() => {
        for (const box of watcher?.watched ?? []) box.schedule(0);
      });
      return undefined;
    }
    const box = typeof req?.boxId === 'string' ? watcher?.find(req.boxId) : undefined;
    // Only the frame that has the box answers; the others stay silent.
    if (!box) return undefined;
    if (req.kind === 'reveal-warning') return Promise.resolve(box.reveal(req.start));
    if (req.kind === 'insert-text') return Promise.resolve(box.insertAtCaret(req.text));
    return undefined;
  });
}

if (document.documentElement instanceof HTMLElement) void main();
