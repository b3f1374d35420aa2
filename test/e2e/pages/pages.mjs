// The test pages: one helpdesk ticket view per editor. `reply` is the markup of the reply area,
// `entry` the script (in src/) that starts the editor and exposes window.__editor, `editable`
// the selector of the element an agent types into (documented here for the tests that use it).

export const CUSTOMER_MESSAGE = 'My order arrived broken AGAIN. This is the second time and I am really annoyed. I want a refund!';

/** @typedef {{ name: string; title: string; entry?: string; editable: string; frame?: string; reply: string; head?: string }} PageSpec */

/** @type {PageSpec[]} */
export const pages = [
  {
    name: 'textarea',
    title: 'Plain textarea',
    entry: 'textarea.ts',
    editable: 'textarea#reply',
    reply: `
      <textarea id="reply" rows="7" placeholder="Write your reply…" aria-label="Reply"></textarea>
      <h3>Internal note (Grammarly off)</h3>
      <textarea id="internal-note" rows="3" data-gramm="false" aria-label="Internal note"></textarea>
      <div data-tactful="off">
        <h3>Macro source (Tactful off)</h3>
        <textarea id="macro-source" rows="3" aria-label="Macro source"></textarea>
      </div>
      <label class="inline-field">Confirm with your password
        <input type="password" id="agent-password" autocomplete="off">
      </label>`,
  },
  {
    name: 'ckeditor',
    title: 'CKEditor 5 (Zendesk Agent Workspace)',
    entry: 'ckeditor.ts',
    editable: '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]',
    reply: '<div id="reply"></div>',
  },
  {
    name: 'prosemirror',
    title: 'ProseMirror',
    entry: 'prosemirror.ts',
    editable: '#reply .ProseMirror',
    reply: '<div id="reply" class="rich-host"></div>',
  },
  {
    name: 'iframe',
    title: 'Reply box in a same-origin iframe',
    entry: 'iframe.ts',
    frame: 'iframe#reply-frame',
    editable: '#reply',
    reply: '<iframe id="reply-frame" src="iframe-inner.html" title="Reply editor"></iframe>',
  },
  {
    name: 'tinymce',
    title: 'TinyMCE (classic iframe mode)',
    entry: 'tinymce.ts',
    frame: 'iframe#reply_ifr',
    editable: 'body#tinymce',
    head: '<script src="vendor/tinymce/tinymce.min.js"></script>',
    reply: '<textarea id="reply" aria-label="Reply"></textarea>',
  },
  {
    name: 'quill',
    title: 'Quill',
    entry: 'quill.ts',
    editable: '#reply .ql-editor',
    reply: '<div id="reply"></div>',
  },
  {
    name: 'lexical',
    title: 'Lexical',
    entry: 'lexical.ts',
    editable: '#reply[data-lexical-editor="true"]',
    reply:
      '<div class="rich-host"><div id="reply" class="lexical-editor" contenteditable="true" role="textbox" aria-label="Reply"></div></div>',
  },
  {
    name: 'slate',
    title: 'Slate (slate-react)',
    entry: 'slate.tsx',
    editable: '#reply[data-slate-editor="true"]',
    reply: '<div id="reply-root" class="rich-host"></div>',
  },
  {
    name: 'summernote',
    title: 'Summernote Lite (FreeScout)',
    entry: 'summernote.ts',
    editable: '.note-editor .note-editable',
    reply: '<textarea id="body" name="body" aria-label="Reply"></textarea>',
  },
  {
    name: 'shadow',
    title: 'Reply box in an open shadow root',
    entry: 'shadow.ts',
    editable: 'reply-composer #reply',
    reply: '<reply-composer></reply-composer>',
  },
  {
    // Zammad's markup (app/assets/javascripts/app/views/ticket_zoom/article_new.jst.eco): the
    // article form says whether the new article is an internal note or a public reply.
    name: 'zammad',
    title: 'Zammad internal note',
    editable: 'form.article-add .articleNewEdit-body',
    reply: `
      <div class="ticketZoom">
        <form class="article-add is-internal">
          <input type="hidden" name="internal" value="true">
          <div class="articleNewEdit-body" contenteditable="true" aria-label="Article"></div>
        </form>
      </div>`,
  },
  {
    name: 'late',
    title: 'Reply box that arrives late (single-page app)',
    entry: 'late.ts',
    editable: '#reply',
    reply: `
      <div id="reply-slot"><p class="loading">Loading the reply editor…</p></div>
      <div class="actions"><button type="button" id="next-ticket" disabled>Next ticket</button></div>`,
  },
  {
    name: 'gmail',
    title: 'Gmail compose (2019 DOM snapshot)',
    entry: 'gmail.ts',
    editable: '[g_editable="true"][role="textbox"]',
    reply: '', // built from test/fixtures/pages/gmail-compose-2019.html
  },
];
