/**
 * Draws a rich editor's warnings as CSS highlights and finds the warning
 * under the mouse from the ranges' rectangles (no DOM of the editor changes).
 */

import type { Warning } from '../core/types.js';
import { type Extracted, rangeFor } from './extract.js';
import { clearBoxHighlights, setBoxHighlights } from './highlights.js';
import { HIGHLIGHT_CSS } from './styles.js';

export interface Renderer {
  draw(warnings: readonly Warning[], extracted: Extracted): void;
  /** The warning drawn at a point of the viewport, with its rectangle. */
  hitTest(x: number, y: number): { warning: Warning; rect: DOMRect } | null;
  /** The rectangle of a drawn warning (for placing the card). */
  rectOf(warning: Warning): DOMRect | null;
  destroy(): void;
}

const styled = new WeakSet<Node>();

/** Puts the ::highlight() rules where the box's text is styled: its document, or its shadow root. */
function ensureHighlightStyles(box: Element): void {
  const root = box.getRootNode();
  if (!(root instanceof ShadowRoot) || styled.has(root)) return;
  // Documents get the rules from the manifest's content.css; shadow roots need their own copy.
  const style = box.ownerDocument.createElement('style');
  style.setAttribute('data-tactful', '');
  style.textContent = HIGHLIGHT_CSS;
  root.append(style);
  styled.add(root);
}

export class RichRenderer implements Renderer {
  private drawn: { warning: Warning; range: Range }[] = [];

  constructor(
    private readonly box: Element,
    private readonly boxId: string,
  ) {
    ensureHighlightStyles(box);
  }

  draw(warnings: readonly Warning[], extracted: Extracted): void {
    this.drawn = [];
    for (const warning of warnings) {
      const range = rangeFor(extracted, warning.start, warning.end);
      if (range) this.drawn.push({ warning, range });
    }
    setBoxHighlights(
      this.boxId,
      this.drawn.map((d) => ({ range: d.range, severity: d.warning.severity })),
    );
  }

  hitTest(x: number, y: number): { warning: Warning; rect: DOMRect } | null {
    for (const d of this.drawn) {
      for (const rect of d.range.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return { warning: d.warning, rect };
      }
    }
    return null;
  }

  rectOf(warning: Warning): DOMRect | null {
    const d = this.drawn.find((x) => x.warning === warning);
    return d ? (d.range.getClientRects()[0] ?? d.range.getBoundingClientRect()) : null;
  }

  destroy(): void {
    clearBoxHighlights(this.boxId);
    this.drawn = [];
    void this.box;
  }
}
