/**
 * The fallback for any page: every visible multi-line text box is a reply
 * box, and a customer message is found only where the page marks one.
 */

import type { SiteAdapter } from './types.js';

/** Markers a page (or our demo and test pages) can put on the customer's message. */
const CUSTOMER_MARKERS = '[data-tactful-customer], [data-testid="customer-message"]';
const MAX_CONTEXT = 5000;

export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  customerMessage(box) {
    try {
      const doc = box.ownerDocument;
      const marked = doc.querySelectorAll(CUSTOMER_MARKERS);
      const last = marked[marked.length - 1];
      return last?.textContent?.trim().slice(0, MAX_CONTEXT) || undefined;
    } catch {
      return undefined;
    }
  },
};
