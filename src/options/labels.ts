/**
 * Names and dates as the options page shows them. A stock check keeps its
 * translated name (`_locales`, as the popup and the card show it); a name a
 * team wrote itself is shown as written.
 */

import { type CompiledPack, type CompiledRule, defaultPack } from '../core/index.js';
import { t } from '../popup/i18n.js';

type Field = 'label' | 'message' | 'why';

function stockText(rule: Pick<CompiledRule, 'id'> & Partial<Record<Field, string>>, field: Field): string {
  const text = rule[field] ?? '';
  const stock = defaultPack().byId.get(rule.id);
  if (!stock || stock[field] !== text) return text;
  const key = `rule_${rule.id.replace(/-/g, '_')}_${field}`;
  const translated = t(key);
  return translated === key ? text : translated;
}

/** A check's short name. */
export function ruleLabel(rule: Pick<CompiledRule, 'id' | 'label'>): string {
  return stockText(rule, 'label');
}

/** A check's message (what is wrong / what to add). */
export function ruleMessage(rule: Pick<CompiledRule, 'id' | 'message'>): string {
  return stockText(rule, 'message');
}

/** Check id → short name, for every check of the packs given (later packs win). */
export function labelsOf(...packs: (CompiledPack | null)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pack of [defaultPack(), ...packs]) for (const r of pack?.rules ?? []) out[r.id] = ruleLabel(r);
  return out;
}

/** A date in the reader's words ("3 May 2025"). */
export function dateText(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** A date and time, for "last checked". */
export function dateTimeText(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
