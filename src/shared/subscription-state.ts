/**
 * What the background knows of each subscribed pack URL: the last good pack
 * and the HTTP validators to ask for it again. Kept in `storage.local` (a
 * subscribed pack may be larger than sync allows, and each machine fetches it
 * anyway); the options page shows when it last updated and any failure.
 */

import type { RulePack } from '../core/pack-types.js';
import { packProblems } from './settings-schema.js';

export const SUBSCRIPTIONS_KEY = 'tactful.subscriptions';

export interface SubscriptionState {
  url: string;
  /** The last good pack served, or null before the first one. */
  pack: RulePack | null;
  etag: string | null;
  lastModified: string | null;
  /** When the URL was last asked (ms since epoch). */
  checkedAt: number | null;
  /** When a new good pack last arrived. */
  updatedAt: number | null;
  /** What went wrong at the last check, in words, or null when it went well. */
  error: string | null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Reads the stored map of URL → state, dropping what is malformed (a bad pack is never used). */
export function readSubscriptions(value: unknown): Record<string, SubscriptionState> {
  const out: Record<string, SubscriptionState> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [url, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'object' || v === null) continue;
    const s = v as Record<string, unknown>;
    out[url] = {
      url,
      pack: s.pack !== undefined && s.pack !== null && packProblems(s.pack).length === 0 ? (s.pack as RulePack) : null,
      etag: str(s.etag),
      lastModified: str(s.lastModified),
      checkedAt: num(s.checkedAt),
      updatedAt: num(s.updatedAt),
      error: str(s.error),
    };
  }
  return out;
}
