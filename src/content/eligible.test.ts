// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isReplyBox, optedOut } from './eligible.js';
import { generic } from './sites/generic.js';

function make(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('#x') as Element;
}

describe('reply boxes', () => {
  test('a textarea is one', () => expect(isReplyBox(make('<textarea id="x"></textarea>'), generic)).toBe(true));
  test('a contenteditable host is one', () => expect(isReplyBox(make('<div id="x" contenteditable="true"></div>'), generic)).toBe(true));
  test('a child of an editing host is not (its host is)', () =>
    expect(isReplyBox(make('<div contenteditable="true"><p id="x" contenteditable="true">a</p></div>'), generic)).toBe(false));
  test('a single-line input is not', () => expect(isReplyBox(make('<input id="x">'), generic)).toBe(false));
  test('a password field is not', () => expect(isReplyBox(make('<input id="x" type="password">'), generic)).toBe(false));
  test('a card-number field is not', () =>
    expect(isReplyBox(make('<textarea id="x" name="card-number"></textarea>'), generic)).toBe(false));
  test('a search box is not', () =>
    expect(isReplyBox(make('<textarea id="x" aria-label="Search tickets"></textarea>'), generic)).toBe(false));
  test('a read-only textarea is not', () => expect(isReplyBox(make('<textarea id="x" readonly></textarea>'), generic)).toBe(false));
});

describe('opt-outs', () => {
  for (const attr of ['data-tactful="off"', 'data-gramm="false"', 'data-gramm_editor="false"', 'data-enable-grammarly="false"']) {
    test(`${attr} on the box`, () => expect(isReplyBox(make(`<textarea id="x" ${attr}></textarea>`), generic)).toBe(false));
    test(`${attr} on an ancestor`, () =>
      expect(optedOut(make(`<section ${attr}><div><textarea id="x"></textarea></div></section>`))).toBe(true));
  }
  test('across a shadow root', () => {
    document.body.innerHTML = '<div data-tactful="off"><x-editor></x-editor></div>';
    const host = document.querySelector('x-editor') as Element;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="x" contenteditable="true"></div>';
    expect(optedOut(root.querySelector('#x') as Element)).toBe(true);
  });
});
