/**
 * The rule-pack format as JSON. `schema/rule-pack.schema.json` publishes the
 * same shape for editors and other tools; `validatePack` is what the engine
 * trusts.
 */

import type { Severity } from './types.js';

/** The rule kinds the engine knows. */
export type RuleKind = 'avoid' | 'require' | 'signal';

/** A phrase with its own rewrites (and, optionally, its own severity or message). */
export interface PhraseSpec {
  match: string;
  rewrites?: string[];
  severity?: Severity;
  message?: string;
}

/** A regular expression matcher, for what phrases cannot say (capitals, ticket numbers). */
export interface PatternSpec {
  regex: string;
  /** Any of `i`, `m`, `s`, `u`. */
  flags?: string;
  rewrites?: string[];
  severity?: Severity;
  message?: string;
}

/** A complete rule: needed for every rule of a standalone pack and for new rules in an extending one. */
export interface RuleSpec {
  kind: RuleKind;
  enabled?: boolean;
  /** A short name for lists and settings ("Thank the customer"). */
  label?: string;
  message: string;
  why?: string;
  /** `avoid` rules: the default severity of their findings. */
  severity?: Severity;
  phrases?: Array<string | PhraseSpec>;
  patterns?: PatternSpec[];
  /** Phrases that, where they overlap a match of this rule, cancel it. */
  except?: string[];
  /** `require` rules: when the reminder is expected (any condition true). */
  expectedWhen?: string[];
  /** `require` rules: score points lost when expected and missing. */
  weight?: number;
  /** `require` rules: a match overlapping a warning of these rules does not count. */
  unlessWarning?: string[];
}

/** Changes to a rule of the pack being extended. */
export interface RuleOverride {
  enabled?: boolean;
  label?: string;
  message?: string;
  why?: string;
  severity?: Severity;
  phrases?: Array<string | PhraseSpec>;
  addPhrases?: Array<string | PhraseSpec>;
  /** `match` strings of phrases to drop. */
  removePhrases?: string[];
  patterns?: PatternSpec[];
  addPatterns?: PatternSpec[];
  except?: string[];
  addExcept?: string[];
  expectedWhen?: string[];
  weight?: number;
  unlessWarning?: string[];
}

export interface ScoreSpec {
  /** Points one finding of each severity costs. */
  severity?: Partial<Record<Severity, number>>;
  /** Each further finding of the same check costs this fraction of the previous one (0-1). */
  repeat?: number;
}

export interface RulePack {
  $schema?: string;
  name: string;
  description?: string;
  version?: string | number;
  /** `default` (the default) builds on Tactful's default pack; `none` stands alone. */
  extends?: 'default' | 'none';
  rules: Record<string, RuleSpec | RuleOverride>;
  score?: ScoreSpec;
}

/** Conditions `expectedWhen` may name besides signal ids. */
export const CONDITIONS = {
  always: 'every reply',
  problem: 'the customer reports a problem (without a customer message: the draft talks about one)',
  'brief-problem': 'the customer reports a problem in fewer than 15 words, so details are likely missing',
  substantive: 'the draft has at least eight words',
} as const;
