// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extract, rangeFor, textOffset } from './extract.js';

function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('extract', () => {
  test('reads paragraphs as lines', () => expect(extract(box('<p>Hi Sam,</p><p>Thanks!</p>')).text).toBe('Hi Sam,\nThanks!'));
  test('keeps empty paragraphs as blank lines', () => expect(extract(box('<p>a</p><p><br></p><p>b</p>')).text).toBe('a\n\nb'));
  test('reads <br> as a line break', () => expect(extract(box('a<br>b')).text).toBe('a\nb'));
  test('reads inline formatting as plain text', () =>
    expect(extract(box('<p>It is <b>our</b> <i>policy</i>.</p>')).text).toBe('It is our policy.'));
  test('leaves out the quoted thread', () =>
    expect(extract(box('<div>Done.</div><div class="gmail_quote">On Mon, Sam wrote:<blockquote>Calm down!</blockquote></div>')).text).toBe(
      'Done.',
    ));
  test('leaves out blockquotes and signatures', () =>
    expect(extract(box('<p>Done.</p><blockquote>You must be joking</blockquote><div class="gmail_signature">Jo</div>')).text).toBe(
      'Done.',
    ));
  test('reads a textarea by its value', () => {
    const ta = document.createElement('textarea');
    ta.value = 'line 1\nline 2';
    expect(extract(ta)).toEqual({ text: 'line 1\nline 2', segments: [] });
  });
  test('stops at the limit', () => expect(extract(box('<p>abcdef</p>'), 3).text).toBe('abc'));
});

describe('offsets and ranges', () => {
  test('a range covers exactly the flagged text across inline elements', () => {
    const el = box('<p>Hi.</p><p>It is <b>our</b> policy.</p>');
    const x = extract(el);
    const start = x.text.indexOf('our policy');
    expect(rangeFor(x, start, start + 'our policy'.length)?.toString()).toBe('our policy');
  });
  test('a caret position maps back to its text offset', () => {
    const el = box('<p>Hi.</p><p>It is <b>our</b> policy.</p>');
    const x = extract(el);
    const bold = el.querySelector('b')?.firstChild as Text;
    expect(textOffset(x, bold, 1)).toBe(x.text.indexOf('our') + 1);
  });
});
