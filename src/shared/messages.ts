/**
 * The messages between the extension's contexts. Every request is one member
 * of a discriminated union; `Replies` says what each one answers; the
 * background implements `Handlers` (a missing handler does not compile); every
 * other context sends through `send` and nothing else.
 */

import browser from 'webextension-polyfill';
import type { CheckResult } from '../core/types.js';

/** What one reply box looks like to the background: enough for the popup and the badge. */
export interface BoxState {
  boxId: string;
  /** The frame's URL origin + path, for the popup ("Zendesk ticket 123"). */
  page: string;
  site: string;
  score: number | null;
  /** Warning rule ids in text order. */
  warnings: string[];
  /** Expected reminders that are not met. */
  missing: string[];
  signals: string[];
  updatedAt: number;
}

/** Everything the background keeps about one tab. */
export interface TabState {
  boxes: Record<string, BoxState>;
  /** The box the agent last typed in or focused. */
  focused: string | null;
}

export type Request =
  | { kind: 'check'; boxId: string; draft: string; customer?: string; site: string; focused: boolean }
  | { kind: 'focus'; boxId: string }
  | { kind: 'box-gone'; boxId: string }
  | { kind: 'tab-state'; tabId?: number }
  | { kind: 'disable-rule'; rule: string }
  | { kind: 'labels' };

export interface Replies {
  check: CheckResult;
  focus: null;
  'box-gone': null;
  'tab-state': TabState;
  'disable-rule': null;
  /** Rule id → short name, for lists. */
  labels: Record<string, string>;
}

export type Kind = Request['kind'];
export type RequestOf<K extends Kind> = Extract<Request, { kind: K }>;

/** Who sent a request: the tab and frame of a content script, nothing for extension pages. */
export interface Sender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

/** One handler per request kind, answering with that kind's reply. */
export type Handlers = { [K in Kind]: (request: RequestOf<K>, sender: Sender) => Promise<Replies[K]> | Replies[K] };

const KINDS: ReadonlySet<string> = new Set<Kind>(['check', 'focus', 'box-gone', 'tab-state', 'disable-rule', 'labels']);

/** Whether an incoming message is one of ours (anything else is ignored). */
export function isRequest(message: unknown): message is Request {
  return typeof message === 'object' && message !== null && KINDS.has((message as { kind?: unknown }).kind as string);
}

/** Sends a request to the background and resolves with its typed reply. */
export function send<K extends Kind>(request: RequestOf<K>): Promise<Replies[K]> {
  return browser.runtime.sendMessage(request) as Promise<Replies[K]>;
}
