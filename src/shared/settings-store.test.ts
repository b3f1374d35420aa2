import { describe, expect, test } from 'vitest';
import { FakeArea } from '../../test/fake-storage.js';
import {
  LEGACY_DISABLED_KEY,
  loadSettings,
  SET_ASIDE_KEY,
  SETTINGS_KEY,
  SYNC_ITEM_BYTES,
  saveSettings,
  splitText,
} from './settings-store.js';
import { defaultSettings, type Settings } from './teams.js';

function areas() {
  return { sync: FakeArea.sync(), local: new FakeArea() };
}

/** Settings with a team whose pack holds `n` custom phrases (about 60 bytes each), 500 to a rule. */
function bigSettings(n: number): Settings {
  const s = defaultSettings();
  const phrases = Array.from({ length: n }, (_, i) => ({ match: `unwanted phrase number ${i}`, rewrites: [`better phrase ${i}`] }));
  const rules: Settings['teams'][number]['pack']['rules'] = {};
  for (let i = 0; i < n; i += 500)
    rules[`custom-avoid-${i}`] = { kind: 'avoid', message: 'Avoid these.', phrases: phrases.slice(i, i + 500) };
  if (s.teams[0]) s.teams[0].pack.rules = rules;
  return s;
}

describe('splitText', () => {
  test('pieces join back to the text', () => {
    const text = JSON.stringify({ a: 'x'.repeat(30_000), b: 'é—"\\\n😀'.repeat(2000) });
    expect(splitText(text).join('')).toBe(text);
  });

  test('every piece fits sync’s per-item quota once JSON-encoded', () => {
    const text = JSON.stringify({ quotes: '"\\'.repeat(20_000), emoji: '😀'.repeat(9000) });
    const sizes = splitText(text).map((p) => new TextEncoder().encode(JSON.stringify(p)).length + `${SETTINGS_KEY}.99`.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
  });

  test('never cuts an emoji in half', () => {
    const pieces = splitText('😀'.repeat(5000), 101);
    expect(pieces.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });
});

describe('saving and loading', () => {
  test('nothing stored: the defaults, one team', async () => {
    const loaded = await loadSettings(areas());
    expect(loaded.settings.teams.map((t) => t.name)).toEqual(['My team']);
  });

  test('settings saved to sync come back the same', async () => {
    const a = areas();
    const s = bigSettings(3);
    await saveSettings(a, s);
    expect((await loadSettings(a)).settings).toEqual(s);
  });

  test('a pack larger than one sync item is split and joined back', async () => {
    const a = areas();
    const s = bigSettings(400);
    const saved = await saveSettings(a, s);
    expect([saved.area, (a.sync.data.get(SETTINGS_KEY) as { pieces: number }).pieces > 1]).toEqual(['sync', true]);
    expect((await loadSettings(a)).settings).toEqual(s);
  });

  test('a save is one write operation (sync allows about two a second)', async () => {
    const a = areas();
    await saveSettings(a, bigSettings(400));
    expect(a.sync.writes).toBe(1);
  });

  test('shrinking settings removes the pieces no longer used', async () => {
    const a = areas();
    await saveSettings(a, bigSettings(400));
    await saveSettings(a, bigSettings(1));
    expect([...a.sync.data.keys()].filter((k) => k.startsWith(`${SETTINGS_KEY}.`))).toEqual([`${SETTINGS_KEY}.0`]);
  });

  test('settings over sync’s total quota go to this computer, with the reason', async () => {
    const a = areas();
    const saved = await saveSettings(a, bigSettings(3000));
    expect(saved.localOnly).toMatch(/larger than browser sync allows/);
  });

  test('settings kept on this computer load with the note', async () => {
    const a = areas();
    const s = bigSettings(3000);
    await saveSettings(a, s);
    const loaded = await loadSettings(a);
    expect([loaded.area, loaded.localOnly !== null, loaded.settings]).toEqual(['local', true, s]);
  });

  test('no sync storage at all: saved locally and said so', async () => {
    const saved = await saveSettings({ sync: null, local: new FakeArea() }, defaultSettings());
    expect(saved).toEqual({ area: 'local', localOnly: 'this browser has no sync storage' });
  });

  test('once settings fit sync again, the local copy is dropped and sync wins', async () => {
    const a = areas();
    await saveSettings(a, bigSettings(3000), 1);
    await saveSettings(a, bigSettings(2), 2);
    const loaded = await loadSettings(a);
    expect([loaded.area, a.local.data.has(SETTINGS_KEY)]).toEqual(['sync', false]);
  });

  test('the newest copy wins when both areas have one', async () => {
    const a = areas();
    await saveSettings(a, bigSettings(1), 10);
    a.sync.failNext = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    const newer = bigSettings(2);
    await saveSettings(a, newer, 20);
    expect((await loadSettings(a)).settings).toEqual(newer);
  });

  test('when neither area can store them, the error says so and the old settings stay', async () => {
    const a = areas();
    const old = bigSettings(1);
    await saveSettings(a, old);
    a.sync.failNext = 'sync is off';
    a.local.failNext = 'QUOTA_BYTES quota exceeded';
    await expect(saveSettings(a, bigSettings(5))).rejects.toThrow(/could not save the settings.*unchanged/);
    expect((await loadSettings(a)).settings).toEqual(old);
  });
});

describe('damaged and old settings', () => {
  test('unparsable settings: defaults apply and the raw text is set aside for export', async () => {
    const a = areas();
    a.sync.data.set(SETTINGS_KEY, { format: 1, pieces: 1, savedAt: 5 });
    a.sync.data.set(`${SETTINGS_KEY}.0`, '{"version":1,"teams":[');
    const loaded = await loadSettings(a);
    expect([loaded.settings, loaded.setAside?.raw]).toEqual([defaultSettings(), '{"version":1,"teams":[']);
  });

  test('the problem is reported in words', async () => {
    const a = areas();
    a.sync.data.set(SETTINGS_KEY, { format: 1, pieces: 1, savedAt: 5 });
    a.sync.data.set(`${SETTINGS_KEY}.0`, 'not json');
    expect((await loadSettings(a)).problems[0]).toMatch(/not valid JSON/);
  });

  test('a missing piece is reported and the copy set aside', async () => {
    const a = areas();
    await saveSettings(a, bigSettings(400));
    a.sync.data.delete(`${SETTINGS_KEY}.1`);
    const loaded = await loadSettings(a);
    expect([loaded.problems[0], a.local.data.has(SET_ASIDE_KEY)]).toEqual(['part of the sync settings is missing', true]);
  });

  test('a team with a broken pack is set aside; the other teams stay', async () => {
    const a = areas();
    const s = bigSettings(1);
    s.teams.push({ id: 'billing', name: 'Billing', sites: [], pack: { name: 'Billing', rules: { thank: { enabled: 'yes' } } } as never });
    await saveSettings(a, s);
    const loaded = await loadSettings(a);
    expect([loaded.settings.teams.map((t) => t.id), loaded.setAside !== null]).toEqual([['my-team'], true]);
  });

  test('checks turned off before team profiles move into the default team', async () => {
    const a = areas();
    a.local.data.set(LEGACY_DISABLED_KEY, ['thank', 'open-question']);
    const loaded = await loadSettings(a);
    expect([loaded.migratedFrom, loaded.settings.teams[0]?.pack.rules]).toEqual([
      0,
      { thank: { enabled: false }, 'open-question': { enabled: false } },
    ]);
  });

  test('saving after the migration drops the old key', async () => {
    const a = areas();
    a.local.data.set(LEGACY_DISABLED_KEY, ['thank']);
    await saveSettings(a, (await loadSettings(a)).settings);
    expect(a.local.data.has(LEGACY_DISABLED_KEY)).toBe(false);
  });
});
