// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { check, defaultPack, extendPack } from '../src/core/index.js';
import { byRole, checkRow, click, fakeOptions, field, mountOptions, saved, submit, textOf, twoTeams, type } from './options-helpers.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./popup-fake-browser.js')).fakeBrowser }));

async function billing() {
  const f = await fakeOptions({ settings: twoTeams() });
  const root = await mountOptions(f.client, '#team=billing');
  const rules = async () => (await f.stored()).teams[1]?.pack.rules ?? {};
  return { f, root, rules };
}

/** Opens the form for a new check and returns it. */
async function openForm(root: HTMLElement, name: 'Add a phrase to avoid' | 'Add a reminder'): Promise<HTMLElement> {
  await click(byRole(root, 'button', name));
  return root.querySelector(`form[aria-label="${name}"]`) as HTMLElement;
}

test('a custom phrase to avoid becomes an avoid rule with its rewrites, name, message and explanation', async () => {
  const { root, rules } = await billing();
  const form = await openForm(root, 'Add a phrase to avoid');
  await type(field(form, 'Name'), 'Refund date promised');
  await type(field(form, 'Phrase'), 'refund (by|on) {day:monday|friday}');
  await type(field(form, 'Rewrites (one per line, optional)'), 'refund as soon as the bank processes it');
  await type(field(form, 'What the card says'), 'Billing cannot promise when a refund arrives.');
  await type(field(form, 'Why it matters (optional)'), 'Banks decide; a broken promise makes a second complaint.');
  await submit(form);
  await saved();
  expect(await rules()).toEqual({
    'custom-refund-date-promised': {
      kind: 'avoid',
      label: 'Refund date promised',
      message: 'Billing cannot promise when a refund arrives.',
      why: 'Banks decide; a broken promise makes a second complaint.',
      severity: 'warning',
      phrases: [{ match: 'refund (by|on) {day:monday|friday}', rewrites: ['refund as soon as the bank processes it'] }],
    },
  });
  expect(textOf(checkRow(root, 'custom-refund-date-promised'))).toContain('Your team’s');
  expect(textOf(root)).toContain('Added “Refund date promised”.');
});

test('the new check flags the draft the way the engine will', async () => {
  const { root, rules } = await billing();
  const form = await openForm(root, 'Add a phrase to avoid');
  await type(field(form, 'Name'), 'Inspection promised');
  await type(field(form, 'Phrase'), 'inspect returns');
  await type(field(form, 'What the card says'), 'Say when the refund comes.');
  await submit(form);
  await saved();
  const pack = extendPack({ name: 'Billing', rules: await rules() }, defaultPack());
  expect(check('We inspect returns first.', pack).warnings.map((w) => w.rule)).toContain('custom-inspection-promised');
});

test('a pattern with an invalid regular expression is refused with the engine’s message; nothing is saved', async () => {
  const { f, root } = await billing();
  const form = await openForm(root, 'Add a phrase to avoid');
  await type(field(form, 'Name'), 'Order numbers');
  await click(field(form, 'A pattern (regular expression)'));
  await type(field(form, 'Pattern (regular expression)'), 'order (\\d+');
  await type(field(form, 'What the card says'), 'Not the order number.');
  await submit(form);
  await saved();
  const input = field(form, 'Pattern (regular expression)');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const error = document.getElementById(input.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '') as HTMLElement;
  expect(textOf(error)).toMatch(/^is not a valid regular expression: .*(unterminated|missing|\))/i);
  expect(input.value).toBe('order (\\d+');
  expect(f.client.saveSettings).not.toHaveBeenCalled();
});

test('a name and what to match are required', async () => {
  const { f, root } = await billing();
  const form = await openForm(root, 'Add a phrase to avoid');
  await submit(form);
  expect(field(form, 'Name').getAttribute('aria-invalid')).toBe('true');
  expect(field(form, 'Phrase').getAttribute('aria-invalid')).toBe('true');
  await type(field(form, 'Name'), 'Something');
  await type(field(form, 'Phrase'), 'something');
  await submit(form);
  // The engine asks for the message.
  expect(field(form, 'What the card says').getAttribute('aria-invalid')).toBe('true');
  expect(f.client.saveSettings).not.toHaveBeenCalled();
});

test('a custom reminder is a require rule expected in every reply, with its points', async () => {
  const { root, rules } = await billing();
  const form = await openForm(root, 'Add a reminder');
  await type(field(form, 'Name'), 'Ticket number');
  await click(field(form, 'A pattern (regular expression)'));
  await type(field(form, 'Pattern (regular expression)'), '#\\d+');
  await type(field(form, 'Points when missing'), '8');
  await type(field(form, 'What the reminder says'), 'Mention the ticket number.');
  await submit(form);
  await saved();
  expect(await rules()).toEqual({
    'custom-ticket-number': {
      kind: 'require',
      label: 'Ticket number',
      message: 'Mention the ticket number.',
      patterns: [{ regex: '#\\d+', flags: 'i' }],
      weight: 8,
      expectedWhen: ['always'],
    },
  });
  const pack = extendPack({ name: 'Billing', rules: await rules() }, defaultPack());
  const reminder = (draft: string) => check(draft, pack).reminders.find((r) => r.rule === 'custom-ticket-number');
  expect(reminder('Thanks, I have looked into it.')?.met).toBe(false);
  expect(reminder('Thanks, I have looked into #4411.')?.met).toBe(true);
});

test('a team’s own check can be deleted after confirming', async () => {
  const { root, rules } = await billing();
  const form = await openForm(root, 'Add a reminder');
  await type(field(form, 'Name'), 'Sign-off');
  await type(field(form, 'Phrase'), 'the billing team');
  await type(field(form, 'What the reminder says'), 'Sign off as the billing team.');
  await submit(form);
  await saved();
  expect(Object.keys(await rules())).toEqual(['custom-sign-off']);
  await click(byRole(root, 'button', 'Delete Sign-off'));
  await click(byRole(checkRow(root, 'custom-sign-off'), 'button', 'Delete'));
  await saved();
  expect(await rules()).toEqual({});
});

test('a second check with the same name gets its own id', async () => {
  const { root, rules } = await billing();
  for (const message of ['One.', 'Two.']) {
    const form = await openForm(root, 'Add a reminder');
    await type(field(form, 'Name'), 'Sign-off');
    await type(field(form, 'Phrase'), 'the billing team');
    await type(field(form, 'What the reminder says'), message);
    await submit(form);
  }
  await saved();
  expect(Object.keys(await rules())).toEqual(['custom-sign-off', 'custom-sign-off-2']);
});
