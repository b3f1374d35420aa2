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
  type DayTotal,
  dayKey,
  emptyInsights,
  hasCounts,
  INSIGHTS_KEY,
  type Ranked,
  readInsights,
  summary,
  type Insights as Tally,
  toCsv,
} from '../shared/insights.js';

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
const TOP = 8;

type Loaded = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; tally: Tally };

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  try {
    return new Date(y, m - 1, d).toLocaleDateString(uiLanguage(), { weekday: 'short', month: 'short', day: 'numeric' });
  } catch {
    return day;
  }
}

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

/** Drafts per day as bars, with the numbers in a table for screen readers (the picture alone says nothing to them). */
function Chart({ days }: { days: DayTotal[] }) {
  const max = Math.max(0, ...days.map((d) => d.drafts));
  const total = days.reduce((sum, d) => sum + d.drafts, 0);
  const first = formatDay(days[0]?.day ?? '');
  const last = formatDay(days.at(-1)?.day ?? '');
  const width = days.length * 10;
  return (
    <div class="insights-chart">
      <h3>{t('insights_chart_heading')}</h3>
      <svg
        class="insights-bars"
        role="img"
        aria-label={t('insights_chart_label', first, last, total, max)}
        viewBox={`0 0 ${width} 64`}
        preserveAspectRatio="none"
      >
        {days.map((d, i) => {
          const height = d.drafts === 0 ? 0 : Math.max(2, (d.drafts / max) * 60);
          return <rect key={d.day} x={i * 10 + 1} y={63 - height} width={8} height={height} />;
        })}
        <line class="insights-axis" x1={0} x2={width} y1={63.5} y2={63.5} vector-effect="non-scaling-stroke" />
      </svg>
      <div class="insights-axis-labels" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <table class="insights-sr">
        <caption>{t('insights_chart_heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insights_date')}</th>
            <th scope="col">{t('insights_drafts')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{formatDay(d.day)}</th>
              <td>{d.drafts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const RANKINGS = {
  checks: { heading: 'insights_checks_heading', hint: 'insights_checks_hint', column: 'insights_check' },
  signals: { heading: 'insights_signals_heading', hint: 'insights_signals_hint', column: 'insights_signal' },
} as const;

/** The checks (or signals) seen most: name, in how many drafts, and what share of the period's drafts. */
function Ranking(props: { id: string; kind: keyof typeof RANKINGS; rows: Ranked[]; drafts: number; name: (id: string) => string }) {
  const keys = RANKINGS[props.kind];
  const percent = new Intl.NumberFormat(uiLanguage(), { style: 'percent' });
  return (
    <section class="insights-ranking" aria-labelledby={props.id}>
      <h3 id={props.id}>{t(keys.heading)}</h3>
      <p class="insights-hint">{t(keys.hint)}</p>
      {props.rows.length === 0 ? (
        <p>{t('insights_none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(keys.column)}</th>
              <th scope="col">{t('insights_drafts')}</th>
              <th scope="col">{t('insights_share')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.slice(0, TOP).map((r) => {
              const share = Math.min(1, r.count / Math.max(1, props.drafts));
              return (
                <tr key={r.id}>
                  <th scope="row">{props.name(r.id)}</th>
                  <td>{r.count}</td>
                  <td>
                    <span class="insights-meter" aria-hidden="true">
                      <span class="insights-meter-fill" style={{ width: `${share * 100}%` }} />
                    </span>
                    {percent.format(share)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** "Clear all counts", asked once more inline; Escape or Cancel keeps them and puts focus back. */
function ClearButton({ onClear }: { onClear: () => void }) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (answered.current) opener.current?.focus();
  }, [asking]);
  const keep = () => {
    answered.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button type="button" ref={opener} onClick={() => setAsking(true)}>
        {t('insights_clear')}
      </button>
    );
  }
  return (
    <fieldset class="insights-confirm" onKeyDown={(e) => e.key === 'Escape' && keep()}>
      <legend>{t('insights_clear_confirm')}</legend>
      <button type="button" class="insights-danger" onClick={onClear}>
        {t('insights_clear_yes')}
      </button>
      <button type="button" ref={cancel} onClick={keep}>
        {t('insights_clear_cancel')}
      </button>
    </fieldset>
  );
}
