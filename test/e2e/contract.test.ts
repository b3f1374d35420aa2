/**
 * The DOM contract and the promises around it, in Chromium and Firefox:
 * opted-out and sensitive fields get no badge, quoted text is never flagged,
 * a box's badge goes with it (a hundred ticket swaps leave nothing behind),
 * the card works from the keyboard, and the extension makes no network request.
 */

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, type Driver, launch, type Session } from './driver.js';
import { isLocalUrl, waitFor } from './harness/index.js';
import { buildPages } from './pages/build.mjs';
import { startServer } from './pages/server.js';

let server: { url: string; close(): Promise<void> };
const pageUrl = (name: string) => new URL(`${name}.html`, server.url).href;

beforeAll(async () => {
  await buildPages();
  server = await startServer();
});
afterAll(async () => server?.close());

const badges = (d: Driver) =>
  d.eval(
    () =>
      [...document.querySelectorAll('tactful-badge')].map((b) => ({
        box: b.getAttribute('data-box'),
        warnings: b.getAttribute('data-warnings'),
      })),
    null,
  );
const highlightTexts = (d: Driver) =>
  d.eval(
    () =>
      [...CSS.highlights]
        .filter(([n]) => n.startsWith('tactful'))
        .flatMap(([, h]) => [...(h as unknown as Set<Range>)].map((r) => r.toString())),
    null,
  );

describe.each<BrowserName>(['chromium', 'firefox'])('in %s', (browserName) => {
  let session: Session;
  let d: Driver;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(async () => session?.close());

  test('opted-out, password and search fields get no badge; the reply box gets exactly one', async () => {
    d = await session.newDriver();
    await d.open(pageUrl('textarea'));
    await d.click('textarea#internal-note');
    await d.type('You should have read the FAQ.');
    await d.click('textarea#macro-source');
    await d.type('You should have read the FAQ.');
    await d.click('textarea#reply');
    await d.type('You should have read the FAQ.');
    const list = await waitFor(async () => {
      const b = await badges(d);
      return b.some((x) => x.warnings === 'trigger-should') && b;
    });
    expect(list.map((b) => b.warnings)).toEqual(['trigger-should']);
    const fields = await d.eval(
      () =>
        ['#internal-note', '#macro-source', '#agent-password', '#ticket-search'].map((s) =>
          document.querySelector(s) ? 'present' : 'missing',
        ),
      null,
    );
    expect(fields).toEqual(['present', 'present', 'present', 'present']);
    expect(d.errors).toEqual([]);
    await d.close();
  });

  test('Gmail: text in the quoted thread is never flagged', async () => {
    d = await session.newDriver();
    await d.open(pageUrl('gmail'));
    // The customer's quoted words carry phrases the checklist flags; only the reply above is the agent's.
    await d.eval(() => {
      const quote = document.querySelector('.gmail_quote');
      const p = document.createElement('div');
      p.textContent = 'You should have read the FAQ. Calm down! It is our policy.';
      quote?.append(p);
    }, null);
    await d.click('[g_editable="true"][role="textbox"]');
    await d.eval(() => document.getSelection()?.collapse(document.querySelector('[g_editable="true"] > div') as Node, 0), null);
    await d.type('Thanks for writing in. I am sorry about the broken parcel.');
    await waitFor(async () => (await badges(d)).some((b) => b.warnings === ''), { message: 'the reply box checked' });
    await new Promise((r) => setTimeout(r, 600));
    expect((await badges(d)).map((b) => b.warnings).filter(Boolean)).toEqual([]);
    expect(await highlightTexts(d)).toEqual([]);
    await d.close();
  });

  test('a box that leaves the page takes its badge and underlines with it, even after 100 ticket swaps', async () => {
    d = await session.newDriver();
    await d.open(pageUrl('late'));
    await d.click('#reply');
    await d.type('It is our policy.');
    await waitFor(async () => (await badges(d)).some((b) => b.warnings === 'trigger-policy'), { timeout: 8000 });
    const first = (await badges(d))[0]?.box;
    for (let i = 0; i < 100; i++) await d.eval(() => window.__swap?.(), null);
    const after = await waitFor(async () => {
      const b = await badges(d);
      return b.length === 1 && b[0]?.box !== first && b;
    });
    expect(after.map((b) => b.warnings)).toEqual(['']);
    expect(await highlightTexts(d)).toEqual([]);
    expect(d.errors).toEqual([]);
    await d.close();
  });

  test('Alt+Enter in a flagged phrase opens the card; Enter applies the first rewrite', async () => {
    d = await session.newDriver();
    await d.open(pageUrl('prosemirror'));
    await d.click('#reply .ProseMirror');
    await d.type('Hi Sam, you should have read the FAQ.');
    await waitFor(async () => (await highlightTexts(d)).includes('you should have read'));
    await d.press('ArrowLeft');
    for (let i = 0; i < 'the FAQ.'.length + 3; i++) await d.press('ArrowLeft');
    await d.press('Alt+Enter');
    const focused = await waitFor(() =>
      d.eval(() => document.querySelector('tactful-card')?.shadowRoot?.activeElement?.getAttribute('data-suggestion') ?? null, null),
    );
    expect(focused).toBe('next time, it may help to read');
    await d.press('Enter');
    await waitFor(
      async () => (await d.eval(() => window.__editor?.getText(), null)) === 'Hi Sam, next time, it may help to read the FAQ.',
      {
        message: 'the rewrite applied from the keyboard',
      },
    );
    expect(d.errors).toEqual([]);
    await d.close();
  });

  test('"Ignore here" hides one finding; "Turn off this check for my team" stops the check', async () => {
    d = await session.newDriver();
    await d.open(pageUrl('textarea'));
    await d.click('textarea#reply');
    await d.type('Unfortunately it is late. It is our policy.');
    await waitFor(async () => (await badges(d)).some((b) => b.warnings === 'negative-phrasing,trigger-policy'));
    const clickCardAction = async (action: string, phrase: string) => {
      const mark = await waitFor(() =>
        d.eval((text: string) => {
          const m = [...(document.querySelector('tactful-mirror')?.shadowRoot?.querySelectorAll('mark') ?? [])].find(
            (x) => x.textContent === text,
          );
          const r = m?.getClientRects()[0];
          return r ? { x: r.left + 3, y: r.top + r.height / 2 } : null;
        }, phrase),
      );
      await d.mouseMove(mark.x, mark.y);
      const button = await waitFor(() =>
        d.eval((a: string) => {
          const b = document.querySelector('tactful-card')?.shadowRoot?.querySelector(`button[data-action="${a}"]`);
          const r = b?.getBoundingClientRect();
          return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
        }, action),
      );
      await d.mouseClick(button.x, button.y);
    };
    await clickCardAction('ignore', 'Unfortunately');
    await waitFor(async () => (await badges(d)).some((b) => b.warnings === 'trigger-policy'), { message: 'the ignored finding gone' });
    await clickCardAction('disable', 'It is our policy');
    await waitFor(async () => (await badges(d)).some((b) => b.warnings === ''), { message: 'the check turned off' });
    // Both last beyond the page: the check stays off for the team, the phrase stays ignored on this site.
    await d.open(pageUrl('textarea'));
    await d.click('textarea#reply');
    await d.type('Unfortunately it is our policy. You should have read the FAQ.');
    await waitFor(async () => (await badges(d)).some((b) => b.warnings === 'trigger-should'), { message: 'only trigger-should flagged' });
    expect(d.errors).toEqual([]);
    await d.close();
  });

  test('edits an editor makes through its own keymap (select all + Backspace) are checked too', async () => {
    d = await session.newDriver();
    await d.open(pageUrl('prosemirror'));
    await d.click('#reply .ProseMirror');
    await d.type('You should have read the FAQ.');
    await waitFor(async () => (await badges(d)).some((b) => b.warnings === 'trigger-should'));
    await d.press('Control+a');
    await d.press('Backspace');
    await waitFor(() => d.eval(() => document.querySelector('tactful-badge')?.getAttribute('data-score') === '', null), {
      message: 'the badge emptied after select all + Backspace',
    });
    expect(await highlightTexts(d)).toEqual([]);
    await d.close();
  });

  test('a draft too long to check gets a visible note instead of freezing the page', async () => {
    d = await session.newDriver();
    await d.open(pageUrl('textarea'));
    await d.click('textarea#reply');
    await d.eval(() => {
      const ta = document.querySelector('textarea#reply') as HTMLTextAreaElement;
      ta.value = 'You should have read the FAQ. '.repeat(5000);
      ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, null);
    const pill = await waitFor(
      () => d.eval(() => document.querySelector('tactful-badge')?.shadowRoot?.textContent?.includes('too long') ?? false, null),
      {
        message: 'the "too long to check" note',
      },
    );
    expect(pill).toBe(true);
    expect(await d.eval(() => document.querySelector('tactful-badge')?.getAttribute('data-score'), null)).toBe('');
    await d.close();
  });

  test('the extension made no network request, and pages only reached this machine', async () => {
    expect(await session.extensionRequests()).toEqual([]);
    d = await session.newDriver();
    await d.open(pageUrl('ckeditor'));
    await d.click('.ck-editor__editable');
    await d.type('No, we cannot do that. It is our policy.');
    await waitFor(async () => (await badges(d)).some((b) => b.warnings?.includes('trigger-cant')));
    expect(d.requests.filter((r) => !isLocalUrl(r.url))).toEqual([]);
    expect(await session.extensionRequests()).toEqual([]);
    await d.close();
  });
});
