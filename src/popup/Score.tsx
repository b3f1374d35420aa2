import { t } from './i18n.js';

/** The i18n key of the one-word verdict for a score. */
export function verdictKey(score: number): string {
  if (score >= 90) return 'verdict_great';
  if (score >= 75) return 'verdict_good';
  if (score >= 50) return 'verdict_needs_work';
  return 'verdict_rough';
}

/** The draft's score, large, with its verdict; a short note while the draft is empty. */
export function Score({ score }: { score: number | null }) {
  if (score === null) return <p class="score-empty">{t('score_empty')}</p>;
  const verdict = verdictKey(score);
  return (
    <div class={`score ${verdict.replaceAll('_', '-')}`}>
      <p class="score-value">
        <span class="score-number">{score}</span> <span class="score-max">{t('score_out_of')}</span>
      </p>
      <p class="verdict">{t(verdict)}</p>
    </div>
  );
}
