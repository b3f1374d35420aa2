import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { FakeArea } from '../../test/fake-storage.js';
import { type DayCounts, INSIGHTS_KEY, type Insights } from '../shared/insights.js';

const areas = { local: new FakeArea(), session: new FakeArea() };

vi.mock('webextension-polyfill', () => ({ default: { storage: areas } }));

type Module = typeof import('./insights.js');
let insights: Module;

const MAY_15 = new Date(2024, 4, 15, 9, 0).getTime();
const MAY_16 = new Date(2024, 4, 16, 9, 0).getTime();

/** A fresh copy of the module, as when the browser stops the worker and starts it again: memory gone, storage kept. */
async function restartWorker(): Promise<void> {
  vi.resetModules();
  insights = await import('./insights.js');
}

function check(overrides: Partial<Parameters<Module['countDraft']>[0]> = {}): Promise<void> {
  return insights.countDraft({ tabId: 7, boxId: 'box-1', teamId: 'billing', rules: [], signals: [], now: MAY_15, ...overrides });
}

/** Lets the ~1 s write happen, as the worker's timer would. */
async function wait(ms = insights.FLUSH_DELAY_MS): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

function stored(): Insights | undefined {
  return areas.local.data.get(INSIGHTS_KEY) as Insights | undefined;
}

function day(team = 'billing', key = '2024-05-15'): DayCounts | undefined {
  return stored()?.days[team]?.[key];
}

beforeEach(async () => {
  vi.useFakeTimers({ now: MAY_15 });
  areas.local.data.clear();
  areas.session.data.clear();
  areas.local.writes = 0;
  await restartWorker();
});

afterEach(() => {
  vi.useRealTimers();
});

test('a draft checked five times counts once', async () => {
  for (let i = 0; i < 5; i++) await check({ rules: ['trigger-policy', 'thank'], signals: ['customer-upset'] });
  await wait();
  expect(day()).toEqual({ drafts: 1, rules: { 'trigger-policy': 1, thank: 1 }, signals: { 'customer-upset': 1 } });
});

test('a check that fires later in the same draft is counted, the draft is not counted again', async () => {
  await check({ rules: ['thank'] });
  await check({ rules: ['thank', 'trigger-no'] });
  await wait();
  expect(day()).toEqual({ drafts: 1, rules: { thank: 1, 'trigger-no': 1 }, signals: {} });
});

test('a check that is fixed and comes back is still one draft with that check', async () => {
  await check({ rules: ['thank'] });
  await check({ rules: [] });
  await check({ rules: ['thank'] });
  await wait();
  expect(day()?.rules).toEqual({ thank: 1 });
});

test('two reply boxes are two drafts', async () => {
  await check({ boxId: 'box-1' });
  await check({ boxId: 'box-2' });
  await wait();
  expect(day()?.drafts).toBe(2);
});

test('the same box on a new day is a new count', async () => {
  await check({ rules: ['thank'] });
  await check({ rules: ['thank'], now: MAY_16 });
  await wait();
  expect([day('billing', '2024-05-15')?.rules, day('billing', '2024-05-16')?.rules]).toEqual([{ thank: 1 }, { thank: 1 }]);
});

test('counts go to the team that checked the draft', async () => {
  await check({ teamId: 'org:vip', signals: ['customer-hostile'] });
  await wait();
  expect(day('org:vip')?.signals).toEqual({ 'customer-hostile': 1 });
});

test('a box with no text of its own is not a draft', async () => {
  await check({ hasText: false, rules: ['thank'] });
  await wait();
  expect(stored()).toBeUndefined();
});

test('counts reach storage.local within about a second', async () => {
  await check({ rules: ['thank'] });
  await wait(insights.FLUSH_DELAY_MS - 1);
  const early = stored();
  await wait(1);
  expect([early, day()?.drafts]).toEqual([undefined, 1]);
});

test('typing in many boxes within a second makes one write', async () => {
  for (let i = 0; i < 20; i++) await check({ boxId: `box-${i}`, rules: ['thank'] });
  await wait();
  expect([areas.local.writes, day()?.drafts]).toEqual([1, 20]);
});

test('counts are added to what is stored, never replace it', async () => {
  await check({ boxId: 'box-1' });
  await wait();
  await check({ boxId: 'box-2' });
  await wait();
  expect(day()?.drafts).toBe(2);
});

test('counts are not lost when the worker stops before writing them', async () => {
  await check({ rules: ['thank'] });
  await restartWorker();
  await insights.flushInsights();
  expect(day()).toEqual({ drafts: 1, rules: { thank: 1 }, signals: {} });
});

test('after a restart the worker still knows the draft was counted', async () => {
  await check({ rules: ['thank'] });
  await wait();
  await restartWorker();
  await check({ rules: ['thank'] });
  await wait();
  expect(day()).toEqual({ drafts: 1, rules: { thank: 1 }, signals: {} });
});

test('a worker stopped right after writing does not count the same drafts twice', async () => {
  await check({ rules: ['thank'] });
  const remove = areas.session.remove.bind(areas.session);
  // The worker stops between writing the tally and forgetting the pending counts.
  areas.session.remove = async () => {
    throw new Error('worker stopped');
  };
  await wait();
  areas.session.remove = remove;
  await restartWorker();
  await check({ boxId: 'box-2' });
  await insights.flushInsights();
  expect(day()).toEqual({ drafts: 2, rules: { thank: 1 }, signals: {} });
});

test('days older than 90 are dropped when writing', async () => {
  areas.local.data.set(INSIGHTS_KEY, {
    version: 1,
    days: { billing: { '2024-01-01': { drafts: 4, rules: {}, signals: {} }, '2024-05-01': { drafts: 2, rules: {}, signals: {} } } },
  });
  await check();
  await wait();
  expect(Object.keys(stored()?.days.billing ?? {})).toEqual(['2024-05-01', '2024-05-15']);
});

test('a malformed stored tally does not stop counting', async () => {
  areas.local.data.set(INSIGHTS_KEY, 'garbage');
  await check();
  await wait();
  expect(day()?.drafts).toBe(1);
});

test('nothing but ids and counts is stored', async () => {
  await check({ rules: ['Sorry, our policy says no'], signals: ['customer-upset'] });
  await wait();
  expect(JSON.stringify([...areas.local.data, ...areas.session.data])).not.toContain('policy says');
});

test('a closed tab is forgotten', async () => {
  await check({ tabId: 7 });
  await insights.forgetTab(7);
  expect(areas.session.data.has('insights-seen:7')).toBe(false);
});
