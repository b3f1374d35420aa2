import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { defaultPackSource } from './packs/default.js';
import { validatePack } from './validate.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/rule-pack.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const good = [
  defaultPackSource,
  { name: 'Billing', rules: { 'negative-phrasing': { enabled: false }, thank: { weight: 20 } } },
  { name: 'VIP', rules: { 'ticket-number': { kind: 'require', message: 'Mention the ticket.', patterns: [{ regex: '#\\d+' }] } } },
  { name: 'T', rules: {}, score: { severity: { warning: 5 }, repeat: 0.2 } },
];
const bad = [
  [],
  { rules: {} },
  { name: 'x' },
  { name: 'x', rules: { a: { kind: 'shout', message: 'm', phrases: ['x'] } } },
  { name: 'x', rules: { a: { severity: 'loud' } } },
  { name: 'x', rules: { 'Bad Id': { enabled: false } } },
  { name: 'x', rules: { a: { kind: 'avoid', message: 'm' } } },
  { name: 'x', extends: 'none', rules: { a: { enabled: false } } },
  { name: 'x', rules: {}, score: { repeat: 2 } },
  { name: 'x', rules: {}, extra: true },
];

describe('schema/rule-pack.schema.json', () => {
  good.forEach((pack, i) => {
    test(`accepts good pack ${i}, as the engine does`, () => {
      expect(validate(pack)).toBe(true);
      expect(validatePack(pack)).toEqual([]);
    });
  });
  bad.forEach((pack, i) => {
    test(`rejects bad pack ${i}, as the engine does`, () => {
      expect(validate(pack)).toBe(false);
      expect(validatePack(pack).length).toBeGreaterThan(0);
    });
  });
});
