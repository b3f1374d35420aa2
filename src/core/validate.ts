/**
 * Checks that a value has the shape of a rule pack, collecting every problem
 * with its JSON Pointer rather than stopping at the first.
 */

import { PhraseError, parsePhrase, type Sequence, slotNames } from './phrase.js';
import type { PackProblem, Severity } from './types.js';

type Obj = Record<string, unknown>;

const SEVERITY_SET = new Set<string>(['hint', 'warning', 'error']);
const KINDS = new Set(['avoid', 'require', 'signal']);
export const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_TEXT = 2000;
const MAX_LIST = 2000;
const MAX_RULES = 500;
const MAX_REGEX = 500;

const SPEC_KEYS = new Set([
  'kind',
  'enabled',
  'label',
  'message',
  'why',
  'severity',
  'phrases',
  'patterns',
  'except',
  'expectedWhen',
  'weight',
  'unlessWarning',
]);
const OVERRIDE_KEYS = new Set([...[...SPEC_KEYS].filter((k) => k !== 'kind'), 'addPhrases', 'removePhrases', 'addPatterns', 'addExcept']);
const PACK_KEYS = new Set(['$schema', 'name', 'description', 'version', 'extends', 'rules', 'score']);

/** Escapes one JSON Pointer segment. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Checker {
  readonly problems: PackProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path: path || '/', message });
  }

  unknownKeys(o: Obj, allowed: ReadonlySet<string>, path: string): void {
    for (const k of Object.keys(o)) if (!allowed.has(k)) this.add(pointer(...split(path), k), `unknown property "${k}"`);
  }

  text(v: unknown, path: string, opts: { required?: boolean; max?: number } = {}): v is string {
    if (v === undefined) {
      if (opts.required) this.add(path, 'is required');
      return false;
    }
    if (typeof v !== 'string') return this.fail(path, `must be a string, not ${describe(v)}`);
    if (opts.required && v.trim() === '') return this.fail(path, 'must not be empty');
    if (v.length > (opts.max ?? MAX_TEXT)) return this.fail(path, `is longer than ${opts.max ?? MAX_TEXT} characters`);
    return true;
  }

  list(v: unknown, path: string): v is unknown[] {
    if (v === undefined) return false;
    if (!Array.isArray(v)) return this.fail(path, `must be an array, not ${describe(v)}`);
    if (v.length > MAX_LIST) return this.fail(path, `has more than ${MAX_LIST} items`);
    return true;
  }

  severity(v: unknown, path: string): void {
    if (v !== undefined && !(typeof v === 'string' && SEVERITY_SET.has(v)))
      this.add(path, `must be "hint", "warning" or "error", not ${describe(v)}`);
  }

  number(v: unknown, path: string, min: number, max: number): void {
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      this.add(path, `must be a number from ${min} to ${max}, not ${describe(v)}`);
  }

  fail(path: string, message: string): false {
    this.add(path, message);
    return false;
  }
}

function split(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/');
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** Parses a phrase, recording a problem at `path` if it does not parse. */
function phrase(c: Checker, v: unknown, path: string): Sequence[] | null {
  if (!c.text(v, path, { required: true, max: 500 })) return null;
  try {
    return parsePhrase(v);
  } catch (e) {
    if (e instanceof PhraseError) c.add(path, `phrase ${e.message}`);
    else throw e;
    return null;
  }
}

function rewrites(c: Checker, v: unknown, path: string, slots: ReadonlySet<string> | null): void {
  if (!c.list(v, path)) return;
  v.forEach((r, i) => {
    if (!c.text(r, pointer(...split(path), i), { max: 300 })) return;
    for (const m of r.matchAll(/\{([^}]*)\}/g)) {
      const [name, transform] = (m[1] as string).split(':');
      if (slots === null || !slots.has(name as string))
        c.add(pointer(...split(path), i), `uses {${m[1]}} but the phrase has no slot {${name}}`);
      else if (transform !== undefined && transform !== 'base')
        c.add(pointer(...split(path), i), `unknown transform ":${transform}" (only ":base" exists)`);
    }
  });
}

function phraseList(c: Checker, v: unknown, path: string): void {
  if (!c.list(v, path)) return;
  v.forEach((item, i) => {
    const p = pointer(...split(path), i);
    if (typeof item === 'string') {
      phrase(c, item, p);
      return;
    }
    if (!isObj(item)) {
      c.add(p, `must be a phrase string or an object with "match", not ${describe(item)}`);
      return;
    }
    c.unknownKeys(item, new Set(['match', 'rewrites', 'severity', 'message']), p);
    const seqs = phrase(c, item.match, `${p}/match`);
    if (seqs) rewrites(c, item.rewrites, `${p}/rewrites`, commonSlots(seqs));
    c.severity(item.severity, `${p}/severity`);
    c.text(item.message, `${p}/message`);
  });
}

/** Slots present in every expansion of a phrase: only those are safe in rewrites. */
function commonSlots(seqs: Sequence[]): Set<string> {
  const [first, ...rest] = seqs.map((s) => slotNames([s]));
  const common = first ?? new Set<string>();
  for (const names of rest) for (const n of [...common]) if (!names.has(n)) common.delete(n);
  return common;
}

function patternList(c: Checker, v: unknown, path: string): void {
  if (!c.list(v, path)) return;
  v.forEach((item, i) => {
    const p = pointer(...split(path), i);
    if (!isObj(item)) {
      c.add(p, `must be an object with "regex", not ${describe(item)}`);
      return;
    }
    c.unknownKeys(item, new Set(['regex', 'flags', 'rewrites', 'severity', 'message']), p);
    if (item.flags !== undefined && (typeof item.flags !== 'string' || !/^[imsu]*$/.test(item.flags)))
      c.add(`${p}/flags`, `must use only the flags i, m, s and u, not ${describe(item.flags)}`);
    if (c.text(item.regex, `${p}/regex`, { required: true, max: MAX_REGEX })) {
      try {
        const re = new RegExp(item.regex, `${typeof item.flags === 'string' && /^[imsu]*$/.test(item.flags) ? item.flags : ''}g`);
        if (re.test('')) c.add(`${p}/regex`, 'matches empty text; it would flag everything');
      } catch (e) {
        c.add(`${p}/regex`, `is not a valid regular expression: ${(e as Error).message}`);
      }
    }
    rewrites(c, item.rewrites, `${p}/rewrites`, null);
    c.severity(item.severity, `${p}/severity`);
    c.text(item.message, `${p}/message`);
  });
}

function stringList(c: Checker, v: unknown, path: string, each: (s: string, p: string) => void): void {
  if (!c.list(v, path)) return;
  v.forEach((s, i) => {
    const p = pointer(...split(path), i);
    if (c.text(s, p, { required: true, max: 500 })) each(s, p);
  });
}

function rule(c: Checker, id: string, v: unknown, extending: boolean): void {
  const p = pointer('rules', id);
  if (!RULE_ID.test(id)) c.add(p, 'rule ids are lower-case words joined by hyphens, like "mention-ticket"');
  if (!isObj(v)) {
    c.add(p, `must be an object, not ${describe(v)}`);
    return;
  }
  const isSpec = v.kind !== undefined || !extending;
  c.unknownKeys(v, isSpec ? SPEC_KEYS : OVERRIDE_KEYS, p);
  if (isSpec) {
    if (v.kind === undefined) c.add(`${p}/kind`, 'is required (one of "avoid", "require", "signal")');
    else if (typeof v.kind !== 'string' || !KINDS.has(v.kind))
      c.add(`${p}/kind`, `must be "avoid", "require" or "signal", not ${describe(v.kind)}`);
    c.text(v.message, `${p}/message`, { required: true });
    if (v.phrases === undefined && v.patterns === undefined) c.add(p, 'needs "phrases" or "patterns"');
  } else {
    c.text(v.message, `${p}/message`);
    phraseList(c, v.addPhrases, `${p}/addPhrases`);
    stringList(c, v.removePhrases, `${p}/removePhrases`, () => {});
    patternList(c, v.addPatterns, `${p}/addPatterns`);
    stringList(c, v.addExcept, `${p}/addExcept`, (s, sp) => phrase(c, s, sp));
  }
  if (v.enabled !== undefined && typeof v.enabled !== 'boolean') c.add(`${p}/enabled`, 'must be true or false');
  c.text(v.label, `${p}/label`, { max: 80 });
  c.text(v.why, `${p}/why`);
  c.severity(v.severity, `${p}/severity`);
  phraseList(c, v.phrases, `${p}/phrases`);
  patternList(c, v.patterns, `${p}/patterns`);
  stringList(c, v.except, `${p}/except`, (s, sp) => phrase(c, s, sp));
  stringList(c, v.expectedWhen, `${p}/expectedWhen`, () => {});
  stringList(c, v.unlessWarning, `${p}/unlessWarning`, () => {});
  c.number(v.weight, `${p}/weight`, 0, 100);
}

/**
 * Checks the shape of a rule pack. Returns every problem found; an empty list
 * means the value can be merged and compiled. (Cross-rule checks, such as an
 * override naming a rule that does not exist, happen when merging.)
 */
export function validatePack(value: unknown): PackProblem[] {
  const c = new Checker();
  if (!isObj(value)) {
    c.add('/', `a rule pack must be a JSON object, not ${describe(value)}`);
    return c.problems;
  }
  c.unknownKeys(value, PACK_KEYS, '');
  c.text(value.name, '/name', { required: true, max: 100 });
  c.text(value.description, '/description');
  c.text(value.$schema, '/$schema');
  if (value.version !== undefined && typeof value.version !== 'string' && typeof value.version !== 'number')
    c.add('/version', 'must be a string or a number');
  if (value.extends !== undefined && value.extends !== 'default' && value.extends !== 'none')
    c.add('/extends', `must be "default" or "none", not ${describe(value.extends)}`);
  const extending = value.extends !== 'none';
  if (!isObj(value.rules)) {
    c.add('/rules', value.rules === undefined ? 'is required' : `must be an object, not ${describe(value.rules)}`);
  } else {
    const ids = Object.keys(value.rules);
    if (ids.length > MAX_RULES) c.add('/rules', `has more than ${MAX_RULES} rules`);
    for (const id of ids.slice(0, MAX_RULES)) rule(c, id, value.rules[id], extending);
  }
  if (value.score !== undefined) {
    if (!isObj(value.score)) c.add('/score', 'must be an object');
    else {
      c.unknownKeys(value.score, new Set(['severity', 'repeat']), '/score');
      const sev = value.score.severity;
      if (sev !== undefined) {
        if (!isObj(sev)) c.add('/score/severity', 'must be an object');
        else {
          c.unknownKeys(sev, SEVERITY_SET, '/score/severity');
          for (const s of SEVERITY_SET) c.number(sev[s as Severity], `/score/severity/${s}`, 0, 100);
        }
      }
      c.number(value.score.repeat, '/score/repeat', 0, 1);
    }
  }
  return c.problems;
}
