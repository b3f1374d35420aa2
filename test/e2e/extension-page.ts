/**
 * Talking to the background from an extension page in Chromium, as the popup does.
 */

import type { Page } from 'playwright-core';

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<{ boxes: Record<string, unknown> }> };
};

/** The id of the tab whose page has a watched box (without the "tabs" permission, URLs are hidden). */
export function tabWithBox(ext: Page): Promise<number> {
  return ext.evaluate(async () => {
    for (const t of await chrome.tabs.query({})) {
      const state = await chrome.runtime.sendMessage({ kind: 'tab-state', tabId: t.id });
      if (Object.keys(state.boxes).length > 0) return t.id ?? -1;
    }
    return -1;
  });
}
