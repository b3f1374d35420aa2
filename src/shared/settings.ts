/**
 * Settings every context reads. Stored in `storage.local`; the options page
 * (per-team settings) writes them.
 */

/** Whether internal-note boxes are checked like replies (default: no, notes are for colleagues). */
export const INCLUDE_NOTES_KEY = 'tactful.includeNotes';

/** Reads a boolean setting, accepting only a real boolean. */
export function asBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}
