/**
 * The options page: where a team lead shapes the checks. Sections are tabs
 * (arrow keys move between them); `options.html#team=<id>` opens a team,
 * `#section=<name>` a section. Settings changed elsewhere (the card, another
 * tab) are read again at once; edits save on their own a moment later.
 */

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../popup/i18n.js';
import { allTeams } from '../shared/teams.js';
import type { OptionsClient } from './client.js';
import { DeviceSection } from './device-section.js';
import { IgnoredSection } from './ignored-section.js';
import { InsightsSection } from './insights-section.js';
import { labelsOf } from './labels.js';
import { StatusLine } from './status-line.js';
import { StorageNotes, setAsideFileName } from './storage-notes.js';
import { SettingsStore } from './store.js';
import { effectivePack } from './team-packs.js';
import { TeamsSection } from './teams-section.js';
import { useSnapshot } from './use-live.js';

export const SECTIONS = ['teams', 'ignored', 'device', 'insights'] as const;
export type Section = (typeof SECTIONS)[number];

/** What the address asks for: `#team=<id>` or `#section=<name>`. */
export function readHash(hash: string): { section: Section; team: string | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const section = params.get('section') as Section | null;
  return { section: section && SECTIONS.includes(section) ? section : 'teams', team: params.get('team') };
}

interface Props {
  client: OptionsClient;
  /** `location.hash` when the page opened. */
  hash?: string;
  /** Called with the new address hash when the agent moves (the page keeps it in the address bar). */
  onNavigate?: (hash: string) => void;
  /** How long edits wait before they are saved (tests shorten it). */
  timing?: ConstructorParameters<typeof SettingsStore>[1];
}

export function App({ client, hash = '', onNavigate, timing }: Props) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the timing is read once, when the store is made
  const store = useMemo(() => new SettingsStore(client, timing), [client]);
  const snap = useSnapshot(store);
  const initial = readHash(hash);
  const [section, setSection] = useState<Section>(initial.section);
  const [team, setTeam] = useState<string>(initial.team ?? '');
  const [failed, setFailed] = useState<string | null>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  // The address changed from outside (a link to `#team=<id>` while the page is open).
  useEffect(() => {
    const next = readHash(hash);
    setSection(next.section);
    if (next.team) setTeam(next.team);
  }, [hash]);

  useEffect(() => {
    const load = () =>
      store.load().then(
        () => setFailed(null),
        (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
      );
    void load();
    const off = client.onChanged((parts) => {
      if (parts.has('settings')) void store.reloadSettings().catch(() => {});
      if (parts.has('policy')) void store.reloadPolicy().catch(() => {});
      if (parts.has('subscriptions')) void store.reloadSubscriptions().catch(() => {});
    });
    const leave = () => void store.flush();
    // Edits waiting for the pause are saved on the way out; edits whose save failed make the browser ask first.
    const warn = (e: BeforeUnloadEvent) => {
      if (store.snapshot.unsaved === 0) return;
      if (store.snapshot.status.state === 'error') e.preventDefault();
      else void store.flush();
    };
    addEventListener('pagehide', leave);
    addEventListener('beforeunload', warn);
    return () => {
      off();
      removeEventListener('pagehide', leave);
      removeEventListener('beforeunload', warn);
      store.dispose();
    };
  }, [client, store]);

  const go = (next: Section, teamId = team) => {
    setSection(next);
    setTeam(teamId);
    onNavigate?.(next === 'teams' ? (teamId ? `#team=${encodeURIComponent(teamId)}` : '') : `#section=${next}`);
  };
  const onTabKey = (e: KeyboardEvent, i: number) => {
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: SECTIONS.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const j = (to + SECTIONS.length) % SECTIONS.length;
    go(SECTIONS[j] as Section);
    tabs.current[j]?.focus();
  };

  const teams = allTeams(snap.settings, snap.policy);
  const labels = labelsOf(...teams.map((x) => effectivePack(x.id, snap.settings, snap.policy, snap.subscriptions)));
  const loaded = snap.loaded;
  return (
    <div class="page">
      <header class="top">
        <h1>
          <img src="icons/icon-32.png" alt="" width="24" height="24" />
          {t('options_title')}
        </h1>
        <StatusLine status={snap.status} unsaved={snap.unsaved} onRetry={() => void store.flush()} />
      </header>
      {failed && (
        <div class="banner problem" role="alert">
          <p>{t('options_load_failed', failed)}</p>
          <button
            type="button"
            onClick={() =>
              void store.load().then(
                () => setFailed(null),
                () => {},
              )
            }
          >
            {t('options_retry')}
          </button>
        </div>
      )}
      {loaded && (
        <StorageNotes
          localOnly={snap.localOnly}
          setAside={loaded.setAside}
          problems={loaded.problems}
          policyProblems={snap.policy.problems}
          onDownload={(aside) => client.download(setAsideFileName(aside), aside.raw)}
          onDismiss={() => void store.dismissSetAside()}
        />
      )}
      <div class="tabs" role="tablist" aria-label={t('options_sections')}>
        {SECTIONS.map((s, i) => (
          <button
            key={s}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${s}`}
            aria-selected={section === s}
            aria-controls={`panel-${s}`}
            tabIndex={section === s ? 0 : -1}
            onClick={() => go(s)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(`options_tab_${s}`)}
          </button>
        ))}
      </div>
      <main>
        <div id={`panel-${section}`} role="tabpanel" aria-labelledby={`tab-${section}`} class="panel">
          {!snap.ready && !failed && (
            <p class="loading" role="status">
              {t('options_loading')}
            </p>
          )}
          {snap.ready && section === 'teams' && (
            <TeamsSection snap={snap} store={store} client={client} selected={team} onSelect={(id) => go('teams', id)} />
          )}
          {snap.ready && section === 'ignored' && <IgnoredSection client={client} store={store} snap={snap} labels={labels} />}
          {section === 'device' && <DeviceSection client={client} />}
          {snap.ready && section === 'insights' && (
            <InsightsSection client={client} teams={teams.map(({ id, name }) => ({ id, name }))} labels={labels} />
          )}
        </div>
      </main>
    </div>
  );
}
