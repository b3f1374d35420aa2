/**
 * The background's answers to every request of the protocol.
 */

import browser from 'webextension-polyfill';
import { check } from '../core/index.js';
import type { Handlers, Sender } from '../shared/messages.js';
import { showBadge } from './badge.js';
import { activePack, disableRule } from './pack.js';
import { dropBox, getTabState, putBox, updateTabState } from './tab-state.js';

/** The longest draft the background checks at once; the content script splits or skips longer ones. */
export const MAX_DRAFT = 200_000;

function tabOf(sender: Sender): number | null {
  return typeof sender.tabId === 'number' && sender.tabId >= 0 ? sender.tabId : null;
}

function pageOf(sender: Sender): string {
  try {
    const u = new URL(sender.url ?? '');
    return u.origin + u.pathname;
  } catch {
    return '';
  }
}

export const handlers: Handlers = {
  async check(req, sender) {
    const result = check({ draft: req.draft.slice(0, MAX_DRAFT), customer: req.customer?.slice(0, MAX_DRAFT) }, await activePack());
    const tabId = tabOf(sender);
    if (tabId !== null) {
      const state = await putBox(
        tabId,
        {
          boxId: req.boxId,
          page: pageOf(sender),
          site: req.site,
          score: result.score,
          warnings: result.warnings.map((w) => w.rule),
          missing: result.reminders.filter((r) => r.expected && !r.met).map((r) => r.rule),
          signals: result.signals.map((s) => s.id),
          updatedAt: Date.now(),
        },
        req.focused,
      );
      await showBadge(tabId, state);
    }
    return result;
  },

  async focus(req, sender) {
    const tabId = tabOf(sender);
    if (tabId === null) return null;
    const state = await updateTabState(tabId, (s) => {
      if (s.boxes[req.boxId]) s.focused = req.boxId;
    });
    await showBadge(tabId, state);
    return null;
  },

  async 'box-gone'(req, sender) {
    const tabId = tabOf(sender);
    if (tabId !== null) await showBadge(tabId, await dropBox(tabId, req.boxId));
    return null;
  },

  async 'tab-state'(req, sender) {
    const tabId = req.tabId ?? tabOf(sender) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    return typeof tabId === 'number' ? getTabState(tabId) : { boxes: {}, focused: null };
  },

  async 'disable-rule'(req) {
    await disableRule(req.rule);
    return null;
  },

  async labels() {
    return Object.fromEntries((await activePack()).rules.map((r) => [r.id, r.label]));
  },
};
