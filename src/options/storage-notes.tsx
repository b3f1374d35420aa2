/**
 * What the agent should know about where the settings are: kept on this
 * computer only (and why), a stored copy that could not be read (with the
 * damaged copy to download, and a way to dismiss the banner), what could not
 * be used when reading, and problems in the organisation's policy.
 */

import { t } from '../popup/i18n.js';
import type { SetAside } from '../shared/settings-store.js';
import { dateTimeText } from './labels.js';

interface Props {
  localOnly: string | null;
  setAside: SetAside | null;
  problems: string[];
  policyProblems: string[];
  onDownload: (aside: SetAside) => void;
  onDismiss: () => void;
}

/** The damaged copy's file name: `tactful-settings-damaged-2025-05-03.json`. */
export function setAsideFileName(aside: SetAside): string {
  const d = new Date(aside.at);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `tactful-settings-damaged-${day}.json`;
}

export function StorageNotes({ localOnly, setAside, problems, policyProblems, onDownload, onDismiss }: Props) {
  // The set-aside reason is also among the load problems: say it once.
  const others = problems.filter((p) => !setAside?.reason.includes(p));
  if (!localOnly && !setAside && others.length === 0 && policyProblems.length === 0) return null;
  return (
    <div class="notes">
      {setAside && (
        <section class="banner problem" role="alert" aria-labelledby="set-aside-heading">
          <h2 id="set-aside-heading">{t('options_set_aside_heading')}</h2>
          <p>{t('options_set_aside_text', setAside.reason, dateTimeText(setAside.at))}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => onDownload(setAside)}>
              {t('options_set_aside_download')}
            </button>
            <button type="button" onClick={onDismiss}>
              {t('options_dismiss')}
            </button>
          </div>
        </section>
      )}
      {localOnly && (
        <section class="banner local" aria-labelledby="local-heading">
          <h2 id="local-heading">{t('options_local_heading')}</h2>
          <p>{t('options_local_text', localOnly)}</p>
        </section>
      )}
      {others.length > 0 && (
        <section class="banner" aria-labelledby="load-problems-heading">
          <h2 id="load-problems-heading">{t('options_load_problems')}</h2>
          <ul class="problems">
            {others.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      {policyProblems.length > 0 && (
        <section class="banner" aria-labelledby="policy-problems-heading">
          <h2 id="policy-problems-heading">{t('options_policy_problems')}</h2>
          <ul class="problems">
            {policyProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
