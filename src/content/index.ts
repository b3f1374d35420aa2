/**
 * The content script: runs in every frame of every page, finds reply boxes
 * and watches them. It reads drafts and sends them to the background (inside
 * the browser) for scoring; it never changes an editor's DOM except to apply
 * a rewrite the agent clicked.
 */

import { send } from '../shared/messages.js';
import { Watcher } from './discover.js';
import { siteFor } from './sites/index.js';

async function main(): Promise<void> {
  let labels: Record<string, string> = {};
  try {
    labels = await send({ kind: 'labels' });
  } catch {
    // Labels only name checks in the badge's panel; ids do as well.
  }
  const watcher = new Watcher(document, siteFor(location, document), new Map(Object.entries(labels)));
  watcher.start();
}

if (document.documentElement instanceof HTMLElement) void main();
