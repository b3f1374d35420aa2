/**
 * One watched reply box: checks its draft after a pause in typing (never
 * during IME composition, only while visible), draws the warnings, keeps the
 * badge current, opens the card on hover or Alt+Enter and applies a chosen
 * rewrite. Every listener and observer hangs off one AbortSignal, so
 * `destroy()` leaves nothing behind.
 */

import { suggestionEdit } from '../core/rewrite.js';
import type { CheckResult, Warning } from '../core/types.js';
import { send } from '../shared/messages.js';
import { applyEdit } from './apply.js';
import { Badge } from './badge.js';
import { Card } from './card.js';
import { type Extracted, extract, isTextField, textOffset } from './extract.js';
import type { IgnoreList } from './ignores.js';
import { FieldRenderer } from './render-field.js';
import { type Renderer, RichRenderer } from './render-rich.js';
import type { SiteAdapter } from './sites/types.js';

/** Typing pause before a check. */
export const CHECK_DELAY = 400;
/** Drafts longer than this are not checked; the badge says so. */
export const MAX_CHARS = 100_000;
/**
 * Quill merges edits made within a second of each other into one undo step;
 * a rewrite applied sooner after typing would be undone together with it.
 */
const QUILL_MERGE_MS = 1100;

let nextId = 1;

/** The host of the page the agent sees (the top frame's, when a same-origin frame can read it). */
export function topHost(): string {
  try {
    return window.top?.location.hostname || location.hostname;
  } catch {
    return location.hostname;
  }
}
/**
 * The top page's URL, which picks the team: readable from same-origin frames
 * (editor iframes are usually about:blank or same-origin); a cross-origin
 * frame falls back to the top origin Chrome exposes, then to its own URL.
 */
export function topUrl(): string {
  try {
    const href = window.top?.location.href;
    if (href) return href;
  } catch {
    // Cross-origin top page.
  }
  const ancestors = location.ancestorOrigins;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  return top ? `${top}/` : location.href;
}

const cards = new WeakMap<Document, Card>();

function cardFor(doc: Document): Card {
  let card = cards.get(doc);
  if (!card) {
    card = new Card(doc);
    cards.set(doc, card);
  }
  return card;
}

export class Box {
  readonly id = `box-${Date.now().toString(36)}-${nextId++}`;
  private readonly abort = new AbortController();
  private readonly renderer: Renderer;
  private readonly badge: Badge;
  private extracted: Extracted = { text: '', segments: [] };
  private result: CheckResult | null = null;
  private timer = 0;
  private due = 0;
  private composing = false;
  private visible = true;
  private pending = false;
  private generation = 0;
  private frame = 0;
  private lastInput = 0;

  constructor(
    readonly el: HTMLElement,
    private readonly site: SiteAdapter,
    labels: ReadonlyMap<string, string>,
    private readonly ignores: IgnoreList,
  ) {
    this.renderer = isTextField(el) ? new FieldRenderer(el as HTMLTextAreaElement) : new RichRenderer(el, this.id);
    this.badge = new Badge(el, labels);
    this.badge.host.setAttribute('data-box', this.id);
    const signal = this.abort.signal;
    const on = <K extends keyof HTMLElementEventMap>(
      type: K,
      fn: (e: HTMLElementEventMap[K]) => void,
      opts: AddEventListenerOptions = {},
    ) => el.addEventListener(type, fn as EventListener, { ...opts, signal });
    on('input', () => {
      this.lastInput = performance.now();
      this.schedule();
    });
    on('compositionstart', () => {
      this.composing = true;
    });
    on('compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    on('focus', () => void send({ kind: 'focus', boxId: this.id }).catch(() => {}));
    on('mousemove', (e) => this.onMouse(e), { passive: true });
    on('mouseleave', () => cardFor(el.ownerDocument).hideSoon());
    on('keydown', (e) => this.onKey(e));
    on('scroll', () => this.place(), { passive: true });
    const view = el.ownerDocument.defaultView;
    view?.addEventListener('scroll', () => this.place(), { passive: true, capture: true, signal });
    view?.addEventListener('resize', () => this.place(), { passive: true, signal });
    // Editors that edit through their own keymaps (ProseMirror's select-all + Backspace, Enter, undo)
    // fire no input event: watch the box's text for changes too (reading only).
    const edits = isTextField(el) ? null : new MutationObserver(() => this.schedule());
    edits?.observe(el, { childList: true, characterData: true, subtree: true });
    const resize = new ResizeObserver(() => this.place());
    resize.observe(el);
    const seen = new IntersectionObserver((entries) => {
      this.visible = entries.some((e) => e.isIntersecting);
      this.place();
      if (this.visible && this.pending) this.schedule(0);
    });
    seen.observe(el);
    signal.addEventListener('abort', () => {
      edits?.disconnect();
      resize.disconnect();
      seen.disconnect();
    });
    this.schedule(0);
  }

  /** Shows the last result again, without asking the background (the ignored phrases changed). */
  redraw(): void {
    if (!this.abort.signal.aborted) this.show(this.result);
  }

  /** Checks after the typing pause (or `delay` ms). */
  schedule(delay = CHECK_DELAY): void {
    if (this.abort.signal.aborted) return;
    // One timer and a due time, rather than a new timer per keystroke: typing only moves the due time.
    const due = performance.now() + delay;
    const wasDue = this.due;
    this.due = due;
    if (this.timer && due >= wasDue) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.tick(), delay);
  }

  private tick(): void {
    const left = this.due - performance.now();
    if (left > 1) {
      this.timer = window.setTimeout(() => this.tick(), left);
      return;
    }
    this.timer = 0;
    void this.check();
  }

  private async check(): Promise<void> {
    if (this.composing || !this.visible) {
      this.pending = true;
      return;
    }
    this.pending = false;
    const extracted = extract(this.el, MAX_CHARS + 1);
    const generation = ++this.generation;
    if (extracted.text.length > MAX_CHARS) {
      this.extracted = { text: '', segments: [] };
      this.show(null, 'too long to check');
      return;
    }
    let result: CheckResult;
    try {
      result = await send({
        kind: 'check',
        boxId: this.id,
        draft: extracted.text,
        customer: this.customer(),
        site: this.site.id,
        host: topHost(),
        url: topUrl(),
        focused: this.el.ownerDocument.activeElement === this.el || this.el.contains(this.el.ownerDocument.activeElement),
      });
    } catch {
      // The background restarts after an update or is gone with the extension; try again at the next pause.
      return;
    }
    // A newer check started while this one was away, or the box left the page.
    if (generation !== this.generation || this.abort.signal.aborted) return;
    this.extracted = extracted;
    this.show(result);
  }

  private customer(): string | undefined {
    try {
      return this.site.customerMessage?.(this.el);
    } catch {
      return undefined;
    }
  }

  private visibleWarnings(): Warning[] {
    return (this.result?.warnings ?? []).filter((w) => !this.ignores.has(w.rule, w.text));
  }

  private show(result: CheckResult | null, note = ''): void {
    this.result = result;
    const warnings = this.visibleWarnings();
    this.renderer.draw(warnings, this.extracted);
    this.badge.update(result ? { ...result, warnings } : null, note);
    this.place();
    const card = cardFor(this.el.ownerDocument);
    if (card.warning && !warnings.some((w) => w.start === card.warning?.start && w.rule === card.warning?.rule)) card.close();
  }

  /** Positions the badge and the mirror on the next frame. */
  private place(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.abort.signal.aborted) return;
      this.badge.position();
      if (this.renderer instanceof FieldRenderer) this.renderer.sync();
    });
  }

  private onMouse(e: MouseEvent): void {
    const hit = this.renderer.hitTest(e.clientX, e.clientY);
    const card = cardFor(this.el.ownerDocument);
    if (hit) this.openCard(hit.warning, hit.rect, false);
    else if (card.warning) card.hideSoon();
  }

  private onKey(e: KeyboardEvent): void {
    if (!(e.altKey && e.key === 'Enter')) return;
    const offset = this.caretOffset();
    const warning = this.visibleWarnings().find((w) => offset >= w.start && offset <= w.end);
    const rect = warning ? this.renderer.rectOf(warning) : null;
    if (!warning || !rect) return;
    e.preventDefault();
    e.stopPropagation();
    this.openCard(warning, rect, true);
  }

  private caretOffset(): number {
    if (isTextField(this.el)) return this.el.selectionStart ?? -1;
    const sel = this.el.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.focusNode) return -1;
    return textOffset(this.extracted, sel.focusNode, sel.focusOffset);
  }

  private openCard(warning: Warning, rect: DOMRect, focus: boolean): void {
    const card = cardFor(this.el.ownerDocument);
    card.show(
      warning,
      rect,
      {
        apply: (suggestion) => {
          card.close();
          this.apply(warning, suggestion);
        },
        ignore: () => {
          card.close();
          this.ignores.add(warning.rule, warning.text);
          this.show(this.result);
          this.el.focus({ preventScroll: true });
        },
        disable: () => {
          card.close();
          void send({ kind: 'disable-rule', rule: warning.rule, url: topUrl() })
            .then(() => this.schedule(0))
            .catch(() => {});
          this.el.focus({ preventScroll: true });
        },
        dismissed: () => this.el.focus({ preventScroll: true }),
      },
      focus,
    );
  }

  /** Applies a rewrite, if the draft still holds the flagged text (after Quill's merge window, for Quill). */
  apply(warning: Warning, suggestion: string): void {
    const wait = this.el.classList.contains('ql-editor') ? this.lastInput + QUILL_MERGE_MS - performance.now() : 0;
    if (wait > 0) window.setTimeout(() => this.applyNow(warning, suggestion), wait);
    else this.applyNow(warning, suggestion);
  }

  private applyNow(warning: Warning, suggestion: string): boolean {
    if (this.abort.signal.aborted) return false;
    const current = extract(this.el, MAX_CHARS + 1);
    if (current.text.slice(warning.start, warning.end) !== warning.text) {
      this.schedule(0);
      return false;
    }
    const done = applyEdit(this.el, current, suggestionEdit(current.text, warning, suggestion));
    this.schedule(0);
    return done;
  }

  /** Scrolls to the warning that starts at `start` and opens its card (asked by the popup). */
  reveal(start: number): boolean {
    const find = () => this.visibleWarnings().find((w) => w.start === start);
    if (!find()) return false;
    this.el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    window.setTimeout(() => {
      // After the scroll; a check may have run meanwhile, so look the warning up again.
      const warning = find();
      const rect = warning ? this.renderer.rectOf(warning) : null;
      if (warning && rect) this.openCard(warning, rect, false);
    }, 350);
    return true;
  }

  /** Inserts `text` at the caret (or at the end), through the editor's input path (asked by the popup). */
  insertAtCaret(text: string): boolean {
    const current = extract(this.el, MAX_CHARS + 1);
    let at = this.caretOffset();
    if (at < 0) at = current.text.length;
    const before = current.text.slice(0, at);
    const spaced = (before === '' || /\s$/.test(before) ? '' : ' ') + text;
    const done = applyEdit(this.el, current, { start: at, end: at, text: spaced });
    this.schedule(0);
    return done;
  }

  destroy(): void {
    this.abort.abort();
    window.clearTimeout(this.timer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.renderer.destroy();
    this.badge.destroy();
    const card = cardFor(this.el.ownerDocument);
    if (card.warning && this.result?.warnings.includes(card.warning)) card.close();
    void send({ kind: 'box-gone', boxId: this.id }).catch(() => {});
  }
}
