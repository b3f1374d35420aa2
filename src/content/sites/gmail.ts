/**
 * Gmail (mail.google.com): compose and inline reply use Gmail's own
 * contenteditable; there are no internal notes.
 *
 * Sources named only by what they are ("a … extension") were found by exact-string
 * search over public GitHub code; that index does not say which repository.
 *
 * Verified (repo + path; no code copied):
 * - Body editor `div.Am.Al.editable[g_editable="true"][role="textbox"]
 *   [contenteditable="true"]`, aria-label translated ("Message Body"); next to
 *   it a hidden plain-text `textarea.Ak`; subject `input[name="subjectbox"]`;
 *   recipients `textarea[name="to"|"cc"|"bcc"]`: ../shared/fixtures/
 *   gmail-compose-2019.html (a real compose DOM), ../shared/BROWSERS.md, and
 *   several reply-assistant extensions using `[contenteditable][role="textbox"]`.
 * - Thread messages `div.adn.ads` carrying `data-message-id` /
 *   `data-legacy-message-id`; sender `span.gD[email]` (name in `name`);
 *   body `div.a3s` (often `.a3s.aiL`); quoted history `.gmail_quote`:
 *   a phishing-check extension's `GmailDom` table, a "mailgem" reply extension
 *   (`div.adn.ads[data-legacy-message-id]`, `.gD` email/name, `div.a3s`), a spam
 *   checker (`.gD`, `.a3s.aiL`), several Japanese/Italian reply helpers.
 * - The signed-in address: `document.title` ("Inbox - me@example.com - Gmail")
 *   and the account button `a[href*="accounts.google.com/SignOutOptions"]`
 *   whose aria-label ends "(me@example.com)" (an email-assistant content script).
 *
 * Guesses: a reply box outside `[role="main"]` (a new-message window) gets no
 * customer context; when the signed-in address cannot be found, the latest
 * message of the thread is used whoever sent it.
 */

import { all, attempt, closest, first, hostUnder, matches, readText } from './dom.js';
import type { SiteAdapter } from './types.js';

const BODY_EDITOR = '[g_editable="true"][role="textbox"], div.editable[contenteditable="true"][role="textbox"]';
const NOT_REPLY =
  'input[name="subjectbox"], textarea[name="to"], textarea[name="cc"], textarea[name="bcc"], input[name="q"], form[role="search"] *, [role="combobox"]';
const MESSAGE = 'div.adn.ads, div[data-message-id]';
const QUOTED = '.gmail_quote, .gmail_extra, .gmail_signature, [data-smartmail="gmail_signature"], blockquote';
const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The signed-in account's address, lower-cased, if the page shows it. */
function ownAddress(doc: Document): string | undefined {
  const account = first(doc, 'a[href*="accounts.google.com/SignOutOptions"][aria-label]');
  const fromAccount = EMAIL_IN_TEXT.exec(account?.getAttribute('aria-label') ?? '')?.[0];
  const fromTitle = EMAIL_IN_TEXT.exec(doc.title ?? '')?.[0];
  return (fromAccount ?? fromTitle)?.toLowerCase();
}

function senderOf(message: Element): string | undefined {
  return first(message, 'span.gD[email], [email][name]')?.getAttribute('email')?.toLowerCase() ?? undefined;
}

/** Drops wrappers that only hold another matched message (both selectors can match one message). */
function outermost(messages: Element[]): Element[] {
  return messages.filter((m) => !messages.some((other) => other !== m && other.contains(m)));
}

export const gmail: SiteAdapter = {
  id: 'gmail',

  matches(location) {
    return hostUnder(location, 'mail.google.com');
  },

  isReply(el) {
    if (matches(el, BODY_EDITOR)) return true;
    if (matches(el, NOT_REPLY) || matches(el, 'textarea.Ak')) return false;
    return undefined;
  },

  customerMessage(box) {
    return attempt(() => {
      const thread = closest(box, '[role="main"]');
      if (!thread) return undefined;
      const me = ownAddress(box.ownerDocument);
      const messages = outermost(all(thread, MESSAGE)).filter((m) => first(m, 'div.a3s'));
      const fromOthers = me ? messages.filter((m) => senderOf(m) !== me) : messages;
      const latest = fromOthers[fromOthers.length - 1];
      return readText(first(latest, 'div.a3s'), QUOTED);
    });
  },
};
