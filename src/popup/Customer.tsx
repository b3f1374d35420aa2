import { t } from './i18n.js';

/** The customer signals the popup explains, most pressing first, with the advice that fits each. */
const SIGNALS = [
  { id: 'customer-hostile', label: 'signal_hostile', advice: 'advice_hostile' },
  { id: 'customer-upset', label: 'signal_upset', advice: 'advice_upset' },
  { id: 'customer-demand', label: 'signal_demand', advice: 'advice_demand' },
] as const;

/**
 * What the customer's message says about them, and how to answer it. With no
 * draft to read signals from (no reply box on the page yet), the advice for
 * every kind of hard conversation, folded, so the popup still helps.
 */
export function Customer({ signals, hasDraft = true }: { signals: readonly string[]; hasDraft?: boolean }) {
  const shown = SIGNALS.filter((s) => signals.includes(s.id));
  if (shown.length === 0 && !hasDraft) {
    return (
      <section class="customer" aria-labelledby="customer-heading">
        <details>
          <summary>
            <h2 id="customer-heading">{t('customer_general_heading')}</h2>
          </summary>
          <ul>
            {SIGNALS.map((s) => (
              <li key={s.id}>
                <p class="chip">{t(s.label)}</p>
                <p>{t(s.advice)}</p>
              </li>
            ))}
          </ul>
        </details>
      </section>
    );
  }
  if (shown.length === 0) return null;
  return (
    <section class="customer" aria-labelledby="customer-heading">
      <h2 id="customer-heading">{t('customer_heading')}</h2>
      <ul>
        {shown.map((s) => (
          <li key={s.id}>
            <p class="chip">{t(s.label)}</p>
            <p>{t(s.advice)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
