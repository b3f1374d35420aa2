/**
 * The default rule pack: every check of the reply checklist
 * (`shared/checklist.md`), one JSON file per rule in `src/core/rules/`,
 * registered here explicitly. Teams extend this pack; they never edit it.
 */

import type { RulePack, RuleSpec } from '../pack-types.js';
import apologize from '../rules/apologize.json';
import blameCustomer from '../rules/blame-customer.json';
import cannedApology from '../rules/canned-apology.json';
import confirmUnderstanding from '../rules/confirm-understanding.json';
import customerDemand from '../rules/customer-demand.json';
import customerHostile from '../rules/customer-hostile.json';
import customerProblem from '../rules/customer-problem.json';
import customerUpset from '../rules/customer-upset.json';
import denyProblem from '../rules/deny-problem.json';
import empathize from '../rules/empathize.json';
import escalation from '../rules/escalation.json';
import followUp from '../rules/follow-up.json';
import negativePhrasing from '../rules/negative-phrasing.json';
import openQuestion from '../rules/open-question.json';
import positiveAction from '../rules/positive-action.json';
import thank from '../rules/thank.json';
import triggerCant from '../rules/trigger-cant.json';
import triggerNo from '../rules/trigger-no.json';
import triggerPolicy from '../rules/trigger-policy.json';
import triggerShould from '../rules/trigger-should.json';

/** Rule id → definition, in the order warnings and reminders are listed. */
export const DEFAULT_RULES: Readonly<Record<string, RuleSpec>> = {
  'trigger-should': triggerShould as RuleSpec,
  'trigger-no': triggerNo as RuleSpec,
  'trigger-policy': triggerPolicy as RuleSpec,
  'trigger-cant': triggerCant as RuleSpec,
  'blame-customer': blameCustomer as RuleSpec,
  'deny-problem': denyProblem as RuleSpec,
  escalation: escalation as RuleSpec,
  'canned-apology': cannedApology as RuleSpec,
  'negative-phrasing': negativePhrasing as RuleSpec,
  thank: thank as RuleSpec,
  apologize: apologize as RuleSpec,
  empathize: empathize as RuleSpec,
  'positive-action': positiveAction as RuleSpec,
  'confirm-understanding': confirmUnderstanding as RuleSpec,
  'open-question': openQuestion as RuleSpec,
  'follow-up': followUp as RuleSpec,
  'customer-upset': customerUpset as RuleSpec,
  'customer-hostile': customerHostile as RuleSpec,
  'customer-demand': customerDemand as RuleSpec,
  'customer-problem': customerProblem as RuleSpec,
};

export const defaultPackSource: RulePack = {
  $schema: 'https://tactful.invalid/schema/rule-pack.schema.json',
  name: 'Tactful default',
  description:
    "Tactful's reply checklist: trigger words to avoid, empathy, apology, thanks, confirming the problem, open questions, follow-up.",
  version: 1,
  extends: 'none',
  rules: DEFAULT_RULES as Record<string, RuleSpec>,
  score: { severity: { hint: 3, warning: 10, error: 20 }, repeat: 0.5 },
};
