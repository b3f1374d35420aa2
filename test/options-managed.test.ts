// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import type { ManagedPolicy } from '../src/shared/teams.js';
import { byRole, checkRow, click, fakeOptions, mountOptions, queryByRole, saved, textOf, twoTeams } from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

function policy(allowPersonalRules: boolean, problems: string[] = []): ManagedPolicy {
  return {
    teams: [
      {
        id: 'vip',
        name: 'VIP',
        sites: ['vip.example.com/*'],
        pack: { name: 'VIP', rules: { 'trigger-no': { enabled: false }, 'trigger-policy': { severity: 'error' } } },
      },
    ],
    allowPersonalRules,
    defaultTeam: null,
    problems,
  };
}

/** The team's own panel, without the import/export card (which any team has). */
function panel(root: HTMLElement): HTMLElement {
  const copy = root.querySelector('.team-panel')?.cloneNode(true) as HTMLElement;
  for (const card of copy.querySelectorAll('section.card')) if (card.querySelector('textarea.code')) card.remove();
  return copy;
}

test('an organisation’s team is locked: no control changes its name, sites or rules', async () => {
  const f = await fakeOptions({ settings: twoTeams(), policy: policy(false) });
  const root = await mountOptions(f.client, '#team=org:vip');
  const own = panel(root);
  expect(own.querySelectorAll('input, select, textarea')).toHaveLength(0);
  expect([...own.querySelectorAll('button')].map(textOf)).toEqual([]);
  expect(textOf(own)).toContain('Set by your organisation');
  expect(textOf(own)).toContain('The name, sites and rules of “VIP” come from your organisation’s policy and cannot be changed here.');
  expect(textOf(own)).toContain('vip.example.com/*');
  expect(textOf(own)).toContain('Your organisation does not allow personal rules on its teams.');
  expect(textOf(checkRow(root, 'trigger-no'))).toContain('Off');
  expect(textOf(checkRow(root, 'trigger-policy'))).toContain('Error');
});

test('with personal rules allowed, the agent’s changes go to their personal rules on top', async () => {
  const f = await fakeOptions({ settings: twoTeams(), policy: policy(true) });
  const root = await mountOptions(f.client, '#team=org:vip');
  expect(textOf(root)).toContain('Your organisation lets you add personal rules on top of its own.');
  expect(queryByRole(root, 'button', 'Delete team')).toBeNull();
  expect(root.querySelector('input[placeholder="*.zendesk.com/agent/*"]')).toBeNull();
  // The organisation turned "Flat No" off; the agent may turn it back on for themselves.
  expect((byRole(root, 'checkbox', 'Flat "No"') as HTMLInputElement).checked).toBe(false);
  await click(byRole(root, 'checkbox', 'Flat "No"'));
  await click(byRole(root, 'checkbox', 'Canned apology'));
  await saved();
  const stored = await f.stored();
  expect(stored.personal['org:vip']?.rules).toEqual({ 'trigger-no': { enabled: true }, 'canned-apology': { enabled: false } });
  expect(stored.teams.map((x) => x.id)).toEqual(['my-team', 'billing']);
});

test('personal rules that change nothing are dropped from the settings', async () => {
  const f = await fakeOptions({ settings: twoTeams(), policy: policy(true) });
  const root = await mountOptions(f.client, '#team=org:vip');
  await click(byRole(root, 'checkbox', 'Canned apology'));
  await click(byRole(root, 'checkbox', 'Canned apology'));
  await saved();
  expect((await f.stored()).personal).toEqual({});
});

test('a site where the agent chose an organisation’s team can be forgotten', async () => {
  const settings = twoTeams();
  settings.siteTeams = { 'help.example.com': 'org:vip' };
  const f = await fakeOptions({ settings, policy: policy(false) });
  const root = await mountOptions(f.client, '#team=org:vip');
  await click(byRole(root, 'button', 'Forget the choice for help.example.com'));
  await saved();
  expect((await f.stored()).siteTeams).toEqual({});
});

test('the policy’s problems about a team are shown with it', async () => {
  const f = await fakeOptions({ policy: policy(false, ['teams[1] ("VIP"): the pack is not valid: /rules: is required']) });
  const root = await mountOptions(f.client, '#team=org:vip');
  expect(textOf(root.querySelector('.locked-note') as HTMLElement)).toContain('the pack is not valid: /rules: is required');
});
