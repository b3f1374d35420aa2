/**
 * The phrases the agent chose to "Ignore here" on this site, shared by every
 * box of the frame and kept in `storage.local` (never synced: the text comes
 * from a draft). Restoring one in the options page brings its warning back.
 */

import browser from 'webextension-polyfill';
import { IGNORED_KEY, ignoredOn, ignoreKey, readIgnored, withIgnored } from '../shared/ignored.js';

export interface IgnoreList {
  has(rule: string, text: string): boolean;
  add(rule: string, text: string): void;
}

export class Ignores implements IgnoreList {
  private keys = new Set<string>();

  constructor(private readonly host: string) {}

  /** Reads the stored list; true when the set of ignored phrases on this host changed. */
  async load(): Promise<boolean> {
    const stored = await browser.storage.local.get(IGNORED_KEY).catch(() => ({}) as Record<string, unknown>);
    const next = ignoredOn(readIgnored(stored[IGNORED_KEY]), this.host);
    const same = next.size === this.keys.size && [...next].every((k) => this.keys.has(k));
    this.keys = next;
    return !same;
  }

  has(rule: string, text: string): boolean {
    return this.keys.has(ignoreKey(rule, text));
  }

  add(rule: string, text: string): void {
    this.keys.add(ignoreKey(rule, text));
    const entry = { host: this.host, rule, text, at: Date.now() };
    void browser.storage.local
      .get(IGNORED_KEY)
      .then((stored) => browser.storage.local.set({ [IGNORED_KEY]: withIgnored(readIgnored(stored[IGNORED_KEY]), entry) }))
      .catch(() => {
        // Storage refused (quota): the phrase stays ignored in this page until it reloads.
      });
  }
}
