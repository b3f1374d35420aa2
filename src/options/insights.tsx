/**
 * Team insights in the options page: drafts checked per day, the checks that
 * fired most (habits to coach) and the customer signals seen most
 * (complaints to fix at the source), over the last 7 or 30 days, for one
 * team or all. Reading and clearing are passed in, so tests use fakes and
 * the page uses `storedInsights`.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../popup/i18n.js';
import {
  dayKey,
  emptyInsights,
  hasCounts,
  INSIGHTS_KEY,
  readInsights,
  summary,
  type Insights as Tally,
  toCsv,
} from '../shared/insights.js';
import { Chart, ClearButton, Ranking } from './insights-parts.js';

export interface InsightsProps {
  /** The stored tally, unchecked (it is read with `readInsights`). */
  load(): Promise<unknown>;
  clear(): Promise<void>;
  teams: { id: string; name: string }[];
  /** Check id → short name. */
  labels: Record<string, string>;
  today?: Date;
  /** Saves the CSV file; `downloadCsv` unless a test listens in. */
  download?: (fileName: string, csv: string) => void;
}

/** The options page's tally: `storage.local` only, never synced. */
export const storedInsights = {
  load: async (): Promise<unknown> => (await browser.storage.local.get(INSIGHTS_KEY))[INSIGHTS_KEY],
  clear: (): Promise<void> => browser.storage.local.remove(INSIGHTS_KEY),
};

/** Saves `csv` through a temporary link to a Blob: the file goes to the lead's disk and nowhere else. */
export function downloadCsv(fileName: string, csv: string): void {
  // The byte-order mark makes spreadsheets read team names as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const PERIODS = [
  { days: 7, key: 'insights_days_7' },
  { days: 30, key: 'insights_days_30' },
] as const;
/** How many checks and signals the lists show: the ones worth a conversation. */

type Loaded = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; tally: Tally };

/** A stock check's or signal's name in the browser's language, or undefined for a team's own. */
function stockName(id: string): string | undefined {
  const key = `rule_${id.replace(/-/g, '_')}_label`;
  const name = t(key);
  return name === key ? undefined : name;
}

export function Insights({ load, clear, teams, labels, today: given, download = downloadCsv }: InsightsProps) {
  const [today] = useState(() => given ?? new Date());
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [days, setDays] = useState<7 | 30>(7);
  const [team, setTeam] = useState('');
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    load().then(
      (value) => setLoaded({ status: 'ready', tally: readInsights(value) }),
      () => setLoaded({ status: 'failed' }),
    );
  }, [load]);

  const checkName = (id: string) => labels[id] ?? stockName(id) ?? id;
  const signalName = (id: string) => stockName(id) ?? labels[id] ?? id;

  async function clearAll(): Promise<void> {
    try {
      await clear();
      setLoaded({ status: 'ready', tally: emptyInsights() });
      setNote(t('insights_cleared'));
      // The buttons are gone with the counts: keep the keyboard in the section.
      heading.current?.focus();
    } catch {
      setNote(t('insights_clear_failed'));
    }
  }

  function body() {
    if (loaded.status === 'loading') return <p>{t('insights_loading')}</p>;
    if (loaded.status === 'failed') return <p role="alert">{t('insights_load_failed')}</p>;
    const { tally } = loaded;
    if (!hasCounts(tally)) return <p class="insights-empty">{t('insights_empty')}</p>;
    const names = new Map(teams.map((x) => [x.id, x.name]));
    const removed = Object.keys(tally.days).filter((id) => !names.has(id));
    const s = summary(tally, team || null, days, today);
    function exportCsv(): void {
      const ids = Object.values(tally.days).flatMap((byDay) => Object.values(byDay));
      const checks = ids.flatMap((c) => Object.keys(c.rules).map((id) => [id, checkName(id)]));
      const signals = ids.flatMap((c) => Object.keys(c.signals).map((id) => [id, signalName(id)]));
      const csv = toCsv(tally, { teams: Object.fromEntries(names), names: Object.fromEntries([...checks, ...signals]) });
      download(`tactful-insights-${dayKey(today)}.csv`, csv);
    }
    return (
      <>
        <div class="insights-controls">
          <fieldset class="insights-period">
            <legend class="insights-sr">{t('insights_period')}</legend>
            {PERIODS.map((p) => (
              <label key={p.days}>
                <input type="radio" name="insights-period" checked={days === p.days} onChange={() => setDays(p.days)} />
                <span>{t(p.key)}</span>
              </label>
            ))}
          </fieldset>
          <label class="insights-team">
            <span>{t('insights_team')}</span>
            <select value={team} onChange={(e) => setTeam(e.currentTarget.value)}>
              <option value="">{t('insights_all_teams')}</option>
              {teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
              {removed.map((id) => (
                <option key={id} value={id}>
                  {t('insights_removed_team', id)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p class="insights-total">{t('insights_total', s.drafts)}</p>
        <Chart days={s.days} />
        <div class="insights-lists">
          <Ranking id="insights-checks" kind="checks" rows={s.rules} drafts={s.drafts} name={checkName} />
          <Ranking id="insights-signals" kind="signals" rows={s.signals} drafts={s.drafts} name={signalName} />
        </div>
        <div class="insights-actions">
          <button type="button" onClick={exportCsv}>
            {t('insights_export')}
          </button>
          <ClearButton onClear={clearAll} />
        </div>
      </>
    );
  }

  return (
    <section class="insights" aria-labelledby="insights-heading">
      <h2 id="insights-heading" ref={heading} tabIndex={-1}>
        {t('insights_heading')}
      </h2>
      <p class="insights-intro">{t('insights_intro')}</p>
      {body()}
      <p class="insights-note" role="status">
        {note}
      </p>
    </section>
  );
}
