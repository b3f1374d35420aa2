import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { ruleMessages } from '../scripts/rule-messages.mjs';

const messages = JSON.parse(readFileSync(new URL('../_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;

test('every check’s label, message and why are in _locales, as the rule files say (run scripts/rule-messages.mjs)', async () => {
  const expected = (await ruleMessages()) as Record<string, unknown>;
  const actual = Object.fromEntries(Object.entries(messages).filter(([k]) => k.startsWith('rule_')));
  expect(actual).toEqual(expected);
});
