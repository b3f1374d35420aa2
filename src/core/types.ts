/**
 * The engine's public types. Everything here is plain data: no DOM, no
 * browser API, safe to send through `postMessage` or print as JSON.
 */

/** How much a warning matters. `hint` never fails a CLI run at the default threshold. */
export type Severity = 'hint' | 'warning' | 'error';

/** The order of severities, weakest first. */
export const SEVERITIES: readonly Severity[] = ['hint', 'warning', 'error'];

/** A phrase the draft should avoid, found at `[start, end)` (UTF-16 code units). */
export interface Warning {
  /** The check's stable id, e.g. `trigger-should`. */
  rule: string;
  start: number;
  end: number;
  /** Always `draft.slice(start, end)`. */
  text: string;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** One line on why it matters to the customer. */
  why: string;
  /** Replacements for `text`, best first, already cased for their place. `''` means "remove it". */
  suggestions: string[];
}

/** A checklist item: something a good reply contains. */
export interface Reminder {
  rule: string;
  /** Whether this draft, given the customer's message, should contain it. */
  expected: boolean;
  /** Whether the draft contains it. */
  met: boolean;
  message: string;
  why: string;
}

/** Something noticed about the customer's message (or, without one, about the draft's topic). */
export interface Signal {
  id: string;
  /** The customer-message text that raised it (first occurrence). */
  evidence: string;
  /** `customer` when read from the customer's message, `draft` when inferred from the draft. */
  source: 'customer' | 'draft';
}

/** The result of checking one draft. */
export interface CheckResult {
  /** 0-100, or null when the draft has no text of its own (empty, or only quotes and signature). */
  score: number | null;
  /** In text order. */
  warnings: Warning[];
  /** In pack order. */
  reminders: Reminder[];
  signals: Signal[];
}

/** What to check. */
export interface CheckInput {
  draft: string;
  /** The customer's last message, when the page shows it. */
  customer?: string | undefined;
}

/** A problem found while loading a rule pack: where (JSON Pointer) and what. */
export interface PackProblem {
  path: string;
  message: string;
}
