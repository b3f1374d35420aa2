/**
 * Zendesk Support: Agent Workspace (CKEditor 5 composer) and the legacy agent
 * UI (Zendesk's own contenteditable).
 *
 * Sources named only by what they are ("a … extension") were found by exact-string
 * search over public GitHub code; that index does not say which repository.
 *
 * Verified in public code (repo + path; no code copied):
 * - Agent Workspace editor `[data-test-id="omnicomposer-rich-text-ckeditor"]`
 *   (a `.ck-editor__editable`): holatuwol/liferay-zendesk-userscript src/reply.ts,
 *   a Cypress page object and several userscripts found by content search, and
 *   ../shared/BROWSERS.md. The messaging channel uses
 *   `[data-test-id="omnicomposer-plain-text-ckeditor"]` (joaoaguiar264's
 *   "Zendesk - ALT Copilot" userscript, a Cypress chat test).
 * - Public reply vs internal note in Agent Workspace: the composer's
 *   `[data-test-id="omnichannel-channel-switcher-button"]` carries
 *   `data-channel` (`web`, `email`, `sms`, `native_messaging`, …, `internal`)
 *   and an aria-label naming the channel: holatuwol …/src/internal.ts
 *   (`[data-channel="web"]`), a "Zendesk KPI Tracker" extension and its
 *   channel-debug script (`data-channel === 'internal'`, aria-label "Internal").
 * - Conversation log: `[data-test-id="omni-log-container"]` holding
 *   `article[data-test-id="omni-log-comment-item"]`, each with
 *   `[data-test-id="omni-log-item-message"]` whose `type` attribute is
 *   `end-user`, `agent` or `internal`, and the text in
 *   `[data-test-id="omni-log-message-content"]`: a Zendesk transcript
 *   extractor, a "remove blue background on user comments" userscript
 *   (`[type="end-user"]`), holatuwol …/src/style.ts (`[type="internal"]`).
 * - Legacy UI editor `.zendesk-editor--rich-text-container
 *   .zendesk-editor--rich-text-comment` (holatuwol …/user_script.ts,
 *   a Selenium page object, a firenvim config); public/private tabs
 *   `span.track-id-publicComment` / `span.track-id-privateComment` with
 *   `.active` (xflag "Zendesk Incident Protector" userscript and its jsdom test)
 *   and `.comment_input.is-public` (holatuwol …/src/style.ts).
 * - Host: `*.zendesk.com/agent/…` (toggl/track-extension src/content/zendesk.js,
 *   many userscript @match lines).
 *
 * Guesses: the legacy UI's customer message is not read (no public source
 * tells end-user comments from agent comments there); a log sorted newest
 * first is handled by preferring `time[datetime]` over document order.
 */

import { all, attempt, closest, first, hostUnder, matches, newest, readText, scopeContaining } from './dom.js';
import type { SiteAdapter } from './types.js';

const WORKSPACE_EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"], [data-test-id="omnicomposer-plain-text-ckeditor"]';
const LEGACY_EDITOR = '.zendesk-editor--rich-text-comment';
const CHANNEL_SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';
const LOG = '[data-test-id="omni-log-container"]';
const LOG_ITEM = '[data-test-id="omni-log-comment-item"]';
const END_USER_MESSAGE = '[data-test-id="omni-log-item-message"][type="end-user"]';
const NOT_REPLY = '[data-test-id="omni-header-subject"], input[type="search"], [role="searchbox"], [role="combobox"]';
/** Quoted email history and UI bits inside a message that are not the customer's words. */
const MESSAGE_SKIP = 'blockquote, .zd-quote, .signature, [data-test-id="omni-log-item-sender"], time';

/** The composer's internal/public state, or undefined when no switcher tells. */
function workspaceIsNote(box: Element): boolean | undefined {
  const pane = scopeContaining(box, CHANNEL_SWITCHER);
  const switcher = first(pane, CHANNEL_SWITCHER);
  if (!switcher) return undefined;
  const channel = (switcher.getAttribute('data-channel') ?? '').toLowerCase();
  const label = (switcher.getAttribute('aria-label') ?? '').toLowerCase();
  return channel === 'internal' || label.includes('internal');
}

/** Legacy UI: `.comment_input.is-public` or the active public/private tab. */
function legacyIsNote(box: Element): boolean | undefined {
  const input = closest(box, '.comment_input');
  if (!input) return undefined;
  if (first(input, '.track-id-privateComment.active')) return true;
  if (input.classList.contains('is-public') || first(input, '.track-id-publicComment.active')) return false;
  return undefined;
}

function replyVerdict(isNote: boolean | undefined, includeNotes: boolean): boolean {
  return isNote ? includeNotes : true;
}

function isWorkspaceEditor(el: Element): boolean {
  return matches(el, WORKSPACE_EDITOR) || (matches(el, '.ck-editor__editable') && !!closest(el, '[data-test-id="editor-view"]'));
}

function messageTime(item: Element): number {
  const stamp = first(item, 'time[datetime]')?.getAttribute('datetime');
  return stamp ? Date.parse(stamp) : Number.NaN;
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',

  matches(location) {
    return hostUnder(location, 'zendesk.com') && location.pathname.startsWith('/agent');
  },

  isReply(el, includeNotes) {
    if (isWorkspaceEditor(el)) return replyVerdict(workspaceIsNote(el), includeNotes);
    if (matches(el, LEGACY_EDITOR) || closest(el, '.zendesk-editor--rich-text-container')) {
      return replyVerdict(legacyIsNote(el), includeNotes);
    }
    if (matches(el, NOT_REPLY)) return false;
    return undefined;
  },

  customerMessage(box) {
    return attempt(() => {
      const pane = scopeContaining(box, LOG);
      const items = all(first(pane, LOG), LOG_ITEM).filter((item) => first(item, END_USER_MESSAGE));
      const latest = newest(items, messageTime);
      if (!latest) return undefined;
      const content = first(latest, '[data-test-id="omni-log-message-content"]') ?? first(latest, END_USER_MESSAGE);
      return readText(content, MESSAGE_SKIP);
    });
  },
};
