/**
 * Front (app.frontapp.com). Front's web app is a React app styled with
 * styled-components; its class names read `componentName__StyledPart-sc-<hash>`,
 * where the prefix is stable across builds and the hash is not.
 *
 * Verified (repo + path; no code copied):
 * - Host `app.frontapp.com` and conversation links `app.frontapp.com/open/cnv_…`
 *   (clockify/browser-extension src/integrations/front.js, an Odoo connector,
 *   a webRequest filter list `*://app.frontapp.com/*`).
 * - Class-name scheme: `conversationTopbar__StyledConversationTopbar-sc-…`,
 *   `messageViewerRecipient__StyledDetailsWrapperDiv-sc-…`,
 *   `conversationSubjectWrapper__StyledSubjectContainerDiv-sc-…`
 *   (clockify src/integrations/front.js).
 *
 * Guesses (no public source shows Front's composer or message DOM):
 * - the reply editor is a contenteditable under a component whose name
 *   contains "composer" or "draft"; one under a "comment" component is the
 *   internal comment box (Front's team comments are never sent to customers);
 * - app.front.com is accepted as a host in case the app follows the company's
 *   2023 move to front.com.
 * No customer-message reader: nothing public tells inbound from outbound
 * messages in Front's DOM, so the generic rules decide.
 */

import { hostUnder, matches } from './dom.js';
import type { SiteAdapter } from './types.js';

const NOT_REPLY = 'input[type="search"], [role="searchbox"], [role="combobox"], input[type="text"]';
const EDITABLE = '[contenteditable="true"], textarea';

/** The kind of the nearest ancestor component (by styled-components name) that says what the box is for. */
function nearestComponentKind(el: Element): 'comment' | 'composer' | undefined {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 12; depth++, node = node.parentElement) {
    const cls = (node.getAttribute('class') ?? '').toLowerCase();
    if (cls.includes('comment')) return 'comment';
    if (cls.includes('composer') || cls.includes('draft')) return 'composer';
  }
  return undefined;
}

export const front: SiteAdapter = {
  id: 'front',

  matches(location) {
    return hostUnder(location, 'app.frontapp.com') || location.hostname.toLowerCase() === 'app.front.com';
  },

  isReply(el, includeNotes) {
    if (matches(el, NOT_REPLY)) return false;
    if (!matches(el, EDITABLE)) return undefined;
    const kind = nearestComponentKind(el);
    if (kind === 'comment') return includeNotes;
    if (kind === 'composer') return true;
    return undefined;
  },
};
