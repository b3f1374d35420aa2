// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { packUrl } from '../src/options/subscription.js';
import type { SubscriptionState } from '../src/shared/subscription-state.js';
import { byRole, checkRow, click, fakeOptions, field, mountOptions, saved, submit, textOf, twoTeams, type } from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const URL_ = 'https://packs.example.com/support.tactful.json';

function state(patch: Partial<SubscriptionState> = {}): SubscriptionState {
  return { url: URL_, pack: null, etag: null, lastModified: null, checkedAt: null, updatedAt: null, error: null, ...patch };
}

test.each([
  ['https://packs.example.com/a.json', true],
  ['http://127.0.0.1:8080/a.json', true],
  ['http://localhost/a.json', true],
  ['http://packs.example.com/a.json', false],
  ['ftp://packs.example.com/a.json', false],
  ['https://user:secret@packs.example.com/a.json', false],
  ['packs.example.com/a.json', false],
])('%s may be subscribed to: %s', (url, ok) => {
  expect(packUrl(url) !== null).toBe(ok);
});

test('subscribing asks for the origin first, then saves the URL and fetches the pack', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const order: string[] = [];
  f.client.requestOrigin.mockImplementation(async (origin: string) => {
    order.push(`permission ${origin}`);
    return true;
  });
  f.client.saveSettings.mockImplementation(async (s) => {
    order.push('save');
    const { saveSettings } = await import('../src/shared/settings-store.js');
    return saveSettings(f.areas, s);
  });
  f.client.refreshSubscription.mockImplementation(async (url: string) => {
    order.push(`refresh ${url}`);
    return state({ checkedAt: new Date(2026, 10, 5, 9, 30).getTime(), updatedAt: new Date(2026, 10, 5, 9, 30).getTime() });
  });
  const root = await mountOptions(f.client, '#team=billing');
  await type(field(root, 'Pack URL (https)'), URL_);
  await submit(field(root, 'Pack URL (https)').closest('form') as HTMLElement);
  await saved();
  expect(order).toEqual(['permission https://packs.example.com', 'save', `refresh ${URL_}`]);
  expect((await f.stored()).teams[1]?.subscription).toEqual({ url: URL_ });
  const card = byRole(root, 'heading', 'Subscription').closest('section') as HTMLElement;
  expect(textOf(card)).toContain(`Subscribed to ${URL_}`);
  expect(textOf(card)).toContain(
    `Last updated ${new Date(2026, 10, 5, 9, 30).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`,
  );
});

test('the permission is asked from within the click, before anything waits', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  await type(field(root, 'Pack URL (https)'), URL_);
  const form = field(root, 'Pack URL (https)').closest('form') as HTMLElement;
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  // Synchronously, in the same task as the user's click.
  expect(f.client.requestOrigin).toHaveBeenCalledWith('https://packs.example.com');
  await saved();
});

test('a refused permission leaves the team unsubscribed and says so', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  f.client.requestOrigin.mockResolvedValue(false);
  const root = await mountOptions(f.client, '#team=billing');
  await type(field(root, 'Pack URL (https)'), URL_);
  await submit(field(root, 'Pack URL (https)').closest('form') as HTMLElement);
  await saved();
  expect(textOf(root)).toContain('Tactful was not allowed to read packs.example.com, so the team is not subscribed.');
  expect((await f.stored()).teams[1]?.subscription).toBeUndefined();
  expect(f.client.refreshSubscription).not.toHaveBeenCalled();
});

test('a plain http URL is refused before anything is asked', async () => {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  await type(field(root, 'Pack URL (https)'), 'http://packs.example.com/a.json');
  await submit(field(root, 'Pack URL (https)').closest('form') as HTMLElement);
  expect(textOf(root)).toContain('Use an https:// address (http:// only for localhost or 127.0.0.1).');
  expect(f.client.requestOrigin).not.toHaveBeenCalled();
});

test('a subscribed team shows the last check’s error, updates now, and unsubscribes', async () => {
  const pack = { name: 'Org', rules: { 'trigger-policy': { severity: 'error' as const } } };
  const f = await fakeOptions({
    settings: twoTeams({ subscription: { url: URL_ }, pack: { name: 'Billing', rules: { 'trigger-no': { enabled: false } } } }),
    subscriptions: { [URL_]: state({ pack, updatedAt: 1, checkedAt: 2, error: 'HTTP 503' }) },
  });
  const root = await mountOptions(f.client, '#team=billing');
  expect(textOf(root)).toContain('The last check failed (HTTP 503); the last good pack still applies.');
  // The team's own edits apply on top of the subscribed pack.
  expect((byRole(checkRow(root, 'trigger-policy'), 'combobox', 'Severity: Hiding behind policy') as HTMLSelectElement).value).toBe('error');
  expect((byRole(root, 'checkbox', 'Flat "No"') as HTMLInputElement).checked).toBe(false);
  await click(byRole(root, 'button', 'Update now'));
  expect(f.client.refreshSubscription).toHaveBeenCalledWith(URL_);
  await click(byRole(root, 'button', 'Unsubscribe'));
  await saved();
  expect((await f.stored()).teams[1]?.subscription).toBeUndefined();
  expect(textOf(root)).toContain('Pack URL (https)');
});

test('a subscribed team exports its whole pack with a note naming the URL', async () => {
  const pack = { name: 'Org', rules: { 'trigger-policy': { severity: 'error' as const } } };
  const f = await fakeOptions({
    settings: twoTeams({ subscription: { url: URL_ }, pack: { name: 'Billing', rules: { 'trigger-no': { enabled: false } } } }),
    subscriptions: { [URL_]: state({ pack, updatedAt: 1, checkedAt: 2 }) },
  });
  const root = await mountOptions(f.client, '#team=billing');
  await click(byRole(root, 'button', 'Export “Billing”'));
  const file = JSON.parse(f.client.download.mock.calls[0]?.[1] ?? '{}');
  expect(file.description).toContain(URL_);
  expect(file.rules['trigger-policy'].severity).toBe('error');
  expect(file.rules['trigger-no'].enabled).toBe(false);
});
