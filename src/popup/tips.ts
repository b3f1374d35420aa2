/**
 * The rotating tip: the checklist's guidance in the project's own words
 * (texts in messages.json, tip_*), with the figures the sources quote and who
 * measured them. No tip repeats until every tip has been shown; the ids shown
 * so far are kept in storage.local so the rotation survives closing the popup.
 */

export interface Tip {
  /** The i18n key of the tip's text; also its stable id in storage. */
  id: string;
  /** The i18n key of who measured the figure the tip quotes. */
  source?: string;
}

export const TIPS: readonly Tip[] = [
  { id: 'tip_listen' },
  { id: 'tip_confirm' },
  { id: 'tip_open_question' },
  { id: 'tip_validate' },
  { id: 'tip_apologize' },
  { id: 'tip_no_canned' },
  { id: 'tip_trigger_words' },
  { id: 'tip_positive' },
  { id: 'tip_never_deny' },
  { id: 'tip_thank' },
  { id: 'tip_in_kind' },
  { id: 'tip_win_win' },
  { id: 'tip_more' },
  { id: 'tip_follow_up' },
  { id: 'tip_breather' },
  { id: 'tip_root_cause' },
  { id: 'tip_twelve', source: 'source_newell_legner' },
  { id: 'tip_silent', source: 'source_white_house' },
  { id: 'tip_come_back', source: 'source_lee_resources' },
];

export const TIPS_SHOWN_KEY = 'tactful.tipsShown';

/** The part of `browser.storage.local` the rotation needs (a fake in tests). */
export interface TipStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The ids of the current round, in the order shown (anything malformed or unknown is dropped). */
function shownIds(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const known = new Set(TIPS.map((tip) => tip.id));
  return stored.filter((id): id is string => typeof id === 'string' && known.has(id));
}

/**
 * Picks a tip not shown in the current round and records it. Once every tip
 * has been shown a new round starts, never with the tip just shown.
 */
export async function nextTip(store: TipStore, random: () => number = Math.random): Promise<Tip> {
  let shown: string[] = [];
  try {
    shown = shownIds((await store.get(TIPS_SHOWN_KEY))[TIPS_SHOWN_KEY]);
  } catch {
    // Unreadable storage: a tip is still better than none.
  }
  let fresh = TIPS.filter((tip) => !shown.includes(tip.id));
  if (fresh.length === 0) {
    const last = shown.at(-1);
    shown = [];
    fresh = TIPS.filter((tip) => tip.id !== last);
  }
  const tip = fresh[Math.min(fresh.length - 1, Math.floor(random() * fresh.length))] ?? (TIPS[0] as Tip);
  try {
    await store.set({ [TIPS_SHOWN_KEY]: [...shown, tip.id] });
  } catch {
    // Not remembered this time; the rotation goes on from what is stored.
  }
  return tip;
}
