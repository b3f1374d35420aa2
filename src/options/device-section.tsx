/**
 * Settings of this browser only: whether internal notes are checked too, the
 * sites where Tactful is off, and the breather. They stay in `storage.local`
 * because they describe this machine's use, not the team's rules.
 */

import { t } from '../popup/i18n.js';
import type { DeviceState, OptionsClient } from './client.js';
import { useLive } from './use-live.js';

export function DeviceSection({ client }: { client: OptionsClient }) {
  const [live, reload] = useLive(client, 'device', () => client.device());
  if (live.status === 'loading') return null;
  if (live.status === 'failed') return <p class="field-error">{live.message}</p>;
  const device: DeviceState = live.value;
  const act = (request: Promise<void>) => void request.then(reload, reload);
  return (
    <>
      <section class="card" aria-labelledby="device-heading">
        <h2 id="device-heading">{t('options_device')}</h2>
        <p class="hint">{t('options_device_intro')}</p>
        <label class="toggle">
          <input type="checkbox" checked={device.includeNotes} onChange={(e) => act(client.setIncludeNotes(e.currentTarget.checked))} />
          <span>{t('options_include_notes')}</span>
        </label>
        <p class="hint indent">{t('options_include_notes_hint')}</p>
        <label class="toggle">
          <input type="checkbox" checked={device.breather} onChange={(e) => act(client.setBreatherEnabled(e.currentTarget.checked))} />
          <span>{t('options_breather')}</span>
        </label>
        <p class="hint indent">{t('options_breather_hint')}</p>
      </section>
      <section class="card" aria-labelledby="off-sites-heading">
        <h2 id="off-sites-heading">{t('options_off_sites')}</h2>
        {device.disabledHosts.length === 0 ? (
          <p class="empty">{t('options_off_sites_none')}</p>
        ) : (
          <ul class="rows">
            {device.disabledHosts.map((host) => (
              <li key={host} class="row-item">
                <code>{host}</code>
                <button type="button" aria-label={t('options_site_on_named', host)} onClick={() => act(client.enableSite(host))}>
                  {t('options_turn_back_on')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
