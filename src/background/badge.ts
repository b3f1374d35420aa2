/**
 * The toolbar badge: how many warnings the focused draft on a tab has.
 */

import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages.js';

/** Shows the focused box's warning count on the tab's toolbar icon (nothing when there are none). */
export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const box = state.focused ? state.boxes[state.focused] : undefined;
  const count = box?.warnings.length ?? 0;
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
  } catch {
    // The tab closed while we were updating it.
  }
}
