// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, vi } from 'vitest';
import { t } from '../src/popup/i18n.js';
import { verdictKey } from '../src/popup/Score.js';
import { TIPS } from '../src/popup/tips.js';
import { messages } from './popup-fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const popupDir = join(dirname(fileURLToPath(import.meta.url)), '../src/popup');

test('t fills placeholders from its arguments', () => {
  expect(t('site_off', 'acme.zendesk.com')).toBe('Tactful is off on acme.zendesk.com. Turn it on to check your replies here.');
});

test('t falls back to the key when the message is missing', () => {
  expect(t('no_such_message')).toBe('no_such_message');
});

test.each([
  [100, 'Great'],
  [90, 'Great'],
  [89, 'Good'],
  [75, 'Good'],
  [74, 'Needs work'],
  [50, 'Needs work'],
  [49, 'Rough'],
  [0, 'Rough'],
])('a score of %i reads "%s"', (score, verdict) => {
  expect(t(verdictKey(score))).toBe(verdict);
});

test('every message has a description for translators', () => {
  expect(Object.entries(messages).filter(([, m]) => !(m as { description?: string }).description)).toEqual([]);
});

test('every message key is valid for the browsers (letters, digits, underscores)', () => {
  expect(Object.keys(messages).filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
});

test('every key the popup asks for exists in messages.json', () => {
  const source = readdirSync(popupDir)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(popupDir, f), 'utf8'))
    .join('\n');
  // Keys appear as string literals: t('key'), and in the lookup tables (SUGGESTION_KEYS, SIGNALS, …).
  const literals = [...source.matchAll(/'([a-z]+(?:_[a-z0-9]+)+)'/g)].map((m) => m[1] as string);
  const tipKeys = TIPS.flatMap((tip) => [tip.id, tip.source ?? []].flat());
  expect([...new Set([...literals, ...tipKeys])].filter((key) => !(key in messages))).toEqual([]);
});
