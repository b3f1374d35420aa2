/**
 * Where team settings are kept. They go to `storage.sync`, so they follow the
 * agent to other machines, as JSON text cut into pieces below sync's per-item
 * quota and written in one `set` call (one write operation, all or nothing).
 * When sync refuses them (quota, no sync), they go to `storage.local` and the
 * reason is kept for the options page. Reading takes the newest copy; a copy
 * that cannot be read is set aside in `storage.local` (for export) and
 * defaults apply.
 *
 * Only team rules live here: never draft or customer text, which must not
 * leave the browser (sync copies data to the browser vendor's servers).
 */

import { readSettings } from './settings-schema.js';
import { defaultSettings, type Settings } from './teams.js';

/** The part of a `browser.storage` area the store needs (fakes in tests). */
export interface Area {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Areas {
  /** Null where the browser has no sync storage. */
  sync: Area | null;
  local: Area;
}

/** The header of a stored copy; the text is in `SETTINGS_KEY.<i>` pieces. */
export const SETTINGS_KEY = 'tactful.settings';
/** A copy that could not be read, set aside: `{ at, reason, raw }`. */
export const SET_ASIDE_KEY = 'tactful.settingsSetAside';
/** Before team profiles, checks turned off from the card were a list under this key. */
export const LEGACY_DISABLED_KEY = 'tactful.disabledRules';

/** Chrome's and Firefox's `storage.sync.QUOTA_BYTES_PER_ITEM`. */
export const SYNC_ITEM_BYTES = 8192;
const PIECE_BUDGET = SYNC_ITEM_BYTES - 200;
const MAX_PIECES = 400;

interface Header {
  format: 1;
  pieces: number;
  savedAt: number;
  /** Set on a local copy written because sync refused it: why. */
  localReason?: string;
}

export interface SetAside {
  at: number;
  reason: string;
  raw: string;
}

export interface Loaded {
  settings: Settings;
  /** Where the settings in use were read from (`default`: nothing stored yet). */
  area: 'sync' | 'local' | 'default';
  /** Why the settings are kept on this computer only, or null when they sync. */
  localOnly: string | null;
  /** What could not be used this time, in words. */
  problems: string[];
  /** A damaged copy kept for export, until dismissed. */
  setAside: SetAside | null;
  migratedFrom: number | null;
}

export interface Saved {
  area: 'sync' | 'local';
  localOnly: string | null;
}

const pieceKey = (i: number) => `${SETTINGS_KEY}.${i}`;

function utf8Bytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Cuts JSON text into pieces whose JSON encoding stays within `budget` bytes each. */
export function splitText(text: string, budget = PIECE_BUDGET): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    // What the character costs once the piece is itself JSON-encoded.
    const cost = cp === 0x22 || cp === 0x5c ? 2 : cp < 0x20 ? 6 : utf8Bytes(cp);
    if (bytes + cost > budget && i > start) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += cost;
    i += width;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

function isHeader(v: unknown): v is Header {
  const h = v as Header;
  return (
    typeof h === 'object' &&
    h !== null &&
    h.format === 1 &&
    Number.isInteger(h.pieces) &&
    h.pieces > 0 &&
    h.pieces <= MAX_PIECES &&
    typeof h.savedAt === 'number'
  );
}

type Copy =
  | { area: 'sync' | 'local'; header: Header; text: string }
  | { area: 'sync' | 'local'; damaged: string; raw: string; savedAt: number };

async function readCopy(area: Area | null, name: 'sync' | 'local'): Promise<Copy | null> {
  if (!area) return null;
  let header: unknown;
  try {
    header = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return null;
  }
  if (header === undefined) return null;
  if (!isHeader(header))
    return { area: name, damaged: `the ${name} settings header is not readable`, raw: JSON.stringify(header) ?? '', savedAt: 0 };
  const keys = Array.from({ length: header.pieces }, (_, i) => pieceKey(i));
  const got = await area.get(keys).catch(() => ({}) as Record<string, unknown>);
  const parts = keys.map((k) => got[k]);
  const text = parts.map((p) => (typeof p === 'string' ? p : '')).join('');
  if (parts.some((p) => typeof p !== 'string')) {
    return { area: name, damaged: `part of the ${name} settings is missing`, raw: text, savedAt: header.savedAt };
  }
  return { area: name, header, text };
}

function parse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: `the stored settings are not valid JSON (${(e as Error).message})` };
  }
}

async function setAside(local: Area, reason: string, raw: string): Promise<SetAside> {
  const record: SetAside = { at: Date.now(), reason, raw };
  const existing = (await local.get(SET_ASIDE_KEY).catch(() => ({}) as Record<string, unknown>))[SET_ASIDE_KEY] as SetAside | undefined;
  if (existing?.raw === raw) return existing;
  await local.set({ [SET_ASIDE_KEY]: record }).catch(() => {});
  return record;
}

/** Reads the settings: the newest readable copy, migrated; defaults when there is none. */
export async function loadSettings(areas: Areas): Promise<Loaded> {
  const copies = (await Promise.all([readCopy(areas.sync, 'sync'), readCopy(areas.local, 'local')])).filter((c): c is Copy => c !== null);
  copies.sort((a, b) => ('header' in b ? b.header.savedAt : b.savedAt) - ('header' in a ? a.header.savedAt : a.savedAt));
  const problems: string[] = [];
  let aside: SetAside | null = null;
  for (const copy of copies) {
    if ('damaged' in copy) {
      problems.push(copy.damaged);
      aside = await setAside(areas.local, copy.damaged, copy.raw);
      continue;
    }
    const parsed = parse(copy.text);
    if ('error' in parsed) {
      problems.push(parsed.error);
      aside = await setAside(areas.local, parsed.error, copy.text);
      continue;
    }
    const read = readSettings(parsed.value);
    if (read.damaged) aside = await setAside(areas.local, read.problems.join('; '), copy.text);
    return {
      settings: read.settings,
      area: copy.area,
      localOnly: copy.area === 'local' ? (copy.header.localReason ?? 'sync storage was not used') : null,
      problems: [...problems, ...read.problems],
      setAside: aside ?? (await storedSetAside(areas.local)),
      migratedFrom: read.migratedFrom,
    };
  }
  // Nothing readable stored: settings from before team profiles, or the defaults.
  const legacy = (await areas.local.get(LEGACY_DISABLED_KEY).catch(() => ({}) as Record<string, unknown>))[LEGACY_DISABLED_KEY];
  const read = Array.isArray(legacy) ? readSettings({ version: 0, disabledRules: legacy }) : null;
  return {
    settings: read?.settings ?? defaultSettings(),
    area: 'default',
    localOnly: null,
    problems,
    setAside: aside ?? (await storedSetAside(areas.local)),
    migratedFrom: read ? 0 : null,
  };
}

async function storedSetAside(local: Area): Promise<SetAside | null> {
  const v = (await local.get(SET_ASIDE_KEY).catch(() => ({}) as Record<string, unknown>))[SET_ASIDE_KEY] as SetAside | undefined;
  return v && typeof v.raw === 'string' && typeof v.reason === 'string' ? v : null;
}

/** Forgets the damaged copy that was set aside (after the agent has seen or exported it). */
export async function dismissSetAside(local: Area): Promise<void> {
  await local.remove(SET_ASIDE_KEY);
}

async function oldPieces(area: Area): Promise<number> {
  const h = (await area.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>))[SETTINGS_KEY];
  return isHeader(h) ? h.pieces : 0;
}

async function writeCopy(area: Area, text: string, savedAt: number, localReason?: string): Promise<void> {
  const pieces = splitText(text);
  if (pieces.length > MAX_PIECES) throw new Error(`the settings are too large (${text.length.toLocaleString('en')} characters)`);
  const before = await oldPieces(area);
  const header: Header = { format: 1, pieces: pieces.length, savedAt, ...(localReason ? { localReason } : {}) };
  await area.set({ [SETTINGS_KEY]: header, ...Object.fromEntries(pieces.map((p, i) => [pieceKey(i), p])) });
  if (before > pieces.length) {
    await area.remove(Array.from({ length: before - pieces.length }, (_, i) => pieceKey(pieces.length + i))).catch(() => {});
  }
}

async function removeCopy(area: Area): Promise<void> {
  const n = await oldPieces(area);
  await area.remove([SETTINGS_KEY, ...Array.from({ length: n }, (_, i) => pieceKey(i))]).catch(() => {});
}

function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(message)) return `they are larger than browser sync allows (${message})`;
  return `browser sync refused them (${message})`;
}

/**
 * Saves the settings: to sync when it takes them, otherwise to this
 * computer with the reason. Throws only when neither area can store them;
 * the settings stored before stay as they were.
 */
export async function saveSettings(areas: Areas, settings: Settings, now = Date.now()): Promise<Saved> {
  const text = JSON.stringify(settings);
  let reason = 'this browser has no sync storage';
  if (areas.sync) {
    try {
      await writeCopy(areas.sync, text, now);
      await removeCopy(areas.local);
      await areas.local.remove(LEGACY_DISABLED_KEY).catch(() => {});
      return { area: 'sync', localOnly: null };
    } catch (e) {
      reason = reasonOf(e);
    }
  }
  try {
    await writeCopy(areas.local, text, now, reason);
  } catch (e) {
    throw new Error(
      `Tactful could not save the settings: ${e instanceof Error ? e.message : String(e)}. The settings saved before are unchanged.`,
    );
  }
  await areas.local.remove(LEGACY_DISABLED_KEY).catch(() => {});
  return { area: 'local', localOnly: reason };
}
