/**
 * "Ignore here" from a reply box's card: the phrase stays unflagged for that
 * check on that site, until the agent restores it in the options page. Kept
 * in `storage.local` only: the ignored text comes from a draft, and drafts
 * never leave the browser (sync would copy them to the vendor's servers).
 */

export const IGNORED_KEY = 'tactful.ignored';
/** The most entries kept; the oldest go first. */
export const MAX_IGNORED = 500;

export interface IgnoredEntry {
  host: string;
  rule: string;
  /** The flagged text, as it appeared. */
  text: string;
  at: number;
}

/** The stored list, dropping malformed entries. */
export function readIgnored(value: unknown): IgnoredEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is IgnoredEntry =>
      typeof e === 'object' &&
      e !== null &&
      typeof e.host === 'string' &&
      typeof e.rule === 'string' &&
      typeof e.text === 'string' &&
      typeof e.at === 'number',
  );
}

/** The key an entry is matched by: the check and the text, case and spacing aside. */
export function ignoreKey(rule: string, text: string): string {
  return `${rule}\u0000${text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** The list with one more entry (a repeat replaces the old one), capped. */
export function withIgnored(list: IgnoredEntry[], entry: IgnoredEntry): IgnoredEntry[] {
  const key = ignoreKey(entry.rule, entry.text);
  const rest = list.filter((e) => e.host !== entry.host || ignoreKey(e.rule, e.text) !== key);
  return [...rest, entry].slice(-MAX_IGNORED);
}

/** The list without an entry (restored from the options page). */
export function withoutIgnored(list: IgnoredEntry[], entry: Pick<IgnoredEntry, 'host' | 'rule' | 'text'>): IgnoredEntry[] {
  const key = ignoreKey(entry.rule, entry.text);
  return list.filter((e) => e.host !== entry.host || ignoreKey(e.rule, e.text) !== key);
}

/** The keys ignored on one host, for filtering warnings. */
export function ignoredOn(list: IgnoredEntry[], host: string): Set<string> {
  return new Set(list.filter((e) => e.host === host).map((e) => ignoreKey(e.rule, e.text)));
}
