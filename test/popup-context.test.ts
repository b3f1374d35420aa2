// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import type { PopupState } from '../src/shared/messages.js';
import { byRole, click, draft, fakeClient, mount, popupState, queryByRole, textOf, upsetDraft } from './popup-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const NO_ANSWER = "Tactful's background isn't answering. Reload the page or restart the browser.";

afterEach(() => {
  vi.useRealTimers();
});

function customerText(root: HTMLElement): string {
  return textOf(byRole(root, 'heading', 'The customer').parentElement as HTMLElement);
}

test('an upset customer brings the advice to validate the feeling before the fix', async () => {
  const root = await mount(fakeClient(popupState({ draft: upsetDraft() })));
  expect(customerText(root)).toContain('Upset Validate the feeling before the fix');
});

test('a hostile customer brings the advice not to take it personally nor reply in kind', async () => {
  const root = await mount(fakeClient(popupState({ draft: draft({ signals: ['customer-hostile'] }) })));
  expect(customerText(root)).toBe(
    "The customer Hostile Don't take the insults personally, and don't reply in kind. Write as if the whole world were watching.",
  );
});

test('a demand brings the win/win, know-when-to-relent advice', async () => {
  const root = await mount(fakeClient(popupState({ draft: draft({ signals: ['customer-demand'] }) })));
  expect(customerText(root)).toBe(
    'The customer Makes a demand Look for a win/win: what could work for both of you? Know when to relent a little, and ask them what would make it right.',
  );
});

test('without customer signals there is no customer section', async () => {
  const root = await mount(fakeClient(popupState({ draft: draft() })));
  expect(queryByRole(root, 'heading', 'The customer')).toBeNull();
});

test('off for this site: the site toggle is unchecked', async () => {
  const root = await mount(fakeClient(popupState({ enabled: false, draft: upsetDraft() })));
  expect((byRole(root, 'checkbox', 'On for acme.zendesk.com') as HTMLInputElement).checked).toBe(false);
});

test('off for this site: a line says Tactful is off here, and there is no draft section', async () => {
  const root = await mount(fakeClient(popupState({ enabled: false, draft: upsetDraft() })));
  expect([textOf(root).includes('Tactful is off on acme.zendesk.com.'), queryByRole(root, 'heading', 'This draft')]).toEqual([true, null]);
});

test('unchecking the site toggle turns Tactful off for the host', async () => {
  const client = fakeClient(popupState());
  const root = await mount(client);
  await click(byRole(root, 'checkbox', 'On for acme.zendesk.com'));
  expect(client.setSiteEnabled).toHaveBeenCalledWith('acme.zendesk.com', false);
});

test('on a page Tactful cannot run on, the popup says so and offers no site toggle', async () => {
  const root = await mount(fakeClient(popupState({ host: '' })));
  expect([textOf(root).includes("Tactful doesn't run on this page."), queryByRole(root, 'checkbox', /^On for/)]).toEqual([true, null]);
});

test('a background that rejects: the clear message and a Retry button', async () => {
  const root = await mount(fakeClient(() => Promise.reject(new Error('Could not establish connection'))));
  const alert = byRole(root, 'alert', /isn't answering/);
  expect([textOf(alert), byRole(alert, 'button', 'Retry').tagName]).toEqual([`${NO_ANSWER} Retry`, 'BUTTON']);
});

test('a background silent for 1.5 s: the clear message, not a spinner forever', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const root = await mount(fakeClient(() => new Promise<PopupState>(() => {})));
  await act(async () => {
    await vi.advanceTimersByTimeAsync(1500);
  });
  expect(textOf(byRole(root, 'alert', /isn't answering/))).toBe(`${NO_ANSWER} Retry`);
});

test('while waiting for the background the popup shows only a skeleton', async () => {
  const root = await mount(fakeClient(() => new Promise<PopupState>(() => {})));
  expect(textOf(byRole(root, 'status', 'Loading').parentElement as HTMLElement)).toBe('Tactful');
});

test('Retry asks the background again and shows its answer', async () => {
  const client = fakeClient(popupState());
  client.state.mockRejectedValueOnce(new Error('not yet'));
  const root = await mount(client);
  await click(byRole(root, 'button', 'Retry'));
  expect([client.state.mock.calls.length, queryByRole(root, 'heading', 'Tip') !== null]).toEqual([2, true]);
});

test('popup.html?tab=42 asks for the state of tab 42', async () => {
  const client = fakeClient(popupState({ tabId: 42 }));
  await mount(client, 42);
  expect(client.state).toHaveBeenCalledWith(42);
});

test('a suggested breather is kind and says how many hard conversations there were', async () => {
  const root = await mount(fakeClient(popupState({ breather: { enabled: true, suggested: true, hostileReplies: 3 } })));
  expect(textOf(byRole(root, 'heading', 'Time for a breather?').parentElement as HTMLElement)).toContain(
    "That's 3 hard conversations in the last half hour.",
  );
});

test('dismissing the breather tells the background and hides the card', async () => {
  const client = fakeClient(popupState({ breather: { enabled: true, suggested: true, hostileReplies: 3 } }));
  const root = await mount(client);
  await click(byRole(root, 'button', "Thanks, I'm fine"));
  expect([client.dismissBreather.mock.calls.length, queryByRole(root, 'heading', 'Time for a breather?')]).toEqual([1, null]);
});

test('"Don\'t suggest breaks" turns the breather off', async () => {
  const client = fakeClient(popupState({ breather: { enabled: true, suggested: true, hostileReplies: 3 } }));
  const root = await mount(client);
  await click(byRole(root, 'button', "Don't suggest breaks"));
  expect(client.setBreatherEnabled).toHaveBeenCalledWith(false);
});

test('the Settings button opens the options page through the client', async () => {
  const client = fakeClient(popupState());
  const root = await mount(client);
  await click(byRole(root, 'button', 'Settings'));
  expect(client.openOptions).toHaveBeenCalledOnce();
});

test('with no draft on the page, the advice for hard conversations is still there, folded', async () => {
  const root = await mount(fakeClient(popupState({ draft: null })));
  const details = root.querySelector('.customer details') as HTMLDetailsElement;
  expect([textOf(details.querySelector('summary') as HTMLElement), details.open, details.querySelectorAll('li').length]).toEqual([
    'A hard conversation?',
    false,
    3,
  ]);
});
