/**
 * Counts checked drafts into the team insights tally. A reply box is checked
 * at every pause in typing, but the tally counts drafts: each box once a day,
 * and each check or signal once per box and day, however often it is
 * checked. What a box already counted is remembered in `storage.session`, so
 * it outlives a stopped worker; new counts wait in `storage.session` too and
 * are added to `storage.local` about a second later, in one write, so typing
 * does not cause a storm of writes and a stopped worker loses nothing.
 */

import browser from 'webextension-polyfill';
import {
  dayKey,
  emptyInsights,
  hasCounts,
  INSIGHTS_KEY,
  type Insights,
  isId,
  mergeInsights,
  prune,
  readInsights,
  recordDraft,
} from '../shared/insights.js';

/** How long new counts wait before they are written (the most they are ever late). */
export const FLUSH_DELAY_MS = 1000;
/** The counts not yet in `storage.local`, in `storage.session`. */
const PENDING_KEY = 'insights-pending';
/**
 * In `storage.local`, written together with the tally: the last batch of
 * pending counts added, so a worker stopped between adding a batch and
 * forgetting it does not add it twice.
 */
const BATCH_KEY = 'tactful.insights-batch';
const seenKey = (tabId: number) => `insights-seen:${tabId}`;

/** What one box has been counted for: its day and team, and the checks and signals already counted. */
interface BoxSeen {
  day: string;
  team: string;
  rules: string[];
  signals: string[];
}
type TabSeen = Record<string, BoxSeen>;

interface Pending {
  batch: string;
  insights: Insights;
}

/** One check of one reply box, as the background saw it. */
export interface DraftChecked {
  tabId: number;
  boxId: string;
  /** The team whose rules checked the draft. */
  teamId: string;
  /** Ids of the checks that fired: warnings, and expected reminders that are missing. */
  rules: readonly string[];
  /** Ids of the customer signals. */
  signals: readonly string[];
  /** False for a box with no text of its own (the check's score is null): it is not a draft yet. */
  hasText?: boolean;
  now?: number;
}

const seen = new Map<number, TabSeen>();
let pending: Pending | null = null;
let queue: Promise<unknown> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | null = null;

/** Runs `job` after every job already under way, so reads and writes of the tally never interleave. */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.catch(() => {}).then(job);
  queue = next;
  return next;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isId) : []);

function readTabSeen(value: unknown): TabSeen {
  const out: TabSeen = {};
  if (!isObject(value)) return out;
  for (const [boxId, box] of Object.entries(value)) {
    if (!isObject(box) || typeof box.day !== 'string' || typeof box.team !== 'string') continue;
    out[boxId] = { day: box.day, team: box.team, rules: ids(box.rules), signals: ids(box.signals) };
  }
  return out;
}

async function tabSeen(tabId: number): Promise<TabSeen> {
  const cached = seen.get(tabId);
  if (cached) return cached;
  const tab = readTabSeen((await browser.storage.session.get(seenKey(tabId)))[seenKey(tabId)]);
  seen.set(tabId, tab);
  return tab;
}

const freshPending = (): Pending => ({ batch: crypto.randomUUID(), insights: emptyInsights() });

async function loadPending(): Promise<Pending> {
  if (pending) return pending;
  const stored = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY];
  const written = (await browser.storage.local.get(BATCH_KEY))[BATCH_KEY];
  const left = isObject(stored) && typeof stored.batch === 'string' && stored.batch !== written;
  pending = left ? { batch: stored.batch as string, insights: readInsights(stored.insights) } : freshPending();
  // Counts left by a worker that stopped before writing them: write them now.
  if (hasCounts(pending.insights)) schedule();
  return pending;
}

function schedule(): void {
  if (timer !== null) return;
  timer = setTimeout(() => {
    timer = null;
    void flushInsights();
  }, FLUSH_DELAY_MS);
}

/**
 * Counts one check of a reply box: the draft if the box is new today (or
 * its team changed), and the checks and signals not yet counted for it.
 * Never rejects: insights must not get in the way of checking.
 */
export function countDraft(checked: DraftChecked): Promise<void> {
  const { tabId, boxId, teamId } = checked;
  if (checked.hasText === false || !Number.isInteger(tabId) || tabId < 0 || !boxId || !isId(teamId)) return Promise.resolve();
  return serial(async () => {
    const day = dayKey(new Date(checked.now ?? Date.now()));
    const tab = await tabSeen(tabId);
    const before = tab[boxId];
    const box = before?.day === day && before.team === teamId ? before : undefined;
    const rules = [...new Set(checked.rules)].filter((id) => isId(id) && !box?.rules.includes(id));
    const signals = [...new Set(checked.signals)].filter((id) => isId(id) && !box?.signals.includes(id));
    if (box && rules.length === 0 && signals.length === 0) return;
    // Boxes counted on another day cannot count again today; forgetting them keeps the map small.
    for (const [id, other] of Object.entries(tab)) if (other.day !== day) delete tab[id];
    tab[boxId] = { day, team: teamId, rules: [...(box?.rules ?? []), ...rules], signals: [...(box?.signals ?? []), ...signals] };
    const p = await loadPending();
    p.insights = recordDraft(p.insights, { teamId, day, draft: !box, rules, signals });
    // One write: what the box counted and the count itself are remembered together or not at all.
    await browser.storage.session.set({ [seenKey(tabId)]: tab, [PENDING_KEY]: p });
    schedule();
  }).catch(() => {});
}

/**
 * Adds the pending counts to the tally in `storage.local` now, dropping days
 * older than the tally keeps. Also call it when the worker starts, for counts
 * a stopped worker left behind.
 */
export function flushInsights(now = Date.now()): Promise<void> {
  return serial(async () => {
    const p = await loadPending();
    if (!hasCounts(p.insights)) return;
    const stored = (await browser.storage.local.get(INSIGHTS_KEY))[INSIGHTS_KEY];
    const tally = prune(mergeInsights(readInsights(stored), p.insights), new Date(now));
    await browser.storage.local.set({ [INSIGHTS_KEY]: tally, [BATCH_KEY]: p.batch });
    pending = freshPending();
    await browser.storage.session.remove(PENDING_KEY);
  }).catch(() => {});
}

/** Forgets what a closed tab's boxes counted. */
export function forgetTab(tabId: number): Promise<void> {
  return serial(async () => {
    seen.delete(tabId);
    await browser.storage.session.remove(seenKey(tabId));
  }).catch(() => {});
}
