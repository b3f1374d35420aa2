/**
 * Per-tab state (the boxes on a tab and their last check), kept in
 * `storage.session` so it survives the service worker being stopped, with an
 * in-memory copy for speed. Updates to one tab are serialized, so two boxes
 * checking at once cannot overwrite each other.
 */

import browser from 'webextension-polyfill';
import type { BoxState, DraftDetail, TabState } from '../shared/messages.js';

const memory = new Map<number, TabState>();
const queues = new Map<number, Promise<unknown>>();
const keyOf = (tabId: number) => `tab:${tabId}`;

function empty(): TabState {
  return { boxes: {}, focused: null };
}

function isTabState(v: unknown): v is TabState {
  return typeof v === 'object' && v !== null && typeof (v as TabState).boxes === 'object' && (v as TabState).boxes !== null;
}

/** The state of a tab (empty for a tab Tactful has not seen). */
export async function getTabState(tabId: number): Promise<TabState> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  const state = isTabState(stored) ? stored : empty();
  memory.set(tabId, state);
  return state;
}

/** Applies `change` to a tab's state after any update already under way, then persists it. */
export function updateTabState(tabId: number, change: (state: TabState) => void): Promise<TabState> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous
    .catch(() => {})
    .then(async () => {
      const state = await getTabState(tabId);
      change(state);
      await browser.storage.session.set({ [keyOf(tabId)]: state });
      return state;
    });
  queues.set(tabId, next);
  return next;
}

/** Records the result of a check for one box. */
export function putBox(
  tabId: number,
  box: BoxState,
  detail: DraftDetail,
  focused: boolean,
  host?: string,
  url?: string,
): Promise<TabState> {
  return updateTabState(tabId, (state) => {
    if (url) state.url = url;
    state.boxes[box.boxId] = box;
    state.details = { ...state.details, [box.boxId]: detail };
    if (host) state.host = host;
    if (focused || state.focused === null) state.focused = box.boxId;
  });
}

/** Forgets a box that left its page. */
export function dropBox(tabId: number, boxId: string): Promise<TabState> {
  return updateTabState(tabId, (state) => {
    delete state.boxes[boxId];
    if (state.details) delete state.details[boxId];
    if (state.focused === boxId) state.focused = Object.keys(state.boxes)[0] ?? null;
  });
}

/** Forgets a closed tab. */
export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  queues.delete(tabId);
  await browser.storage.session.remove(keyOf(tabId));
}
