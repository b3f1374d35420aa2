// @vitest-environment happy-dom
/**
 * Each adapter against a tiny hand-written DOM that follows the structure
 * found in public code (the source is cited above each snippet; the markup is
 * written here, not copied).
 */

import { afterEach, describe, expect, test } from 'vitest';
import { MAX_CONTEXT, readText } from './dom.js';
import { freescout } from './freescout.js';
import { freshdesk } from './freshdesk.js';
import { front } from './front.js';
import { gmail } from './gmail.js';
import { helpscout } from './helpscout.js';
import { intercom } from './intercom.js';
import { osticket } from './osticket.js';
import type { SiteAdapter } from './types.js';
import { zammad } from './zammad.js';
import { zendesk } from './zendesk.js';

function loc(url: string): Location {
  return new URL(url) as unknown as Location;
}

function render(html: string): void {
  document.body.innerHTML = html;
}

function el(selector: string): Element {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`test DOM has no ${selector}`);
  return found;
}

function reply(adapter: SiteAdapter, selector: string, includeNotes = false): boolean | undefined {
  return adapter.isReply?.(el(selector), includeNotes);
}

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
  document.body.removeAttribute('data-auth_user_id');
});

describe('dom helpers', () => {
  test('readText breaks lines at blocks and leaves out skipped subtrees', () => {
    render('<div id="m"><p>Hello</p><p>It broke<br>again</p><blockquote>old</blockquote></div>');
    expect(readText(el('#m'), 'blockquote')).toBe('Hello\nIt broke\nagain');
  });

  test('readText caps the text', () => {
    render(`<div id="m">${'x'.repeat(MAX_CONTEXT + 50)}</div>`);
    expect(readText(el('#m'))?.length).toBe(MAX_CONTEXT);
  });
});

describe('zendesk', () => {
  // Agent Workspace: holatuwol/liferay-zendesk-userscript src/reply.ts, src/internal.ts;
  // omni-log item types from a Zendesk transcript extractor and userscripts.
  const workspace = (channel: string) => `
    <div class="ticket-pane">
      <div data-test-id="omni-log-container">
        <article data-test-id="omni-log-comment-item">
          <div data-test-id="omni-log-item-sender">Ann Customer</div><time datetime="2024-05-01T10:00:00Z"></time>
          <div data-test-id="omni-log-item-message" type="end-user">
            <div data-test-id="omni-log-message-content"><p>My order never came.</p></div>
          </div>
        </article>
        <article data-test-id="omni-log-comment-item">
          <time datetime="2024-05-01T11:00:00Z"></time>
          <div data-test-id="omni-log-item-message" type="agent">
            <div data-test-id="omni-log-message-content"><p>Checking now.</p></div>
          </div>
        </article>
        <article data-test-id="omni-log-comment-item">
          <time datetime="2024-05-01T12:00:00Z"></time>
          <div data-test-id="omni-log-item-message" type="end-user">
            <div data-test-id="omni-log-message-content"><p>Still nothing, this is ridiculous.</p><blockquote>Checking now.</blockquote></div>
          </div>
        </article>
      </div>
      <div data-test-id="editor-view">
        <button data-test-id="omnichannel-channel-switcher-button" data-channel="${channel}" aria-label="${channel}"></button>
        <div class="ck-editor__editable" contenteditable="true" role="textbox" data-test-id="omnicomposer-rich-text-ckeditor"><p>Hi</p></div>
      </div>
      <input data-test-id="omni-header-subject" value="Order">
    </div>`;
  // Legacy UI: xflag "Zendesk Incident Protector" jsdom test DOM.
  const legacy = (publicActive: boolean) => `
    <div class="comment_input_wrapper"><div class="comment_input ${publicActive ? 'is-public' : ''}"><div class="content">
      <div class="header">
        <span class="btn track-id-publicComment ${publicActive ? 'active' : ''}"></span>
        <span class="btn track-id-privateComment ${publicActive ? '' : 'active'}"></span>
      </div>
      <div class="body"><div class="zendesk-editor--rich-text-container">
        <div class="zendesk-editor--rich-text-comment" contenteditable="true"><p>test</p></div>
      </div></div>
    </div></div></div>`;

  test('matches agent pages only', () => {
    expect(zendesk.matches(loc('https://acme.zendesk.com/agent/tickets/12'), document)).toBe(true);
    expect(zendesk.matches(loc('https://acme.zendesk.com/hc/en-us'), document)).toBe(false);
    expect(zendesk.matches(loc('https://example.com/agent/'), document)).toBe(false);
  });

  test('the workspace composer on a public channel is a reply', () => {
    render(workspace('web'));
    expect(reply(zendesk, '[data-test-id="omnicomposer-rich-text-ckeditor"]')).toBe(true);
  });

  test('the workspace composer on the internal channel is a note', () => {
    render(workspace('internal'));
    expect(reply(zendesk, '[data-test-id="omnicomposer-rich-text-ckeditor"]')).toBe(false);
    expect(reply(zendesk, '[data-test-id="omnicomposer-rich-text-ckeditor"]', true)).toBe(true);
  });

  test('the subject field is not a reply', () => {
    render(workspace('web'));
    expect(reply(zendesk, '[data-test-id="omni-header-subject"]')).toBe(false);
  });

  test('reads the latest end-user message without quoted text', () => {
    render(workspace('web'));
    expect(zendesk.customerMessage?.(el('[data-test-id="omnicomposer-rich-text-ckeditor"]'))).toBe('Still nothing, this is ridiculous.');
  });

  test('legacy editor: public tab is a reply, private tab a note', () => {
    render(legacy(true));
    expect(reply(zendesk, '.zendesk-editor--rich-text-comment')).toBe(true);
    render(legacy(false));
    expect(reply(zendesk, '.zendesk-editor--rich-text-comment')).toBe(false);
  });
});

describe('gmail', () => {
  // Compose DOM: ../shared/fixtures/gmail-compose-2019.html; thread messages
  // (div.adn.ads, span.gD[email], div.a3s) from several Gmail extensions.
  const thread = `
    <div role="main">
      <div class="adn ads" data-message-id="#msg-1">
        <span class="gD" email="ann@example.com" name="Ann">Ann</span>
        <div class="a3s aiL"><div>The invoice is wrong.</div></div>
      </div>
      <div class="adn ads" data-message-id="#msg-2">
        <span class="gD" email="me@acme.com" name="Me">Me</span>
        <div class="a3s aiL"><div>Sorry, fixing it.</div></div>
      </div>
      <div class="adn ads" data-message-id="#msg-3">
        <span class="gD" email="ann@example.com" name="Ann">Ann</span>
        <div class="a3s aiL"><div>Still wrong!</div><div class="gmail_quote">On Monday, Me wrote: Sorry, fixing it.</div></div>
      </div>
      <input name="subjectbox">
      <textarea class="Ak" aria-label="Message Body"></textarea>
      <div class="Am Al editable" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true"><br></div>
    </div>`;

  test('matches mail.google.com', () => {
    expect(gmail.matches(loc('https://mail.google.com/mail/u/0/#inbox/FMfcg'), document)).toBe(true);
    expect(gmail.matches(loc('https://google.com/'), document)).toBe(false);
  });

  test('the body editor is a reply, subject and plain-text mirror are not', () => {
    render(thread);
    expect(reply(gmail, '[g_editable="true"]')).toBe(true);
    expect(reply(gmail, 'input[name="subjectbox"]')).toBe(false);
    expect(reply(gmail, 'textarea.Ak')).toBe(false);
  });

  test("reads the other party's latest message, not my own", () => {
    render(thread);
    document.title = 'Invoice - me@acme.com - Gmail';
    expect(gmail.customerMessage?.(el('[g_editable="true"]'))).toBe('Still wrong!');
  });
});

describe('freshdesk', () => {
  // Mint ticket page: kcgthb/tampermonkey-userscripts, freshdesk-mint-navigator,
  // a "Freddy AI summarizer" extension (conversation-wrapper, Froala editor).
  const mint = (footer: string) => `
    <div class="ticket-details__item ticket-details__requestor requestor-wrap" data-album="ticket_9">
      <div class="text-content-wrapper"><p>The app crashes on login.</p></div>
    </div>
    <div class="ticket-details__item" data-test-id="conversation-wrapper" data-album="note_1">
      <div data-test-conversation="conversation-text"><p>Please reinstall.</p></div>
    </div>
    <div class="ticket-details__item ticket-details__privatenote" data-test-id="conversation-wrapper" data-album="note_2">
      <div data-test-conversation="conversation-text"><p>Escalate to dev.</p></div>
    </div>
    <div class="ticket-details__item ticket-details__requestor" data-test-id="conversation-wrapper" data-album="note_3">
      <div data-test-conversation="conversation-text"><p>Reinstalled, still crashing.</p></div>
    </div>
    <div class="ticket-editor">
      <div class="ticket-editor__bodytext"><div class="fr-element fr-view" contenteditable="true"><p></p></div></div>
      <div class="ticket-editor__footer"><div class="reply-btn-wrapper"><button class="reply-btn">${footer}</button></div></div>
    </div>
    <input type="search" id="q">`;

  test('matches agent ticket pages', () => {
    expect(freshdesk.matches(loc('https://acme.freshdesk.com/a/tickets/9'), document)).toBe(true);
    expect(freshdesk.matches(loc('https://acme.freshdesk.com/support/tickets/9'), document)).toBe(false);
  });

  test('matches a custom domain by its Mint markers', () => {
    render(mint('Send'));
    expect(freshdesk.matches(loc('https://help.acme.com/a/tickets/9'), document)).toBe(true);
  });

  test('the Froala editor is a reply; with an "Add note" button it is a note', () => {
    render(mint('Send'));
    expect(reply(freshdesk, '.fr-element')).toBe(true);
    render(mint('Add note'));
    expect(reply(freshdesk, '.fr-element')).toBe(false);
  });

  test('search is not a reply', () => {
    render(mint('Send'));
    expect(reply(freshdesk, '#q')).toBe(false);
  });

  test("reads the requester's latest message, skipping private notes", () => {
    render(mint('Send'));
    expect(freshdesk.customerMessage?.(el('.fr-element'))).toBe('Reinstalled, still crashing.');
  });
});

describe('helpscout', () => {
  // Older page: a "CX Copilot" extension (redactor_editor) and
  // trentslutzky/helpscout-thread-hider (article.thread.customer, section.messageBody).
  const page = `
    <article class="thread customer" id="thread-200">
      <section class="js-thread-content"><section class="messageBodyWrap"><section class="message">
        <section class="messageBody"><p>Refund please.</p></section>
      </section></section></section>
    </article>
    <article class="thread message" id="thread-150"><section class="messageBody"><p>Here is how.</p></section></article>
    <article class="thread customer" id="thread-100"><section class="messageBody"><p>How do I export?</p></section></article>
    <form id="replyForm"><div class="redactor_redactor redactor_editor" contenteditable="true"></div></form>
    <form id="noteForm"><div class="redactor_redactor redactor_editor" contenteditable="true"></div></form>`;

  test('matches secure.helpscout.net', () => {
    expect(helpscout.matches(loc('https://secure.helpscout.net/conversation/1/2'), document)).toBe(true);
    expect(helpscout.matches(loc('https://www.helpscout.com/'), document)).toBe(false);
  });

  test('the reply editor is a reply, the note editor a note', () => {
    render(page);
    expect(reply(helpscout, '#replyForm .redactor_editor')).toBe(true);
    expect(reply(helpscout, '#noteForm .redactor_editor')).toBe(false);
  });

  test('reads the newest customer thread even when listed first', () => {
    render(page);
    expect(helpscout.customerMessage?.(el('#replyForm .redactor_editor'))).toBe('Refund please.');
  });
});

describe('intercom', () => {
  // Inbox 2 parts with data-part-group-category (1 customer, 3 agent) from a
  // "Support Copilot for Intercom" extension; composer class from several extensions;
  // the older note composer (.conversation__text.o__note) from the "Tag Enforcer" userscript.
  const inbox = `
    <div class="inbox2__conversation-stream">
      <div data-part-group-id="1" data-part-group-category="1"><div class="intercom-interblocks-html"><p>Can I change plan?</p></div></div>
      <div data-part-group-id="2" data-part-group-category="3"><div class="intercom-interblocks-html"><p>Yes, from settings.</p></div></div>
      <div data-part-group-id="3" data-part-group-category="1"><div class="intercom-interblocks-html"><p>I can't find it.</p></div></div>
    </div>
    <div class="conversation__text"><div class="ProseMirror embercom-prosemirror-composer-editor" id="r" contenteditable="true"></div></div>
    <div class="conversation__text o__note"><div class="ProseMirror embercom-prosemirror-composer-editor" id="n" contenteditable="true"></div></div>`;

  test('matches app.intercom.com and regional hosts', () => {
    expect(intercom.matches(loc('https://app.intercom.com/a/inbox/abc/inbox/conversation/1'), document)).toBe(true);
    expect(intercom.matches(loc('https://app.eu.intercom.com/a/inbox/abc'), document)).toBe(true);
    expect(intercom.matches(loc('https://www.intercom.com/'), document)).toBe(false);
  });

  test('the reply composer is a reply, the note composer a note', () => {
    render(inbox);
    expect(reply(intercom, '#r')).toBe(true);
    expect(reply(intercom, '#n')).toBe(false);
    expect(reply(intercom, '#n', true)).toBe(true);
  });

  test("reads the customer's latest part", () => {
    render(inbox);
    expect(intercom.customerMessage?.(el('#r'))).toBe("I can't find it.");
  });
});

describe('front', () => {
  // Class-name scheme from clockify/browser-extension src/integrations/front.js;
  // the composer/comment component names are guesses.
  test('matches app.frontapp.com', () => {
    expect(front.matches(loc('https://app.frontapp.com/open/cnv_1'), document)).toBe(true);
    expect(front.matches(loc('https://front.com/'), document)).toBe(false);
  });

  test('a comment box is a note, a composer a reply, anything else undecided', () => {
    render(`
      <div class="replyComposer__StyledWrapper-sc-x1"><div id="r" contenteditable="true"></div></div>
      <div class="commentComposer__StyledComment-sc-x2"><div id="c" contenteditable="true"></div></div>
      <div class="sidebar-sc-x3"><div id="o" contenteditable="true"></div></div>`);
    expect(reply(front, '#r')).toBe(true);
    expect(reply(front, '#c')).toBe(false);
    expect(reply(front, '#o')).toBeUndefined();
  });
});

describe('zammad', () => {
  // zammad/zammad views/ticket_zoom/article_new.jst.eco and controllers/ticket_zoom/article_view.coffee.
  const zoom = (visibility: string) => `
    <div id="app"><div class="ticketZoom">
      <div class="ticket-article">
        <div class="ticket-article-item customer" data-id="7" id="article-7"><div class="textBubble-content"><div class="richtext-content"><p>Printer offline again.</p></div></div></div>
        <div class="ticket-article-item agent" data-id="8" id="article-8"><div class="richtext-content"><p>Restart it.</p></div></div>
        <div class="ticket-article-item customer is-internal" data-id="9" id="article-9"><div class="richtext-content"><p>internal copy</p></div></div>
      </div>
      <form class="article-add ${visibility}">
        <input type="hidden" name="internal" value="${visibility === 'is-internal'}">
        <input type="text" name="to" value="">
        <div class="js-textarea richtext-content articleNewEdit-body" contenteditable="true" data-name="body"></div>
      </form>
    </div></div>`;

  test('matches by DOM markers on any host', () => {
    render(zoom('is-public'));
    expect(zammad.matches(loc('https://support.acme.org/#ticket/zoom/3'), document)).toBe(true);
  });

  test('matches an empty #app by its hash route', () => {
    render('<div id="app"></div>');
    expect(zammad.matches(loc('https://support.acme.org/#ticket/zoom/3'), document)).toBe(true);
    expect(zammad.matches(loc('https://support.acme.org/#about'), document)).toBe(false);
  });

  test('a public article form is a reply, an internal one a note', () => {
    render(zoom('is-public'));
    expect(reply(zammad, '.articleNewEdit-body')).toBe(true);
    render(zoom('is-internal'));
    expect(reply(zammad, '.articleNewEdit-body')).toBe(false);
  });

  test('the To field is not a reply', () => {
    render(zoom('is-public'));
    expect(reply(zammad, 'input[name="to"]')).toBe(false);
  });

  test("reads the customer's latest public article", () => {
    render(zoom('is-public'));
    expect(zammad.customerMessage?.(el('.articleNewEdit-body'))).toBe('Printer offline again.');
  });
});

describe('osticket', () => {
  // osTicket/osTicket include/staff/ticket-view.inc.php and templates/thread-entry*.tmpl.php.
  const view = `
    <link rel="stylesheet" href="/scp/css/scp.css">
    <div id="ticket_thread"><div id="thread-items" data-thread-id="5">
      <div id="thread-entry-31"><div class="thread-entry message"><div class="header">Bob posted</div><div class="thread-body"><div>Second try: still no email.</div></div></div></div>
      <div id="thread-entry-30"><div class="thread-entry response"><div class="thread-body"><div>Try again.</div></div></div></div>
      <div id="thread-entry-29"><div class="thread-entry message"><div class="thread-body"><div>No reset email.</div></div></div></div>
    </div></div>
    <form id="reply"><div class="redactor-box"><div class="redactor-in redactor-in-1" contenteditable="true"></div><textarea name="response" id="response" class="richtext"></textarea></div></form>
    <form id="note" class="hidden"><div class="redactor-box"><div class="redactor-in redactor-in-2" contenteditable="true"></div><textarea name="note" id="internal_note" class="richtext"></textarea></div></form>`;

  test('matches staff pages by path and markers', () => {
    render(view);
    expect(osticket.matches(loc('https://help.acme.org/scp/tickets.php?id=5'), document)).toBe(true);
    expect(osticket.matches(loc('https://help.acme.org/tickets.php?id=5'), document)).toBe(false);
  });

  test('the reply form editor is a reply, the note form editor a note', () => {
    render(view);
    expect(reply(osticket, 'form#reply .redactor-in')).toBe(true);
    expect(reply(osticket, 'form#note .redactor-in')).toBe(false);
  });

  test("reads the user's latest message by entry id, whatever the order", () => {
    render(view);
    expect(osticket.customerMessage?.(el('form#reply .redactor-in'))).toBe('Second try: still no email.');
  });
});

describe('freescout', () => {
  // freescout-helpdesk/freescout resources/views/conversations/view.blade.php,
  // partials/thread.blade.php and public/js/main.js (conv-note-block).
  const view = (block: string) => `
    <div id="conv-layout">
      <div class="conv-block conv-reply-block ${block}"><form class="form-horizontal form-reply">
        <input type="hidden" name="is_note" value="">
        <div class="note-editor"><div class="note-editable" contenteditable="true"></div></div>
        <textarea id="body" name="body"></textarea>
      </form></div>
      <div id="conv-layout-main">
        <div class="thread thread-type-customer" id="thread-12" data-thread_id="12"><div class="thread-body"><div class="thread-content">Any update?</div></div></div>
        <div class="thread thread-type-message" id="thread-11" data-thread_id="11"><div class="thread-content">Working on it.</div></div>
        <div class="thread thread-type-customer" id="thread-10" data-thread_id="10"><div class="thread-content">Site is down.</div></div>
      </div>
    </div>`;

  test('matches signed-in pages with conversation markers', () => {
    render(view(''));
    document.body.setAttribute('data-auth_user_id', '1');
    expect(freescout.matches(loc('https://desk.acme.org/conversation/4'), document)).toBe(true);
    document.body.removeAttribute('data-auth_user_id');
    expect(freescout.matches(loc('https://desk.acme.org/conversation/4'), document)).toBe(false);
  });

  test('the Summernote body is a reply, and a note in a note block', () => {
    render(view(''));
    expect(reply(freescout, '.note-editable')).toBe(true);
    render(view('conv-note-block'));
    expect(reply(freescout, '.note-editable')).toBe(false);
    expect(reply(freescout, '.note-editable', true)).toBe(true);
  });

  test("reads the customer's newest thread", () => {
    render(view(''));
    expect(freescout.customerMessage?.(el('.note-editable'))).toBe('Any update?');
  });
});

describe('every adapter', () => {
  const adapters = [zendesk, gmail, freshdesk, helpscout, intercom, front, zammad, osticket, freescout];

  test('has a unique id', () => {
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
  });

  test('customerMessage is undefined on an empty page and never throws', () => {
    render('<div id="box" contenteditable="true"></div>');
    for (const a of adapters) expect(a.customerMessage?.(el('#box'))).toBeUndefined();
  });
});
