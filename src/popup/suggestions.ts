/**
 * Short sentences the agent can drop into a reply when a reminder is missing.
 * The sentences live in messages.json (suggest_*), so they are translated
 * with the rest of the popup; this file says which reminder gets which.
 */

import type { DraftDetail, DraftReminder } from '../shared/messages.js';
import { t } from './i18n.js';

const SUGGESTION_KEYS: Readonly<Record<string, string>> = {
  thank: 'suggest_thank',
  apologize: 'suggest_apologize',
  empathize: 'suggest_empathize',
};

/** The reminders that lead the popup when they are expected and missing, in the order shown. */
export const ATTENTION_RULES: readonly string[] = ['thank', 'apologize'];

/** The suggested sentence for a reminder, or null when Tactful has none for it. */
export function suggestionFor(rule: string): string | null {
  const key = SUGGESTION_KEYS[rule];
  return key ? t(key) : null;
}

/** Whether a reminder is expected and not met. */
export function isMissing(r: DraftReminder): boolean {
  return r.expected && !r.met;
}

/** The missing thank/apologize reminders of a draft, in ATTENTION_RULES order. */
export function attentionItems(draft: DraftDetail): DraftReminder[] {
  return ATTENTION_RULES.flatMap((rule) => draft.reminders.filter((r) => r.rule === rule && isMissing(r)));
}
