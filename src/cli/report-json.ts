/**
 * `--format json`: the CLI's stable machine-readable contract. Only the
 * fields listed here are printed, in this order, so wording fields the engine
 * may grow (`why`, reminder messages) do not leak into it.
 */

import type { CheckResult, Warning } from '../core/index.js';
import type { Draft } from './inputs.js';

/** One warning in the JSON report: the engine's warning without `why`; `text === draft.slice(start, end)`. */
export type JsonWarning = Omit<Warning, 'why'>;

/** One draft in the JSON report. */
export interface JsonRecord {
  id: string | number;
  score: number | null;
  warnings: JsonWarning[];
  reminders: { rule: string; expected: boolean; met: boolean }[];
  signals: { id: string; evidence: string; source: 'customer' | 'draft' }[];
}

/** Projects a draft's check result onto the JSON contract. */
export function toJsonRecord(draft: Draft, result: CheckResult): JsonRecord {
  return {
    id: draft.id,
    score: result.score,
    warnings: result.warnings.map((w) => ({
      rule: w.rule,
      start: w.start,
      end: w.end,
      text: w.text,
      severity: w.severity,
      message: w.message,
      suggestions: [...w.suggestions],
    })),
    reminders: result.reminders.map((r) => ({ rule: r.rule, expected: r.expected, met: r.met })),
    signals: result.signals.map((s) => ({ id: s.id, evidence: s.evidence, source: s.source })),
  };
}

/** The whole JSON report: one array, one object per draft in input order. */
export function formatJson(checked: { draft: Draft; result: CheckResult }[]): string {
  return `${JSON.stringify(
    checked.map((c) => toJsonRecord(c.draft, c.result)),
    null,
    2,
  )}\n`;
}
