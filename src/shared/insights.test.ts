import { describe, expect, test } from 'vitest';
import {
  csvCell,
  dayKey,
  emptyInsights,
  INSIGHTS_VERSION,
  type Insights,
  mergeInsights,
  prune,
  readInsights,
  recordDraft,
  summary,
  toCsv,
} from './insights.js';

const TODAY = new Date(2024, 4, 15, 10, 30); // 15 May 2024, local time

function tally(...counts: Parameters<typeof recordDraft>[1][]): Insights {
  return counts.reduce(recordDraft, emptyInsights());
}

describe('dayKey', () => {
  test('is the local calendar day', () => {
    expect(dayKey(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });

  test('a minute after local midnight is the next day', () => {
    expect(dayKey(new Date(2024, 0, 6, 0, 1))).toBe('2024-01-06');
  });
});

describe('readInsights', () => {
  test('keeps a well-formed tally as it is', () => {
    const stored = tally({ teamId: 'billing', day: '2024-05-15', rules: ['thank'], signals: ['customer-upset'] });
    expect(readInsights(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  test.each([undefined, null, 42, 'text', [], { version: 2, days: {} }, { version: 1, days: [] }])(
    'reads %j as an empty tally',
    (value) => {
      expect(readInsights(value)).toEqual(emptyInsights());
    },
  );

  test('drops malformed teams, days and counts and keeps the rest', () => {
    const value = {
      version: INSIGHTS_VERSION,
      days: {
        billing: {
          '2024-05-15': { drafts: 3, rules: { thank: 2, 'bad id with spaces': 1, apologize: -1, empathize: 1.5 }, signals: 'x' },
          '2024-02-30': { drafts: 1, rules: {}, signals: {} },
          yesterday: { drafts: 1, rules: {}, signals: {} },
          '2024-05-14': null,
        },
        'you should have read the manual': { '2024-05-15': { drafts: 1, rules: {}, signals: {} } },
        vip: 'nonsense',
      },
    };
    expect(readInsights(value)).toEqual({
      version: INSIGHTS_VERSION,
      days: { billing: { '2024-05-15': { drafts: 3, rules: { thank: 2 }, signals: {} } } },
    });
  });
});

describe('recordDraft', () => {
  test('counts a draft, its checks and its signals', () => {
    const state = tally({ teamId: 'billing', day: '2024-05-15', rules: ['thank', 'trigger-policy'], signals: ['customer-upset'] });
    expect(state.days.billing?.['2024-05-15']).toEqual({
      drafts: 1,
      rules: { thank: 1, 'trigger-policy': 1 },
      signals: { 'customer-upset': 1 },
    });
  });

  test('a check listed twice in one draft counts once', () => {
    const state = tally({ teamId: 'billing', day: '2024-05-15', rules: ['trigger-no', 'trigger-no'], signals: [] });
    expect(state.days.billing?.['2024-05-15']?.rules).toEqual({ 'trigger-no': 1 });
  });

  test('a check that fires later in a counted draft adds to the check, not to the drafts', () => {
    const state = tally(
      { teamId: 'billing', day: '2024-05-15', rules: [], signals: [] },
      { teamId: 'billing', day: '2024-05-15', draft: false, rules: ['thank'], signals: [] },
    );
    expect(state.days.billing?.['2024-05-15']).toEqual({ drafts: 1, rules: { thank: 1 }, signals: {} });
  });

  test('a new day is a new count', () => {
    const state = tally(
      { teamId: 'billing', day: '2024-05-14', rules: ['thank'], signals: [] },
      { teamId: 'billing', day: '2024-05-15', rules: ['thank'], signals: [] },
    );
    expect(Object.keys(state.days.billing ?? {})).toEqual(['2024-05-14', '2024-05-15']);
  });

  test('never records anything that is not an id', () => {
    const state = tally({ teamId: 'billing', day: '2024-05-15', rules: ['I am sorry, but our policy says no'], signals: [] });
    expect(state.days.billing?.['2024-05-15']?.rules).toEqual({});
  });

  test('leaves the given tally unchanged', () => {
    const before = emptyInsights();
    recordDraft(before, { teamId: 'billing', day: '2024-05-15', rules: [], signals: [] });
    expect(before).toEqual(emptyInsights());
  });
});

test('mergeInsights adds counts together', () => {
  const a = tally({ teamId: 'billing', day: '2024-05-15', rules: ['thank'], signals: [] });
  const b = tally({ teamId: 'billing', day: '2024-05-15', rules: ['thank', 'apologize'], signals: ['customer-upset'] });
  expect(mergeInsights(a, b).days.billing?.['2024-05-15']).toEqual({
    drafts: 2,
    rules: { thank: 2, apologize: 1 },
    signals: { 'customer-upset': 1 },
  });
});

describe('prune', () => {
  const state = tally(
    { teamId: 'billing', day: '2024-02-16', rules: [], signals: [] },
    { teamId: 'billing', day: '2024-02-15', rules: [], signals: [] },
    { teamId: 'vip', day: '2024-01-01', rules: [], signals: [] },
  );

  test('keeps the last 90 days, today included', () => {
    expect(Object.keys(prune(state, TODAY).days.billing ?? {})).toEqual(['2024-02-16']);
  });

  test('drops a team with no days left', () => {
    expect(Object.keys(prune(state, TODAY).days)).toEqual(['billing']);
  });
});

describe('summary', () => {
  const state = tally(
    { teamId: 'billing', day: '2024-05-15', rules: ['thank', 'trigger-policy'], signals: ['customer-upset'] },
    { teamId: 'billing', day: '2024-05-15', rules: ['thank'], signals: [] },
    { teamId: 'vip', day: '2024-05-13', rules: ['trigger-policy'], signals: ['customer-upset'] },
    { teamId: 'vip', day: '2024-04-20', rules: ['apologize'], signals: [] },
  );

  test('lists every day of the period, oldest first, gaps as zero', () => {
    expect(summary(state, null, 7, TODAY).days).toEqual([
      { day: '2024-05-09', drafts: 0 },
      { day: '2024-05-10', drafts: 0 },
      { day: '2024-05-11', drafts: 0 },
      { day: '2024-05-12', drafts: 0 },
      { day: '2024-05-13', drafts: 1 },
      { day: '2024-05-14', drafts: 0 },
      { day: '2024-05-15', drafts: 2 },
    ]);
  });

  test('ranks the checks that fired most first', () => {
    expect(summary(state, null, 7, TODAY).rules).toEqual([
      { id: 'thank', count: 2 },
      { id: 'trigger-policy', count: 2 },
    ]);
  });

  test('one team counts only its own drafts', () => {
    expect(summary(state, 'vip', 7, TODAY).signals).toEqual([{ id: 'customer-upset', count: 1 }]);
  });

  test('30 days reach further back than 7', () => {
    expect([summary(state, 'vip', 7, TODAY).drafts, summary(state, 'vip', 30, TODAY).drafts]).toEqual([1, 2]);
  });

  test('a team with no counts has an empty summary', () => {
    expect(summary(state, 'nobody', 7, TODAY).drafts).toBe(0);
  });
});

describe('toCsv', () => {
  const state = tally(
    { teamId: 'vip', day: '2024-05-15', rules: [], signals: ['customer-hostile'] },
    { teamId: 'billing', day: '2024-05-15', rules: ['thank'], signals: [] },
    { teamId: 'billing', day: '2024-05-14', rules: ['trigger-no'], signals: [] },
  );

  test('has one row per day, team and count, oldest first', () => {
    expect(toCsv(state).split('\r\n')).toEqual([
      'date,team,kind,id,count',
      '2024-05-14,billing,drafts,,1',
      '2024-05-14,billing,check,trigger-no,1',
      '2024-05-15,billing,drafts,,1',
      '2024-05-15,billing,check,thank,1',
      '2024-05-15,vip,drafts,,1',
      '2024-05-15,vip,signal,customer-hostile,1',
      '',
    ]);
  });

  test('adds team and check names when given, quoted as RFC 4180 says', () => {
    const csv = toCsv(tally({ teamId: 'billing', day: '2024-05-15', rules: ['thank'], signals: [] }), {
      teams: { billing: 'Billing, "Tier 2"' },
      names: { thank: 'Thank the customer' },
    });
    expect(csv.split('\r\n')[2]).toBe('2024-05-15,billing,check,thank,1,"Billing, ""Tier 2""",Thank the customer');
  });

  test('a team name that looks like a formula is escaped', () => {
    const csv = toCsv(tally({ teamId: 'billing', day: '2024-05-15', rules: [], signals: [] }), {
      teams: { billing: '=HYPERLINK("http://evil.example","Billing")' },
    });
    expect(csv.split('\r\n')[1]).toBe('2024-05-15,billing,drafts,,1,"\'=HYPERLINK(""http://evil.example"",""Billing"")",');
  });

  test.each(['=1+1', '+1', '-1', '@SUM(A1)'])('the cell %s cannot run as a formula', (text) => {
    expect(csvCell(text)).toBe(`'${text}`);
  });

  test('a count stays a number', () => {
    expect(csvCell(12)).toBe('12');
  });

  test('an empty tally is the header alone', () => {
    expect(toCsv(emptyInsights())).toBe('date,team,kind,id,count\r\n');
  });
});
