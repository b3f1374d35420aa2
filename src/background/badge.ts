/**
 * The toolbar badge: how many warnings the focused draft on a tab has.
 */

import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages.js';
import { breatherState } from './breather.js';

/**
 * Shows the focused box's warning count on the tab's toolbar icon; with no
 * warnings, a cup when a breather is due; otherwise nothing.
 */
export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const box = state.focused ? state.boxes[state.focused] : undefined;
  const count = box?.warnings.length ?? 0;
  try {
    if (count > 0) {
      await browser.action.setBadgeText({ tabId, text: String(count) });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
      await browser.action.setTitle({ tabId, title: `Tactful: ${count} phrase${count === 1 ? '' : 's'} to reconsider` });
    } else if ((await breatherState()).suggested) {
      await browser.action.setBadgeText({ tabId, text: '☕' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
      await browser.action.setTitle({ tabId, title: 'Tactful: several hard conversations in a row. Time for a short break?' });
    } else {
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: 'Tactful' });
    }
  } catch {
    // The tab closed while we were updating it.
  }
}
