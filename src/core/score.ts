/**
 * The draft's score, 0-100: each warning costs points by severity (less for
 * each repeat of the same check), and each expected reminder that is missing
 * costs its weight. The weights come from the pack.
 */

import type { CompiledPack } from './pack.js';
import type { Reminder, Warning } from './types.js';

/** Scores a non-empty draft from its findings. */
export function scoreDraft(pack: CompiledPack, warnings: readonly Warning[], reminders: readonly Reminder[]): number {
  const { severity, repeat } = pack.score;
  const seen = new Map<string, number>();
  let penalty = 0;
  for (const w of warnings) {
    const n = seen.get(w.rule) ?? 0;
    seen.set(w.rule, n + 1);
    penalty += severity[w.severity] * repeat ** n;
  }
  for (const r of reminders) {
    if (r.expected && !r.met) penalty += pack.byId.get(r.rule)?.weight ?? 0;
  }
  return Math.max(0, Math.min(100, Math.round(100 - penalty)));
}
