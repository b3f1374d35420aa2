// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { defaultSettings } from '../src/shared/teams.js';
import {
  byRole,
  click,
  fakeOptions,
  field,
  mountOptions,
  queryByRole,
  saved,
  submit,
  teamItem,
  textOf,
  twoTeams,
  type,
} from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const POLICY = {
  teams: [{ id: 'vip', name: 'VIP', sites: ['vip.example.com'], pack: { name: 'VIP', rules: {} } }],
  allowPersonalRules: false,
  defaultTeam: null,
  problems: [],
};

test('the organisation’s teams come first, locked and marked; then the agent’s own', async () => {
  const f = await fakeOptions({ settings: twoTeams(), policy: POLICY });
  const root = await mountOptions(f.client);
  const items = [...root.querySelectorAll<HTMLElement>('[data-team-id]')];
  expect(items.map((el) => el.dataset.teamId)).toEqual(['org:vip', 'my-team', 'billing']);
  expect(items.map((el) => el.dataset.locked ?? null)).toEqual(['true', null, null]);
  expect(textOf(teamItem(root, 'org:vip'))).toBe('VIP Set by your organisation');
  expect(teamItem(root, 'org:vip').querySelector('svg.lock')).not.toBeNull();
});

test('adding a team lists it, selects it and saves it', async () => {
  const f = await fakeOptions();
  const root = await mountOptions(f.client);
  await type(field(root, 'New team'), 'Tier 2 Support');
  await submit(root.querySelector('form.add-team') as HTMLElement);
  await saved();
  expect(teamItem(root, 'tier-2-support').classList.contains('selected')).toBe(true);
  expect(root.querySelector('h2.team-title')?.textContent).toBe('Tier 2 Support');
  expect(document.activeElement).toBe(root.querySelector('h2.team-title'));
  const stored = await f.stored();
  expect(stored.teams.map((x) => [x.id, x.name])).toEqual([
    ['my-team', 'My team'],
    ['tier-2-support', 'Tier 2 Support'],
  ]);
  expect(f.sync?.data.has('tactful.settings')).toBe(true);
});

test('a team needs a name no other team has', async () => {
  const f = await fakeOptions();
  const root = await mountOptions(f.client);
  await type(field(root, 'New team'), 'My team');
  await submit(root.querySelector('form.add-team') as HTMLElement);
  expect(textOf(root.querySelector('form.add-team') as HTMLElement)).toContain('Another team already has this name.');
  await type(field(root, 'New team'), '   ');
  await submit(root.querySelector('form.add-team') as HTMLElement);
  expect(textOf(root.querySelector('form.add-team') as HTMLElement)).toContain('Give the team a name.');
  expect(root.querySelectorAll('[data-team-id]')).toHaveLength(1);
});

test('site patterns are checked with the same rules the background matches pages with', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  const input = field(root, 'Add a site pattern');
  expect(input.placeholder).toBe('*.zendesk.com/agent/*');
  expect(textOf(root)).toContain('*.zendesk.com/agent/* matches every Zendesk agent page');
  await type(input, 'acme zendesk');
  await submit(input.closest('form') as HTMLElement);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(textOf(input.closest('form') as HTMLElement)).toContain('This is not a site pattern');
  await type(input, 'https://help.acme.com/tickets/*');
  await submit(input.closest('form') as HTMLElement);
  await saved();
  expect((await f.stored()).teams[1]?.sites).toEqual(['*.zendesk.com/agent/*', 'help.acme.com/tickets/*']);
  await type(field(root, 'Add a site pattern'), '*.zendesk.com/agent/*');
  await submit(field(root, 'Add a site pattern').closest('form') as HTMLElement);
  expect(textOf(root)).toContain('This team already has this pattern.');
});

test('a site pattern is removed, and a site chosen in the popup forgotten', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  await click(byRole(root, 'button', 'Remove *.zendesk.com/agent/*'));
  await click(byRole(root, 'button', 'Forget the choice for acme.zendesk.com'));
  await saved();
  const stored = await f.stored();
  expect(stored.teams[1]?.sites).toEqual([]);
  expect(stored.siteTeams).toEqual({});
});

test('renaming saves the new name; making a team the default moves the default', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  await type(field(root, 'Team name'), 'Billing & refunds');
  await click(byRole(root, 'button', 'Make default team'));
  await saved();
  const stored = await f.stored();
  expect(stored.teams[1]?.name).toBe('Billing & refunds');
  expect(stored.teams[1]?.pack.name).toBe('Billing & refunds');
  expect(stored.defaultTeam).toBe('billing');
  expect(textOf(teamItem(root, 'billing'))).toContain('Default team');
});

test('deleting asks first, then removes the team and its popup choices; the last team cannot go', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  await click(byRole(root, 'button', 'Delete team'));
  expect(textOf(root)).toContain('Delete “Billing” and its rules? This cannot be undone.');
  await click(byRole(root, 'button', 'Cancel'));
  expect(root.querySelector('[data-team-id="billing"]')).not.toBeNull();
  await click(byRole(root, 'button', 'Delete team'));
  await click(byRole(root, 'button', 'Delete'));
  await saved();
  const stored = await f.stored();
  expect(stored.teams.map((x) => x.id)).toEqual(['my-team']);
  expect(stored.siteTeams).toEqual({});
  expect((byRole(root, 'button', 'Delete team') as HTMLButtonElement).disabled).toBe(true);
  expect(textOf(root)).toContain('You need at least one team of your own.');
});

test('#team=<id> opens that team; the default team otherwise', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  expect((await mountOptions(f.client, '#team=billing')).querySelector('h2.team-title')?.textContent).toBe('Billing');
  expect((await mountOptions(f.client, '#team=nope')).querySelector('h2.team-title')?.textContent).toBe('My team');
});

test('sections are tabs that arrow keys move between', async () => {
  const f = await fakeOptions({ settings: defaultSettings() });
  const root = await mountOptions(f.client);
  const tab = root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') as HTMLElement;
  expect(textOf(tab)).toBe('Teams and rules');
  tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  await saved();
  expect(textOf(root.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement)).toBe('Ignored and turned off');
  expect(queryByRole(root, 'heading', 'Phrases ignored here')).not.toBeNull();
});

test('a team’s page links to its parts', async () => {
  const f = await fakeOptions({ settings: twoTeams(), policy: POLICY });
  const links = (root: HTMLElement) => [...root.querySelectorAll('nav.jump a')].map(textOf);
  expect(links(await mountOptions(f.client, '#team=billing'))).toEqual([
    'Sites',
    'Subscription',
    'Checks',
    'Your phrases',
    'Your reminders',
    'Score',
    'Import and export',
  ]);
  expect(links(await mountOptions(f.client, '#team=org:vip'))).toEqual(['Sites', 'Checks', 'Import and export']);
});
