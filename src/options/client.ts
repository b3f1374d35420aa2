/**
 * Everything the options page asks of the outside world, behind one
 * interface: the components take an `OptionsClient`, the extension passes
 * `browserClient` (`browser-client.ts`), and tests pass a fake. Nothing in a
 * component touches `browser.*` or storage keys directly.
 */

import type { IgnoredEntry } from '../shared/ignored.js';
import type { Loaded, Saved } from '../shared/settings-store.js';
import type { SubscriptionState } from '../shared/subscription-state.js';
import type { ManagedPolicy, Settings } from '../shared/teams.js';

/** Settings that belong to this browser only (`storage.local`). */
export interface DeviceState {
  /** Whether internal-note boxes are checked too. */
  includeNotes: boolean;
  /** Hosts where the agent turned Tactful off. */
  disabledHosts: string[];
  /** Whether the breather may be suggested. */
  breather: boolean;
}

/** What changed elsewhere (another tab, the card, the background), so the page reads it again. */
export type Changed = 'settings' | 'policy' | 'subscriptions' | 'ignored' | 'device' | 'insights';

export interface OptionsClient {
  loadSettings(): Promise<Loaded>;
  /** Saves the settings; rejects with a readable Error when nothing could be saved. */
  saveSettings(settings: Settings): Promise<Saved>;
  /** Forgets the damaged copy of the settings that was set aside. */
  dismissSetAside(): Promise<void>;
  /** The organisation's teams (none without a policy or managed storage). */
  policy(): Promise<ManagedPolicy>;
  /** What the background knows of each subscribed pack URL. */
  subscriptions(): Promise<Record<string, SubscriptionState>>;
  /**
   * Asks for access to a pack's origin (`https://packs.example.com`). Browsers
   * only ask the user from within a click: call it before any `await`.
   */
  requestOrigin(origin: string): Promise<boolean>;
  /** Fetches a subscribed pack now; resolves with its new state. */
  refreshSubscription(url: string): Promise<SubscriptionState>;
  /** Phrases the agent chose to "Ignore here" from the card. */
  ignored(): Promise<IgnoredEntry[]>;
  /** Flags these phrases again. */
  restoreIgnored(entries: IgnoredEntry[]): Promise<void>;
  device(): Promise<DeviceState>;
  setIncludeNotes(include: boolean): Promise<void>;
  /** Turns Tactful back on for a host. */
  enableSite(host: string): Promise<void>;
  setBreatherEnabled(enabled: boolean): Promise<void>;
  /** The team insights tally as stored (the Insights section reads it). */
  loadInsights(): Promise<unknown>;
  clearInsights(): Promise<void>;
  /** Offers text as a file download. */
  download(fileName: string, text: string, type?: string): void;
  /** Calls `listener` when stored data changes; returns the function that stops listening. */
  onChanged(listener: (what: ReadonlySet<Changed>) => void): () => void;
}
