import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultPack } from './index.js';
import { DEFAULT_RULES } from './packs/default.js';

/** The ids of shared/checklist.md: stable, never renamed. */
const CHECKLIST = {
  avoid: [
    'trigger-should',
    'trigger-no',
    'trigger-policy',
    'trigger-cant',
    'blame-customer',
    'deny-problem',
    'escalation',
    'canned-apology',
    'negative-phrasing',
  ],
  require: ['thank', 'apologize', 'empathize', 'positive-action', 'confirm-understanding', 'open-question', 'follow-up'],
  signal: ['customer-upset', 'customer-hostile', 'customer-demand'],
};
const rulesDir = new URL('./rules/', import.meta.url);

describe('the default pack', () => {
  for (const [kind, ids] of Object.entries(CHECKLIST)) {
    for (const id of ids) {
      test(`implements "${id}" as a ${kind} rule`, () => expect(defaultPack().byId.get(id)?.kind).toBe(kind));
    }
  }

  for (const id of Object.keys(DEFAULT_RULES)) {
    test(`"${id}" has its own file, a label, a why and tests`, () => {
      expect(existsSync(new URL(`${id}.json`, rulesDir))).toBe(true);
      const rule = defaultPack().byId.get(id);
      expect(rule?.label).not.toBe(id);
      expect(rule?.why.length).toBeGreaterThan(20);
      const tests = existsSync(new URL(`${id}.test.ts`, rulesDir))
        ? readFileSync(new URL(`${id}.test.ts`, rulesDir), 'utf8')
        : readFileSync(new URL('signals.test.ts', rulesDir), 'utf8');
      expect(tests).toContain(`'${id}'`);
    });
  }

  test('matches the ids in shared/checklist.md when it is beside the project', () => {
    const checklist = new URL('../../../shared/checklist.md', import.meta.url);
    const ids = existsSync(checklist)
      ? [...readFileSync(checklist, 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])
      : Object.values(CHECKLIST).flat();
    expect(ids.sort()).toEqual(Object.values(CHECKLIST).flat().sort());
  });
});
