import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test, vi } from 'vitest';
import { defaultPack, type RulePack } from '../src/core/index.js';
import { changedParts } from '../src/options/browser-client.js';
import { jsonErrorOffset, parseJson } from '../src/options/json-text.js';
import { customRuleId, matchersOf, removePhrase, setEnabled, setSeverity, setSeverityPoints } from '../src/options/pack-edits.js';
import { packFileName } from '../src/options/pack-file.js';
import { normalPattern } from '../src/options/site-patterns.js';
import { SettingsStore } from '../src/options/store.js';
import { defaultSettings } from '../src/shared/teams.js';
import { fakeOptions } from './options-helpers.js';
import { messages } from './popup-fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const pack = (rules: RulePack['rules'] = {}): RulePack => ({ name: 'T', rules });

test('an edit equal to the base pack leaves no trace', () => {
  const p = pack();
  setEnabled(p, defaultPack(), 'thank', false);
  setSeverity(p, defaultPack(), 'thank', 'error');
  expect(p.rules).toEqual({ thank: { enabled: false, severity: 'error' } });
  setEnabled(p, defaultPack(), 'thank', true);
  setSeverity(p, defaultPack(), 'thank', defaultPack().byId.get('thank')?.severity ?? 'warning');
  expect(p.rules).toEqual({});
});

test('a team’s own rule is changed in place', () => {
  const p = pack({ 'custom-x': { kind: 'avoid', message: 'x', phrases: ['a b', 'c d'] } });
  setEnabled(p, defaultPack(), 'custom-x', false);
  removePhrase(p, 'custom-x', { match: 'a b', origin: 'team' });
  expect(p.rules['custom-x']).toEqual({ kind: 'avoid', message: 'x', phrases: ['c d'], enabled: false });
});

test('a pack that replaces a rule’s phrases lists them as the team’s own', () => {
  const m = matchersOf(pack({ 'trigger-no': { phrases: ['nope'] } }), defaultPack(), 'trigger-no');
  expect(m.phrases).toEqual([{ match: 'nope', rewrites: [], origin: 'team' }]);
});

test('score points equal to the base are dropped', () => {
  const p = pack();
  setSeverityPoints(p, defaultPack(), 'error', 25);
  expect(p.score).toEqual({ severity: { error: 25 } });
  setSeverityPoints(p, defaultPack(), 'error', defaultPack().score.severity.error);
  expect(p.score).toBeUndefined();
});

test('custom ids are slugs, unique against the pack and its base', () => {
  expect(customRuleId(pack(), defaultPack(), 'Ticket #  Number!')).toBe('custom-ticket-number');
  expect(customRuleId(pack({ 'custom-x': { enabled: false } }), defaultPack(), 'x')).toBe('custom-x-2');
  expect(customRuleId(pack(), defaultPack(), '¡¡!!')).toBe('custom-check');
});

test.each([
  ['{"a":}', 5],
  ['{"a":1,}', 7],
  ['[1 2]', 3],
  ['"tab\there"', 4],
  ['{"a":"\\x"}', 7],
  ['tru', 0],
  ['{"a":1} x', 8],
  ['{"a":[1,{"b":null}]}', -1],
])('JSON %s stops at %i', (text, at) => {
  expect(jsonErrorOffset(text)).toBe(at);
});

test('bad JSON is reported with line and column; a byte-order mark is fine', () => {
  const got = parseJson('{\n  "name": "x",\n  "rules": {,}\n}');
  expect('error' in got && { line: got.error.line, column: got.error.column }).toEqual({ line: 3, column: 13 });
  expect(parseJson('\uFEFF{"a":1}')).toEqual({ value: { a: 1 } });
});

test.each([
  ['Billing', 'Billing.tactful.json'],
  ['VIP / Priority', 'VIP - Priority.tactful.json'],
  ['..', 'team.tactful.json'],
  ['a:b*c?', 'a-b-c.tactful.json'],
])('team %s exports as %s', (name, file) => {
  expect(packFileName(name)).toBe(file);
});

test.each([
  ['https://acme.zendesk.com/agent/*', 'acme.zendesk.com/agent/*'],
  [' *.zendesk.com ', '*.zendesk.com'],
  ['127.0.0.1:8080/*', '127.0.0.1:8080/*'],
  ['two words', null],
  ['', null],
  ['/path/only', null],
])('site pattern %j is stored as %j', (raw, stored) => {
  expect(normalPattern(raw)).toBe(stored);
});

test('storage changes map to the parts of the page that read them again', () => {
  expect([...changedParts({ 'tactful.settings.0': {} }, 'sync')]).toEqual(['settings']);
  expect([...changedParts({ 'tactful.ignored': {}, 'tactful.breather': {} }, 'local')]).toEqual(['ignored', 'device']);
  expect([...changedParts({ 'tactful.subscriptions': {} }, 'local')]).toEqual(['subscriptions']);
  expect([...changedParts({ x: {} }, 'managed')]).toEqual(['policy']);
  expect([...changedParts({ 'tactful.ignored': {} }, 'sync')]).toEqual([]);
});

afterEach(() => {
  vi.useRealTimers();
});

test('the store waits 300 ms after the last edit and writes at most every half second', async () => {
  vi.useFakeTimers();
  const f = await fakeOptions({ settings: defaultSettings() });
  const store = new SettingsStore(f.client);
  await store.load();
  const off = (rule: string) =>
    store.edit((s) => {
      const team = s.teams[0];
      if (team) team.pack.rules[rule] = { enabled: false };
    });
  off('thank');
  await vi.advanceTimersByTimeAsync(200);
  off('apologize');
  await vi.advanceTimersByTimeAsync(299);
  expect(f.client.saveSettings).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  expect(f.client.saveSettings).toHaveBeenCalledTimes(1);
  off('empathize');
  await vi.advanceTimersByTimeAsync(300);
  expect(f.client.saveSettings).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(200);
  expect(f.client.saveSettings).toHaveBeenCalledTimes(2);
  expect(Object.keys((await f.stored()).teams[0]?.pack.rules ?? {})).toEqual(['thank', 'apologize', 'empathize']);
});

test('every options_ key the page asks for exists, and every one is used', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../src/options');
  const source = readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('insights'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  // `options_avoid` and `options_require` are the prefixes of the form keys listed below.
  const literal = [...source.matchAll(/'(options_[a-z0-9_]+)'/g)]
    .map((m) => m[1] as string)
    .filter((k) => k !== 'options_avoid' && k !== 'options_require');
  const built = ['hint', 'warning', 'error'].map((s) => `options_severity_${s}`);
  const tabs = ['teams', 'ignored', 'device', 'insights'].map((s) => `options_tab_${s}`);
  const forms = ['avoid', 'require'].flatMap((k) =>
    ['form', 'add', 'message', 'phrase_example', 'pattern_example'].map((x) => `options_${k}_${x}`),
  );
  const jumps = ['sites', 'subscription', 'checks', 'custom_avoid', 'custom_require', 'score', 'import'].map((s) => `options_jump_${s}`);
  const used = new Set([...literal, ...built, ...tabs, ...forms, ...jumps]);
  expect([...used].filter((k) => !(k in messages))).toEqual([]);
  const ours = Object.keys(messages).filter((k) => k.startsWith('options_'));
  expect(ours.filter((k) => !used.has(k))).toEqual([]);
});
