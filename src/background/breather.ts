/**
 * The breather: after several replies to hostile customers in a short span,
 * suggest a short break. A local count of timestamps only, never any text.
 */

import browser from 'webextension-polyfill';

const KEY = 'tactful.breather';
/** Hostile conversations within this span… */
export const BREATHER_WINDOW_MS = 30 * 60 * 1000;
/** …that make a break worth suggesting. */
export const BREATHER_AFTER = 3;

interface Stored {
  times: number[];
  dismissedAt: number;
  enabled: boolean;
}

async function load(): Promise<Stored> {
  const v = (await browser.storage.local.get(KEY))[KEY] as Partial<Stored> | undefined;
  return {
    times: Array.isArray(v?.times) ? v.times.filter((t): t is number => typeof t === 'number') : [],
    dismissedAt: typeof v?.dismissedAt === 'number' ? v.dismissedAt : 0,
    enabled: typeof v?.enabled === 'boolean' ? v.enabled : true,
  };
}

async function save(s: Stored): Promise<void> {
  await browser.storage.local.set({ [KEY]: s });
}

/** What the popup shows. */
export async function breatherState(now = Date.now()): Promise<{ enabled: boolean; suggested: boolean; hostileReplies: number }> {
  const s = await load();
  const recent = s.times.filter((t) => t > now - BREATHER_WINDOW_MS && t > s.dismissedAt);
  return { enabled: s.enabled, suggested: s.enabled && recent.length >= BREATHER_AFTER, hostileReplies: recent.length };
}

/** Counts one reply written to a hostile customer (the box was sent or left with a draft in it). */
export async function countHostileReply(now = Date.now()): Promise<void> {
  const s = await load();
  s.times = [...s.times.filter((t) => t > now - BREATHER_WINDOW_MS), now];
  await save(s);
}

export async function dismissBreather(now = Date.now()): Promise<void> {
  const s = await load();
  s.dismissedAt = now;
  await save(s);
}

export async function setBreatherEnabled(enabled: boolean): Promise<void> {
  const s = await load();
  s.enabled = enabled;
  await save(s);
}
