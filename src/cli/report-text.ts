/**
 * `--format text`: an eslint-like report for people, grouped by draft, with a
 * summary line at the end.
 */

import type { CheckResult, Severity, Warning } from '../core/index.js';
import type { Draft } from './inputs.js';

/** A draft and what the engine found in it. */
export interface Checked {
  draft: Draft;
  result: CheckResult;
}

type Paint = (s: string) => string;

interface Palette {
  red: Paint;
  yellow: Paint;
  cyan: Paint;
  green: Paint;
  dim: Paint;
  bold: Paint;
  underline: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`;
const plain: Paint = (s) => s;
const COLOURS: Palette = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  underline: sgr(4, 24),
};
const NO_COLOURS: Palette = { red: plain, yellow: plain, cyan: plain, green: plain, dim: plain, bold: plain, underline: plain };

/** Line-break sequences, as eslint counts them. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * The 1-based line and column of a UTF-16 offset in `text`. `\r\n`, `\r`,
 * `\n`, U+2028 and U+2029 end lines; columns count UTF-16 code units.
 */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    const next = m.index + m[0].length;
    if (next > offset) break;
    line++;
    lineStart = next;
  }
  return { line, col: offset - lineStart + 1 };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function suggestionList(w: Warning): string {
  return w.suggestions.map((s) => (s === '' ? `remove "${w.text}"` : `"${s}"`)).join(' or ');
}

/** The ids of reminders the draft should meet and does not. */
export function missingReminders(result: CheckResult): string[] {
  return result.reminders.filter((r) => r.expected && !r.met).map((r) => r.rule);
}

function severityPaint(p: Palette, s: Severity): Paint {
  return s === 'error' ? p.red : s === 'warning' ? p.yellow : p.cyan;
}

function formatDraft(c: Checked, p: Palette): string[] {
  const { draft, result } = c;
  const lines = [draft.title ? `${p.underline(String(draft.id))}  ${p.dim(draft.title)}` : p.underline(String(draft.id))];
  const rows = result.warnings.map((w) => {
    const { line, col } = lineCol(draft.draft, w.start);
    return { w, loc: `${line}:${col}` };
  });
  const locWidth = Math.max(0, ...rows.map((r) => r.loc.length));
  const sevWidth = Math.max(0, ...rows.map((r) => r.w.severity.length));
  const msgWidth = Math.max(0, ...rows.map((r) => r.w.message.length));
  const indent = ' '.repeat(2 + locWidth + 2 + sevWidth + 2);
  for (const { w, loc } of rows) {
    const sev = severityPaint(p, w.severity)(w.severity.padEnd(sevWidth));
    lines.push(`  ${p.dim(loc.padStart(locWidth))}  ${sev}  ${w.message.padEnd(msgWidth)}  ${p.dim(w.rule)}`);
    if (w.suggestions.length > 0) lines.push(`${indent}${p.green(`→ ${suggestionList(w)}`)}`);
  }
  const missing = missingReminders(result);
  if (missing.length > 0) lines.push(`  reminders: ${missing.join(', ')} missing`);
  lines.push(`  score ${result.score === null ? '—' : result.score}`);
  return lines;
}

/** The summary line: problem counts by severity, drafts, missing reminders. */
export function summaryLine(checked: Checked[], p: Palette = NO_COLOURS): string {
  const counts: Record<Severity, number> = { hint: 0, warning: 0, error: 0 };
  let withProblems = 0;
  let reminders = 0;
  for (const { result } of checked) {
    for (const w of result.warnings) counts[w.severity]++;
    if (result.warnings.length > 0) withProblems++;
    reminders += missingReminders(result).length;
  }
  const tail = reminders > 0 ? ` · ${plural(reminders, 'reminder')} missing` : '';
  const total = counts.hint + counts.warning + counts.error;
  if (checked.length === 0) return p.dim('no drafts to check');
  if (total === 0) return `${p.green('✔')} ${plural(checked.length, 'draft')}, no problems${tail}`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.hint, 'hint')].filter(
    (s) => !s.startsWith('0 '),
  );
  const drafts =
    withProblems === checked.length ? plural(checked.length, 'draft') : `${withProblems} of ${plural(checked.length, 'draft')}`;
  const mark = counts.error > 0 ? p.red('✖') : counts.warning > 0 ? p.yellow('✖') : p.cyan('✖');
  return `${mark} ${p.bold(`${plural(total, 'problem')} (${parts.join(', ')})`)} in ${drafts}${tail}`;
}

/** The whole text report; `colour` adds ANSI colours (only for a terminal). */
export function formatText(checked: Checked[], colour = false): string {
  const p = colour ? COLOURS : NO_COLOURS;
  const blocks = checked.map((c) => formatDraft(c, p).join('\n'));
  blocks.push(summaryLine(checked, p));
  return `${blocks.join('\n\n')}\n`;
}
