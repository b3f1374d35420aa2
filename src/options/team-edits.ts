/**
 * Edits to the teams themselves (not their checks): each returns an `Edit`
 * the store checks, shows and saves. An edit names teams by id and is safe
 * to replay on settings changed meanwhile (a team deleted in another tab
 * makes its edits do nothing).
 */

import type { RulePack } from '../core/index.js';
import type { Settings, Team } from '../shared/teams.js';
import type { Edit } from './store.js';

export const MAX_TEAM_NAME = 100;

function team(s: Settings, id: string): Team | undefined {
  return s.teams.find((x) => x.id === id);
}

/** A name not used by another team ("Billing" → "Billing (2)"). */
export function freeName(name: string, taken: string[]): string {
  let out = name;
  for (let n = 2; taken.includes(out); n++) out = `${name} (${n})`;
  return out;
}

export function addTeam(id: string, name: string, pack: RulePack = { name, rules: {} }): Edit {
  return (s) => {
    if (!team(s, id)) s.teams.push({ id, name, sites: [], pack: { ...pack, name } });
  };
}

export function renameTeam(id: string, name: string): Edit {
  return (s) => {
    const t = team(s, id);
    if (!t) return;
    t.name = name;
    t.pack.name = name;
  };
}

export function makeDefault(id: string): Edit {
  return (s) => {
    if (team(s, id)) s.defaultTeam = id;
  };
}

/** Deletes a team, its popup choices with it; the default moves to the first team left. Never the last team. */
export function deleteTeam(id: string): Edit {
  return (s) => {
    if (s.teams.length < 2 || !team(s, id)) return;
    s.teams = s.teams.filter((x) => x.id !== id);
    if (s.defaultTeam === id) s.defaultTeam = s.teams[0]?.id ?? s.defaultTeam;
    for (const [host, chosen] of Object.entries(s.siteTeams)) if (chosen === id) delete s.siteTeams[host];
  };
}

export function addSite(id: string, pattern: string): Edit {
  return (s) => {
    const t = team(s, id);
    if (t && !t.sites.includes(pattern)) t.sites.push(pattern);
  };
}

export function removeSite(id: string, pattern: string): Edit {
  return (s) => {
    const t = team(s, id);
    if (t) t.sites = t.sites.filter((x) => x !== pattern);
  };
}

/** Forgets the team the agent chose for a host in the popup. */
export function forgetSiteTeam(host: string): Edit {
  return (s) => {
    delete s.siteTeams[host];
  };
}

/**
 * Replaces a team's rules with an imported pack (its name and sites stay).
 * A check the card turned off stays listed only if the new rules still turn
 * it off.
 */
export function replaceRules(id: string, pack: RulePack): Edit {
  return (s) => {
    const t = team(s, id);
    if (!t) return;
    t.pack = { ...pack, name: t.name };
    const off = Object.entries(t.cardOff ?? {}).filter(([rule]) => t.pack.rules[rule]?.enabled === false);
    if (off.length > 0) t.cardOff = Object.fromEntries(off);
    else delete t.cardOff;
  };
}

export function subscribe(id: string, url: string): Edit {
  return (s) => {
    const t = team(s, id);
    if (t) t.subscription = { url };
  };
}

export function unsubscribe(id: string): Edit {
  return (s) => {
    const t = team(s, id);
    if (t) delete t.subscription;
  };
}
