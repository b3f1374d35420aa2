/**
 * Everything the popup asks of the outside world, behind one interface: the
 * components take a `PopupClient`, the extension passes `browserClient`
 * (requests go through the protocol's `send`), and tests pass a fake.
 */

import browser from 'webextension-polyfill';
import { type PopupState, send } from '../shared/messages.js';
import { nextTip, type Tip } from './tips.js';

export interface PopupClient {
  /** The popup's state for a tab (the active tab when `tabId` is undefined). */
  state(tabId?: number): Promise<PopupState>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  /** Scrolls the page to a warning and opens its card; false when the page no longer has it. */
  reveal(tabId: number, boxId: string, start: number): Promise<boolean>;
  /** Inserts text at the caret of a reply box; false when it could not. */
  insert(tabId: number, boxId: string, text: string): Promise<boolean>;
  dismissBreather(): Promise<void>;
  setBreatherEnabled(enabled: boolean): Promise<void>;
  /** Chooses the team for a site; null goes back to the team its patterns pick. */
  setTeam(host: string, teamId: string | null): Promise<void>;
  openOptions(): Promise<void>;
  /** Copies text to the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** The next tip of the rotation. */
  nextTip(): Promise<Tip>;
}

export const browserClient: PopupClient = {
  state: (tabId) => send(tabId === undefined ? { kind: 'popup-state' } : { kind: 'popup-state', tabId }),
  async setSiteEnabled(host, enabled) {
    await send({ kind: 'set-site-enabled', host, enabled });
  },
  reveal: (tabId, boxId, start) => send({ kind: 'reveal-warning', tabId, boxId, start }),
  insert: (tabId, boxId, text) => send({ kind: 'insert-text', tabId, boxId, text }),
  async dismissBreather() {
    await send({ kind: 'dismiss-breather' });
  },
  async setBreatherEnabled(enabled) {
    await send({ kind: 'set-breather-enabled', enabled });
  },
  async setTeam(host, teamId) {
    await send({ kind: 'set-team', host, teamId });
  },
  async openOptions() {
    try {
      await browser.runtime.openOptionsPage();
    } catch {
      // No options page yet (or the browser refused): the link simply does nothing.
    }
  },
  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  nextTip: () => nextTip(browser.storage.local),
};

/** The tab a popup opened as a page shows: `popup.html?tab=<tabId>`; undefined for the active tab. */
export function tabIdFrom(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined;
}
