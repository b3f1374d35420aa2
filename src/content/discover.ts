/**
 * Finds reply boxes as they appear and disappear: in the document and in
 * every open shadow root, at start and after DOM changes (single-page apps
 * swap tickets without reloading). Changes are batched: typing in a box does
 * not rescan the page.
 */

import { Box } from './box.js';
import { CANDIDATES, isReplyBox } from './eligible.js';
import type { IgnoreList } from './ignores.js';
import type { SiteAdapter } from './sites/types.js';

const SCAN_DELAY = 150;

export class Watcher {
  private readonly boxes = new Map<Element, Box>();
  private readonly observed = new WeakSet<Node>();
  private readonly observers: MutationObserver[] = [];
  private timer = 0;
  private dirty: Node[] = [];
  private removals = false;

  constructor(
    private readonly doc: Document,
    private readonly site: SiteAdapter,
    private readonly labels: ReadonlyMap<string, string>,
    private readonly ignores: IgnoreList,
    private readonly includeNotes = false,
  ) {}

  start(): void {
    this.observe(this.doc);
    this.scan(this.doc);
  }

  /** The boxes watched now. */
  get watched(): readonly Box[] {
    return [...this.boxes.values()];
  }

  /** The watched box with this id, if it is in this frame. */
  find(boxId: string): Box | undefined {
    return this.watched.find((b) => b.id === boxId);
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    const mo = new MutationObserver((records) => this.onMutations(records));
    mo.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'data-tactful', 'data-gramm'],
    });
    this.observers.push(mo);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      // Typing inside a watched box changes its children; that is not a new box.
      if (r.type === 'childList' && this.insideBox(r.target)) continue;
      if (r.type === 'attributes') this.dirty.push(r.target);
      for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) this.dirty.push(n);
      if (r.removedNodes.length > 0) this.removals = true;
    }
    if ((this.dirty.length > 0 || this.removals) && !this.timer) this.timer = window.setTimeout(() => this.flush(), SCAN_DELAY);
  }

  private insideBox(node: Node): boolean {
    for (const el of this.boxes.keys()) if (el === node || el.contains(node)) return true;
    return false;
  }

  private flush(): void {
    this.timer = 0;
    if (this.removals) {
      this.removals = false;
      for (const [el, box] of this.boxes) {
        if (!el.isConnected) {
          box.destroy();
          this.boxes.delete(el);
        }
      }
    }
    const roots = this.dirty;
    this.dirty = [];
    for (const n of roots) if (n.isConnected) this.scan(n);
  }

  /** Looks for reply boxes in and under `root`, descending into open shadow roots. */
  private scan(root: Node): void {
    const visit = (el: Element) => {
      if (el.tagName.startsWith('TACTFUL-')) return; // our own badge, card and mirror
      if (el.matches(CANDIDATES)) this.consider(el);
      if (el.shadowRoot) {
        this.observe(el.shadowRoot);
        this.scan(el.shadowRoot);
      }
    };
    if (root instanceof Element) visit(root);
    const all = (root as ParentNode).querySelectorAll?.('*') ?? [];
    for (const el of all) visit(el);
  }

  private consider(el: Element): void {
    const known = this.boxes.get(el);
    const eligible = isReplyBox(el, this.site, this.includeNotes);
    if (known && !eligible) {
      known.destroy();
      this.boxes.delete(el);
    } else if (!known && eligible) {
      this.boxes.set(el, new Box(el as HTMLElement, this.site, this.labels, this.ignores));
    }
  }

  stop(): void {
    for (const mo of this.observers) mo.disconnect();
    for (const box of this.boxes.values()) box.destroy();
    this.boxes.clear();
    window.clearTimeout(this.timer);
  }
}
