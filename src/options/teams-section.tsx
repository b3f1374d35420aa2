/**
 * The Teams section: the list of teams and, for the selected one, its name,
 * sites, subscription, checks and import/export. Every change goes through
 * the store as an edit, so it is checked, shown and saved the same way.
 */

import { useEffect, useRef, useState } from 'preact/hooks';
import type { RulePack } from '../core/index.js';
import { t } from '../popup/i18n.js';
import { allTeams, MANAGED_PREFIX, newTeamId, type Team, type TeamInfo } from '../shared/teams.js';
import { ChecksEditor } from './checks-editor.js';
import type { OptionsClient } from './client.js';
import { ImportExport } from './import-export.js';
import { JumpNav } from './jump-nav.js';
import { ManagedTeam } from './managed-team.js';
import { effectiveFile, overlayFile } from './pack-file.js';
import { personalTarget, teamTarget } from './pack-target.js';
import { SitePatterns } from './site-patterns.js';
import type { SettingsStore, Snapshot } from './store.js';
import { Subscription } from './subscription.js';
import * as edits from './team-edits.js';
import { TeamHeader } from './team-header.js';
import { LockIcon, TeamList } from './team-list.js';
import { effectivePack, managedPack, teamBase } from './team-packs.js';

interface Props {
  snap: Snapshot;
  store: SettingsStore;
  client: OptionsClient;
  selected: string;
  onSelect: (id: string) => void;
}

export function TeamsSection({ snap, store, client, selected, onSelect: select }: Props) {
  const { settings, policy } = snap;
  // Said above the team's panel, which is new after an import: "Imported as the new team …".
  const [notice, setNotice] = useState<string | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // After a team is added, imported or deleted, the keyboard goes to the team now shown (not lost with the old panel).
  const moveFocus = useRef(false);
  useEffect(() => {
    if (moveFocus.current) title.current?.focus();
    moveFocus.current = false;
  });
  const onSelect = (id: string) => {
    setNotice(null);
    select(id);
  };
  const goTo = (id: string) => {
    onSelect(id);
    moveFocus.current = true;
  };
  const teams = allTeams(settings, policy);
  const current = teams.find((x) => x.id === selected) ?? teams.find((x) => x.id === settings.defaultTeam) ?? teams[0];
  if (!current) return null;
  const ids = teams.map((x) => x.id);
  const names = teams.map((x) => x.name);

  const addTeam = (raw: string): string | null => {
    const name = raw.trim().slice(0, edits.MAX_TEAM_NAME);
    if (!name) return t('options_team_name_needed');
    if (names.includes(name)) return t('options_team_name_taken');
    const id = newTeamId(name, ids);
    store.edit(edits.addTeam(id, name));
    goTo(id);
    return null;
  };
  const importNew = (pack: RulePack): string => {
    const name = edits.freeName((pack.name ?? '').trim().slice(0, edits.MAX_TEAM_NAME) || t('options_imported_team'), names);
    const id = newTeamId(name, ids);
    store.edit(edits.addTeam(id, name, pack));
    goTo(id);
    setNotice(t('options_imported_new', name));
    return name;
  };
  const subscribed = new Set(settings.teams.filter((x) => x.subscription).map((x) => x.id));
  const own = settings.teams.find((x) => x.id === current.id);

  return (
    <div class="teams-layout">
      <TeamList
        teams={teams}
        selected={current.id}
        defaultTeam={policy.defaultTeam ? MANAGED_PREFIX + policy.defaultTeam : settings.defaultTeam}
        subscribed={subscribed}
        onSelect={onSelect}
        onAdd={addTeam}
      />
      <div class="team-panel" key={current.id} data-team-panel={current.id}>
        <h2 class="team-title" ref={title} tabIndex={-1}>
          {current.managed && <LockIcon />}
          {current.name}
        </h2>
        <JumpNav />
        {notice && (
          <p class="done" role="status">
            {notice}
          </p>
        )}
        {own ? (
          <OwnTeam snap={snap} store={store} client={client} team={own} onSelect={goTo} />
        ) : (
          <Managed snap={snap} store={store} current={current} />
        )}
        <ImportExport
          teamName={current.name}
          download={(name, text) => client.download(name, text)}
          exportFile={() => exportFile(snap, current, own)}
          replaceBase={own ? teamBase(own, snap.subscriptions) : null}
          onImportNew={importNew}
          onReplace={(pack) => store.edit(edits.replaceRules(current.id, pack)).flatMap((p) => p.problems)}
        />
      </div>
    </div>
  );
}

/** The file Export offers: a team's own overlay; the full pack, with a note, for rules that come from elsewhere. */
function exportFile(snap: Snapshot, current: TeamInfo, own: Team | undefined): { fileName: string; text: string } {
  if (own && !own.subscription) return overlayFile(own.name, own.pack);
  const effective = effectivePack(current.id, snap.settings, snap.policy, snap.subscriptions);
  const note = own?.subscription
    ? t('options_export_note_subscribed', own.subscription.url)
    : t('options_export_note_managed', current.name);
  return effective
    ? effectiveFile(current.name, effective, note)
    : overlayFile(current.name, own?.pack ?? { name: current.name, rules: {} });
}

/** Hosts where the agent chose this team in the popup. */
function chosenHosts(snap: Snapshot, teamId: string): string[] {
  return Object.entries(snap.settings.siteTeams)
    .filter(([, id]) => id === teamId)
    .map(([host]) => host);
}

function OwnTeam({ snap, store, client, team, onSelect }: Omit<Props, 'selected'> & { team: Team }) {
  const { settings, policy, subscriptions } = snap;
  const others = settings.teams.filter((x) => x.id !== team.id);
  return (
    <>
      <TeamHeader
        team={team}
        isDefault={settings.defaultTeam === team.id}
        orgDefault={policy.teams.find((x) => x.id === policy.defaultTeam)?.name ?? null}
        canDelete={others.length > 0}
        onRename={(raw) => {
          const name = raw.trim().slice(0, edits.MAX_TEAM_NAME);
          if (!name) return t('options_team_name_needed');
          if ([...others, ...policy.teams].some((x) => x.name === name)) return t('options_team_name_taken');
          store.edit(edits.renameTeam(team.id, name));
          return null;
        }}
        onMakeDefault={() => store.edit(edits.makeDefault(team.id))}
        onDelete={() => {
          const next = settings.defaultTeam === team.id ? others[0]?.id : settings.defaultTeam;
          store.edit(edits.deleteTeam(team.id));
          if (next) onSelect(next);
        }}
      />
      <SitePatterns
        sites={team.sites}
        chosen={chosenHosts(snap, team.id)}
        onAdd={(p) => store.edit(edits.addSite(team.id, p))}
        onRemove={(p) => store.edit(edits.removeSite(team.id, p))}
        onForget={(host) => store.edit(edits.forgetSiteTeam(host))}
      />
      <Subscription
        team={team}
        state={team.subscription ? subscriptions[team.subscription.url] : undefined}
        client={client}
        store={store}
      />
      <ChecksEditor target={teamTarget(store, team, subscriptions)} />
    </>
  );
}

function Managed({ snap, store, current }: { snap: Snapshot; store: SettingsStore; current: TeamInfo }) {
  const { settings, policy } = snap;
  const managed = policy.teams.find((x) => MANAGED_PREFIX + x.id === current.id);
  if (!managed) return null;
  return (
    <ManagedTeam
      name={managed.name}
      problems={policy.problems.filter((p) => p.includes(`"${managed.name}"`))}
      sites={
        <SitePatterns
          sites={current.sites}
          chosen={chosenHosts(snap, current.id)}
          onAdd={null}
          onRemove={null}
          onForget={(host) => store.edit(edits.forgetSiteTeam(host))}
        />
      }
      pack={managedPack(managed)}
      personal={policy.allowPersonalRules ? personalTarget(store, current.id, managed, settings.personal[current.id]) : null}
    />
  );
}
