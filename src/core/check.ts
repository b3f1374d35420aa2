/**
 * Checks one draft against a compiled pack: masks the quoted thread and the
 * signature, scans the text once with the pack's trie, runs the few regex
 * patterns, then decides warnings, reminders, signals and the score.
 */

import { applyMasks, findMasks } from './mask.js';
import { type CompiledPack, type CompiledRule, PROBLEM_SIGNAL } from './pack.js';
import { renderRewrite } from './rewrite.js';
import { scoreDraft } from './score.js';
import { foldCase, type Tokens, tokenize } from './tokenize.js';
import { scan, type TrieNode } from './trie.js';
import type { CheckInput, CheckResult, Reminder, Severity, Signal, Warning } from './types.js';

const BRIEF_WORDS = 15;
const SUBSTANTIVE_WORDS = 8;
const SEVERITY_RANK: Record<Severity, number> = { hint: 0, warning: 1, error: 2 };
type Kinds = ReadonlySet<CompiledRule['kind']>;
const DRAFT_KINDS: Kinds = new Set(['avoid', 'require', 'signal']);
const DRAFT_PATTERN_KINDS: Kinds = new Set(['avoid', 'require']);
const CUSTOMER_KINDS: Kinds = new Set(['signal']);
const NO_CAPTURES: ReadonlyMap<string, string> = new Map();

interface Span {
  start: number;
  end: number;
}

interface Candidate extends Span {
  rule: CompiledRule;
  ruleIndex: number;
  severity: Severity;
  message: string;
  rewrites: string[];
  captures: ReadonlyMap<string, string>;
  sentenceStart: boolean;
  specificity: number;
  /** Found by a regex pattern rather than a phrase. */
  fromPattern: boolean;
}

/** What a scan of one text found, grouped by rule index. */
interface Found {
  tokens: Tokens;
  matches: Map<number, Candidate[]>;
  excepts: Map<number, Span[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sentence start for a regex match: only spaces, quotes or brackets since the last sentence end. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '(' || ch === '\u201c') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === '\r';
  }
  return true;
}

/**
 * Scans one text: phrases of the rules of `kinds` through the trie, then the
 * regex patterns of the rules of `patternKinds` (a subset: the draft needs
 * no customer-signal regexes).
 */
function scanText(
  pack: CompiledPack,
  trie: TrieNode,
  text: string,
  kinds: ReadonlySet<CompiledRule['kind']>,
  patternKinds: ReadonlySet<CompiledRule['kind']> = kinds,
): Found {
  const tokens = tokenize(text, foldCase(text));
  const matches = new Map<number, Candidate[]>();
  const excepts = new Map<number, Span[]>();
  scan(trie, tokens, (hit) => {
    const t = hit.terminal;
    const rule = pack.rules[t.rule] as CompiledRule;
    if (!kinds.has(rule.kind)) return;
    const first = t.mark ? hit.first + t.mark[0] : hit.first;
    const last = t.mark ? hit.first + t.mark[1] - 1 : hit.last;
    const span = { start: tokens.start[first] as number, end: tokens.end[last] as number };
    if (t.role === 'except') {
      push(excepts, t.rule, span);
      return;
    }
    const phrase = rule.phrases[t.phrase];
    let captures = NO_CAPTURES;
    if (t.captures.length > 0) {
      const found = new Map<string, string>();
      for (const [name, depth] of t.captures) {
        const k = hit.first + depth;
        found.set(name, text.slice(tokens.start[k], tokens.end[k]));
      }
      captures = found;
    }
    // Spelled out, not spread: this runs for every hit and a spread is ~50× slower here.
    push(matches, t.rule, {
      start: span.start,
      end: span.end,
      rule,
      ruleIndex: t.rule,
      severity: phrase?.severity ?? rule.severity,
      message: phrase?.message ?? rule.message,
      rewrites: phrase?.rewrites ?? [],
      captures,
      sentenceStart: tokens.sentenceStart[first] === 1,
      specificity: t.literals,
      fromPattern: false,
    });
  });
  // Patterns: one regex pass each, over the same (masked) text.
  pack.rules.forEach((rule, ruleIndex) => {
    if (!rule.enabled || rule.patterns.length === 0 || !patternKinds.has(rule.kind)) return;
    for (const p of rule.patterns) {
      p.regex.lastIndex = 0;
      for (let m = p.regex.exec(text); m !== null; m = p.regex.exec(text)) {
        if (m[0].length === 0) {
          p.regex.lastIndex++;
          continue;
        }
        const group = p.flagGroup ? m.indices?.groups?.flag : undefined;
        const start = group ? group[0] : m.index;
        const end = group ? group[1] : m.index + m[0].length;
        if (end <= start) continue;
        push(matches, ruleIndex, {
          start,
          end,
          rule,
          ruleIndex,
          severity: p.severity ?? rule.severity,
          message: p.message ?? rule.message,
          rewrites: p.rewrites,
          captures: NO_CAPTURES,
          sentenceStart: opensSentence(text, start),
          specificity: 0,
          fromPattern: true,
        });
      }
    }
  });
  return { tokens, matches, excepts };
}

/** Per rule: drop matches an exception covers, then keep the longest, most specific of overlapping ones. */
function bestMatches(found: Found): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>();
  for (const [ruleIndex, list] of found.matches) {
    const except = found.excepts.get(ruleIndex) ?? [];
    const kept = list
      .filter((c) => !except.some((e) => overlaps(e, c)))
      .sort((a, b) => a.start - b.start || b.end - a.end || b.specificity - a.specificity);
    const chosen: Candidate[] = [];
    for (const c of kept) {
      const last = chosen[chosen.length - 1];
      if (last && overlaps(last, c)) {
        if (c.end - c.start > last.end - last.start) chosen[chosen.length - 1] = c;
        continue;
      }
      chosen.push(c);
    }
    if (chosen.length > 0) out.set(ruleIndex, chosen);
  }
  return out;
}

/**
 * Across rules: a phrase finding inside another rule's longer phrase finding
 * says the same thing twice and is dropped ("you must have" is blame, not a
 * directive); on equal spans the stronger wins. Pattern findings (capitals,
 * "!!!") are about form, so they never hide a phrase finding.
 */
function resolveAcrossRules(cands: Candidate[]): Candidate[] {
  cands.sort(
    (a, b) => a.start - b.start || b.end - a.end || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.ruleIndex - b.ruleIndex,
  );
  const out: Candidate[] = [];
  let cover: Candidate | null = null;
  for (const c of cands) {
    if (cover && c.start >= cover.start && c.end <= cover.end && !c.fromPattern) continue;
    out.push(c);
    if (!c.fromPattern && (!cover || c.end > cover.end)) cover = c;
  }
  return out;
}

function toWarning(draft: string, c: Candidate): Warning {
  return {
    rule: c.rule.id,
    start: c.start,
    end: c.end,
    text: draft.slice(c.start, c.end),
    severity: c.severity,
    message: c.message,
    why: c.rule.why,
    suggestions: [...new Set(c.rewrites.map((r) => renderRewrite(r, c.captures, c.sentenceStart)))],
  };
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * Checks a draft reply. Never throws for any string input; every warning's
 * `text` is `draft.slice(start, end)`.
 */
export function checkDraft(input: CheckInput, pack: CompiledPack): CheckResult {
  const draft = asText(input?.draft);
  const customer = asText(input?.customer);
  const masked = applyMasks(draft, findMasks(draft));
  const found = scanText(pack, pack.trie, masked, DRAFT_KINDS, DRAFT_PATTERN_KINDS);
  const best = bestMatches(found);

  const candidates: Candidate[] = [];
  for (const [i, list] of best) if ((pack.rules[i] as CompiledRule).kind === 'avoid') candidates.push(...list);
  const warnings = resolveAcrossRules(candidates).map((c) => toWarning(draft, c));

  // Signals: from the customer's message, or (for the problem signal only) guessed from the draft.
  const signals: Signal[] = [];
  let customerWords = 0;
  if (customer.trim() !== '') {
    const maskedCustomer = applyMasks(customer, findMasks(customer));
    const fc = scanText(pack, pack.customerTrie, maskedCustomer, CUSTOMER_KINDS);
    customerWords = fc.tokens.words;
    for (const [i, list] of bestMatches(fc)) {
      const first = list[0] as Candidate;
      signals.push({ id: (pack.rules[i] as CompiledRule).id, evidence: customer.slice(first.start, first.end), source: 'customer' });
    }
  } else {
    for (const [i, list] of best) {
      const rule = pack.rules[i] as CompiledRule;
      if (rule.kind === 'signal' && rule.id === PROBLEM_SIGNAL) {
        const first = list[0] as Candidate;
        signals.push({ id: rule.id, evidence: draft.slice(first.start, first.end), source: 'draft' });
      }
    }
  }
  const signalIds = new Set(signals.map((s) => s.id));
  const customerSignal = (id: string): boolean => signals.some((s) => s.id === id && s.source === 'customer');
  const condition = (cond: string): boolean => {
    switch (cond) {
      case 'always':
        return true;
      case 'problem':
        return signalIds.has(PROBLEM_SIGNAL);
      case 'brief-problem':
        return customerSignal(PROBLEM_SIGNAL) && customerWords < BRIEF_WORDS;
      case 'substantive':
        return found.tokens.words >= SUBSTANTIVE_WORDS;
      default:
        return customerSignal(cond);
    }
  };

  const reminders: Reminder[] = [];
  for (const [i, rule] of pack.rules.entries()) {
    if (rule.kind !== 'require' || !rule.enabled) continue;
    const blockers = warnings.filter((w) => rule.unlessWarning.includes(w.rule));
    const met = (best.get(i) ?? []).some((m) => !blockers.some((w) => overlaps(w, m)));
    reminders.push({ rule: rule.id, expected: rule.expectedWhen.some(condition), met, message: rule.message, why: rule.why });
  }

  const score = found.tokens.words === 0 ? null : scoreDraft(pack, warnings, reminders);
  return { score, warnings, reminders, signals };
}
