import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { check } from '../src/core/index.js';

const read = (name: string) => readFileSync(new URL(`corpus/${name}`, import.meta.url), 'utf8').split(/\n=====\n/);

describe('realistic good replies', () => {
  read('good-replies.txt').forEach((draft, i) => {
    test(`reply ${i + 1} raises no warnings and scores at least 85`, () => {
      const r = check(draft);
      expect(r.warnings.filter((w) => w.severity !== 'hint').map((w) => `${w.rule}: ${w.text}`)).toEqual([]);
      expect(r.score).toBeGreaterThanOrEqual(85);
    });
  });
});

describe('curt and defensive replies', () => {
  read('curt-replies.txt').forEach((draft) => {
    test(`${JSON.stringify(draft)} is flagged and scores below 80`, () => {
      const r = check(draft);
      expect(r.warnings.filter((w) => w.severity !== 'hint').length).toBeGreaterThan(0);
      expect(r.score).toBeLessThan(80);
    });
  });
});
