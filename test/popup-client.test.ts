// @vitest-environment happy-dom
import { beforeEach, expect, test, vi } from 'vitest';
import { browserClient, tabIdFrom } from '../src/popup/client.js';
import { fakeBrowser } from './popup-fake-browser.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.runtime.sendMessage.mockClear();
});

test('state() asks for the active tab: popup-state without a tabId', async () => {
  await browserClient.state();
  expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ kind: 'popup-state' });
});

test('state(42) asks for tab 42', async () => {
  await browserClient.state(42);
  expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ kind: 'popup-state', tabId: 42 });
});

test('reveal sends reveal-warning with the tab, the box and the start', async () => {
  await browserClient.reveal(7, 'box-1', 18);
  expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ kind: 'reveal-warning', tabId: 7, boxId: 'box-1', start: 18 });
});

test('insert sends insert-text with the tab, the box and the text', async () => {
  await browserClient.insert(7, 'box-1', 'Thank you.');
  expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ kind: 'insert-text', tabId: 7, boxId: 'box-1', text: 'Thank you.' });
});

test('setSiteEnabled, dismissBreather and setBreatherEnabled send their requests', async () => {
  await browserClient.setSiteEnabled('acme.zendesk.com', false);
  await browserClient.dismissBreather();
  await browserClient.setBreatherEnabled(false);
  expect(fakeBrowser.runtime.sendMessage.mock.calls.map(([m]) => m)).toEqual([
    { kind: 'set-site-enabled', host: 'acme.zendesk.com', enabled: false },
    { kind: 'dismiss-breather' },
    { kind: 'set-breather-enabled', enabled: false },
  ]);
});

test('openOptions swallows the error when there is no options page', async () => {
  fakeBrowser.runtime.openOptionsPage.mockRejectedValueOnce(new Error('Could not create an options page.'));
  await expect(browserClient.openOptions()).resolves.toBeUndefined();
});

test('nextTip remembers the tip in storage.local under tactful.tipsShown', async () => {
  const tip = await browserClient.nextTip();
  expect(fakeBrowser.storage.local.set).toHaveBeenCalledWith({ 'tactful.tipsShown': [tip.id] });
});

test.each([
  ['?tab=42', 42],
  ['', undefined],
  ['?tab=', undefined],
  ['?tab=-1', undefined],
  ['?tab=abc', undefined],
])('the tab of popup.html%s is %s', (search, tabId) => {
  expect(tabIdFrom(search)).toBe(tabId);
});
