/**
 * One check of a team's pack: on/off, and what it can change: the severity
 * and phrases of a phrase to avoid, the points a missing reminder costs. A
 * check turned off from a reply box's card is highlighted with the date and
 * a way to turn it back on.
 */

import { useState } from 'preact/hooks';
import type { CompiledRule, PackProblem, Severity } from '../core/index.js';
import { t } from '../popup/i18n.js';
import { NumberField, ProblemList } from './fields.js';
import { dateText, ruleLabel, ruleMessage } from './labels.js';
import { deleteRule, isOwnRule, setEnabled, setSeverity, setWeight } from './pack-edits.js';
import type { PackTarget } from './pack-target.js';
import { PhraseEditor } from './phrase-editor.js';

export const SEVERITIES: readonly Severity[] = ['hint', 'warning', 'error'];

interface Props {
  rule: CompiledRule;
  target: PackTarget;
}

/** Turns a check back on and forgets that the card turned it off. */
export function turnBackOn(target: PackTarget, id: string): PackProblem[] {
  return target.change((pack, team) => {
    setEnabled(pack, target.base, id, true);
    if (team?.cardOff) delete team.cardOff[id];
  });
}

export function CheckRow({ rule, target }: Props) {
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const label = ruleLabel(rule);
  const own = isOwnRule(target.overlay, rule.id);
  const offAt = target.cardOff[rule.id];
  const cardOff = offAt !== undefined && !rule.enabled;
  const apply = (problems: PackProblem[]) => {
    setProblems(problems);
    return problems.length > 0 ? (problems[0]?.message ?? '') : null;
  };
  const panel = `phrases-${target.teamId}-${rule.id}`;
  const editable = rule.kind === 'avoid' || (own && rule.kind !== 'signal');
  return (
    <li class={`check${cardOff ? ' card-off' : ''}${rule.enabled ? '' : ' off'}`} data-rule={rule.id}>
      <div class="check-head">
        <label class="toggle check-name">
          <input
            type="checkbox"
            checked={rule.enabled}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              apply(on ? turnBackOn(target, rule.id) : target.change((pack) => setEnabled(pack, target.base, rule.id, false)));
            }}
          />
          <span>{label}</span>
        </label>
        {own && <span class="chip">{t('options_own_check')}</span>}
        <div class="check-controls">
          {rule.kind === 'avoid' && (
            <label class="inline">
              <span aria-hidden="true">{t('options_severity')}</span>
              <select
                value={rule.severity}
                aria-label={t('options_severity_of', label)}
                onChange={(e) => {
                  // Read now: the edit runs again when it is saved, after the event is gone.
                  const severity = e.currentTarget.value as Severity;
                  apply(target.change((pack) => setSeverity(pack, target.base, rule.id, severity)));
                }}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`options_severity_${s}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {rule.kind === 'require' && (
            <NumberField
              label={t('options_weight')}
              ariaLabel={t('options_weight_of', label)}
              value={rule.weight}
              min={0}
              max={100}
              rangeError={t('options_points_range')}
              onChange={(n) => apply(target.change((pack) => setWeight(pack, target.base, rule.id, n)))}
            />
          )}
          {editable && (
            <button type="button" class="quiet" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
              {t(rule.kind === 'avoid' ? 'options_phrases_button' : 'options_matches_button', rule.phrases.length + rule.patterns.length)}
            </button>
          )}
          {own && !confirming && (
            <button
              type="button"
              class="quiet danger"
              aria-label={t('options_delete_check_named', label)}
              onClick={() => setConfirming(true)}
            >
              {t('options_delete')}
            </button>
          )}
        </div>
      </div>
      <p class="check-message">{ruleMessage(rule)}</p>
      {confirming && (
        <div class="confirm">
          <span>{t('options_delete_check_confirm', label)}</span>
          <button type="button" class="danger" onClick={() => apply(target.change((pack) => deleteRule(pack, rule.id)))}>
            {t('options_delete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options_cancel')}
          </button>
        </div>
      )}
      {cardOff && (
        <p class="card-off-note">
          <span>{offAt ? t('options_card_off_on', dateText(offAt)) : t('options_card_off_earlier')}</span>
          <button type="button" onClick={() => apply(turnBackOn(target, rule.id))}>
            {t('options_turn_back_on')}
          </button>
        </p>
      )}
      {problems.length > 0 && (
        <div class="field-error" role="alert">
          <p>{t('options_change_refused')}</p>
          <ProblemList problems={problems} />
        </div>
      )}
      {editable && (
        <div id={panel} class="phrase-panel" hidden={!open}>
          {open && <PhraseEditor rule={rule} target={target} />}
        </div>
      )}
    </li>
  );
}
