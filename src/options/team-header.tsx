/**
 * The agent's own team: its name, whether it is the default team (the one
 * for sites no team names), and deleting it (never the last one; confirmed
 * inline, since its rules go with it).
 */

import { useState } from 'preact/hooks';
import { t } from '../popup/i18n.js';
import type { Team } from '../shared/teams.js';
import { TextField } from './fields.js';

interface Props {
  team: Team;
  isDefault: boolean;
  /** The organisation names a default team of its own, which wins. */
  orgDefault: string | null;
  canDelete: boolean;
  onRename: (name: string) => string | null;
  onMakeDefault: () => void;
  onDelete: () => void;
}

export function TeamHeader({ team, isDefault, orgDefault, canDelete, onRename, onMakeDefault, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="card team-header" aria-label={t('options_team_card', team.name)}>
      <TextField class="team-name-field" label={t('options_team_name')} value={team.name} onChange={onRename} />
      <div class="row">
        {isDefault ? (
          <p class="default-note">
            <span class="chip">{t('options_default_team')}</span> {t('options_default_explained')}
          </p>
        ) : (
          <p class="default-note">
            <button type="button" onClick={onMakeDefault}>
              {t('options_make_default')}
            </button>{' '}
            <span class="hint">{t('options_default_explained')}</span>
          </p>
        )}
      </div>
      {orgDefault && <p class="hint">{t('options_org_default', orgDefault)}</p>}
      {!confirming ? (
        <p>
          <button
            type="button"
            class="danger"
            disabled={!canDelete}
            aria-describedby={canDelete ? undefined : `last-${team.id}`}
            onClick={() => setConfirming(true)}
          >
            {t('options_delete_team')}
          </button>
          {!canDelete && (
            <span id={`last-${team.id}`} class="hint">
              {' '}
              {t('options_last_team')}
            </span>
          )}
        </p>
      ) : (
        <div class="confirm">
          <span>{t('options_delete_team_confirm', team.name)}</span>
          <button type="button" class="danger" onClick={onDelete}>
            {t('options_delete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options_cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
