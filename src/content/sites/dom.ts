/**
 * Small DOM helpers shared by the site adapters. Every helper tolerates odd
 * DOMs (detached nodes, selectors a browser rejects) and never throws, so an
 * adapter built on them cannot break the content script on a page it misreads.
 */

/** The most context text an adapter hands back. */
import { BLOCK_TAGS } from '../extract.js';

export const MAX_CONTEXT = 5000;

const SKIP_ALWAYS = 'script, style, template, noscript, svg, button, select, textarea, input, [aria-hidden="true"]';

/** Runs `fn`, turning any exception into `undefined`. */
export function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** `el.matches(selector)`, false on a rejected selector. */
export function matches(el: Element | null | undefined, selector: string): boolean {
  return attempt(() => el?.matches(selector) ?? false) ?? false;
}

/** `el.closest(selector)`, null on a rejected selector. */
export function closest(el: Element | null | undefined, selector: string): Element | null {
  return attempt(() => el?.closest(selector) ?? null) ?? null;
}

/** `root.querySelector(selector)`, null on a rejected selector. */
export function first(root: ParentNode | null | undefined, selector: string): Element | null {
  return attempt(() => root?.querySelector(selector) ?? null) ?? null;
}

/** `root.querySelectorAll(selector)` as an array, empty on a rejected selector. */
export function all(root: ParentNode | null | undefined, selector: string): Element[] {
  return attempt(() => (root ? Array.from(root.querySelectorAll(selector)) : [])) ?? [];
}

/** Whether the location's host is `host` or one of its subdomains. */
export function hostUnder(location: Location, host: string): boolean {
  const h = location.hostname.toLowerCase();
  return h === host || h.endsWith(`.${host}`);
}

/**
 * The nearest ancestor of `el` (itself excluded) that contains an element
 * matching `selector`: the pane that holds both the reply box and, say, the
 * message log, so that one open ticket is not read for another.
 */
export function scopeContaining(el: Element, selector: string, maxDepth = 40): Element | null {
  let node = el.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    if (first(node, selector)) return node;
  }
  return null;
}

/** The trailing number of an id or data attribute ("thread-123" → 123), or NaN. */
export function trailingNumber(value: string | null | undefined): number {
  const m = /(\d+)\D*$/.exec(value ?? '');
  return m ? Number(m[1]) : Number.NaN;
}

/** The item with the highest `rank` (ties and NaN keep the later item in document order). */
export function newest<T>(items: readonly T[], rank: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestRank = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const r = rank(item);
    const value = Number.isNaN(r) ? bestRank : r;
    if (best === undefined || value >= bestRank) {
      best = item;
      bestRank = value;
    }
  }
  return best;
}

/**
 * The visible-ish text of `el` as plain text: block elements start new lines,
 * subtrees matching `skip` (quoted history, signatures, UI chrome) are left
 * out, and collection stops at MAX_CONTEXT characters. Uses textContent-level
 * data only, so it forces no layout.
 */
export function readText(el: Element | null | undefined, skip = ''): string | undefined {
  if (!el) return undefined;
  const skipSelector = skip ? `${SKIP_ALWAYS}, ${skip}` : SKIP_ALWAYS;
  const parts: string[] = [];
  let length = 0;
  let atLineStart = true;
  const breakLine = (): void => {
    if (!atLineStart) parts.push('\n');
    atLineStart = true;
  };
  const visit = (node: Node): void => {
    if (length > MAX_CONTEXT) return;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      length += data.length;
      if (data.trim()) atLineStart = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (child.tagName.toUpperCase() === 'BR') {
      parts.push('\n');
      atLineStart = true;
      return;
    }
    if (matches(child, skipSelector)) return;
    const block = BLOCK_TAGS.has(child.tagName.toUpperCase());
    if (block) breakLine();
    for (let c = child.firstChild; c; c = c.nextSibling) visit(c);
    if (block) breakLine();
  };
  attempt(() => {
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  });
  return tidy(parts.join(''));
}

/** Collapses runs of blank space, trims, caps at MAX_CONTEXT; undefined when empty. */
export function tidy(text: string | null | undefined): string | undefined {
  const out = (text ?? '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_CONTEXT)
    .trim();
  return out || undefined;
}

/** The lower-cased class attribute of `el` and its ancestors up to `depth` levels, joined. */
export function ancestorClasses(el: Element, depth: number): string {
  const names: string[] = [];
  let node: Element | null = el;
  for (let i = 0; node && i <= depth; i++, node = node.parentElement) {
    const cls = node.getAttribute('class');
    if (cls) names.push(cls.toLowerCase());
  }
  return names.join(' ');
}
