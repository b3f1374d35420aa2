import { expect, test, vi } from 'vitest';
import { defaultPack, loadPack } from '../core/index.js';
import { localDetail, localLabels } from './localize.js';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string) => (key === 'rule_thank_label' ? 'Remercier le client' : '') } },
}));

test('a stock label comes from the browser’s language', () => {
  expect(localLabels(defaultPack()).thank).toBe('Remercier le client');
});

test('without a translation the English stays', () => {
  expect(localLabels(defaultPack()).apologize).toBe('Apologize');
});

test('a label the team wrote itself is shown as written', () => {
  const pack = loadPack({ name: 'VIP', rules: { thank: { label: 'Thank them warmly' } } });
  expect(localLabels(pack).thank).toBe('Thank them warmly');
});

test('a phrase’s own message is not replaced by the check’s', () => {
  const detail = localDetail({
    boxId: 'b',
    score: 90,
    signals: [],
    reminders: [],
    warnings: [{ rule: 'trigger-policy', text: 'per policy', severity: 'warning', message: 'A message of its own', start: 0 }],
  });
  expect(detail.warnings[0]?.message).toBe('A message of its own');
});
