/**
 * The team editor: every check of the team's pack as it applies (the base
 * pack with the team's changes), grouped as the reply checklist groups them,
 * then the team's own phrases to avoid and reminders, then the score weights.
 */

import type { CompiledRule } from '../core/index.js';
import { t } from '../popup/i18n.js';
import { CheckRow } from './check-row.js';
import { CustomRuleForm } from './custom-rule-form.js';
import { ProblemList } from './fields.js';
import { isOwnRule } from './pack-edits.js';
import type { PackTarget } from './pack-target.js';
import { ScoreWeights } from './score-weights.js';

function Group({ title, intro, rules, target }: { title: string; intro: string; rules: CompiledRule[]; target: PackTarget }) {
  if (rules.length === 0) return null;
  return (
    <section class="group" aria-label={title}>
      <h4>{title}</h4>
      <p class="hint">{intro}</p>
      <ul class="checks">
        {rules.map((r) => (
          <CheckRow key={r.id} rule={r} target={target} />
        ))}
      </ul>
    </section>
  );
}

export function ChecksEditor({ target }: { target: PackTarget }) {
  const pack = target.effective;
  if (!pack) {
    return (
      <div class="card problem" role="alert">
        <p>{t('options_overlay_broken')}</p>
        <ProblemList problems={target.problems} />
      </div>
    );
  }
  const own = (r: CompiledRule) => isOwnRule(target.overlay, r.id);
  const of = (kind: CompiledRule['kind'], mine: boolean) => pack.rules.filter((r) => r.kind === kind && own(r) === mine);
  return (
    <>
      <section class="card" data-jump="checks" tabIndex={-1} aria-labelledby={`checks-${target.teamId}`}>
        <h3 id={`checks-${target.teamId}`}>{t('options_checks')}</h3>
        <Group title={t('options_group_avoid')} intro={t('options_group_avoid_intro')} rules={of('avoid', false)} target={target} />
        <Group title={t('options_group_require')} intro={t('options_group_require_intro')} rules={of('require', false)} target={target} />
        <Group
          title={t('options_group_signal')}
          intro={t('options_group_signal_intro')}
          rules={pack.rules.filter((r) => r.kind === 'signal')}
          target={target}
        />
      </section>
      <section class="card" data-jump="custom-avoid" tabIndex={-1} aria-labelledby={`custom-avoid-${target.teamId}`}>
        <h3 id={`custom-avoid-${target.teamId}`}>{t('options_custom_avoid')}</h3>
        <p class="hint">{t('options_custom_avoid_intro')}</p>
        <OwnRules rules={of('avoid', true)} target={target} />
        <CustomRuleForm kind="avoid" target={target} />
      </section>
      <section class="card" data-jump="custom-require" tabIndex={-1} aria-labelledby={`custom-require-${target.teamId}`}>
        <h3 id={`custom-require-${target.teamId}`}>{t('options_custom_require')}</h3>
        <p class="hint">{t('options_custom_require_intro')}</p>
        <OwnRules rules={of('require', true)} target={target} />
        <CustomRuleForm kind="require" target={target} />
      </section>
      <ScoreWeights target={target} pack={pack} />
    </>
  );
}

function OwnRules({ rules, target }: { rules: CompiledRule[]; target: PackTarget }) {
  if (rules.length === 0) return <p class="empty">{t('options_custom_none')}</p>;
  return (
    <ul class="checks">
      {rules.map((r) => (
        <CheckRow key={r.id} rule={r} target={target} />
      ))}
    </ul>
  );
}
