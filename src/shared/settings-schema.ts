/**
 * Reading stored settings safely: every value is checked, older versions are
 * migrated forward, and what cannot be read is reported rather than trusted.
 * A team whose pack is broken is set aside on its own; the other teams stay.
 */

import type { RulePack } from '../core/pack-types.js';
import { validatePack } from '../core/validate.js';
import { DEFAULT_TEAM_ID, defaultSettings, SETTINGS_VERSION, type Settings, type Team } from './teams.js';

type Obj = Record<string, unknown>;

const TEAM_ID = /^[a-z0-9][a-z0-9-]{0,60}$/;
const MAX_TEAMS = 50;
const MAX_SITES = 50;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Migrations, by the version they upgrade from. Version 0 is what Tactful
 * stored before team profiles: a list of checks turned off from the card.
 */
const MIGRATIONS: Record<number, (old: Obj) => Obj> = {
  0: (old) => {
    const off = Array.isArray(old.disabledRules) ? old.disabledRules.filter((id): id is string => typeof id === 'string') : [];
    const base = defaultSettings();
    const team = base.teams[0] as Team;
    team.pack.rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
    if (off.length > 0) team.cardOff = Object.fromEntries(off.map((id) => [id, 0]));
    return { ...base, version: 1 };
  },
};

/** What reading stored settings found. */
export interface ReadResult {
  settings: Settings;
  /** The version the value had, when it was migrated. */
  migratedFrom: number | null;
  /** What could not be used, in words, for the options page; empty when all was well. */
  problems: string[];
  /** Whether anything was set aside (the raw value should then be kept for export). */
  damaged: boolean;
}

/** Checks a team pack the way the engine will load it. */
export function packProblems(pack: unknown): string[] {
  return validatePack(pack).map((p) => `${p.path}: ${p.message}`);
}

function readTeam(v: unknown, index: number, problems: string[]): Team | null {
  const where = `team ${index + 1}`;
  if (!isObj(v)) {
    problems.push(`${where} is not an object`);
    return null;
  }
  const name = typeof v.name === 'string' && v.name.trim() ? v.name.trim().slice(0, 100) : null;
  const label = name ? `team "${name}"` : where;
  if (typeof v.id !== 'string' || !TEAM_ID.test(v.id)) {
    problems.push(`${label} has no valid id`);
    return null;
  }
  if (!name) {
    problems.push(`${label} has no name`);
    return null;
  }
  const packIssues = packProblems(v.pack);
  if (packIssues.length > 0) {
    problems.push(`${label}: its rules are not a valid pack (${packIssues.slice(0, 3).join('; ')})`);
    return null;
  }
  const team: Team = {
    id: v.id,
    name,
    sites: Array.isArray(v.sites) ? v.sites.filter((s): s is string => typeof s === 'string' && s.trim() !== '').slice(0, MAX_SITES) : [],
    pack: v.pack as RulePack,
  };
  if (isObj(v.subscription) && typeof v.subscription.url === 'string') team.subscription = { url: v.subscription.url };
  if (isObj(v.cardOff)) {
    const entries = Object.entries(v.cardOff).filter((e): e is [string, number] => typeof e[1] === 'number');
    if (entries.length > 0) team.cardOff = Object.fromEntries(entries);
  }
  return team;
}

function readCurrent(v: Obj, problems: string[]): Settings {
  const teams: Team[] = [];
  const seen = new Set<string>();
  const list = Array.isArray(v.teams) ? v.teams : [];
  if (!Array.isArray(v.teams)) problems.push('the list of teams is missing');
  list.slice(0, MAX_TEAMS).forEach((t, i) => {
    const team = readTeam(t, i, problems);
    if (!team) return;
    if (seen.has(team.id)) {
      problems.push(`team "${team.name}" repeats the id of another team`);
      return;
    }
    seen.add(team.id);
    teams.push(team);
  });
  if (list.length > MAX_TEAMS) problems.push(`only the first ${MAX_TEAMS} teams were kept`);
  const fallback = defaultSettings();
  if (teams.length === 0) teams.push(...fallback.teams);
  const defaultTeam = typeof v.defaultTeam === 'string' && seen.has(v.defaultTeam) ? v.defaultTeam : (teams[0]?.id ?? DEFAULT_TEAM_ID);
  const siteTeams: Record<string, string> = {};
  if (isObj(v.siteTeams)) for (const [host, id] of Object.entries(v.siteTeams)) if (typeof id === 'string') siteTeams[host] = id;
  const personal: Record<string, RulePack> = {};
  if (isObj(v.personal)) {
    for (const [id, pack] of Object.entries(v.personal)) {
      if (packProblems(pack).length === 0) personal[id] = pack as RulePack;
      else problems.push(`your personal rules for "${id}" are not a valid pack`);
    }
  }
  return { version: SETTINGS_VERSION, teams, defaultTeam, siteTeams, personal };
}

/**
 * Reads a stored settings value (already parsed from JSON), migrating it to
 * the current version. Never throws: what cannot be used is listed in
 * `problems` and replaced by defaults.
 */
export function readSettings(value: unknown): ReadResult {
  if (!isObj(value)) {
    return { settings: defaultSettings(), migratedFrom: null, problems: ['the stored settings are not an object'], damaged: true };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { settings: defaultSettings(), migratedFrom: null, problems: ['the stored settings have no version'], damaged: true };
  }
  if (version > SETTINGS_VERSION) {
    return {
      settings: defaultSettings(),
      migratedFrom: null,
      problems: [`the stored settings were written by a newer version of Tactful (settings version ${version})`],
      damaged: true,
    };
  }
  let current: Obj = value;
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      return { settings: defaultSettings(), migratedFrom: version, problems: [`no way to upgrade settings version ${v}`], damaged: true };
    current = step(current);
  }
  const problems: string[] = [];
  const settings = readCurrent(current, problems);
  return { settings, migratedFrom: version < SETTINGS_VERSION ? version : null, problems, damaged: problems.length > 0 };
}
