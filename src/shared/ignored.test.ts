import { expect, test } from 'vitest';
import { ignoredOn, ignoreKey, MAX_IGNORED, readIgnored, withIgnored, withoutIgnored } from './ignored.js';

const entry = { host: 'acme.zendesk.com', rule: 'trigger-calm', text: 'Calm down', at: 1 };

test('an ignored phrase matches regardless of case and spacing', () => {
  expect(ignoredOn([entry], 'acme.zendesk.com').has(ignoreKey('trigger-calm', 'calm  DOWN'))).toBe(true);
});

test('ignoring on one site does not ignore on another', () => {
  expect(ignoredOn([entry], 'mail.google.com').size).toBe(0);
});

test('ignoring twice keeps one entry', () => {
  expect(withIgnored([entry], { ...entry, at: 2 })).toEqual([{ ...entry, at: 2 }]);
});

test('restoring removes the entry', () => {
  expect(withoutIgnored([entry], entry)).toEqual([]);
});

test('the list is capped, oldest first out', () => {
  let list = [entry];
  for (let i = 0; i < MAX_IGNORED; i++) list = withIgnored(list, { ...entry, text: `phrase ${i}`, at: i + 2 });
  expect([list.length, list.some((e) => e.text === 'Calm down')]).toEqual([MAX_IGNORED, false]);
});

test('malformed stored entries are dropped', () => {
  expect(readIgnored([entry, { host: 1 }, null, 'x'])).toEqual([entry]);
});
