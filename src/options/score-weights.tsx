/**
 * The score's weights: the points one finding of each severity costs. A
 * missing reminder's points are set on the reminder itself.
 */

import { useState } from 'preact/hooks';
import type { CompiledPack, PackProblem } from '../core/index.js';
import { t } from '../popup/i18n.js';
import { SEVERITIES } from './check-row.js';
import { NumberField, ProblemList } from './fields.js';
import { setSeverityPoints } from './pack-edits.js';
import type { PackTarget } from './pack-target.js';

export function ScoreWeights({ target, pack }: { target: PackTarget; pack: CompiledPack }) {
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const heading = `score-${target.teamId}`;
  return (
    <section class="card" data-jump="score" tabIndex={-1} aria-labelledby={heading}>
      <h3 id={heading}>{t('options_score')}</h3>
      <p class="hint">{t('options_score_intro', Math.round(pack.score.repeat * 100))}</p>
      <div class="row">
        {SEVERITIES.map((s) => (
          <NumberField
            key={s}
            label={t('options_score_points', t(`options_severity_${s}`))}
            value={pack.score.severity[s]}
            min={0}
            max={100}
            rangeError={t('options_points_range')}
            onChange={(n) => {
              const refused = target.change((p) => setSeverityPoints(p, target.base, s, n));
              setProblems(refused);
              return refused[0]?.message ?? null;
            }}
          />
        ))}
      </div>
      {problems.length > 0 && <ProblemList problems={problems} />}
    </section>
  );
}
