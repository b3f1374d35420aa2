/**
 * The background context (Chrome: service worker; Firefox: event page). It
 * owns the rule pack, scores drafts for the content scripts and keeps the
 * per-tab state the popup and the toolbar badge show. Nothing that matters
 * lives only in memory: the worker may be stopped at any time.
 */

import browser, { type Runtime } from 'webextension-polyfill';
import { type Handlers, isRequest, type PageRequest, type Request, type Sender } from '../shared/messages.js';
import { handlers } from './handlers.js';
import { flushInsights, forgetTab as forgetInsights } from './insights.js';
import { onRulesChanged } from './settings.js';
import { startSubscriptions } from './subscription.js';
import { forgetTab, updateTabState } from './tab-state.js';

function dispatch<K extends Request['kind']>(request: Extract<Request, { kind: K }>, sender: Sender): Promise<unknown> {
  const handler = handlers[request.kind] as Handlers[K];
  return Promise.resolve(handler(request, sender));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
  if (!isRequest(message)) return undefined;
  return dispatch(message, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url });
});

startSubscriptions();

// Counts a stopped worker left behind go to the tally now.
void flushInsights();

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
  void forgetInsights(tabId);
});

// A tab that loads a new page starts with no boxes.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url !== undefined) {
    void updateTabState(tabId, (s) => {
      s.boxes = {};
      s.focused = null;
      delete s.url;
    });
  }
});

/**
 * The rules changed (an edit in the options page, a policy, a subscribed
 * pack, a team chosen in the popup): every tab's content scripts check their
 * boxes again, so open drafts show the new rules without a reload.
 */
let pending = 0;
onRulesChanged(() => {
  clearTimeout(pending);
  pending = setTimeout(() => void tellTabs(), 30) as unknown as number;
});

async function tellTabs(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      typeof tab.id === 'number'
        ? browser.tabs.sendMessage(tab.id, { kind: 'settings-changed' } satisfies PageRequest).catch(() => {})
        : undefined,
    ),
  );
}
