import { expect, test } from 'vitest';
import { nextTip, TIPS, TIPS_SHOWN_KEY, type TipStore } from '../src/popup/tips.js';

/** An in-memory storage.local. */
function fakeStore(initial: Record<string, unknown> = {}): TipStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      Object.assign(data, items);
    },
  };
}

async function draw(store: TipStore, n: number, random?: () => number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await nextTip(store, random)).id);
  return ids;
}

test('there are at least 12 tips', () => {
  expect(TIPS.length).toBeGreaterThanOrEqual(12);
});

test('no tip repeats until every tip has been shown', async () => {
  const ids = await draw(fakeStore(), TIPS.length);
  expect(new Set(ids).size).toBe(TIPS.length);
});

test('no tip repeats within a round, whatever the random draws', async () => {
  const ids = await draw(fakeStore(), TIPS.length, () => 0.999);
  expect(new Set(ids).size).toBe(TIPS.length);
});

test('the shown tips are kept in storage under tactful.tipsShown', async () => {
  const store = fakeStore();
  const ids = await draw(store, 3);
  expect(store.data[TIPS_SHOWN_KEY]).toEqual(ids);
});

test('the rotation goes on from what storage remembers (a new popup does not start over)', async () => {
  const shown = TIPS.slice(1).map((tip) => tip.id);
  const store = fakeStore({ [TIPS_SHOWN_KEY]: shown });
  expect((await nextTip(store)).id).toBe(TIPS[0]?.id);
});

test('once every tip has been shown a new round starts, not with the tip just shown', async () => {
  const all = TIPS.map((tip) => tip.id);
  const store = fakeStore({ [TIPS_SHOWN_KEY]: all });
  const next = await nextTip(store, () => 0.999);
  expect([next.id === all.at(-1), store.data[TIPS_SHOWN_KEY]]).toEqual([false, [next.id]]);
});

test('a malformed stored value counts as nothing shown', async () => {
  const store = fakeStore({ [TIPS_SHOWN_KEY]: 'tip_listen' });
  expect((await nextTip(store, () => 0)).id).toBe(TIPS[0]?.id);
});

test('unreadable storage still gives a tip', async () => {
  const broken: TipStore = { get: () => Promise.reject(new Error('gone')), set: () => Promise.reject(new Error('gone')) };
  expect(TIPS.map((tip) => tip.id)).toContain((await nextTip(broken)).id);
});

test('each figure is attributed: 12 to Newell-Legner, 26 to the White House office, 70% to Lee Resources', () => {
  const sources = Object.fromEntries(TIPS.filter((tip) => tip.source).map((tip) => [tip.id, tip.source]));
  expect(sources).toEqual({ tip_twelve: 'source_newell_legner', tip_silent: 'source_white_house', tip_come_back: 'source_lee_resources' });
});
