/**
 * FreeScout (self-hosted): Summernote over `textarea#body`; reply and note
 * share one form, switched by a class on its block.
 *
 * Verified in FreeScout's own source (freescout-helpdesk/freescout @ 7c3e57aa;
 * no code copied):
 * - resources/views/conversations/view.blade.php: `#conv-layout` holds
 *   `.conv-block.conv-reply-block` > `form.form-reply` with
 *   `input[name="is_note"]` and `textarea#body[name="body"]`.
 * - public/js/main.js: showNoteForm() adds `conv-note-block` to the reply block
 *   and sets `is_note` to 1; showReplyForm() removes it; the body is turned into
 *   Summernote (`.note-editor .note-editable`).
 * - resources/views/conversations/partials/thread.blade.php + app/Thread.php:
 *   each thread is `.thread.thread-type-<customer|message|note|lineitem>` with
 *   `id="thread-<id>"` and `data-thread_id`, the text in `.thread-content`.
 * - app/Http/Controllers/ConversationsController.php: threads are listed newest
 *   first.
 * - resources/views/layouts/app.blade.php: a signed-in page's body carries
 *   `data-auth_user_id`; conversation pages add `body-conv`.
 * Also seen: verygoodplugins/freescout-gpt-assistant (FreeScout adapter:
 * `.note-editable`, `textarea#body`, `thread-type-customer`, `.thread-content`),
 * zackkatz/FreeHelp, ../shared/BROWSERS.md.
 *
 * Guesses: none for the selectors; thread ids grow over time, so the highest
 * `data-thread_id` is the latest whatever the order.
 */

import { all, attempt, closest, first, matches, newest, readText, trailingNumber } from './dom.js';
import type { SiteAdapter } from './types.js';

const MARKERS = '#conv-layout, #form-create, .conv-block, .thread[data-thread_id]';
const EDITOR = '.note-editable, textarea#body';
const NOT_REPLY = 'input[type="search"], input[name="q"], #conv-subj-value, input[type="text"]';
const CUSTOMER_THREAD = '.thread.thread-type-customer';
const QUOTED = 'blockquote, .gmail_quote, .thread-meta, .thread-original';

export const freescout: SiteAdapter = {
  id: 'freescout',

  matches(_location, doc) {
    return !!first(doc, 'body[data-auth_user_id]') && !!first(doc, MARKERS);
  },

  isReply(el, includeNotes) {
    if (matches(el, EDITOR)) {
      const block = closest(el, '.conv-block');
      if (!block || !closest(el, 'form')) return undefined;
      return block.classList.contains('conv-note-block') ? includeNotes : true;
    }
    if (matches(el, NOT_REPLY)) return false;
    return undefined;
  },

  customerMessage(box) {
    return attempt(() => {
      const threads = all(box.ownerDocument, CUSTOMER_THREAD);
      const latest = newest(threads, (t) => trailingNumber(t.getAttribute('data-thread_id') ?? t.id));
      if (!latest) return undefined;
      return readText(first(latest, '.thread-content') ?? latest, QUOTED);
    });
  },
};
