/**
 * The fallback for any page: every visible multi-line text box is a reply
 * box, and a customer message is found only where the page marks one.
 */

import type { SiteAdapter } from './types.js';

/** Markers a page (or our demo and test pages) can put on the customer's message. */
const CUSTOMER_MARKERS = '[data-tactful-customer], [data-testid="customer-message"]';
const MAX_CONTEXT = 5000;

function parentDocument(doc: Document): Document | null {
  try {
    // frameElement is null for cross-origin parents, which is exactly where we must stop.
    return doc.defaultView?.frameElement?.ownerDocument ?? null;
  } catch {
    return null;
  }
}

export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  customerMessage(box) {
    // The box's document first, then the documents of same-origin parent frames (an editor in an iframe).
    for (let doc: Document | null = box.ownerDocument; doc; doc = parentDocument(doc)) {
      try {
        const marked = doc.querySelectorAll(CUSTOMER_MARKERS);
        const text = marked[marked.length - 1]?.textContent?.trim();
        if (text) return text.slice(0, MAX_CONTEXT);
      } catch {
        return undefined;
      }
    }
    return undefined;
  },
};
