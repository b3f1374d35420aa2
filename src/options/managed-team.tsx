/**
 * A team set by the organisation's policy: locked, so nothing of it can be
 * changed here. Where the organisation allows it, the agent's personal rules
 * go on top (`settings.personal['org:<id>']`), edited like a team's own.
 */

import type { ComponentChildren } from 'preact';
import type { CompiledPack } from '../core/index.js';
import { t } from '../popup/i18n.js';
import { ChecksEditor } from './checks-editor.js';
import { ruleLabel, ruleMessage } from './labels.js';
import type { PackTarget } from './pack-target.js';
import { LockIcon } from './team-list.js';

/** The organisation's checks as they apply, read-only. */
export function ReadOnlyChecks({ pack }: { pack: CompiledPack }) {
  return (
    <section class="card" data-jump="checks" tabIndex={-1} aria-labelledby="org-checks">
      <h3 id="org-checks">{t('options_org_checks')}</h3>
      <ul class="checks read-only">
        {pack.rules.map((r) => (
          <li key={r.id} class={`check${r.enabled ? '' : ' off'}`} data-rule={r.id}>
            <div class="check-head">
              <span class="check-name">{ruleLabel(r)}</span>
              <span class="chip">{t(r.enabled ? 'options_on' : 'options_off')}</span>
              {r.kind === 'avoid' && <span class="muted">{t(`options_severity_${r.severity}`)}</span>}
              {r.kind === 'require' && <span class="muted">{t('options_points_value', r.weight)}</span>}
            </div>
            <p class="check-message">{ruleMessage(r)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface Props {
  name: string;
  pack: CompiledPack;
  /** The agent's personal rules, or null when the organisation does not allow them. */
  personal: PackTarget | null;
  problems: string[];
  /** The team's sites (read-only), shown after the lock note. */
  sites: ComponentChildren;
}

export function ManagedTeam({ name, pack, personal, problems, sites }: Props) {
  return (
    <>
      <section class="card locked-note" aria-label={t('options_set_by_org')}>
        <p>
          <LockIcon /> <strong>{t('options_set_by_org')}</strong>
        </p>
        <p>{t('options_locked_explained', name)}</p>
        {problems.length > 0 && (
          <>
            <p>{t('options_policy_problems')}</p>
            <ul class="problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      {sites}
      {personal ? (
        <>
          <p class="note">{t('options_personal_intro')}</p>
          <ChecksEditor target={personal} />
        </>
      ) : (
        <>
          <p class="note">{t('options_personal_not_allowed')}</p>
          <ReadOnlyChecks pack={pack} />
        </>
      )}
    </>
  );
}
