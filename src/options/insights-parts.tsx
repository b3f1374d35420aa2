/**
 * The pieces of the insights section: the chart of drafts per day, the
 * rankings of checks and signals, and the clear button that asks first.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../popup/i18n.js';
import type { DayTotal, Ranked } from '../shared/insights.js';

/** How many checks (or signals) a ranking lists. */
const TOP = 8;

export function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  try {
    return new Date(y, m - 1, d).toLocaleDateString(uiLanguage(), { weekday: 'short', month: 'short', day: 'numeric' });
  } catch {
    return day;
  }
}

/** Drafts per day as bars, with the numbers in a table for screen readers (the picture alone says nothing to them). */
export function Chart({ days }: { days: DayTotal[] }) {
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
export function Ranking(props: { id: string; kind: keyof typeof RANKINGS; rows: Ranked[]; drafts: number; name: (id: string) => string }) {
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
export function ClearButton({ onClear }: { onClear: () => void }) {
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
