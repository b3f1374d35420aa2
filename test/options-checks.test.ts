// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import {
  byRole,
  checkRow,
  choose,
  click,
  fakeOptions,
  field,
  mountOptions,
  queryByRole,
  saved,
  submit,
  textOf,
  twoTeams,
  type,
} from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

async function billing(pack = {}, extra = {}) {
  const f = await fakeOptions({ settings: twoTeams({ pack: { name: 'Billing', rules: {}, ...pack }, ...extra }) });
  const root = await mountOptions(f.client, '#team=billing');
  const rules = async () => (await f.stored()).teams[1]?.pack.rules;
  return { f, root, rules };
}

test('every check of the team’s pack is listed, grouped as the checklist groups them', async () => {
  const { root } = await billing();
  const groups = [...root.querySelectorAll('section.group')].map((g) => g.getAttribute('aria-label'));
  expect(groups).toEqual(['Phrases to avoid', 'Reminders', 'Customer signals']);
  expect(textOf(checkRow(root, 'trigger-policy'))).toContain('Citing policy sounds like hiding behind rules instead of helping.');
});

test('turning a check off writes { enabled: false }; on again removes the change', async () => {
  const { root, rules } = await billing();
  await click(byRole(root, 'checkbox', 'Hiding behind policy'));
  await saved();
  expect(await rules()).toEqual({ 'trigger-policy': { enabled: false } });
  expect(checkRow(root, 'trigger-policy').classList.contains('off')).toBe(true);
  await click(byRole(root, 'checkbox', 'Hiding behind policy'));
  await saved();
  expect(await rules()).toEqual({});
});

test('a severity and a reminder’s points are stored as changes; the stock value removes them', async () => {
  const { root, rules } = await billing();
  await choose(byRole(root, 'combobox', 'Severity: Hiding behind policy'), 'error');
  await type(root.querySelector('input[aria-label="Points when missing: Thank the customer"]') as HTMLElement, '20');
  await saved();
  expect(await rules()).toEqual({ 'trigger-policy': { severity: 'error' }, thank: { weight: 20 } });
  await choose(byRole(root, 'combobox', 'Severity: Hiding behind policy'), 'warning');
  await saved();
  expect(await rules()).toEqual({ thank: { weight: 20 } });
});

test('points outside 0–100 are refused next to the field and not saved', async () => {
  const { f, root } = await billing();
  const input = root.querySelector<HTMLInputElement>('input[aria-label="Points when missing: Thank the customer"]') as HTMLInputElement;
  await type(input, '250');
  await saved();
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(textOf(input.parentElement as HTMLElement)).toContain('Use a whole number from 0 to 100.');
  expect(f.client.saveSettings).not.toHaveBeenCalled();
});

test('a check turned off from a reply box is highlighted with its date, and turned back on', async () => {
  const at = new Date(2026, 10, 3, 15, 0).getTime();
  const { root, rules, f } = await billing(
    { rules: { 'negative-phrasing': { enabled: false } } },
    { cardOff: { 'negative-phrasing': at } },
  );
  const row = checkRow(root, 'negative-phrasing');
  expect(row.classList.contains('card-off')).toBe(true);
  expect(textOf(row)).toContain(`Turned off from a reply box on ${new Date(at).toLocaleDateString(undefined, { dateStyle: 'long' })}`);
  await click(byRole(row, 'button', 'Turn back on'));
  await saved();
  expect(await rules()).toEqual({});
  expect((await f.stored()).teams[1]?.cardOff).toBeUndefined();
  expect(checkRow(root, 'negative-phrasing').classList.contains('card-off')).toBe(false);
});

test('a stock phrase removed is listed in removePhrases and can be put back', async () => {
  const { root, rules } = await billing();
  await click(byRole(checkRow(root, 'trigger-policy'), 'button', 'Phrases (14)'));
  await click(byRole(root, 'button', 'Remove the phrase rules are rules'));
  await saved();
  expect(await rules()).toEqual({ 'trigger-policy': { removePhrases: ['rules are rules'] } });
  expect(textOf(checkRow(root, 'trigger-policy'))).toContain('Removed by your team rules are rules');
  await click(byRole(root, 'button', 'Put back the phrase rules are rules'));
  await saved();
  expect(await rules()).toEqual({});
});

test('a phrase added with rewrites goes to addPhrases and is marked as the team’s own', async () => {
  const { root, rules } = await billing();
  const row = checkRow(root, 'trigger-cant');
  await click(byRole(row, 'button', /^Phrases/));
  await type(field(row, 'Phrase'), 'refund (date|day) is guaranteed');
  await type(field(row, 'Rewrites (one per line, optional)'), 'refund usually arrives\nrefunds take a few days');
  await submit(row.querySelector('form') as HTMLElement);
  await saved();
  expect(await rules()).toEqual({
    'trigger-cant': {
      addPhrases: [{ match: 'refund (date|day) is guaranteed', rewrites: ['refund usually arrives', 'refunds take a few days'] }],
    },
  });
  const item = [...row.querySelectorAll('li.phrase')].find((li) => li.textContent?.includes('is guaranteed')) as HTMLElement;
  expect(textOf(item)).toContain('Your team’s');
  await click(byRole(item, 'button', 'Remove the phrase refund (date|day) is guaranteed'));
  await saved();
  expect(await rules()).toEqual({});
});

test('a phrase the engine cannot read is refused with its message, and nothing is saved', async () => {
  const { f, root } = await billing();
  const row = checkRow(root, 'trigger-cant');
  await click(byRole(row, 'button', /^Phrases/));
  await type(field(row, 'Phrase'), 'refund (date');
  await submit(row.querySelector('form') as HTMLElement);
  await saved();
  const input = field(row, 'Phrase');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(textOf(row)).toMatch(/phrase .*\(/i);
  expect(input.value).toBe('refund (date');
  expect(f.client.saveSettings).not.toHaveBeenCalled();
});

test('score weights set the points per finding', async () => {
  const { root, f } = await billing();
  await type(field(root, 'Warning'), '12');
  await saved();
  expect((await f.stored()).teams[1]?.pack.score).toEqual({ severity: { warning: 12 } });
  await type(field(root, 'Warning'), '10');
  await saved();
  expect((await f.stored()).teams[1]?.pack.score).toBeUndefined();
});

test('signals can only be turned on or off', async () => {
  const { root } = await billing();
  const row = checkRow(root, 'customer-upset');
  expect(row.querySelectorAll('select, input[type="number"]')).toHaveLength(0);
  expect(queryByRole(row, 'button', /^Phrases/)).toBeNull();
  expect(byRole(row, 'checkbox', 'Customer is upset')).not.toBeNull();
});
