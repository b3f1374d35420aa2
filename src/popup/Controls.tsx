import type { PopupState } from '../shared/messages.js';
import { t } from './i18n.js';

interface Props {
  state: PopupState;
  onSiteEnabled: (enabled: boolean) => void;
  onBreatherEnabled: (enabled: boolean) => void;
  /** A team chosen for this site; null goes back to the team the site's patterns pick. */
  onTeam: (teamId: string | null) => void;
  onSettings: () => void;
}

/** The footer: Tactful on/off for this site, breaks on/off, the active team, and the settings. */
export function Controls({ state, onSiteEnabled, onBreatherEnabled, onTeam, onSettings }: Props) {
  return (
    <footer class="controls">
      <h2 class="sr-only">{t('controls_heading')}</h2>
      {state.host && (
        <label class="toggle">
          <input type="checkbox" checked={state.enabled} onChange={(e) => onSiteEnabled(e.currentTarget.checked)} />
          <span>{t('site_toggle', state.host)}</span>
        </label>
      )}
      <label class="toggle">
        <input type="checkbox" checked={state.breather.enabled} onChange={(e) => onBreatherEnabled(e.currentTarget.checked)} />
        <span>{t('breather_toggle')}</span>
      </label>
      <div class="footer-row">
        <TeamPicker state={state} onTeam={onTeam} />
        <button type="button" class="link" onClick={onSettings}>
          {t('settings')}
        </button>
      </div>
    </footer>
  );
}

/** The team checking this site: a choice when there is more than one team and a page to choose for. */
function TeamPicker({ state, onTeam }: Pick<Props, 'state' | 'onTeam'>) {
  const { team, teams } = state;
  const why = t(`team_reason_${team.reason}`);
  if (teams.length < 2 || !state.host) {
    return (
      <p class="team" title={why}>
        {t('team', team.name)}
      </p>
    );
  }
  return (
    <div class="team">
      <label>
        <span>{t('team_label')}</span>
        <select value={team.id} onChange={(e) => onTeam(e.currentTarget.value)} aria-describedby="team-why">
          {teams.map((x) => (
            <option key={x.id} value={x.id}>
              {x.managed ? t('team_managed', x.name) : x.name}
            </option>
          ))}
        </select>
      </label>
      <p id="team-why" class="team-why">
        {why}
        {team.reason === 'chosen' && (
          <>
            {' '}
            <button type="button" class="link" onClick={() => onTeam(null)}>
              {t('team_follow_site')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
