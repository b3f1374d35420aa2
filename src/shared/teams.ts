/**
 * Team profiles: a rule pack, a name and the sites it applies to. The agent's
 * own teams live in the synced settings; an organisation's teams come from
 * policy (`storage.managed`) and are locked. Which team checks a draft follows
 * the site, unless the agent chose one for that site from the popup.
 */

import type { RulePack } from '../core/pack-types.js';

/** The version of the stored settings shape; `migrate` brings older ones forward. */
export const SETTINGS_VERSION = 1;

/** Managed team ids carry this prefix, so they never clash with the agent's own. */
export const MANAGED_PREFIX = 'org:';

export interface Team {
  /** Stable id (`[a-z0-9-]`), never shown. */
  id: string;
  name: string;
  /** URL patterns without scheme, such as `*.zendesk.com/agent/*`. */
  sites: string[];
  /**
   * The team's own rules: a pack extending the default pack, or the
   * subscribed pack when there is a subscription.
   */
  pack: RulePack;
  /** A pack hosted at a URL that this team's rules build on. */
  subscription?: { url: string };
  /** Checks turned off from a reply box's card ("turn off for my team"), and when. */
  cardOff?: Record<string, number>;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  teams: Team[];
  /** The team for sites no team names. */
  defaultTeam: string;
  /** Host → team id the agent chose for that site from the popup. */
  siteTeams: Record<string, string>;
  /** Managed team id → the agent's personal rules on top (when the organisation allows them). */
  personal: Record<string, RulePack>;
}

/** One team as an organisation's policy defines it. */
export interface ManagedTeam {
  id: string;
  name: string;
  sites: string[];
  pack: RulePack;
}

/** What an administrator pushes through `storage.managed` (already checked). */
export interface ManagedPolicy {
  teams: ManagedTeam[];
  /** Whether agents may add their own rules on top of a managed team's. */
  allowPersonalRules: boolean;
  /** The managed team for sites no team names (its policy id, without prefix). */
  defaultTeam: string | null;
  /** Problems found in the policy, for the options page. */
  problems: string[];
}

export const NO_POLICY: ManagedPolicy = { teams: [], allowPersonalRules: true, defaultTeam: null, problems: [] };

/** A team as lists show it, wherever it comes from. */
export interface TeamInfo {
  id: string;
  name: string;
  sites: string[];
  managed: boolean;
}

/** The team that checks drafts on a page, and why. */
export interface TeamChoice extends TeamInfo {
  /** `chosen`: the agent picked it for this site; `site`: its URL patterns match; `default`: nothing else applied. */
  reason: 'chosen' | 'site' | 'default';
}

export const DEFAULT_TEAM_ID = 'my-team';

/** Settings on first run: one team with the default checks. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    teams: [{ id: DEFAULT_TEAM_ID, name: 'My team', sites: [], pack: { name: 'My team', rules: {} } }],
    defaultTeam: DEFAULT_TEAM_ID,
    siteTeams: {},
    personal: {},
  };
}

/** A new team id not yet used in `taken`, derived from the name. */
export function newTeamId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'team';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

function escapeRegex(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A site pattern as a test on URLs. Patterns have no scheme: `host[/path]`,
 * where `*` matches anything; a leading `*.` also matches the bare domain
 * (`*.zendesk.com` matches `zendesk.com`), as browser match patterns do. A
 * pattern without a path matches every page of the host.
 */
export function sitePattern(pattern: string): RegExp | null {
  const p = pattern
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .toLowerCase();
  if (!p || /\s/.test(p)) return null;
  const slash = p.indexOf('/');
  const host = slash < 0 ? p : p.slice(0, slash);
  const path = slash < 0 ? '/*' : p.slice(slash);
  if (!host) return null;
  const hostRe = host.startsWith('*.')
    ? `(?:[^/]*\\.)?${escapeRegex(host.slice(2)).replace(/\*/g, '[^/]*')}`
    : escapeRegex(host).replace(/\*/g, '[^/]*');
  const pathRe = escapeRegex(path).replace(/\*/g, '.*');
  return new RegExp(`^${hostRe}(?::\\d+)?${pathRe}$`);
}

/** Whether a page URL matches a site pattern. */
export function matchesSite(pattern: string, url: string): boolean {
  const re = sitePattern(pattern);
  if (!re) return false;
  try {
    const u = new URL(url);
    return re.test(`${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}${u.search}`.toLowerCase());
  } catch {
    return false;
  }
}

/** Every team the agent can use: the organisation's first, then the agent's own. */
export function allTeams(settings: Settings, policy: ManagedPolicy): TeamInfo[] {
  return [
    ...policy.teams.map((t) => ({ id: MANAGED_PREFIX + t.id, name: t.name, sites: t.sites, managed: true })),
    ...settings.teams.map((t) => ({ id: t.id, name: t.name, sites: t.sites, managed: false })),
  ];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * The team for a page: the one the agent chose for its host, else the first
 * whose site patterns match (managed teams first), else the default team
 * (the organisation's, if it names one).
 */
export function chooseTeam(settings: Settings, policy: ManagedPolicy, url: string): TeamChoice {
  const teams = allTeams(settings, policy);
  const byId = new Map(teams.map((t) => [t.id, t]));
  const chosen = byId.get(settings.siteTeams[hostOf(url)] ?? '');
  if (chosen) return { ...chosen, reason: 'chosen' };
  const bySite = teams.find((t) => t.sites.some((p) => matchesSite(p, url)));
  if (bySite) return { ...bySite, reason: 'site' };
  const fallback =
    (policy.defaultTeam ? byId.get(MANAGED_PREFIX + policy.defaultTeam) : undefined) ??
    byId.get(settings.defaultTeam) ??
    teams[0] ??
    allTeams(defaultSettings(), policy)[0];
  return { ...(fallback as TeamInfo), reason: 'default' };
}
