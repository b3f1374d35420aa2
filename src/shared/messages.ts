/**
 * The messages between the extension's contexts. Every request is one member
 * of a discriminated union; `Replies` says what each one answers; the
 * background implements `Handlers` (a missing handler does not compile); every
 * other context sends through `send` and nothing else.
 */

import browser from 'webextension-polyfill';
import type { CheckResult } from '../core/types.js';
import type { SubscriptionState } from './subscription-state.js';
import type { TeamChoice, TeamInfo } from './teams.js';

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
  /** Length of the draft, to tell a written reply from an empty box. */
  chars: number;
  updatedAt: number;
}

/** One warning as the popup lists it. */
export interface DraftWarning {
  rule: string;
  text: string;
  severity: 'hint' | 'warning' | 'error';
  message: string;
  start: number;
}

/** One checklist item as the popup lists it. */
export interface DraftReminder {
  rule: string;
  expected: boolean;
  met: boolean;
  message: string;
  why: string;
}

/** The focused draft of a tab, in full, for the popup. */
export interface DraftDetail {
  boxId: string;
  score: number | null;
  warnings: DraftWarning[];
  reminders: DraftReminder[];
  signals: string[];
}

/** Everything the popup shows for a tab. */
export interface PopupState {
  tabId: number | null;
  /** The tab's host ("acme.zendesk.com"), or '' for pages Tactful cannot run on. */
  host: string;
  /** Whether Tactful runs on this host (the agent can turn it off per site). */
  enabled: boolean;
  /** The focused draft, or null when the page has no reply box (or none has text yet). */
  draft: DraftDetail | null;
  /** Rule id → short name. */
  labels: Record<string, string>;
  /** The team whose rules check this tab, and why. */
  team: TeamChoice;
  /** Every team the agent can switch to. */
  teams: TeamInfo[];
  breather: { enabled: boolean; suggested: boolean; hostileReplies: number };
}

/** Everything the background keeps about one tab. */
export interface TabState {
  boxes: Record<string, BoxState>;
  /** The box the agent last typed in or focused. */
  focused: string | null;
  /** The last check of each box in full (for the popup). */
  details?: Record<string, DraftDetail>;
  /** The tab's host, as its top frame reported it. */
  host?: string;
  /** The tab's page URL, as its frames reported it (it picks the team). */
  url?: string;
}

export type Request =
  | {
      kind: 'check';
      boxId: string;
      draft: string;
      customer?: string;
      site: string;
      focused: boolean;
      host?: string;
      /** The top page's URL, which picks the team (the frame's own URL when the top one cannot be read). */
      url?: string;
    }
  | { kind: 'focus'; boxId: string }
  | { kind: 'box-gone'; boxId: string }
  | { kind: 'tab-state'; tabId?: number }
  | { kind: 'disable-rule'; rule: string; url?: string }
  | { kind: 'labels'; url?: string }
  | { kind: 'popup-state'; tabId?: number }
  | { kind: 'set-site-enabled'; host: string; enabled: boolean }
  | { kind: 'reveal-warning'; tabId: number; boxId: string; start: number }
  | { kind: 'insert-text'; tabId: number; boxId: string; text: string }
  | { kind: 'dismiss-breather' }
  | { kind: 'set-breather-enabled'; enabled: boolean }
  /** The team for a host chosen from the popup; null goes back to the team the site's patterns pick. */
  | { kind: 'set-team'; host: string; teamId: string | null }
  /** Fetches a subscribed pack now (the options page's "Update now", and right after subscribing). */
  | { kind: 'refresh-subscription'; url: string };

export interface Replies {
  check: CheckResult;
  focus: null;
  'box-gone': null;
  'tab-state': TabState;
  /** Whether the check was turned off (a locked organisation team refuses). */
  'disable-rule': boolean;
  /** Rule id → short name, for lists. */
  labels: Record<string, string>;
  'popup-state': PopupState;
  'set-site-enabled': null;
  /** Whether the page had the box and the warning. */
  'reveal-warning': boolean;
  /** Whether the text went in at the caret. */
  'insert-text': boolean;
  'dismiss-breather': null;
  'set-breather-enabled': null;
  'set-team': null;
  'refresh-subscription': SubscriptionState;
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

const KINDS: ReadonlySet<string> = new Set<Kind>([
  'check',
  'focus',
  'box-gone',
  'tab-state',
  'disable-rule',
  'labels',
  'popup-state',
  'set-site-enabled',
  'reveal-warning',
  'insert-text',
  'dismiss-breather',
  'set-breather-enabled',
  'set-team',
  'refresh-subscription',
]);

/** Whether an incoming message is one of ours (anything else is ignored). */
export function isRequest(message: unknown): message is Request {
  return typeof message === 'object' && message !== null && KINDS.has((message as { kind?: unknown }).kind as string);
}

/** What the background (and the popup, through it) asks of the content scripts of a tab. */
export type PageRequest =
  | { kind: 'reveal-warning'; boxId: string; start: number }
  | { kind: 'insert-text'; boxId: string; text: string }
  /** The rules changed (settings, policy, subscription, team): check every box again. */
  | { kind: 'settings-changed' };

/** Sends a request to the background and resolves with its typed reply. */
export function send<K extends Kind>(request: RequestOf<K>): Promise<Replies[K]> {
  return browser.runtime.sendMessage(request) as Promise<Replies[K]>;
}
