/**
 * osTicket staff control panel (`/scp/`, self-hosted): Redactor 3 over
 * `textarea.richtext`, or the bare textarea when rich text is off.
 *
 * Verified in osTicket's own source (osTicket/osTicket @ 4689926b2; no code
 * copied):
 * - include/staff/ticket-view.inc.php: the reply form `form#reply` holds
 *   `textarea#response[name="response"]` (class `richtext` when HTML is on);
 *   the internal note form `form#note` holds `textarea#internal_note[name="note"]`;
 *   the thread is `#ticket_thread` rendered with the agent's
 *   `thread_view_order` (ascending or descending).
 * - js/redactor-osticket.js + js/redactor.min.js: every `.richtext` becomes a
 *   Redactor 3 editor, whose editable is `.redactor-in` (`redactor-in-<uuid>`)
 *   inside `.redactor-box`.
 * - include/staff/templates/thread-entries.tmpl.php and thread-entry.tmpl.php:
 *   `#thread-items` wraps one `div#thread-entry-<id>` per entry, holding
 *   `.thread-entry.message` (from the user), `.response` (agent) or `.note`,
 *   with the text in `.thread-body`.
 * - include/staff/header.inc.php: the staff pages load `scp/css/scp.css` and
 *   `css/redactor.css`.
 * Also seen: toggl/track-extension src/content/osticket.js
 * (`#ticket_tabs_container #ticket_thread`), ../shared/BROWSERS.md.
 *
 * Guesses: none for the selectors; entry ids grow over time, so the highest
 * `thread-entry-<id>` is the latest whatever the sort order.
 */

import { all, attempt, closest, first, matches, newest, readText, trailingNumber } from './dom.js';
import type { SiteAdapter } from './types.js';

const MARKERS = 'link[href*="scp/css/scp.css"], #ticket_thread, #thread-items[data-thread-id], form#reply textarea#response';
const EDITOR = '.redactor-in, textarea.richtext, textarea#response, textarea#internal_note';
const NOT_REPLY = 'input[type="search"], input[name="query"], #basic-ticket-search, input[type="text"]';
const USER_ENTRY = '.thread-entry.message';
const QUOTED = 'blockquote, .attachments, .header';

function entryId(entry: Element): number {
  return trailingNumber(closest(entry, '[id^="thread-entry-"]')?.id);
}

export const osticket: SiteAdapter = {
  id: 'osticket',

  matches(location, doc) {
    return location.pathname.includes('/scp/') && !!first(doc, MARKERS);
  },

  isReply(el, includeNotes) {
    if (matches(el, EDITOR)) {
      if (closest(el, 'form#note')) return includeNotes;
      if (closest(el, 'form#reply')) return true;
      return undefined;
    }
    if (matches(el, NOT_REPLY)) return false;
    return undefined;
  },

  customerMessage(box) {
    return attempt(() => {
      const entries = all(box.ownerDocument, USER_ENTRY);
      const latest = newest(entries, entryId);
      if (!latest) return undefined;
      return readText(first(latest, '.thread-body') ?? latest, QUOTED);
    });
  },
};
