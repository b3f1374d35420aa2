/**
 * Draws a textarea's warnings on a mirror: a copy of the field's text with
 * the same computed styles, laid exactly over the field, transparent but for
 * the underlines, and ignoring the mouse. It follows the field's scrolling,
 * size, zoom and font. The field itself is never changed.
 */

import type { Warning } from '../core/types.js';
import { container } from './host.js';
import type { Renderer } from './render-rich.js';

const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontFeatureSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'direction',
  'tabSize',
  'whiteSpace',
  'wordBreak',
  'overflowWrap',
] as const;

const COLORS = { error: '#dc2626', warning: '#d97706', hint: '#2563eb' } as const;

export class FieldRenderer implements Renderer {
  private readonly host: HTMLElement;
  private readonly mirror: HTMLDivElement;
  private marks: { warning: Warning; el: HTMLElement }[] = [];
  private text = '';
  private warnings: readonly Warning[] = [];

  constructor(private readonly field: HTMLTextAreaElement) {
    const doc = field.ownerDocument;
    this.host = doc.createElement('tactful-mirror');
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `:host { all: initial; position: fixed; pointer-events: none; z-index: 2147483645; overflow: hidden; }
      div { overflow: hidden; border-color: transparent !important; color: transparent; background: transparent; margin: 0; }
      mark { color: transparent; background: transparent; text-decoration-line: underline; text-decoration-skip-ink: none; text-underline-offset: 3px; }`;
    this.mirror = doc.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    root.append(style, this.mirror);
    container(doc).append(this.host);
  }

  draw(warnings: readonly Warning[]): void {
    this.warnings = warnings;
    this.text = this.field.value;
    const doc = this.field.ownerDocument;
    const parts: Node[] = [];
    this.marks = [];
    let pos = 0;
    for (const w of warnings) {
      if (w.start < pos || w.end > this.text.length) continue;
      parts.push(doc.createTextNode(this.text.slice(pos, w.start)));
      const mark = doc.createElement('mark');
      mark.textContent = this.text.slice(w.start, w.end);
      mark.style.textDecorationStyle = w.severity === 'hint' ? 'dotted' : 'wavy';
      mark.style.textDecorationColor = COLORS[w.severity];
      parts.push(mark);
      this.marks.push({ warning: w, el: mark });
      pos = w.end;
    }
    // A trailing newline needs a character after it to take up its line.
    parts.push(doc.createTextNode(`${this.text.slice(pos)}\u200b`));
    this.mirror.replaceChildren(...parts);
    this.sync();
  }

  /** Lays the mirror over the field again: call on scroll, resize, zoom or font changes. */
  sync(): void {
    const rect = this.field.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && this.field.isConnected;
    this.host.style.display = visible && this.marks.length > 0 ? 'block' : 'none';
    if (!visible || this.marks.length === 0) return;
    if (this.field.value !== this.text) this.draw(this.warnings.filter((w) => this.field.value.slice(w.start, w.end) === w.text));
    const cs = this.field.ownerDocument.defaultView?.getComputedStyle(this.field);
    if (!cs) return;
    Object.assign(this.host.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    const s = this.mirror.style;
    for (const prop of COPIED) s[prop] = cs[prop];
    s.whiteSpace = 'pre-wrap';
    s.overflowWrap = cs.overflowWrap === 'normal' ? 'break-word' : cs.overflowWrap;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    // The field's scrollbar takes room from its text; leave the same room.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    s.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  hitTest(x: number, y: number): { warning: Warning; rect: DOMRect } | null {
    for (const m of this.marks) {
      for (const rect of m.el.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return { warning: m.warning, rect };
      }
    }
    return null;
  }

  rectOf(warning: Warning): DOMRect | null {
    const m = this.marks.find((x) => x.warning === warning);
    return m ? (m.el.getClientRects()[0] ?? null) : null;
  }

  destroy(): void {
    this.host.remove();
    this.marks = [];
  }
}
