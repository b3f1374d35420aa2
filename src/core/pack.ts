/**
 * Loading rule packs: validate, merge onto the pack they extend, compile the
 * phrases into one trie. A pack that is not valid throws a `PackError`
 * listing every problem; nothing is half-loaded.
 */

import {
  CONDITIONS,
  type PatternSpec,
  type PhraseSpec,
  type RuleKind,
  type RuleOverride,
  type RulePack,
  type RuleSpec,
} from './pack-types.js';
import { parsePhrase } from './phrase.js';
import { addPhrase, createTrie, finalizeTrie, type TrieNode } from './trie.js';
import type { PackProblem, Severity } from './types.js';
import { pointer, validatePack } from './validate.js';

/** Thrown when a rule pack cannot be loaded; `problems` lists each JSON path and what is wrong there. */
export class PackError extends Error {
  constructor(
    readonly problems: PackProblem[],
    label = 'rule pack',
  ) {
    const shown = problems.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
    if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
    super(`${label} is not valid:\n${shown.join('\n')}`);
    this.name = 'PackError';
  }
}

export interface CompiledPhrase {
  match: string;
  rewrites: string[];
  severity: Severity | null;
  message: string | null;
}

export interface CompiledPattern {
  regex: RegExp;
  /** The regex has a `(?<flag>…)` group: that group, not the whole match, is the finding. */
  flagGroup: boolean;
  rewrites: string[];
  severity: Severity | null;
  message: string | null;
}

export interface CompiledRule {
  id: string;
  kind: RuleKind;
  enabled: boolean;
  label: string;
  message: string;
  why: string;
  severity: Severity;
  weight: number;
  expectedWhen: string[];
  unlessWarning: string[];
  phrases: CompiledPhrase[];
  patterns: CompiledPattern[];
}

export interface CompiledPack {
  name: string;
  description: string;
  rules: CompiledRule[];
  byId: ReadonlyMap<string, CompiledRule>;
  /** Phrases read in the draft: avoid and require rules, and the problem signal (the draft's topic). */
  trie: TrieNode;
  /** Phrases read in the customer's message: the signal rules. */
  customerTrie: TrieNode;
  score: { severity: Record<Severity, number>; repeat: number };
  /** The whole pack with every rule spelled out (`extends: "none"`): what the engine runs. */
  resolved: RulePack;
}

/** The signal whose presence means "the customer reports a problem"; also read in the draft. */
export const PROBLEM_SIGNAL = 'customer-problem';

const DEFAULT_SCORE = { severity: { hint: 3, warning: 10, error: 20 }, repeat: 0.5 };

function phraseSpec(p: string | PhraseSpec): PhraseSpec {
  return typeof p === 'string' ? { match: p } : p;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function applyOverride(spec: RuleSpec, o: RuleOverride, path: string, problems: PackProblem[]): RuleSpec {
  const out: RuleSpec = { ...spec };
  for (const k of ['enabled', 'label', 'message', 'why', 'severity', 'weight', 'expectedWhen', 'unlessWarning'] as const) {
    if (o[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = clone(o[k]);
  }
  if (o.phrases) out.phrases = clone(o.phrases);
  if (o.removePhrases) {
    const drop = new Set(o.removePhrases);
    const found = new Set<string>();
    out.phrases = (out.phrases ?? []).filter((p) => {
      const m = phraseSpec(p).match;
      if (!drop.has(m)) return true;
      found.add(m);
      return false;
    });
    o.removePhrases.forEach((m, i) => {
      if (!found.has(m)) problems.push({ path: `${path}/removePhrases/${i}`, message: `the rule has no phrase "${m}" to remove` });
    });
  }
  if (o.addPhrases) out.phrases = [...(out.phrases ?? []), ...clone(o.addPhrases)];
  if (o.patterns) out.patterns = clone(o.patterns);
  if (o.addPatterns) out.patterns = [...(out.patterns ?? []), ...clone(o.addPatterns)];
  if (o.except) out.except = clone(o.except);
  if (o.addExcept) out.except = [...(out.except ?? []), ...clone(o.addExcept)];
  return out;
}

/** Merges a validated pack onto its base, returning the resolved standalone pack. */
function merge(value: RulePack, base: RulePack | null, problems: PackProblem[]): RulePack {
  const rules: Record<string, RuleSpec> = base ? clone(base.rules as Record<string, RuleSpec>) : {};
  for (const [id, entry] of Object.entries(value.rules)) {
    const path = pointer('rules', id);
    if ('kind' in entry && entry.kind !== undefined) {
      rules[id] = clone(entry as RuleSpec);
    } else if (rules[id]) {
      rules[id] = applyOverride(rules[id], entry as RuleOverride, path, problems);
    } else {
      problems.push({ path, message: `there is no rule "${id}" to change; a new rule needs "kind" and "message"` });
    }
  }
  const score = {
    severity: { ...DEFAULT_SCORE.severity, ...base?.score?.severity, ...value.score?.severity },
    repeat: value.score?.repeat ?? base?.score?.repeat ?? DEFAULT_SCORE.repeat,
  };
  const resolved: RulePack = { name: value.name, extends: 'none', rules, score };
  if (value.description !== undefined) resolved.description = value.description;
  if (value.version !== undefined) resolved.version = value.version;
  // Cross-rule references, checked on the merged result.
  for (const [id, r] of Object.entries(rules)) {
    const where = value.rules[id] ? pointer('rules', id) : `${pointer('rules', id)} (from the pack it extends)`;
    for (const [i, cond] of (r.expectedWhen ?? []).entries()) {
      const known = cond in CONDITIONS || rules[cond]?.kind === 'signal';
      if (!known)
        problems.push({
          path: `${where}/expectedWhen/${i}`,
          message: `unknown condition "${cond}": use ${Object.keys(CONDITIONS).join(', ')} or a signal rule's id`,
        });
    }
    for (const [i, other] of (r.unlessWarning ?? []).entries()) {
      if (rules[other]?.kind !== 'avoid')
        problems.push({ path: `${where}/unlessWarning/${i}`, message: `"${other}" is not an avoid rule of this pack` });
    }
  }
  return resolved;
}

function compilePattern(p: PatternSpec): CompiledPattern {
  const flagGroup = /\(\?<flag>/.test(p.regex);
  return {
    regex: new RegExp(p.regex, `${p.flags ?? ''}g${flagGroup ? 'd' : ''}`),
    flagGroup,
    rewrites: p.rewrites ?? [],
    severity: p.severity ?? null,
    message: p.message ?? null,
  };
}

function compileRules(resolved: RulePack): { rules: CompiledRule[]; trie: TrieNode; customerTrie: TrieNode } {
  const trie = createTrie();
  const customerTrie = createTrie();
  const rules: CompiledRule[] = [];
  for (const [id, spec] of Object.entries(resolved.rules as Record<string, RuleSpec>)) {
    const rule: CompiledRule = {
      id,
      kind: spec.kind,
      enabled: spec.enabled !== false,
      label: spec.label ?? id,
      message: spec.message,
      why: spec.why ?? '',
      severity: spec.severity ?? 'warning',
      weight: spec.weight ?? 5,
      expectedWhen: spec.expectedWhen ?? ['always'],
      unlessWarning: spec.unlessWarning ?? [],
      phrases: (spec.phrases ?? []).map(phraseSpec).map((p) => ({
        match: p.match,
        rewrites: p.rewrites ?? [],
        severity: p.severity ?? null,
        message: p.message ?? null,
      })),
      patterns: (spec.patterns ?? []).map(compilePattern),
    };
    const index = rules.length;
    rules.push(rule);
    if (!rule.enabled) continue;
    const tries = rule.kind !== 'signal' ? [trie] : id === PROBLEM_SIGNAL ? [trie, customerTrie] : [customerTrie];
    for (const t of tries) {
      rule.phrases.forEach((p, phrase) => {
        addPhrase(t, parsePhrase(p.match), { rule: index, phrase, role: 'match' });
      });
      for (const e of spec.except ?? []) addPhrase(t, parsePhrase(e), { rule: index, phrase: -1, role: 'except' });
    }
  }
  finalizeTrie(trie);
  finalizeTrie(customerTrie);
  return { rules, trie, customerTrie };
}

/**
 * Validates, merges and compiles a rule pack. `base` is the pack an extending
 * pack builds on (normally the default pack). Throws `PackError`.
 */
export function compilePack(value: unknown, base: CompiledPack | null = null, label?: string): CompiledPack {
  const problems = validatePack(value);
  if (problems.length > 0) throw new PackError(problems, label);
  const pack = value as RulePack;
  const extending = pack.extends !== 'none';
  if (extending && !base) throw new PackError([{ path: '/extends', message: 'no base pack was given to extend' }], label);
  const mergeProblems: PackProblem[] = [];
  const resolved = merge(pack, extending && base ? base.resolved : null, mergeProblems);
  if (mergeProblems.length > 0) throw new PackError(mergeProblems, label);
  const { rules, trie, customerTrie } = compileRules(resolved);
  return {
    name: resolved.name,
    description: resolved.description ?? '',
    rules,
    byId: new Map(rules.map((r) => [r.id, r])),
    trie,
    customerTrie,
    score: resolved.score as CompiledPack['score'],
    resolved,
  };
}

/** Parses JSON text and compiles it as a rule pack; malformed JSON becomes a `PackError` too. */
export function parsePack(json: string, base: CompiledPack | null = null, label?: string): CompiledPack {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new PackError([{ path: '/', message: `not valid JSON: ${(e as Error).message}` }], label);
  }
  return compilePack(value, base, label);
}
