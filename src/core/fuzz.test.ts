import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { check, findMasks } from './index.js';

// Pieces that exercise the hard cases: phrases the pack knows, quote and
// signature markers, surrogate pairs, RTL text, zero-width characters, CRLF.
const pieces = [
  'You should have read the FAQ.',
  'No, ',
  "It's our policy",
  'CALM DOWN!!!',
  'Obviously ',
  'unfortunately',
  "I'm sorry",
  'thank you',
  '\n> quoted line\n',
  '\nOn Mon, 3 Jun 2024, Sam wrote:\n',
  '\n-- \nJo\n',
  '\nBest regards,\nJo\n',
  '😀',
  '👩🏽‍💻',
  'مرحبا بك',
  'שלום',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\r\n',
  '\n\n',
  'İstanbul',
  'ǅ',
  '\uD800',
  '\uDC00',
  '’',
  '—',
  '…',
  '\t',
  '  ',
];
const draftArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((a) => a.join('')),
);

function assertValid(draft: string, customer?: string): void {
  const r = check({ draft, customer });
  let last = -1;
  for (const w of r.warnings) {
    expect(w.start).toBeGreaterThanOrEqual(0);
    expect(w.end).toBeGreaterThan(w.start);
    expect(w.end).toBeLessThanOrEqual(draft.length);
    expect(w.text).toBe(draft.slice(w.start, w.end));
    expect(w.start).toBeGreaterThanOrEqual(last);
    last = w.start;
  }
  if (r.score !== null) expect(r.score >= 0 && r.score <= 100 && Number.isInteger(r.score)).toBe(true);
}

describe('the engine on any input', () => {
  test('never throws, and every offset slices to the reported text', () => {
    fc.assert(
      fc.property(draftArb, fc.option(draftArb, { nil: undefined }), (d, c) => assertValid(d, c)),
      { numRuns: 1500 },
    );
  });

  test('masks never overlap and stay inside the text', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        let end = 0;
        for (const m of findMasks(d)) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeLessThanOrEqual(d.length);
          end = m.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('text outside quotes keeps its findings whatever is quoted below it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (quoted) => {
        const reply = "It's our policy.";
        const draft = `${reply}\n\nOn Mon, 3 Jun 2024, Sam wrote:\n${quoted}`;
        expect(check(draft).warnings.map((w) => [w.rule, w.start, w.end])).toEqual(
          check(reply).warnings.map((w) => [w.rule, w.start, w.end]),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('a 1 MB draft returns valid offsets', () => {
    const draft = 'You should have read the FAQ. \u200bI’m sorry 😀 مرحبا.\r\n'.repeat(20_000).slice(0, 1_000_000);
    assertValid(draft);
  });

  test('non-string input is treated as an empty draft', () => {
    expect(check({ draft: undefined as unknown as string }).score).toBeNull();
    expect(check({ draft: 42 as unknown as string, customer: null as unknown as string }).warnings).toEqual([]);
  });
});
