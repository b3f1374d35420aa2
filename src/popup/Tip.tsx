import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupClient } from './client.js';
import { t } from './i18n.js';
import { TIPS, type Tip as TipData } from './tips.js';

/** One tip of the rotation, with its source when it quotes a figure, and a button for another. */
export function Tip({ client }: { client: Pick<PopupClient, 'nextTip'> }) {
  const [tip, setTip] = useState<TipData | null>(null);
  const show = useCallback(() => {
    client.nextTip().then(setTip, () => setTip(TIPS[0] ?? null));
  }, [client]);
  useEffect(show, [show]);
  if (!tip) return null;
  return (
    <section class="tip" aria-labelledby="tip-heading">
      <h2 id="tip-heading">{t('tip_heading')}</h2>
      <p class="tip-text" aria-live="polite">
        {t(tip.id)}
      </p>
      {tip.source && (
        <p class="source">
          — <cite>{t(tip.source)}</cite>
        </p>
      )}
      <button type="button" class="quiet" onClick={show}>
        {t('tip_next')}
      </button>
    </section>
  );
}
