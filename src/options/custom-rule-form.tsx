/**
 * A check the team writes itself: a phrase to avoid (with rewrites) or a
 * reminder that must appear (the ticket number, the team's sign-off), each
 * matched by a phrase or a regular expression. The new rule is compiled with
 * the rest of the pack before it is kept; the engine's problems show next to
 * the field they concern.
 */

import { useId, useRef, useState } from 'preact/hooks';
import type { PackProblem, RuleSpec, Severity } from '../core/index.js';
import { t } from '../popup/i18n.js';
import { SEVERITIES } from './check-row.js';
import { FieldErrors, problemsAt } from './fields.js';
import { addRule, customRuleId } from './pack-edits.js';
import type { PackTarget } from './pack-target.js';
import { linesOf } from './phrase-editor.js';

interface Props {
  kind: 'avoid' | 'require';
  target: PackTarget;
}

const EMPTY = { name: '', by: 'phrase' as 'phrase' | 'pattern', text: '', ignoreCase: true, rewrites: '', message: '', why: '' };

/** The rule a filled-in form describes. */
export function customSpec(kind: Props['kind'], form: typeof EMPTY, severity: Severity, weight: number): RuleSpec {
  const text = form.text.trim();
  const rewrites = kind === 'avoid' ? linesOf(form.rewrites) : [];
  const spec: RuleSpec = { kind, label: form.name.trim(), message: form.message.trim() };
  if (form.why.trim()) spec.why = form.why.trim();
  if (form.by === 'phrase') spec.phrases = [rewrites.length ? { match: text, rewrites } : text];
  else spec.patterns = [{ regex: text, ...(form.ignoreCase ? { flags: 'i' } : {}), ...(rewrites.length ? { rewrites } : {}) }];
  if (kind === 'avoid') spec.severity = severity;
  else {
    spec.weight = weight;
    spec.expectedWhen = ['always'];
  }
  return spec;
}

export function CustomRuleForm({ kind, target }: Props) {
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [severity, setSeverity] = useState<Severity>('warning');
  const [weight, setWeight] = useState('5');
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const set = (patch: Partial<typeof EMPTY>) => setForm({ ...form, ...patch });

  const onSubmit = (e: Event) => {
    e.preventDefault();
    setAdded(null);
    const local: PackProblem[] = [];
    if (!form.name.trim()) local.push({ path: '/label', message: t('options_required') });
    if (!form.text.trim())
      local.push({ path: form.by === 'phrase' ? '/phrases/0/match' : '/patterns/0/regex', message: t('options_required') });
    const points = Number(weight);
    if (kind === 'require' && !(Number.isInteger(points) && points >= 0 && points <= 100))
      local.push({ path: '/weight', message: t('options_points_range') });
    if (local.length > 0) return setProblems(local);
    const ruleId = customRuleId(target.overlay, target.base, form.name);
    const refused = target.change((pack) => addRule(pack, ruleId, customSpec(kind, form, severity, points)));
    setProblems(refused);
    if (refused.length === 0) {
      setAdded(form.name.trim());
      setForm(EMPTY);
      setOpen(false);
      // The form is gone: keep the keyboard where the agent can add the next one.
      setTimeout(() => opener.current?.focus());
    }
  };

  const paths = {
    name: /\/label$/,
    text: /\/(phrases\/\d+(\/match)?|patterns\/\d+\/(regex|flags))$|\/rules\/[^/]+$/,
    rewrites: /\/rewrites(\/\d+)?$/,
    message: /\/message$/,
    why: /\/why$/,
    weight: /\/weight$/,
  };
  const errors = Object.fromEntries(Object.entries(paths).map(([k, re]) => [k, problemsAt(problems, (p) => re.test(p))])) as Record<
    keyof typeof paths,
    string[]
  >;
  const other = problems.filter((p) => !Object.values(paths).some((re) => re.test(p.path)));
  const field = (key: keyof typeof errors) => ({
    id: `${id}-${key}`,
    'aria-invalid': errors[key].length > 0 ? ('true' as const) : undefined,
    'aria-describedby': errors[key].length > 0 ? `${id}-${key}-error` : undefined,
  });
  const prefix = kind === 'avoid' ? 'options_avoid' : 'options_require';
  const status = (
    <span role="status" class="muted">
      {added ? t('options_custom_added', added) : ''}
    </span>
  );
  if (!open) {
    return (
      <div class="form-actions custom-open">
        <button
          type="button"
          ref={opener}
          aria-expanded="false"
          onClick={() => {
            setOpen(true);
            setTimeout(() => document.getElementById(`${id}-name`)?.focus());
          }}
        >
          {t(`${prefix}_form`)}
        </button>
        {status}
      </div>
    );
  }
  return (
    <form class="add-form custom-form" onSubmit={onSubmit} aria-label={t(`${prefix}_form`)}>
      <h4>{t(`${prefix}_form`)}</h4>
      <div class="field">
        <label for={`${id}-name`}>{t('options_custom_name')}</label>
        <input type="text" value={form.name} onInput={(e) => set({ name: e.currentTarget.value })} {...field('name')} />
        <FieldErrors id={`${id}-name-error`} messages={errors.name} />
      </div>
      <fieldset class="choice">
        <legend>{t('options_match_by')}</legend>
        <label>
          <input type="radio" name={`${id}-by`} checked={form.by === 'phrase'} onChange={() => set({ by: 'phrase' })} />
          {t('options_match_phrase')}
        </label>
        <label>
          <input type="radio" name={`${id}-by`} checked={form.by === 'pattern'} onChange={() => set({ by: 'pattern' })} />
          {t('options_match_pattern')}
        </label>
      </fieldset>
      <div class="field">
        <label for={`${id}-text`}>{t(form.by === 'phrase' ? 'options_phrase' : 'options_pattern')}</label>
        <input
          type="text"
          spellcheck={false}
          value={form.text}
          placeholder={t(`${prefix}_${form.by}_example`)}
          onInput={(e) => set({ text: e.currentTarget.value })}
          {...field('text')}
          aria-describedby={`${id}-text-hint${errors.text.length ? ` ${id}-text-error` : ''}`}
        />
        <p class="hint" id={`${id}-text-hint`}>
          {t(form.by === 'phrase' ? 'options_phrase_syntax' : 'options_pattern_syntax')}
        </p>
        <FieldErrors id={`${id}-text-error`} messages={errors.text} />
      </div>
      {form.by === 'pattern' && (
        <label class="toggle">
          <input type="checkbox" checked={form.ignoreCase} onChange={(e) => set({ ignoreCase: e.currentTarget.checked })} />
          <span>{t('options_ignore_case')}</span>
        </label>
      )}
      {kind === 'avoid' ? (
        <>
          <div class="field">
            <label for={`${id}-rewrites`}>{t('options_rewrites_field')}</label>
            <textarea rows={2} value={form.rewrites} onInput={(e) => set({ rewrites: e.currentTarget.value })} {...field('rewrites')} />
            <FieldErrors id={`${id}-rewrites-error`} messages={errors.rewrites} />
          </div>
          <div class="field">
            <label for={`${id}-severity`}>{t('options_severity')}</label>
            <select id={`${id}-severity`} value={severity} onChange={(e) => setSeverity(e.currentTarget.value as Severity)}>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`options_severity_${s}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <div class="field number">
          <label for={`${id}-weight`}>{t('options_weight')}</label>
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            value={weight}
            onInput={(e) => setWeight(e.currentTarget.value)}
            {...field('weight')}
          />
          <FieldErrors id={`${id}-weight-error`} messages={errors.weight} />
        </div>
      )}
      <div class="field">
        <label for={`${id}-message`}>{t(`${prefix}_message`)}</label>
        <input type="text" value={form.message} onInput={(e) => set({ message: e.currentTarget.value })} {...field('message')} />
        <FieldErrors id={`${id}-message-error`} messages={errors.message} />
      </div>
      <div class="field">
        <label for={`${id}-why`}>{t('options_custom_why')}</label>
        <textarea rows={2} value={form.why} onInput={(e) => set({ why: e.currentTarget.value })} {...field('why')} />
        <FieldErrors id={`${id}-why-error`} messages={errors.why} />
      </div>
      <FieldErrors id={`${id}-other-error`} messages={other.map((p) => `${p.path}: ${p.message}`)} />
      <div class="form-actions">
        <button type="submit" class="primary">
          {t(`${prefix}_add`)}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setProblems([]);
          }}
        >
          {t('options_cancel')}
        </button>
      </div>
    </form>
  );
}
