import type { PopupState } from '../shared/messages.js';
import { t } from './i18n.js';

interface Props {
  state: PopupState;
  onSiteEnabled: (enabled: boolean) => void;
  onBreatherEnabled: (enabled: boolean) => void;
  onSettings: () => void;
}

/** The footer: Tactful on/off for this site, breaks on/off, the active team, and the settings. */
export function Controls({ state, onSiteEnabled, onBreatherEnabled, onSettings }: Props) {
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
        <p class="team">{t('team', state.team)}</p>
        <button type="button" class="link" onClick={onSettings}>
          {t('settings')}
        </button>
      </div>
    </footer>
  );
}
