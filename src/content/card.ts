/**
 * The hover card: `<tactful-card>` with an open shadow root, showing why a
 * phrase is flagged and one `button[data-suggestion]` per rewrite, plus
 * "Ignore here" and "Turn off this check for my team". Keyboard: arrows move
 * between buttons, Enter chooses, Escape closes and returns to the editor.
 */

import type { Warning } from '../core/types.js';
import { createHost, el } from './host.js';
import { CARD_CSS } from './styles.js';

export interface CardActions {
  apply(suggestion: string): void;
  ignore(): void;
  disable(): void;
  /** Called when the card closes by Escape, so focus can go back to the editor. */
  dismissed(): void;
}

const HIDE_DELAY = 350;

export class Card {
  private host: HTMLElement | null = null;
  private hideTimer = 0;
  private current: Warning | null = null;

  constructor(private readonly doc: Document) {}

  /** The warning the card shows, if it is open. */
  get warning(): Warning | null {
    return this.host ? this.current : null;
  }

  /** Opens the card for `warning` next to `anchor` (the phrase's rectangle); `focus` moves keyboard focus into it. */
  show(warning: Warning, anchor: DOMRect, actions: CardActions, focus = false): void {
    this.cancelHide();
    if (this.host && this.current === warning) {
      if (focus) this.focusFirst();
      return;
    }
    this.close();
    const doc = this.doc;
    const { host, root } = createHost(doc, 'tactful-card', CARD_CSS);
    this.host = host;
    this.current = warning;
    host.setAttribute('data-rule', warning.rule);
    const buttons = warning.suggestions.map((s) => {
      const b = el(doc, 'button', { type: 'button', 'data-suggestion': s }, s === '' ? `Remove “${warning.text}”` : s);
      b.addEventListener('click', () => actions.apply(s));
      return b;
    });
    const ignore = el(doc, 'button', { type: 'button', 'data-action': 'ignore' }, 'Ignore here');
    ignore.addEventListener('click', () => actions.ignore());
    const disable = el(doc, 'button', { type: 'button', 'data-action': 'disable' }, 'Turn off this check for my team');
    disable.addEventListener('click', () => actions.disable());
    const card = el(
      doc,
      'div',
      { class: 'card', role: 'dialog', 'aria-label': `Tactful: ${warning.message}` },
      el(
        doc,
        'span',
        { class: `severity ${warning.severity}` },
        warning.severity === 'hint' ? 'Hint' : warning.severity === 'error' ? 'Avoid' : 'Consider',
      ),
      el(doc, 'p', { class: 'message' }, warning.message),
      ...(warning.why ? [el(doc, 'p', { class: 'why' }, warning.why)] : []),
      ...(buttons.length ? [el(doc, 'div', { class: 'suggestions', role: 'group', 'aria-label': 'Better phrasings' }, ...buttons)] : []),
      el(doc, 'div', { class: 'actions' }, ignore, disable),
    );
    root.append(card);
    card.addEventListener('keydown', (e) => this.onKey(e, root, actions));
    host.addEventListener('mouseenter', () => this.cancelHide());
    host.addEventListener('mouseleave', () => this.hideSoon());
    this.place(anchor);
    if (focus) this.focusFirst();
  }

  private place(anchor: DOMRect): void {
    const host = this.host;
    if (!host) return;
    const view = this.doc.defaultView;
    const width = host.getBoundingClientRect().width || 340;
    const height = host.getBoundingClientRect().height || 120;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(anchor.left, vw - width - 8));
    // Below the phrase, else above it; in a frame too short for either (an editor in a small iframe), as low as fits.
    const below = anchor.bottom + 6;
    const above = anchor.top - height - 6;
    const top = below + height <= vh ? below : above >= 0 ? above : Math.max(0, vh - height - 4);
    host.style.left = `${Math.round(left)}px`;
    host.style.top = `${Math.round(top)}px`;
  }

  private focusFirst(): void {
    (this.host?.shadowRoot?.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  private onKey(e: KeyboardEvent, root: ShadowRoot, actions: CardActions): void {
    const buttons = [...root.querySelectorAll('button')];
    const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      buttons[(at + 1) % buttons.length]?.focus();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    } else if (e.key === 'Escape') {
      this.close();
      actions.dismissed();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }

  /** Closes the card after a short delay, so the mouse can travel from the phrase to it. */
  hideSoon(): void {
    this.cancelHide();
    this.hideTimer = window.setTimeout(() => this.close(), HIDE_DELAY);
  }

  private cancelHide(): void {
    if (this.hideTimer) window.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  close(): void {
    this.cancelHide();
    this.host?.remove();
    this.host = null;
    this.current = null;
  }

  /** Whether keyboard focus is inside the card. */
  hasFocus(): boolean {
    return this.host !== null && this.doc.activeElement === this.host;
  }
}
