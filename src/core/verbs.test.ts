import { expect, test } from 'vitest';
import { baseForm } from './verbs.js';

const cases: Record<string, string> = {
  read: 'read',
  sent: 'send',
  checked: 'check',
  updated: 'update',
  restarted: 'restart',
  logged: 'log',
  saved: 'save',
  provided: 'provide',
  configured: 'configure',
  required: 'require',
  tried: 'try',
  replied: 'reply',
  noticed: 'notice',
  disabled: 'disable',
  installed: 'install',
  charged: 'charge',
  hoped: 'hope',
  opened: 'open',
  treated: 'treat',
  received: 'receive',
  created: 'create',
  organized: 'organize',
  followed: 'follow',
  attached: 'attach',
  submitted: 'submit',
  included: 'include',
  entered: 'enter',
  cleared: 'clear',
  contacted: 'contact',
  forgot: 'forget',
  paid: 'pay',
};

for (const [participle, base] of Object.entries(cases)) {
  test(`"${participle}" → "${base}"`, () => expect(baseForm(participle)).toBe(base));
}
test('leaves other words alone', () => expect(baseForm('FAQ')).toBe('faq'));
