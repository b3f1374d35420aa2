/**
 * The extension at work in real Chromium and Firefox, on test pages built from
 * the real editor packages: typing shows the badge and the underlines, a hover
 * shows the card, a rewrite goes through the editor's own model and one undo
 * restores it, quoted text is never flagged, and no page error is caused.
 */

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, type Driver, launch, type Session } from './driver.js';
import { waitFor } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';

const DRAFT = 'Hi Sam, you should have read the FAQ. It is our policy.';
const FIXED = 'Hi Sam, next time, it may help to read the FAQ. It is our policy.';

interface Editor {
  page: string;
  editable: string;
  frame?: string;
  /** Field editors are drawn by the mirror overlay, rich ones by CSS highlights. */
  field?: boolean;
  /** Put the caret on the first line before typing (Gmail: the quoted thread sits below it). */
  caretAtStart?: boolean;
}

const EDITORS: Editor[] = [
  { page: 'textarea', editable: 'textarea#reply', field: true },
  { page: 'gmail', editable: '[g_editable="true"][role="textbox"]', caretAtStart: true },
  { page: 'ckeditor', editable: '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]' },
  { page: 'prosemirror', editable: '#reply .ProseMirror' },
  { page: 'iframe', editable: '#reply', frame: 'iframe#reply-frame' },
  { page: 'shadow', editable: 'reply-composer >>> #reply' },
  { page: 'tinymce', editable: 'body#tinymce', frame: 'iframe#reply_ifr' },
  { page: 'quill', editable: '#reply .ql-editor' },
  { page: 'lexical', editable: '#reply[data-lexical-editor="true"]' },
  { page: 'slate', editable: '#reply[data-slate-editor="true"]' },
  { page: 'summernote', editable: '.note-editor .note-editable' },
];

/** The badge of the (only) watched box in a document. */
function badgeOf(d: Driver, frame?: string) {
  return d.eval(
    () => {
      const b = [...document.querySelectorAll('tactful-badge')].filter((x) => !(x as HTMLElement).hidden || true);
      return b.map((x) => ({
        score: x.getAttribute('data-score'),
        warnings: x.getAttribute('data-warnings'),
        missing: x.getAttribute('data-missing'),
      }));
    },
    null,
    frame,
  );
}

/** Texts and rectangles of what the extension underlined, from CSS.highlights or the textarea mirror. */
function underlines(d: Driver, field: boolean, frame?: string) {
  return d.eval(
    (isField: boolean) => {
      const rects: { text: string; x: number; y: number; w: number; h: number }[] = [];
      const add = (text: string, r: DOMRect) => rects.push({ text, x: r.left, y: r.top, w: r.width, h: r.height });
      if (isField) {
        for (const m of document.querySelector('tactful-mirror')?.shadowRoot?.querySelectorAll('mark') ?? [])
          add(m.textContent ?? '', m.getClientRects()[0] as DOMRect);
      } else {
        for (const [name, h] of CSS.highlights)
          if (name.startsWith('tactful')) for (const r of h as unknown as Set<Range>) add(r.toString(), r.getClientRects()[0] as DOMRect);
      }
      return rects.sort((a, b) => a.y - b.y || a.x - b.x);
    },
    field,
    frame,
  );
}

function cardButtons(d: Driver, frame?: string) {
  return d.eval(
    () =>
      [...(document.querySelector('tactful-card')?.shadowRoot?.querySelectorAll('button[data-suggestion]') ?? [])].map((b) => {
        const r = b.getBoundingClientRect();
        return { suggestion: b.getAttribute('data-suggestion'), x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    null,
    frame,
  );
}

/** Places the caret at the very start of the editable, as an agent clicking the first line would. */
function caretToStart(d: Driver, editable: string, frame?: string) {
  return d.eval(
    (sel: string) => {
      const el = document.querySelector(sel) as HTMLElement;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT);
      let first: Node = el;
      while (first.firstChild && first.firstChild.nodeType === Node.ELEMENT_NODE && (first.firstChild as Element).tagName !== 'BR')
        first = first.firstChild;
      void walker;
      document.getSelection()?.collapse(first, 0);
    },
    editable,
    frame,
  );
}

const editorText = (d: Driver) => d.eval(() => window.__editor?.getText() ?? null, null);

let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  await buildPages();
  server = await startServer();
});
afterAll(async () => server?.close());

describe.each<BrowserName>(['chromium', 'firefox'])('in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => session?.close());

  describe.each(EDITORS)('$page', (ed) => {
    test('typing shows the badge and the underlines; a chosen rewrite goes through the editor and one undo restores it', async () => {
      const d = await session.newDriver();
      try {
        await d.open(new URL(`${ed.page}.html`, server.url).href);
        await d.click(ed.editable, ed.frame);
        if (ed.caretAtStart) await caretToStart(d, ed.editable, ed.frame);
        await d.type(DRAFT);
        const badges = await waitFor(
          async () => {
            const b = await badgeOf(d, ed.frame);
            return b.some((x) => x.warnings === 'trigger-should,trigger-policy') && b;
          },
          { timeout: 8000, message: 'a badge listing trigger-should,trigger-policy' },
        );
        const badge = badges.find((x) => x.warnings === 'trigger-should,trigger-policy');
        expect(Number(badge?.score)).toBeGreaterThanOrEqual(0);
        expect(badge?.missing?.split(',')).toContain('apologize');

        const marks = await waitFor(async () => {
          const u = await underlines(d, ed.field === true, ed.frame);
          return u.length === 2 && u;
        });
        expect(marks.map((m) => m.text)).toEqual(['you should have read', 'It is our policy']);

        const offset = await d.frameOffset(ed.frame);
        const first = marks[0] as (typeof marks)[number];
        await d.mouseMove(offset.x + first.x + 4, offset.y + first.y + first.h / 2);
        const buttons = await waitFor(async () => {
          const b = await cardButtons(d, ed.frame);
          return b.length > 0 && b;
        });
        expect(buttons.map((b) => b.suggestion)).toEqual(['next time, it may help to read', 'the quickest way is to read']);

        const choice = buttons[0] as (typeof buttons)[number];
        await d.mouseClick(offset.x + choice.x, offset.y + choice.y);
        // The model holds the reply (and, in Gmail, the quoted thread after it).
        await waitFor(async () => (await editorText(d))?.startsWith(FIXED), {
          timeout: 5000,
          message: `the editor's model to read "${FIXED}"`,
        });

        // Focus is back in the editor after a rewrite, so Ctrl+Z goes straight to it.
        await d.press('Control+z');
        await waitFor(async () => (await editorText(d))?.startsWith(DRAFT), { timeout: 5000, message: `one undo to restore "${DRAFT}"` });
        expect(d.errors).toEqual([]);
      } finally {
        await d.close();
      }
    });
  });
});
