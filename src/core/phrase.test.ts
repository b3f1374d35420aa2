import { describe, expect, test } from 'vitest';
import { check, loadPack } from './index.js';
import { PhraseError, parsePhrase } from './phrase.js';

/** Flags found by a one-rule pack with the given phrase. */
function find(phrase: string, text: string): string[] {
  const pack = loadPack({ name: 't', extends: 'none', rules: { x: { kind: 'avoid', message: 'm', phrases: [phrase] } } });
  return check(text, pack).warnings.map((w) => w.text);
}

describe('the phrase language', () => {
  test('matches words case-insensitively, across runs of spaces', () =>
    expect(find('our policy', 'OUR   Policy')).toEqual(['OUR   Policy']));
  test('folds typographic apostrophes', () => expect(find("it's", 'It’s fine')).toEqual(['It’s']));
  test('does not match across punctuation', () => expect(find('you should', 'you, should')).toEqual([]));
  test('does not match inside longer words', () => expect(find('policy', 'policyholder')).toEqual([]));
  test('does not match across a blank line', () => expect(find('thank you', 'thank\n\nyou')).toEqual([]));
  test('matches across a single line break', () => expect(find('thank you', 'thank\nyou')).toEqual(['thank\nyou']));
  test('hyphens split words', () => expect(find('follow up', 'a follow-up')).toEqual(['follow-up']));
  test('alternatives', () => expect(find('(per|as per) policy', 'as per policy')).toEqual(['as per policy']));
  test('optional parts', () => expect(find("i'm [so|very] sorry", "I'm so sorry, I'm sorry")).toEqual(["I'm so sorry", "I'm sorry"]));
  test('globs', () => expect(find('frustrat*', 'frustrating and frustrated')).toEqual(['frustrating', 'frustrated']));
  test('"^" only at a sentence start', () => expect(find('^ no ,', 'No, thanks. I said no, twice.')).toEqual(['No,']));
  test('"$" only before a sentence end', () => expect(find('no problem $', 'No problem with that. No problem.')).toEqual(['No problem']));
  test('"<…>" flags only the marked words', () => expect(find('well , <thanks a lot>', 'Well, thanks a lot.')).toEqual(['thanks a lot']));
  test('slots capture any one word', () => expect(find('you should {verb}', 'You should go.')).toEqual(['You should go']));
  test('zero-width characters inside a word are ignored', () => expect(find('policy', 'pol\u200bicy')).toEqual(['pol\u200bicy']));

  test('rejects unbalanced groups', () => expect(() => parsePhrase('(a|b')).toThrow(PhraseError));
  test('rejects an empty phrase', () => expect(() => parsePhrase('  ')).toThrow(PhraseError));
  test('rejects a "*" in the middle of a word', () => expect(() => parsePhrase('f*ck')).toThrow(PhraseError));
  test('rejects a "^" that is not at the start', () => expect(() => parsePhrase('a ^ b')).toThrow(PhraseError));
  test('rejects phrases that expand too far', () => {
    const big = Array.from({ length: 8 }, (_, i) => `(a${i} b|c${i} d|e${i} f|g${i} h)`).join(' ');
    expect(() => parsePhrase(big)).toThrow(/expands to more than/);
  });
});
