/**
 * Zammad (self-hosted; classic agent UI under `/#ticket/zoom/<id>`): Zammad's
 * own contenteditable in the ticket zoom's "new article" form.
 *
 * Verified in Zammad's own source (zammad/zammad; no code copied):
 * - app/assets/javascripts/app/views/ticket_zoom/article_new.jst.eco: the form
 *   `form.article-add` gets `is-internal` or `is-public` and a hidden
 *   `input[name="internal"]`; the body is
 *   `div.js-textarea.richtext-content.articleNewEdit-body[contenteditable]`;
 *   To/Cc/Subject are `input[name="to"|"cc"|"subject"]`.
 * - app/assets/javascripts/app/controllers/ticket_zoom/article_view.coffee and
 *   views/ticket_zoom/article_view.jst.eco: each article is
 *   `.ticket-article-item.<sender>` (sender name lower-cased: `customer`,
 *   `agent`, `system`) with `data-id`, `is-internal` when internal, the body in
 *   `.textBubble-content .richtext-content`.
 * - app/views/init/index.html.erb + layouts/application.html.erb: the page is
 *   an empty `#app` filled by the JS app; routes are URL hashes
 *   (`#ticket/zoom/…`, `#dashboard`).
 * Also seen: toggl/track-extension src/content/zammad.js (`.ticketZoom-header`,
 * `.ticketZoom-controls`), Zammad's Capybara specs (`.articleNewEdit-body`,
 * `div.ticket-article-item`), ../shared/BROWSERS.md.
 *
 * Guesses: Zammad's newer "desktop view" (Vue, `/desktop/…`) is not covered;
 * article ids grow over time, so the highest `data-id` is the latest.
 */

import { all, attempt, closest, first, matches, newest, readText, trailingNumber } from './dom.js';
import type { SiteAdapter } from './types.js';

const MARKERS = 'form.article-add, .ticketZoom, .ticket-article-item';
const EDITOR = '.articleNewEdit-body';
const NOT_REPLY = 'input[name="to"], input[name="cc"], input[name="subject"], input[type="search"], [role="searchbox"]';
const CUSTOMER_ARTICLE = '.ticket-article-item.customer:not(.is-internal)';
const QUOTED = 'blockquote, .js-signatureMarker ~ *, .textBubble-overflowContainer, .article-meta-clip';

function isInternal(form: Element): boolean {
  if (form.classList.contains('is-internal')) return true;
  if (form.classList.contains('is-public')) return false;
  return first(form, 'input[name="internal"]')?.getAttribute('value') === 'true';
}

export const zammad: SiteAdapter = {
  id: 'zammad',

  matches(location, doc) {
    if (first(doc, MARKERS)) return true;
    return !!doc.getElementById('app') && /^#(ticket\/zoom|dashboard|ticket\/view)\b/.test(location.hash);
  },

  isReply(el, includeNotes) {
    if (matches(el, EDITOR)) {
      const form = closest(el, 'form.article-add');
      if (!form) return undefined;
      return isInternal(form) ? includeNotes : true;
    }
    if (matches(el, NOT_REPLY)) return false;
    return undefined;
  },

  customerMessage(box) {
    return attempt(() => {
      const zoom = closest(box, '.ticketZoom') ?? box.ownerDocument;
      const articles = all(zoom, CUSTOMER_ARTICLE);
      const latest = newest(articles, (a) => trailingNumber(a.getAttribute('data-id')));
      if (!latest) return undefined;
      return readText(first(latest, '.richtext-content') ?? latest, QUOTED);
    });
  },
};
