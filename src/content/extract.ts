/**
 * Reads a reply box as plain text, with a map from text offsets back to DOM
 * positions, without changing anything in it. Quoted thread blocks
 * (blockquote, Gmail's .gmail_quote) and signature blocks are left out of the
 * text, so they are never flagged and never counted.
 */

/** One text node's place in the extracted text. */
export interface Segment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

export interface Extracted {
  text: string;
  /** In text order; empty for a textarea, whose text is its value. */
  segments: Segment[];
}

/** Elements whose text is not the agent's own words. */
export const SKIPPED_BLOCKS =
  'blockquote, .gmail_quote, .gmail_signature, .gmail_extra, [data-smartmail="gmail_signature"], .signature, .moz-signature, .moz-cite-prefix, [data-tactful="off"], [data-tactful-skip]';

/** Block-level tags: each starts a new line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'IFRAME', 'OBJECT']);

/** Whether `el` is a text field (textarea or input) rather than a rich editor. */
export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** Extracts the text of a reply box; stops collecting after `limit` characters. */
export function extract(box: Element, limit = Number.POSITIVE_INFINITY): Extracted {
  if (isTextField(box)) return { text: box.value.slice(0, limit), segments: [] };
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let endsWithBreak = true;
  const breakLine = () => {
    if (!endsWithBreak) {
      parts.push('\n');
      length++;
      endsWithBreak = true;
    }
  };
  const visit = (node: Node): void => {
    if (length >= limit) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ node: node as Text, start: length });
      parts.push(data);
      length += data.length;
      endsWithBreak = data.endsWith('\n');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (IGNORED_TAGS.has(el.tagName) || el.matches(SKIPPED_BLOCKS)) {
      breakLine();
      return;
    }
    if (el.tagName === 'BR') {
      // A <br> stands for a line break even where the line is empty.
      parts.push('\n');
      length++;
      endsWithBreak = true;
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) breakLine();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakLine();
  };
  for (let child = box.firstChild; child; child = child.nextSibling) visit(child);
  let text = parts.join('');
  // The trailing break of the last block is layout, not text.
  if (text.endsWith('\n') && !(box.lastChild instanceof HTMLBRElement)) text = text.slice(0, -1);
  return { text: text.slice(0, limit), segments };
}

/** The DOM position of a text offset: inside the text node that holds it (the earlier one at a boundary when `preferEnd`). */
export function domPosition(segments: readonly Segment[], offset: number, preferEnd = false): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Segment).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  let seg = segments[found] as Segment;
  // At the exact start of a node, the end of the previous one is the same place; prefer it for range ends.
  if (preferEnd && seg.start === offset && found > 0) {
    const prev = segments[found - 1] as Segment;
    if (prev.start + prev.node.data.length === offset) seg = prev;
  }
  const within = offset - seg.start;
  if (within > seg.node.data.length) return null; // the offset falls on a line break between blocks
  return { node: seg.node, offset: within };
}

/** A DOM range for `[start, end)` of the extracted text, or null if the DOM no longer matches. */
export function rangeFor(extracted: Extracted, start: number, end: number): Range | null {
  const a = domPosition(extracted.segments, start);
  const b = domPosition(extracted.segments, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = new Range();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The text offset of a DOM position inside the box (the caret, a point under the mouse), or -1. */
export function textOffset(extracted: Extracted, node: Node, offset: number): number {
  for (const seg of extracted.segments) if (seg.node === node) return seg.start + Math.min(offset, seg.node.data.length);
  // A position between elements: the first text after it.
  const at = new Range();
  try {
    at.setStart(node, offset);
  } catch {
    return -1;
  }
  for (const seg of extracted.segments) if (at.comparePoint(seg.node, 0) >= 0) return seg.start;
  return -1;
}
