/**
 * What the agent set aside from a reply box's card, in one place: phrases
 * ignored on a site ("Ignore here"), by site, each with "Restore"; and checks
 * turned off for a team ("Turn off this check for my team"), with "Turn back
 * on". Ignored phrases are draft text, kept on this computer only.
 */

import type { RulePack } from '../core/index.js';
import { t } from '../popup/i18n.js';
import type { IgnoredEntry } from '../shared/ignored.js';
import { MANAGED_PREFIX } from '../shared/teams.js';
import { turnBackOn } from './check-row.js';
import type { OptionsClient } from './client.js';
import { dateText } from './labels.js';
import { personalTarget, teamTarget } from './pack-target.js';
import type { SettingsStore, Snapshot } from './store.js';
import { useLive } from './use-live.js';

interface Props {
  client: OptionsClient;
  store: SettingsStore;
  snap: Snapshot;
  labels: Record<string, string>;
}

function bySite(list: IgnoredEntry[]): [string, IgnoredEntry[]][] {
  const groups = new Map<string, IgnoredEntry[]>();
  for (const e of [...list].sort((a, b) => b.at - a.at)) groups.set(e.host, [...(groups.get(e.host) ?? []), e]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

export function IgnoredSection({ client, store, snap, labels }: Props) {
  const [live, reload] = useLive(client, 'ignored', () => client.ignored());
  const restore = async (entries: IgnoredEntry[]) => {
    await client.restoreIgnored(entries);
    await reload();
  };
  return (
    <>
      <section class="card" aria-labelledby="ignored-heading">
        <h2 id="ignored-heading">{t('options_ignored')}</h2>
        <p class="hint">{t('options_ignored_intro')}</p>
        {live.status === 'failed' && <p class="field-error">{live.message}</p>}
        {live.status === 'ready' && live.value.length === 0 && <p class="empty">{t('options_ignored_none')}</p>}
        {live.status === 'ready' && live.value.length > 0 && (
          <>
            {bySite(live.value).map(([host, entries]) => (
              <section key={host} class="site-group" aria-label={host}>
                <h3>{host}</h3>
                <ul class="rows">
                  {entries.map((e) => (
                    <li key={`${e.rule} ${e.text}`} class="row-item">
                      <span class="chip">{labels[e.rule] ?? e.rule}</span>
                      <q class="ignored-text">{e.text}</q>
                      <span class="muted">{dateText(e.at)}</span>
                      <button type="button" aria-label={t('options_restore_named', e.text, host)} onClick={() => void restore([e])}>
                        {t('options_restore')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            <div class="actions">
              <button type="button" onClick={() => void restore(live.value)}>
                {t('options_restore_all')}
              </button>
            </div>
          </>
        )}
      </section>
      <CardOff store={store} snap={snap} labels={labels} />
    </>
  );
}

/** Checks turned off from the card, per team: dated for the agent's teams, in personal rules for the organisation's. */
function CardOff({ store, snap, labels }: Omit<Props, 'client'>) {
  const { settings, policy, subscriptions } = snap;
  const rows: { key: string; team: string; rule: string; at: number | null; onBack: () => void }[] = [];
  for (const team of settings.teams) {
    const target = teamTarget(store, team, subscriptions);
    for (const [rule, at] of Object.entries(team.cardOff ?? {})) {
      if (target.effective?.byId.get(rule)?.enabled !== false) continue;
      rows.push({ key: `${team.id} ${rule}`, team: team.name, rule, at: at || null, onBack: () => void turnBackOn(target, rule) });
    }
  }
  for (const [teamId, pack] of Object.entries(settings.personal) as [string, RulePack][]) {
    const managed = policy.teams.find((x) => MANAGED_PREFIX + x.id === teamId);
    if (!managed || !policy.allowPersonalRules) continue;
    const target = personalTarget(store, teamId, managed, pack);
    for (const [rule, entry] of Object.entries(pack.rules)) {
      if (entry.enabled !== false) continue;
      rows.push({ key: `${teamId} ${rule}`, team: managed.name, rule, at: null, onBack: () => void turnBackOn(target, rule) });
    }
  }
  return (
    <section class="card" aria-labelledby="card-off-heading">
      <h2 id="card-off-heading">{t('options_card_off')}</h2>
      <p class="hint">{t('options_card_off_intro')}</p>
      {rows.length === 0 ? (
        <p class="empty">{t('options_card_off_none')}</p>
      ) : (
        <ul class="rows">
          {rows.map((r) => (
            <li key={r.key} class="row-item">
              <strong>{labels[r.rule] ?? r.rule}</strong>
              <span class="chip">{r.team}</span>
              {r.at && <span class="muted">{dateText(r.at)}</span>}
              <button type="button" aria-label={t('options_turn_back_on_named', labels[r.rule] ?? r.rule, r.team)} onClick={r.onBack}>
                {t('options_turn_back_on')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
