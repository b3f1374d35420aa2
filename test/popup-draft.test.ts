// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { RECHECK_MS } from '../src/popup/Draft.js';
import {
  byRole,
  click,
  draft,
  fakeClient,
  headings,
  mount,
  popupState,
  queryByRole,
  reminder,
  settle,
  textOf,
  upsetDraft,
  warning,
} from './popup-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

const THANK = 'Thank you for your patience while we sort this out.';
const APOLOGY = "I'm sorry this happened — I can see how frustrating it is.";

test('with no reply box, the popup says how to get a score instead of showing an empty view', async () => {
  const root = await mount(fakeClient(popupState()));
  expect(textOf(root)).toContain('Click in a reply box and start writing: your score and checklist show up here.');
});

test('with no reply box, the popup still shows a tip with its source', async () => {
  const root = await mount(fakeClient(popupState()));
  expect(textOf(byRole(root, 'heading', 'Tip').parentElement as HTMLElement)).toContain(
    'It takes about 12 positive experiences to make up for one unresolved negative one. — Ruby Newell-Legner, “Understanding Customers”',
  );
});

test('with no reply box, the popup still shows the controls', async () => {
  const root = await mount(fakeClient(popupState()));
  expect([
    (byRole(root, 'checkbox', 'On for acme.zendesk.com') as HTMLInputElement).checked,
    textOf(root).includes('Team: Tactful default'),
    byRole(root, 'button', 'Settings').tagName,
  ]).toEqual([true, true, 'BUTTON']);
});

test('a draft scoring 95 shows its score and the verdict "Great"', async () => {
  const root = await mount(fakeClient(popupState({ draft: draft({ score: 95 }) })));
  expect(textOf(root.querySelector('.score') as HTMLElement)).toBe('95 out of 100 Great');
});

test('a draft that thanks and apologizes has no attention card', async () => {
  const good = draft({ signals: ['customer-upset'], reminders: [reminder('thank', true), reminder('apologize', true)] });
  const root = await mount(fakeClient(popupState({ draft: good })));
  expect(queryByRole(root, 'heading', 'Before you send')).toBeNull();
});

test('a missing thank and apology to an upset customer lead the popup, right after the score and before the warnings', async () => {
  const root = await mount(fakeClient(popupState({ draft: upsetDraft() })));
  expect(headings(root).slice(0, 4)).toEqual(['Tactful', 'This draft', 'Before you send', 'Phrases to rethink']);
});

test('the attention card suggests a sentence to thank and a sentence to apologize', async () => {
  const root = await mount(fakeClient(popupState({ draft: upsetDraft() })));
  const card = byRole(root, 'heading', 'Before you send').parentElement as HTMLElement;
  expect([...card.querySelectorAll('.suggestion-text')].map((p) => p.textContent)).toEqual([THANK, APOLOGY]);
});

test('Copy puts the suggested sentence on the clipboard through the client', async () => {
  const client = fakeClient(popupState({ draft: upsetDraft() }));
  const root = await mount(client);
  const thank = root.querySelector('.attention .attention-item') as HTMLElement;
  await click(byRole(thank, 'button', 'Copy'));
  expect(client.copy).toHaveBeenCalledWith(THANK);
});

test('Insert at caret sends the suggested apology to the focused reply box of the tab', async () => {
  const client = fakeClient(popupState({ draft: upsetDraft() }));
  const root = await mount(client);
  const apology = root.querySelectorAll('.attention .attention-item')[1] as HTMLElement;
  await click(byRole(apology, 'button', 'Insert at caret'));
  expect(client.insert).toHaveBeenCalledWith(7, 'box-1', APOLOGY);
});

test('after an insert the popup asks for the state again, to show the re-checked draft', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    const client = fakeClient(popupState({ draft: upsetDraft() }));
    const root = await mount(client);
    const calls = client.state.mock.calls.length;
    const apology = root.querySelectorAll('.attention .attention-item')[1] as HTMLElement;
    await click(byRole(apology, 'button', 'Insert at caret'));
    await vi.advanceTimersByTimeAsync(RECHECK_MS + 50);
    await settle();
    expect(client.state.mock.calls.length).toBe(calls + 1);
  } finally {
    vi.useRealTimers();
  }
});

test('after a copy the card says it was copied', async () => {
  const root = await mount(fakeClient(popupState({ draft: upsetDraft() })));
  const thank = root.querySelector('.attention .attention-item') as HTMLElement;
  await click(byRole(thank, 'button', 'Copy'));
  expect(textOf(byRole(thank, 'status', /./))).toBe('Copied. Paste it into your reply.');
});

test('warnings are grouped by check, each group with its count', async () => {
  const repeated = draft({
    score: 60,
    warnings: [
      warning('trigger-should', 'You should', 0),
      warning('trigger-policy', 'our policy', 20),
      warning('trigger-should', 'you need to', 40),
    ],
  });
  const root = await mount(fakeClient(popupState({ draft: repeated })));
  const groups = [...root.querySelectorAll('.groups > li .group-head')].map((g) => textOf(g as HTMLElement));
  expect(groups).toEqual(['Lecturing ("you should…") 2 2 found', 'Hiding behind policy 1 1 found']);
});

test('clicking a warning asks the page to reveal it, with its boxId and start', async () => {
  const client = fakeClient(popupState({ draft: upsetDraft() }));
  const root = await mount(client);
  await click(byRole(root, 'button', 'You should have read'));
  expect(client.reveal).toHaveBeenCalledWith(7, 'box-1', 18);
});

test('the checklist lists missing reminders first, each marked and with its reason', async () => {
  const root = await mount(fakeClient(popupState({ draft: upsetDraft() })));
  const items = [...root.querySelectorAll('.checklist li')].map((li) => [
    li.querySelector('[role="img"]')?.getAttribute('aria-label'),
    li.querySelector('.item-label')?.textContent,
    li.querySelector('.why')?.textContent,
  ]);
  expect(items).toEqual([
    [
      'Missing',
      'Thank the customer',
      'A complaint is a second chance: thanking the customer for it turns a grievance into a conversation.',
    ],
    ['Missing', 'Apologize', 'A real apology calms an upset customer, even when the company was not at fault. Take responsibility.'],
    ['Done', 'Offer more help', 'Offering more help shows the conversation is not being closed on them.'],
  ]);
});
