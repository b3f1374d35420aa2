/**
 * The phrase language of rule packs. A phrase is a sequence of words and
 * punctuation, matched case-insensitively, token by token:
 *
 *   `you should have {verb}`      `{verb}` is any one word, captured for rewrites
 *   `(it's|it is) our policy`     alternatives
 *   `i'm [really|so] sorry`       an optional part (with its own alternatives)
 *   `frustrat*`  `*ing`           a word by prefix or suffix
 *   `{v:receive|get|*ing}`        a captured word from a list or glob
 *   `^ no ,`                      `^` = at the start of a sentence
 *   `thanks a lot $`              `$` = followed by the end of a sentence
 *   `(well|oh) , <thanks a lot>`  only the part in `<…>` is the finding; the rest is context
 *
 * Hyphens split words (as in the text), so `follow-up` is `follow up`.
 */

import { foldCase } from './tokenize.js';

export interface Glob {
  prefix: string;
  suffix: string;
}

/** What one token must be: anything, or one of a set of words and globs. */
export type WordTest = { kind: 'any' } | { kind: 'set'; words: ReadonlySet<string>; globs: readonly Glob[] };

export type Element =
  | { t: 'lit'; key: string }
  /** One token passing `test`; `literal` when it stands for listed words (counts as specific). */
  | { t: 'slot'; name: string | null; test: WordTest; sig: string; literal: boolean }
  | { t: 'open' }
  | { t: 'close' };

export interface Sequence {
  elements: Element[];
  anchored: boolean;
  atEnd: boolean;
}

export class PhraseError extends Error {}

const MAX_SEQUENCES = 5000;
const PUNCT_CHARS = new Set([',', '.', '!', '?', ';', ':', '"', '&', '/', '…']);

type Node = Element | { t: 'alt'; options: Node[][] };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): { seq: Node[]; anchored: boolean; atEnd: boolean } {
    this.space();
    let anchored = false;
    if (this.s[this.i] === '^') {
      anchored = true;
      this.i++;
    }
    const seq = this.sequence(new Set());
    let atEnd = false;
    this.space();
    if (this.s[this.i] === '$') {
      atEnd = true;
      this.i++;
      this.space();
    }
    if (this.i < this.s.length) throw new PhraseError(`unexpected "${this.s[this.i]}" at ${this.i + 1}`);
    return { seq, anchored, atEnd };
  }

  private space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] as string)) this.i++;
  }

  private sequence(stops: ReadonlySet<string>): Node[] {
    const out: Node[] = [];
    for (;;) {
      this.space();
      const ch = this.s[this.i];
      if (ch === undefined || stops.has(ch) || ch === '$') return out;
      if (ch === '(' || ch === '[') {
        const close = ch === '(' ? ')' : ']';
        this.i++;
        const options: Node[][] = [];
        for (;;) {
          options.push(this.sequence(new Set(['|', close])));
          const c = this.s[this.i];
          if (c === '|') {
            this.i++;
            continue;
          }
          if (c === close) {
            this.i++;
            break;
          }
          throw new PhraseError(`missing "${close}"`);
        }
        const optional = ch === '[';
        const grouped = groupOptions(options);
        const only = grouped.length === 1 ? (grouped[0] as Node[]) : null;
        if (only && !optional && only.length === 1) out.push(only[0] as Node);
        else out.push({ t: 'alt', options: optional ? [...grouped, []] : grouped });
      } else if (ch === '{') {
        out.push(this.slot());
      } else if (ch === '<' || ch === '>') {
        this.i++;
        out.push({ t: ch === '<' ? 'open' : 'close' });
      } else if (ch === ')' || ch === ']' || ch === '|' || ch === '}') {
        throw new PhraseError(`unexpected "${ch}" at ${this.i + 1}`);
      } else if (ch === '^') {
        throw new PhraseError('"^" may only start a phrase');
      } else {
        out.push(...this.words());
      }
    }
  }

  private slot(): Element {
    const close = this.s.indexOf('}', this.i);
    if (close < 0) throw new PhraseError('missing "}"');
    const body = this.s.slice(this.i + 1, close).trim();
    this.i = close + 1;
    const colon = body.indexOf(':');
    const name = (colon < 0 ? body : body.slice(0, colon)).trim();
    if (name !== '' && !/^[a-z][a-z0-9_]*$/i.test(name)) throw new PhraseError(`slot name "${name}" must be a word`);
    if (name === '' && colon < 0) throw new PhraseError('"{}" needs a name or a list of words');
    if (colon < 0) return { t: 'slot', name, test: { kind: 'any' }, sig: '*', literal: false };
    const alts = body
      .slice(colon + 1)
      .split('|')
      .map((a) => normalizeWord(a.trim()));
    if (alts.some((a) => a === '' || /\s/.test(a))) throw new PhraseError(`slot "${name}" lists an empty or multi-word choice`);
    return choice(name === '' ? null : name, alts);
  }

  private words(): Element[] {
    const out: Element[] = [];
    const ch = this.s[this.i] as string;
    if (PUNCT_CHARS.has(ch) || (ch === '-' && !/[\p{L}\p{N}_'*]/u.test(this.s[this.i + 1] ?? ''))) {
      this.i++;
      out.push({ t: 'lit', key: ch === '…' ? '…' : ch });
      return out;
    }
    const m = /^[*]?[\p{L}\p{N}_'’\u02bc-]+[*]?|^[*]/u.exec(this.s.slice(this.i));
    if (!m) throw new PhraseError(`unexpected "${ch}" at ${this.i + 1}`);
    this.i += m[0].length;
    if (/^[\p{L}\p{N}_'*]/u.test(this.s.slice(this.i))) throw new PhraseError(`"*" may only start or end a word (at ${this.i})`);
    for (const part of m[0].split('-')) {
      if (part === '') continue;
      const w = normalizeWord(part);
      if (w === '*') out.push({ t: 'slot', name: null, test: { kind: 'any' }, sig: '*', literal: false });
      else if (w.includes('*')) out.push(choice(null, [w]));
      else out.push({ t: 'lit', key: w });
    }
    return out;
  }
}

function normalizeWord(w: string): string {
  return foldCase(w).replace(/[\u2018\u2019\u02bc]/g, "'");
}

function glob(w: string): Glob | null {
  const star = w.indexOf('*');
  const last = w.lastIndexOf('*');
  if (star > 0 && star < w.length - 1) throw new PhraseError(`"*" may only start or end "${w}"`);
  if (star !== last && !(star === 0 && last === w.length - 1)) throw new PhraseError(`"*" may only start or end "${w}"`);
  const core = w.replace(/^\*|\*$/g, '');
  if (core.includes('*')) throw new PhraseError(`"*" may only start or end "${w}"`);
  if (core === '') return null;
  return star === 0 && last !== w.length - 1
    ? { prefix: '', suffix: core }
    : star === 0
      ? { prefix: '', suffix: '' }
      : { prefix: core, suffix: '' };
}

/** One token from a list of words and globs (`frustrat*`, `*ing`). */
function choice(name: string | null, alts: readonly string[]): Element {
  const words = new Set<string>();
  const globs: Glob[] = [];
  for (const a of alts) {
    if (!a.includes('*')) {
      words.add(a);
      continue;
    }
    const g = glob(a);
    if (g === null) return { t: 'slot', name, test: { kind: 'any' }, sig: '*', literal: false };
    globs.push(g);
  }
  const sig = `${[...words].sort().join('|')}#${globs
    .map((g) => `${g.prefix}*${g.suffix}`)
    .sort()
    .join('|')}`;
  return { t: 'slot', name, test: { kind: 'set', words, globs }, sig, literal: globs.length === 0 || words.size > 0 };
}

/** The word or glob a one-token option stands for, or null for anything else. */
function singleWord(option: Node[]): string | null {
  if (option.length !== 1) return null;
  const e = option[0] as Node;
  if (e.t === 'lit' && /^[\p{L}\p{N}_']/u.test(e.key)) return e.key;
  if (e.t === 'slot' && e.name === null && e.test.kind === 'set' && e.test.words.size === 0 && e.test.globs.length === 1) {
    const g = e.test.globs[0] as Glob;
    return g.prefix ? `${g.prefix}*` : `*${g.suffix}`;
  }
  return null;
}

/**
 * Regroups `(a|b|frustrat*|go on)` so that its one-word options become a
 * single trie edge (`{a|b|frustrat*}`) beside the longer ones: alternatives
 * then add branches to the trie, not copies of the whole phrase.
 */
function groupOptions(options: Node[][]): Node[][] {
  const words: string[] = [];
  const rest: Node[][] = [];
  for (const o of options) {
    const w = singleWord(o);
    if (w === null) rest.push(o);
    else words.push(w);
  }
  if (words.length < 2) return options;
  return [[choice(null, words)], ...rest];
}

function expand(nodes: Node[]): Element[][] {
  let acc: Element[][] = [[]];
  for (const node of nodes) {
    if (node.t === 'alt') {
      const next: Element[][] = [];
      for (const option of node.options) {
        for (const tail of expand(option)) {
          for (const head of acc) {
            next.push([...head, ...tail]);
            if (next.length > MAX_SEQUENCES) throw new PhraseError(`expands to more than ${MAX_SEQUENCES} phrases`);
          }
        }
      }
      acc = next;
    } else {
      for (const seq of acc) seq.push(node);
    }
  }
  return acc;
}

const cache = new Map<string, Sequence[]>();
const CACHE_LIMIT = 20_000;

/**
 * Parses a phrase into the token sequences it matches. Throws `PhraseError`
 * with a readable message. Results are cached: packs share most phrases.
 */
export function parsePhrase(source: string): Sequence[] {
  const cached = cache.get(source);
  if (cached) return cached;
  const parsed = parseUncached(source);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, parsed);
  return parsed;
}

function parseUncached(source: string): Sequence[] {
  if (typeof source !== 'string' || source.trim() === '') throw new PhraseError('is empty');
  const { seq, anchored, atEnd } = new Parser(source).parse();
  const sequences = expand(seq).filter((s) => s.some((e) => e.t === 'lit' || e.t === 'slot'));
  if (sequences.length === 0) throw new PhraseError('matches nothing');
  for (const s of sequences) {
    const marks = s.filter((e) => e.t === 'open' || e.t === 'close').map((e) => e.t);
    if (marks.length !== 0 && (marks.length !== 2 || marks[0] !== 'open' || marks[1] !== 'close'))
      throw new PhraseError('needs one "<" before one ">" around the flagged words');
    const open = s.findIndex((e) => e.t === 'open');
    if (open >= 0 && s[open + 1]?.t === 'close') throw new PhraseError('flags nothing between "<" and ">"');
  }
  const names = new Set<string>();
  for (const s of sequences) {
    const seen = new Set<string>();
    for (const e of s) {
      if (e.t === 'slot' && e.name) {
        if (seen.has(e.name)) throw new PhraseError(`slot "{${e.name}}" appears twice`);
        seen.add(e.name);
        names.add(e.name);
      }
    }
  }
  return sequences.map((elements) => ({ elements, anchored, atEnd }));
}

/** The slot names a phrase captures (for checking that rewrites only use known slots). */
export function slotNames(sequences: readonly Sequence[]): Set<string> {
  const names = new Set<string>();
  for (const s of sequences) for (const e of s.elements) if (e.t === 'slot' && e.name) names.add(e.name);
  return names;
}

/** Whether a token key passes a word test. */
export function testWord(test: WordTest, key: string): boolean {
  if (test.kind === 'any') return true;
  if (test.words.has(key)) return true;
  for (const g of test.globs) if (matchesGlob(g, key)) return true;
  return false;
}

/** Whether a token key matches a glob (`frustrat*` needs at least one more letter). */
export function matchesGlob(g: Glob, key: string): boolean {
  return key.length > g.prefix.length + g.suffix.length && key.startsWith(g.prefix) && key.endsWith(g.suffix);
}
