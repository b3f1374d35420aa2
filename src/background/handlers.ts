/**
 * The background's answers to every request of the protocol.
 */

import browser from 'webextension-polyfill';
import { check } from '../core/index.js';
import type { BoxState, DraftDetail, Handlers, Sender } from '../shared/messages.js';
import { showBadge } from './badge.js';
import { countHostileReply } from './breather.js';
import { countDraft } from './insights.js';
import { localLabels, localResult } from './localize.js';
import { disableRule, packFor } from './pack.js';
import { popupHandlers } from './popup-handlers.js';
import { refreshSubscription } from './subscription.js';
import { dropBox, getTabState, putBox, updateTabState } from './tab-state.js';

/** The longest draft the background checks at once; the content script splits or skips longer ones. */
export const MAX_DRAFT = 200_000;
/** A draft at least this long, to a hostile customer, counts as a hostile reply for the breather. */
const HOSTILE_REPLY_CHARS = 40;

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

/**
 * The URL of the page a request comes from, which picks the team: what the
 * content script read of its top page, else what the tab's state remembers,
 * else the frame's own URL.
 */
async function pageUrl(reported: string | undefined, sender: Sender, tabId: number | null): Promise<string> {
  if (reported && /^https?:/i.test(reported)) return reported;
  if (tabId !== null) {
    const known = (await getTabState(tabId)).url;
    if (known) return known;
  }
  return sender.url ?? '';
}

export const handlers: Handlers = {
  async check(req, sender) {
    const tabId = tabOf(sender);
    const url = await pageUrl(req.url, sender, tabId);
    const { pack, team } = await packFor(url);
    const result = check({ draft: req.draft.slice(0, MAX_DRAFT), customer: req.customer?.slice(0, MAX_DRAFT) }, pack);
    if (tabId !== null) {
      const box: BoxState = {
        boxId: req.boxId,
        page: pageOf(sender),
        site: req.site,
        score: result.score,
        warnings: result.warnings.map((w) => w.rule),
        missing: result.reminders.filter((r) => r.expected && !r.met).map((r) => r.rule),
        signals: result.signals.map((s) => s.id),
        chars: req.draft.trim().length,
        updatedAt: Date.now(),
      };
      const detail: DraftDetail = {
        boxId: req.boxId,
        score: result.score,
        warnings: result.warnings.map(({ rule, text, severity, message, start }) => ({ rule, text, severity, message, start })),
        reminders: result.reminders.map(({ rule, expected, met, message, why }) => ({ rule, expected, met, message, why })),
        signals: box.signals,
      };
      // The tally counts ids only: which checks fired and which signals the customer's own message showed.
      void countDraft({
        tabId,
        boxId: req.boxId,
        teamId: team.id,
        rules: [...box.warnings, ...box.missing],
        signals: result.signals.filter((s) => s.source === 'customer').map((s) => s.id),
        hasText: result.score !== null,
      });
      const state = await putBox(tabId, box, detail, req.focused, sender.frameId === 0 ? req.host : undefined, url || undefined);
      await showBadge(tabId, state);
    }
    return localResult(result);
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
    if (tabId === null) return null;
    const before = (await getTabState(tabId)).boxes[req.boxId];
    // A reply written to a hostile customer, then sent (or left): it counts towards the breather.
    if (before?.signals.includes('customer-hostile') && before.chars >= HOSTILE_REPLY_CHARS) await countHostileReply();
    await showBadge(tabId, await dropBox(tabId, req.boxId));
    return null;
  },

  async 'tab-state'(req, sender) {
    const tabId = req.tabId ?? tabOf(sender) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    return typeof tabId === 'number' ? getTabState(tabId) : { boxes: {}, focused: null };
  },

  async 'disable-rule'(req, sender) {
    const { team } = await packFor(await pageUrl(req.url, sender, tabOf(sender)));
    return disableRule(team.id, req.rule);
  },

  async labels(req, sender) {
    const { pack } = await packFor(await pageUrl(req.url, sender, tabOf(sender)));
    return localLabels(pack);
  },

  'refresh-subscription': (req) => refreshSubscription(req.url),

  ...popupHandlers,
};
