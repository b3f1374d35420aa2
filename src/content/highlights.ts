/**
 * Underlines through the CSS Custom Highlight API: ranges registered in the
 * document's `CSS.highlights`, so the editor's DOM is never touched. One
 * Highlight per severity (`tactful-error`, `tactful-warning`, `tactful-hint`)
 * holds the ranges of every box in the document.
 */

import type { Severity } from '../core/types.js';

const NAMES: Record<Severity, string> = { error: 'tactful-error', warning: 'tactful-warning', hint: 'tactful-hint' };
const byBox = new Map<string, { range: Range; severity: Severity }[]>();

/** Whether this browser can draw highlights (Chrome 105+, Firefox 140+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function redraw(): void {
  if (!highlightsSupported()) return;
  for (const severity of Object.keys(NAMES) as Severity[]) {
    const ranges: Range[] = [];
    for (const list of byBox.values()) for (const r of list) if (r.severity === severity) ranges.push(r.range);
    const name = NAMES[severity];
    if (ranges.length === 0) CSS.highlights.delete(name);
    else CSS.highlights.set(name, new Highlight(...ranges));
  }
}

/** Replaces the ranges drawn for one box. */
export function setBoxHighlights(boxId: string, ranges: { range: Range; severity: Severity }[]): void {
  if (ranges.length === 0 && !byBox.has(boxId)) return;
  if (ranges.length === 0) byBox.delete(boxId);
  else byBox.set(boxId, ranges);
  redraw();
}

/** Removes every range of one box. */
export function clearBoxHighlights(boxId: string): void {
  setBoxHighlights(boxId, []);
}
