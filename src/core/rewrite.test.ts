import { describe, expect, test } from 'vitest';
import { applyEdit, check, suggestionEdit } from './index.js';

/** Applies the first suggestion of the first warning. */
function fix(draft: string, which = 0): string {
  const w = check(draft).warnings[0];
  if (!w) throw new Error(`no warning in ${draft}`);
  return applyEdit(draft, suggestionEdit(draft, w, w.suggestions[which] as string));
}

describe('suggestions', () => {
  test('rewrite the phrase and keep the sentence grammatical', () =>
    expect(fix('You should have read the FAQ.')).toBe('Next time, it may help to read the FAQ.'));
  test('are lower-case in mid-sentence', () =>
    expect(fix('To fix it, you need to restart the router.')).toBe('To fix it, please restart the router.'));
  test('keep "I" capitalized in mid-sentence', () =>
    expect(fix('Honestly, you should contact your bank.')).toBe("Honestly, I'd recommend that you contact your bank."));
  test('turn a dead end into a promise', () =>
    expect(fix("I can't do anything until you send the receipt.")).toBe(
      "I'll be happy to take care of that as soon as you send the receipt.",
    ));
  test('a removal takes its comma and space and capitalizes the next word', () =>
    expect(fix('Obviously, the link expired.')).toBe('The link expired.'));
  test('a removal in mid-sentence leaves single spaces', () => expect(fix('The link obviously expired.')).toBe('The link expired.'));
});
