import { useState } from 'preact/hooks';
import type { DraftWarning } from '../shared/messages.js';
import { t } from './i18n.js';

interface Group {
  rule: string;
  severity: DraftWarning['severity'];
  warnings: DraftWarning[];
}

const RANK = { hint: 0, warning: 1, error: 2 } as const;
const SEVERITY_KEYS = { hint: 'severity_hint', warning: 'severity_warning', error: 'severity_error' } as const;

/** The warnings grouped by check, groups in the order their first warning appears in the draft. */
export function groupByRule(warnings: DraftWarning[]): Group[] {
  const groups = new Map<string, Group>();
  for (const w of warnings) {
    const group = groups.get(w.rule) ?? { rule: w.rule, severity: w.severity, warnings: [] };
    group.warnings.push(w);
    if (RANK[w.severity] > RANK[group.severity]) group.severity = w.severity;
    groups.set(w.rule, group);
  }
  return [...groups.values()];
}

interface Props {
  warnings: DraftWarning[];
  labels: Record<string, string>;
  /** Scrolls the page to a warning and opens its card; false when the page no longer has it. */
  reveal: (warning: DraftWarning) => Promise<boolean>;
}

/** The phrases to rethink, by check with counts; each phrase is a button that finds it in the reply. */
export function Warnings({ warnings, labels, reveal }: Props) {
  const [status, setStatus] = useState('');
  const onReveal = async (w: DraftWarning) => {
    const found = await reveal(w).catch(() => false);
    setStatus(found ? '' : t('reveal_failed'));
  };
  return (
    <section class="warnings" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">{t('warnings_heading')}</h2>
      {warnings.length === 0 ? (
        <p class="muted">{t('warnings_none')}</p>
      ) : (
        <>
          <p class="muted">{t('warnings_hint')}</p>
          <ul class="groups">
            {groupByRule(warnings).map((g) => (
              <li key={g.rule} class={`group ${g.severity}`}>
                <div class="group-head">
                  <span class="dot" role="img" aria-label={t(SEVERITY_KEYS[g.severity])} />
                  <h3>{labels[g.rule] ?? g.rule}</h3>
                  <span class="count">
                    <span aria-hidden="true">{g.warnings.length}</span>
                    <span class="sr-only">{t('warning_count', g.warnings.length)}</span>
                  </span>
                </div>
                <p class="muted why">{g.warnings[0]?.message}</p>
                <ul class="phrases">
                  {g.warnings.map((w) => (
                    <li key={w.start}>
                      <button type="button" class="phrase" onClick={() => onReveal(w)}>
                        <q>{w.text}</q>
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
