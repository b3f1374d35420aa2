/**
 * Which editable elements are reply boxes. Tactful never reads password or
 * payment fields, honours the opt-outs pages already set for writing
 * assistants (`data-tactful="off"`, `data-gramm="false"` and friends, on the
 * box or any ancestor), and skips search and single-line fields.
 */

import type { SiteAdapter } from './sites/types.js';

/** Elements that can be reply boxes (their editing hosts, for rich editors). */
export const CANDIDATES = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

const OPT_OUT = [
  '[data-tactful="off"]',
  '[data-tactful="false"]',
  '[data-gramm="false"]',
  '[data-gramm_editor="false"]',
  '[data-enable-grammarly="false"]',
  '[data-lt-active="false"]',
].join(', ');

const PAYMENT = /\b(cc|card|credit|cvc|cvv|csc|iban|bic|swift|routing|account.?number|security.?code|expir)/i;

/** Whether the element or an ancestor (across shadow roots) opted out. */
export function optedOut(el: Element): boolean {
  for (let cur: Element | null = el; cur; ) {
    if (cur.closest(OPT_OUT)) return true;
    const root = cur.getRootNode();
    cur = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/** Password fields and anything that looks like a payment field. */
export function isSensitive(el: Element): boolean {
  if (el instanceof HTMLInputElement && (el.type === 'password' || el.type === 'hidden')) return true;
  const autocomplete = el.getAttribute('autocomplete') ?? '';
  if (/^cc-|\bcc-/.test(autocomplete) || autocomplete.includes('one-time-code')) return true;
  const names = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`;
  return PAYMENT.test(names);
}

/** The editing host of a contenteditable: the outermost editable ancestor within its root. */
export function editingHost(el: Element): Element {
  let host = el;
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p instanceof HTMLElement && p.isContentEditable) host = p;
    else break;
  }
  return host;
}

function isSearchLike(el: Element): boolean {
  if (el.getAttribute('role') === 'searchbox' || el.getAttribute('role') === 'combobox') return true;
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('name') ?? ''} ${el.id}`;
  return /\b(search|filter|find|subject|title|to|cc|bcc|recipients?)\b/i.test(label) && !/\b(reply|message|body|comment)\b/i.test(label);
}

/**
 * Whether `el` is a reply box Tactful should watch. The site adapter decides
 * first where it knows the page; otherwise the generic rules apply.
 */
export function isReplyBox(el: Element, site: SiteAdapter, includeNotes = false): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLInputElement) return false; // single-line fields are never replies
  if (el instanceof HTMLTextAreaElement && (el.disabled || el.readOnly)) return false;
  if (!(el instanceof HTMLTextAreaElement) && !el.isContentEditable) return false;
  if (!(el instanceof HTMLTextAreaElement) && editingHost(el) !== el) return false;
  if (isSensitive(el) || optedOut(el)) return false;
  let verdict: boolean | undefined;
  try {
    verdict = site.isReply?.(el, includeNotes);
  } catch {
    verdict = undefined;
  }
  if (verdict !== undefined) return verdict;
  if (isSearchLike(el)) return false;
  if (el.getAttribute('aria-multiline') === 'false') return false;
  return true;
}
