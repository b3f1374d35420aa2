import { t } from './i18n.js';

interface Props {
  /** Replies to hostile customers in the last half hour. */
  count: number;
  onDismiss: () => void;
  onTurnOff: () => void;
}

/** A kind suggestion to step away for a few minutes after several hard conversations. */
export function Breather({ count, onDismiss, onTurnOff }: Props) {
  return (
    <section class="card breather" aria-labelledby="breather-heading">
      <h2 id="breather-heading">{t('breather_heading')}</h2>
      <p>{t('breather_text', count)}</p>
      <div class="actions">
        <button type="button" onClick={onDismiss}>
          {t('breather_dismiss')}
        </button>
        <button type="button" class="quiet" onClick={onTurnOff}>
          {t('breather_turn_off')}
        </button>
      </div>
    </section>
  );
}
