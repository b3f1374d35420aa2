/**
 * Turns a rewrite template into the text that replaces a finding, and a
 * chosen suggestion into an edit of the draft.
 */

import { baseForm } from './verbs.js';

/** Words that keep their capital wherever they stand. */
const ALWAYS_CAPITAL = /^(I|I'm|I'd|I'll|I've|I’m|I’d|I’ll|I’ve)\b/;

function capitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + s.slice(ch.length);
}

function decapitalize(s: string): string {
  if (ALWAYS_CAPITAL.test(s)) return s;
  // Keep acronyms and names written in capitals ("FAQ"): only lower a capital followed by a lower-case letter.
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s;
}

/**
 * Fills a rewrite template: `{name}` is the captured word as written,
 * `{name:base}` its base form. The result is capitalized when the finding
 * opens a sentence, and starts lower-case otherwise (except "I").
 */
export function renderRewrite(template: string, captures: ReadonlyMap<string, string>, sentenceStart: boolean): string {
  const filled = template.replace(/\{([a-zA-Z][a-zA-Z0-9_]*)(?::(base))?\}/g, (_m, name: string, transform?: string) => {
    const word = captures.get(name) ?? '';
    return transform === 'base' ? baseForm(word) : word;
  });
  if (filled === '') return filled;
  return sentenceStart ? capitalize(filled) : decapitalize(filled);
}

/** A replacement of `[start, end)` of the draft by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit that applies `suggestion` to the finding `[start, end)` of `draft`.
 * A replacement is the span itself; a removal (`''`) also takes one adjacent
 * space and a following comma, and capitalizes the next word when the
 * removed words opened the sentence, so no double spaces or stray commas remain.
 */
export function suggestionEdit(draft: string, span: { start: number; end: number }, suggestion: string): Edit {
  const { start, end } = span;
  if (suggestion !== '') return { start, end, text: suggestion };
  let s = start;
  let e = end;
  if (draft[e] === ',') e++;
  if (draft[e] === ' ') e++;
  else if (draft[s - 1] === ' ') s--;
  const before = draft.slice(0, s).trimEnd();
  const opensSentence = before === '' || /[.!?:\n]$/.test(before);
  const next = /^\p{L}/u.exec(draft.slice(e));
  if (opensSentence && next && /\p{Ll}/u.test(next[0])) {
    return { start: s, end: e + next[0].length, text: next[0].toUpperCase() };
  }
  return { start: s, end: e, text: '' };
}

/** Applies an edit to a string. */
export function applyEdit(draft: string, edit: Edit): string {
  return draft.slice(0, edit.start) + edit.text + draft.slice(edit.end);
}
