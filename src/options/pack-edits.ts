/**
 * Edits to a team's rule pack, as the options page makes them. A team's pack
 * is an overlay on a base pack (the default pack, or a subscribed or managed
 * one), so each edit writes the smallest overlay that says it: a value equal
 * to the base's is dropped rather than stored, and a rule entry left empty
 * goes. That keeps packs readable when exported and small in `storage.sync`.
 * Every function changes the pack it is given; callers work on a copy.
 */

import type { CompiledPack, CompiledRule, RuleOverride, RulePack, RuleSpec, Severity } from '../core/index.js';
import type { PatternSpec, PhraseSpec } from '../core/pack-types.js';

/** Whether the pack defines this rule itself (a new check) rather than changing the base's. */
export function isOwnRule(pack: RulePack, id: string): boolean {
  const entry = pack.rules[id];
  return entry !== undefined && 'kind' in entry && entry.kind !== undefined;
}

function ownSpec(pack: RulePack, id: string): RuleSpec | null {
  return isOwnRule(pack, id) ? (pack.rules[id] as RuleSpec) : null;
}

function overrideOf(pack: RulePack, id: string): RuleOverride {
  pack.rules[id] ??= {};
  return pack.rules[id] as RuleOverride;
}

/** Drops a change-entry that no longer changes anything. */
function tidy(pack: RulePack, id: string): void {
  const entry = pack.rules[id];
  if (!entry || isOwnRule(pack, id)) return;
  const o = entry as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) if (v === undefined || (Array.isArray(v) && v.length === 0)) delete o[k];
  if (Object.keys(o).length === 0) delete pack.rules[id];
}

/** Sets one field of a rule: on the rule itself when the team wrote it, else as a change that is dropped when it equals the base. */
function setField<K extends 'enabled' | 'severity' | 'weight'>(
  pack: RulePack,
  base: CompiledPack,
  id: string,
  key: K,
  value: RuleSpec[K],
  baseValue: (r: CompiledRule) => RuleSpec[K],
): void {
  const own = ownSpec(pack, id);
  if (own) {
    own[key] = value;
    if (key === 'enabled' && value === true) delete own.enabled;
    return;
  }
  const o = overrideOf(pack, id);
  const rule = base.byId.get(id);
  if (rule && baseValue(rule) === value) delete o[key];
  else o[key] = value;
  tidy(pack, id);
}

export function setEnabled(pack: RulePack, base: CompiledPack, id: string, enabled: boolean): void {
  setField(pack, base, id, 'enabled', enabled, (r) => r.enabled);
}

export function setSeverity(pack: RulePack, base: CompiledPack, id: string, severity: Severity): void {
  setField(pack, base, id, 'severity', severity, (r) => r.severity);
}

export function setWeight(pack: RulePack, base: CompiledPack, id: string, weight: number): void {
  setField(pack, base, id, 'weight', weight, (r) => r.weight);
}

/** One phrase as the editor lists it: where it comes from decides how it is removed. */
export interface PhraseView {
  match: string;
  rewrites: string[];
  /** `base`: from the pack the team builds on; `team`: the team's own. */
  origin: 'base' | 'team';
}

/** One pattern (regular expression) as the editor lists it. */
export interface PatternView {
  regex: string;
  flags: string;
  rewrites: string[];
  origin: 'base' | 'team';
}

export interface RuleMatchers {
  phrases: PhraseView[];
  /** Base phrases the team removed (they can be put back). */
  removed: PhraseView[];
  patterns: PatternView[];
}

const view = (p: string | PhraseSpec, origin: PhraseView['origin']): PhraseView => {
  const spec = typeof p === 'string' ? { match: p } : p;
  return { match: spec.match, rewrites: spec.rewrites ?? [], origin };
};

const patternView = (p: PatternSpec, origin: PatternView['origin']): PatternView => ({
  regex: p.regex,
  flags: p.flags ?? '',
  rewrites: p.rewrites ?? [],
  origin,
});

/** The phrases and patterns a rule matches with in the team's pack, and which are the team's own. */
export function matchersOf(pack: RulePack, base: CompiledPack, id: string): RuleMatchers {
  const own = ownSpec(pack, id);
  if (own) {
    return {
      phrases: (own.phrases ?? []).map((p) => view(p, 'team')),
      removed: [],
      patterns: (own.patterns ?? []).map((p) => patternView(p, 'team')),
    };
  }
  const o = (pack.rules[id] ?? {}) as RuleOverride;
  const rule = base.byId.get(id);
  const drop = new Set(o.removePhrases ?? []);
  const start = o.phrases
    ? o.phrases.map((p) => view(p, 'team'))
    : (rule?.phrases ?? []).map((p) => view({ match: p.match, rewrites: p.rewrites }, 'base'));
  const basePatterns = o.patterns
    ? o.patterns.map((p) => patternView(p, 'team'))
    : (rule?.patterns ?? []).map((p) => ({
        regex: p.regex.source,
        flags: p.regex.flags.replace(/[gd]/g, ''),
        rewrites: p.rewrites,
        origin: 'base' as const,
      }));
  return {
    phrases: [...start.filter((p) => !drop.has(p.match)), ...(o.addPhrases ?? []).map((p) => view(p, 'team'))],
    removed: start.filter((p) => drop.has(p.match)),
    patterns: [...basePatterns, ...(o.addPatterns ?? []).map((p) => patternView(p, 'team'))],
  };
}

const matchOf = (p: string | PhraseSpec) => (typeof p === 'string' ? p : p.match);

/** Removes a phrase: the team's own goes from its list; one of the base's is listed in `removePhrases`. */
export function removePhrase(pack: RulePack, id: string, phrase: Pick<PhraseView, 'match' | 'origin'>): void {
  const own = ownSpec(pack, id);
  if (own) {
    own.phrases = (own.phrases ?? []).filter((p) => matchOf(p) !== phrase.match);
    return;
  }
  const o = overrideOf(pack, id);
  if (phrase.origin === 'team') {
    o.addPhrases = (o.addPhrases ?? []).filter((p) => matchOf(p) !== phrase.match);
    if (o.phrases) o.phrases = o.phrases.filter((p) => matchOf(p) !== phrase.match);
  } else if (!(o.removePhrases ?? []).includes(phrase.match)) {
    o.removePhrases = [...(o.removePhrases ?? []), phrase.match];
  }
  tidy(pack, id);
}

/** Puts back a base phrase the team removed. */
export function restorePhrase(pack: RulePack, id: string, match: string): void {
  const o = overrideOf(pack, id);
  o.removePhrases = (o.removePhrases ?? []).filter((m) => m !== match);
  tidy(pack, id);
}

/** Adds a phrase (with its rewrites) to a rule. */
export function addPhrase(pack: RulePack, id: string, phrase: PhraseSpec): void {
  const spec: PhraseSpec = phrase.rewrites?.length ? phrase : { match: phrase.match };
  const own = ownSpec(pack, id);
  if (own) own.phrases = [...(own.phrases ?? []), spec];
  else {
    const o = overrideOf(pack, id);
    o.addPhrases = [...(o.addPhrases ?? []), spec];
  }
}

/** Removes one of the team's own patterns (base patterns stay: a pack can only replace them all). */
export function removePattern(pack: RulePack, id: string, regex: string): void {
  const own = ownSpec(pack, id);
  if (own) {
    own.patterns = (own.patterns ?? []).filter((p) => p.regex !== regex);
    return;
  }
  const o = overrideOf(pack, id);
  o.addPatterns = (o.addPatterns ?? []).filter((p) => p.regex !== regex);
  tidy(pack, id);
}

/** Points one finding of a severity costs; a value equal to the base's is dropped. */
export function setSeverityPoints(pack: RulePack, base: CompiledPack, severity: Severity, points: number): void {
  const score = { ...pack.score, severity: { ...pack.score?.severity } };
  if (base.score.severity[severity] === points) delete score.severity[severity];
  else score.severity[severity] = points;
  if (Object.keys(score.severity).length === 0) delete (score as { severity?: unknown }).severity;
  if (Object.keys(score).length === 0) delete pack.score;
  else pack.score = score;
}

/** An id for a new check, `custom-<slug of name>`, not used by the pack or its base. */
export function customRuleId(pack: RulePack, base: CompiledPack, name: string): string {
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'check';
  const taken = (id: string) => id in pack.rules || base.byId.has(id);
  let id = `custom-${slug}`;
  for (let n = 2; taken(id); n++) id = `custom-${slug}-${n}`;
  return id;
}

/** Adds a check the team wrote itself. */
export function addRule(pack: RulePack, id: string, spec: RuleSpec): void {
  pack.rules[id] = spec;
}

/** Deletes a check the team wrote itself. */
export function deleteRule(pack: RulePack, id: string): void {
  if (isOwnRule(pack, id)) delete pack.rules[id];
}
