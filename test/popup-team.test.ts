// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import type { PopupState } from '../src/shared/messages.js';
import { byRole, click, fakeClient, mount, popupState, queryByRole, textOf } from './popup-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const TEAMS: PopupState['teams'] = [
  { id: 'org:vip', name: 'VIP', sites: [], managed: true },
  { id: 'my-team', name: 'My team', sites: [], managed: false },
  { id: 'billing', name: 'Billing', sites: ['*.zendesk.com/agent/*'], managed: false },
];

function twoTeams(reason: PopupState['team']['reason'] = 'site'): PopupState {
  return popupState({ team: { ...(TEAMS[2] as PopupState['teams'][number]), reason }, teams: TEAMS });
}

function picker(root: HTMLElement): HTMLSelectElement {
  return byRole(root, 'combobox', 'Team') as HTMLSelectElement;
}

test('with several teams the popup offers a choice, the site’s team selected', async () => {
  const root = await mount(fakeClient(twoTeams()));
  expect(picker(root).value).toBe('billing');
});

test('organisation teams are marked in the choice', async () => {
  const root = await mount(fakeClient(twoTeams()));
  expect([...picker(root).options].map((o) => o.text)).toEqual(['VIP (organisation)', 'My team', 'Billing']);
});

test('the popup says why this team checks the page', async () => {
  const root = await mount(fakeClient(twoTeams()));
  expect(textOf(root)).toContain("This team's site patterns match this page.");
});

test('choosing a team asks the background to use it on this site', async () => {
  const client = fakeClient(twoTeams());
  const root = await mount(client);
  await act(async () => {
    picker(root).value = 'my-team';
    picker(root).dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(client.setTeam).toHaveBeenCalledWith('acme.zendesk.com', 'my-team');
});

test('a team chosen by hand can go back to the site’s team', async () => {
  const client = fakeClient(twoTeams('chosen'));
  const root = await mount(client);
  await click(byRole(root, 'button', "Use the site's team"));
  expect(client.setTeam).toHaveBeenCalledWith('acme.zendesk.com', null);
});

test('with one team there is nothing to choose, only its name', async () => {
  const root = await mount(fakeClient(popupState()));
  expect([queryByRole(root, 'combobox', 'Team'), textOf(root).includes('Team: Tactful default')]).toEqual([null, true]);
});
