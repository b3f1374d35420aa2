/**
 * The checks' texts in the browser's language. The rule files are English;
 * their texts are also in `_locales` (`scripts/rule-messages.mjs`). A text a
 * team changed is the team's own and is shown as written; a stock one is
 * looked up, falling back to the English when there is no translation.
 */

import browser from 'webextension-polyfill';
import { type CompiledPack, defaultPack } from '../core/index.js';
import type { CheckResult } from '../core/types.js';
import type { DraftDetail } from '../shared/messages.js';

type Field = 'label' | 'message' | 'why';

function translated(rule: string, field: Field, text: string): string {
  const stock = defaultPack().byId.get(rule);
  if (!stock || stock[field] !== text) return text;
  try {
    return browser.i18n.getMessage(`rule_${rule.replace(/-/g, '_')}_${field}`) || text;
  } catch {
    return text;
  }
}

/** Check id → short name, in the browser's language where the team kept the stock name. */
export function localLabels(pack: CompiledPack): Record<string, string> {
  return Object.fromEntries(pack.rules.map((r) => [r.id, translated(r.id, 'label', r.label)]));
}

/** A draft's warnings and reminders with their stock texts in the browser's language. */
export function localDetail(detail: DraftDetail): DraftDetail {
  return {
    ...detail,
    warnings: detail.warnings.map((w) => ({ ...w, message: translated(w.rule, 'message', w.message) })),
    reminders: detail.reminders.map((r) => ({
      ...r,
      message: translated(r.rule, 'message', r.message),
      why: translated(r.rule, 'why', r.why),
    })),
  };
}

/** A check's result with its stock texts in the browser's language (for the card and the badge). */
export function localResult(result: CheckResult): CheckResult {
  return {
    ...result,
    warnings: result.warnings.map((w) => ({
      ...w,
      message: translated(w.rule, 'message', w.message),
      why: translated(w.rule, 'why', w.why),
    })),
    reminders: result.reminders.map((r) => ({
      ...r,
      message: translated(r.rule, 'message', r.message),
      why: translated(r.rule, 'why', r.why),
    })),
  };
}
