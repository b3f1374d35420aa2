// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { saveSettings } from '../src/shared/settings-store.js';
import { byRole, checkRow, click, fakeOptions, field, mountOptions, saved, teamItem, textOf, twoTeams, type } from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const status = (root: HTMLElement) => textOf(root.querySelector('.status') as HTMLElement);

test('a failed save keeps the edit on the page, says why, and saves on "Try again"', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  f.client.saveSettings.mockRejectedValueOnce(
    new Error('Tactful could not save the settings: disk full. The settings saved before are unchanged.'),
  );
  await click(byRole(root, 'checkbox', 'Hiding behind policy'));
  await saved();
  expect(status(root)).toBe(
    'Not saved: Tactful could not save the settings: disk full. The settings saved before are unchanged. Your changes are still on this page. Try again',
  );
  expect((byRole(root, 'checkbox', 'Hiding behind policy') as HTMLInputElement).checked).toBe(false);
  expect((await f.stored()).teams[1]?.pack.rules).toEqual({});
  await click(byRole(root, 'button', 'Try again'));
  await saved();
  expect(status(root)).toBe('✓ Saved');
  expect((await f.stored()).teams[1]?.pack.rules).toEqual({ 'trigger-policy': { enabled: false } });
});

test('edits made close together are saved in one write', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  await click(byRole(root, 'checkbox', 'Hiding behind policy'));
  await click(byRole(root, 'checkbox', 'Canned apology'));
  await click(byRole(root, 'checkbox', 'Flat "No"'));
  expect(status(root)).toBe('Saving…');
  await saved();
  expect(f.client.saveSettings).toHaveBeenCalledTimes(1);
  expect(Object.keys((await f.stored()).teams[1]?.pack.rules ?? {})).toEqual(['trigger-policy', 'canned-apology', 'trigger-no']);
});

test('a check the card turned off while an edit waited is kept: edits are replayed on the stored settings', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  await click(byRole(root, 'checkbox', 'Hiding behind policy'));
  // Meanwhile, a reply box's card turns a check off for Billing (the background writes the settings).
  const fromCard = twoTeams({ cardOff: { 'trigger-no': 7 }, pack: { name: 'Billing', rules: { 'trigger-no': { enabled: false } } } });
  await saveSettings(f.areas, fromCard, 2);
  await saved();
  const billing = (await f.stored()).teams[1];
  expect(billing?.pack.rules).toEqual({ 'trigger-no': { enabled: false }, 'trigger-policy': { enabled: false } });
  expect(billing?.cardOff).toEqual({ 'trigger-no': 7 });
});

test('settings changed elsewhere show at once', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  const fromCard = twoTeams({
    cardOff: { 'trigger-no': Date.now() },
    pack: { name: 'Billing', rules: { 'trigger-no': { enabled: false } } },
  });
  await saveSettings(f.areas, fromCard, 3);
  await f.emit('settings');
  expect(checkRow(root, 'trigger-no').classList.contains('card-off')).toBe(true);
  expect((byRole(root, 'checkbox', 'Flat "No"') as HTMLInputElement).checked).toBe(false);
});

test('a field being edited keeps what the agent typed when the settings are read again', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  const name = field(root, 'Team name');
  await act(() => {
    name.dispatchEvent(new FocusEvent('focus'));
  });
  await type(name, 'Billing and refunds');
  await saved();
  // Another options tab adds a site meanwhile.
  const other = await f.stored();
  other.teams[1]?.sites.push('billing.example.com');
  await saveSettings(f.areas, other, Date.now());
  await f.emit('settings');
  expect(field(root, 'Team name').value).toBe('Billing and refunds');
  expect(textOf(root)).toContain('billing.example.com');
  // A form not submitted yet is left alone too.
  await click(byRole(root, 'button', 'Add a reminder'));
  await type(field(root, 'What the reminder says'), 'Sign off as the billing team.');
  await f.emit('settings');
  expect(field(root, 'What the reminder says').value).toBe('Sign off as the billing team.');
});

test('a team deleted in another tab disappears from the list', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  const other = await f.stored();
  other.teams = other.teams.filter((x) => x.id !== 'billing');
  await saveSettings(f.areas, other, Date.now());
  await f.emit('settings');
  expect(root.querySelector('[data-team-id="billing"]')).toBeNull();
  expect(teamItem(root, 'my-team').classList.contains('selected')).toBe(true);
});
