// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { SET_ASIDE_KEY } from '../src/shared/settings-store.js';
import { defaultSettings } from '../src/shared/teams.js';
import { FakeArea } from './fake-storage.js';
import { byRole, click, fakeOptions, mountOptions, queryByRole, saved, textOf, twoTeams } from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

test('without sync storage the page says the settings stay on this computer, and why', async () => {
  const f = await fakeOptions({ settings: twoTeams(), sync: null });
  const root = await mountOptions(f.client);
  const note = byRole(root, 'heading', 'Settings kept on this computer only').closest('section') as HTMLElement;
  expect(textOf(note)).toContain('do not follow you to other computers: this browser has no sync storage.');
  await click(byRole(root, 'checkbox', 'Hiding behind policy'));
  await saved();
  expect(textOf(root.querySelector('.status') as HTMLElement)).toBe('✓ Saved on this computer only: this browser has no sync storage');
});

test('settings too large for sync are saved on this computer, and the page says so', async () => {
  const f = await fakeOptions({ settings: defaultSettings() });
  const root = await mountOptions(f.client);
  expect(queryByRole(root, 'heading', 'Settings kept on this computer only')).toBeNull();
  (f.sync as FakeArea).failNext = 'QUOTA_BYTES quota exceeded';
  await click(byRole(root, 'checkbox', 'Hiding behind policy'));
  await saved();
  expect(textOf(root.querySelector('.status') as HTMLElement)).toMatch(
    /Saved on this computer only: they are larger than browser sync allows/,
  );
  expect(queryByRole(root, 'heading', 'Settings kept on this computer only')).not.toBeNull();
});

async function damaged() {
  const sync = FakeArea.sync();
  sync.data.set('tactful.settings', { format: 1, pieces: 1, savedAt: 5 });
  sync.data.set('tactful.settings.0', '{"version":1,"teams":[');
  const f = await fakeOptions({ sync });
  const root = await mountOptions(f.client);
  return { f, root };
}

test('a stored copy that cannot be read is announced, with the defaults in use', async () => {
  const { root } = await damaged();
  const banner = byRole(root, 'heading', 'Your stored settings could not be read').closest('section') as HTMLElement;
  expect(banner.getAttribute('role')).toBe('alert');
  expect(textOf(banner)).toMatch(/Tactful set them aside \(the stored settings are not valid JSON \(.+\), .+\)\. The default settings/);
  expect([...root.querySelectorAll('[data-team-id]')].map((el) => el.getAttribute('data-team-id'))).toEqual(['my-team']);
});

test('the damaged copy downloads as it was stored', async () => {
  const { f, root } = await damaged();
  await click(byRole(root, 'button', 'Download the damaged settings'));
  expect(f.client.download).toHaveBeenCalledTimes(1);
  const [name, text] = f.client.download.mock.calls[0] ?? [];
  expect(name).toMatch(/^tactful-settings-damaged-\d{4}-\d{2}-\d{2}\.json$/);
  expect(text).toBe('{"version":1,"teams":[');
});

test('dismissing forgets the damaged copy and hides the banner', async () => {
  const { f, root } = await damaged();
  expect(f.local.data.has(SET_ASIDE_KEY)).toBe(true);
  await click(byRole(root, 'button', 'Dismiss'));
  expect(f.local.data.has(SET_ASIDE_KEY)).toBe(false);
  expect(queryByRole(root, 'heading', 'Your stored settings could not be read')).toBeNull();
});

test('a team that cannot be read is named; the teams that could be read stay', async () => {
  const sync = FakeArea.sync();
  const broken = { ...twoTeams(), teams: [...twoTeams().teams, { id: 'bad', name: 'Bad', sites: [], pack: { name: 'Bad', rules: 5 } }] };
  sync.data.set('tactful.settings', { format: 1, pieces: 1, savedAt: 5 });
  sync.data.set('tactful.settings.0', JSON.stringify(broken));
  const f = await fakeOptions({ sync });
  const root = await mountOptions(f.client);
  const banner = byRole(root, 'heading', 'Your stored settings could not be read').closest('section') as HTMLElement;
  expect(textOf(banner)).toContain('team "Bad": its rules are not a valid pack (/rules: must be an object, not number 5)');
  expect([...root.querySelectorAll('[data-team-id]')].map((el) => el.getAttribute('data-team-id'))).toEqual(['my-team', 'billing']);
});

test('each copy that could not be read is listed', async () => {
  const sync = FakeArea.sync();
  sync.data.set('tactful.settings', { format: 1, pieces: 2, savedAt: 5 });
  sync.data.set('tactful.settings.0', '{');
  const f = await fakeOptions({ sync });
  f.local.data.set('tactful.settings', { format: 1, pieces: 1, savedAt: 4 });
  f.local.data.set('tactful.settings.0', 'nope');
  const root = await mountOptions(f.client);
  const list = byRole(root, 'heading', 'Some settings could not be used').closest('section') as HTMLElement;
  expect(textOf(list)).toBe('Some settings could not be used part of the sync settings is missing');
});

test('problems in the organisation’s policy are listed', async () => {
  const f = await fakeOptions({
    policy: {
      teams: [],
      allowPersonalRules: true,
      defaultTeam: null,
      problems: ['teams[0] has no valid "id" (lower-case letters, digits and dashes)'],
    },
  });
  const root = await mountOptions(f.client);
  const list = byRole(root, 'heading', 'Your organisation’s policy has problems').closest('section') as HTMLElement;
  expect(textOf(list)).toContain('teams[0] has no valid "id"');
});

test('settings that could not be read at all say so, with a way to try again', async () => {
  const f = await fakeOptions();
  f.client.loadSettings.mockRejectedValueOnce(new Error('storage is not available'));
  const root = await mountOptions(f.client);
  expect(textOf(root.querySelector('[role="alert"]') as HTMLElement)).toContain(
    'Tactful could not read the settings: storage is not available',
  );
  await click(byRole(root, 'button', 'Try again'));
  await saved();
  expect(root.querySelector('[data-team-id="my-team"]')).not.toBeNull();
});
